// The official scoped declarations (@servicenow/glide) judge the hand-written Glide surface
// (src/server/platform/glide.d.ts): every member declared there must exist in the official type of the
// same API, so the app cannot call — and the emulator cannot grow — a method the platform's own types
// lack. The only declarations without an official counterpart are the Script Include scaffolding the
// GlideAjax documentation itself uses (Class.create, Object.extendsObject, global.AbstractAjaxProcessor:
// https://www.servicenow.com/docs/r/xanadu/api-reference/c_GlideAjaxAPI.html).
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { declaredMembers } from '../emulator/glide-declarations.ts'

const GLIDE = join(import.meta.dirname, '..', '..', 'node_modules', '@servicenow', 'glide', 'src')

/** glide.d.ts declaration → the official type (an expression over the imports below). */
const OFFICIAL: Record<string, string> = {
    GlideRecord: 'GlideRecord',
    GlideRecordSecure: 'GlideRecordSecure',
    GlideElement: 'GlideElement',
    GlideTableHierarchy: 'GlideTableHierarchy',
    GlideDateTime: 'GlideDateTime',
    GlideSysAttachment: 'GlideSysAttachment',
    GlideUser: 'GlideUser',
    GlideSession: 'GlideSession',
    gs: 'typeof gs',
    'sn_ws.RESTMessageV2': 'RESTMessageV2',
    'sn_ws.RESTResponseV2': 'RESTResponseV2',
    'sn_ws.RESTAPIRequest': 'RESTAPIRequest',
    'sn_ws.RESTAPIResponse': 'RESTAPIResponse',
}
const SCAFFOLDING = ['Class', 'ObjectConstructor', 'global']

const PROBE = join(GLIDE, '__surface_probe__.ts')
const PROBE_SOURCE = `
import type { GlideRecord } from './types/GlideRecord'
import type { GlideRecordSecure } from './types/GlideRecordSecure'
import type { GlideElement } from './types/GlideElement'
import type { GlideTableHierarchy } from './types/GlideTableHierarchy'
import type { GlideDateTime } from './types/GlideDateTime'
import type { GlideSysAttachment } from './types/GlideSysAttachment'
import type { GlideUser } from './types/GlideUser'
import type { GlideSession } from './types/GlideSession'
import type { gs } from './types/gs'
import type { RESTMessageV2 } from './sn_ws/RESTMessageV2'
import type { RESTResponseV2 } from './sn_ws/RESTResponseV2'
import type { RESTAPIRequest } from './sn_ws_int/RESTAPIRequest'
import type { RESTAPIResponse } from './sn_ws_int/RESTAPIResponse'
export type Official = { ${Object.entries(OFFICIAL)
    .map(([name, type]) => `'${name}': ${type}`)
    .join('; ')} }
`

/** Member names of each official type, read through the type checker (inherited and intersected members included). */
function officialMembers(): Map<string, Set<string>> {
    const options: ts.CompilerOptions = {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
    }
    const host = ts.createCompilerHost(options)
    const readFile = host.readFile.bind(host)
    const fileExists = host.fileExists.bind(host)
    host.readFile = (file) => (file === PROBE ? PROBE_SOURCE : readFile(file))
    host.fileExists = (file) => file === PROBE || fileExists(file)
    // Tables.d.ts declares the global Tables interface the GlideRecord types are generic over.
    const program = ts.createProgram([PROBE, join(GLIDE, 'types', '_GlideRecordHelpers', 'Tables.d.ts')], options, host)
    const checker = program.getTypeChecker()
    const probe = program.getSourceFile(PROBE)!
    const alias = probe.statements.find((statement): statement is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(statement))!
    const official = checker.getTypeAtLocation(alias.name)
    const members = new Map<string, Set<string>>()
    for (const property of checker.getPropertiesOfType(official)) {
        const type = checker.getTypeOfSymbolAtLocation(property, alias)
        members.set(property.name, new Set(checker.getPropertiesOfType(type).map((member) => member.name)))
    }
    return members
}

describe('src/server/platform/glide.d.ts against the official scoped declarations (@servicenow/glide)', () => {
    const declared = declaredMembers()
    const official = officialMembers()

    it('reads the official declarations (so the check cannot pass vacuously)', () => {
        expect(official.get('GlideRecord')?.size).toBeGreaterThan(60)
        expect(official.get('gs')).toContain('getProperty')
        expect(official.get('sn_ws.RESTAPIResponse')).toContain('setStatus')
    })

    it('maps every hand-written declaration to an official one (or to the documented Script Include scaffolding)', () => {
        expect([...declared.keys()].filter((name) => !(name in OFFICIAL) && !SCAFFOLDING.includes(name))).toEqual([])
    })

    it.each(Object.keys(OFFICIAL))('%s declares only members the official type has', (name) => {
        const missing = [...(declared.get(name) ?? [])].filter((member) => !official.get(name)?.has(member))
        expect(missing).toEqual([])
    })
})
