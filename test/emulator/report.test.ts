// Reports (sys_report) as the emulator runs and shares them (emulator/README.md, "Reports"):
// - who sees a report: "Visible to Everyone … you can select required roles, and only users with at least one of those
//   roles can view the report": https://www.servicenow.com/docs/r/now-intelligence/reporting/t_ShareASetting.html
// - report_view ACLs restrict viewing by role only; without one, the table's read ACL roles decide (scripts and
//   conditions are not evaluated): https://www.servicenow.com/docs/r/now-intelligence/reporting/report-view-access-control.html,
//   https://www.servicenow.com/docs/r/xanadu/now-intelligence/reporting/read-access-control.html
// - charts of aggregate data do not apply the rows' read ACLs:
//   https://www.servicenow.com/docs/r/yokohama/now-intelligence/reporting/c_DistributeReports.html
// - trend reports: Group by (field), Trend by (trend_field), per (interval):
//   https://www.servicenow.com/docs/r/yokohama/now-intelligence/reporting/c_CreateTrendCharts.html
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

function world() {
    const instance = fixtureInstance()
    const incident = (category: string, priority: string, opened_at: string) =>
        instance.db.insert('incident', { short_description: 'x', category, priority, opened_at })
    incident('hardware', '1', '2026-03-02 09:00:00') // a Monday
    incident('hardware', '3', '2026-03-08 23:59:59') // the Sunday of that week
    incident('network', '2', '2026-03-09 00:00:00') // the next Monday
    incident('', '4', '2026-03-10 12:00:00')
    const report = (fields: Record<string, string>) =>
        instance.db.insert('sys_report', { title: 'r', table: 'incident', user: 'GLOBAL', ...fields })
    const users = {
        agent: instance.addUser({ user_name: 'agent', roles: ['itil'] }),
        plain: instance.addUser({ user_name: 'plain' }),
        admin: instance.addUser({ user_name: 'sysadmin', roles: ['admin'] }),
    }
    return { instance, report, users }
}

describe('running a report from its definition', () => {
    it('sums and averages a duration field as durations, shown in days, hours and minutes', () => {
        const { instance, report } = world()
        const worked = (category: string, time_worked: string) =>
            instance.db.insert('incident', { short_description: 'w', category: `${category}-timed`, time_worked })
        worked('a', '1970-01-01 00:29:29')
        worked('a', '1970-01-01 00:30:31')
        worked('b', '1970-01-02 02:00:00')
        const sum = instance.runReport(
            report({ type: 'bar', field: 'category', aggregate: 'SUM', sumfield: 'time_worked', filter: 'categoryLIKE-timed' })
        )
        expect(sum.durations).toBe(true)
        expect(sum.series[0]).toMatchObject({ amounts: [3600, 93600], shown: ['1 Hour', '1 Day 2 Hours'] })
        expect(
            instance.runReport(
                report({ type: 'bar', field: 'category', aggregate: 'MAX', sumfield: 'time_worked', filter: 'category=a-timed' })
            ).series[0]!.shown
        ).toEqual(['30 Minutes 31 Seconds'])
        const average = instance.runReport(
            report({ type: 'bar', field: 'category', aggregate: 'AVG', sumfield: 'time_worked', filter: 'category=a-timed' })
        )
        expect(average.series[0]).toMatchObject({ amounts: [1800], shown: ['30 Minutes'] })
        const numbers = instance.runReport(report({ type: 'bar', field: 'category', aggregate: 'AVG', sumfield: 'priority' }))
        expect(numbers.durations).toBe(false)
    })

    it('counts the rows of each group (bar), empty values as (empty), choice-less values as stored', () => {
        const { instance, report } = world()
        const result = instance.runReport(report({ type: 'bar', field: 'category', aggregate: 'COUNT' }))
        expect(result.categories.map((c) => c.label)).toEqual(['(empty)', 'hardware', 'network'])
        expect(result.series).toEqual([{ value: '', label: 'COUNT', amounts: [1, 2, 1], shown: ['1', '2', '1'] }])
    })

    it('applies the filter and aggregates a field (SUM, AVG)', () => {
        const { instance, report } = world()
        const sum = instance.runReport(
            report({ type: 'pie', field: 'category', aggregate: 'SUM', sumfield: 'priority', filter: 'category!=network' })
        )
        expect(sum.rows).toBe(3)
        expect(Object.fromEntries(sum.categories.map((c, i) => [c.value, sum.series[0]!.amounts[i]]))).toEqual({ '': 4, hardware: 4 })
        const average = instance.runReport(
            report({ type: 'bar', field: 'category', aggregate: 'AVG', sumfield: 'priority', filter: 'category=hardware' })
        )
        expect(average.series[0]!.amounts).toEqual([2])
    })

    it('leaves empty values out of AVG, MIN and MAX (the row still counts for COUNT)', () => {
        const { instance, report } = world()
        instance.db.insert('incident', { short_description: 'x', category: 'hardware', priority: '', opened_at: '2026-03-03 10:00:00' })
        const run = (aggregate: string) =>
            instance.runReport(report({ type: 'bar', field: 'category', aggregate, sumfield: 'priority', filter: 'category=hardware' }))
                .series[0]!.amounts
        expect([run('AVG'), run('MIN'), run('MAX'), run('COUNT')]).toEqual([[2], [1], [3], [3]])
    })

    it('trends per week (weeks start on Monday), stacked by the Group by field', () => {
        const { instance, report } = world()
        const result = instance.runReport(
            report({ type: 'trend', trend_field: 'opened_at', interval: 'week', field: 'category', filter: 'categoryISNOTEMPTY' })
        )
        expect(result.categories.map((c) => c.value)).toEqual(['2026-03-02', '2026-03-09'])
        expect(result.series.map((s) => [s.value, s.amounts])).toEqual([
            ['hardware', [2, 0]],
            ['network', [0, 1]],
        ])
    })

    it('refuses what it does not emulate, and fields the table does not have', () => {
        const { instance, report } = world()
        expect(() => instance.runReport(report({ type: 'heatmap', field: 'category' }))).toThrow(/unsupported/)
        expect(() => instance.runReport(report({ type: 'bar', field: 'category', aggregate: 'COUNT_DISTINCT' }))).toThrow(/unsupported/)
        expect(() => instance.runReport(report({ type: 'bar', field: 'no_such_field' }))).toThrow(/has no field no_such_field/)
        expect(() => instance.runReport(report({ type: 'bar', field: 'category', filter: 'no_such_field=1' }))).toThrow(
            /has no field no_such_field/
        )
    })
})

