// The i18n gate: a sentence a person reads must come from the message table through the one message
// function, never from a literal in code. It reads the TypeScript that ships (src/server, src/client, src/shared)
// and reports
//   - a string or template literal holding words (two or more, outside markup and ${…}) that is not
//     a system-log line (log/logger/gs .info/.warn/.error/.debug), an Error's text, or marked with a
//     `// i18n-exempt: <why>` comment on the line above it or above its statement, or in a file marked
//     `// i18n-exempt-file: <why>` (the REST endpoint's answers to Rescue, which stay English for the
//     machine reading them);
//   - gs.getMessage / gs.getMessageLang called anywhere but src/server/platform/messages.ts, and the
//     browser's getMessage anywhere but src/client/shared/messages.ts: one message function each side.
// `npm run lint` runs it; test/lint/i18n-lint.test.ts shows it catching planted examples.
import ts from 'typescript'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SCANNED = ['src/server', 'src/client', 'src/shared']
const SERVER_MESSAGE_FUNCTION = 'src/server/platform/messages.ts'
const CLIENT_MESSAGE_FUNCTION = 'src/client/shared/messages.ts'

const WORDS = /[A-Za-z\u00c0-\u024f]{2,}\s+[A-Za-z\u00c0-\u024f]{2,}/
const LOG_METHODS = new Set(['info', 'warn', 'error', 'debug'])
const LOGGERS = /^(log|logger|gs)$|createLogger\(/
const EXEMPT = /\/\/\s*i18n-exempt:\s*\S/
/** A file whose every text is for a machine (the REST endpoint's answers to Rescue), said once at its top. */
const EXEMPT_FILE = /^\/\/\s*i18n-exempt-file:\s*\S/m

/** The literal's own text: template parts only (not ${…}), markup tags and attribute values removed. */
function visibleText(node) {
    const text = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
        : node.text
    return text.replace(/<[^>]*>/g, ' ')
}

function isLoggerCall(call, sourceFile) {
    const callee = call.expression
    return ts.isPropertyAccessExpression(callee) && LOG_METHODS.has(callee.name.text) && LOGGERS.test(callee.expression.getText(sourceFile))
}

function exemptByComment(node, sourceFile) {
    const text = sourceFile.getFullText()
    for (let current = node; current && !ts.isSourceFile(current); current = current.parent) {
        const comments = ts.getLeadingCommentRanges(text, current.getFullStart()) ?? []
        if (comments.some((range) => EXEMPT.test(text.slice(range.pos, range.end)))) return true
        // A comment counts on the literal's line or above its statement, not further out.
        if (ts.isStatement(current)) return false
    }
    return false
}

/** Why a literal with words may stay English, or null when it must come from the message table. */
function allowance(node, sourceFile) {
    for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
        if (ts.isCallExpression(current) && isLoggerCall(current, sourceFile)) return 'system log'
        if (ts.isNewExpression(current) && current.expression.getText(sourceFile) === 'Error') return 'error text'
        if (ts.isImportDeclaration(current) || ts.isExportDeclaration(current) || ts.isLiteralTypeNode(current)) return 'not text'
        if (ts.isFunctionLike(current) || ts.isSourceFile(current)) break
    }
    return exemptByComment(node, sourceFile) ? 'marked i18n-exempt' : null
}

/** Problems in one source file: `{ line, message }[]`. `path` is relative to the project root. */
export function lintSource(source, path) {
    const sourceFile = ts.createSourceFile(path, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
    const wholeFileExempt = EXEMPT_FILE.test(source)
    const problems = []
    const report = (node, message) =>
        problems.push({ line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1, message })
    const visit = (node) => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
            if (!wholeFileExempt && WORDS.test(visibleText(node)) && allowance(node, sourceFile) === null) {
                report(
                    node,
                    `user-facing text in code: ${JSON.stringify(node.getText(sourceFile).slice(0, 70))}; give it a key in src/i18n/en.ts and use the message function`
                )
            }
            if (!ts.isTemplateExpression(node)) return
        }
        if (ts.isCallExpression(node)) {
            const callee = node.expression
            const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : ''
            const onGs = ts.isPropertyAccessExpression(callee) && callee.expression.getText(sourceFile) === 'gs'
            if (onGs && (name === 'getMessage' || name === 'getMessageLang') && path !== SERVER_MESSAGE_FUNCTION) {
                report(node, `gs.${name} outside ${SERVER_MESSAGE_FUNCTION}: use translate()/translateIn() from there`)
            }
            if (
                ts.isIdentifier(callee) &&
                (name === 'getMessage' || name === 'getMessages') &&
                path.startsWith('src/client/') &&
                path !== CLIENT_MESSAGE_FUNCTION
            ) {
                report(node, `${name}() outside ${CLIENT_MESSAGE_FUNCTION}: use rescueClientMessage()`)
            }
        }
        ts.forEachChild(node, visit)
    }
    visit(sourceFile)
    return problems
}

function sourceFiles(dir) {
    return readdirSync(dir, { recursive: true })
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
        .map((name) => join(dir, name))
}

/** Every problem in the shipped TypeScript: `{ file, line, message }[]`. */
export function lintProject(projectRoot = root) {
    return SCANNED.flatMap((dir) =>
        sourceFiles(join(projectRoot, dir)).flatMap((file) => {
            const path = relative(projectRoot, file)
            return lintSource(readFileSync(file, 'utf8'), path).map((problem) => ({ file: path, ...problem }))
        })
    )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const problems = lintProject()
    for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`)
    if (problems.length > 0) process.exit(1)
    process.stdout.write('i18n-lint: every sentence in src/server, src/client and src/shared comes from the message table\n')
}
