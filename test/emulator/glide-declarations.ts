// The members src/server/platform/glide.d.ts declares, per declaration: 'GlideRecord', 'gs',
// 'sn_ws.RESTMessageV2', … Shared by the emulator surface test and the official-types check.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export const GLIDE_D_TS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'server', 'platform', 'glide.d.ts')

export function declaredMembers(): Map<string, Set<string>> {
    const source = ts.createSourceFile('glide.d.ts', readFileSync(GLIDE_D_TS, 'utf8'), ts.ScriptTarget.ES2022, true)
    const members = new Map<string, Set<string>>()
    const collect = (name: string, nodes: ts.NodeArray<ts.Node>) => {
        const names = members.get(name) ?? new Set<string>()
        for (const member of nodes) {
            const memberName = (member as ts.NamedDeclaration).name
            if (memberName && ts.isIdentifier(memberName)) names.add(memberName.text)
        }
        members.set(name, names)
    }
    const visit = (node: ts.Node, prefix: string) => {
        if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) collect(prefix + node.name.text, node.members)
        if (ts.isVariableStatement(node)) {
            for (const declaration of node.declarationList.declarations) {
                if (ts.isIdentifier(declaration.name) && declaration.type && ts.isTypeLiteralNode(declaration.type))
                    collect(prefix + declaration.name.text, declaration.type.members)
            }
        }
        if (ts.isModuleDeclaration(node) && node.body && ts.isModuleBlock(node.body))
            for (const statement of node.body.statements) visit(statement, `${node.name.text}.`)
    }
    source.statements.forEach((statement) => visit(statement, ''))
    return members
}
