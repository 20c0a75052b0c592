// Regenerates the platform tables the lint gates read, from the ServiceNow documentation repository
// (github.com/ServiceNow/ServiceNowDocs, one branch per release). Offline builds read the committed JSON;
// run this only to refresh it:  node scripts/platform-docs/extract.mjs <path to ServiceNowDocs .git>
//   engine-features.json  every row of "JavaScript engine feature support", with its status per release
//   scoped-api.json       the members each scoped API page documents, per release
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

export const RELEASES = ['yokohama', 'zurich', 'australia']
const here = dirname(fileURLToPath(import.meta.url))
const gitDir = process.argv[2]
if (!gitDir) throw new Error('usage: node scripts/platform-docs/extract.mjs <ServiceNowDocs git dir>')
const show = (release, path) =>
    execFileSync('git', ['--git-dir', gitDir, 'show', `${release}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 })
const canonical = (text) => (/^canonical_url: (.*)$/m.exec(text)?.[1] ?? '').replace(/\\/g, '')
const unescapeMd = (text) =>
    text
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
        .replace(/&amp;/g, '&')
        .trim()

// The page is the compat-table of kangax, one table per feature group (the group names are not on the page):
// a row is identified by its section (ECMAScript edition), the table's place in that section and its text.
const ENGINE_PAGE = 'markdown/api-reference/scripts/javascript-engine-feature-support.md'
function engineRows(release) {
    const text = show(release, ENGINE_PAGE)
    const rows = []
    let section = ''
    let table = -1
    let inTable = false
    for (const line of text.split('\n')) {
        const heading = /^## (.*)$/.exec(line)
        if (heading) {
            section = unescapeMd(heading[1])
            table = -1
            inTable = false
            continue
        }
        if (line.startsWith('|Feature|')) {
            table++
            inTable = true
            continue
        }
        if (!line.startsWith('|')) {
            inTable = false
            continue
        }
        if (!inTable || line.startsWith('|---')) continue
        const cells = line.slice(1, -1).split(/(?<!\\)\|/)
        rows.push({ section, table, feature: unescapeMd(cells[0]), es12: unescapeMd(cells[1]) })
    }
    return { page: canonical(text), rows }
}

// The group (compat-table test) each table of the page is about, by section: the page drops the group names.
const GROUPS = {
    'ECMAScript 2022 (ES13) features': [
        'instance class fields',
        'static class fields',
        'private class methods',
        '.at() method on the built-in indexables',
        'Object.hasOwn',
        'Error.cause property',
        'RegExp Match Indices (/d flag)',
        'Ergonomic brand checks for private fields',
        'Class static initialization blocks',
    ],
    'ECMAScript 2021 (ES12) features': [
        'Promise.any',
        'WeakReferences',
        'Logical Assignment',
        'numeric separators',
        'String.prototype.replaceAll',
    ],
    'ECMAScript 2020 (ES11) features': [
        'String.prototype.matchAll',
        'BigInt',
        'globalThis',
        'optional chaining operator (?.)',
        'Promise.allSettled',
        'nullish coalescing operator (??)',
    ],
    'ECMAScript 2019 (ES10) features': [
        'Symbol.prototype.description',
        'string trimming',
        'Array.prototype.{flat, flatMap}',
        'Object.fromEntries',
        'optional catch binding',
        'Function.prototype.toString revision',
        'JSON superset',
        'Well-formed JSON.stringify',
    ],
    'ECMAScript 2018 (ES9) features': [
        'object rest/spread properties',
        'Promise.prototype.finally',
        'Asynchronous Iterators',
        's (dotAll) flag for regular expressions',
        'RegExp named capture groups',
        'RegExp Lookbehind Assertions',
        'RegExp Unicode Property Escapes',
        'template literal revision',
    ],
    'ECMAScript 2017 (ES8) features': [
        'Object static methods',
        'String padding',
        'trailing commas in function syntax',
        'async functions',
        'shared memory and atomics',
        'Proxy internal calls, getter/setter methods',
        'Object.prototype getter/setter methods',
    ],
    'ECMAScript 2016 (ES7) features': ['exponentiation (**) operator', 'Array.prototype.includes'],
    'ECMAScript 2015 (ES6) features': [
        'proper tail calls (tail call optimisation)',
        'default function parameters',
        'rest parameters',
        'spread syntax for iterable objects',
        'object literal extensions',
        'for..of loops',
        'octal and binary literals',
        'template literals',
        'RegExp "y" and "u" flags',
        'destructuring, declarations',
        'destructuring, assignment',
        'destructuring, parameters',
        'Unicode code point escapes',
        'new.target',
        'const',
        'let',
        'block-level function declaration',
        'arrow functions',
        'class',
        'super',
        'generators',
        'typed arrays',
        'Map',
        'Set',
        'WeakMap',
        'WeakSet',
        'Proxy',
        'Reflect',
        'Promise',
        'Symbol',
        'well-known symbols',
        'Object static methods',
        'function "name" property',
        'String static methods',
        'String.prototype methods',
        'RegExp.prototype properties',
        'Array static methods',
        'Array.prototype methods',
        'Number properties',
        'Math methods',
        'Date.prototype[Symbol.toPrimitive]',
        'Array is subclassable',
        'RegExp is subclassable',
        'Function is subclassable',
        'Promise is subclassable',
        'miscellaneous subclassables',
        'prototype of bound functions',
        "Proxy, internal 'get' calls",
        "Proxy, internal 'set' calls",
        "Proxy, internal 'defineProperty' calls",
        "Proxy, internal 'deleteProperty' calls",
        "Proxy, internal 'getOwnPropertyDescriptor' calls",
        "Proxy, internal 'ownKeys' calls",
        'Object static methods accept primitives',
        'own property order',
        'Updated identifier syntax',
        'non-strict function semantics (annex B)',
        '__proto__ in object literals (annex B)',
        'Object.prototype.__proto__ (annex B)',
        'String.prototype HTML methods (annex B)',
        'RegExp.prototype.compile (annex B)',
        'RegExp syntax extensions (annex B)',
    ],
    'ECMAScript 2009 (ES5) features': [
        'Object/array literal extensions',
        'Object static methods',
        'Array methods',
        'String properties and methods',
        'Date methods',
        'Immutable globals',
        'Number methods',
        'Strict mode',
        'Function.prototype.bind',
        'JSON',
    ],
}

const engine = RELEASES.map((release) => ({ release, ...engineRows(release) }))
const features = engine[0].rows.map((row, index) => {
    const status = {}
    for (const page of engine) {
        const same = page.rows[index]
        if (!same || same.feature !== row.feature || same.section !== row.section)
            throw new Error(`${page.release}: row ${index} differs from yokohama's (${row.feature})`)
        status[page.release] = same.es12
    }
    const group = GROUPS[row.section]?.[row.table]
    if (!group) throw new Error(`no group name for table ${row.table} of ${row.section}`)
    return { section: row.section, group, feature: row.feature, status }
})
// One row a line, so a change of the page shows as a one-line diff.
const header = {
    source: 'ServiceNow docs, "JavaScript engine feature support", column "ECMAScript 2021 (ES12) mode"; group: the compat-table test the page\'s table is about',
    pages: Object.fromEntries(engine.map((page) => [page.release, page.page])),
}
writeFileSync(
    join(here, 'engine-features.json'),
    JSON.stringify(header, null, 1).replace(/\n}$/, ',\n "features": [\n') +
        features.map((row) => '  ' + JSON.stringify(row)).join(',\n') +
        '\n ]\n}\n'
)

