// SVG for a report's result (emulator/platform/report.ts runs the shipped sys_report definition; this only draws it):
// trend → columns per period stacked by series, horizontal_bar/bar → one bar per group, pie/donut → slices.
// Labels are escaped: they are data (technician names, platforms Rescue sent).
import { shownAmount, type ReportResult } from '../emulator/index.ts'
import { escapeHtml } from '../src/shared/markup.ts'

const COLORS = ['#1f6f8b', '#f2b33d', '#5b9a48', '#b5485d', '#7b61a8', '#3a9fa0', '#c9762b', '#5b6b77']
const WIDTH = 640
const FONT = 'font-family="system-ui, sans-serif" font-size="12" fill="#1d2b36"'

const color = (index: number) => COLORS[index % COLORS.length]!

/** An amount as the report shows it (a duration in days, hours and minutes): the emulator's rule. */
const shown = (result: ReportResult, amount: number) => shownAmount(amount, result.durations)

function legend(result: ReportResult, y: number): string {
    return result.series
        .map((series, index) => {
            const x = 10 + index * 170
            return `<rect x="${x}" y="${y}" width="12" height="12" fill="${color(index)}"/><text x="${x + 18}" y="${y + 10}" ${FONT}>${escapeHtml(series.label)}</text>`
        })
        .join('')
}

function svg(height: number, title: string, body: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`
}

/** Columns per category (period), stacked by series, with a y-axis maximum and a legend. */
function columns(result: ReportResult): string {
    const top = 20
    const plot = 220
    // Room for the axis label: a duration reads longer than a count.
    const left = result.durations ? 150 : 50
    const totals = result.categories.map((_, index) => result.series.reduce((sum, series) => sum + series.amounts[index]!, 0))
    const max = Math.max(1, ...totals)
    const slot = (WIDTH - left - 20) / Math.max(1, result.categories.length)
    const bar = Math.min(60, slot * 0.6)
    const parts: string[] = [
        `<line x1="${left}" y1="${top + plot}" x2="${WIDTH - 10}" y2="${top + plot}" stroke="#8a9aa6"/>`,
        `<text x="${left - 6}" y="${top + 4}" text-anchor="end" ${FONT}>${shown(result, max)}</text>`,
        `<text x="${left - 6}" y="${top + plot}" text-anchor="end" ${FONT}>0</text>`,
    ]
    result.categories.forEach((category, index) => {
        const x = left + slot * index + (slot - bar) / 2
        let y = top + plot
        result.series.forEach((series, seriesIndex) => {
            const amount = series.amounts[index]!
            if (amount <= 0) return
            const height = (amount / max) * plot
            y -= height
            parts.push(
                `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bar.toFixed(1)}" height="${height.toFixed(1)}" fill="${color(seriesIndex)}"><title>${escapeHtml(`${category.label}: ${series.label} ${shown(result, amount)}`)}</title></rect>`
            )
        })
        parts.push(
            `<text x="${(x + bar / 2).toFixed(1)}" y="${top + plot + 16}" text-anchor="middle" ${FONT}>${escapeHtml(category.label)}</text>`
        )
        parts.push(
            `<text x="${(x + bar / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle" ${FONT}>${shown(result, totals[index]!)}</text>`
        )
    })
    parts.push(legend(result, top + plot + 30))
    return svg(top + plot + 52, result.title, parts.join(''))
}

/** One horizontal bar per group (the report's single series). */
function bars(result: ReportResult): string {
    const series = result.series[0]
    const amounts = series?.amounts ?? []
    const max = Math.max(1, ...amounts)
    const labelWidth = 190
    const row = 28
    const parts = result.categories.map((category, index) => {
        const y = 10 + index * row
        const width = (amounts[index]! / max) * (WIDTH - labelWidth - (result.durations ? 150 : 70))
        return (
            `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" ${FONT}>${escapeHtml(category.label)}</text>` +
            `<rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="20" fill="${color(0)}"><title>${escapeHtml(`${category.label}: ${shown(result, amounts[index]!)}`)}</title></rect>` +
            `<text x="${(labelWidth + width + 6).toFixed(1)}" y="${y + 15}" ${FONT}>${shown(result, amounts[index]!)}</text>`
        )
    })
    return svg(20 + Math.max(1, result.categories.length) * row, result.title, parts.join(''))
}

/** Slices of a circle (a hole in the middle for donut), with a legend of amounts. */
function pie(result: ReportResult): string {
    const amounts = result.series[0]?.amounts ?? []
    const total = amounts.reduce((sum, amount) => sum + amount, 0)
    const [cx, cy, r] = [130, 130, 110]
    let angle = -Math.PI / 2
    const point = (a: number) => `${(cx + r * Math.cos(a)).toFixed(2)} ${(cy + r * Math.sin(a)).toFixed(2)}`
    const slices = amounts.map((amount, index) => {
        const label = `${result.categories[index]!.label}: ${shown(result, amount)}`
        if (total === 0 || amount === 0) return ''
        if (amount === total)
            return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color(index)}"><title>${escapeHtml(label)}</title></circle>`
        const end = angle + (amount / total) * 2 * Math.PI
        const path = `M ${cx} ${cy} L ${point(angle)} A ${r} ${r} 0 ${end - angle > Math.PI ? 1 : 0} 1 ${point(end)} Z`
        angle = end
        return `<path d="${path}" fill="${color(index)}" stroke="#fff"><title>${escapeHtml(label)}</title></path>`
    })
    const hole = result.type === 'donut' ? `<circle cx="${cx}" cy="${cy}" r="${r / 2}" fill="#fff"/>` : ''
    const keys = result.categories.map(
        (category, index) =>
            `<rect x="290" y="${20 + index * 22}" width="12" height="12" fill="${color(index)}"/><text x="308" y="${30 + index * 22}" ${FONT}>${escapeHtml(`${category.label}: ${shown(result, amounts[index]!)}`)}</text>`
    )
    return svg(Math.max(270, 40 + result.categories.length * 22), result.title, slices.join('') + hole + keys.join(''))
}

export function reportChart(result: ReportResult): string {
    if (result.categories.length === 0) return `<p class="muted">No data.</p>`
    if (result.type === 'trend') return columns(result)
    if (result.type === 'pie' || result.type === 'donut') return pie(result)
    return bars(result)
}
