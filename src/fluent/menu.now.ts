import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { userRole } from './roles.now'

export const rescueMenu = ApplicationMenu({
    $id: Now.ID['menu'],
    title: 'LogMeIn Rescue',
    hint: 'LogMeIn Rescue remote support integration',
    roles: [userRole],
})

// Opens the one properties page that holds every setting (see properties.now.ts).
Record({
    $id: Now.ID['module-settings'],
    table: 'sys_app_module',
    data: {
        title: 'Settings',
        application: rescueMenu,
        link_type: 'DIRECT',
        query: 'system_properties_ui.do?sysparm_category=LogMeIn Rescue&sysparm_title=LogMeIn Rescue Settings',
        roles: ['x_rescue_connect.admin'],
        order: 100,
        hint: 'Company ID, SSO password, buttons, work notes and email settings',
    },
})

Record({
    $id: Now.ID['module-sessions'],
    table: 'sys_app_module',
    data: {
        title: 'Sessions',
        application: rescueMenu,
        link_type: 'LIST',
        name: 'x_rescue_connect_session',
        roles: ['x_rescue_connect.user'],
        order: 200,
        hint: 'PINs issued and sessions reported by LogMeIn Rescue',
    },
})

// The reports on Rescue sessions (reports.now.ts, and any an admin adds on the session table).
Record({
    $id: Now.ID['module-reports'],
    table: 'sys_app_module',
    data: {
        title: 'Reports',
        application: rescueMenu,
        link_type: 'LIST',
        name: 'sys_report',
        filter: 'table=x_rescue_connect_session',
        roles: ['x_rescue_connect.admin'],
        order: 250,
        hint: 'Sessions per week, work time per technician, waiting time before pick-up, sessions by platform',
    },
})

Record({
    $id: Now.ID['module-token-setup'],
    table: 'sys_app_module',
    data: {
        title: 'Token Setup',
        application: rescueMenu,
        link_type: 'DIRECT',
        query: 'x_rescue_connect_token_setup.do',
        roles: ['x_rescue_connect.admin'],
        order: 300,
        hint: "Connect the instance to Rescue's hosted connector (OAuth refresh token)",
    },
})
