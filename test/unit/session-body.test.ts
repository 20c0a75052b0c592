import { describe, expect, it } from 'vitest'
import { bodyFormat, MAX_BODY_CHARS, parseBody } from '../../src/server/core/session-body'
import { readXml } from '../../src/server/core/xml-reader'
import { readSessionPost } from '../../src/server/core/session-post'
import { END_POST, formBody, xmlBody } from '../fixtures/rescue-posts'

describe('bodyFormat', () => {
    it('reads the media type, ignoring parameters and case', () => {
        expect(bodyFormat('application/json; charset=utf-8', '')).toBe('json')
        expect(bodyFormat('Application/X-WWW-Form-Urlencoded', '')).toBe('form')
        expect(bodyFormat('text/xml', '')).toBe('xml')
        expect(bodyFormat('application/vnd.rescue+json', '')).toBe('json')
        expect(bodyFormat('multipart/form-data; boundary=x', '')).toBeUndefined()
        expect(bodyFormat('text/plain', '')).toBeUndefined()
    })
    it('sniffs a body sent without a content type', () => {
        expect(bodyFormat(undefined, ' {"a":1}')).toBe('json')
        expect(bodyFormat('', '<session/>')).toBe('xml')
        expect(bodyFormat(null, 'SessionID=1')).toBe('form')
    })
})

describe('parseBody', () => {
    it('reads the three formats Rescue can post into the same fields', () => {
        const json = readSessionPost('application/json', JSON.stringify(END_POST))
        const form = readSessionPost('application/x-www-form-urlencoded', formBody(END_POST))
        const xml = readSessionPost('application/xml', xmlBody(END_POST))
        expect(json.ok && form.ok && xml.ok).toBe(true)
        if (!json.ok || !form.ok || !xml.ok) return
        expect(form.value).toEqual(json.value)
        expect(xml.value).toEqual(json.value)
        expect(json.value.variables.ChatLog).toBe('10:02 AM Jane Doe: Hello\n10:03 AM John Smith: Hi')
    })
    it('unwraps a lone "session" object, in any case', () => {
        const wrapped = parseBody('application/json', JSON.stringify({ Session: { SessionID: '7' } }))
        expect(wrapped).toEqual({ ok: true, value: { format: 'json', fields: [{ name: 'SessionID', value: '7' }] } })
        const xml = parseBody('text/xml', '<data><session><sessionid>7</sessionid></session></data>')
        expect(xml).toEqual({ ok: true, value: { format: 'xml', fields: [{ name: 'sessionid', value: '7' }] } })
    })
    it('refuses what it cannot read, with the right status and code', () => {
        const cases: [string, string, number, string][] = [
            ['application/json', '{"SessionID": "1",', 400, 'malformed_json'],
            ['application/json', '[1,2]', 400, 'not_an_object'],
            ['application/json', '"text"', 400, 'not_an_object'],
            ['application/json', '   ', 400, 'empty_body'],
            ['application/x-www-form-urlencoded', 'SessionID=%E0%A4%A', 400, 'malformed_form'],
            ['application/xml', '<session><sessionid>1</session>', 400, 'malformed_xml'],
            ['text/plain', 'SessionID=1', 415, 'unsupported_media_type'],
        ]
        for (const [contentType, body, status, code] of cases) {
            expect(parseBody(contentType, body)).toMatchObject({ ok: false, status, code })
        }
    })
    it('answers 413 above the documented size limit and accepts a body at the limit', () => {
        const filler = 'x'.repeat(MAX_BODY_CHARS - 40)
        const atLimit = JSON.stringify({ SessionID: '1', ChatLog: filler }).padEnd(MAX_BODY_CHARS, ' ')
        expect(parseBody('application/json', atLimit).ok).toBe(true)
        expect(parseBody('application/json', atLimit + ' ')).toMatchObject({ ok: false, status: 413, code: 'payload_too_large' })
    })
})

describe('readXml', () => {
    it('decodes the five predefined entities, numeric references and CDATA', () => {
        const result = readXml(
            '<?xml version="1.0"?><!-- c --><s a="1"><n>&lt;b&gt; &amp; &quot;&apos; &#65;&#x42;</n><c><![CDATA[<i>&x;</i>]]></c><e/></s>'
        )
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.value.children.map((c) => [c.name, c.text])).toEqual([
            ['n', '<b> & "\' AB'],
            ['c', '<i>&x;</i>'],
            ['e', ''],
        ])
    })
    it('refuses DTDs, unknown entities and broken structure instead of expanding or guessing', () => {
        const bad = [
            '<!DOCTYPE s [<!ENTITY x "boom">]><s>&x;</s>',
            '<s>&x;</s>',
            '<s>& </s>',
            '<s>&#0;</s>',
            '<s><a></s></a>',
            '<s></s><t></t>',
            'text<s/>',
            '<s>',
            '',
            '<s><a b=c></a></s>',
        ]
        for (const text of bad) expect(readXml(text).ok, text).toBe(false)
    })
    it('limits nesting depth', () => {
        expect(readXml('<a>'.repeat(20) + '</a>'.repeat(20)).ok).toBe(false)
    })
})
