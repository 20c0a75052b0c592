// Generate Rescue PIN writes on the record in the agent's name: the PIN note now, the session notes and a Time
// Worked entry credited to them later. So an agent who may read a record but not change it, or not add work notes
// to it, gets a clear sentence (in their language) and no PIN: Rescue is not called, no note, no session row.
// The record's own ACLs decide (GlideRecordSecure canWrite, GlideElement canWrite on work_notes — emulator/README.md,
// "ACLs": https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideElementScopedAPI.html).
import { describe, expect, it } from 'vitest'
import { pinWorld, sessionsFor, type PinWorld } from './pin-fixture.ts'

/** Platform-style ACLs: the agent's role reads incidents and cases; `writers` may change them (and their work notes). */
function restricted(world: PinWorld, writers: string[]) {
    for (const table of ['incident', 'sn_customerservice_case']) {
        world.instance.addAcl({
            name: table,
            operation: 'read',
            roles: ['x_rescue_connect.user'],
            description: 'platform-style: agents read',
        })
        world.instance.addAcl({ name: table, operation: 'write', roles: writers, description: 'platform-style: only these write' })
    }
}

function expectNoPin(world: PinWorld, table: string, sysId: string, asUser = world.agent) {
    const { answer } = world.generatePin(table, sysId, asUser)
    expect(answer.ok).toBe(false)
    expect(answer.code).toBe('RECORD_READ_ONLY')
    expect(answer).not.toHaveProperty('pin')
    expect(world.instance.outbound).toEqual([])
    expect(sessionsFor(world, sysId)).toEqual([])
    expect(world.instance.journal(table, sysId)).toEqual([])
    expect(world.instance.events).toEqual([])
    return answer
}

describe('Generate Rescue PIN on a record the agent may only read', () => {
    it('an incident the agent cannot write: a sentence that says why, no Rescue call, nothing written', () => {
        const world = pinWorld()
        world.instance.db.insert('sys_user_role', { name: 'x_rescue_connect_test_writer' })
        restricted(world, ['x_rescue_connect_test_writer'])
        const answer = expectNoPin(world, 'incident', world.incident)
        expect(answer.message).toBe(
            'You can read this record but not change it or add work notes to it, and a PIN writes on it. Ask your ServiceNow admin or the assignment group for write access.'
        )
    })

    it('a case the agent cannot write, likewise', () => {
        const world = pinWorld()
        world.instance.db.insert('sys_user_role', { name: 'x_rescue_connect_test_writer' })
        restricted(world, ['x_rescue_connect_test_writer'])
        expectNoPin(world, 'sn_customerservice_case', world.case)
    })

    it('a record the agent may write but whose work notes they may not: no PIN either', () => {
        const world = pinWorld()
        restricted(world, ['x_rescue_connect.user'])
        world.instance.addAcl({
            name: 'incident.work_notes',
            operation: 'write',
            roles: ['admin'],
            description: 'platform-style: work notes for others',
        })
        expectNoPin(world, 'incident', world.incident)
    })

    it("the sentence is in the agent's language (nl, de, fr)", () => {
        const expected: Record<string, string> = {
            nl: 'U kunt dit record lezen, maar niet wijzigen of er werknotities aan toevoegen, en een pincode schrijft erop. Vraag uw ServiceNow-beheerder of de toewijzingsgroep om schrijfrechten.',
            de: 'Sie können diesen Datensatz lesen, aber weder ändern noch Arbeitsnotizen hinzufügen, und eine PIN schreibt darauf. Bitten Sie Ihren ServiceNow-Administrator oder die Zuweisungsgruppe um Schreibzugriff.',
            fr: 'Vous pouvez lire cet enregistrement mais pas le modifier ni y ajouter de notes de travail, et un code PIN y écrit. Demandez l’accès en écriture à votre administrateur ServiceNow ou au groupe d’affectation.',
        }
        for (const [language, text] of Object.entries(expected)) {
            const world = pinWorld()
            world.instance.db.insert('sys_user_role', { name: 'x_rescue_connect_test_writer' })
            restricted(world, ['x_rescue_connect_test_writer'])
            world.instance.db.update('sys_user', world.agent, { preferred_language: language })
            expect(expectNoPin(world, 'incident', world.incident).message, language).toBe(text)
        }
    })

    it('an agent who may write the record and its work notes gets the PIN, as before', () => {
        const world = pinWorld()
        restricted(world, ['x_rescue_connect.user'])
        const { answer } = world.generatePin('incident', world.incident)
        expect(answer.ok).toBe(true)
        expect(sessionsFor(world, world.incident)).toHaveLength(1)
        expect(world.instance.journal('incident', world.incident)).toHaveLength(1)
    })
})
