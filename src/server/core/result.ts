// What every core step that can fail answers: its value, or a stable code (machines, tests and the log read it)
// with a message (people read it: a Message the edge translates, or a machine answer's English text).
import type { Message } from '../../shared/i18n'

export interface Success<T> {
    readonly ok: true
    readonly value: T
}

export interface Failure<Code extends string = string, Text extends Message | string = Message | string> {
    readonly ok: false
    readonly code: Code
    readonly message: Text
}

export type Result<T, F extends Failure = Failure> = Success<T> | F

export function succeed<T>(value: T): Success<T> {
    return { ok: true, value }
}

/** A failure from a code and message (a PinError, say), with any detail the step adds. */
export function fail<Code extends string, Text extends Message | string, Detail extends object = {}>(
    error: { readonly code: Code; readonly message: Text },
    detail?: Detail
): Failure<Code, Text> & Detail {
    return { ...(detail as Detail), ok: false, code: error.code, message: error.message }
}
