// Translated messages as scripts get them (emulator/platform/messages.ts; rules and sources in emulator/README.md):
// the session language, English as fallback, the key last; java.text.MessageFormat only when arguments
// are passed; one query per lookup the instance's cache has not seen, none for repeats, and a flush
// when a translation is added or changed.
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

function world() {
    const instance = fixtureInstance()
    const seed = (key: string, language: string, message: string) => instance.db.insert('sys_ui_message', { key, language, message })
    seed('x_test.greeting', 'en', 'Hello {0}')
    seed('x_test.greeting', 'nl', 'Hallo {0}')
    seed('x_test.only_english', 'en', 'Only English')
    const dutch = instance.addUser({ user_name: 'anna', preferred_language: 'nl' })
    const plain = instance.addUser({ user_name: 'bob' })
    return { instance, seed, dutch, plain }
}

const run = (w: ReturnType<typeof world>, script: string, asUser?: string) =>
    w.instance.runScript(script, asUser === undefined ? {} : { asUser })

describe('gs.getMessage', () => {
    it("answers in the session user's language, else the instance's, else English; then English; then the key", () => {
        const w = world()
        expect(run(w, "gs.getMessage('x_test.greeting', ['Anna'])", w.dutch)).toBe('Hallo Anna')
        expect(run(w, "gs.getMessage('x_test.greeting', ['Bob'])", w.plain)).toBe('Hello Bob')
        w.instance.setProperty('glide.sys.language', 'nl')
        expect(run(w, "gs.getMessage('x_test.greeting', ['Bob'])", w.plain)).toBe('Hallo Bob')
        expect(run(w, "gs.getMessage('x_test.only_english')", w.dutch)).toBe('Only English')
        expect(run(w, "gs.getMessage('x_test.missing')", w.dutch)).toBe('x_test.missing')
        expect(run(w, "gs.getMessage('X_TEST.GREETING', ['Anna'])", w.dutch)).toBe('Hallo Anna')
    })

    it('matches the key whatever its case, the language only exactly', () => {
        const w = world()
        expect(w.instance.message('X_Test.Greeting', 'nl')).toBe('Hallo {0}')
        expect(w.instance.message('x_test.greeting', 'NL')).toBe('Hello {0}')
    })

    it('refuses gs.getMessageLang: the scoped GlideSystem does not offer it (a scoped app reads the Message table instead)', () => {
        const w = world()
        expect(() => run(w, "gs.getMessageLang('x_test.greeting', 'nl', ['Jan'])", w.plain)).toThrow(
            /gs\.getMessageLang is not a function in a scoped application/
        )
        expect(
            run(
                w,
                "var m = new GlideRecord('sys_ui_message'); m.addQuery('key', 'STARTSWITH', 'X_TEST.'); m.addQuery('language', 'IN', 'nl,en'); m.query(); var n = 0; while (m.next()) n++; n",
                w.plain
            )
        ).toBe(3)
    })

    it('applies java.text.MessageFormat only when arguments are passed: a quote then starts literal text', () => {
        const w = world()
        w.seed('x_test.quote', 'en', "It's {0}")
        w.seed('x_test.doubled', 'en', "It''s {0}, '{1}' is literal")
        expect(run(w, "gs.getMessage('x_test.quote')")).toBe("It's {0}")
        expect(run(w, "gs.getMessage('x_test.quote', ['done'])")).toBe('Its {0}')
        expect(run(w, "gs.getMessage('x_test.doubled', ['done', 'x'])")).toBe("It's done, {1} is literal")
        expect(run(w, "gs.getMessage('x_test.greeting', 'one value')")).toBe('Hello one value')
        expect(run(w, "gs.getMessage('x_test.greeting', [12345])")).toBe('Hello 12,345')
        expect(run(w, "gs.getMessage('x_test.greeting', [])")).toBe('Hello {0}')
    })

    it('costs one query for a lookup the cache has not seen, none for a repeat, and one again after a translation changes', () => {
        const w = world()
        w.instance.resetCounters()
        run(w, "gs.getMessage('x_test.greeting'); gs.getMessage('x_test.greeting')", w.plain)
        expect(w.instance.counters).toMatchObject({ queries: 1, messageLoads: 1 })
        run(w, "gs.getMessage('x_test.greeting')", w.dutch)
        expect(w.instance.counters).toMatchObject({ queries: 2, messageLoads: 2 })
        run(
            w,
            "var m = new GlideRecord('sys_ui_message'); m.initialize(); m.setValue('key', 'x_test.greeting'); m.setValue('language', 'de'); m.setValue('message', 'Hallo {0}!'); m.insert();"
        )
        w.instance.resetCounters()
        const german = w.instance.addUser({ user_name: 'eva', preferred_language: 'de' })
        expect(run(w, "gs.getMessage('x_test.greeting', ['Eva'])", german)).toBe('Hallo Eva!')
        expect(run(w, "gs.getMessage('x_test.greeting', ['Eva'])", w.dutch)).toBe('Hallo Eva')
        expect(w.instance.counters).toMatchObject({ queries: 2, messageLoads: 2 })
    })
})

describe('the session language', () => {
    it("is the user's preferred language, else the instance default, else English (GlideSession and GlideUser alike)", () => {
        const w = world()
        expect(run(w, 'gs.getSession().getLanguage() + "/" + gs.getUser().getLanguage()', w.dutch)).toBe('nl/nl')
        expect(run(w, 'gs.getSession().getLanguage()', w.plain)).toBe('en')
        w.instance.setProperty('glide.sys.language', 'de')
        expect(run(w, 'gs.getUser().getLanguage()', w.plain)).toBe('de')
        expect(w.instance.languageOf(w.dutch)).toBe('nl')
        expect(() => run(w, 'gs.getSession().getClientIP()')).toThrow(/GlideSession.getClientIP: unsupported in emulator/)
    })
})
