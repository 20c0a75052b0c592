// Platform-compatibility gate: parses every script that ships in dist/app and rejects what the
// ServiceNow script engine does not offer a scoped app. `npm run lint` runs it after the build.
import ts from 'typescript'
import { XMLParser } from 'fast-xml-parser'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { engineProblems, describeEngineProblem } from './engine-lint.mjs'
import SCOPED_API from './platform-docs/scoped-api.json' with { type: 'json' }

// Globals of Node or the browser that server scripts do not have (or must not rely on).
const SERVER_FORBIDDEN_GLOBALS = new Set([
    'console',
    'globalThis',
    'window',
    'document',
    'navigator',
    'self',
    'localStorage',
    'sessionStorage',
    'process',
    'require',
    'module',
    'exports',
    'Buffer',
    '__dirname',
    '__filename',
    'setTimeout',
    'setInterval',
    'setImmediate',
    'clearTimeout',
    'clearInterval',
    'queueMicrotask',
    'fetch',
    'XMLHttpRequest',
    'WebSocket',
    'Promise',
    'structuredClone',
    'TextEncoder',
    'TextDecoder',
    'URL',
    'URLSearchParams',
    'crypto',
    'atob',
    'btoa',
    'importScripts',
    'eval',
])
// Browser code may use the DOM, but not Node, the console or eval.
const CLIENT_FORBIDDEN_GLOBALS = new Set([
    'console',
    'globalThis',
    'process',
    'require',
    'module',
    'exports',
    'Buffer',
    '__dirname',
    '__filename',
    'eval',
])
// Global-scope-only Glide APIs, unavailable to scoped applications.
const GLOBAL_ONLY_MEMBERS = new Map([['gs', new Set(['log', 'print', 'sql', 'sleep', 'include', 'logError', 'logWarning'])]])
const GLOBAL_ONLY_IDENTIFIERS = new Set([
    'Packages',
    'GlideHTTPRequest',
    'GlideEncrypter',
    'GlideStringUtil',
    'JSUtil',
    'SNC',
    'j2js',
    'GlideSecureRandomUtil',
])

/**
 * The members a scoped API page documents on every supported release (scripts/platform-docs/scoped-api.json,
 * from the releases' API reference pages; a page the docs repository has empty for a release is left out).
 */
export function documentedScopedMembers(api) {
    const pages = Object.values(SCOPED_API.apis[api] ?? {}).filter((page) => !page.empty)
    if (pages.length === 0) throw new Error(`scoped-api.json has no page for ${api}`)
    return pages.map((page) => new Set(page.members)).reduce((all, next) => new Set([...all].filter((member) => next.has(member))))
}
const SCOPED_GS = documentedScopedMembers('gs')

// Which fields of which shipped records hold scripts, and where they run.
const SCRIPT_FIELDS = {
    sys_script_include: [['script', 'server']],
    sys_ws_operation: [['operation_script', 'server']],
    sysauto_script: [['script', 'server']],
    sys_script: [['script', 'server']],
    sysevent_script_action: [['script', 'server']],
    sys_security_acl: [['script', 'server']],
    sys_ui_page: [
        ['processing_script', 'server'],
        ['client_script', 'client'],
    ],
    sys_ui_action: [
        ['condition', 'server'],
        ['script', 'ui-action'],
        ['client_script_v2', 'client'],
    ],
    sys_script_client: [['script', 'client']],
    sys_script_email: [['script', 'server']],
}
// An ATF step keeps its inputs in sys_variable_value rows: the script of a Run Server Side Script step is one.
const ATF_SERVER_SCRIPT_STEP = '41de4a935332120028bc29cac2dc349a'
const ATF_SERVER_SCRIPT_VARIABLE = '989d9e235324220002c6435723dc3484'
// ATF replaces {{step['<sys_id>'].<output>}} with the earlier step's output (a sys_id) before it runs the script.
const ATF_STEP_OUTPUT = /\{\{step\['[0-9a-f]{32}'\]\.\w+\}\}/g
const AN_OUTPUT_SYS_ID = '0'.repeat(32)

