import { describe, expect, it } from 'vitest'
import { expiredBefore, pinExpired, reusablePin, reuseWindowStart, type IssuedPin } from '../../src/server/core/pin-reuse'

const MINUTE = 60_000
const NOW = Date.UTC(2026, 11, 7, 12, 0, 0)
const pin = (minutesAgo: number, fields: Partial<IssuedPin> = {}): IssuedPin => ({
    sysId: `s${minutesAgo}`,
    pin: '123456',
    state: 'pin_issued',
    issuedAtMs: NOW - minutesAgo * MINUTE,
    ...fields,
})
const timings = { nowMs: NOW, reuseMinutes: 10, validityMinutes: 20 }

describe('reusablePin', () => {
    it('takes the newest unused PIN younger than the window', () => {
        expect(reusablePin([pin(8), pin(2), pin(5)], timings)?.sysId).toBe('s2')
    })

    it('refuses one at the window, used ones, future ones, odd PINs, and everything with reuse off', () => {
        expect(reusablePin([pin(10)], timings)).toBeNull()
        expect(reusablePin([pin(1, { state: 'started' }), pin(1, { state: 'expired' })], timings)).toBeNull()
        expect(reusablePin([pin(-1)], timings)).toBeNull()
        expect(reusablePin([pin(1, { pin: '' })], timings)).toBeNull()
        expect(reusablePin([pin(1)], { ...timings, reuseMinutes: 0 })).toBeNull()
    })

    it('never offers a PIN past Rescue validity, even inside a longer window', () => {
        expect(reusablePin([pin(15)], { ...timings, reuseMinutes: 60, validityMinutes: 15 })).toBeNull()
        expect(reusablePin([pin(14)], { ...timings, reuseMinutes: 60, validityMinutes: 15 })?.sysId).toBe('s14')
    })
})

describe('expiry', () => {
    it('a PIN expires when its validity has passed', () => {
        expect(pinExpired(NOW - 20 * MINUTE, NOW, 20)).toBe(true)
        expect(pinExpired(NOW - 20 * MINUTE + 1, NOW, 20)).toBe(false)
        expect(expiredBefore(NOW, 20)).toBe(NOW - 20 * MINUTE)
    })

    it('the reuse query reads no further back than the shorter of window and validity', () => {
        expect(reuseWindowStart(timings)).toBe(NOW - 10 * MINUTE)
        expect(reuseWindowStart({ ...timings, reuseMinutes: 60 })).toBe(NOW - 20 * MINUTE)
    })
})
