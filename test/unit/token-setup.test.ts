import { english } from '../fixtures/english'
import { describe, expect, it } from 'vitest'
import type { RescueConfig } from '../../src/server/core/config'
import { validConfig } from '../fixtures/config'
import type { HttpOutcome, HttpRequest } from '../../src/server/core/http'
import {
    DEFAULT_REFRESH_TOKEN_LIFESPAN_S,
    performTokenSetup,
    registrySelection,
    tokenSetupFormOptions,
    type RegistryEntry,
    type RegistrySelection,
    type TokenSetupInput,
} from '../../src/server/core/token-setup'

const SECRETS = {
    password: 'Svc-Pa55word!',
    clientSecret: 'cs-0123456789abcdef',
    refreshToken: 'rt-fedcba9876543210',
    accessToken: 'at-00112233445566',
}
const NOW = Date.UTC(2026, 2, 5, 10, 0, 0)

function config(overrides: Record<string, string> = {}): RescueConfig {
    const values: Record<string, string> = {
        'x_rescue_connect.company_id': '1234567',
        'x_rescue_connect.service_account.username': 'svc.rescue',
        'x_rescue_connect.service_account.password': SECRETS.password,
        'x_rescue_connect.oauth.application': 'Rescue connector',
        ...overrides,
    }
    return validConfig(values)
}

const ENTRY: RegistryEntry = {
    sysId: 'e1',
    name: 'Rescue connector',
    type: 'client',
    active: true,
    clientId: 'client-id-1',
    clientSecret: SECRETS.clientSecret,
    refreshTokenLifespan: '8640000',
}

const GRANTED: HttpOutcome = {
    kind: 'response',
    status: 200,
    location: '',
    body: JSON.stringify({
        access_token: SECRETS.accessToken,
        refresh_token: SECRETS.refreshToken,
        scope: 'useraccount',
        token_type: 'Bearer',
        expires_in: 1799,
    }),
}
const ACCEPTED: HttpOutcome = { kind: 'response', status: 200, location: '', body: '{"status":"ok"}' }

function run(
    options: { config?: RescueConfig; entry?: RegistryEntry | null; answers?: HttpOutcome[]; selection?: RegistrySelection | null } = {}
) {
    const sent: HttpRequest[] = []
    const steps: string[] = []
    const looked: RegistrySelection[] = []
    const answers = [...(options.answers ?? [GRANTED, ACCEPTED])]
    const input: TokenSetupInput = {
        config: options.config ?? config(),
        selection: options.selection === undefined ? { by: 'sysId', value: 'e1' } : options.selection,
        instanceName: 'acme',
        instanceUrl: 'https://acme.service-now.com/',
    }
    const performed = performTokenSetup(input, {
        readRegistryEntry: (selection) => {
            looked.push(selection)
            return options.entry === undefined ? ENTRY : options.entry
        },
        send: (request) => {
            sent.push(request)
            const answer = answers.shift()
            if (!answer) throw new Error('unexpected call')
            return answer
        },
        nowMs: () => NOW,
        step: (sentence) => steps.push(english(sentence)),
    })
    // In English, as the platform renders the messages for an English reader.
    const result = { ...performed, message: english(performed.message) }
    return { result, sent, steps, looked }
}

const everything = (outcome: ReturnType<typeof run>) => JSON.stringify({ message: outcome.result.message, steps: outcome.steps })

