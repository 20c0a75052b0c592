// Scoped APIs only: no shipped script calls a member the scoped API reference of a supported release does not
// document. Two halves: the declared surface (src/server/platform/glide.d.ts, which tsc holds the source to) is
// a subset of the members scripts/platform-docs/scoped-api.json lists for every release; and the lint reads the
// built scripts for gs.* calls (gs is the one global the built code names directly) against the same list.
import ts from 'typescript'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentedScopedMembers, lintScript } from '../../scripts/platform-lint.mjs'

const GLIDE_D_TS = join(import.meta.dirname, '../../src/server/platform/glide.d.ts')
const SCOPED_API = JSON.parse(readFileSync(join(import.meta.dirname, '../../scripts/platform-docs/scoped-api.json'), 'utf8'))

// Declared name → the scoped API page that documents it.
const PAGE_OF: Record<string, string> = {
    gs: 'gs',
    GlideRecord: 'GlideRecord',
    GlideElement: 'GlideElement',
    GlideTableHierarchy: 'GlideTableHierarchy',
    GlideDateTime: 'GlideDateTime',
    GlideSysAttachment: 'GlideSysAttachment',
    GlideUser: 'GlideUser',
    GlideSession: 'GlideSession',
    RESTMessageV2: 'RESTMessageV2',
    RESTResponseV2: 'RESTResponseV2',
    RESTAPIRequest: 'RESTAPIRequest',
    'RESTAPIRequest.body': 'RESTAPIRequestBody',
    RESTAPIResponse: 'RESTAPIResponse',
    'RESTAPIResponse.getStreamWriter': 'RESTAPIResponseStream',
}
// Not API reference classes: the Script Include scaffolding the platform gives every include ("Script includes",
// "GlideAjax" pages), and a GlideRecordSecure that adds nothing to GlideRecord.
const SCAFFOLDING = new Set(['Class', 'ObjectConstructor', 'global', 'GlideRecordSecure'])

/** Every member glide.d.ts declares, as `Owner.member` with the owner's name (nested type literals as `Owner.member`). */
function declaredMembers(): { owner: string; member: string }[] {
    const file = ts.createSourceFile('glide.d.ts', readFileSync(GLIDE_D_TS, 'utf8'), ts.ScriptTarget.ES2022, true)
    const found: { owner: string; member: string }[] = []
    const membersOf = (owner: string, members: ts.NodeArray<ts.TypeElement | ts.ClassElement>) => {
        for (const member of members) {
            if (!member.name || ts.isConstructorDeclaration(member) || ts.isIndexSignatureDeclaration(member)) continue
            const name = member.name.getText(file)
            found.push({ owner, member: name })
            const type = (member as ts.PropertySignature | ts.MethodSignature).type
            if (type && ts.isTypeLiteralNode(type) && PAGE_OF[`${owner}.${name}`]) membersOf(`${owner}.${name}`, type.members)
        }
    }
    const visit = (node: ts.Node) => {
        if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) membersOf(node.name.text, node.members)
        else if (ts.isVariableDeclaration(node) && node.type && ts.isTypeLiteralNode(node.type))
            membersOf(node.name.getText(file), node.type.members)
        else ts.forEachChild(node, visit)
    }
    visit(file)
    return found
}

describe('documented scoped members', () => {
    it('come from each supported release’s scoped API page', () => {
        for (const [api, pages] of Object.entries(SCOPED_API.apis) as [string, Record<string, { page?: string; empty?: boolean }>][]) {
            expect(Object.keys(pages), api).toEqual(['yokohama', 'zurich', 'australia'])
            const withText = Object.values(pages).filter((page) => !page.empty)
            expect(withText.length, api).toBeGreaterThan(0)
            for (const page of withText) expect(page.page).toMatch(/^https:\/\/www\.servicenow\.com\/docs\/r\//)
        }
        expect(documentedScopedMembers('gs').has('getMessage')).toBe(true)
        expect(documentedScopedMembers('gs').has('getMessageLang')).toBe(false)
    })

    it('include every member glide.d.ts declares (the surface tsc holds the source to)', () => {
        const undocumented = declaredMembers()
            .filter(({ owner }) => !SCAFFOLDING.has(owner))
            .filter(({ owner, member }) => {
                const page = PAGE_OF[owner]
                if (!page) return true
                return !documentedScopedMembers(page).has(member)
            })
            .map(({ owner, member }) => `${owner}.${member}`)
        expect(undocumented).toEqual([])
        expect(declaredMembers().length).toBeGreaterThan(60)
    })
})

describe('platform lint: undocumented scoped GlideSystem members', () => {
    const messages = (source: string) => lintScript(source, 'server').map((problem) => problem.message)

    it.each([
        ["var text = gs.getMessageLang('x_rescue_connect.k', 'nl')", 'gs.getMessageLang'],
        ['var now = gs.nowDateTime()', 'gs.nowDateTime'],
        ['var b = gs.base64Encode ? 1 : gs.getXMLText("a", "b")', 'gs.getXMLText'],
    ])('rejects %s', (source, member) => {
        expect(messages(source)).toContain(
            `uses ${member}, which the scoped GlideSystem API reference (GlideSystem - Scoped) does not document`
        )
    })

    it('accepts documented members, and text or a local object that merely names an undocumented one', () => {
        expect(messages("var t = gs.getMessage('x_rescue_connect.k'); gs.info('gs.getMessageLang is global-only: ' + t)")).toEqual([])
        expect(messages('function f(gs) { return gs.getMessageLang("k", "nl") }')).toEqual([])
    })
})
