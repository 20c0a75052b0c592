// Running a shipped report (a sys_report row) over the emulated database, so the sandbox draws what the report's own
// definition selects and aggregates — not a query written a second time. Rules and sources: emulator/README.md,
// "Reports". Supported: types bar, horizontal_bar, pie, donut (grouped by `field`) and trend (by `trend_field` per
// `interval`, stacked by `field`); aggregates COUNT, SUM, AVG, MIN, MAX (of `sumfield`); a `filter` on the table's own
// columns. Anything else throws "unsupported". Aggregates count every matching row: the platform documents that
// charts of aggregate data do not apply the rows' read ACLs (who may view the report at all is AccessControl's
// canViewReport).
import type { Row } from '../engine/loader.ts'
import { conditionsMatch, parseEncodedQuery, withStoredValues } from '../engine/query.ts'
import type { Schema } from '../engine/schema.ts'
import { unsupported } from '../engine/unsupported.ts'
import { displayText, internalDateTimeMillis, storedValue } from '../engine/values.ts'

export interface ReportSeries {
    /** The stacked field's stored value ('' for the one series of an unstacked report). */
    value: string
    label: string
    /** One amount per category (seconds for a duration's SUM, AVG, MIN and MAX). */
    amounts: number[]
    /** The amounts as the report shows them: a duration in days, hours and minutes; a number as it is. */
    shown: string[]
}

export interface ReportResult {
    title: string
    type: string
    table: string
    aggregate: string
    /** x-axis (bar: the grouped field's values; trend: the periods), in order. */
    categories: { value: string; label: string }[]
    series: ReportSeries[]
    /** Rows the filter selected. */
    rows: number
    /** The aggregated field is a duration: its values add up as durations and show as durations. */
    durations: boolean
}

/**
 * An amount as the report shows it: a duration's aggregate "is expressed in terms of days, hours, minutes, and seconds"
 * (zero parts left out, whole seconds); a number as it is, an average to one decimal.
 */
export function shownAmount(amount: number, duration: boolean): string {
    if (!duration) return Number.isInteger(amount) ? String(amount) : amount.toFixed(1)
    const seconds = Math.round(amount)
    const parts: [number, string][] = [
        [Math.floor(seconds / 86400), 'Day'],
        [Math.floor(seconds / 3600) % 24, 'Hour'],
        [Math.floor(seconds / 60) % 60, 'Minute'],
        [seconds % 60, 'Second'],
    ]
    const shown = parts.filter(([count]) => count > 0).map(([count, unit]) => `${count} ${unit}${count === 1 ? '' : 's'}`)
    return shown.length > 0 ? shown.join(' ') : '0 Seconds'
}

const GROUPED_TYPES = new Set(['bar', 'horizontal_bar', 'pie', 'donut'])
const AGGREGATES = new Set(['COUNT', 'SUM', 'AVG', 'MIN', 'MAX'])
const EMPTY_LABEL = '(empty)'

/** The fields a report names: grouping, aggregation, trend and every field its filter tests. */
export function reportFields(report: Row): string[] {
    const fields = [report.field, report.sumfield, report.trend_field].filter((name): name is string => Boolean(name))
    for (const group of parseEncodedQuery(report.filter ?? '').groups)
        for (const condition of group) for (const term of condition) fields.push(term.field)
    return [...new Set(fields)]
}

/** The start of the period a date-time (internal UTC value) falls in. Weeks start on Monday (ISO 8601). */
function periodOf(stored: string, interval: string): string | undefined {
    const millis = internalDateTimeMillis(stored)
    if (millis === undefined) return undefined
    const date = new Date(millis)
    const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10)
    switch (interval) {
        case 'date':
            return ymd(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
        case 'week':
            return ymd(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - ((date.getUTCDay() + 6) % 7))
        case 'month':
            return ymd(date.getUTCFullYear(), date.getUTCMonth(), 1)
        case 'year':
            return ymd(date.getUTCFullYear(), 0, 1)
        default:
            return unsupported(`sys_report interval ${interval}`)
    }
}