describe('performTokenSetup', () => {
    it('gets a refresh token by password grant and hands it to the connector of the region', () => {
        const outcome = run()
        expect(outcome.result.ok).toBe(true)
        const [grant, connector] = outcome.sent
        expect(grant).toMatchObject({ method: 'POST', url: 'https://acme.service-now.com/oauth_token.do' })
        expect(new URLSearchParams(grant!.body).get('grant_type')).toBe('password')
        expect(Object.fromEntries(new URLSearchParams(grant!.body))).toMatchObject({
            client_id: 'client-id-1',
            client_secret: SECRETS.clientSecret,
            username: 'svc.rescue',
            password: SECRETS.password,
        })
        expect(connector).toMatchObject({
            method: 'POST',
            url: 'https://secure.logmeinrescue.com/integration/api/servicenow/token',
            timeoutMs: 10000,
        })
        expect(JSON.parse(connector!.body)).toEqual({
            instance_name: 'acme',
            instance_url: 'https://acme.service-now.com/',
            company_id: '1234567',
            client_id: 'client-id-1',
            client_secret: SECRETS.clientSecret,
            refresh_token: SECRETS.refreshToken,
        })
        expect(outcome.result.ok && outcome.result.expiresOnMs).toBe(NOW + DEFAULT_REFRESH_TOKEN_LIFESPAN_S * 1000)
        expect(outcome.steps).toHaveLength(3)
        expect(outcome.result.message).toContain('expires on 2026-06-13 10:00 UTC')
    })

    it.each([
        ['eu', { 'x_rescue_connect.region.eu': 'true' }, 'https://secure.logmeinrescue.eu/integration/api/servicenow/token'],
        [
            'enterprise',
            { 'x_rescue_connect.enterprise': 'true' },
            'https://secure.logmeinrescue-enterprise.com/integration/api/servicenow/token',
        ],
        [
            'a custom path',
            { 'x_rescue_connect.token.connector_path': '/connector/v2/token' },
            'https://secure.logmeinrescue.com/connector/v2/token',
        ],
    ])('posts to the connector for %s', (_, overrides, url) => {
        expect(run({ config: config(overrides) }).sent[1]!.url).toBe(url)
    })

    it('takes the expiry from the entry lifespan, or the platform default when the entry gives none', () => {
        const short = run({ entry: { ...ENTRY, refreshTokenLifespan: '864000' } })
        expect(short.result.ok && short.result.expiresOnMs).toBe(NOW + 864_000_000)
        const unset = run({ entry: { ...ENTRY, refreshTokenLifespan: '' } })
        expect(unset.result.ok && unset.result.expiresOnMs).toBe(NOW + DEFAULT_REFRESH_TOKEN_LIFESPAN_S * 1000)
        expect(unset.steps[0]).toContain('platform default of 100 days')
    })

    const failures: Array<[string, Parameters<typeof run>[0], RegExp, number]> = [
        [
            'missing service-account password',
            { config: config({ 'x_rescue_connect.service_account.password': '' }) },
            /service account's password \(x_rescue_connect\.service_account\.password\)/,
            0,
        ],
        ['missing company id', { config: config({ 'x_rescue_connect.company_id': '' }) }, /Rescue company ID/, 0],
        ['nothing picked and no name configured', { selection: null }, /No OAuth application registry entry was picked/, 0],
        [
            'registry entry missing (picked)',
            { entry: null },
            /you picked does not exist in the LogMeIn Rescue Integration application scope/,
            0,
        ],
        [
            'registry entry missing (by name)',
            { entry: null, selection: { by: 'name', value: 'Gone' } },
            /^No OAuth application registry entry has the name in setting x_rescue_connect\.oauth\.application\./,
            0,
        ],
        [
            'registry entry of the wrong type',
            { entry: { ...ENTRY, type: 'oauth_provider' } },
            /type "oauth_provider", not an OAuth API endpoint for external clients/,
            0,
        ],
        ['registry entry inactive', { entry: { ...ENTRY, active: false } }, /is inactive/, 0],
        ['registry entry without secret', { entry: { ...ENTRY, clientSecret: '' } }, /no client ID or client secret/, 0],
        [
            'wrong service-account password',
            {
                answers: [
                    { kind: 'response', status: 401, location: '', body: '{"error_description":"access_denied","error":"server_error"}' },
                ],
            },
            /refused to sign in the service account "svc\.rescue" \(HTTP 401, server_error\)\. Correct the password/,
            1,
        ],
        [
            'client secret refused',
            { answers: [{ kind: 'response', status: 401, location: '', body: '{"error":"invalid_client"}' }] },
            /refused the client ID and secret/,
            1,
        ],
        [
            'token endpoint unreachable',
            { answers: [{ kind: 'unreachable', reason: 'Unknown host acme.service-now.com' }] },
            /could not be reached \(Unknown host acme\.service-now\.com\)/,
            1,
        ],
        ['token endpoint timeout', { answers: [{ kind: 'timeout' }] }, /did not answer within 10000 ms/, 1],
        [
            'token endpoint broken',
            { answers: [{ kind: 'response', status: 200, location: '', body: '<html>' }] },
            /not an OAuth token response/,
            1,
        ],
        [
            'no refresh token issued',
            { answers: [{ kind: 'response', status: 200, location: '', body: '{"access_token":"x"}' }] },
            /issued no refresh token/,
            1,
        ],
        [
            'connector rejects',
            { answers: [GRANTED, { kind: 'response', status: 403, location: '', body: '{"message":"Company not enabled"}' }] },
            /rejected the token \(HTTP 403: Company not enabled\)/,
            2,
        ],
        [
            'connector times out',
            { answers: [GRANTED, { kind: 'timeout' }] },
            /connector at secure\.logmeinrescue\.com did not answer within 10000 ms/,
            2,
        ],
        [
            'connector unreachable',
            { answers: [GRANTED, { kind: 'unreachable', reason: 'Connection refused' }] },
            /could not be reached \(Connection refused\)/,
            2,
        ],
        [
            'connector server error',
            { answers: [GRANTED, { kind: 'response', status: 502, location: '', body: 'Bad gateway' }] },
            /answered HTTP 502: Bad gateway/,
            2,
        ],
        [
            'region mismatch (redirect)',
            {
                answers: [
                    GRANTED,
                    {
                        kind: 'response',
                        status: 307,
                        location: 'https://secure.logmeinrescue.eu/integration/api/servicenow/token',
                        body: '',
                    },
                ],
            },
            /Region mismatch: your Rescue company is served by the EU data centre \(secure\.logmeinrescue\.eu\), but the settings choose global/,
            2,
        ],
        [
            'region mismatch (unknown company)',
            { answers: [GRANTED, { kind: 'response', status: 404, location: '', body: '' }] },
            /Region mismatch: .* does not know company 1234567/,
            2,
        ],
        [
            'region mismatch (stated)',
            {
                answers: [
                    GRANTED,
                    { kind: 'response', status: 400, location: '', body: '{"error":"company registered in another region"}' },
                ],
            },
            /Region mismatch/,
            2,
        ],
    ]

    it.each(failures)('fails with a sentence on %s', (_, options, message, calls) => {
        const outcome = run(options)
        expect(outcome.result.ok).toBe(false)
        expect(outcome.result.message).toMatch(message)
        expect(outcome.result.message).toMatch(/\.$/)
        expect(outcome.sent).toHaveLength(calls)
        expect(outcome.steps.at(-1)).toBe(outcome.result.message)
    })

    it('never puts a secret into a step or message, even when the connector echoes one', () => {
        const echo: HttpOutcome = {
            kind: 'response',
            status: 403,
            location: '',
            body: JSON.stringify({ message: `bad token ${SECRETS.refreshToken} for ${SECRETS.clientSecret}` }),
        }
        for (const outcome of [run(), run({ answers: [GRANTED, echo] }), ...failures.map(([, options]) => run(options))]) {
            const text = everything(outcome)
            for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret)
        }
        expect(run({ answers: [GRANTED, echo] }).result.message).toContain('bad token [redacted]')
    })

    it('keeps text from the connector to one bounded line without [code] markup', () => {
        const body = JSON.stringify({ message: `[code]<img src=x>[/code]\nline two ${'x'.repeat(400)}` })
        const message = run({ answers: [GRANTED, { kind: 'response', status: 403, location: '', body }] }).result.message
        expect(message).not.toMatch(/\[code\]|\n/)
        expect(message.length).toBeLessThan(600)
    })

    it('leaves no [code] that a single removal pass would rebuild, nor a spaced one, from the connector or the token endpoint', () => {
        const tricky = '[co[code]de]<img src=x onerror=alert(1)>[/co[/code]de] [ code ]<b>x</b>[ /code ]'
        const connector = run({
            answers: [GRANTED, { kind: 'response', status: 403, location: '', body: JSON.stringify({ message: tricky }) }],
        }).result.message
        const grant = run({ answers: [{ kind: 'response', status: 401, location: '', body: JSON.stringify({ error: tricky }) }] }).result
            .message
        for (const message of [connector, grant]) {
            expect(message).not.toMatch(/\[\s*\/?\s*code/i)
            expect(message).not.toMatch(/<[A-Za-z/!?]/)
        }
    })
})

