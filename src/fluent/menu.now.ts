import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { userRole } from './roles.now'
import { LABELS } from '../i18n/en'

// Titles and hints are translated_field values: their translations ship as sys_translated records
// (src/i18n/languages, generated/translations.now.ts).
const F = LABELS.fields

export const rescueMenu = ApplicationMenu({
    $id: Now.ID['menu'],
    title: F.menu_title.value,
    hint: F.menu_hint.value,
    roles: [userRole],
})

// Opens the one properties page that holds every setting (see properties.now.ts).
Record({
    $id: Now.ID['module-settings'],
    table: 'sys_app_module',
    data: {
        title: F.module_settings.value,
        application: rescueMenu,
        link_type: 'DIRECT',
        query: 'system_properties_ui.do?sysparm_category=LogMeIn Rescue&sysparm_title=LogMeIn Rescue Settings',
        roles: ['x_rescue_connect.admin'],
        order: 100,
        hint: F.module_settings_hint.value,
    },
})

Record({
    $id: Now.ID['module-sessions'],
    table: 'sys_app_module',
    data: {
        title: F.module_sessions.value,
        application: rescueMenu,
        link_type: 'LIST',
        name: 'x_rescue_connect_session',
        roles: ['x_rescue_connect.user'],
        order: 200,
        hint: F.module_sessions_hint.value,
    },
})

// The reports on Rescue sessions (reports.now.ts, and any an admin adds on the session table).
Record({
    $id: Now.ID['module-reports'],
    table: 'sys_app_module',
    data: {
        title: F.module_reports.value,
        application: rescueMenu,
        link_type: 'LIST',
        name: 'sys_report',
        filter: 'table=x_rescue_connect_session',
        roles: ['x_rescue_connect.admin'],
        order: 250,
        hint: F.module_reports_hint.value,
    },
})

Record({
    $id: Now.ID['module-token-setup'],
    table: 'sys_app_module',
    data: {
        title: F.module_token_setup.value,
        application: rescueMenu,
        link_type: 'DIRECT',
        query: 'x_rescue_connect_token_setup.do',
        roles: ['x_rescue_connect.admin'],
        order: 300,
        hint: F.module_token_setup_hint.value,
    },
})
