// What makes a language file right, beyond its shape: every text there, none extra, none empty, the same
// {n} placeholders as the English, and the names that must not be translated left as they are. Used by
// test/unit/translations.test.ts and by scripts/generate-translations.mjs (a wrong file fails the build).
import { placeholdersOf } from './placeholders'

/** Written the same in every language: product names, the app's identifiers, codes the reader may quote. */
const KEPT_AS_IS: readonly RegExp[] = [
    /LogMeIn Rescue/g,
    /ServiceNow/g,
    /Technician Console/g,
    /www\.LogMeIn123\.com/g,
    /x_rescue_connect(?:\.[a-z_]+)+/g,
    /\b[A-Z][A-Z_]{5,}\b/g, // Rescue's answer codes such as INVALIDPINFORMAT
    /https:\/\/\{\d+\}/g,
]

export interface Problem {
    readonly path: string
    readonly problem: string
}

type Tree = { readonly [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
    const found = new Map<string, string>()
    for (const [key, value] of Object.entries(tree)) {
        const path = prefix ? `${prefix}.${key}` : key
        if (typeof value === 'string') found.set(path, value)
        else for (const [child, text] of leaves(value, path)) found.set(child, text)
    }
    return found
}

function sameList(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
    return a.length === b.length && a.every((item, index) => item === b[index])
}

function kept(text: string): string[] {
    return KEPT_AS_IS.flatMap((pattern) => text.match(pattern) ?? []).sort()
}

/**
 * Compares one language's texts with the English ones, given as trees of the same shape (messages by
 * key; labels by table, column, choice). The label values of translated_field entries are compared
 * with the English `value`.
 */
export function checkTranslation(english: Tree, translated: Tree): Problem[] {
    const base = leaves(english)
    const other = leaves(translated)
    const problems: Problem[] = []
    for (const [path, text] of base) {
        const translation = other.get(path)
        if (translation === undefined) {
            problems.push({ path, problem: 'missing' })
            continue
        }
        if (translation.trim() === '') problems.push({ path, problem: 'empty' })
        const want = placeholdersOf(text)
        const have = placeholdersOf(translation)
        if (!sameList(want, have)) problems.push({ path, problem: `placeholders {${have.join('},{')}} instead of {${want.join('},{')}}` })
        const names = kept(text)
        const keptHere = kept(translation)
        for (const name of names) {
            if (!keptHere.includes(name)) problems.push({ path, problem: `"${name}" must stay as it is` })
            else keptHere.splice(keptHere.indexOf(name), 1)
        }
    }
    for (const path of other.keys()) if (!base.has(path)) problems.push({ path, problem: 'not in the English' })
    return problems
}