describe('who may view a report', () => {
    it('shared with everyone and required roles: only holders of one of them (admin holds every role)', () => {
        const { instance, report, users } = world()
        const everyone = report({ type: 'bar', field: 'category' })
        const itilOnly = report({ type: 'bar', field: 'category', roles: 'itil' })
        expect([users.agent, users.plain, users.admin].map((user) => instance.canViewReport(everyone, user))).toEqual([true, true, true])
        expect([users.agent, users.plain, users.admin].map((user) => instance.canViewReport(itilOnly, user))).toEqual([true, false, true])
    })

    it("a personal report is its creator's only", () => {
        const { instance, report, users } = world()
        const personal = report({ type: 'bar', field: 'category', user: users.agent })
        expect([instance.canViewReport(personal, users.agent), instance.canViewReport(personal, users.plain)]).toEqual([true, false])
    })

    it("a report_view ACL on the table decides by role; without one, the table's read ACL roles do (their scripts are not run)", () => {
        const { instance, report, users } = world()
        const everyone = report({ type: 'bar', field: 'category' })
        instance.addAcl({ name: 'incident', operation: 'read', roles: ['itil'], script: 'answer = false;' })
        expect([instance.canViewReport(everyone, users.agent), instance.canViewReport(everyone, users.plain)]).toEqual([true, false])
        instance.addAcl({ name: 'incident', operation: 'report_view', roles: ['admin'] })
        expect([instance.canViewReport(everyone, users.agent), instance.canViewReport(everyone, users.admin)]).toEqual([false, true])
    })

    it('a report_view ACL on a field the report groups by decides too', () => {
        const { instance, report, users } = world()
        const byCategory = report({ type: 'bar', field: 'category' })
        const byPriority = report({ type: 'bar', field: 'priority' })
        instance.addAcl({ name: 'incident.category', operation: 'report_view', roles: ['admin'] })
        expect([instance.canViewReport(byCategory, users.agent), instance.canViewReport(byPriority, users.agent)]).toEqual([false, true])
    })
})
