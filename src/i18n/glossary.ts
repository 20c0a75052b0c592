// The glossary: one term per concept and language, taken from the certified app's Dutch help text
// (shared/reference/certified-app-help-nl.txt), LogMeIn Rescue's own localised help and ServiceNow's
// localised UI and docs. `use` is the chosen term; `avoid` lists what a translation must not say for
// the concept (each a case-insensitive pattern, unless `caseSensitive`). test/unit/translations.test.ts
// runs glossaryViolations over every shipped language, so a forbidden term fails the build.

export type GlossaryLanguage = 'nl' | 'de' | 'fr'

export interface GlossaryTerm {
    use: string
    avoid: readonly string[]
    /** For terms that differ from an ordinary word only by case (Active, the English field name). */
    caseSensitive?: boolean
}

export interface GlossaryEntry {
    concept: string
    en: string
    source: string
    terms: Partial<Record<GlossaryLanguage, GlossaryTerm>>
}

const HELP_NL = 'certified-app-help-nl.txt'
const RESCUE_HELP = "LogMeIn Rescue's localised help (support.logmeinrescue.com/<language>)"
const SERVICENOW = "ServiceNow's localised UI and docs (servicenow.com/docs/r/<language>)"

export const GLOSSARY: readonly GlossaryEntry[] = [
    {
        concept: 'generate a PIN (the button and its result)',
        en: 'generate a Rescue PIN',
        source: `${HELP_NL}: "De knop 'LogMeIn-pincode genereren'"`,
        terms: {
            nl: {
                use: 'pincode genereren',
                avoid: ['pincodes? aanmaken', 'pincodes? aangemaakt', 'aanmaken van de pincode', 'maak de pincode'],
            },
            de: { use: 'PIN erzeugen', avoid: ['PIN generieren', 'PIN erstellen'] },
            fr: { use: 'générer un code PIN', avoid: ['créer un code PIN', 'créer des codes PIN'] },
        },
    },
    {
        concept: 'the ServiceNow instance',
        en: 'instance',
        source: `${HELP_NL}: "identificeert de instantie-query"; ${SERVICENOW}`,
        terms: {
            nl: { use: 'instantie', avoid: ['\\binstance\\b'] },
            de: { use: 'Instanz', avoid: ['\\bInstance\\b'] },
            fr: { use: 'instance', avoid: [] },
        },
    },
    {
        concept: 'the caller of an incident',
        en: 'caller',
        source: `${HELP_NL}: "de beller/de persoon voor wie het incident is aangevraagd"`,
        terms: {
            nl: { use: 'beller', avoid: ['\\bmelder'] },
            de: { use: 'Anrufer', avoid: ['Melder'] },
            fr: { use: 'appelant', avoid: [] },
        },
    },
    {
        concept: 'Token Setup (the page and one run of it, as a noun)',
        en: 'Token Setup',
        source: `${HELP_NL}: "LogMeIn Rescue > Token Setup (Tokenconfiguratie)"`,
        terms: {
            nl: { use: 'tokenconfiguratie', avoid: ['Token instellen', 'tokeninstelling'] },
            de: { use: 'Token-Einrichtung', avoid: ['Token einrichten'] },
            fr: { use: 'configuration du jeton', avoid: ['paramétrage du jeton'] },
        },
    },
    {
        concept: 'a technician group in Rescue Admin Center',
        en: 'technician group',
        source: `${HELP_NL}: "de technicusgroep waarmee u wilt werken"; ${RESCUE_HELP}`,
        terms: {
            nl: { use: 'technicusgroep', avoid: ['groep technici', 'techniciigroep'] },
            de: { use: 'Technikergruppe', avoid: ['Gruppe von Technikern'] },
            fr: { use: 'groupe de techniciens', avoid: [] },
        },
    },
    {
        concept: 'Rescue sends (posts) session details to the instance',
        en: 'post / send session details',
        source: `${HELP_NL}: "Sessiedetails naar URL versturen", "een verzoek … naar de Rescue-server wordt verstuurd"`,
        terms: {
            nl: { use: 'versturen', avoid: ['\\bposten\\b', '\\bgepost\\b'] },
            de: { use: 'senden', avoid: ['\\bposten\\b'] },
            fr: { use: 'envoyer', avoid: ['\\bposter\\b'] },
        },
    },
    {
        concept: "Rescue's company ID",
        en: 'company ID',
        source: `${HELP_NL}: "uw unieke bedrijfs-ID"; ${RESCUE_HELP} (de: Unternehmens-ID, fr: identifiant d'entreprise)`,
        terms: {
            nl: { use: 'bedrijfs-ID', avoid: ['firma-ID', 'bedrijfsnummer'] },
            de: { use: 'Unternehmens-ID', avoid: ['Firmen-ID'] },
            fr: { use: 'identifiant d’entreprise', avoid: ['ID de société', "ID d[’']entreprise"] },
        },
    },
    {
        concept: "an OAuth entry's client secret",
        en: 'client secret',
        source: `${SERVICENOW} (de: Client-Secret, as the form's field)`,
        terms: {
            nl: { use: 'clientgeheim', avoid: ['client secret'] },
            de: { use: 'Client-Secret', avoid: ['Client-Geheimnis', 'Clientgeheimnis'] },
            fr: { use: 'secret client', avoid: ['client secret'] },
        },
    },
    {
        concept: 'application scope',
        en: 'application scope',
        source: `${SERVICENOW} (fr: portée de l'application)`,
        terms: {
            nl: { use: 'toepassingsbereik', avoid: ['applicatiescope'] },
            de: { use: 'Anwendungsbereich', avoid: ['Anwendungsscope'] },
            fr: { use: 'portée', avoid: ['périmètre'] },
        },
    },
    {
        concept: 'the menu path to the OAuth Application Registry',
        en: 'System OAuth > Application Registry > New',
        source: `${HELP_NL}: "Systeem OAuth > Toepassingsregister"; ${SERVICENOW}`,
        terms: {
            nl: { use: 'Systeem OAuth > Toepassingsregister > Nieuw', avoid: ['System OAuth', 'Application Registry', '> New\\b'] },
            de: { use: 'System-OAuth > Anwendungsregistrierung > Neu', avoid: ['System OAuth', 'Application Registry', '> New\\b'] },
            fr: { use: 'OAuth système > Registre des applications > Nouveau', avoid: ['System OAuth', 'Application Registry', '> New\\b'] },
        },
    },
    {
        concept: 'the kind of OAuth registry entry Token Setup needs',
        en: 'OAuth API endpoint for external clients',
        source: `${HELP_NL}: "Een OAuth API Eindpunt maken voor externe clients"; ${SERVICENOW}`,
        terms: {
            nl: { use: 'OAuth API-eindpunt voor externe clients', avoid: ['endpoint for external clients', 'Create an OAuth'] },
            de: { use: 'OAuth-API-Endpunkt für externe Clients', avoid: ['endpoint for external clients', 'Create an OAuth'] },
            fr: {
                use: 'point de terminaison d’API OAuth pour les clients externes',
                avoid: ['endpoint for external clients', 'Create an OAuth'],
            },
        },
    },
    {
        concept: "the registry entry's Active check box",
        en: 'Active',
        source: SERVICENOW,
        terms: {
            nl: { use: 'Actief', avoid: ['\\bActive\\b'], caseSensitive: true },
            de: { use: 'Aktiv', avoid: ['\\bActive\\b'], caseSensitive: true },
            fr: { use: 'Actif', avoid: ['cochez Active'], caseSensitive: true },
        },
    },
]

export interface GlossaryViolation {
    path: string
    concept: string
    found: string
    use: string
}

type Tree = { readonly [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): [string, string][] {
    return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
        const path = prefix ? `${prefix}.${key}` : key
        return typeof value === 'string' ? [[path, value]] : leaves(value, path)
    })
}

/** Every text of the language pack that says a term the glossary forbids for its concept, with the term to use instead. */
export function glossaryViolations(language: string, pack: Tree, glossary: readonly GlossaryEntry[] = GLOSSARY): GlossaryViolation[] {
    const texts = leaves(pack)
    return glossary.flatMap((entry) => {
        const term = entry.terms[language as GlossaryLanguage]
        if (!term) return []
        return term.avoid.flatMap((pattern) => {
            const expression = new RegExp(pattern, term.caseSensitive ? 'u' : 'iu')
            return texts.flatMap(([path, text]) => {
                const found = expression.exec(text)
                return found ? [{ path, concept: entry.concept, found: found[0], use: term.use }] : []
            })
        })
    })
}
