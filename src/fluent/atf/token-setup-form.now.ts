import { Test } from '@servicenow/sdk/core'

/** The app's sys_app sys_id (now.config.json "scopeId"; test/artifact/atf.test.ts keeps the two equal). */
const APP_SCOPE_SYS_ID = '489293c7870347fe899806c4418a0736'

// Runs on an instance (ATF rolls back the records it creates). The entry it inserts is inactive, so
// Token Setup stops at the registry check: no token is requested and nothing is sent to Rescue. It uses
// the page's own path — RescueAdminAjax, the client-callable Script Include its client script calls —
// through server-side steps that every supported release has, and changes no setting.
Test(
    {
        $id: Now.ID['atf-token-setup-form'],
        name: 'LogMeIn Rescue: Token Setup form',
        description:
            "Inserts an inactive OAuth API endpoint for external clients in the app's scope, asks RescueAdminAjax.tokenSetupForm for the Token Setup form as the admin running the test and asserts the entry is offered as inactive, runs RescueAdminAjax.runTokenSetup for it and asserts the answer says the entry is inactive, then asserts a failed Rescue Token Request for that entry — the form's data, the submission and the failure sentence.",
        failOnServerError: true,
    },
    (atf) => {
        const entry = atf.server.recordInsert({
            $id: Now.ID['atf-token-setup-form-entry'],
            table: 'oauth_entity',
            // An application file of the app's scope (now.config.json scopeId), as Token Setup requires.
            fieldValues: { name: 'ATF Rescue Token Setup entry', type: 'client', active: false, sys_scope: APP_SCOPE_SYS_ID },
            enforceSecurity: false,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-token-setup-form-submit'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var entryId = '${entry.record_id}';
    // What GlideAjax hands the Script Include: its parameters by name.
    var page = function (parameters) {
        return new x_rescue_connect.RescueAdminAjax({ getParameter: function (name) { return parameters[name] || null; } });
    };
    var form = JSON.parse(page({ sysparm_name: 'tokenSetupForm' }).tokenSetupForm());
    assertEqual({ name: 'allowed', shouldbe: true, value: form.allowed });
    var offered = form.options.filter(function (option) { return option.sysId === entryId; });
    assertEqual({ name: 'the entry is offered', shouldbe: 1, value: offered.length });
    assertEqual({ name: 'labelled inactive', shouldbe: 'ATF Rescue Token Setup entry (inactive)', value: offered.length ? offered[0].label : '' });
    var answer = JSON.parse(page({ sysparm_name: 'runTokenSetup', sysparm_oauth_application: entryId }).runTokenSetup());
    assertEqual({ name: 'ok', shouldbe: false, value: answer.ok });
    assertEqual({ name: 'says the entry is inactive', shouldbe: true, value: answer.message.indexOf('is inactive') >= 0 });
    stepResult.setOutputMessage(answer.message);
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-token-setup-form-request'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var request = new GlideRecord('x_rescue_connect_token_request');
    request.addQuery('oauth_application', '${entry.record_id}');
    request.orderByDesc('sys_created_on');
    request.setLimit(1);
    request.query();
    if (!request.next()) {
        stepResult.setOutputMessage('Running Token Setup recorded no token request for the picked entry.');
        return false;
    }
    assertEqual({ name: 'state', shouldbe: 'failed', value: request.getValue('state') });
    assertEqual({ name: 'message names the problem', shouldbe: true, value: String(request.getValue('message')).indexOf('is inactive') >= 0 });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    }
)
