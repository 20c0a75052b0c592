// Step 3 of a session post: the pure parts of finding where it belongs — when the technician must be
// looked up, who the customer of a console session may be, and what a record created for a
// console-started session says. Which record a post reaches is the PIN row's business
// (platform/session-store.ts): text in a post never names it.
import type { RescueConfig } from './config'
import type { PostColumn } from './session-decision'
import type { SessionPost } from './session-post'
import { neutraliseMarkup } from './session-note'

const EMAIL = /^[^\s@<>"'(),;:\\[\]]+@[^\s@<>"'(),;:\\[\]]+\.[A-Za-z]{2,}$/

/**
 * The technician stored at PIN time stays unless Rescue reports a different SSO ID (a transferred
 * session); rows without a technician look one up. Saves a query on most posts.
 */
export function needsTechnicianLookup(columns: { readonly [column in PostColumn]?: string }, technicianSysId: string, post: SessionPost): boolean {
    const reported = (post.variables.TechSSOID || post.variables.TechEmail || '').toLowerCase()
    if (reported === '') return false
    if (technicianSysId === '') return true
    const stored = (columns.tech_sso_id || columns.tech_email || '').toLowerCase()
    return stored !== '' && stored !== reported
}

export interface ConsoleRecordTarget {
    readonly table: 'incident' | 'sn_customerservice_case'
    /** Where the customer is looked up, and the record field that references them. */
    readonly customerTable: 'sys_user' | 'customer_contact'
    readonly customerField: string
    /** Cases also carry the contact's account. */
    readonly accountField: string | null
}

export function consoleRecordTarget(config: Pick<RescueConfig, 'consoleRecordType' | 'incidentCallerField' | 'caseContactField'>): ConsoleRecordTarget {
    return config.consoleRecordType === 'case'
        ? { table: 'sn_customerservice_case', customerTable: 'customer_contact', customerField: config.caseContactField, accountField: 'account' }
        : { table: 'incident', customerTable: 'sys_user', customerField: config.incidentCallerField, accountField: null }
}

export interface CustomerCandidate {
    readonly field: 'email' | 'name'
    readonly value: string
}

/** Emails typed into any custom field first (most specific), then the Name field (CField0) as a full name. */
export function customerCandidates(post: SessionPost): CustomerCandidate[] {
    const v = post.variables
    const candidates: CustomerCandidate[] = []
    for (const text of [v.CField0, v.CField1, v.CField2, v.CField3, v.CField4, v.CField5]) {
        const value = (text ?? '').trim()
        if (EMAIL.test(value) && !candidates.some((c) => c.value.toLowerCase() === value.toLowerCase())) candidates.push({ field: 'email', value })
    }
    const name = (v.CField0 ?? '').trim()
    if (name !== '' && !EMAIL.test(name)) candidates.push({ field: 'name', value: name.slice(0, 160) })
    return candidates
}

export interface ConsoleRecordFields {
    readonly target: ConsoleRecordTarget
    readonly shortDescription: string
    readonly description: string
}

/** Short description names the session (and the customer, when Rescue knows them), within the field's 160 characters. */
export function consoleRecordFields(post: SessionPost, config: Pick<RescueConfig, 'consoleRecordType' | 'incidentCallerField' | 'caseContactField'>): ConsoleRecordFields {
    const v = post.variables
    const customer = v.CField0 ? ` with ${v.CField0}` : ''
    const shortDescription = neutraliseMarkup(`LogMeIn Rescue session ${post.sessionId}${customer}`.replace(/\s+/g, ' ')).slice(0, 160)
    const technician = v.TechName || v.TechSSOID || v.TechEmail || 'a technician'
    const description = neutraliseMarkup(
        `Created by the LogMeIn Rescue integration for session ${post.sessionId}, which ${technician} started ` +
        'from the Rescue Technician Console (no PIN from ServiceNow). Session details are in the work notes.'
    )
    return { target: consoleRecordTarget(config), shortDescription, description }
}
