import { english } from '../fixtures/english'
import { describe, expect, it } from 'vitest'
import { expiryReminderEmail, expiryWarning, expiryWarningSentence, WARNING_WINDOW_DAYS } from '../../src/server/core/token-expiry'
import { MESSAGES, type MessageKey } from '../../src/i18n/en'
import { renderMessage } from '../../src/shared/i18n'

const DAY = 86_400_000
const EXPIRES = Date.UTC(2026, 5, 13, 10, 0, 0)

describe('expiryWarning', () => {
    it('stays quiet until 14 days before the expiry', () => {
        expect(expiryWarning(EXPIRES - WARNING_WINDOW_DAYS * DAY - 1, EXPIRES, null)).toEqual({ send: false, reason: 'not_due' })
        expect(expiryWarning(EXPIRES - WARNING_WINDOW_DAYS * DAY, EXPIRES, null)).toEqual({ send: true, expired: false, daysLeft: 14 })
    })

    it('warns once per UTC day, every day, through and after the expiry (daily job at 07:00, rerun by hand at 08:00)', () => {
        let lastWarned: number | null = null
        const sent: number[] = []
        for (let day = 16; day >= -3; day--) {
            for (const hour of [7, 8]) {
                const now = EXPIRES - day * DAY + (hour - 10) * 3_600_000
                const warning = expiryWarning(now, EXPIRES, lastWarned)
                if (warning.send) {
                    sent.push(warning.daysLeft)
                    lastWarned = now
                }
            }
        }
        // The expiry is at 10:00, so the 07:00 run 13 days and 21 hours before is the first in the window.
        expect(sent).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0])
    })

    it('counts a warning from earlier the same UTC day as sent', () => {
        const now = EXPIRES - 3 * DAY
        expect(expiryWarning(now, EXPIRES, now - 3_600_000)).toEqual({ send: false, reason: 'sent_today' })
        expect(expiryWarning(now, EXPIRES, now - DAY)).toMatchObject({ send: true, daysLeft: 3 })
    })
})

describe('expiryWarningSentence', () => {
    it('says who was told what', () => {
        const sentence = (...args: Parameters<typeof expiryWarningSentence>) => english(expiryWarningSentence(...args))
        expect(sentence({ expired: false, daysLeft: 1 }, 2, '2026-06-13 10:00 UTC')).toBe(
            'Emailed 2 admins: the refresh token expires on 2026-06-13 10:00 UTC, in 1 day.'
        )
        expect(sentence({ expired: false, daysLeft: 3 }, 1, 'X')).toBe('Emailed 1 admin: the refresh token expires on X, in 3 days.')
        expect(sentence({ expired: true, daysLeft: 0 }, 1, 'X')).toMatch(/^Emailed 1 admin: the refresh token expired on X/)
        expect(sentence({ expired: true, daysLeft: 0 }, 4, 'X')).toMatch(/^Emailed 4 admins: the refresh token expired on X/)
        expect(sentence({ expired: false, daysLeft: 5 }, 0, 'X')).toMatch(/no one was emailed/)
    })
})

describe('expiryReminderEmail', () => {
    it('names the date, the days left and the menu path, each escaped', () => {
        const email = expiryReminderEmail({ expiresOn: '2026-06-13 10:00 UTC', daysLeft: '3' }, english)
        expect(email.subject).toBe('LogMeIn Rescue: run Token Setup again, the connector token expires 2026-06-13 10:00 UTC')
        expect(email.html).toContain('expires on 2026-06-13 10:00 UTC (days left: 3).')
        expect(email.html).toContain('Open <b>LogMeIn Rescue &gt; Token Setup</b> and run it again.')
    })

    it("escapes a translation too: an admin's translation is text, never markup", () => {
        const hostile = (text: Parameters<typeof english>[0]) => renderMessage(text, (key: MessageKey) => `<i>${MESSAGES[key]}</i>`)
        const email = expiryReminderEmail({ expiresOn: '<script>', daysLeft: '1' }, hostile)
        expect(email.html).not.toContain('<i>')
        expect(email.html).not.toContain('<script>')
        expect(email.html).toContain('&lt;i&gt;After it expires')
        expect(email.html).toContain('<b>&lt;i&gt;LogMeIn Rescue &gt; Token Setup&lt;/i&gt;</b>')
    })
})
