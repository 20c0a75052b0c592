// Query conditions as GlideRecord builds them (addQuery, addEncodedQuery) and how rows match them.
import { unsupported } from './unsupported.ts'

export type Operator =
    | '='
    | '!='
    | '>'
    | '>='
    | '<'
    | '<='
    | 'IN'
    | 'NOT IN'
    | 'STARTSWITH'
    | 'ENDSWITH'
    | 'CONTAINS'
    | 'DOES NOT CONTAIN'
    | 'LIKE'
    | 'ISEMPTY'
    | 'ISNOTEMPTY'

const OPERATORS: readonly Operator[] = [
    '=',
    '!=',
    '>',
    '>=',
    '<',
    '<=',
    'IN',
    'NOT IN',
    'STARTSWITH',
    'ENDSWITH',
    'CONTAINS',
    'DOES NOT CONTAIN',
    'LIKE',
    'ISEMPTY',
    'ISNOTEMPTY',
]

export interface Term {
    field: string
    operator: Operator
    value: string
}

/** A condition is a list of alternatives (OR); a query is the AND of its conditions, or an OR of such queries (^NQ). */
export type Condition = Term[]

export interface Order {
    field: string
    descending: boolean
}

export interface ParsedQuery {
    /** Each group is an AND of conditions; groups are OR-ed (^NQ). */
    groups: Condition[][]
    orders: Order[]
}

/** The query ACL operation an operator needs (Query ACLs): the "safe" match operators, or range for every other one. */
export function queryOperation(operator: Operator): 'query_match' | 'query_range' {
    return MATCH_OPERATORS.includes(operator) ? 'query_match' : 'query_range'
}

const MATCH_OPERATORS: readonly Operator[] = ['=', '!=', 'IN', 'NOT IN', 'ISEMPTY', 'ISNOTEMPTY']

export function toOperator(api: string, operator: string): Operator {
    const normalised = operator.trim().toUpperCase() as Operator
    if (!OPERATORS.includes(normalised)) unsupported(`${api} operator ${operator}`)
    return normalised
}

const TERM = /^([a-z0-9_.$]+?)(ISNOTEMPTY|ISEMPTY|NOT IN|IN|STARTSWITH|ENDSWITH|DOES NOT CONTAIN|CONTAINS|LIKE|!=|>=|<=|=|>|<)(.*)$/s

function parseTerm(text: string): Term {
    const match = TERM.exec(text)
    if (!match) return unsupported(`addEncodedQuery term "${text}"`)
    return { field: match[1]!, operator: match[2] as Operator, value: match[3] ?? '' }
}

/** `a=b^c=d^ORe=f^NQg=h^ORDERBYi` → groups of AND-ed conditions with OR alternatives, plus orders. */
export function parseEncodedQuery(encoded: string): ParsedQuery {
    const groups: Condition[][] = []
    const orders: Order[] = []
    for (const groupText of encoded.split('^NQ')) {
        const group: Condition[] = []
        for (const part of groupText.split('^')) {
            if (part === '' || part === 'EQ') continue
            if (part.startsWith('ORDERBYDESC')) orders.push({ field: part.slice('ORDERBYDESC'.length), descending: true })
            else if (part.startsWith('ORDERBY')) orders.push({ field: part.slice('ORDERBY'.length), descending: false })
            else if (part.startsWith('OR') && group.length > 0 && TERM.test(part.slice(2)))
                group[group.length - 1]!.push(parseTerm(part.slice(2)))
            else group.push([parseTerm(part)])
        }
        groups.push(group)
    }
    return { groups, orders }
}

/** The query with each value as its column stores it (so `active=true` matches the stored '1'); IN lists stay as written. */
export function withStoredValues(query: ParsedQuery, stored: (field: string, value: string) => string): ParsedQuery {
    const convert = (term: Term): Term =>
        term.operator === 'IN' || term.operator === 'NOT IN' ? term : { ...term, value: stored(term.field, term.value) }
    return { orders: query.orders, groups: query.groups.map((group) => group.map((condition) => condition.map(convert))) }
}

/** Reads a (possibly dot-walked) field of a row as its stored string. */
export type FieldReader = (field: string) => string

function numeric(a: string, b: string): [number, number] | undefined {
    const pattern = /^-?\d+(\.\d+)?$/
    return pattern.test(a) && pattern.test(b) ? [Number(a), Number(b)] : undefined
}

function compare(a: string, b: string): number {
    const numbers = numeric(a, b)
    if (numbers) return numbers[0] - numbers[1]
    return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Strings compare case-insensitively, as the platform documents for GlideRecord queries
 * (GlideFilter API, "Case sensitivity": "GlideRecord queries are case-insensitive"); an ACL's Applies To
 * compares exactly ("Applies-to is case sensitive", Explore ACLs).
 */
export type CaseRule = 'ignore case' | 'exact'

export function termMatches(term: Term, actual: string, caseRule: CaseRule = 'ignore case'): boolean {
    const { operator } = term
    const fold = (text: string) => (caseRule === 'exact' ? text : text.toLowerCase())
    const value = fold(term.value)
    const text = fold(actual)
    const inList = () => term.value.split(',').some((item) => fold(item.trim()) === text)
    switch (operator) {
        case '=':
            return text === value
        case '!=':
            return text !== value
        case '>':
            return actual !== '' && compare(actual, term.value) > 0
        case '>=':
            return actual !== '' && compare(actual, term.value) >= 0
        case '<':
            return actual !== '' && compare(actual, term.value) < 0
        case '<=':
            return actual !== '' && compare(actual, term.value) <= 0
        case 'IN':
            return inList()
        case 'NOT IN':
            return !inList()
        case 'STARTSWITH':
            return text.startsWith(value)
        case 'ENDSWITH':
            return text.endsWith(value)
        case 'CONTAINS':
        case 'LIKE':
            return text.includes(value)
        case 'DOES NOT CONTAIN':
            return !text.includes(value)
        case 'ISEMPTY':
            return actual === ''
        case 'ISNOTEMPTY':
            return actual !== ''
    }
}

export function conditionsMatch(conditions: Condition[], read: FieldReader, caseRule: CaseRule = 'ignore case'): boolean {
    return conditions.every((alternatives) => alternatives.some((term) => termMatches(term, read(term.field), caseRule)))
}

export function sortRows<T>(rows: T[], orders: Order[], read: (row: T, field: string) => string): T[] {
    if (orders.length === 0) return rows
    return [...rows].sort((a, b) => {
        for (const order of orders) {
            const difference = compare(read(a, order.field), read(b, order.field))
            if (difference !== 0) return order.descending ? -difference : difference
        }
        return 0
    })
}
