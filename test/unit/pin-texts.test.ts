import { describe, expect, it } from 'vitest'
import { customerPinEmailHtml, technicianPinEmailHtml } from '../../src/server/core/pin-email'
import { rescuePinReadAnswer } from '../../src/client/shared/pin-answer'
import { rescuePinModalHtml } from '../../src/client/shared/pin-modal'

const HOSTILE = `<script>alert("x")</script>&'`

describe('PIN emails', () => {
    it('escape every value in the technician email', () => {
        const html = technicianPinEmailHtml({
            pin: '012345',
            customerName: HOSTILE,
            recordNumber: 'INC0000001',
            shortDescription: '<img src=x onerror=alert(1)>',
            joinUrl: 'https://secure.logmeinrescue.com/Customer/Code.aspx?Code=012345',
        })
        expect(html).not.toContain('<script>')
        expect(html).not.toContain('<img')
        expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;')
        expect(html).toContain('012345')
        expect(html).toContain('INC0000001')
    })

    it('give the customer the link, the PIN and nothing internal', () => {
        const html = customerPinEmailHtml({
            pin: '012345',
            customerName: HOSTILE,
            technicianName: 'Jane Doe',
            joinUrl: 'https://secure.logmeinrescue.eu/Customer/Code.aspx?Code=012345',
        })
        expect(html).not.toContain('<script>')
        expect(html).toContain('href="https://secure.logmeinrescue.eu/Customer/Code.aspx?Code=012345"')
        expect(html).toContain('012345')
        expect(html).not.toMatch(/INC\d|tracking|sys_id|authcode/i)
    })
})

describe('button script', () => {
    it('reads a success answer', () => {
        const answer = JSON.stringify({ ok: true, pin: '012345', customerUrl: 'https://h/x', message: 'Tell them', sessionId: 'abc' })
        expect(rescuePinReadAnswer(answer)).toEqual({ ok: true, pin: '012345', customerUrl: 'https://h/x', message: 'Tell them' })
    })

    it('passes a failure sentence through and turns anything odd into a sentence', () => {
        expect(rescuePinReadAnswer(JSON.stringify({ ok: false, code: 'X', message: 'Do this.' }))).toEqual({ ok: false, message: 'Do this.' })
        for (const odd of [null, '', 'not json', '42', '{"ok":true,"pin":12345}', '{"ok":true,"pin":"<b>"}', '{"ok":false}']) {
            const result = rescuePinReadAnswer(odd)
            expect(result.ok).toBe(false)
            expect(result.message).toMatch(/try again/i)
        }
    })

    it('escapes the modal and drops a link that is not https', () => {
        const html = rescuePinModalHtml({ pin: '012345', customerUrl: 'javascript:alert(1)', message: HOSTILE })
        expect(html).not.toContain('<script>')
        expect(html).not.toContain('javascript:')
        expect(html).toContain('012345')
        expect(html).toContain('Copy PIN')
        const withLink = rescuePinModalHtml({ pin: '1', customerUrl: 'https://h/a?b="c"', message: 'm' })
        expect(withLink).toContain('href="https://h/a?b=&quot;c&quot;"')
    })
})
