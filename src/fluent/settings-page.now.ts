import { Record } from '@servicenow/sdk/core'
import {
    enabled,
    companyId,
    ssoPassword,
    regionEu,
    enterprise,
    incidentShowPinButton,
    caseShowPinButton,
    incidentCallerField,
    caseContactField,
    pinTables,
    pinCustomerFields,
    emailTechnician,
    emailCustomer,
    workNotesMode,
    workNotesFields,
    workNotesChatLog,
    chatLogAttachment,
    timeWorkedRecord,
    consoleCreateRecord,
    consoleRecordType,
    serviceAccountUsername,
    serviceAccountPassword,
    oauthApplication,
    tokenConnectorPath,
    httpTimeoutMs,
    pinReuseMinutes,
    pinValidityMinutes,
    debugLogging,
    debugApiLogging,
    workNotesLanguage,
    reconcileEnabled,
    reconcileApiToken,
    reconcileNodes,
} from './properties.now'
import { LABELS } from '../i18n/en'

// The one properties page (LogMeIn Rescue > Settings), in the order an admin fills it in.
export const settingsCategory = Record({
    $id: Now.ID['settings-category'],
    table: 'sys_properties_category',
    // The title is a translated_field (sys_translated, generated/translations.now.ts); the name is the page's key.
    data: { name: 'LogMeIn Rescue', title: LABELS.fields.settings_title.value },
})

Record({
    $id: Now.ID['settings-page-enabled'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: enabled, order: 100 },
})

Record({
    $id: Now.ID['settings-page-company-id'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: companyId, order: 200 },
})

Record({
    $id: Now.ID['settings-page-sso-password'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: ssoPassword, order: 300 },
})

Record({
    $id: Now.ID['settings-page-region-eu'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: regionEu, order: 400 },
})

Record({
    $id: Now.ID['settings-page-enterprise'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: enterprise, order: 500 },
})

Record({
    $id: Now.ID['settings-page-incident-show-pin-button'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: incidentShowPinButton, order: 600 },
})

Record({
    $id: Now.ID['settings-page-case-show-pin-button'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: caseShowPinButton, order: 700 },
})

Record({
    $id: Now.ID['settings-page-incident-caller-field'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: incidentCallerField, order: 800 },
})

Record({
    $id: Now.ID['settings-page-case-contact-field'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: caseContactField, order: 900 },
})

Record({
    $id: Now.ID['settings-page-pin-tables'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: pinTables, order: 910 },
})

Record({
    $id: Now.ID['settings-page-pin-customer-fields'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: pinCustomerFields, order: 920 },
})

Record({
    $id: Now.ID['settings-page-email-technician'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: emailTechnician, order: 1000 },
})

Record({
    $id: Now.ID['settings-page-email-customer'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: emailCustomer, order: 1100 },
})

Record({
    $id: Now.ID['settings-page-work-notes-mode'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: workNotesMode, order: 1200 },
})

Record({
    $id: Now.ID['settings-page-work-notes-fields'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: workNotesFields, order: 1300 },
})

Record({
    $id: Now.ID['settings-page-work-notes-chat-log'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: workNotesChatLog, order: 1400 },
})

Record({
    $id: Now.ID['settings-page-work-notes-language'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: workNotesLanguage, order: 1450 },
})

Record({
    $id: Now.ID['settings-page-chat-log-attachment'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: chatLogAttachment, order: 1420 },
})

Record({
    $id: Now.ID['settings-page-time-worked-record'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: timeWorkedRecord, order: 1440 },
})

Record({
    $id: Now.ID['settings-page-console-create-record'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: consoleCreateRecord, order: 1500 },
})

Record({
    $id: Now.ID['settings-page-console-record-type'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: consoleRecordType, order: 1600 },
})

Record({
    $id: Now.ID['settings-page-service-account-username'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: serviceAccountUsername, order: 1700 },
})

Record({
    $id: Now.ID['settings-page-service-account-password'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: serviceAccountPassword, order: 1800 },
})

Record({
    $id: Now.ID['settings-page-oauth-application'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: oauthApplication, order: 1900 },
})

Record({
    $id: Now.ID['settings-page-token-connector-path'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: tokenConnectorPath, order: 1950 },
})

Record({
    $id: Now.ID['settings-page-http-timeout-ms'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: httpTimeoutMs, order: 2000 },
})

Record({
    $id: Now.ID['settings-page-pin-reuse-minutes'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: pinReuseMinutes, order: 2010 },
})

Record({
    $id: Now.ID['settings-page-pin-validity-minutes'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: pinValidityMinutes, order: 2020 },
})

Record({
    $id: Now.ID['settings-page-debug-logging'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: debugLogging, order: 2100 },
})

Record({
    $id: Now.ID['settings-page-debug-api-logging'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: debugApiLogging, order: 2200 },
})

// Recovery from Rescue's session report, after the connector settings it backs up.
Record({
    $id: Now.ID['settings-page-reconcile-enabled'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: reconcileEnabled, order: 1960 },
})

Record({
    $id: Now.ID['settings-page-reconcile-api-token'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: reconcileApiToken, order: 1970 },
})

Record({
    $id: Now.ID['settings-page-reconcile-nodes'],
    table: 'sys_properties_category_m2m',
    data: { category: settingsCategory, property: reconcileNodes, order: 1980 },
})
