// The engine gate (scripts/engine-lint.mjs): planted constructs the releases' "JavaScript engine feature support"
// pages do not mark Supported are refused, naming the record, the line and the feature; text that merely names
// a feature (a string, a comment) is not code and passes.
import { describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { engineProblems, describeEngineProblem, RELEASES } from '../../scripts/engine-lint.mjs'
import { lintDist } from '../../scripts/platform-lint.mjs'

const TABLE = JSON.parse(readFileSync(join(import.meta.dirname, '../../scripts/platform-docs/engine-features.json'), 'utf8'))
const features = (source: string, releases = RELEASES) => engineProblems(source, releases).map((p) => `${p.group} / ${p.feature}`)

describe('engine feature table', () => {
    it('has every row of the page for each supported release, with the page it comes from', () => {
        expect(RELEASES).toEqual(['yokohama', 'zurich', 'australia'])
        for (const release of RELEASES)
            expect(TABLE.pages[release]).toMatch(/^https:\/\/www\.servicenow\.com\/docs\/r\/.*javascript-engine-feature-support\.html$/)
        expect(TABLE.features.length).toBeGreaterThan(900)
        for (const row of TABLE.features) {
            expect(row.group).toBeTruthy()
            for (const release of RELEASES) expect(['Supported', 'Not Supported', 'Disallowed']).toContain(row.status[release])
        }
    })
})

describe('engine gate: planted constructs', () => {
    it.each([
        ['try { x() } catch { y() }', 'optional catch binding / basic', ['yokohama']],
        ['async function f() { return 1 }', 'async functions / return', ['yokohama']],
        ['var f = async () => 1', 'async functions / async arrow functions', ['yokohama']],
        ['async function f() { await g() }', 'async functions / await', ['yokohama']],
        ['function* g() { yield 1 }', 'generators / basic functionality', ['yokohama']],
        ['async function* g() {}', 'Asynchronous Iterators / async generators', ['yokohama', 'zurich', 'australia']],
        [
            'class A { #secret = 1 }',
            'instance class fields / private instance class fields basic support',
            ['yokohama', 'zurich', 'australia'],
        ],
        ['class A { #hide() {} }', 'private class methods / private instance methods', ['yokohama', 'zurich', 'australia']],
        [
            'class A { static #s = 1; static has(o) { return #s in o } }',
            'Ergonomic brand checks for private fields / Ergonomic brand checks for private fields',
            ['yokohama', 'zurich', 'australia'],
        ],
        ['var p = new Promise(function (r) { r() })', 'Promise / basic functionality', ['yokohama']],
        ['var m = new WeakMap()', 'WeakMap / basic functionality', ['yokohama']],
        ['var s = new WeakSet()', 'WeakSet / basic functionality', ['yokohama']],
        ['var v = Reflect.get(o, "k")', 'Reflect / Reflect.get', ['yokohama', 'zurich', 'australia']],
        ['var p = new Proxy({}, {})', 'Proxy / constructor requires new', ['yokohama']],
        ['var g = globalThis', 'globalThis / "globalThis" global property is global object', ['yokohama']],
        ['var r = new WeakRef(o)', 'WeakReferences / WeakRef minimal support', ['yokohama', 'zurich', 'australia']],
        ['var n = 10n', 'BigInt / basic functionality', ['yokohama']],
        ['var a = new Uint8Array(2)', 'typed arrays / Uint8Array', ['yokohama']],
        ['var i = Number.parseInt("1")', 'Number properties / Number.parseInt', ['yokohama']],
        ['Object.setPrototypeOf(a, b)', 'Object static methods / Object.setPrototypeOf', ['yokohama']],
        ['var it = o[Symbol.iterator]', 'well-known symbols / Symbol.iterator, existence', ['yokohama']],
        ['var last = list.at(-1)', '.at() method on the built-in indexables / Array.prototype.at()', ['yokohama']],
        ['p.finally(done)', 'Promise.prototype.finally / basic support', ['yokohama']],
        ['o.__defineGetter__("x", f)', 'Object.prototype getter/setter methods / __defineGetter__', ['yokohama']],
        ['var ok = /(?<=a)b/.test(s)', 'RegExp Lookbehind Assertions / RegExp Lookbehind Assertions', ['yokohama']],
        ['var ok = /\\p{L}/u.test(s)', 'RegExp Unicode Property Escapes / RegExp Unicode Property Escapes', ['yokohama']],
        ['var ok = /a/u.test(s)', 'RegExp "y" and "u" flags / "u" flag', ['yokohama']],
        ['var m = /a/d.exec(s)', 'RegExp Match Indices (/d flag) / constructor supports it', ['yokohama', 'zurich', 'australia']],
        ['var ok = /\\z{/.test(s)', 'RegExp syntax extensions (annex B) / invalid character escapes', ['yokohama', 'zurich', 'australia']],
        ['var o = { __proto__: base }', '__proto__ in object literals (annex B) / basic support', ['yokohama']],
        ['var p = o.__proto__', 'Object.prototype.__proto__ (annex B) / get prototype', ['yokohama', 'zurich', 'australia']],
        ['if (a) { function f() {} }', 'non-strict function semantics (annex B) / hoisted block-level function declaration', ['yokohama']],
        ['tag`\\unicode`', 'template literal revision / template literal revision', ['yokohama', 'zurich', 'australia']],
        ['"use strict"; var a = 1', 'Strict mode / "this" is undefined in functions', ['yokohama', 'zurich']],
        ['class E extends Error {}', 'miscellaneous subclassables / Error is subclassable', ['yokohama', 'zurich', 'australia']],
        [
            'var f = new Function("return 1")',
            'Function.prototype.toString revision / functions created with the Function constructor',
            ['yokohama', 'zurich', 'australia'],
        ],
        ['function F() { return new.target }', 'new.target / in constructors', ['yokohama', 'zurich', 'australia']],
        ['var s = "a\u2028b"', 'JSON superset / Line separator can appear in string literals', ['yokohama', 'zurich', 'australia']],
        ['var caf\\u00e9 = 1', 'Unicode code point escapes / in identifiers', ['yokohama', 'zurich', 'australia']],
    ])('refuses %s', (source, feature, releases) => {
        const found = engineProblems(source).find((p) => `${p.group} / ${p.feature}` === feature)
        expect(found, features(source).join('; ')).toBeDefined()
        expect(Object.keys(found!.statuses)).toEqual(releases)
        expect(found!.line).toBe(1)
    })

    it('reports a newer syntax the parser does not know (past ECMAScript 2022) as unsupported', () => {
        expect(features('#!/usr/bin/env node\nvar a = 1')[0]).toMatch(/syntax newer than ECMAScript 2022/)
    })

    it('passes what every release supports', () => {
        const source = `var Rescue = (function () {
            var list = [1, 2, 3].map((n) => n * 2).filter(function (n) { return n > 2 });
            const { a, ...rest } = { a: 1, b: 2 };
            let text = \`\${a} of \${list.length}\`;
            var named = /(?<year>\\d{4})-(?<month>\\d{2})/.exec('2026-03');
            var map = new Map(); map.set('k', 1); var set = new Set(list);
            for (const n of list) text += n;
            var x = rest?.b ?? 0; x ||= 1; x &&= 2; x ??= 3;
            class Step { static count = 0; field = 1; static #made = 0; static { Step.count = 1 } method() { return this.field } }
            try { JSON.parse('{') } catch (e) { x = 4 }
            return { list, text, named, map, set, x, step: new Step(), keys: Object.keys({ a }), s: 'abc'.padStart(5).replaceAll('a', 'b') };
        })();`
        expect(features(source)).toEqual([])
    })

    it('judges code, not text: strings, comments and property names that name a feature pass', () => {
        const source = [
            '// a Promise, async function* gen() {}, catch { }, new WeakMap(), globalThis, /(?<=x)/',
            '/* class A { #secret = 1 } and Reflect.get() */',
            'var text = "async function f() { await new Promise() } catch {} WeakMap Symbol.iterator 10n";',
            "var more = 'Reflect.get(o) __proto__ #x in o';",
            'var template = `Promise.allSettled ${"WeakRef"}`;',
            'var config = { Promise: 1, WeakMap: 2, at: 3, async: 4, globalThis: 5 };',
            'var v = config.Promise + config.WeakMap + config.at;',
        ].join('\n')
        expect(features(source)).toEqual([])
    })

    it('lets a script declare its own variable with a built-in name', () => {
        expect(features('function f(Promise, Reflect) { return new Promise(Reflect.get) }')).toEqual([])
        expect(features('function f(Promise) { return Promise }\nvar p = new Promise(function () {})')).toEqual([
            'Promise / basic functionality',
        ])
    })

    it('judges one release at a time: the emulator asks for the release it emulates', () => {
        expect(features('try { x() } catch { y() }', ['zurich'])).toEqual([])
        expect(features('try { x() } catch { y() }', ['yokohama'])).toEqual(['optional catch binding / basic'])
    })

    it('says what, which row of the page and where it is not supported', () => {
        const [problem] = engineProblems('try { x() } catch { y() }')
        expect(describeEngineProblem(problem!)).toBe(
            'catch without a binding: "optional catch binding" / "basic" is Disallowed on yokohama (JavaScript engine feature support, ES12 mode)'
        )
    })
})

describe('engine gate over the built records', () => {
    const plant = (file: string, xml: string) => {
        const dir = mkdtempSync(join(tmpdir(), 'engine-'))
        mkdirSync(join(dir, 'update'))
        writeFileSync(join(dir, 'update', file), `<?xml version="1.0"?>${xml}`)
        return dir
    }
    const record = (table: string, fields: Record<string, string>) =>
        `<record_update table="${table}"><${table} action="INSERT_OR_UPDATE">${Object.entries(fields)
            .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
            .join('')}</${table}></record_update>`

    it.each([
        [
            'sys_script_include',
            { name: 'Planted', script: 'var Planted = {\n  run: function () {\n    try { go() } catch { }\n  }\n};' },
            'script',
            'Planted',
            3,
        ],
        [
            'sys_ws_operation',
            {
                name: 'post',
                operation_script:
                    '(function process(request, response) {\n  var last = request.queryParams.x.at(-1);\n})(request, response);',
            },
            'operation_script',
            'post',
            2,
        ],
        ['sysauto_script', { name: 'Job', script: 'var p = new Promise(function () {});' }, 'script', 'Job', 1],
        ['sysevent_script_action', { name: 'Action', script: 'var w = new WeakMap();' }, 'script', 'Action', 1],
        [
            'sys_script',
            { name: 'Rule', script: '(function executeRule(current, previous) {\n\n  function* g() {}\n})(current, previous);' },
            'script',
            'Rule',
            3,
        ],
        [
            'sys_security_acl',
            { name: 'x_rescue_connect_session', script: 'answer = globalThis.gs.hasRole("admin")' },
            'script',
            'x_rescue_connect_session',
            1,
        ],
        [
            'sys_script_email',
            { name: 'mail', script: '(function runMailScript(current, template) {\n  template.print(list.at(0));\n})(current, template);' },
            'script',
            'mail',
            2,
        ],
    ])('refuses a planted feature in %s, naming the record, the line and the feature', (table, fields, field, name, line) => {
        const { findings } = lintDist(plant(`${table}_1.xml`, record(table, fields)))
        const engine = findings.filter((f) => f.message.includes('JavaScript engine feature support'))
        expect(engine.length).toBeGreaterThan(0)
        expect(engine[0]).toMatchObject({ table, field, record: name, line })
    })

    it('refuses a planted feature in an ATF Run Server Side Script step', () => {
        const xml =
            `<record_update table="sys_atf_step"><sys_atf_step action="INSERT_OR_UPDATE"><sys_id>abc</sys_id><display_name>Run Server Side Script</display_name><step_config>41de4a935332120028bc29cac2dc349a</step_config></sys_atf_step>` +
            `<sys_variable_value action="INSERT_OR_UPDATE"><value>3.1</value><variable>42f2564b73031300440211d8faf6a777</variable></sys_variable_value>` +
            `<sys_variable_value action="INSERT_OR_UPDATE"><value><![CDATA[(function (outputs, steps) {\n  var id = '{{step['0123456789abcdef0123456789abcdef'].record_id}}';\n  try { run(id) } catch { }\n})(outputs, steps);]]></value><variable>989d9e235324220002c6435723dc3484</variable></sys_variable_value></record_update>`
        const { findings, scripts } = lintDist(plant('sys_atf_step_1.xml', xml))
        expect(scripts).toBe(1)
        expect(findings.map((f) => `${f.record}:${f.line}: ${f.message}`)).toEqual([
            'Run Server Side Script abc:3: catch without a binding: "optional catch binding" / "basic" is Disallowed on yokohama (JavaScript engine feature support, ES12 mode)',
        ])
    })

    it('passes every server script the app ships, mail scripts and ATF steps included', () => {
        const { findings, scripts } = lintDist(join(import.meta.dirname, '../../dist/app'))
        expect(scripts).toBeGreaterThanOrEqual(3 + 1 + 1 + 3)
        expect(findings).toEqual([])
    })
})
