import { Action, wfa, actionStep } from '@servicenow/sdk/automation'
import { BooleanColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'

// Flow Designer action "Generate Rescue PIN" (category LogMeIn Rescue) for flows and Virtual Agent topics: the button's
// flow for a named technician, through RescueApi (src/server/script-includes/RescueApi.ts). One script step; it
// never fails the flow: a refusal is ok=false with error_code and error_message (README, "Flow Designer").
// Step inputs arrive in the script as strings: the record's sys_id, its class (the table) and the technician's sys_id.

export const generatePinAction = Action(
    {
        $id: Now.ID['flow-action-generate-pin'],
        name: 'Generate Rescue PIN',
        description:
            'Generates a LogMeIn Rescue PIN on a task record (a table listed in x_rescue_connect.pin.tables) for the technician, with the same checks and records as the Generate Rescue PIN button. Never fails the flow: check the OK output.',
        category: 'LogMeIn Rescue',
        access: 'public',
        inputs: {
            record: ReferenceColumn({
                label: 'Record',
                referenceTable: 'task',
                mandatory: true,
                hint: 'The incident, case, problem, change or other listed task',
            }),
            technician: ReferenceColumn({
                label: 'Technician',
                referenceTable: 'sys_user',
                mandatory: true,
                hint: 'Holds x_rescue_connect.user; their email is their Rescue SSO ID',
            }),
        },
        // The script step below declares the same six (the SDK reads both as literals).
        outputs: {
            ok: BooleanColumn({ label: 'OK', hint: 'True when Rescue issued the PIN; false with error_code and error_message otherwise' }),
            pin: StringColumn({ label: 'PIN', maxLength: 40 }),
            customer_url: StringColumn({
                label: 'Customer URL',
                maxLength: 255,
                hint: 'The join link for the customer (the PIN filled in)',
            }),
            session: ReferenceColumn({
                label: 'Session',
                referenceTable: 'x_rescue_connect_session',
                hint: 'The Rescue Session row the PIN created',
            }),
            error_code: StringColumn({
                label: 'Error code',
                maxLength: 40,
                hint: 'Why there is no PIN (the codes of the Generate Rescue PIN answer)',
            }),
            error_message: StringColumn({ label: 'Error message', maxLength: 1000, hint: 'One sentence saying what to fix' }),
        },
    },
    (params) => {
        const step = wfa.actionStep(
            actionStep.script,
            { $id: Now.ID['flow-action-generate-pin-script'], label: 'Generate the PIN' },
            {
                required_run_time: 'instance',
                script: Now.include('../server/flow/generate-pin-step.js'),
                inputVariables: {
                    record: { label: 'Record', value: wfa.dataPill(params.inputs.record, 'reference') },
                    table_name: { label: 'Table', value: wfa.dataPill(params.inputs.record.sys_class_name, 'string') },
                    technician: { label: 'Technician', value: wfa.dataPill(params.inputs.technician, 'reference') },
                },
                outputVariables: {
                    ok: BooleanColumn({
                        label: 'OK',
                        hint: 'True when Rescue issued the PIN; false with error_code and error_message otherwise',
                    }),
                    pin: StringColumn({ label: 'PIN', maxLength: 40 }),
                    customer_url: StringColumn({
                        label: 'Customer URL',
                        maxLength: 255,
                        hint: 'The join link for the customer (the PIN filled in)',
                    }),
                    session: ReferenceColumn({
                        label: 'Session',
                        referenceTable: 'x_rescue_connect_session',
                        hint: 'The Rescue Session row the PIN created',
                    }),
                    error_code: StringColumn({
                        label: 'Error code',
                        maxLength: 40,
                        hint: 'Why there is no PIN (the codes of the Generate Rescue PIN answer)',
                    }),
                    error_message: StringColumn({ label: 'Error message', maxLength: 1000, hint: 'One sentence saying what to fix' }),
                },
            }
        )
        wfa.assignActionOutputs(params.outputs, {
            ok: wfa.dataPill(step.ok, 'boolean'),
            pin: wfa.dataPill(step.pin, 'string'),
            customer_url: wfa.dataPill(step.customer_url, 'string'),
            session: wfa.dataPill(step.session, 'reference'),
            error_code: wfa.dataPill(step.error_code, 'string'),
            error_message: wfa.dataPill(step.error_message, 'string'),
        })
    }
)
