// What a large post costs the shipped code beyond database operations. Each global name a script
// reads (Math, JSON, …) is a lookup through the global scope — on the platform's engine as in the
// emulator's vm — so per-character loops must not read globals: a 1 MB chat log would pay millions.
import { describe, expect, it } from 'vitest'
import { END_POST } from '../fixtures/rescue-posts'
import { world } from './session-harness'

const CHAT_LOG_CHARS = 64 * 1024

describe('a post with a large chat log', () => {
    it('reads the global Math a bounded number of times, not once per character', () => {
        const w = world({ settings: { 'x_rescue_connect.work_notes.chat_log': 'true' } })
        w.instance.runScript(`
            var emulatorRealMath = Math;
            var emulatorMathReads = 0;
            Object.defineProperty(this, 'Math', { get: function () { emulatorMathReads++; return emulatorRealMath; }, configurable: true });
        `)
        const answer = w.post({ ...END_POST, ChatLog: 'x'.repeat(CHAT_LOG_CHARS) })
        expect(answer.status).toBe(200)
        expect(w.instance.runScript('emulatorMathReads')).toBeLessThan(100)
    })
})
