// The shipped reports on Rescue sessions (src/fluent/reports.now.ts): they name only fields the session table has
// (each of the right kind), only fields sys_report has, run in the emulator from their own definition, and are shared
// with integration admins only — as sharing and report_view ACLs work on the platform:
// https://www.servicenow.com/docs/r/now-intelligence/reporting/t_ShareASetting.html,
// https://www.servicenow.com/docs/r/now-intelligence/reporting/report-view-access-control.html,
// https://www.servicenow.com/docs/r/yokohama/now-intelligence/reporting/c_DistributeReports.html (aggregate charts do
// not apply the rows' read ACLs — which is why agents must not view these).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Instance } from '../../emulator/index.ts'
import { reportFields } from '../../emulator/platform/report.ts'
import { END_POST, START_POST } from '../fixtures/rescue-posts'
import { world as sessionWorld } from './session-harness'

const SESSION_TABLE = 'x_rescue_connect_session'
const SDK_TABLES = join(import.meta.dirname, '../../node_modules/@servicenow/sdk-core/src/fluent/tables')

/** The columns ServiceNow's own table definitions (shipped with SDK 4.9.0) give sys_report and its parent analytics_visualization. */
function sysReportColumns(): Set<string> {
    const names = new Set<string>()
    for (const file of ['sys_report.now.ts', 'analytics_visualization.now.ts']) {
        const source = readFileSync(join(SDK_TABLES, file), 'utf8')
        const schema = source.slice(source.indexOf('schema: {'))
        for (const match of schema.matchAll(/^ {8}([a-z_][a-z0-9_]*): [A-Za-z]+Column\(/gm)) names.add(match[1]!)
    }
    return names
}

function shippedReports(instance: Instance) {
    return instance.db.rows('sys_report').filter((row) => row.table === SESSION_TABLE)
}

const roleSets = [['itil', 'x_rescue_connect.user'], ['x_rescue_connect.admin'], ['x_rescue_connect.integration'], ['admin'], ['itil']]

describe('reports on Rescue sessions', () => {
    const instance = Instance.load()
    const reports = shippedReports(instance)

    it('ship at least the four the service desk asked for', () => {
        expect(reports.map((report) => report.title).sort()).toEqual([
            'LogMeIn Rescue: average waiting time before pick-up',
            'LogMeIn Rescue: sessions by platform',
            'LogMeIn Rescue: sessions per week (PIN vs console)',
            'LogMeIn Rescue: work time per technician',
        ])
    })

    it.each(reports.map((report) => [report.title, report] as const))(
        '%s names only fields the session table has, each of the right kind',
        (_title, report) => {
            const schema = instance.db.schema
            const fields = reportFields(report)
            expect(fields.length).toBeGreaterThan(0)
            for (const field of fields) expect(schema.column(SESSION_TABLE, field), `${report.title}: ${field}`).toBeDefined()
            if (report.trend_field) expect(schema.column(SESSION_TABLE, report.trend_field)!.type).toBe('glide_date_time')
            // Times are aggregated as durations, so the platform shows them in days, hours and minutes (issue 21).
            if (report.sumfield) expect(schema.column(SESSION_TABLE, report.sumfield)!.type).toBe('glide_duration')
            if (report.aggregate !== 'COUNT') expect(report.sumfield, `${report.title}: ${report.aggregate} needs a field`).toBeTruthy()
        }
    )

    it('use only fields sys_report has (as the SDK defines the table)', () => {
        const columns = sysReportColumns()
        expect(columns.has('trend_field') && columns.has('type')).toBe(true)
        for (const report of reports) {
            const used = Object.keys(report).filter((name) => !name.startsWith('sys_'))
            expect(
                used.filter((name) => !columns.has(name)),
                report.title
            ).toEqual([])
        }
    })

    it('are shared with integration admins, never with everyone', () => {
        for (const report of reports) expect([report.user, report.roles], report.title).toEqual(['GLOBAL', 'x_rescue_connect.admin'])
    })

    it('are viewable by integration admins and admins only: agents would count sessions of records they may not open', () => {
        const viewers = Instance.load()
        const users = roleSets.map((roles, index) => viewers.addUser({ user_name: `user${index}`, roles }))
        for (const report of shippedReports(viewers)) {
            expect(
                users.map((user) => viewers.canViewReport(report.sys_id, user)),
                report.title
            ).toEqual([false, true, false, true, false])
        }
    })

    it('keep any report on the table (not only these) from agents: a report_view ACL by role', () => {
        const viewers = Instance.load()
        const agent = viewers.addUser({ user_name: 'agent', roles: ['itil', 'x_rescue_connect.user'] })
        const admin = viewers.addUser({ user_name: 'rescue.admin', roles: ['x_rescue_connect.admin'] })
        const ownReport = viewers.db.insert('sys_report', {
            title: 'mine',
            table: SESSION_TABLE,
            type: 'bar',
            field: 'state',
            aggregate: 'COUNT',
            user: 'GLOBAL',
        })
        expect([viewers.canViewReport(ownReport, agent), viewers.canViewReport(ownReport, admin)]).toEqual([false, true])
    })

    it('read as times: a post stores its seconds beside a duration, and the time reports sum and average the durations', () => {
        const w = sessionWorld()
        expect(w.post(START_POST).status).toBeLessThan(300)
        expect(w.post(END_POST).status).toBeLessThan(300)
        const row = w.sessionRows()[0]!
        // 1769 s of work and 42 s of waiting: integers as Rescue sent them, and the same as glide_duration values.
        expect([row.work_time, row.work_duration, row.waiting_time, row.waiting_duration]).toEqual([
            '1769',
            '1970-01-01 00:29:29',
            '42',
            '1970-01-01 00:00:42',
        ])
        expect(w.instance.displayValue(SESSION_TABLE, 'work_duration', row.work_duration!, 'system')).toBe('29 Minutes')
        const workTime = w.instance.runReport('LogMeIn Rescue: work time per technician')
        expect(workTime.durations).toBe(true)
        expect(workTime.series[0]!.amounts).toEqual([1769])
        expect(workTime.series[0]!.shown).toEqual(['29 Minutes 29 Seconds'])
        expect(w.instance.runReport('LogMeIn Rescue: average waiting time before pick-up').durations).toBe(true)
    })

    it('each runs from its own definition', () => {
        for (const report of reports) expect(() => instance.runReport(report.sys_id), report.title).not.toThrow()
    })

    it('are listed by LogMeIn Rescue > Reports, for integration admins', () => {
        const menu = instance.db.rows('sys_app_application').find((row) => row.title === 'LogMeIn Rescue')!
        const module = instance.db.rows('sys_app_module').find((row) => row.application === menu.sys_id && row.title === 'Reports')!
        expect(module).toMatchObject({
            link_type: 'LIST',
            name: 'sys_report',
            filter: `table=${SESSION_TABLE}`,
            roles: 'x_rescue_connect.admin',
        })
    })
})
