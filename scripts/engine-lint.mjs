// Engine gate: the platform runs server scripts on its own engine (Rhino, in ECMAScript 2021 (ES12) mode),
// which supports a documented subset of ECMAScript. The page "JavaScript engine feature support" of each
// release marks every feature Supported, Not Supported or Disallowed ("Disallowed features result in an
// error"); scripts/platform-docs/engine-features.json holds those rows. This module parses a script with a
// real parser (acorn, scopes by eslint-scope) and reports every construct and built-in it uses whose row is
// not Supported on every release asked about. Comments and strings are never code: only the syntax tree is
// read. platform-lint.mjs runs it over every shipped server script; the emulator runs it when it loads one.
import * as acorn from 'acorn'
import * as walk from 'acorn-walk'
import { analyze } from 'eslint-scope'
// Imported, not read from disk, so that bundles of the emulator (npm start) carry the table with them.
import TABLE from './platform-docs/engine-features.json' with { type: 'json' }

/** The supported releases, oldest first. */
export const RELEASES = Object.keys(TABLE.pages)
export const ENGINE_PAGES = TABLE.pages

/** The table's row for a feature of a group; a row the page no longer has is an error, not a pass. */
function row(group, feature) {
    const found = TABLE.features.find((candidate) => candidate.group === group && candidate.feature === feature)
    if (!found) throw new Error(`engine-features.json has no row "${feature}" in group "${group}"`)
    return found
}

// What the parser can see, each with the rows it needs. Semantics the syntax does not show (temporal dead
// zones, property order, Object.keys of a primitive, JSON.stringify of lone surrogates, Function#toString
// text, function "name" values) cannot be checked here: the app's code does not depend on them.
const BUILTIN_GLOBALS = {
    Promise: [['Promise', 'basic functionality']],
    WeakMap: [['WeakMap', 'basic functionality']],
    WeakSet: [['WeakSet', 'basic functionality']],
    Proxy: [['Proxy', 'constructor requires new']],
    Reflect: [['Reflect', 'Reflect.get']],
    globalThis: [['globalThis', '"globalThis" global property is global object']],
    BigInt: [['BigInt', 'basic functionality']],
    BigInt64Array: [['BigInt', 'BigInt64Array']],
    BigUint64Array: [['BigInt', 'BigUint64Array']],
    WeakRef: [['WeakReferences', 'WeakRef minimal support']],
    FinalizationRegistry: [['WeakReferences', 'FinalizationRegistry minimal support']],
    AggregateError: [['Promise.any', 'AggregateError']],
    SharedArrayBuffer: [['shared memory and atomics', 'SharedArrayBuffer']],
    Atomics: [['shared memory and atomics', 'Atomics.add']],
    ArrayBuffer: [['typed arrays', 'Int8Array']],
    DataView: [['typed arrays', 'DataView (Int8)']],
    ...Object.fromEntries(
        [
            'Int8Array',
            'Uint8Array',
            'Uint8ClampedArray',
            'Int16Array',
            'Uint16Array',
            'Int32Array',
            'Uint32Array',
            'Float32Array',
            'Float64Array',
        ].map((name) => [name, [['typed arrays', name]]])
    ),
}
const STATIC_MEMBERS = {
    'Promise.any': [['Promise.any', 'fulfillment']],
    'Promise.allSettled': [['Promise.allSettled', 'Promise.allSettled']],
    'Number.parseFloat': [['Number properties', 'Number.parseFloat']],
    'Number.parseInt': [['Number properties', 'Number.parseInt']],
    'Object.setPrototypeOf': [['Object static methods', 'Object.setPrototypeOf']],
    ...Object.fromEntries(
        ['hasInstance', 'isConcatSpreadable', 'replace', 'search', 'split', 'match', 'toPrimitive', 'toStringTag', 'unscopables'].map(
            (name) => [`Symbol.${name}`, [['well-known symbols', `Symbol.${name}`]]]
        )
    ),
    'Symbol.iterator': [['well-known symbols', 'Symbol.iterator, existence']],
    'Symbol.species': [['well-known symbols', 'Symbol.species, existence']],
}
// Methods found by name on any receiver (the parser cannot know the receiver's type: the stricter reading).
const METHODS = {
    at: [['.at() method on the built-in indexables', 'Array.prototype.at()']],
    finally: [['Promise.prototype.finally', 'basic support']],
    toJSON: [['Date methods', 'Date.prototype.toJSON']],
    compile: [['RegExp.prototype.compile (annex B)', 'basic functionality']],
    __defineGetter__: [['Object.prototype getter/setter methods', '__defineGetter__']],
    __defineSetter__: [['Object.prototype getter/setter methods', '__defineSetter__']],
    __lookupGetter__: [['Object.prototype getter/setter methods', '__lookupGetter__']],
    __lookupSetter__: [['Object.prototype getter/setter methods', '__lookupSetter__']],
    ...Object.fromEntries(
        ['anchor', 'big', 'blink', 'bold', 'fixed', 'fontcolor', 'fontsize', 'italics', 'link', 'small', 'strike', 'sub', 'sup'].map(
            (name) => [name, [['String.prototype HTML methods (annex B)', 'existence']]]
        )
    ),
}
const SUBCLASSABLE = {
    Array: ['Array is subclassable', 'length property (accessing)'],
    RegExp: ['RegExp is subclassable', 'basic functionality'],
    Function: ['Function is subclassable', 'can be called'],
    Promise: ['Promise is subclassable', 'basic functionality'],
    Boolean: ['miscellaneous subclassables', 'Boolean is subclassable'],
    Number: ['miscellaneous subclassables', 'Number is subclassable'],
    String: ['miscellaneous subclassables', 'String is subclassable'],
    Error: ['miscellaneous subclassables', 'Error is subclassable'],
    Map: ['miscellaneous subclassables', 'Map is subclassable'],
    Set: ['miscellaneous subclassables', 'Set is subclassable'],
}

