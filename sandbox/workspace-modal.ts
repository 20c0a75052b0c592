// g_modal.showFields as documented ("g_modal (Next Experience) - Client",
// https://www.servicenow.com/docs/r/api-reference/g_modalClientAPINX.html): the options it takes, the field
// types and, per type, the field keys. The sandbox's workspace shim and the artifact tests refuse anything
// else, so an option the platform ignores (such as a field's `readonly`) is caught before an instance sees it.

export const SHOW_FIELDS_OPTIONS = ['title', 'fields', 'callback', 'size', 'cancelTitle', 'confirmTitle', 'cancelType', 'confirmType', 'resizableConfig', 'instruction'] as const
export const SHOW_FIELDS_SIZES = ['fw', 'sm', 'md', 'lg'] as const

/** Keys each field type takes (besides `type`); `displayValue` appears in the page's reference and domain_id examples. */
export const SHOW_FIELDS_FIELD_KEYS: Record<string, readonly string[]> = {
    boolean: ['autoFocus', 'label', 'mandatory', 'name', 'value'],
    choice: ['autoFocus', 'choices', 'label', 'mandatory', 'name', 'value'],
    domain_id: ['label', 'referringRecordId', 'referringTable', 'value', 'displayValue'],
    glide_list: ['autoFocus', 'display_value_list', 'label', 'name', 'mandatory', 'referringRecordId', 'referringTable', 'value'],
    html: ['autoFocus', 'enableMentions', 'label', 'mandatory', 'name', 'referringRecordId', 'referringTable', 'value'],
    reference: ['autoFocus', 'label', 'mandatory', 'name', 'reference', 'referringRecordId', 'referringTable', 'value', 'displayValue'],
    string: ['autoFocus', 'label', 'mandatory', 'name', 'value'],
    textarea: ['autoFocus', 'label', 'mandatory', 'name', 'value'],
}

/** What in a showFields call the documentation does not describe, one phrase each; [] when all is documented. */
export function undocumentedShowFields(options: unknown): string[] {
    if (typeof options !== 'object' || options === null) return ['options must be an object']
    const problems: string[] = []
    const given = options as Record<string, unknown>
    for (const key of Object.keys(given)) if (!(SHOW_FIELDS_OPTIONS as readonly string[]).includes(key)) problems.push(`option "${key}"`)
    if (given.size !== undefined && !(SHOW_FIELDS_SIZES as readonly unknown[]).includes(given.size)) problems.push(`size "${String(given.size)}"`)
    const fields = Array.isArray(given.fields) ? given.fields : []
    if (!Array.isArray(given.fields)) problems.push('fields must be an array')
    fields.forEach((field: unknown, index) => {
        const entry = (typeof field === 'object' && field !== null ? field : {}) as Record<string, unknown>
        const allowed = SHOW_FIELDS_FIELD_KEYS[String(entry.type)]
        if (!allowed) return problems.push(`fields[${index}].type "${String(entry.type)}"`)
        for (const key of Object.keys(entry)) if (key !== 'type' && !allowed.includes(key)) problems.push(`fields[${index}].${key} (type ${String(entry.type)})`)
    })
    return problems
}
