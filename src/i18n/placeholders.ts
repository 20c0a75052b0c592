// The {0}, {1}, … placeholders of a message text: what the language-file check compares and what fills a
// message with its values. Here, beside the texts, so src/i18n/check.ts needs nothing outside src/i18n.
const PLACEHOLDER = /\{(\d+)\}/g

/**
 * Fills {0}, {1}, … in one pass, so a value that itself contains "{1}" stays as it is. A placeholder
 * without a value is left visible rather than dropped.
 */
export function fillPlaceholders(template: string, values: readonly string[]): string {
    return template.replace(PLACEHOLDER, (whole, index: string) => (Number(index) < values.length ? values[Number(index)]! : whole))
}

/** The placeholders a text uses, as sorted numbers with repeats collapsed ("{0} and {0}" → [0]). */
export function placeholdersOf(text: string): number[] {
    const found: number[] = []
    text.replace(PLACEHOLDER, (whole, index: string) => {
        if (found.indexOf(Number(index)) === -1) found.push(Number(index))
        return whole
    })
    return found.sort((a, b) => a - b)
}
