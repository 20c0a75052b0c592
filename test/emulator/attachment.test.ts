// GlideSysAttachment (scoped) as the platform documents it:
// https://www.servicenow.com/docs/r/xanadu/api-reference/server-api-reference/c_GlideSysAttachmentScopedAPI.html
// write → the attachment's sys_id (null when not added); getAttachments → a GlideRecord on sys_attachment;
// getContent → the content as a string, "up to 5MB", for CSV, JSON and text files; deleteAttachment.
import { describe, expect, it } from 'vitest'
import { MAX_CONTENT_BYTES } from '../../emulator/platform/attachment.ts'
import { fixtureInstance } from './fixture.ts'

function world() {
    const instance = fixtureInstance()
    const incident = instance.db.insert('incident', { short_description: 'Printer offline' })
    const other = instance.db.insert('incident', { short_description: 'VPN' })
    return { instance, incident, other }
}

const write = (sysId: string, fileName: string, content: string) => `
    var record = new GlideRecord('incident'); record.get('${sysId}');
    new GlideSysAttachment().write(record, '${fileName}', 'text/plain', ${JSON.stringify(content)});`

describe('GlideSysAttachment.write', () => {
    it('attaches the content to the record and answers the new sys_attachment sys_id (one insert)', () => {
        const { instance, incident } = world()
        instance.resetCounters()
        const sysId = instance.runScript(write(incident, 'chat.txt', 'Grüße\nline 2')) as string
        expect(sysId).toMatch(/^[0-9a-f]{32}$/)
        expect(instance.counters.inserts).toBe(1)
        const [file] = instance.attachments('incident', incident)
        expect(file).toMatchObject({
            sys_id: sysId,
            table_name: 'incident',
            table_sys_id: incident,
            file_name: 'chat.txt',
            content_type: 'text/plain',
            content: 'Grüße\nline 2',
        })
        // size_bytes counts UTF-8 bytes: "ü" and "ß" take two each.
        expect(file!.size_bytes).toBe(String(Buffer.byteLength('Grüße\nline 2', 'utf8')))
    })

    it('answers null and adds nothing for a record that is not stored', () => {
        const { instance } = world()
        const answer = instance.runScript(`var record = new GlideRecord('incident'); record.initialize();
            String(new GlideSysAttachment().write(record, 'a.txt', 'text/plain', 'x'))`)
        expect(answer).toBe('null')
        expect(instance.db.rows('sys_attachment')).toEqual([])
    })

    it('answers null when a rule aborts the attachment insert', () => {
        const { instance, incident } = world()
        instance.db.abortScriptWrites('sys_attachment')
        expect(
            instance.runScript(
                `var record = new GlideRecord('incident'); record.get('${incident}'); String(new GlideSysAttachment().write(record, 'a.txt', 'text/plain', 'x'))`
            )
        ).toBe('null')
        expect(instance.attachments('incident', incident)).toEqual([])
    })

    it('refuses anything but a GlideRecord as the record', () => {
        const { instance } = world()
        expect(() => instance.runScript(`new GlideSysAttachment().write({ sys_id: 'x' }, 'a.txt', 'text/plain', 'x')`)).toThrow(
            /must be a GlideRecord/
        )
    })
})

describe('GlideSysAttachment.getAttachments and getContent', () => {
    it("lists a record's attachments as a sys_attachment GlideRecord (one query) and reads each one's content", () => {
        const { instance, incident, other } = world()
        instance.runScript(write(incident, 'a.txt', 'first') + write(incident, 'b.json', '{"b":1}') + write(other, 'c.txt', 'elsewhere'))
        instance.resetCounters()
        const listed = instance.runScript(`
            var attachment = new GlideSysAttachment();
            var files = attachment.getAttachments('incident', '${incident}');
            var out = [];
            while (files.next()) out.push(files.getValue('file_name') + '=' + attachment.getContent(files));
            out.sort().join('|')`)
        expect(listed).toBe('a.txt=first|b.json={"b":1}')
        // One query lists them; reading each content is one more (its stored chunks).
        expect(instance.counters.queries).toBe(3)
    })

    it('gives up to 5 MB of content (the emulator cuts at 5,000,000 bytes)', () => {
        const { instance, incident } = world()
        const big = 'x'.repeat(MAX_CONTENT_BYTES + 10)
        instance.runScript(write(incident, 'big.txt', big))
        const length = instance.runScript(
            `var a = new GlideSysAttachment(); var f = a.getAttachments('incident', '${incident}'); f.next(); a.getContent(f).length`
        )
        expect(length).toBe(MAX_CONTENT_BYTES)
        expect(instance.attachments('incident', incident)[0]!.content).toHaveLength(MAX_CONTENT_BYTES + 10)
    })

    it('reads only CSV, JSON and text files (the documented types); others throw unsupported', () => {
        const { instance, incident } = world()
        instance.runScript(write(incident, 'screen.png', 'not really a png'))
        expect(() =>
            instance.runScript(
                `var a = new GlideSysAttachment(); var f = a.getAttachments('incident', '${incident}'); f.next(); a.getContent(f)`
            )
        ).toThrow(/unsupported/)
    })
})

describe('GlideSysAttachment.deleteAttachment', () => {
    it('removes the attachment and its content (one delete)', () => {
        const { instance, incident } = world()
        const sysId = instance.runScript(
            `var r = new GlideRecord('incident'); r.get('${incident}'); new GlideSysAttachment().write(r, 'a.txt', 'text/plain', 'x')`
        ) as string
        instance.resetCounters()
        instance.runScript(`new GlideSysAttachment().deleteAttachment('${sysId}')`)
        expect(instance.counters.deletes).toBe(1)
        expect(instance.attachments('incident', incident)).toEqual([])
        expect(instance.db.file(sysId)).toBeUndefined()
    })

    it('the methods the app does not use throw unsupported instead of pretending', () => {
        const { instance } = world()
        for (const method of ['copy', 'getContentBase64', 'getContentStream', 'writeBase64', 'writeContentStream']) {
            expect(() => instance.runScript(`new GlideSysAttachment().${method}('a', 'b', 'c', 'd')`), method).toThrow(/unsupported/)
        }
    })
})
