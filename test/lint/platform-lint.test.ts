import { describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lintDist, lintScript } from '../../scripts/platform-lint.mjs'

const messages = (source: string, kind: 'server' | 'client' = 'server') => lintScript(source, kind).map((p) => p.message)

describe('platform lint: server scripts', () => {
    it.each([
        ['console.log("x")', 'uses console'],
        ['var g = globalThis.gs', 'uses globalThis'],
        ['var fs = require("fs")', 'uses require'],
        ['process.exit(1)', 'uses process'],
        ['setTimeout(function () {}, 1)', 'uses setTimeout'],
        ['new Promise(function (r) { r() })', 'uses Promise'],
        ['async function f() {}', 'uses async functions'],
        ['var f = async () => 1', 'uses async functions'],
        ['function* g() { yield 1 }', 'uses generator functions'],
        ['var m = import("x")', 'uses dynamic import()'],
        ['gs.log("x")', 'uses gs.log'],
        ['var e = new GlideEncrypter()', 'uses GlideEncrypter'],
        ['Packages.java.lang.System.exit(0)', 'uses Packages'],
        ['var b = Buffer.from("x")', 'uses Buffer'],
        ['var o = { process }', 'uses process'],
        ['module.exports = {}', 'uses module'],
        ['window.name = "x"', 'uses window'],
        ['var d = document.title', 'uses document'],
        ['var x = (', 'syntax error'],
    ])('rejects %s', (source, expected) => {
        expect(messages(source).some((m) => m.startsWith(expected))).toBe(true)
    })

    it('accepts scoped Glide code and names that merely look like globals', () => {
        const source = `var RescueThing = (function () {
            var gr = new GlideRecord('incident');
            gr.addQuery('active', true);
            gr.query();
            var config = { console: 1, process: function (request) { return request.body.dataString; } };
            gs.info('found ' + gr.getRowCount() + config.console);
            var timeout = 5; var result = { timeout: timeout };
            return result;
        })();`
        expect(messages(source)).toEqual([])
    })

    it('lets a script declare its own variable with a global-looking name', () => {
        expect(messages('function f(process) { return process.id }')).toEqual([])
    })

    it('judges each use by its own scope: a local elsewhere does not hide a global use', () => {
        const source =
            'function f(process) { return process.id }\nfunction g() { var console = {}; return console }\nprocess.exit(1); console.log(f)'
        expect(lintScript(source, 'server')).toEqual([
            { line: 3, message: 'uses process, which the server platform does not provide' },
            { line: 3, message: 'uses console, which the server platform does not provide' },
        ])
        expect(messages('function h(gs) { return gs.log }\ngs.log("x")')).toEqual(['uses gs.log, which scoped apps cannot call'])
    })
})

describe('platform lint: client scripts', () => {
    it('allows the DOM but not the console or Node', () => {
        expect(messages('document.getElementById("pin").focus()', 'client')).toEqual([])
        expect(messages('console.log(1)', 'client')[0]).toMatch(/uses console/)
        expect(messages('require("x")', 'client')[0]).toMatch(/uses require/)
    })
})

describe('platform lint: built records', () => {
    const plant = (table: string, fields: Record<string, string>) => {
        const dir = mkdtempSync(join(tmpdir(), 'lint-'))
        mkdirSync(join(dir, 'update'))
        const body = Object.entries(fields)
            .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
            .join('')
        writeFileSync(
            join(dir, 'update', `${table}_1.xml`),
            `<?xml version="1.0"?><record_update table="${table}"><${table} action="INSERT_OR_UPDATE">${body}</${table}></record_update>`
        )
        return dir
    }

    it('catches a planted console call in a Script Include', () => {
        const { findings, scripts } = lintDist(
            plant('sys_script_include', { name: 'Planted', script: 'var Planted = { run: function () { console.log("leak") } };' })
        )
        expect(scripts).toBe(1)
        expect(findings).toHaveLength(1)
        expect(findings[0]).toMatchObject({ table: 'sys_script_include', field: 'script', line: 1 })
        expect(findings[0].message).toMatch(/console/)
    })

    it('catches async code in a Scripted REST operation', () => {
        const { findings } = lintDist(
            plant('sys_ws_operation', { operation_script: '(async function process(request, response) {})(request, response);' })
        )
        expect(findings.map((f) => f.message)).toContain('uses async functions')
    })

    it('judges a UI action script by where it runs', () => {
        const client = lintDist(plant('sys_ui_action', { client: 'true', script: 'function go() { document.title = "x" }' }))
        const server = lintDist(plant('sys_ui_action', { client: 'false', script: 'document.title = "x"' }))
        expect(client.findings).toEqual([])
        expect(server.findings.map((f) => f.message)).toEqual(['uses document, which the server platform does not provide'])
    })

    it("catches a planted console call in a Flow Designer action's Script step (a record beside the action in its file)", () => {
        const dir = mkdtempSync(join(tmpdir(), 'lint-'))
        mkdirSync(join(dir, 'update'))
        const value = (variable: string, script: string) =>
            `<sys_variable_value action="INSERT_OR_UPDATE"><variable>${variable}</variable><value><![CDATA[${script}]]></value></sys_variable_value>`
        writeFileSync(
            join(dir, 'update', 'sys_hub_action_type_definition_1.xml'),
            `<?xml version="1.0"?><record_update><sys_hub_action_type_definition action="INSERT_OR_UPDATE"><name>Planted</name></sys_hub_action_type_definition>${value('74315b04b3201300176b051a16a8dc2b', 'instance')}${value('71aa7f6647032200b4fad7527c9a719b', '(function execute(inputs, outputs) { console.log(inputs) })(inputs, outputs);')}</record_update>`
        )
        const { findings, scripts } = lintDist(dir)
        expect(scripts).toBe(1)
        expect(findings.map((f) => [f.table, f.message])).toEqual([['sys_variable_value', expect.stringMatching(/console/)]])
    })

    it('passes every script the app ships', () => {
        const { findings, scripts } = lintDist(join(__dirname, '../../dist/app'))
        expect(scripts).toBeGreaterThan(0)
        expect(findings).toEqual([])
    })
})
