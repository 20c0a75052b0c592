import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decideTrackingClaim, type TrackingFacts } from '../../src/server/core/tracking-claim'

const facts = (overrides: Partial<TrackingFacts>): TrackingFacts => ({
    pinRowSession: '',
    claimedOnOwnRow: [],
    sessionId: '512',
    retrying: false,
    ...overrides,
})

describe('decideTrackingClaim', () => {
    it('no PIN with the value: it links nothing', () => {
        expect(decideTrackingClaim(facts({ pinRowSession: null }))).toEqual({ kind: 'no_pin' })
    })

    it('an unclaimed PIN row is claimed by the first session (its own row when it was stored before)', () => {
        expect(decideTrackingClaim(facts({}))).toEqual({ kind: 'pin_row' })
        expect(decideTrackingClaim(facts({ retrying: true }))).toEqual({ kind: 'own_row', writeClaim: true })
    })

    it('the claiming session keeps landing: on the PIN row, or on its own row', () => {
        expect(decideTrackingClaim(facts({ pinRowSession: '512' }))).toEqual({ kind: 'pin_row' })
        expect(decideTrackingClaim(facts({ claimedOnOwnRow: ['512'] }))).toEqual({ kind: 'own_row', writeClaim: false })
        expect(decideTrackingClaim(facts({ claimedOnOwnRow: ['512'], retrying: true }))).toEqual({ kind: 'own_row', writeClaim: false })
    })

    it('any other session carrying a claimed value is not linked', () => {
        expect(decideTrackingClaim(facts({ pinRowSession: '511' }))).toEqual({ kind: 'claimed_by_another' })
        expect(decideTrackingClaim(facts({ claimedOnOwnRow: ['511'] }))).toEqual({ kind: 'claimed_by_another' })
        expect(decideTrackingClaim(facts({ pinRowSession: '511', retrying: true }))).toEqual({ kind: 'claimed_by_another' })
    })

    it('at most one session is ever linked through one value (property)', () => {
        // Sessions arrive in any order, some repeating; the claims made are recorded as the store records them.
        fc.assert(
            fc.property(
                fc.array(fc.record({ session: fc.constantFrom('a', 'b', 'c'), storedBefore: fc.boolean() }), { maxLength: 12 }),
                (arrivals) => {
                    let pinRowSession = ''
                    const ownClaims: string[] = []
                    const linked = new Set<string>()
                    for (const { session, storedBefore } of arrivals) {
                        let claim = decideTrackingClaim({ pinRowSession, claimedOnOwnRow: ownClaims, sessionId: session, retrying: false })
                        if (claim.kind === 'pin_row' && pinRowSession === '' && storedBefore)
                            claim = decideTrackingClaim({ pinRowSession, claimedOnOwnRow: ownClaims, sessionId: session, retrying: true })
                        if (claim.kind === 'pin_row') pinRowSession = session
                        if (claim.kind === 'own_row' && claim.writeClaim) ownClaims.push(session)
                        if (claim.kind === 'pin_row' || claim.kind === 'own_row') linked.add(session)
                    }
                    return linked.size <= 1
                }
            )
        )
    })
})
