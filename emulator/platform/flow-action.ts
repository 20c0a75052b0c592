// Flow Designer custom actions as now-sdk builds them (sys_hub_action_type_definition with its inputs, step
// instances, variable values and data-pill mappings in one file), run the way the documentation describes a
// custom action with a Script step: the action's inputs reach each step through its input variables (data pills
// such as {{action.record}} or {{action.record.sys_class_name}}), the script runs as
// `(function execute(inputs, outputs) { … })(inputs, outputs)`, and the action's outputs are mapped from the step
// outputs ({{step[<cid>].name}}). Only the Script step runs here; any other step type throws "unsupported".
// A record (reference) data pill holds the record's sys_id (emulator/README.md, "Flow Designer").
import type { Database } from '../engine/db.ts'
import type { Row } from '../engine/loader.ts'
import { errorMessage, unsupported } from '../engine/unsupported.ts'
import type { ScriptWorld } from './context.ts'

/** The OOB Script step type and its Script and run-time variables, as now-sdk writes them for actionStep.script. */
const SCRIPT_STEP_TYPE = '106afb6647032200b4fad7527c9a71e7'
const SCRIPT_VARIABLE = '71aa7f6647032200b4fad7527c9a719b'
const RUN_TIME_VARIABLE = '74315b04b3201300176b051a16a8dc2b'

export interface FlowActionResult {
    /** The action's outputs as its mappings give them (unmapped outputs are absent). */
    outputs: Record<string, unknown>
    /** Set when a step threw: the action fails and the flow sees an error (what the app's action must never do). */
    error?: string
}

const PILL = /^\{\{action\.([a-z0-9_]+(?:\.[a-z0-9_]+)*)\}\}$/
const STEP_PILL = /^\{\{step\[([0-9a-f-]+)\]\.([a-z0-9_]+)\}\}$/

/** Runs the published-or-draft action called `name` with the given inputs (references as sys_ids). */
export function runFlowAction(db: Database, world: ScriptWorld, name: string, inputs: Record<string, string>): FlowActionResult {
    const action = db.rows('sys_hub_action_type_definition').find((row) => row.name === name)
    if (!action) throw new Error(`No Flow Designer action named ${name} ships in dist/app`)
    const declared = db.rows('sys_hub_action_input').filter((row) => row.model === action.sys_id)
    for (const input of declared) {
        if (input.mandatory === 'true' && !inputs[input.element ?? ''])
            throw new Error(`Flow action ${name}: mandatory input ${input.element} is empty`)
    }
    const steps = db
        .rows('sys_hub_step_instance')
        .filter((row) => row.action === action.sys_id && row.active !== 'false')
        .sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
    const stepOutputs = new Map<string, Record<string, unknown>>()
    for (const step of steps) {
        if (step.step_type !== SCRIPT_STEP_TYPE) unsupported(`Flow action step type ${step.step_type}`)
        const values = db
            .rows('sys_variable_value')
            .filter((row) => row.document === 'sys_hub_step_instance' && row.document_key === step.sys_id)
        const runTime = values.find((row) => row.variable === RUN_TIME_VARIABLE)?.value ?? 'instance'
        if (runTime !== 'instance') unsupported(`Script step run time ${runTime}`)
        const script = values.find((row) => row.variable === SCRIPT_VARIABLE)?.value ?? ''
        const stepInputs: Record<string, string> = {}
        for (const mapping of db
            .rows('sys_element_mapping')
            .filter((row) => row.id === step.sys_id && row.table === `var__m_sys_hub_step_ext_input_${step.sys_id}`)) {
            stepInputs[mapping.field ?? ''] = resolvePill(db, declared, inputs, mapping.value ?? '')
        }
        const outputs: Record<string, unknown> = {}
        try {
            world.run(
                script,
                { inputs: world.json.parse(JSON.stringify(stepInputs)), outputs },
                `sys_hub_step_instance/${step.label ?? step.sys_id}.js`
            )
        } catch (error) {
            return { outputs: {}, error: errorMessage(error) }
        }
        stepOutputs.set(step.cid ?? step.sys_id, outputs)
    }
    const result: Record<string, unknown> = {}
    for (const mapping of db
        .rows('sys_element_mapping')
        .filter((row) => row.id === action.sys_id && row.table === `var__m_sys_hub_action_output_${action.sys_id}`)) {
        const pill = STEP_PILL.exec(mapping.value ?? '')
        if (!pill) unsupported(`Flow action output mapping ${mapping.value}`)
        result[mapping.field ?? ''] = stepOutputs.get(pill![1]!)?.[pill![2]!]
    }
    return { outputs: result }
}

/** {{action.input}} is the input's value; {{action.input.field…}} dot-walks from the referenced record (as stored). */
function resolvePill(db: Database, declared: Row[], inputs: Record<string, string>, value: string): string {
    const pill = PILL.exec(value)
    if (!pill) return value
    const [input, ...walk] = pill[1]!.split('.')
    let current = inputs[input!] ?? ''
    let table = declared.find((row) => row.element === input)?.reference ?? ''
    for (const field of walk) {
        if (current === '' || table === '') return ''
        const row = db.get(table, current)
        if (!row) return ''
        current = row[field] ?? ''
        table = db.schema.column(row.sys_class_name || table, field)?.reference ?? ''
    }
    return current
}