/** The name a record is known by in a message: its name, api name, display name or sys_id. */
const recordName = (record) => String(record.name || record.api_name || record.display_name || record.sys_id || '?')

/** Every script of one record file: `{ table, field, kind, record, source }`. */
function scriptsOf(update) {
    const found = []
    for (const [table, fields] of Object.entries(SCRIPT_FIELDS)) {
        const record = update[table]
        if (!record || typeof record !== 'object') continue
        for (const [field, where] of fields) {
            const source = record[field]
            if (typeof source !== 'string' || source.trim() === '') continue
            const kind = where === 'ui-action' ? (String(record.client) === 'true' ? 'client' : 'server') : where
            found.push({ table, field, kind, record: recordName(record), source })
        }
    }
    const step = update.sys_atf_step
    if (step && typeof step === 'object' && String(step.step_config) === ATF_SERVER_SCRIPT_STEP) {
        const values = [update.sys_variable_value].flat().filter((value) => value && typeof value === 'object')
        for (const value of values) {
            if (String(value.variable) === ATF_SERVER_SCRIPT_VARIABLE && typeof value.value === 'string' && value.value.trim() !== '')
                found.push({
                    table: 'sys_atf_step',
                    field: 'script',
                    kind: 'server',
                    record: `${recordName(step)} ${step.sys_id}`,
                    source: value.value.replace(ATF_STEP_OUTPUT, AN_OUTPUT_SYS_ID),
                })
        }
    }
    return found
}

// A Flow Designer action's Script step keeps its script in a sys_variable_value record of the action's own file
// (the OOB Script step's Script variable, as now-sdk writes it for actionStep.script).
const FLOW_SCRIPT_VARIABLE = '71aa7f6647032200b4fad7527c9a719b'

/**
 * Whether an identifier names a global: resolved by the TypeScript checker in the identifier's own
 * scope (no lib, so only the script's own declarations resolve). A parameter named `process` in one
 * function does not hide a use of the global `process` in another.
 */
function globalResolver(sourceFile) {
    const options = { noLib: true, noResolve: true, allowJs: true, types: [], target: ts.ScriptTarget.ES2022 }
    const host = ts.createCompilerHost(options)
    host.getSourceFile = (name) => (name === sourceFile.fileName ? sourceFile : undefined)
    host.fileExists = (name) => name === sourceFile.fileName
    host.readFile = () => undefined
    const checker = ts.createProgram([sourceFile.fileName], options, host).getTypeChecker()
    // The checker always knows `globalThis` and `require`, and in JavaScript binds `document.title = x` as an
    // "expando" declaration of `document`: only a real declaration (var, function, parameter…) makes a name local.
    const isExpando = (declaration) =>
        ts.isIdentifier(declaration) ||
        ts.isBinaryExpression(declaration) ||
        ts.isPropertyAccessExpression(declaration) ||
        ts.isElementAccessExpression(declaration)
    return (identifier) => {
        const shorthand = ts.isShorthandPropertyAssignment(identifier.parent) && identifier.parent.name === identifier
        const symbol = shorthand ? checker.getShorthandAssignmentValueSymbol(identifier.parent) : checker.getSymbolAtLocation(identifier)
        return !(symbol?.declarations ?? []).some((declaration) => !isExpando(declaration))
    }
}

function isReference(node) {
    const parent = node.parent
    if (!parent) return true
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
    if (
        (ts.isPropertyAssignment(parent) ||
            ts.isMethodDeclaration(parent) ||
            ts.isPropertyDeclaration(parent) ||
            ts.isGetAccessor(parent) ||
            ts.isSetAccessor(parent)) &&
        parent.name === node
    )
        return false
    if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false
    return true
}

