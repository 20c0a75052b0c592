// The Glide emulator: see README.md for the contract.
export { Instance, type LoadOptions, type NewUser, type CurrentRecord } from './instance.ts'
export type { AjaxResult } from './ajax.ts'
export type { RestRequest, RestResult, RestError } from './rest.ts'
export type { OutboundRequest, OutboundAnswer, OutboundHandler } from './outbound.ts'
export type { Counters, LogEntry, EventEntry, OutboundEntry } from './runtime.ts'
export type { Row } from './loader.ts'
export type { JournalEntry } from './db.ts'
export type { SecretSighting } from './secrets.ts'
