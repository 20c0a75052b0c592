// The incident or case a console-started session creates (x_rescue_connect.console_session.create_record): what its
// short description and description say. The session plan (core/session-plan.ts) decides whether one is created.
import type { RescueConfig } from './config'
import type { SessionPost } from './session-post'
import { neutraliseMarkup } from '../../shared/markup'
import { noteLine, variableLabel } from './session-note'
import type { SessionVariable } from './session-variables'
import { wholeValue } from './session-columns'
import { message, type Translate } from '../../shared/i18n'

/** task.description's declared size: what the app writes there stays within it, whole values only. */
const DESCRIPTION_CHARS = 4000

/** Rescue's Name field (CField0) and custom fields: what the customer typed, or what a PIN set. */
const CUSTOMER_FIELDS: readonly SessionVariable[] = ['CField0', 'CField1', 'CField2', 'CField3', 'CField4', 'CField5']

export interface ConsoleRecordFields {
    readonly table: 'incident' | 'sn_customerservice_case'
    readonly shortDescription: string
    readonly description: string
}

function notShownLine(name: SessionVariable, value: string, t: Translate): string {
    return t(message('console.not_shown', variableLabel(name), value.length))
}

/**
 * What the customer typed into Rescue's fields, as text lines under a heading that says so, within
 * `budget` characters: when they do not fit, the longest values are named with their length instead
 * (never cut). Empty when nothing was typed.
 */
function givenByCustomer(post: SessionPost, budget: number, t: Translate): string {
    const typed = CUSTOMER_FIELDS.filter((name) => (post.variables[name] ?? '') !== '')
    if (typed.length === 0) return ''
    const heading = t(message('console.given_by_customer'))
    const lines = typed.map((name) => t(noteLine(variableLabel(name), post.variables[name] as string)))
    const size = () => heading.length + lines.reduce((total, text) => total + 1 + text.length, 0)
    const longestFirst = typed.map((_, index) => index).sort((a, b) => lines[b].length - lines[a].length || a - b)
    for (const index of longestFirst) {
        if (size() <= budget) break
        lines[index] = notShownLine(typed[index], post.variables[typed[index]] as string, t)
    }
    return [heading].concat(lines).join('\n')
}

/**
 * The record created for a console-started session. Nothing the customer typed picks its caller or
 * contact (anyone can type anyone's name or email); it is kept in the description, marked as given by
 * the customer, and neutralised like every text from Rescue. The short description names the session only.
 * Both texts are in the work-notes language (`t`): everyone on the record reads them.
 */
export function consoleRecordFields(post: SessionPost, config: Pick<RescueConfig, 'consoleRecordType'>, t: Translate): ConsoleRecordFields {
    const v = post.variables
    const technician = wholeValue(v.TechName || v.TechSSOID || v.TechEmail, 'tech_name') || message('console.a_technician')
    const intro = t(message('console.description', post.sessionId, technician))
    const typed = givenByCustomer(post, DESCRIPTION_CHARS - intro.length - 2, t)
    return {
        table: config.consoleRecordType === 'case' ? 'sn_customerservice_case' : 'incident',
        shortDescription: t(message('console.short_description', post.sessionId)),
        description: neutraliseMarkup(typed === '' ? intro : `${intro}\n\n${typed}`),
    }
}
