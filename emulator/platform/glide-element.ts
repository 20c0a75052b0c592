// GlideElement: what `gr.field` gives. toString() is the value (booleans 'true'/'false', journals ''),
// `==` compares through valueOf (so `current.active == true` works), and a reference dot-walks:
// `gr.caller_id.email` reads the referenced user's email. canRead/canWrite/canCreate ask the field's ACLs.
import type { RecordOperation } from './acl.ts'
import type { ColumnDefinition } from '../engine/loader.ts'
import { JOURNAL_TYPES } from '../engine/schema.ts'
import { APP_SCOPE } from '../engine/scope.ts'
import { decryptPassword2, displayedValue } from '../engine/values.ts'
import { unsupported } from '../engine/unsupported.ts'

/** What an element needs from its record. */
export interface ElementHost {
    column(field: string): ColumnDefinition | undefined
    storedValue(field: string): string
    displayValue(field: string): string
    setDisplayValue(field: string, value: string): void
    /** A GlideRecord (proxy) on the referenced row; not positioned when the reference is empty. */
    refRecord(field: string): unknown
    refElement(field: string, referencedField: string): unknown
    /** The scope the positioned row belongs to (see scope.ts). */
    rowScope(): string
    /** The record's table-level ACL decision for the operation, then the field's. */
    canAccessField(field: string, operation: RecordOperation): boolean
}

const UNSUPPORTED_ELEMENT_METHODS = new Set([
    'getChoices',
    'getChoiceValue',
    'getED',
    'getLabel',
    'getJournalEntry',
    'getHTMLValue',
    'getGlideObject',
    'getTableName',
    'hasValue',
    'changes',
    'changesFrom',
    'changesTo',
    'setError',
    'setPhoneNumber',
    'dateNumericValue',
    'getValue',
    'getName',
])

class Element {
    #host: ElementHost
    #field: string

    constructor(host: ElementHost, field: string) {
        this.#host = host
        this.#field = field
    }

    toString(): string {
        const column = this.#host.column(this.#field)
        if (JOURNAL_TYPES.has(column?.type ?? '')) return ''
        return displayedValue(column, this.#host.storedValue(this.#field))
    }

    /** Booleans compare as booleans (`current.active == true`); everything else as its string. */
    valueOf(): string | boolean {
        const text = this.toString()
        return this.#host.column(this.#field)?.type === 'boolean' && text !== '' ? text === 'true' : text
    }

    getDisplayValue(): string {
        return this.#host.displayValue(this.#field)
    }

    /** Scoped scripts decrypt password2 values only of rows in their own scope (emulator/README.md, "Platform rules"). */
    getDecryptedValue(): string {
        const scope = this.#host.rowScope()
        if (scope !== APP_SCOPE)
            throw new Error(
                `Access to api 'getDecryptedValue(${this.#field})' from scope '${APP_SCOPE}' has been refused due to the api's cross-scope access policy (the row is in scope '${scope}')`
            )
        return decryptPassword2(this.#host.storedValue(this.#field))
    }

    setDisplayValue(value: string): void {
        this.#host.setDisplayValue(this.#field, value)
    }

    /** The table a reference field points to; '' for any other field (GlideElement - Scoped, getReferenceTable). */
    getReferenceTable(): string {
        const column = this.#host.column(this.#field)
        return column?.type === 'reference' ? (column.reference ?? '') : ''
    }

    getRefRecord(): unknown {
        if (this.#host.column(this.#field)?.type !== 'reference')
            unsupported(`GlideElement.getRefRecord on non-reference field ${this.#field}`)
        return this.#host.refRecord(this.#field)
    }

    canRead(): boolean {
        return this.#host.canAccessField(this.#field, 'read')
    }

    canWrite(): boolean {
        return this.#host.canAccessField(this.#field, 'write')
    }

    canCreate(): boolean {
        return this.#host.canAccessField(this.#field, 'create')
    }

    nil(): boolean {
        return this.toString() === ''
    }

    toJSON(): string {
        return this.toString()
    }
}

/** The element for gr[field]: a proxy so that reference fields dot-walk and unknown methods throw. */
export function createElement(host: ElementHost, field: string): unknown {
    const element = new Element(host, field)
    return new Proxy(element, {
        get(target, prop) {
            if (typeof prop === 'symbol') {
                if (prop === Symbol.toPrimitive)
                    return (hint: string) =>
                        hint === 'number' ? Number(target.valueOf()) : hint === 'string' ? target.toString() : target.valueOf()
                return Reflect.get(target, prop)
            }
            const method = (Element.prototype as unknown as Record<string, unknown>)[prop]
            if (typeof method === 'function' && prop !== 'constructor') return method.bind(target)
            if (UNSUPPORTED_ELEMENT_METHODS.has(prop)) return () => unsupported(`GlideElement.${prop}`)
            if (host.column(field)?.type === 'reference') return host.refElement(field, prop)
            return undefined
        },
        set(_target, prop) {
            return unsupported(`assigning GlideElement.${String(prop)}`)
        },
    })
}
