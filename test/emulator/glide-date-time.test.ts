import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

const instance = fixtureInstance({ now: () => new Date(Date.UTC(2026, 2, 5, 10, 2, 11)) })
const run = (script: string) => instance.runScript(`(function () { ${script} })()`)

describe('GlideDateTime', () => {
    it('holds UTC values as yyyy-MM-dd HH:mm:ss; no argument means now', () => {
        expect(run('return new GlideDateTime().getValue()')).toBe('2026-03-05 10:02:11')
        expect(run("return new GlideDateTime('2026-01-31 23:59:59').getNumericValue()")).toBe(Date.UTC(2026, 0, 31, 23, 59, 59))
        expect(run("return new GlideDateTime(new GlideDateTime('2026-01-31 23:59:59')).getValue()")).toBe('2026-01-31 23:59:59')
    })

    it('parses Java-style patterns with setValueUTC and setDisplayValue', () => {
        expect(run("var g = new GlideDateTime(); g.setValueUTC('3/5/2026 10:31:40 PM', 'M/d/yyyy h:mm:ss a'); return g.getValue()")).toBe(
            '2026-03-05 22:31:40'
        )
        expect(
            run("var g = new GlideDateTime(); g.setDisplayValue('12/25/2026 12:00:01 AM', 'M/d/yyyy h:mm:ss a'); return g.getValue()")
        ).toBe('2026-12-25 00:00:01')
        expect(run("var g = new GlideDateTime(); g.setDisplayValue('2026-07-04 08:09:10'); return g.getValue()")).toBe(
            '2026-07-04 08:09:10'
        )
        expect(run("var g = new GlideDateTime(); g.setValueUTC('05.03.26 7:04', 'dd.MM.yy H:mm'); return g.getValue()")).toBe(
            '2026-03-05 07:04:00'
        )
    })

    it('is invalid (not throwing) on junk', () => {
        expect(
            run(
                "var g = new GlideDateTime(); g.setValueUTC('yesterday', 'M/d/yyyy h:mm:ss a'); return [g.isValid(), g.getValue()].join('|')"
            )
        ).toBe('false|')
        expect(run("var g = new GlideDateTime(); g.setValueUTC('2/30/2026 1:00:00 AM', 'M/d/yyyy h:mm:ss a'); return g.isValid()")).toBe(
            false
        )
        expect(run("var g = new GlideDateTime(); g.setValue('not a date'); return g.isValid()")).toBe(false)
        expect(run('return new GlideDateTime().isValid()')).toBe(true)
    })

    it('adds, compares and gives numeric values', () => {
        expect(run("var g = new GlideDateTime('2026-03-05 10:00:00'); g.add(90 * 1000); return g.getValue()")).toBe('2026-03-05 10:01:30')
        expect(run("var g = new GlideDateTime('2026-02-28 10:00:00'); g.addDaysUTC(1); return g.getValue()")).toBe('2026-03-01 10:00:00')
        expect(
            run(
                "var a = new GlideDateTime('2026-03-05 10:00:00'), b = new GlideDateTime('2026-03-05 10:00:01'); return [a.compareTo(b), b.compareTo(a), a.compareTo(a)].join()"
            )
        ).toBe('-1,1,0')
    })

    it('throws for pattern letters it does not emulate', () => {
        expect(() => run("var g = new GlideDateTime(); g.setValueUTC('Mon 2026', 'EEE yyyy')")).toThrow('unsupported in emulator')
    })
})
