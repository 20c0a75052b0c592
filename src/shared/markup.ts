// Text from outside (Rescue, registry names, settings, what a technician or customer typed) is data: escaped
// wherever HTML renders it, and neutralised in journal fields, which render [code]…[/code] as HTML.
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!)
}

// Journal text: `[code` / `[/code` in any case or spacing loses its bracket to a look-alike; a `<` that could open
// a tag, comment or declaration becomes a single guillemet. Text stays readable; nothing renders.
const CODE_TAG = /\[(\s*\/?\s*code)/gi
const TAG_OPEN = /<(?=[A-Za-z\/!?])/g

export function neutraliseMarkup(text: string): string {
    return text.replace(CODE_TAG, '\uff3b$1').replace(TAG_OPEN, '\u2039')
}
