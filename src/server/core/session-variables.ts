// The session variables LogMeIn Rescue posts (Post-to-URL), under their canonical names.
// Rescue's own spelling varies by format (JSON `SessionID`, XML `<sessionid>`, `Note` vs `Notes`),
// so incoming keys are matched case-insensitively and ignoring punctuation.

/** Canonical names, in the order a reader expects them in a work note. */
export const SESSION_VARIABLES = [
    'SessionID',
    'TechName',
    'TechEmail',
    'TechSSOID',
    'TechID',
    'TechDescr',
    'CField0',
    'CField1',
    'CField2',
    'CField3',
    'CField4',
    'CField5',
    'Tracking0',
    'Platform',
    'WaitingTime',
    'PickupTime',
    'WorkTime',
    'ClosingTime',
    'LastActionTime',
    'Transmitted',
    'Notes',
    'ChatLog',
] as const

export type SessionVariable = (typeof SESSION_VARIABLES)[number]

/** Lowercase letters and digits only: `Session_ID`, `sessionid` and `SessionID` compare equal. */
export function variableKey(name: string): string {
    return name.toLowerCase().replace(/[^a-z0-9]/g, '')
}

const CANONICAL_BY_KEY: { [key: string]: SessionVariable } = { note: 'Notes' }
for (const name of SESSION_VARIABLES) CANONICAL_BY_KEY[variableKey(name)] = name

/** The canonical variable an incoming key names, or undefined for a key Rescue does not document. */
export function canonicalVariable(name: string): SessionVariable | undefined {
    const key = variableKey(name)
    return Object.prototype.hasOwnProperty.call(CANONICAL_BY_KEY, key) ? CANONICAL_BY_KEY[key] : undefined
}
