// i18n-exempt-file: its errors become the REST endpoint's answers to Rescue, English with a stable code (a machine reads them).
// A small, safe XML reader for Rescue's XML session posts and session reports. It understands elements,
// attributes, text, CDATA, comments, processing instructions and the five predefined entities plus
// numeric character references. It refuses DTDs (no entity expansion, no external entities) and
// never throws: every problem comes back as a failure (code malformed_xml) with its message.
import { succeed, type Failure, type Result } from './result'

export interface XmlElement {
    readonly name: string
    readonly children: XmlElement[]
    /** The element's attributes, entities decoded (a repeated name keeps its first value). */
    readonly attributes: { readonly [name: string]: string }
    /** Concatenated character data directly inside this element. */
    text: string
}

export type XmlResult = Result<XmlElement, Failure<'malformed_xml', string>>

const MAX_DEPTH = 16
const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y
const ATTRIBUTE = /\s+([A-Za-z_:][A-Za-z0-9_.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y
const PREDEFINED_ENTITIES: { [name: string]: string } = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decodeEntities(text: string): string | undefined {
    let failed = false
    const decoded = text.replace(/&([^;&\s]{0,10});?/g, (whole, name: string) => {
        if (!whole.endsWith(';')) {
            failed = true
            return ''
        }
        if (Object.prototype.hasOwnProperty.call(PREDEFINED_ENTITIES, name)) return PREDEFINED_ENTITIES[name]
        const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(name)
        const codePoint = numeric ? parseInt(numeric[1] ?? numeric[2], numeric[1] ? 16 : 10) : NaN
        const allowed =
            codePoint === 0x9 ||
            codePoint === 0xa ||
            codePoint === 0xd ||
            (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
            (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
            (codePoint >= 0x10000 && codePoint <= 0x10ffff)
        if (!allowed) {
            failed = true
            return ''
        }
        return String.fromCodePoint(codePoint)
    })
    return failed ? undefined : decoded
}

function readName(text: string, at: number): string | undefined {
    NAME.lastIndex = at
    const match = NAME.exec(text)
    return match ? match[0] : undefined
}

export function readXml(source: string): XmlResult {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
    const stack: XmlElement[] = []
    let root: XmlElement | undefined
    let at = 0
    const fail = (message: string): XmlResult => ({ ok: false, code: 'malformed_xml', message })

    while (at < text.length) {
        const lt = text.indexOf('<', at)
        const chunkEnd = lt === -1 ? text.length : lt
        if (chunkEnd > at) {
            const chunk = text.slice(at, chunkEnd)
            const current = stack[stack.length - 1]
            if (current) {
                const decoded = decodeEntities(chunk)
                if (decoded === undefined) return fail('The XML contains an unknown or malformed entity reference.')
                current.text += decoded
            } else if (chunk.trim() !== '') {
                return fail('The XML has text outside its root element.')
            }
        }
        if (lt === -1) break
        at = lt
        if (text.startsWith('<!--', at)) {
            const end = text.indexOf('-->', at + 4)
            if (end === -1) return fail('The XML has an unterminated comment.')
            at = end + 3
        } else if (text.startsWith('<![CDATA[', at)) {
            const end = text.indexOf(']]>', at + 9)
            const current = stack[stack.length - 1]
            if (end === -1 || !current) return fail('The XML has a CDATA section outside an element or without its end.')
            current.text += text.slice(at + 9, end)
            at = end + 3
        } else if (text.startsWith('<!', at)) {
            return fail('The XML contains a DTD or declaration; these are not accepted.')
        } else if (text.startsWith('<?', at)) {
            const end = text.indexOf('?>', at + 2)
            if (end === -1) return fail('The XML has an unterminated processing instruction.')
            at = end + 2
        } else if (text.startsWith('</', at)) {
            const name = readName(text, at + 2)
            const current = stack.pop()
            if (!name || !current || current.name !== name) return fail('The XML has a closing tag that does not match its opening tag.')
            const close = /\s*>/y
            close.lastIndex = at + 2 + name.length
            if (!close.exec(text)) return fail(`The XML closing tag </${name}> is malformed.`)
            at = close.lastIndex
        } else {
            const name = readName(text, at + 1)
            if (!name) return fail('The XML has a malformed tag.')
            let cursor = at + 1 + name.length
            const attributes: { [name: string]: string } = Object.create(null)
            for (;;) {
                ATTRIBUTE.lastIndex = cursor
                const attribute = ATTRIBUTE.exec(text)
                if (!attribute) break
                const decoded = decodeEntities(attribute[2] ?? attribute[3] ?? '')
                if (decoded === undefined) return fail('The XML contains an unknown or malformed entity reference.')
                if (!(attribute[1] in attributes)) attributes[attribute[1]] = decoded
                cursor = ATTRIBUTE.lastIndex
            }
            const end = /\s*(\/?)>/y
            end.lastIndex = cursor
            const closing = end.exec(text)
            if (!closing) return fail(`The XML tag <${name}> is malformed.`)
            at = end.lastIndex
            const element: XmlElement = { name, children: [], attributes, text: '' }
            const parent = stack[stack.length - 1]
            if (parent) parent.children.push(element)
            else if (root) return fail('The XML has more than one root element.')
            else root = element
            if (closing[1] !== '/') {
                if (stack.length >= MAX_DEPTH) return fail('The XML is nested too deeply.')
                stack.push(element)
            }
        }
    }
    if (stack.length > 0) return fail(`The XML element <${stack[stack.length - 1].name}> is not closed.`)
    if (!root) return fail('The XML has no root element.')
    return succeed(root)
}
