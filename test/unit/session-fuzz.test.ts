// Property-based fuzzing of the pure session pipeline: whatever arrives, reading never throws, the
// note never carries renderable markup, and the decision is order-free and idempotent.
import { english } from '../fixtures/english'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readSessionPost, type SessionPost } from '../../src/server/core/session-post'
import { formatSessionNote, type NoteSettings } from '../../src/server/core/session-note'
import { decideSessionUpdate, EMPTY_ROW, type SessionRowState } from '../../src/server/core/session-decision'
import { SESSION_VARIABLES } from '../../src/server/core/session-variables'
import { formBody, xmlBody } from '../fixtures/rescue-posts'

const RENDERABLE = /\[\s*\/?\s*code|<[A-Za-z/!?]/i
const MARKUP_PIECES = [
    '[code]',
    '[/code]',
    '[CoDe ]',
    '[ /code]',
    '<script>',
    '</b>',
    '<img src=x onerror=alert(1)>',
    '<!--',
    '<?xml',
    '&lt;',
    '&amp;',
    '&#60;',
    ']]>',
    '<![CDATA[',
    '\u0000',
    '\r\n',
    '[',
    '<',
    'code]',
]
const hostileText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.oneof(fc.constantFrom(...MARKUP_PIECES), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(''))
)
const keyName = fc.oneof(
    fc.constantFrom(...SESSION_VARIABLES, 'Note', 'notes', 'sessionid', 'TRACKING0', 'Survey'),
    fc.string({ maxLength: 12 })
)
const jsonValue = fc.oneof(
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 })
)
const contentType = fc.constantFrom(
    'application/json',
    'application/x-www-form-urlencoded',
    'application/xml',
    'text/xml',
    '',
    'text/plain',
    'application/json; charset=utf-8'
)
const settings: fc.Arbitrary<NoteSettings> = fc.record({
    workNotesMode: fc.constantFrom('all', 'selection', 'none'),
    workNotesFields: fc.array(keyName, { maxLength: 6 }),
    workNotesChatLog: fc.boolean(),
})

const bodies = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.dictionary(keyName, jsonValue, { maxKeys: 12 }).map((o) => JSON.stringify({ SessionID: '1', ...o })),
    fc.dictionary(keyName, jsonValue, { maxKeys: 12 }).map((o) => JSON.stringify(o)),
    fc.dictionary(keyName, hostileText, { maxKeys: 12 }).map((o) => formBody({ SessionID: '77', ...o })),
    fc
        .array(
            fc.constantFrom(
                '<session>',
                '</session>',
                '<sessionid>',
                '</sessionid>',
                '5',
                '<notes>',
                '</notes>',
                '&lt;',
                '&bogus;',
                '<!DOCTYPE x>',
                '<![CDATA[',
                ']]>',
                '<a/>',
                '<?pi?>',
                '<!--',
                '-->',
                '[code]',
                '&#x3c;'
            ),
            { maxLength: 20 }
        )
        .map((parts) => parts.join(''))
)

function acceptedPost(type: string, body: string): SessionPost | undefined {
    const result = readSessionPost(type, body)
    if (!result.ok) {
        expect([400, 413, 415]).toContain(result.status)
        expect(result.message).not.toMatch(/\n\s+at /)
        return undefined
    }
    return result.value
}

describe('session pipeline fuzz', () => {
    it('never throws, answers only 400/413/415, and never emits renderable markup in a note', () => {
        fc.assert(
            fc.property(contentType, bodies, settings, (type, body, noteSettings) => {
                const post = acceptedPost(type, body)
                if (!post) return
                const note = formatSessionNote(post, noteSettings, english)
                if (note.text !== null) expect(note.text).not.toMatch(RENDERABLE)
            }),
            { numRuns: 5000 }
        )
    })
    it('reads the same variables from JSON, form and XML posts of the same text fields', () => {
        const xmlSafeKey = fc.constantFrom(...SESSION_VARIABLES.filter((v) => v !== 'SessionID'), 'Survey', 'Extra_1')
        fc.assert(
            fc.property(fc.dictionary(xmlSafeKey, hostileText, { maxKeys: 10 }), (fields) => {
                const clean = Object.fromEntries(
                    Object.entries(fields).map(([k, v]) => [
                        k,
                        v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, ''),
                    ])
                )
                const all = { SessionID: '42', ...clean }
                const json = readSessionPost('application/json', JSON.stringify(all))
                const form = readSessionPost('application/x-www-form-urlencoded', formBody(all))
                const xml = readSessionPost('application/xml', xmlBody(all))
                expect(json.ok && form.ok && xml.ok).toBe(true)
                if (!json.ok || !form.ok || !xml.ok) return
                expect(form.value.hash).toBe(json.value.hash)
                expect(xml.value.variables).toEqual(json.value.variables)
            }),
            { numRuns: 2000 }
        )
    })
    it('is idempotent and order-free for any pair of posts of one session', () => {
        const postOf = fc.dictionary(
            fc.constantFrom(...SESSION_VARIABLES.filter((v) => v !== 'SessionID')),
            fc.oneof(fc.constant(''), fc.string({ maxLength: 8 }), fc.constantFrom('42', '3/5/2026 10:02:11 AM')),
            { maxKeys: 8 }
        )
        const apply = (row: SessionRowState, post: SessionPost): SessionRowState => {
            const d = decideSessionUpdate(row, post)
            return d.kind !== 'update'
                ? row
                : { state: d.state, postHashes: d.postHashes, posts: d.posts, columns: { ...row.columns, ...d.columns } }
        }
        fc.assert(
            fc.property(postOf, postOf, (a, b) => {
                const first = readSessionPost('application/json', JSON.stringify({ ...a, SessionID: '9' }))
                const second = readSessionPost('application/json', JSON.stringify({ ...b, SessionID: '9' }))
                if (!first.ok || !second.ok) throw new Error('valid posts expected')
                // The order-free promise is for one start and one end post (Rescue sends one of each).
                fc.pre(first.value.kind !== second.value.kind)
                const ab = apply(apply(EMPTY_ROW, first.value), second.value)
                const ba = apply(apply(EMPTY_ROW, second.value), first.value)
                expect(ab).toEqual(ba)
                expect(ab.state).toBe('ended')
                expect(apply(ab, first.value)).toEqual(ab)
                expect(apply(ab, second.value)).toEqual(ab)
            }),
            { numRuns: 2000 }
        )
    })
})
