import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { userRole } from '../roles.now'

// ATF tests an admin runs on the instance (Automated Test Framework > Tests). ATF rolls back the
// users and records each test makes; no test changes a setting, so agents keep working while it runs.
// Only step types that exist on every release the app supports (README: Yokohama, Zurich, Australia).

Test(
    {
        $id: Now.ID['atf-pin-button-visible'],
        name: 'LogMeIn Rescue: Generate Rescue PIN shows for an agent on an active incident',
        description:
            'Checks that the integration and the incident button are on (it changes no setting; it fails with a sentence when an admin switched them off), creates a user with x_rescue_connect.user, inserts an active incident with a caller, opens it as that user and asserts the Generate Rescue PIN button (x_rescue_connect_generate_pin) is visible on the form.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-pin-button-visible-settings'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // Reads the switches; never writes them: this instance's agents keep working while the test runs.
    var off = ['x_rescue_connect.enabled', 'x_rescue_connect.incident.show_pin_button'].filter(function (name) {
        return gs.getProperty(name, 'true') === 'false';
    });
    if (off.length > 0) {
        stepResult.setOutputMessage('The button is switched off on this instance (' + off.join(', ') + ' = false); turn it on to test it.');
        return false;
    }
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
            'Runs the settings check Generate Rescue PIN makes (RescueCore.pinSettingsCheck) with the company ID and SSO password given as empty and the integration on, without changing any setting of the instance, and asserts the answer is ok:false with code SETTINGS_INCOMPLETE and a message naming both empty properties.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-pin-ajax-empty-settings-call'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // The live settings stay as they are: the check reads these values instead of theirs.
    var answer = x_rescue_connect.RescueCore.pinSettingsCheck({
        'x_rescue_connect.enabled': 'true',
        'x_rescue_connect.company_id': '',
        'x_rescue_connect.sso_password': ''
    });
    assertEqual({ name: 'ok', shouldbe: false, value: answer.ok });
    assertEqual({ name: 'code', shouldbe: 'SETTINGS_INCOMPLETE', value: answer.code });
    assertEqual({ name: 'names the company ID property', shouldbe: true, value: answer.message.indexOf('x_rescue_connect.company_id') >= 0 });
    assertEqual({ name: 'names the SSO password property', shouldbe: true, value: answer.message.indexOf('x_rescue_connect.sso_password') >= 0 });
    stepResult.setOutputMessage(answer.message);
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    }
)
