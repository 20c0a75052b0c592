// Sessions are bounded: a cap on distinct posts per session (answered 422 beyond it), every stored
// value within its column's declared size, nothing ever cut mid-value, and duplicate detection that
// holds for every post the session accepted. The emulator's database cuts what does not fit its
// column silently, as the platform's does, and records it (emulator/README.md, "String column sizes";
// KB0685779, https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB0685779).
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST } from '../fixtures/rescue-posts'
import { SESSION_TABLE, world, type World } from './session-harness'

/** Every string value on the session table within its column's declared max_length (in characters), and nothing cut by the database. */
function expectWithinColumns(w: World) {
    const columns = w.instance.db.schema.columns(SESSION_TABLE).filter((column) => column.type === 'string' && column.maxLength)
    for (const row of w.sessionRows()) {
        for (const column of columns) {
            const value = row[column.name] ?? ''
            expect([...value].length, `${column.name} of ${row.sys_id}`).toBeLessThanOrEqual(column.maxLength!)
        }
        if (row.posts) expect(() => JSON.parse(row.posts!)).not.toThrow()
    }
    expect(w.instance.truncations).toEqual([])
    expect(w.instance.restErrors).toEqual([])
}

describe('distinct posts per session', () => {
    it('130 distinct posts to one session: never a 5xx, 422 too_many_posts beyond the cap, replays add nothing, no value exceeds its column', () => {
        const w = world()
        const posts = Array.from({ length: 130 }, (_, i) => ({ ...END_POST, Notes: `Step ${i + 1} done` }))
        const answers = posts.map((body) => w.post(body))
        expect(answers.filter((answer) => answer.status >= 500)).toEqual([])
        const accepted = answers.filter((answer) => answer.status < 300)
        const refused = answers.filter((answer) => answer.status >= 400)
        expect(accepted.length).toBeGreaterThanOrEqual(2)
        expect(accepted.length + refused.length).toBe(130)
        expect(refused.length).toBeGreaterThan(0)
        for (const answer of refused) {
            expect(answer.status).toBe(422)
            expect(answer.json).toEqual({
                error: {
                    code: 'too_many_posts',
                    message: expect.stringMatching(/^Session 512345678 already has \d+ different posts stored/),
                },
            })
        }
        // The cap is a prefix: once reached, every further distinct post is refused.
        expect(answers.findIndex((answer) => answer.status >= 400)).toBe(accepted.length)

        const notes = w.notes('incident', w.incident).length
        expect(notes).toBe(accepted.length)
        w.instance.resetCounters()
        posts.forEach((body, i) => {
            const again = w.post(body)
            if (i < accepted.length) expect([again.status, again.json.result?.status]).toEqual([200, 'duplicate'])
            else expect(again.status).toBe(422)
        })
        expect(w.writes()).toBe(0)
        expect(w.notes('incident', w.incident)).toHaveLength(notes)
        expect(JSON.parse(w.sessionRows()[0]!.posts!)).toHaveLength(accepted.length)
        expectWithinColumns(w)
    })
})

describe('column sizes', () => {
    it('a value longer than its column is left out of the column, never cut; the stored post keeps it whole', () => {
        const w = world()
        const long = {
            TechName: 'T'.repeat(300),
            TechEmail: `${'e'.repeat(250)}@example.com`,
            CField0: 'C'.repeat(256),
            Platform: 'P'.repeat(101),
            TechID: '9'.repeat(41),
        }
        expect(w.post({ ...START_POST, SessionID: '512399001', Tracking0: '', ...long }).status).toBe(202)
        const row = w.sessionRows().find((r) => r.rescue_session_id === '512399001')!
        for (const column of ['tech_name', 'tech_email', 'customer_name', 'platform', 'tech_id']) expect(row[column] ?? '', column).toBe('')
        expect(JSON.parse(row.posts!)[0].variables).toMatchObject(long)
        expectWithinColumns(w)
    })

    it('a value that fits is stored whole', () => {
        const w = world()
        const fits = { TechName: 'T'.repeat(255), Platform: 'P'.repeat(100) }
        w.post({ ...START_POST, SessionID: '512399002', Tracking0: '', ...fits })
        expect(w.sessionRows().find((r) => r.rescue_session_id === '512399002')).toMatchObject({
            tech_name: fits.TechName,
            platform: fits.Platform,
        })
    })

    it('large posts: the stored posts stay within their column (in characters, and in the database’s bytes) and stay valid JSON', () => {
        const w = world({ settings: { 'x_rescue_connect.work_notes.chat_log': 'true' } })
        const chat = (i: number) => `${i}:` + '€'.repeat(1_900_000)
        const answers = [0, 1, 2, 3].map((i) => w.post({ ...END_POST, ChatLog: chat(i) }))
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200])
        const stored = JSON.parse(w.sessionRows()[0]!.posts!)
        expect(stored).toHaveLength(4)
        const kept = stored.filter((post: { variables: { ChatLog: string } }) => post.variables.ChatLog.startsWith('€', 2))
        expect(kept.length).toBeGreaterThan(0)
        for (const post of stored) expect(post.variables.ChatLog).toMatch(/^(\d:€+|\(\d+ characters not stored: .*\))$/)
        expect(w.notes('incident', w.incident).every((note) => note.includes('€'.repeat(1000)))).toBe(true)
        expectWithinColumns(w)
    })
})
