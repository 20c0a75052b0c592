/* global x_rescue_connect, gs, inputs, outputs -- what a Flow Designer Script step has in scope on the instance */
;(function execute(inputs, outputs) {
    // The Generate Rescue PIN flow action's one script step: RescueApi does the work and never throws; the catch
    // keeps even a defect out of the flow (ok false, with the code and a sentence), as the action promises.
    var answer
    try {
        answer = new x_rescue_connect.RescueApi().generatePin(inputs.table_name, inputs.record, inputs.technician)
    } catch (e) {
        answer = { ok: false, code: 'INTERNAL_ERROR', message: gs.getMessage('x_rescue_connect.pin.error.internal') }
    }
    outputs.ok = answer.ok === true
    outputs.pin = answer.ok ? answer.pin : ''
    outputs.customer_url = answer.ok ? answer.customerUrl : ''
    outputs.session = answer.ok ? answer.sessionId : ''
    outputs.error_code = answer.ok ? '' : answer.code
    outputs.error_message = answer.ok ? '' : answer.message
})(inputs, outputs)
