// The texts an answer carries under `labels` (the admin pages', whose markup holds none, and the PIN
// modal's), as the instance sends them in the reader's language: every named text must be a string, or
// there is nothing to show but the fallback sentence.
export function rescuePageTexts<Name extends string>(
    data: { [key: string]: unknown } | null,
    names: readonly Name[]
): { [name in Name]: string } | null {
    const labels = data ? data.labels : null
    if (typeof labels !== 'object' || labels === null) return null
    const texts = {} as { [name in Name]: string }
    for (const name of names) {
        const value = (labels as { [key: string]: unknown })[name]
        if (typeof value !== 'string') return null
        texts[name] = value
    }
    return texts
}
