import { Table, StringColumn, ReferenceColumn, ChoiceColumn, DateTimeColumn, GenericColumn } from '@servicenow/sdk/core'
import { LABELS } from '../i18n/en'

// English labels from src/i18n/en.ts; translations ship as generated records (generated/translations.now.ts).
const L = LABELS.tables.x_rescue_connect_token_request

// One row per Token Setup run: what was attempted, where the token went, how it ended and when the
// token expires. Never a secret: no password, client secret, access or refresh token is stored here.
export const x_rescue_connect_token_request = Table({
    name: 'x_rescue_connect_token_request',
    label: L.label,
    allowWebServiceAccess: false,
    schema: {
        state: ChoiceColumn({
            label: L.columns.state,
            default: 'new',
            dropdown: 'dropdown_without_none',
            choices: {
                new: { label: L.choices.state.new, sequence: 10 },
                running: { label: L.choices.state.running, sequence: 20 },
                succeeded: { label: L.choices.state.succeeded, sequence: 30 },
                failed: { label: L.choices.state.failed, sequence: 40 },
            },
        }),
        oauth_application: ReferenceColumn({ label: L.columns.oauth_application, referenceTable: 'oauth_entity' }),
        region: ChoiceColumn({
            label: L.columns.region,
            dropdown: 'dropdown_without_none',
            choices: {
                global: { label: L.choices.region.global, sequence: 10 },
                eu: { label: L.choices.region.eu, sequence: 20 },
                enterprise: { label: L.choices.region.enterprise, sequence: 30 },
            },
        }),
        connector_host: StringColumn({ label: L.columns.connector_host, maxLength: 100 }),
        expires_on: DateTimeColumn({ label: L.columns.expires_on }),
        last_warning_sent: DateTimeColumn({ label: L.columns.last_warning_sent }),
        message: StringColumn({ label: L.columns.message, maxLength: 1000 }),
        steps: GenericColumn({ label: L.columns.steps, columnType: 'journal_input' }),
    },
    index: [{ name: 'x_rescue_connect_token_request_state', unique: false, element: 'state' }],
})
