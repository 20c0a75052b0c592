import { Record } from '@servicenow/sdk/core'

// Reports on the Rescue Session table, opened from LogMeIn Rescue > Reports (menu.now.ts). Shared with everyone
// who holds x_rescue_connect.admin (user GLOBAL + roles: "Visible to Everyone" narrowed by required roles), and the
// report_view ACL in acls.now.ts keeps any report on the table to that role: charts of aggregate data do not apply
// the rows' read ACLs, so an agent would otherwise count sessions of incidents they may not open.
// The sandbox's Reports page draws each of them from these definitions (emulator/platform/report.ts).

// Sessions that really ran (Rescue sent a session id and a pick-up time), per week of pick-up, PIN vs console.
Record({
    $id: Now.ID['report-sessions-per-week'],
    table: 'sys_report',
    data: {
        title: 'LogMeIn Rescue: sessions per week (PIN vs console)',
        table: 'x_rescue_connect_session',
        type: 'trend',
        trend_field: 'pickup_time',
        interval: 'week',
        field: 'source',
        aggregate: 'COUNT',
        filter: 'rescue_session_idISNOTEMPTY^pickup_timeISNOTEMPTY',
        user: 'GLOBAL',
        roles: ['x_rescue_connect.admin'],
    },
})

// Total work time (seconds, Rescue's WorkTime) of ended sessions per technician as Rescue names them.
Record({
    $id: Now.ID['report-work-time-per-technician'],
    table: 'sys_report',
    data: {
        title: 'LogMeIn Rescue: work time per technician',
        table: 'x_rescue_connect_session',
        type: 'horizontal_bar',
        field: 'tech_name',
        aggregate: 'SUM',
        // The duration column, so the chart reads in days, hours and minutes (the platform sums durations as durations).
        sumfield: 'work_duration',
        filter: 'state=ended^work_time>0',
        user: 'GLOBAL',
        roles: ['x_rescue_connect.admin'],
    },
})

// How long customers waited before a technician picked them up (seconds, Rescue's WaitingTime), averaged per week.
Record({
    $id: Now.ID['report-average-waiting-time'],
    table: 'sys_report',
    data: {
        title: 'LogMeIn Rescue: average waiting time before pick-up',
        table: 'x_rescue_connect_session',
        type: 'trend',
        trend_field: 'pickup_time',
        interval: 'week',
        aggregate: 'AVG',
        sumfield: 'waiting_duration',
        filter: 'waiting_timeISNOTEMPTY^pickup_timeISNOTEMPTY',
        user: 'GLOBAL',
        roles: ['x_rescue_connect.admin'],
    },
})

// The customer's platform as Rescue reports it (Windows, macOS, iOS, Android, …).
Record({
    $id: Now.ID['report-sessions-by-platform'],
    table: 'sys_report',
    data: {
        title: 'LogMeIn Rescue: sessions by platform',
        table: 'x_rescue_connect_session',
        type: 'pie',
        field: 'platform',
        aggregate: 'COUNT',
        filter: 'rescue_session_idISNOTEMPTY',
        user: 'GLOBAL',
        roles: ['x_rescue_connect.admin'],
    },
})
