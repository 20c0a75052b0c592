// The script world: one fresh node:vm context per Instance holding the Glide globals, with none of
// Node's (no console, require, process, Buffer, timers, fetch) and no globalThis. Script Includes are
// evaluated lazily, once, and resolve both as `<Name>` and as `x_rescue_connect.<Name>`.
import vm from 'node:vm'
import type { Row } from '../engine/loader.ts'
import { createGlideSysAttachmentClass } from './attachment.ts'
import { createGlideDateTimeClass } from './glide-date-time.ts'
import { createGlideRecordClasses } from './glide-record.ts'
import { createGs } from './gs.ts'
import type { MessageCache } from './messages.ts'
import { createRestMessageClass, type HttpRouter } from './outbound.ts'
import type { Runtime } from './runtime.ts'
import { APP_SCOPE } from '../engine/scope.ts'
import { unsupported } from '../engine/unsupported.ts'
import { describeEngineProblem, engineProblems, type Release } from '../../scripts/engine-lint.mjs'

/** Written in the script world itself so that Class, Object.extendsObject and AbstractAjaxProcessor use its own Object. */
const BOOTSTRAP = `
var Class = {
    create: function () {
        return function () { this.initialize.apply(this, arguments); };
    }
};
Object.extendsObject = function (base, extension) {
    var merged = {};
    var key;
    for (key in base.prototype) merged[key] = base.prototype[key];
    for (key in extension) merged[key] = extension[key];
    return merged;
};
var global = {};
global.AbstractAjaxProcessor = Class.create();
global.AbstractAjaxProcessor.prototype = {
    initialize: function (request, responseXML, gc) {
        this.request = request;
        this.responseXML = responseXML;
        this.gc = gc;
    },
    getParameter: function (name) {
        return this.request.getParameter(name);
    },
    getName: function () {
        return this.getParameter('sysparm_name');
    },
    newItem: function () {
        throw new Error('AbstractAjaxProcessor.newItem: unsupported in emulator');
    },
    setAnswer: function () {
        throw new Error('AbstractAjaxProcessor.setAnswer: unsupported in emulator');
    },
    type: 'AbstractAjaxProcessor'
};
delete this.globalThis;
delete this.console;
`

/** Platform globals the app does not use: touching one throws, so a new dependency is noticed. */
const UNSUPPORTED_GLOBALS = [
    'GlideAggregate',
    'GlideEncrypter',
    'GlideStringUtil',
    'GlideSecureRandomUtil',
    'GlideScopedEvaluator',
    'GlideDuration',
    'GlideDate',
    'GlideTime',
    'GlideSchedule',
    'GlideEmailOutbound',
    'GlideFilter',
    'GlideDigest',
    'GlideTextReader',
    'GlideQuery',
    'GlideElementDescriptor',
    'GlideRecordUtil',
    'GlideLocale',
    'GlideSession',
    'GlideSysUser',
    'GlideUser',
    'GlideSPScriptable',
    'GlideHTTPRequest',
    'GlideOAuthClient',
    'GlideCertificateEncryption',
    'XMLDocument2',
    'JSUtil',
    'JSON2',
    'Packages',
    'sn_ws_err',
    'sn_auth',
    'sn_fd',
    'sn_cc',
    'sn_sc',
    'sn_impex',
    'sn_hr_core',
]

function unsupportedGlobal(name: string): unknown {
    const stub = function () {}
    return new Proxy(stub, {
        apply: () => unsupported(name),
        construct: () => unsupported(`new ${name}`),
        get: (_target, prop) => (typeof prop === 'symbol' ? undefined : () => unsupported(`${name}.${prop}`)),
    })
}

/**
 * GlideTableHierarchy - Scoped, only getTables(): the table and the tables it extends, itself first (the documented
 * example lists incident, task). A table the instance does not have answers an empty list (the stricter reading:
 * the page does not say). Other methods throw "unsupported".
 */
