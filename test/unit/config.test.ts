import { english } from '../fixtures/english'
import { describe, expect, it } from 'vitest'
import { missingPinSettings, parseConfig } from '../../src/server/core/config'
import { SETTINGS } from '../../src/server/core/settings'

const reader = (values: Record<string, string | null>) => (name: string) => (name in values ? values[name] : null)

describe('parseConfig', () => {
    it('turns missing properties into the documented defaults', () => {
        const result = parseConfig(reader({}))
        expect(result).toEqual({
            ok: true,
            config: {
                enabled: true,
                companyId: '',
                ssoPassword: '',
                serviceAccountUsername: '',
                serviceAccountPassword: '',
                oauthApplication: '',
                incidentShowPinButton: true,
                caseShowPinButton: true,
                incidentCallerField: 'caller_id',
                caseContactField: 'contact',
                pinTables: ['incident', 'sn_customerservice_case'],
                pinCustomerFields: [],
                emailTechnician: false,
                emailCustomer: false,
                region: 'global',
                debugLogging: false,
                debugApiLogging: false,
                consoleCreateRecord: false,
                consoleRecordType: 'incident',
                workNotesMode: 'all',
                workNotesFields: [],
                workNotesChatLog: false,
                workNotesLanguage: '',
                chatLogAttachment: false,
                timeWorkedRecord: false,
                httpTimeoutMs: 10000,
                tokenConnectorPath: '/integration/api/servicenow/token',
                pinReuseMinutes: 10,
                pinValidityMinutes: 20,
                reconcileEnabled: false,
                reconcileApiToken: '',
                reconcileNodes: '',
            },
        })
    })

    it('parses the strings gs.getProperty returns', () => {
        const result = parseConfig(
            reader({
                'x_rescue_connect.enabled': 'false',
                'x_rescue_connect.company_id': ' 1234567 ',
                'x_rescue_connect.email.customer': 'TRUE',
                'x_rescue_connect.region.eu': 'true',
                'x_rescue_connect.work_notes.mode': 'selection',
                'x_rescue_connect.work_notes.fields': 'TechName, WorkTime,,ChatLog ',
                'x_rescue_connect.http.timeout_ms': '2500',
                'x_rescue_connect.console_session.record_type': 'case',
            })
        )
        if (!result.ok) throw new Error(result.errors.map(english).join())
        expect(result.config).toMatchObject({
            enabled: false,
            companyId: '1234567',
            emailCustomer: true,
            region: 'eu',
            workNotesMode: 'selection',
            workNotesFields: ['TechName', 'WorkTime', 'ChatLog'],
            httpTimeoutMs: 2500,
            consoleRecordType: 'case',
        })
    })

    it('lets Enterprise win over the EU switch', () => {
        const result = parseConfig(reader({ 'x_rescue_connect.region.eu': 'true', 'x_rescue_connect.enterprise': 'true' }))
        expect(result.ok && result.config.region).toBe('enterprise')
    })

    it.each([
        ['x_rescue_connect.company_id', '12a45', /x_rescue_connect\.company_id must contain only digits/],
        ['x_rescue_connect.enabled', 'yes', /x_rescue_connect\.enabled must be true or false\.$/],
        ['x_rescue_connect.work_notes.mode', 'some', /x_rescue_connect\.work_notes\.mode must be one of all, selection, none\.$/],
        ['x_rescue_connect.console_session.record_type', 'problem', /record_type must be one of incident, case/],
        [
            'x_rescue_connect.http.timeout_ms',
            '10s',
            /x_rescue_connect\.http\.timeout_ms must be a whole number of milliseconds from 1000 to 120000/,
        ],
        ['x_rescue_connect.http.timeout_ms', '999999', /timeout_ms must be a whole number/],
        [
            'x_rescue_connect.pin.reuse_minutes',
            '-1',
            /x_rescue_connect\.pin\.reuse_minutes must be a whole number of minutes from 0 to 43200/,
        ],
        [
            'x_rescue_connect.pin.validity_minutes',
            'none',
            /x_rescue_connect\.pin\.validity_minutes must be a whole number of minutes from 1 to 43200/,
        ],
        ['x_rescue_connect.incident.caller_field', 'caller_id; drop', /caller_field must be a field name/],
        ['x_rescue_connect.token.connector_path', 'https://evil.example/token', /connector_path must be a path on the Rescue host/],
        ['x_rescue_connect.token.connector_path', '/token?x=1', /connector_path must be a path/],
        ['x_rescue_connect.work_notes.language', 'Nederlands', /work_notes\.language must be a language code such as nl or de/],
        ['x_rescue_connect.work_notes.language', 'nl;drop', /work_notes\.language must be a language code/],
    ])('rejects %s = %s with a message naming the property', (property, value, message) => {
        const result = parseConfig(reader({ [property]: value }))
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.errors.map(english)).toEqual([expect.stringMatching(message)])
        // Named, never quoted: the sentence reaches agents and the log, and the value may be a pasted secret.
        if (!result.ok) expect(english(result.errors[0])).not.toContain(value)
    })

    it('reports every bad property at once', () => {
        const result = parseConfig(reader({ 'x_rescue_connect.company_id': 'abc', 'x_rescue_connect.enterprise': 'maybe' }))
        expect(result.ok === false && result.errors).toHaveLength(2)
    })

    it("puts each invalid value's default in the config it still returns, the company ID included", () => {
        const result = parseConfig(
            reader({
                'x_rescue_connect.company_id': '12a',
                'x_rescue_connect.work_notes.mode': 'some',
                'x_rescue_connect.http.timeout_ms': '5',
            })
        )
        expect(result.ok).toBe(false)
        expect(result.config).toMatchObject({ companyId: '', workNotesMode: 'all', httpTimeoutMs: 10000 })
    })

    it('takes a work-notes language code as written (lowercase), and empty as the instance language', () => {
        expect(parseConfig(reader({ 'x_rescue_connect.work_notes.language': ' NL ' })).config.workNotesLanguage).toBe('nl')
        expect(parseConfig(reader({ 'x_rescue_connect.work_notes.language': 'pt-BR' })).config.workNotesLanguage).toBe('pt-br')
        expect(parseConfig(reader({})).config.workNotesLanguage).toBe('')
        expect(parseConfig(reader({ 'x_rescue_connect.work_notes.language': 'klingon language' })).config.workNotesLanguage).toBe('')
    })

    it('knows which settings a PIN request still needs', () => {
        const result = parseConfig(reader({ 'x_rescue_connect.company_id': '42' }))
        expect(result.ok && missingPinSettings(result.config)).toEqual([SETTINGS.ssoPassword.property])
    })
})
