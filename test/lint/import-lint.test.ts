import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { lintImports, specifiersOf } from '../../scripts/import-lint.mjs'

/** A throw-away tree of files (path → text) under a fresh folder; the lint runs over its `src` and `emulator`. */
function lint(files: Record<string, string>) {
    const base = mkdtempSync(join(tmpdir(), 'import-lint-'))
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(base, path)), { recursive: true })
        writeFileSync(join(base, path), text)
    }
    return lintImports(base, ['src', 'emulator']).problems
}

describe('import lint', () => {
    it('passes the repository as it is', () => {
        expect(lintImports().problems).toEqual([])
    })

    it('finds every kind of module reference', () => {
        const source = `import a from './a.ts'
            import type { B } from './b'
            export { c } from './c.ts'
            export * from './d.ts'
            import e = require('./e')
            const f = await import('./f.ts')
            type G = import('./g.ts').G
            import 'node:fs'`
        expect(specifiersOf('x.ts', source)).toEqual(['./a.ts', './b', './c.ts', './d.ts', './e', './f.ts', './g.ts', 'node:fs'])
    })

    it('fails on a cycle of two files, type-only imports included', () => {
        const problems = lint({
            'emulator/acl.ts': "import { GUEST } from './runtime.ts'\nexport const acl = GUEST\n",
            'emulator/runtime.ts': "import type { Acl } from './acl.ts'\nexport const GUEST = 'guest'\n",
        })
        expect(problems).toEqual(['import cycle: emulator/acl.ts → emulator/runtime.ts → emulator/acl.ts'])
    })

    it('fails on a longer cycle and names its path', () => {
        const problems = lint({
            'emulator/gs.ts': "import { record } from './glide-record.ts'\n",
            'emulator/glide-record.ts': "import { language } from './messages.ts'\n",
            'emulator/messages.ts': "import { property } from './gs.ts'\n",
            'emulator/db.ts': 'export const db = 1\n',
        })
        expect(problems).toEqual([
            'import cycle: emulator/glide-record.ts → emulator/messages.ts → emulator/gs.ts → emulator/glide-record.ts',
        ])
    })

    it('fails on a file that imports itself', () => {
        expect(lint({ 'src/a.ts': "export * from './a'\n" })).toEqual(['import cycle: src/a.ts → src/a.ts'])
    })

    it('fails on a client file that imports src/server, even without a cycle', () => {
        const problems = lint({
            'src/server/core/html.ts': 'export const escapeHtml = (text: string) => text\n',
            'src/client/shared/pin-modal.ts': "import { escapeHtml } from '../../server/core/html'\n",
            'src/shared/markup.ts': 'export const escapeHtml = (text: string) => text\n',
            'src/client/ok.ts': "import { escapeHtml } from '../shared/markup'\n",
        })
        expect(problems).toEqual([
            'src/client/shared/pin-modal.ts imports src/server/core/html.ts: client code may not import src/server (shared code lives in src/shared)',
        ])
    })

    it('fails on a cycle between folders made of files that do not form one', () => {
        const problems = lint({
            'src/i18n/check.ts': "import { placeholdersOf } from '../server/core/i18n'\n",
            'src/i18n/en.ts': 'export type MessageKey = string\n',
            'src/server/core/i18n.ts': "import type { MessageKey } from '../../i18n/en'\n",
        })
        expect(problems).toEqual(['folder cycle: src/i18n/ → src/server/core/ → src/i18n/'])
    })

    it('accepts imports that point one way', () => {
        expect(
            lint({
                'emulator/index.ts': "export * from './instance.ts'\n",
                'emulator/instance.ts': "import { acl } from './platform/acl.ts'\nimport { db } from './engine/db.ts'\n",
                'emulator/platform/acl.ts': "import { db } from '../engine/db.ts'\nimport { GUEST } from './session-user.ts'\n",
                'emulator/platform/session-user.ts': "export const GUEST = 'guest'\n",
                'emulator/engine/db.ts': "import { readFileSync } from 'node:fs'\n",
            })
        ).toEqual([])
    })
})