function aggregateOf(aggregate: string, values: number[], count: number): number {
    switch (aggregate) {
        case 'COUNT':
            return count
        case 'SUM':
            return values.reduce((sum, value) => sum + value, 0)
        case 'AVG':
            return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
        case 'MIN':
            return values.length === 0 ? 0 : Math.min(...values)
        default:
            return values.length === 0 ? 0 : Math.max(...values)
    }
}

export function runReport(
    report: Row,
    schema: Schema,
    rowsOf: (table: string) => Row[],
    displayOf: (table: string, field: string, value: string) => string
): ReportResult {
    const table = report.table ?? ''
    const type = report.type ?? ''
    const aggregate = (report.aggregate || 'COUNT').toUpperCase()
    if (!schema.has(table)) throw new Error(`sys_report ${report.title}: table ${table} does not exist`)
    if (!GROUPED_TYPES.has(type) && type !== 'trend') unsupported(`sys_report type ${type}`)
    if (!AGGREGATES.has(aggregate)) unsupported(`sys_report aggregate ${aggregate}`)
    for (const field of reportFields(report)) {
        if (field.includes('.')) unsupported(`sys_report ${report.title}: dot-walked field ${field}`)
        if (!schema.column(table, field)) throw new Error(`sys_report ${report.title}: ${table} has no field ${field}`)
    }
    if (aggregate !== 'COUNT' && !report.sumfield) throw new Error(`sys_report ${report.title}: aggregate ${aggregate} needs a sumfield`)

    const durations = aggregate !== 'COUNT' && schema.column(table, report.sumfield ?? '')?.type === 'glide_duration'
    // A duration's stored value is the date-time that long after 1970-01-01 00:00:00: aggregated as its seconds.
    const amountOf = (value: string): number | undefined => {
        if (value === '') return undefined
        if (durations) {
            const millis = internalDateTimeMillis(value)
            return millis === undefined ? undefined : millis / 1000
        }
        return Number.isFinite(Number(value)) ? Number(value) : undefined
    }
    const stored = (field: string, value: string) => storedValue(schema.column(table, field), value)
    const { groups } = withStoredValues(parseEncodedQuery(report.filter ?? ''), stored)
    const rows = rowsOf(table).filter((row) => groups.some((conditions) => conditionsMatch(conditions, (field) => row[field] ?? '')))
    const label = (field: string, value: string) =>
        value === '' ? EMPTY_LABEL : displayOf(table, field, value) || displayText(schema.column(table, field), value)

    // Buckets: category (group or period) × series (stacked value, or '' for none).
    const category = (row: Row): string | undefined =>
        type === 'trend' ? periodOf(row[report.trend_field ?? ''] ?? '', report.interval || 'year') : (row[report.field ?? ''] ?? '')
    const seriesOf = (row: Row): string => (type === 'trend' && report.field ? (row[report.field] ?? '') : '')
    const buckets = new Map<string, { values: number[]; count: number }>()
    const categories = new Set<string>()
    const seriesValues = new Set<string>()
    for (const row of rows) {
        const at = category(row)
        if (at === undefined) continue
        const series = seriesOf(row)
        categories.add(at)
        seriesValues.add(series)
        const key = `${at}\u0000${series}`
        const bucket = buckets.get(key) ?? { values: [], count: 0 }
        bucket.count++
        const amount = report.sumfield ? amountOf(row[report.sumfield] ?? '') : undefined
        if (amount !== undefined) bucket.values.push(amount)
        buckets.set(key, bucket)
    }
    const amountAt = (at: string, series: string) => {
        const bucket = buckets.get(`${at}\u0000${series}`)
        return bucket ? aggregateOf(aggregate, bucket.values, bucket.count) : 0
    }
    const orderedCategories = [...categories].sort()
    const orderedSeries = [...seriesValues].sort()
    return {
        title: report.title ?? '',
        type,
        table,
        aggregate,
        categories: orderedCategories.map((value) => ({ value, label: type === 'trend' ? value : label(report.field ?? '', value) })),
        series: orderedSeries.map((value) => ({
            value,
            label: value === '' && !(type === 'trend' && report.field) ? aggregate : label(report.field ?? '', value),
            amounts: orderedCategories.map((at) => amountAt(at, value)),
            shown: orderedCategories.map((at) => shownAmount(amountAt(at, value), durations)),
        })),
        rows: rows.length,
        durations,
    }
}
