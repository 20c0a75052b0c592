// Every behaviour emulator/README.md lists as an assumption the app depends on has its proof: an ATF Run Server
// Side Script step (marked `// Proof: <id>`) that an admin runs on the instance. A proof only reads — it writes
// nothing, changes no setting and never prints, logs or returns a secret — and it passes on the emulated instance.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ATF_STEPS, RUN_SERVER_SIDE_SCRIPT, runStep, serverScript } from './atf-steps.ts'
import { pinWorld } from './pin-fixture.ts'

const README = readFileSync(join(import.meta.dirname, '../../emulator/README.md'), 'utf8')
const section = README.split('## Assumptions the app depends on, and their proofs on the instance')[1]!.split('\n## ')[0]!
const ASSUMPTIONS = [...section.matchAll(/^\| ([a-z0-9]+(?:-[a-z0-9]+)+) \| /gm)].map((match) => match[1]!)
const proofOf = (id: string) =>
    ATF_STEPS.filter((step) => step.config === RUN_SERVER_SIDE_SCRIPT).find((step) => serverScript(step).includes(`// Proof: ${id}\n`))

describe('assumption proofs', () => {
    it('the README lists the assumptions the app depends on', () => {
        expect(ASSUMPTIONS).toEqual(['password2-property-in-clear', 'message-table-in-scope'])
    })

    it.each(ASSUMPTIONS)('%s has an ATF proof that only reads and shows no secret', (id) => {
        const step = proofOf(id)
        expect(step, `no ATF step marked // Proof: ${id}`).toBeDefined()
        const script = serverScript(step!)
        // Writes nothing and changes no setting.
        expect(script).not.toMatch(
            /\.(insert|update|deleteRecord|deleteMultiple|updateMultiple|setValue|initialize)\(|gs\.setProperty|setWorkflow/
        )
        // Prints and logs nothing (its one output is stepResult.setOutputMessage).
        expect(script).not.toMatch(/gs\.(info|warn|error|debug|log|print|addInfoMessage|addErrorMessage)\(/)
    })

    it('the password2 proof passes once the SSO password is set, and its output holds no password', () => {
        const world = pinWorld()
        const step = proofOf('password2-property-in-clear')!
        const { result, failures, messages } = runStep(world.instance, serverScript(step), world.agent)
        expect(failures).toEqual([])
        expect(result).toBe(true)
        const secrets = [
            world.instance.getProperty('x_rescue_connect.sso_password')!,
            world.instance.getProperty('x_rescue_connect.service_account.password')!,
        ].filter(Boolean)
        expect(secrets.length).toBeGreaterThan(0)
        for (const secret of secrets) for (const text of messages) expect(text).not.toContain(secret)
        expect(messages[0]).toMatch(
            /^gs\.getProperty reads password2 properties in clear \(x_rescue_connect\.sso_password: \d+ characters read, \d+ stored/
        )
        expect(world.instance.secretsSeen(secrets)).toEqual([])
    })

    it('the password2 proof fails with a sentence while the SSO password is empty (an empty password proves nothing)', () => {
        const world = pinWorld({ settings: { 'x_rescue_connect.sso_password': '', 'x_rescue_connect.service_account.password': '' } })
        const { result, messages } = runStep(world.instance, serverScript(proofOf('password2-property-in-clear')!), world.agent)
        expect(result).toBe(false)
        expect(messages).toEqual(['Enter the SSO password (x_rescue_connect.sso_password) first: an empty password proves nothing.'])
    })

    it('the Message table proof passes, in English and in a Dutch session', () => {
        const world = pinWorld()
        const dutch = world.instance.addUser({ user_name: 'proof.nl', preferred_language: 'nl', roles: ['admin'] })
        for (const user of [world.agent, dutch]) {
            const { result, failures } = runStep(world.instance, serverScript(proofOf('message-table-in-scope')!), user)
            expect(failures).toEqual([])
            expect(result).toBe(true)
        }
    })
})
