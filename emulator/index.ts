// The Glide emulator: see README.md for the contract.
export { Instance, type LoadOptions, type NewUser, type NewAcl, type CurrentRecord, type AttachedFile } from './instance.ts'
export type { AjaxResult } from './platform/ajax.ts'
export type { FormActions, FormView, NavigatorMenu, NavigatorModule, PropertiesPageEntry, ShownAction } from './platform/ui.ts'
export { shownAmount, type ReportResult, type ReportSeries } from './platform/report.ts'
export type { RestRequest, RestResult, RestError } from './platform/rest.ts'
export type { OutboundRequest, OutboundAnswer, OutboundHandler } from './platform/outbound.ts'
export type { Counters, LogEntry, EventEntry, OutboundEntry } from './platform/runtime.ts'
export type { Row } from './engine/loader.ts'
export type { JournalEntry, Truncation } from './engine/db.ts'
export type { SecretSighting } from './platform/secrets.ts'
export type { SentEmail } from './platform/notifications.ts'
export { answerTokenRequest, type IssuedTokens } from './platform/oauth-token-endpoint.ts'
export {
    RescueSimulator,
    type RescueSimulatorOptions,
    type RescueMethod,
    type TechnicianOptions,
    type TechnicianState,
    type Failure,
    type RescueCall,
    type ConnectorToken,
} from './rescue/simulator.ts'
export { RESCUE_HOSTS, type RescueRegion, type IssuedPin } from './rescue/issued-pin.ts'
export {
    sessionPost,
    sessionVariables,
    rescueDateTime,
    type SessionKind,
    type SessionPostFormat,
    type SessionPost,
} from './rescue/session-posts.ts'
export {
    RescueReports,
    SESSION_COLUMNS,
    REPORT_METHODS,
    type ReportedSession,
    type ReportVariants,
    type ReportMethod,
} from './rescue/reports.ts'
