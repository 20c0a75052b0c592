import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { userRole } from '../roles.now'

// ATF tests an admin runs on the instance (Automated Test Framework > Tests). ATF rolls back the
// users, records and property changes each test makes.

Test(
    {
        $id: Now.ID['atf-pin-button-visible'],
        name: 'LogMeIn Rescue: Generate Rescue PIN shows for an agent on an active incident',
        description:
            'Turns the integration and the incident button on, creates a user with x_rescue_connect.user, inserts an active incident with a caller, opens it as that user and asserts the Generate Rescue PIN button (x_rescue_connect_generate_pin) is visible on the form.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-pin-button-visible-settings'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    gs.setProperty('x_rescue_connect.enabled', 'true');
    gs.setProperty('x_rescue_connect.incident.show_pin_button', 'true');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf-pin-button-visible-agent'],
            firstName: 'Rescue',
            lastName: 'ATF Agent',
            fieldValues: { user_name: 'x_rescue_connect.atf.agent', email: 'rescue.atf.agent@example.com' },
            roles: [userRole],
            impersonate: true,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf-pin-button-visible-incident'],
            table: 'incident',
            fieldValues: { short_description: 'Rescue ATF: printer offline', caller_id: agent.user },
            enforceSecurity: false,
        })
        atf.form.openExistingRecord({
            $id: Now.ID['atf-pin-button-visible-open'],
            table: 'incident',
            recordId: incident.record_id,
        })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf-pin-button-visible-check'],
            table: 'incident',
            visible: [Now.ref('sys_ui_action', 'ui-action-generate-pin-incident')],
        })
    }
)

Test(
    {
        $id: Now.ID['atf-pin-ajax-empty-settings'],
        name: 'LogMeIn Rescue: Generate Rescue PIN explains empty settings',
        description:
            'Empties the company ID and SSO password properties, then inserts an active incident and calls RescuePinAjax.generatePin for it as an agent and asserts the JSON answer is ok:false with code SETTINGS_INCOMPLETE and a message naming the empty properties — and that no session row was written.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-pin-ajax-empty-settings-clear'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // gs.setProperty, not a GlideRecord on sys_properties: the app holds no cross-scope privilege on that table.
    // ATF rolls sys_properties changes back after the test (the table is not on ATF's rollback exclusion list).
    gs.setProperty('x_rescue_connect.company_id', '');
    gs.setProperty('x_rescue_connect.sso_password', '');
    gs.setProperty('x_rescue_connect.enabled', 'true');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.createUser({
            $id: Now.ID['atf-pin-ajax-empty-settings-agent'],
            firstName: 'Rescue',
            lastName: 'ATF Agent',
            fieldValues: { user_name: 'x_rescue_connect.atf.agent2', email: 'rescue.atf.agent2@example.com' },
            roles: [userRole],
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-pin-ajax-empty-settings-call'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // Inserted here, as the agent, so it is the agent's own incident (callers can read theirs).
    var incident = new GlideRecord('incident');
    incident.initialize();
    incident.setValue('short_description', 'Rescue ATF: settings empty');
    incident.setValue('caller_id', gs.getUserID());
    var incidentId = incident.insert();
    var request = {
        getParameter: function (name) {
            return { sysparm_name: 'generatePin', sysparm_table: 'incident', sysparm_sys_id: incidentId }[name];
        }
    };
    var answer = JSON.parse(new x_rescue_connect.RescuePinAjax(request).generatePin());
    assertEqual({ name: 'ok', shouldbe: false, value: answer.ok });
    assertEqual({ name: 'code', shouldbe: 'SETTINGS_INCOMPLETE', value: answer.code });
    assertEqual({ name: 'names the company ID property', shouldbe: true, value: answer.message.indexOf('x_rescue_connect.company_id') >= 0 });
    var sessions = new GlideRecord('x_rescue_connect_session');
    sessions.addQuery('task', incidentId);
    sessions.query();
    assertEqual({ name: 'no session row', shouldbe: false, value: sessions.hasNext() });
    stepResult.setOutputMessage(answer.message);
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    }
)