function createGlideTableHierarchyClass(runtime: Runtime): unknown {
    return class GlideTableHierarchy {
        #table: string
        constructor(table: string) {
            this.#table = String(table)
        }
        getTables(): string[] {
            return runtime.db.schema.has(this.#table) ? runtime.db.schema.ancestry(this.#table) : []
        }
        static {
            for (const name of [
                'getAllExtensions',
                'getBase',
                'getHierarchy',
                'getName',
                'getRoot',
                'getTableExtensions',
                'hasExtensions',
                'isBaseClass',
                'isSoloClass',
            ]) {
                Object.defineProperty(this.prototype, name, { value: () => unsupported(`GlideTableHierarchy.${name}`) })
            }
        }
    }
}

export interface ScriptWorld {
    readonly context: vm.Context
    /** The context's own JSON, so parsed objects are native to scripts (instanceof Object, Array). */
    readonly json: JSON
    /** Runs script text with extra variables in scope and returns its completion value. */
    run(source: string, variables?: Record<string, unknown>, filename?: string): unknown
    scriptInclude(name: string): unknown
    /** The sys_script_include row for a name or api name, if one ships. */
    scriptIncludeRecord(name: string): Row | undefined
}

// Parsing a script is the costly part (RescueCore: ~0.2 s), and every Instance loads the same built scripts.
const verdicts = new Map<string, string[]>()

/**
 * The platform compiles a script before it runs it, and its engine refuses what its release's "JavaScript engine
 * feature support" page marks Disallowed ("Disallowed features result in an error"); V8 would run it. So every
 * script is checked against the emulated release's column first (not Supported counts as refused: the stricter
 * reading) and throws instead of running.
 */
export function compileCheck(source: string, filename: string, release: Release): void {
    const key = `${release}\n${source}`
    let problems = verdicts.get(key)
    if (!problems) {
        problems = engineProblems(source, [release]).map((problem) => `line ${problem.line}: ${describeEngineProblem(problem)}`)
        verdicts.set(key, problems)
    }
    if (problems.length > 0) throw new Error(`${filename}: the ${release} script engine refuses this script: ${problems.join('; ')}`)
}

export function createScriptWorld(runtime: Runtime, router: HttpRouter, release: Release, messages: MessageCache): ScriptWorld {
    const { GlideRecord, GlideRecordSecure } = createGlideRecordClasses(runtime)
    const sandbox: Record<string, unknown> = {
        gs: createGs(runtime, messages),
        GlideRecord,
        GlideRecordSecure,
        GlideDateTime: createGlideDateTimeClass(() => runtime.now()),
        GlideSysAttachment: createGlideSysAttachmentClass(
            runtime,
            (table) => new (GlideRecord as unknown as new (table: string) => object)(table)
        ),
        sn_ws: { RESTMessageV2: createRestMessageClass(runtime, router) },
        GlideTableHierarchy: createGlideTableHierarchyClass(runtime),
    }
    for (const name of UNSUPPORTED_GLOBALS) sandbox[name] = unsupportedGlobal(name)
    const context = vm.createContext(sandbox, { name: 'glide-emulator', codeGeneration: { strings: true, wasm: false } })
    vm.runInContext(BOOTSTRAP, context, { filename: 'emulator-bootstrap.js' })

    const records = (): Row[] => runtime.db.rows('sys_script_include').filter((row) => row.active !== 'false')
    const scriptIncludeRecord = (name: string) => records().find((row) => row.api_name === name || row.name === name)
    const evaluated = new Map<string, unknown>()

    const scriptInclude = (name: string): unknown => {
        const record = scriptIncludeRecord(name)
        if (!record) throw new Error(`No active Script Include named ${name} ships in dist/app`)
        if (!evaluated.has(record.sys_id)) {
            compileCheck(record.script ?? '', `sys_script_include/${record.name}.js`, release)
            const source = `(function () {\n${record.script ?? ''}\n;return typeof ${record.name} === 'undefined' ? undefined : ${record.name};\n})()`
            evaluated.set(
                record.sys_id,
                vm.runInContext(source, context, { filename: `sys_script_include/${record.name}.js`, lineOffset: -1 })
            )
        }
        return evaluated.get(record.sys_id)
    }

    // Each Script Include of the scope resolves by its bare name and through the scope namespace, lazily.
    const namespace: Record<string, unknown> = {}
    for (const record of records()) {
        const [scope, shortName] = record.api_name?.includes('.') ? record.api_name.split('.') : [APP_SCOPE, record.name]
        if (!shortName) continue
        const getter = { get: () => scriptInclude(record.name ?? shortName), enumerable: true, configurable: true }
        if (scope === APP_SCOPE) Object.defineProperty(namespace, shortName, getter)
        if (!(record.name! in sandbox)) Object.defineProperty(context, record.name!, getter)
    }
    context[APP_SCOPE] = namespace

    const run = (source: string, variables: Record<string, unknown> = {}, filename = 'script.js'): unknown => {
        compileCheck(source, filename, release)
        const previous = new Map<string, PropertyDescriptor | undefined>()
        for (const [name, value] of Object.entries(variables)) {
            previous.set(name, Object.getOwnPropertyDescriptor(context, name))
            context[name] = value
        }
        try {
            return vm.runInContext(source, context, { filename })
        } finally {
            for (const [name, descriptor] of previous) {
                if (descriptor) Object.defineProperty(context, name, descriptor)
                else delete context[name]
            }
        }
    }

    return { context, json: vm.runInContext('JSON', context) as JSON, run, scriptInclude, scriptIncludeRecord }
}
