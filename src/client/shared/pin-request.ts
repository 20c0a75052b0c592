// The button's GlideAjax call to RescuePinAjax.generatePin, answered as a RescuePinResult.
// One request at a time per page: a click while one is still running does nothing (a double click used
// to issue two PINs). The flag lives on the page's window because the handler's own variables start
// afresh on every click (scripts/compile.mjs makes the bundle the handler's body).
import { rescuePinReadAnswer, type RescuePinResult } from './pin-answer'

const REQUEST_RUNNING = 'x_rescue_connect_pin_request_running'

export function rescuePinRequest(table: string, sysId: string, onResult: (result: RescuePinResult) => void): void {
    const page = window as unknown as { [flag: string]: unknown }
    if (page[REQUEST_RUNNING] === true) return
    page[REQUEST_RUNNING] = true
    const ajax = new GlideAjax('x_rescue_connect.RescuePinAjax')
    ajax.addParam('sysparm_name', 'generatePin')
    ajax.addParam('sysparm_table', table)
    ajax.addParam('sysparm_sys_id', sysId)
    ajax.getXMLAnswer((answer) => {
        page[REQUEST_RUNNING] = false
        onResult(rescuePinReadAnswer(answer))
    })
}
