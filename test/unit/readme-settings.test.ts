// The README's settings table (admin guide, "LogMeIn Rescue > Settings") says what src/server/core/settings.ts
// says: every setting once, no other, each with its default.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SETTINGS } from '../../src/server/core/settings'

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')
const KNOWN = new Set<string>(Object.values(SETTINGS).map((spec) => spec.property))

/** The rows under the `| setting | default | what it does |` header, as [names, defaults] cells. */
function tableRows(markdown: string): [string, string][] {
    const lines = markdown.split('\n').map((line) => line.trim())
    const header = lines.findIndex((line) => line === '| setting | default | what it does |')
    if (header < 0) throw new Error('README.md has no settings table')
    const rows: [string, string][] = []
    for (const line of lines.slice(header + 2)) {
        if (!line.startsWith('|')) break
        const cells = line
            .split('|')
            .slice(1, -1)
            .map((cell) => cell.trim())
        rows.push([cells[0]!, cells[1]!])
    }
    return rows
}

/**
 * The names in a cell: `x_rescue_connect.a.b` / `.c` — a name starting with a dot continues the group's first
 * name at whichever of its prefixes makes a setting (`.enterprise` after `x_rescue_connect.region.eu`).
 */
function namesOf(cell: string): string[] {
    return cell.split(', ').flatMap((group) => {
        const [first, ...rest] = group.split(' / ').map((name) => name.replace(/`/g, '').trim())
        const segments = first!.split('.')
        const continued = rest.map((tail) => {
            const candidates = segments.map((_, end) => `${segments.slice(0, end + 1).join('.')}${tail}`).filter((name) => KNOWN.has(name))
            return candidates.length === 1 ? candidates[0]! : `${first} + ${tail}`
        })
        return [first!, ...continued]
    })
}

/** The defaults in a cell, one per name (a single default covers them all); — is empty, a (remark) is dropped. */
function defaultsOf(cell: string, count: number): string[] {
    const values = cell
        .replace(/\s*\([^)]*\)/g, '')
        .split(' / ')
        .map((value) => value.replace(/`/g, '').trim())
        .map((value) => (value === '—' ? '' : value))
    return values.length === 1 ? Array<string>(count).fill(values[0]!) : values
}

describe("README's settings table", () => {
    const documented = tableRows(README).flatMap(([names, defaults]) => {
        const list = namesOf(names)
        const values = defaultsOf(defaults, list.length)
        expect(values, `defaults of ${names}`).toHaveLength(list.length)
        return list.map((name, index) => ({ name, defaultValue: values[index] }))
    })

    it('names every setting once, and nothing else', () => {
        expect(documented.map((row) => row.name).sort()).toEqual([...KNOWN].sort())
    })

    it("gives each setting's default", () => {
        const defaults = Object.fromEntries(Object.values(SETTINGS).map((spec) => [spec.property, spec.defaultValue]))
        for (const row of documented) expect(row.defaultValue, row.name).toBe(defaults[row.name])
    })
})
