// A post above the platform's inbound limit (glide.rest.scripted.max_inbound_content_length_mb, default 10 MB;
// page "Controlling maximum request size") or the app's own, whichever is lower, gets the app's JSON 413 from
// its Content-Length, before the body is read — the platform would otherwise answer its own 400 on the read.
// Nothing is stored or half-written.
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST } from '../fixtures/rescue-posts'
import { ENDPOINT, INTEGRATION, world } from './session-harness'
import { MAX_BODY_BYTES, MAX_BODY_CHARS } from '../../src/server/core/session-body'

function nothingStored(w: ReturnType<typeof world>, before: { sessions: string; notes: number }) {
    expect(JSON.stringify(w.sessionRows())).toBe(before.sessions)
    expect(w.instance.journal('incident', w.incident)).toHaveLength(before.notes)
    expect(w.instance.db.rows('sys_attachment')).toHaveLength(0)
    expect(w.instance.restErrors).toEqual([])
}

describe('session posts above the inbound limit', () => {
    const snapshot = (w: ReturnType<typeof world>) => ({
        sessions: JSON.stringify(w.sessionRows()),
        notes: w.instance.journal('incident', w.incident).length,
    })
    const post = (w: ReturnType<typeof world>, body: string, headers: Record<string, string> = {}) =>
        w.instance.rest({
            method: 'POST',
            path: ENDPOINT,
            headers: { 'Content-Type': 'application/json', ...headers },
            body,
            auth: INTEGRATION,
        })

    it('answer 413 from a declared Content-Length above the platform limit the admin set, without reading the body', () => {
        const w = world({ settings: { 'glide.rest.scripted.max_inbound_content_length_mb': '1' } })
        const before = snapshot(w)
        const body = JSON.stringify({ ...START_POST, ChatLog: 'x'.repeat(1_100_000) })
        const answer = post(w, body)
        expect(answer.status).toBe(413)
        expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'payload_too_large' } })
        expect(JSON.parse(answer.body).error.message).toBe(
            `The body (${Buffer.byteLength(body)} bytes) is larger than this instance accepts (1000000 bytes).`
        )
        nothingStored(w, before)
        // Within the limit the same post is stored.
        expect(post(w, JSON.stringify({ ...START_POST, ChatLog: 'x'.repeat(900_000) })).status).toBe(200)
    })

    it('answer 413 above the default platform limit (10 MB) and above the app’s own, whichever is lower', () => {
        const w = world()
        const before = snapshot(w)
        expect(MAX_BODY_BYTES).toBeLessThan(10_000_000)
        const justOver = JSON.stringify({ ...END_POST, ChatLog: 'x'.repeat(MAX_BODY_BYTES) })
        expect(post(w, justOver).status).toBe(413)
        const huge = JSON.stringify({ ...END_POST, ChatLog: 'x'.repeat(10_500_000) })
        const answer = post(w, huge)
        expect(answer.status).toBe(413)
        expect(JSON.parse(answer.body).error.message).toMatch(new RegExp(`accepts \\(${MAX_BODY_BYTES} bytes\\)`))
        nothingStored(w, before)
        w.instance.setProperty('glide.rest.max_content_length', '2')
        expect(JSON.parse(post(w, JSON.stringify({ ...END_POST, ChatLog: 'x'.repeat(2_000_000) })).body).error.message).toMatch(
            /accepts \(2000000 bytes\)/
        )
    })

    it('limit a gzipped body by the gzip property (default 1 MB)', () => {
        const w = world()
        const answer = post(w, JSON.stringify({ ...START_POST, ChatLog: 'x'.repeat(1_000_001) }), { 'Content-Encoding': 'gzip' })
        expect(answer.status).toBe(413)
        expect(JSON.parse(answer.body).error.message).toMatch(/accepts \(1000000 bytes\)/)
    })

    it('a Content-Length that hides a body above the platform limit: the platform refuses the read with 400 though the app catches it; nothing is stored', () => {
        const w = world()
        const before = snapshot(w)
        const answer = post(w, JSON.stringify({ ...START_POST, ChatLog: 'x'.repeat(10_000_001) }), { 'Content-Length': '1000' })
        expect(answer.status).toBe(400)
        expect(JSON.parse(answer.body).error.message).toBe('Exception while reading request')
        nothingStored(w, before)
    })

    it('keep the app’s character limit for what passes the byte check', () => {
        const w = world()
        const answer = post(w, JSON.stringify({ ...START_POST, ChatLog: 'é'.repeat(MAX_BODY_CHARS) }))
        expect(answer.status).toBe(413)
        expect(JSON.parse(answer.body).error.message).toBe(`The body is larger than ${MAX_BODY_CHARS} characters.`)
    })
})
