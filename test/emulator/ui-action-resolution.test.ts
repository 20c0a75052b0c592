// Issue 20's platform rules in the emulator: UI actions on a parent table serve its child tables ("Override a UI action
// for an extended table"), GlideTableHierarchy.getTables and GlideElement.getReferenceTable (the scoped APIs the app
// uses to tell task tables and dot-walks apart), and a Flow Designer action's Script step run as documented.
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

describe('UI actions on extended tables', () => {
    const seed = () => {
        const instance = fixtureInstance()
        const action = (table: string, name: string, condition = 'true') =>
            instance.db.insert('sys_ui_action', { table, name, action_name: name, condition, active: 'true' })
        return { instance, action }
    }

    it('a task action serves every table extending task, and no table outside it', () => {
        const { instance, action } = seed()
        const onTask = action('task', 'x_probe')
        for (const table of ['task', 'incident', 'problem', 'change_request', 'sc_req_item', 'sc_task', 'sn_customerservice_case'])
            expect(instance.uiAction(table, 'x_probe')?.sys_id, table).toBe(onTask)
        expect(instance.uiAction('sys_user', 'x_probe')).toBeUndefined()
    })

    it('a child table action of the same action name overrides the parent one for that table only', () => {
        const { instance, action } = seed()
        const onTask = action('task', 'x_probe')
        const onIncident = action('incident', 'x_probe')
        expect(instance.uiAction('incident', 'x_probe')?.sys_id).toBe(onIncident)
        expect(instance.uiAction('problem', 'x_probe')?.sys_id).toBe(onTask)
    })

    it('a global action applies to every table unless a table in the hierarchy defines its own', () => {
        const { instance, action } = seed()
        const onGlobal = action('global', 'x_probe')
        expect(instance.uiAction('sys_user', 'x_probe')?.sys_id).toBe(onGlobal)
        const onTask = action('task', 'x_probe')
        expect(instance.uiAction('problem', 'x_probe')?.sys_id).toBe(onTask)
    })

    it('a task action removed for one table by its condition, as the page shows (getRecordClassName)', () => {
        const { instance, action } = seed()
        action('task', 'x_probe', "current.getRecordClassName() != 'incident'")
        const incident = instance.db.insert('incident', { short_description: 'a' })
        const problem = instance.db.insert('problem', { short_description: 'b' })
        const shown = (table: string, sysId: string) =>
            instance.evaluateCondition(instance.uiAction(table, 'x_probe')!.condition!, { table, sysId }, 'system')
        expect(shown('incident', incident)).toBe(false)
        expect(shown('problem', problem)).toBe(true)
    })
})

describe('GlideTableHierarchy.getTables and GlideElement.getReferenceTable', () => {
    it('lists the table and the tables it extends, itself first; a missing table lists none', () => {
        const instance = fixtureInstance()
        const tables = (name: string) => [
            ...(instance.runScript('new GlideTableHierarchy(name).getTables()', { variables: { name } }) as string[]),
        ]
        expect(tables('incident')).toEqual(['incident', 'task'])
        expect(tables('sc_task')).toEqual(['sc_task', 'task'])
        expect(tables('sys_user')).toEqual(['sys_user'])
        expect(tables('u_not_installed')).toEqual([])
        expect(() => instance.runScript("new GlideTableHierarchy('task').getTableExtensions()")).toThrow(/unsupported/)
    })

    it('names the table a reference points to, and nothing for other fields', () => {
        const instance = fixtureInstance()
        expect(instance.runScript("new GlideRecord('sc_task').getElement('request_item').getReferenceTable()")).toBe('sc_req_item')
        expect(instance.runScript("new GlideRecord('sc_task').getElement('short_description').getReferenceTable()")).toBe('')
    })
})

describe('Flow Designer custom actions (Script steps)', () => {
    const STEP_TYPE = '106afb6647032200b4fad7527c9a71e7'
    const SCRIPT = '71aa7f6647032200b4fad7527c9a719b'

    /** An action shaped as now-sdk builds one: input `record` (task), one Script step with input variables, outputs mapped from it. */
    function seedAction(script: string, stepType = STEP_TYPE) {
        const instance = fixtureInstance()
        const db = instance.db
        const action = db.insert('sys_hub_action_type_definition', { name: 'Probe', category: 'Test' })
        db.insert('sys_hub_action_input', { model: action, element: 'record', reference: 'task', mandatory: 'true' })
        const step = db.insert('sys_hub_step_instance', { action, step_type: stepType, cid: 'c1d2', order: '1', active: 'true' })
        db.insert('sys_variable_value', { document: 'sys_hub_step_instance', document_key: step, variable: SCRIPT, value: script })
        const input = `var__m_sys_hub_step_ext_input_${step}`
        db.insert('sys_element_mapping', { id: step, table: input, field: 'record', value: '{{action.record}}' })
        db.insert('sys_element_mapping', { id: step, table: input, field: 'table_name', value: '{{action.record.sys_class_name}}' })
        db.insert('sys_element_mapping', {
            id: action,
            table: `var__m_sys_hub_action_output_${action}`,
            field: 'seen',
            value: '{{step[c1d2].seen}}',
        })
        return instance
    }

    it("runs a shipped action's Script step with its data pills (a record pill is a sys_id, dot-walks follow it) and maps its outputs", () => {
        const instance = seedAction(
            "(function execute(inputs, outputs) { outputs.seen = inputs.table_name + ':' + inputs.record + ':' + gs.getUserName(); })(inputs, outputs);"
        )
        const problem = instance.db.insert('problem', { short_description: 'x' })
        expect(instance.runFlowAction('Probe', { record: problem }, 'system')).toEqual({ outputs: { seen: `problem:${problem}:system` } })
    })

    it('reports a throwing step as the action failing, refuses a missing mandatory input and other step types', () => {
        expect(
            seedAction("(function execute(inputs, outputs) { throw new Error('boom'); })(inputs, outputs);").runFlowAction(
                'Probe',
                { record: 'x' },
                'system'
            )
        ).toEqual({ outputs: {}, error: 'boom' })
        expect(() => seedAction('').runFlowAction('Probe', {}, 'system')).toThrow(/mandatory input record/)
        expect(() => seedAction('', '0'.repeat(32)).runFlowAction('Probe', { record: 'x' }, 'system')).toThrow(/unsupported/)
    })
})
