// Import-graph gate (`npm run lint`): no import cycle between files, no cycle between folders, and no
// client bundle that reaches into src/server (code both sides use lives in src/shared). Type-only imports
// count too: a cycle of types is still a cycle a reader has to untangle.
import ts from 'typescript'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The folders whose import graph is checked. */
export const CHECKED = ['src', 'emulator', 'sandbox', 'scripts', 'test', 'bench']
const SOURCE = /\.(ts|mts|mjs|js)$/

function sourceFiles(dir) {
    if (!existsSync(dir)) return []
    return readdirSync(dir).flatMap((entry) => {
        const path = join(dir, entry)
        if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(path)
        return SOURCE.test(entry) ? [path] : []
    })
}

/** Every module specifier the file names: import/export … from, import x = require(), import() and require() of a literal. */
export function specifiersOf(fileName, text) {
    const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false)
    const found = []
    const visit = (node) => {
        if (
            (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
            node.moduleSpecifier &&
            ts.isStringLiteral(node.moduleSpecifier)
        )
            found.push(node.moduleSpecifier.text)
        else if (
            ts.isImportEqualsDeclaration(node) &&
            ts.isExternalModuleReference(node.moduleReference) &&
            ts.isStringLiteral(node.moduleReference.expression)
        )
            found.push(node.moduleReference.expression.text)
        else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0])) {
            const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword
            const required = ts.isIdentifier(node.expression) && node.expression.text === 'require'
            if (dynamic || required) found.push(node.arguments[0].text)
        } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
            found.push(node.argument.literal.text)
        ts.forEachChild(node, visit)
    }
    visit(source)
    return found
}

/** The file a relative specifier names (`./x.ts`, `./x.mjs` with its `.d.mts`, `./x` without extension), or null. */
function resolveRelative(fromFile, specifier) {
    if (!specifier.startsWith('.')) return null
    const base = resolve(dirname(fromFile), specifier)
    const candidates = [base, `${base}.ts`, join(base, 'index.ts')]
    return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null
}

/** Strongly connected components of more than one node (or a node importing itself): each one is a cycle. */
function cyclesOf(graph) {
    let index = 0
    const indices = new Map()
    const lowlinks = new Map()
    const stack = []
    const onStack = new Set()
    const cycles = []
    const connect = (node) => {
        indices.set(node, index)
        lowlinks.set(node, index)
        index++
        stack.push(node)
        onStack.add(node)
        for (const next of graph.get(node) ?? []) {
            if (!indices.has(next)) {
                connect(next)
                lowlinks.set(node, Math.min(lowlinks.get(node), lowlinks.get(next)))
            } else if (onStack.has(next)) lowlinks.set(node, Math.min(lowlinks.get(node), indices.get(next)))
        }
        if (lowlinks.get(node) !== indices.get(node)) return
        const component = []
        let member
        do {
            member = stack.pop()
            onStack.delete(member)
            component.push(member)
        } while (member !== node)
        if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort())
    }
    for (const node of [...graph.keys()].sort()) if (!indices.has(node)) connect(node)
    return cycles
}

/** One path around a cycle, for the message: a → b → … → a. */
function pathAround(graph, members) {
    const inCycle = new Set(members)
    const start = members[0]
    const previous = new Map([[start, null]])
    const queue = [start]
    while (queue.length) {
        const node = queue.shift()
        for (const next of graph.get(node) ?? []) {
            if (!inCycle.has(next)) continue
            if (next === start) {
                const path = [start]
                for (let at = node; at !== start; at = previous.get(at)) path.splice(1, 0, at)
                return [...path, start]
            }
            if (!previous.has(next)) {
                previous.set(next, node)
                queue.push(next)
            }
        }
    }
    return members
}

const posix = (path) => path.split(sep).join('/')

/**
 * Lints the import graph of the files under `folders` (relative to `base`). Files importing files in other
 * folders make a folder graph; a cycle there (src/i18n → src/server/core → src/i18n) is reported as well.
 */
export function lintImports(base = root, folders = CHECKED) {
    const files = folders.flatMap((folder) => sourceFiles(join(base, folder)))
    const fileGraph = new Map()
    const folderGraph = new Map()
    const problems = []
    for (const file of files) {
        const from = posix(relative(base, file))
        const targets = new Set()
        for (const specifier of specifiersOf(file, readFileSync(file, 'utf8'))) {
            const target = resolveRelative(file, specifier)
            if (!target) continue
            const to = posix(relative(base, target))
            targets.add(to)
            if (from.startsWith('src/client/') && to.startsWith('src/server/'))
                problems.push(`${from} imports ${to}: client code may not import src/server (shared code lives in src/shared)`)
            const fromFolder = posix(dirname(from))
            const toFolder = posix(dirname(to))
            if (fromFolder !== toFolder) {
                if (!folderGraph.has(fromFolder)) folderGraph.set(fromFolder, new Set())
                folderGraph.get(fromFolder).add(toFolder)
            }
        }
        fileGraph.set(from, targets)
    }
    for (const cycle of cyclesOf(fileGraph)) problems.push(`import cycle: ${pathAround(fileGraph, cycle).join(' → ')}`)
    for (const cycle of cyclesOf(folderGraph)) problems.push(`folder cycle: ${pathAround(folderGraph, cycle).join('/ → ')}/`)
    return { problems, files: files.length }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const { problems, files } = lintImports()
    for (const problem of problems) console.error(problem)
    if (problems.length) {
        console.error(`import lint: ${problems.length} problem(s) in ${files} files`)
        process.exit(1)
    }
    console.log(`import lint: ${files} files, no cycle, no client → server import`)
}