/** Problems in one script, each `{ line, message }`; `kind` is 'server' or 'client'. */
export function lintScript(source, kind) {
    const sourceFile = ts.createSourceFile('script.js', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS)
    const problems = []
    const report = (node, message) =>
        problems.push({ line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1, message })
    for (const diagnostic of sourceFile.parseDiagnostics ?? []) {
        problems.push({
            line: sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1,
            message: `syntax error: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
        })
    }
    const forbidden = kind === 'server' ? SERVER_FORBIDDEN_GLOBALS : CLIENT_FORBIDDEN_GLOBALS
    const isGlobal = globalResolver(sourceFile)
    const visit = (node) => {
        if (
            ts.isIdentifier(node) &&
            isReference(node) &&
            (forbidden.has(node.text) || GLOBAL_ONLY_IDENTIFIERS.has(node.text)) &&
            isGlobal(node)
        ) {
            if (forbidden.has(node.text)) report(node, `uses ${node.text}, which the ${kind} platform does not provide`)
            if (kind === 'server' && GLOBAL_ONLY_IDENTIFIERS.has(node.text))
                report(node, `uses ${node.text}, a global-scope-only API not available to scoped apps`)
        }
        if (kind === 'server' && ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
            const members = GLOBAL_ONLY_MEMBERS.get(node.expression.text)
            if (members?.has(node.name.text) && isGlobal(node.expression)) {
                report(node, `uses ${node.expression.text}.${node.name.text}, which scoped apps cannot call`)
            } else if (node.expression.text === 'gs' && !SCOPED_GS.has(node.name.text) && isGlobal(node.expression)) {
                report(
                    node,
                    `uses gs.${node.name.text}, which the scoped GlideSystem API reference (GlideSystem - Scoped) does not document`
                )
            }
        }
        if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) report(node, 'uses dynamic import()')
        if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExportAssignment(node))
            report(node, 'uses module import/export syntax')
        if (kind === 'server') {
            if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword))
                report(node, 'uses async functions')
            if (ts.isAwaitExpression(node)) report(node, 'uses await')
            if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) && node.asteriskToken)
                report(node, 'uses generator functions')
        }
        ts.forEachChild(node, visit)
    }
    visit(sourceFile)
    return problems
}

function xmlFiles(dir) {
    return readdirSync(dir, { recursive: true })
        .filter((name) => name.endsWith('.xml'))
        .map((name) => join(dir, name))
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, cdataPropName: false })

/**
 * Lints every script of every record under distDir; returns `{ file, table, field, record, line, message }[]` and how
 * many scripts were read. Server scripts also pass the engine gate for every supported release (engine-lint.mjs).
 */
export function lintDist(distDir) {
    const findings = []
    let scripts = 0
    for (const file of xmlFiles(distDir)) {
        const document = parser.parse(readFileSync(file, 'utf8'))
        const update = document.record_update
        if (!update || typeof update !== 'object') continue
        for (const { table, field, kind, record, source } of scriptsOf(update)) {
            scripts++
            for (const problem of lintScript(source, kind)) findings.push({ file, table, field, record, ...problem })
            if (kind !== 'server') continue
            for (const problem of engineProblems(source))
                findings.push({ file, table, field, record, line: problem.line, message: describeEngineProblem(problem) })
        }
        const values = update.sys_variable_value === undefined ? [] : [update.sys_variable_value].flat()
        for (const value of values) {
            if (String(value?.variable ?? '') !== FLOW_SCRIPT_VARIABLE || typeof value.value !== 'string' || value.value.trim() === '')
                continue
            scripts++
            for (const problem of lintScript(value.value, 'server'))
                findings.push({ file, table: 'sys_variable_value', field: 'value', ...problem })
        }
    }
    return { findings, scripts }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..')
    const distDir = process.argv[2] ?? join(root, 'dist/app')
    const { findings, scripts } = lintDist(distDir)
    if (scripts === 0) {
        process.stderr.write(`platform-lint: no scripts found under ${relative(root, distDir)}; run npm run build first\n`)
        process.exit(1)
    }
    for (const f of findings)
        process.stderr.write(`${relative(root, f.file)} ${f.table} "${f.record}" ${f.field}:${f.line}: ${f.message}\n`)
    if (findings.length > 0) process.exit(1)
    process.stdout.write(`platform-lint: ${scripts} shipped scripts pass\n`)
}
