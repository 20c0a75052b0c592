// Gate: every shipped language says every message and label of src/i18n/en.ts, with the same {n}
// placeholders and the product names and identifiers untouched (src/i18n/check.ts). Adding a language
// file under src/i18n/languages/ puts it under this test without any other change.
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LABELS, MESSAGES } from '../../src/i18n/en'
import { checkTranslation } from '../../src/i18n/check'
import { GLOSSARY, glossaryViolations, type GlossaryLanguage } from '../../src/i18n/glossary'
import type { LanguagePack } from '../../src/i18n/pack'

const LANGUAGES_DIR = join(import.meta.dirname, '../../src/i18n/languages')

function englishTree() {
    const fields = Object.fromEntries(Object.entries(LABELS.fields).map(([name, field]) => [name, field.value]))
    return { messages: MESSAGES, labels: { tables: LABELS.tables, fields } }
}

async function packs(): Promise<[string, LanguagePack][]> {
    const files = readdirSync(LANGUAGES_DIR)
        .filter((name) => name.endsWith('.ts'))
        .sort()
    return Promise.all(
        files.map(
            async (name) =>
                [basename(name, '.ts'), (await import(join(LANGUAGES_DIR, name))).default as LanguagePack] as [string, LanguagePack]
        )
    )
}

describe('shipped languages', () => {
    it('are Dutch, German and French at least', async () => {
        expect((await packs()).map(([language]) => language)).toEqual(expect.arrayContaining(['de', 'fr', 'nl']))
    })

    it('each translate every message and label, keep every placeholder and leave product names as they are', async () => {
        for (const [language, pack] of await packs()) {
            expect({ language, problems: checkTranslation(englishTree(), pack as never) }).toEqual({ language, problems: [] })
        }
    })

    it('are translations, not copies of the English (short labels and names aside)', async () => {
        const english = Object.entries(MESSAGES).filter(([, text]) => text.split(' ').length > 4)
        for (const [language, pack] of await packs()) {
            const copied = english.filter(([key, text]) => pack.messages[key as keyof typeof MESSAGES] === text).map(([key]) => key)
            expect({ language, copied }).toEqual({ language, copied: [] })
        }
    })
})

describe('the translation check', () => {
    const english = { messages: { greeting: 'Hello {0}, see {1} in LogMeIn Rescue > Settings.', code: 'Rescue said INVALIDPINFORMAT.' } }

    it('passes a faithful translation', () => {
        expect(
            checkTranslation(english, {
                messages: { greeting: 'Hallo {0}, zie {1} in LogMeIn Rescue > Instellingen.', code: 'Rescue zei INVALIDPINFORMAT.' },
            })
        ).toEqual([])
    })

    it('catches a missing translation, an extra key and an empty one', () => {
        expect(checkTranslation(english, { messages: { greeting: 'Hallo {0}, zie {1} in LogMeIn Rescue.', extra: 'x' } })).toEqual([
            { path: 'messages.code', problem: 'missing' },
            { path: 'messages.extra', problem: 'not in the English' },
        ])
        expect(checkTranslation(english, { messages: { greeting: ' ', code: 'INVALIDPINFORMAT' } })).toContainEqual({
            path: 'messages.greeting',
            problem: 'empty',
        })
    })

    it('catches a dropped placeholder and an added one', () => {
        expect(
            checkTranslation(english, { messages: { greeting: 'Hallo, zie {1} in LogMeIn Rescue.', code: 'INVALIDPINFORMAT' } })
        ).toEqual([{ path: 'messages.greeting', problem: 'placeholders {1} instead of {0},{1}' }])
        expect(
            checkTranslation(english, { messages: { greeting: 'Hallo {0}, zie {1} en {2} in LogMeIn Rescue.', code: 'INVALIDPINFORMAT' } })
        ).toEqual([{ path: 'messages.greeting', problem: 'placeholders {0},{1},{2} instead of {0},{1}' }])
    })

    it('catches a translated product name or code', () => {
        expect(
            checkTranslation(english, {
                messages: { greeting: 'Hallo {0}, zie {1} in LogMeIn Redding.', code: 'Rescue zei ONGELDIGPINFORMAAT.' },
            })
        ).toEqual([
            { path: 'messages.greeting', problem: '"LogMeIn Rescue" must stay as it is' },
            { path: 'messages.code', problem: '"INVALIDPINFORMAT" must stay as it is' },
        ])
    })
})

describe('the glossary (src/i18n/glossary.ts)', () => {
    it('is kept by every shipped language: no text says a term the glossary forbids for its concept', async () => {
        for (const [language, pack] of await packs()) {
            expect({ language, violations: glossaryViolations(language, pack as never) }).toEqual({ language, violations: [] })
        }
    })

    it('names for every concept the term each shipped language uses, and that term appears where the English says the concept', async () => {
        for (const [language, pack] of await packs()) {
            const texts = JSON.stringify(pack)
            for (const entry of GLOSSARY) {
                const term = entry.terms[language as GlossaryLanguage]
                expect({ language, concept: entry.concept, defined: Boolean(term) }).toEqual({
                    language,
                    concept: entry.concept,
                    defined: true,
                })
                const englishSays = JSON.stringify(MESSAGES).toLowerCase().includes(entry.en.toLowerCase())
                if (englishSays && term!.use)
                    expect({ language, concept: entry.concept, used: texts.toLowerCase().includes(term!.use.toLowerCase()) }).toEqual({
                        language,
                        concept: entry.concept,
                        used: true,
                    })
            }
        }
    })

    it('fails a planted forbidden term and names the term to use', async () => {
        const nl = (await packs()).find(([language]) => language === 'nl')![1]
        const planted = {
            ...nl,
            messages: { ...nl.messages, 'pin.error.no_customer': 'Dit incident heeft geen melder; vraag de instance om hulp.' },
        }
        expect(glossaryViolations('nl', planted as never)).toEqual([
            { path: 'messages.pin.error.no_customer', concept: 'the ServiceNow instance', found: 'instance', use: 'instantie' },
            { path: 'messages.pin.error.no_customer', concept: 'the caller of an incident', found: 'melder', use: 'beller' },
        ])
        const de = (await packs()).find(([language]) => language === 'de')![1]
        expect(
            glossaryViolations('de', {
                ...de,
                messages: { ...de.messages, 'token.missing_company_id': 'Tragen Sie die Firmen-ID ein.' },
            } as never)
        ).toEqual([
            { path: 'messages.token.missing_company_id', concept: "Rescue's company ID", found: 'Firmen-ID', use: 'Unternehmens-ID' },
        ])
    })
})
