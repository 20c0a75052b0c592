// The i18n gate (scripts/i18n-lint.mjs): a sentence a person reads comes from the message table through
// the one message function, never from a literal in the code that builds it. Shown catching planted
// examples, then run over the real sources.
import { describe, expect, it } from 'vitest'
import { lintProject, lintSource } from '../../scripts/i18n-lint.mjs'

const SERVER = 'src/server/core/planted.ts'
const problems = (source: string, path = SERVER) => lintSource(source, path).map((problem) => problem.message)

describe('i18n lint catches', () => {
    it.each([
        ['a planted English sentence in a builder', "export const note = () => 'Rescue PIN generated for the customer.'"],
        ['a sentence in a template literal', 'export const line = (pin: string) => `Tell the customer: enter PIN ${pin} now.`'],
        ['the words of a sentence around markup', "export const html = (x: string) => '<p>Open ' + x + ' and follow the instructions</p>'"],
        [
            'a sentence pushed onto a note (a chat-log attachment line, like the one issue 11 added)',
            'lines.push(`Chat log attached as ${file} on the session row.`)',
        ],
        ['a Time Worked comment (issue 11)', 'return { comment: `LogMeIn Rescue session ${id}, technician ${who}.` }'],
        [
            'a sentence handed to a callback rather than to a logger',
            'failed(`Rescue session ${id}: the chat log could not be attached to its record.`)',
        ],
        ['a sentence in an object given to the agent', "return { ok: false, message: 'Something went wrong, try again.' }"],
        ['a fallback for a missing value', "const who = name || 'an unknown technician'"],
    ])('%s', (_, source) => {
        expect(problems(source)).toEqual([expect.stringMatching(/^user-facing text in code: /)])
    })

    it('gs.getMessage and gs.getMessageLang anywhere but the server message function', () => {
        expect(problems("const text = gs.getMessage('x_rescue_connect.pin.error.no_role')")).toEqual([
            expect.stringMatching(/^gs\.getMessage outside src\/server\/platform\/messages\.ts/),
        ])
        expect(problems("const text = gs.getMessageLang('k', 'nl')", 'src/server/platform/pin-service.ts')).toEqual([
            expect.stringMatching(/^gs\.getMessageLang outside/),
        ])
        expect(problems('const text = gs.getMessage(MESSAGE_KEY_PREFIX + key)', 'src/server/platform/messages.ts')).toEqual([])
    })

    it("the browser's getMessage anywhere but the client message function", () => {
        expect(
            problems("g_form.addErrorMessage(getMessage('x_rescue_connect.pin.client.no_answer'))", 'src/client/generate-pin-classic.ts')
        ).toEqual([expect.stringMatching(/^getMessage\(\) outside src\/client\/shared\/messages\.ts/)])
        expect(problems('const text = getMessage(fullKey)', 'src/client/shared/messages.ts')).toEqual([])
    })
})

describe('i18n lint lets through', () => {
    it.each([
        [
            'system log lines',
            "log.warn(`No PIN for ${table} ${number}: ${code}`); logger.error('Session post failed: ' + String(e)); gs.info('Token Setup done for all')",
        ],
        ['a log line of a logger made on the spot', 'createLogger(false, []).error(`Generate Rescue PIN failed: ${String(error)}`)'],
        ["an Error's text (never shown: a defect becomes the internal-error message)", "throw new Error('Table does not exist here')"],
        [
            'identifiers, keys, codes, content types and markup',
            "const a = 'x_rescue_connect.work_notes.language'; const b = message('pin.error.no_role'); const c = 'application/json; charset=utf-8'; const d = '<p style=\"font-size:24px\"><strong>'",
        ],
        [
            'a literal marked as a machine answer',
            "// i18n-exempt: an answer to Rescue, English with a stable code (a machine reads it).\nsend(response, 503, sessionErrorBody('integration_disabled', 'The integration is turned off.'))",
        ],
        [
            'a file marked as machine answers',
            "// i18n-exempt-file: the REST endpoint's answers stay English.\nexport const body = { message: 'Stored on the matched record.' }",
        ],
    ])('%s', (_, source) => {
        expect(problems(source)).toEqual([])
    })

    it('not an exemption comment that gives no reason', () => {
        expect(problems("// i18n-exempt:\nconst x = 'Tell the customer the PIN.'")).toHaveLength(1)
    })
})

describe('the shipped sources', () => {
    it('hold no user-facing literal and call the message functions only where they live', () => {
        expect(lintProject()).toEqual([])
    })
})