const isFunction = (node) =>
    node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'

/** Whether a regular expression pattern has `(?<=` / `(?<!` outside a character class and escapes. */
function hasLookbehind(pattern) {
    let inClass = false
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i]
        if (c === '\\') {
            i++
            continue
        }
        if (inClass) {
            if (c === ']') inClass = false
            continue
        }
        if (c === '[') inClass = true
        else if (c === '(' && pattern.startsWith('?<=', i + 1)) return true
        else if (c === '(' && pattern.startsWith('?<!', i + 1)) return true
    }
    return false
}

/** Whether the pattern is valid only with Annex B's extensions: what the `u` flag's strict grammar rejects. */
function usesAnnexBRegExpSyntax(pattern, flags) {
    if (flags.includes('u') || flags.includes('v')) return false
    try {
        acorn.parse(`/${pattern}/u${flags}`, { ecmaVersion: 2022 })
        return false
    } catch {
        return true
    }
}

/**
 * The constructs of `source` that are not Supported on every one of `releases`, each
 * `{ line, feature, group, row, statuses }` (statuses: the releases where it is not Supported, with the status).
 * A script the parser refuses gets one problem naming the parser's message.
 */
export function engineProblems(source, releases = RELEASES) {
    let ast
    try {
        ast = acorn.parse(source, {
            ecmaVersion: 2022,
            sourceType: 'script',
            locations: true,
            ranges: true,
            allowReturnOutsideFunction: true,
        })
    } catch (error) {
        return [
            {
                line: error.loc?.line ?? 1,
                group: 'syntax',
                feature: `syntax newer than ECMAScript 2022 or invalid (${error.message})`,
                statuses: Object.fromEntries(releases.map((release) => [release, 'Not Supported'])),
            },
        ]
    }
    const problems = []
    const seen = new Set()
    const report = (node, refs, what) => {
        for (const [group, feature] of refs) {
            const found = row(group, feature)
            const statuses = Object.fromEntries(
                releases.filter((release) => found.status[release] !== 'Supported').map((release) => [release, found.status[release]])
            )
            if (Object.keys(statuses).length === 0) continue
            const key = `${node.loc.start.line}|${group}|${feature}|${what}`
            if (seen.has(key)) continue
            seen.add(key)
            problems.push({ line: node.loc.start.line, group, feature, what, statuses })
        }
    }

    // Globals: references the script's own scopes do not resolve.
    const scopes = analyze(ast, { ecmaVersion: 2022, sourceType: 'script' })
    const globalReferences = new Set()
    for (const reference of scopes.globalScope.through) globalReferences.add(reference.identifier)
    for (const identifier of globalReferences) {
        if (Object.hasOwn(BUILTIN_GLOBALS, identifier.name)) report(identifier, BUILTIN_GLOBALS[identifier.name], identifier.name)
    }

    walk.fullAncestor(ast, (node, _state, ancestors) => {
        const parent = ancestors[ancestors.length - 2]
        switch (node.type) {
            case 'CatchClause':
                if (!node.param) report(node, [['optional catch binding', 'basic']], 'catch without a binding')
                break
            case 'FunctionDeclaration':
            case 'FunctionExpression':
            case 'ArrowFunctionExpression':
                if (node.async && node.generator) report(node, [['Asynchronous Iterators', 'async generators']], 'async generator')
                else if (node.async)
                    report(
                        node,
                        [
                            ['async functions', node.type === 'ArrowFunctionExpression' ? 'async arrow functions' : 'return'],
                            ['async functions', 'no "prototype" property'],
                        ],
                        'async function'
                    )
                else if (node.generator) report(node, [['generators', 'basic functionality']], 'generator function')
                if (node.type === 'FunctionDeclaration' && parent) {
                    if (parent.type === 'BlockStatement' && !isFunction(ancestors[ancestors.length - 3] ?? {}))
                        report(
                            node,
                            [['non-strict function semantics (annex B)', 'hoisted block-level function declaration']],
                            'function declared in a block'
                        )
                    if (parent.type === 'SwitchCase')
                        report(
                            node,
                            [['non-strict function semantics (annex B)', 'hoisted block-level function declaration']],
                            'function declared in a switch case'
                        )
                    if (parent.type === 'LabeledStatement')
                        report(node, [['non-strict function semantics (annex B)', 'labeled function statements']], 'labeled function')
                    if (parent.type === 'IfStatement')
                        report(
                            node,
                            [['non-strict function semantics (annex B)', 'function statements in if-statement clauses']],
                            'function as an if clause'
                        )
                }
                break
            case 'ForOfStatement':
                if (node.await) report(node, [['Asynchronous Iterators', 'for-await-of loops']], 'for await')
                break
            case 'AwaitExpression':
                report(node, [['async functions', 'await']], 'await')
                break
            case 'YieldExpression':
                report(node, [['generators', 'basic functionality']], 'yield')
                break
            case 'MethodDefinition':
            case 'PropertyDefinition':
                if (node.key.type === 'PrivateIdentifier' && !node.static) {
                    if (node.type === 'PropertyDefinition')
                        report(
                            node,
                            [['instance class fields', 'private instance class fields basic support']],
                            `private field #${node.key.name}`
                        )
                    else if (node.kind === 'get' || node.kind === 'set')
                        report(node, [['private class methods', 'private accessor properties']], `private accessor #${node.key.name}`)
                    else report(node, [['private class methods', 'private instance methods']], `private method #${node.key.name}`)
                }
                if (node.type === 'MethodDefinition' && node.value.generator)
                    report(node, [['generators', 'shorthand generator methods, classes']], 'generator method')
                break
            case 'Property':
                if (node.method && node.value.generator) report(node, [['generators', 'shorthand generator methods']], 'generator method')
                if (
                    parent?.type === 'ObjectExpression' &&
                    !node.computed &&
                    !node.shorthand &&
                    !node.method &&
                    node.kind === 'init' &&
                    ((node.key.type === 'Identifier' && node.key.name === '__proto__') ||
                        (node.key.type === 'Literal' && node.key.value === '__proto__'))
                )
                    report(node, [['__proto__ in object literals (annex B)', 'basic support']], '__proto__ in an object literal')
                break
            case 'BinaryExpression':
                if (node.operator === 'in' && node.left.type === 'PrivateIdentifier')
                    report(
                        node,
                        [['Ergonomic brand checks for private fields', 'Ergonomic brand checks for private fields']],
                        `#${node.left.name} in`
                    )
                break
            case 'MetaProperty':
                if (node.meta.name === 'new') report(node, [['new.target', 'in constructors']], 'new.target')
                break
            case 'TaggedTemplateExpression':
                if (node.quasi.quasis.some((quasi) => quasi.value.cooked == null))
                    report(node, [['template literal revision', 'template literal revision']], 'tagged template with an invalid escape')
                break
            case 'TemplateElement':
                if (node.value.raw.includes('\r'))
                    report(node, [['template literals', 'line break normalization']], 'carriage return inside a template literal')
                break
            case 'Literal':
                if (node.regex) {
                    const { pattern, flags } = node.regex
                    if (flags.includes('u')) report(node, [['RegExp "y" and "u" flags', '"u" flag']], `/${pattern}/${flags}`)
                    if (flags.includes('d'))
                        report(node, [['RegExp Match Indices (/d flag)', 'constructor supports it']], `/${pattern}/${flags}`)
                    if (hasLookbehind(pattern))
                        report(node, [['RegExp Lookbehind Assertions', 'RegExp Lookbehind Assertions']], `/${pattern}/${flags}`)
                    if (/\\[pP]\{/.test(pattern) && flags.includes('u'))
                        report(node, [['RegExp Unicode Property Escapes', 'RegExp Unicode Property Escapes']], `/${pattern}/${flags}`)
                    if (usesAnnexBRegExpSyntax(pattern, flags))
                        report(
                            node,
                            [['RegExp syntax extensions (annex B)', 'invalid character escapes']],
                            `/${pattern}/${flags} (valid only with Annex B's syntax)`
                        )
                } else if (typeof node.bigint === 'string') {
                    report(node, [['BigInt', 'basic functionality']], `${node.bigint}n`)
                } else if (typeof node.value === 'string' && /[\u2028\u2029]/.test(node.raw)) {
                    report(
                        node,
                        [['JSON superset', 'Line separator can appear in string literals']],
                        'raw U+2028/U+2029 in a string literal'
                    )
                }
                break
            case 'Identifier':
                if (/[^\x00-\x7f]|\\u/.test(source.slice(node.start, node.end)))
                    report(
                        node,
                        [
                            ['Updated identifier syntax', 'no escaped reserved words as identifiers'],
                            ['Unicode code point escapes', 'in identifiers'],
                        ],
                        `identifier ${node.name}`
                    )
                break
            case 'ExpressionStatement':
                if (node.directive === 'use strict')
                    report(
                        node,
                        [
                            ['Strict mode', '"this" is undefined in functions'],
                            ['Strict mode', 'reserved words'],
                        ],
                        '"use strict"'
                    )
                break
            case 'ClassDeclaration':
            case 'ClassExpression':
                if (
                    node.superClass?.type === 'Identifier' &&
                    globalReferences.has(node.superClass) &&
                    Object.hasOwn(SUBCLASSABLE, node.superClass.name)
                )
                    report(node, [SUBCLASSABLE[node.superClass.name]], `class extends ${node.superClass.name}`)
                break
            case 'CallExpression':
            case 'NewExpression':
                if (node.callee.type === 'Identifier' && node.callee.name === 'Function' && globalReferences.has(node.callee))
                    report(
                        node,
                        [['Function.prototype.toString revision', 'functions created with the Function constructor']],
                        'Function constructor'
                    )
                break
            case 'MemberExpression': {
                const name = node.computed ? (node.property.type === 'Literal' ? String(node.property.value) : null) : node.property.name
                if (name == null) break
                if (node.object.type === 'Identifier' && globalReferences.has(node.object)) {
                    const member = `${node.object.name}.${name}`
                    if (Object.hasOwn(STATIC_MEMBERS, member)) report(node, STATIC_MEMBERS[member], member)
                }
                if (name === '__proto__') report(node, [['Object.prototype.__proto__ (annex B)', 'get prototype']], '.__proto__')
                if (Object.hasOwn(METHODS, name) && parent?.type === 'CallExpression' && parent.callee === node)
                    report(node, METHODS[name], `.${name}()`)
                break
            }
        }
    })
    return problems.sort((a, b) => a.line - b.line)
}

/** One line for a problem: what, the page's row, and where it is not Supported. */
export function describeEngineProblem(problem) {
    const where = Object.entries(problem.statuses)
        .map(([release, status]) => `${status} on ${release}`)
        .join(', ')
    const what = problem.what ? `${problem.what}: ` : ''
    return `${what}"${problem.group}" / "${problem.feature}" is ${where} (JavaScript engine feature support, ES12 mode)`
}
