import { Table, StringColumn, ReferenceColumn, ChoiceColumn, DateTimeColumn, GenericColumn } from '@servicenow/sdk/core'

// One row per Token Setup run: what was attempted, where the token went, how it ended and when the
// token expires. Never a secret: no password, client secret, access or refresh token is stored here.
export const x_rescue_connect_token_request = Table({
    name: 'x_rescue_connect_token_request',
    label: 'Rescue Token Request',
    allowWebServiceAccess: false,
    schema: {
        state: ChoiceColumn({
            label: 'State',
            default: 'new',
            dropdown: 'dropdown_without_none',
            choices: {
                new: { label: 'New', sequence: 10 },
                running: { label: 'Running', sequence: 20 },
                succeeded: { label: 'Succeeded', sequence: 30 },
                failed: { label: 'Failed', sequence: 40 },
            },
        }),
        oauth_application: ReferenceColumn({ label: 'OAuth application', referenceTable: 'oauth_entity' }),
        region: ChoiceColumn({
            label: 'Region',
            dropdown: 'dropdown_without_none',
            choices: {
                global: { label: 'Global', sequence: 10 },
                eu: { label: 'EU', sequence: 20 },
                enterprise: { label: 'Enterprise', sequence: 30 },
            },
        }),
        connector_host: StringColumn({ label: 'Connector host', maxLength: 100 }),
        expires_on: DateTimeColumn({ label: 'Refresh token expires on' }),
        last_warning_sent: DateTimeColumn({ label: 'Last expiry warning sent' }),
        message: StringColumn({ label: 'Message', maxLength: 1000 }),
        steps: GenericColumn({ label: 'Steps', columnType: 'journal_input' }),
    },
    index: [{ name: 'x_rescue_connect_token_request_state', unique: false, element: 'state' }],
})
