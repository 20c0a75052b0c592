// Compiles the TypeScript that ships into plain JavaScript that Fluent pulls in with Now.include:
//   src/server/script-includes/<Name>.ts -> build/script-includes/<Name>.js  (one Script Include each)
//   src/client/<name>.ts                 -> build/client/<name>.js           (one global handler function each)
// now-sdk runs it before every build (now.config.json "scripts.prebuild"); `node scripts/compile.mjs` runs it alone.
import { build } from 'esbuild'
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, basename, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const serverEntries = join(root, 'src/server/script-includes')
const clientEntries = join(root, 'src/client')
export const outDir = join(root, 'build')

const entriesOf = (dir) =>
    readdirSync(dir)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
        .map((f) => join(dir, f))

// esbuild's ESM output ends with `export { X as default };` for an entry that default-exports X.
// A Script Include must instead define a global named after the record, so that one export is turned
// into the return value of a wrapper function: `var Name = (function () { ... return X; })();`.
const DEFAULT_EXPORT = /\nexport\s*\{\s*([A-Za-z_$][\w$]*)\s+as\s+default\s*\};\s*$/

function wrapAsScriptInclude(name, code) {
    const match = DEFAULT_EXPORT.exec(code)
    if (!match) throw new Error(`${name}.ts must end by default-exporting the Script Include object (export default ${name})`)
    if (/^\s*(import|export)\b/m.test(code.slice(0, match.index)))
        throw new Error(`${name}.ts: bundled output still has an import or export; Script Includes cannot load modules`)
    // Not re-indented: esbuild prints "\n" inside template literals as real line breaks, and indenting
    // those lines would change the strings.
    const body = code.slice(0, match.index)
    return `var ${name} = (function () {\n${body}\n    return ${match[1]};\n})();\n`
}

/** Bundles one entry into a single script with no module syntax left; `options` says where it runs. */
async function bundle(entry, options) {
    const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        charset: 'utf8',
        legalComments: 'none',
        logLevel: 'warning',
        tsconfigRaw: { compilerOptions: { alwaysStrict: false, strict: false } },
        ...options,
    })
    return result.outputFiles[0].text
}

function writeOutput(folder, name, code) {
    mkdirSync(join(outDir, folder), { recursive: true })
    writeFileSync(join(outDir, folder, `${name}.js`), code)
}

// The platform's engine (ES12 mode) is not ES2021: its page "JavaScript engine feature support" marks some
// ES2019+ syntax Disallowed on Yokohama, the oldest supported release. esbuild keeps syntax its target allows,
// so what it can rewrite without helpers is switched off here: `catch {}` (optional catch binding, Disallowed
// on Yokohama) becomes `catch (e) {}`. Anything else the page refuses is left for the engine gate
// (scripts/engine-lint.mjs, run by `npm run lint`) to reject, rather than down-levelled into helpers
// (WeakMap, Reflect, Promise) that the page disallows too.
const SERVER_ENGINE = { 'optional-catch-binding': false }

async function compileServer() {
    for (const entry of entriesOf(serverEntries)) {
        const name = basename(entry, '.ts')
        const code = await bundle(entry, { platform: 'neutral', target: 'es2021', supported: SERVER_ENGINE })
        writeOutput('script-includes', name, wrapAsScriptInclude(name, code))
    }
}

/**
 * A client script's globals are shared with everything else on the page, so only its handler (the
 * entry's default export, e.g. the UI action's onclick function) may be global: the bundle becomes
 * the body of a function with the handler's name and parameters, which runs it on each call.
 */
function wrapAsClientHandler(name, code) {
    const match = DEFAULT_EXPORT.exec(code)
    if (!match) throw new Error(`${name}.ts must end by default-exporting its handler function (export default handlerName)`)
    const handler = match[1]
    const body = code.slice(0, match.index)
    if (/^\s*(import|export)\b/m.test(body)) throw new Error(`${name}.ts: client scripts cannot import or export at run time`)
    const signature = new RegExp(`^function ${handler}\\(([^)]*)\\)`, 'm').exec(body)
    if (!signature) throw new Error(`${name}.ts: the default export ${handler} must be a top-level function declaration`)
    return `function ${handler}(${signature[1]}) {\n${body}\nreturn ${handler}.apply(this, arguments);\n}\n`
}

async function compileClient() {
    for (const entry of entriesOf(clientEntries)) {
        const name = basename(entry, '.ts')
        const code = await bundle(entry, { platform: 'browser', target: 'es2017' })
        writeOutput('client', name, wrapAsClientHandler(name, code))
    }
}

export default async function compile() {
    await compileServer()
    await compileClient()
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    compile().catch((error) => {
        process.stderr.write(`${error.message}\n`)
        process.exit(1)
    })
}
