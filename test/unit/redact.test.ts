import { describe, expect, it } from 'vitest'
import { REDACTED, redactSecrets } from '../../src/server/core/redact'

describe('redactSecrets', () => {
    it('removes configured secret values wherever they appear', () => {
        expect(redactSecrets('pwd is s3cret-pass, again s3cret-pass', ['s3cret-pass'])).toBe(`pwd is ${REDACTED}, again ${REDACTED}`)
    })

    it('removes secrets carried in form fields and JSON keys even when the value is unknown', () => {
        expect(redactSecrets('ssoid=a@b.c&pwd=hunter2&company=1&authcode=XYZ', [])).toBe(
            `ssoid=a@b.c&pwd=${REDACTED}&company=1&authcode=${REDACTED}`
        )
        expect(redactSecrets('{"client_secret":"abc","refresh_token":"def","name":"x"}', [])).toBe(
            `{"client_secret":"${REDACTED}","refresh_token":"${REDACTED}","name":"x"}`
        )
    })

    it('removes the auth code from a Rescue answer', () => {
        expect(redactSecrets('OK AUTHCODE: 9f8e7d6c5b4a', [])).toBe(`OK AUTHCODE: ${REDACTED}`)
    })

    it('ignores empty and very short configured values rather than shredding the text', () => {
        expect(redactSecrets('a b c', ['', 'a'])).toBe('a b c')
    })
})
