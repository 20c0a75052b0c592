import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// Proofs on the instance of what the platform's documentation does not state but the app depends on
// (emulator/README.md, "Assumptions the app depends on"). Each step reads; none writes, changes a setting,
// or prints, logs or returns a secret (a password is compared by length and against its stored form only).

Test(
    {
        $id: Now.ID['atf-platform-assumptions'],
        name: 'LogMeIn Rescue: platform behaviours the app relies on hold on this instance',
        description:
            'Proves on this release what no documentation page states: a password2 system property reads in clear through gs.getProperty (set the SSO password first; only lengths are shown), and the app reads its translations from the Message table in its scope, in the same language codes gs.getMessage uses. Changes nothing.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-proof-password2-property'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // Proof: password2-property-in-clear
    // The app signs in to Rescue with these passwords as gs.getProperty returns them. Nothing here shows one:
    // the check is that the value read is set and is not the stored (encrypted) form; the output gives lengths.
    var names = ['x_rescue_connect.sso_password', 'x_rescue_connect.service_account.password'];
    var proven = [];
    for (var i = 0; i < names.length; i++) {
        var stored = new GlideRecord('sys_properties');
        stored.addQuery('name', names[i]);
        stored.query();
        if (!stored.next()) {
            stepResult.setOutputMessage(names[i] + ' is missing: reinstall the application.');
            return false;
        }
        var storedForm = stored.getValue('value') || '';
        if (storedForm === '') continue;
        var read = gs.getProperty(names[i]) || '';
        assertEqual({ name: names[i] + ' reads as a value', shouldbe: true, value: read.length > 0 });
        assertEqual({ name: names[i] + ' reads in clear, not in its stored form', shouldbe: true, value: read !== storedForm });
        proven.push(names[i] + ': ' + read.length + ' characters read, ' + storedForm.length + ' stored');
    }
    if (proven.length === 0) {
        stepResult.setOutputMessage('Enter the SSO password (x_rescue_connect.sso_password) first: an empty password proves nothing.');
        return false;
    }
    stepResult.setOutputMessage('gs.getProperty reads password2 properties in clear (' + proven.join('; ') + ').');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-proof-message-table'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // Proof: message-table-in-scope
    // A text in another language than the session's is read from the Message table (the scoped GlideSystem has no
    // getMessageLang): the app's scope may read it, and its language codes are the ones gs.getMessage answers in.
    var language = gs.getSession().getLanguage() || 'en';
    var key = 'x_rescue_connect.pin.work_note';
    var rows = new GlideRecord('sys_ui_message');
    rows.addQuery('key', 'STARTSWITH', 'x_rescue_connect.');
    rows.addQuery('language', 'en');
    rows.query();
    var english = 0;
    while (rows.next()) english++;
    assertEqual({ name: 'the English messages are readable in the app scope', shouldbe: true, value: english >= 100 });
    var own = new GlideRecord('sys_ui_message');
    own.addQuery('key', key);
    own.addQuery('language', 'IN', language + ',en');
    own.query();
    var texts = {};
    while (own.next()) texts[own.getValue('language')] = own.getValue('message') || '';
    var expected = texts[language] !== undefined ? texts[language] : texts.en;
    assertEqual({ name: 'the table and gs.getMessage agree for the session language', shouldbe: expected, value: gs.getMessage(key) });
    stepResult.setOutputMessage(english + ' English messages readable; session language ' + language + ' matches gs.getMessage.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    }
)
