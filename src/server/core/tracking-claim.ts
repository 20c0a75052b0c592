// Which Rescue session a PIN's tracking value (Tracking0) links to the PIN's record: exactly the one that claimed
// it. The first session to arrive with the value claims it — on the PIN row, or on its own row when it was stored
// before (an earlier post of it carried no Tracking0) — and its repeats, start and end keep landing. Any other
// session carrying the value (a month later, with a new Rescue session id) is stored unlinked: nothing is lost,
// no note is written, and the answer names no record. Pure: platform/session-store.ts reads the facts.

export interface TrackingFacts {
    /** The Rescue session id the PIN row with this tracking value holds ('' when none yet); null when no PIN has it. */
    readonly pinRowSession: string | null
    /** Rescue session ids of the other rows that hold the value: a session that claimed it on its own row. */
    readonly claimedOnOwnRow: readonly string[]
    /** The post's Rescue session id. */
    readonly sessionId: string
    /** The first attempt to claim the PIN row was refused: this session is already stored on a row of its own. */
    readonly retrying: boolean
}

export type TrackingClaim =
    /** No PIN has this tracking value: it links nothing. */
    | { readonly kind: 'no_pin' }
    /** The post goes to the PIN row: its session is the PIN row's, or claims it now. */
    | { readonly kind: 'pin_row' }
    /** The post goes to the session's own row, linked to the PIN's record; `writeClaim`: the row records the value now. */
    | { readonly kind: 'own_row'; readonly writeClaim: boolean }
    /** Another session claimed the value: the post is stored on its own row, unlinked. */
    | { readonly kind: 'claimed_by_another' }

export function decideTrackingClaim(facts: TrackingFacts): TrackingClaim {
    if (facts.pinRowSession === null) return { kind: 'no_pin' }
    // The PIN row's own session is the claim; else the earliest session that claimed the value on its own row.
    const claimant = facts.pinRowSession !== '' ? facts.pinRowSession : (facts.claimedOnOwnRow[0] ?? '')
    if (claimant === '') return facts.retrying ? { kind: 'own_row', writeClaim: true } : { kind: 'pin_row' }
    if (claimant !== facts.sessionId) return { kind: 'claimed_by_another' }
    return facts.pinRowSession === facts.sessionId ? { kind: 'pin_row' } : { kind: 'own_row', writeClaim: false }
}