describe('registrySelection', () => {
    it('prefers the form choice, then the configured name', () => {
        expect(registrySelection('abc', 'Rescue')).toEqual({ by: 'sysId', value: 'abc' })
        expect(registrySelection(' ', 'Rescue ')).toEqual({ by: 'name', value: 'Rescue' })
        expect(registrySelection('', '')).toBeNull()
    })
})

describe('tokenSetupFormOptions', () => {
    const entries = [
        { sysId: 'a', name: 'Other', active: true },
        { sysId: 'b', name: 'Rescue connector', active: true },
        { sysId: 'c', name: 'Old', active: false },
    ]
    it('preselects the entry named in the settings and marks inactive ones', () => {
        const { options, notice } = tokenSetupFormOptions(entries, 'Rescue connector')
        expect(options.filter((option) => option.selected).map((option) => option.sysId)).toEqual(['b'])
        expect(options.map((option) => (typeof option.label === 'string' ? option.label : english(option.label)))).toEqual([
            'Other',
            'Rescue connector',
            'Old (inactive)',
        ])
        expect(notice).toBeNull()
    })
    it('says so when the configured name matches no entry, or when there is none', () => {
        expect(english(tokenSetupFormOptions(entries, 'Gone').notice!)).toContain(
            'has the name in setting x_rescue_connect.oauth.application'
        )
        expect(english(tokenSetupFormOptions(entries, 'Gone').notice!)).not.toContain('Gone')
        expect(tokenSetupFormOptions(entries, 'Gone').options.some((option) => option.selected)).toBe(false)
        expect(english(tokenSetupFormOptions([], '').notice!)).toContain(
            'No OAuth API endpoint for external clients exists in the LogMeIn Rescue Integration application scope (x_rescue_connect). With the application picker set to LogMeIn Rescue Integration, create one'
        )
    })
})
