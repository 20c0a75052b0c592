import { describe, expect, it } from 'vitest'
import { customerPinEmail, technicianPinEmail } from '../../src/server/core/pin-email'
import { rescuePinReadAnswer } from '../../src/client/shared/pin-answer'
import type { PinModalLabels } from '../../src/shared/pin-answer'
import { rescuePinModalHtml } from '../../src/client/shared/pin-modal'
import { english } from '../fixtures/english'
import { MESSAGES, type MessageKey } from '../../src/i18n/en'
import { renderMessage } from '../../src/shared/i18n'

const HOSTILE = `<script>alert("x")</script>&'`

/** A translation whose every text is markup and a placeholder trap: the emails must still escape it. */
const hostileTranslation = (text: Parameters<typeof english>[0]) => renderMessage(text, (key: MessageKey) => `<b>${MESSAGES[key]}</b>`)

const LABELS: PinModalLabels = {
    title: 'LogMeIn Rescue PIN',
    pinForCustomer: 'Rescue PIN for the customer:',
    pinAria: 'PIN',
    copy: 'Copy PIN',
    copied: 'Copied.',
    copyFailed: 'Select the PIN and press Ctrl+C to copy it.',
    joinLink: 'Customer join link: {0}',
    infoFallback: 'Rescue PIN 012345. Tell them',
}

describe('PIN emails', () => {
    it('escape every value in the technician email', () => {
        const email = technicianPinEmail(
            {
                pin: '012345',
                customerName: HOSTILE,
                recordNumber: 'INC0000001',
                shortDescription: '<img src=x onerror=alert(1)>',
                joinUrl: 'https://secure.logmeinrescue.com/Customer/Code.aspx?Code=012345',
            },
            english
        )
        expect(email.html).not.toContain('<script>')
        expect(email.html).not.toContain('<img')
        expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;')
        expect(email.html).toContain('012345')
        expect(email.html).toContain('INC0000001')
        expect(email.subject).toBe('LogMeIn Rescue PIN 012345')
    })

    it('give the customer the link, the PIN and nothing internal', () => {
        const email = customerPinEmail(
            {
                pin: '012345',
                customerName: HOSTILE,
                technicianName: 'Jane Doe',
                joinUrl: 'https://secure.logmeinrescue.eu/Customer/Code.aspx?Code=012345',
            },
            english
        )
        expect(email.html).not.toContain('<script>')
        expect(email.html).toContain('href="https://secure.logmeinrescue.eu/Customer/Code.aspx?Code=012345"')
        expect(email.html).toContain('012345')
        expect(email.html).not.toMatch(/INC\d|tracking|sys_id|authcode/i)
        expect(email.subject).toBe('Your remote support session')
    })

    it('escape the translated sentences too: a translation is text, never markup', () => {
        const email = customerPinEmail(
            { pin: '1', customerName: 'Ann', technicianName: 'Jane', joinUrl: 'https://h/x' },
            hostileTranslation
        )
        expect(email.html).not.toContain('<b>')
        expect(email.html).toContain('&lt;b&gt;Hello Ann,&lt;/b&gt;')
        expect(email.html).toContain('<a href="https://h/x">')
    })
})

describe('button script', () => {
    it('reads a success answer with its labels', () => {
        const answer = JSON.stringify({
            ok: true,
            pin: '012345',
            customerUrl: 'https://h/x',
            message: 'Tell them',
            sessionId: 'abc',
            labels: LABELS,
        })
        expect(rescuePinReadAnswer(answer)).toEqual({
            ok: true,
            pin: '012345',
            customerUrl: 'https://h/x',
            message: 'Tell them',
            labels: LABELS,
        })
    })

    it('passes a failure sentence through and turns anything odd into a sentence', () => {
        expect(rescuePinReadAnswer(JSON.stringify({ ok: false, code: 'X', message: 'Do this.' }))).toEqual({
            ok: false,
            message: 'Do this.',
        })
        const withoutLabels = JSON.stringify({ ok: true, pin: '012345', customerUrl: 'https://h/x', message: 'm' })
        for (const odd of [
            null,
            '',
            'not json',
            '42',
            '{"ok":true,"pin":12345}',
            '{"ok":true,"pin":"<b>"}',
            '{"ok":false}',
            withoutLabels,
        ]) {
            const result = rescuePinReadAnswer(odd)
            expect(result.ok).toBe(false)
            expect(result.message).toMatch(/try again/i)
        }
    })

    it('escapes the modal, its labels included, and drops a link that is not https', () => {
        const html = rescuePinModalHtml({
            pin: '012345',
            customerUrl: 'javascript:alert(1)',
            message: HOSTILE,
            labels: { ...LABELS, copy: HOSTILE },
        })
        expect(html).not.toContain('<script>')
        expect(html).not.toContain('javascript:')
        expect(html).toContain('012345')
        const withLink = rescuePinModalHtml({ pin: '1', customerUrl: 'https://h/a?b="c"', message: 'm', labels: LABELS })
        expect(withLink).toContain('Copy PIN')
        expect(withLink).toContain('Customer join link: <a href="https://h/a?b=&quot;c&quot;"')
    })
})
