import { Test } from '@servicenow/sdk/core'

// Runs on an instance (ATF rolls back the records it creates). The entry it inserts is inactive, so
// Token Setup stops at the registry check: no token is requested and nothing is sent to Rescue.
Test(
    {
        $id: Now.ID['atf-token-setup-form'],
        name: 'LogMeIn Rescue: Token Setup form',
        description:
            'Names an inactive OAuth API endpoint for external clients in x_rescue_connect.oauth.application, opens LogMeIn Rescue > Token Setup as the admin running the test, asserts the form preselects that entry and submits it, then asserts a failed Rescue Token Request for that entry whose message says the entry is inactive — the form default, the submission and the failure sentence.',
        failOnServerError: true,
    },
    (atf) => {
        const entry = atf.server.recordInsert({
            $id: Now.ID['atf-token-setup-form-entry'],
            table: 'oauth_entity',
            fieldValues: { name: 'ATF Rescue Token Setup entry', type: 'client', active: false },
            enforceSecurity: false,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-token-setup-form-default'],
            script: `(function (outputs, steps, params, stepResult) {
    gs.setProperty('x_rescue_connect.oauth.application', 'ATF Rescue Token Setup entry');
    stepResult.setOutputMessage('Token Setup now defaults to the ATF entry.');
    return true;
})(outputs, steps, params, stepResult);`,
        })

        atf.uiTestScript.runTest({
            $id: Now.ID['atf-token-setup-form-submit'],
            script: `await sn_atf.navigate('/x_rescue_connect_token_setup.do')
const select = await screen.findByLabelText('OAuth application')
await waitFor(() => expect(select).toHaveValue('${entry.record_id}'))
expect(select).toHaveDisplayValue('ATF Rescue Token Setup entry (inactive)')
await user.click(await screen.findByRole('button', { name: 'Run Token Setup' }))
const said = await screen.findAllByText(/is inactive/, { timeout: 20000 })
expect(said.length).toBeGreaterThan(0)`,
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
        stepResult.setOutputMessage('Submitting the form recorded no token request for the picked entry.');
        return false;
    }
    assertEqual({ name: 'state', shouldbe: 'failed', value: request.getValue('state') });
    assertEqual({ name: 'message names the problem', shouldbe: true, value: String(request.getValue('message')).indexOf('is inactive') >= 0 });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    }
)