// Scoped API pages: each "## <Class> - member(args)" heading is a documented member.
const API_PAGES = {
    gs: 'c_GlideSystemScopedAPI',
    GlideRecord: 'c_GlideRecordScopedAPI',
    GlideElement: 'c_GlideElementScopedAPI',
    GlideTableHierarchy: 'c_GlideTableHierarchyScopedAPI',
    GlideDateTime: 'c_GlideDateTimeScoped',
    GlideSysAttachment: 'c_GlideSysAttachmentScopedAPI',
    GlideUser: 'c_GlideUserScopedAPI',
    GlideSession: 'c_GlideSessionScopedAPI',
    RESTMessageV2: 'c_RESTMessageV2API',
    RESTResponseV2: 'c_RESTResponseV2API',
    RESTAPIRequest: 'c_ScriptableServiceRequest',
    RESTAPIRequestBody: 'c_ScriptableServiceRequestBody',
    RESTAPIResponse: 'c_ScriptableServiceResponseBuilder',
    RESTAPIResponseStream: 'c_ScriptableServiceRespStreamWriter',
}
const apis = {}
for (const [api, file] of Object.entries(API_PAGES)) {
    apis[api] = {}
    for (const release of RELEASES) {
        const text = show(release, `markdown/api-reference/server-api-reference/${file}.md`)
        const members = new Set()
        for (const match of text.matchAll(/^## .*? - ([A-Za-z_$][\w$]*)/gm)) members.add(match[1])
        apis[api][release] = text.trim() === '' ? { page: null, empty: true } : { page: canonical(text), members: [...members].sort() }
    }
}
writeFileSync(
    join(here, 'scoped-api.json'),
    JSON.stringify(
        {
            source: 'ServiceNow docs, the scoped server API reference pages (one per release; a page empty in the docs repository is marked empty)',
            apis,
        },
        null,
        1
    ) + '\n'
)
