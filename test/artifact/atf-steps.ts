// The ATF tests the app ships, read from the built XML (dist/app/update), and their Run Server Side Script
// steps run on the emulated instance as ATF runs them. Shared by atf.test.ts, session-atf.test.ts and
// cross-scope.test.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Instance } from '../../emulator/index.ts'

const UPDATE = join(import.meta.dirname, '../../dist/app/update')

/** Every record file of the built app's update folder. */
export const UPDATE_XML = readdirSync(UPDATE).map((name) => readFileSync(join(UPDATE, name), 'utf8'))

/** The text of the first `<name>` element of a record file ('' when it has none). */
export const tag = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1] ?? ''

export const unescapeXml = (text: string) =>
    text
        .replace(/&gt;/g, '>')
        .replace(/&lt;/g, '<')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')

/** The step configuration (sys_atf_step_config) of Run Server Side Script. */
export const RUN_SERVER_SIDE_SCRIPT = '41de4a935332120028bc29cac2dc349a'

export interface AtfStep {
    /** Its step configuration's sys_id. */
    config: string
    name: string
    /** The step's record file, unescaped. */
    xml: string
}

export const ATF_STEPS: AtfStep[] = UPDATE_XML.filter((xml) => xml.includes('<sys_atf_step ')).map((xml) => ({
    config: tag(xml, 'step_config'),
    name: tag(xml, 'display_name'),
    xml: unescapeXml(xml),
}))

/**
 * A Run Server Side Script step's script, with the earlier steps' outputs it names ({{step['<sys_id>'].record_id}})
 * filled in as ATF does before it runs the script: from `outputs`, else `missing`.
 */
export function serverScript(step: AtfStep, outputs: Record<string, string> = {}, missing = ''): string {
    const script = /<value>(\(function \(outputs[\s\S]*?)<\/value>/.exec(step.xml)![1]!
    return script.replace(/\{\{step\['[0-9a-f]{32}'\]\.(\w+)\}\}/g, (_whole, output: string) => outputs[output] ?? missing)
}

/** Runs a step script with ATF's step variables; returns its result, the names of failed assertions and its output messages. */
export function runStep(instance: Instance, script: string, asUser: string) {
    const failures: string[] = []
    const messages: string[] = []
    const result = instance.runScript(script, {
        asUser,
        variables: {
            outputs: {},
            steps: () => ({}),
            params: {},
            stepResult: { setOutputMessage: (message: string) => messages.push(String(message)) },
            assertEqual: (assertion: { name: string; shouldbe: unknown; value: unknown }) => {
                if (assertion.shouldbe !== assertion.value) failures.push(assertion.name)
            },
        },
    })
    return { result, failures, messages }
}
