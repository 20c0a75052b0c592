// The button's GlideAjax call to RescuePinAjax.generatePin, answered as a RescuePinResult.
import { rescuePinReadAnswer, type RescuePinResult } from './pin-answer'

export function rescuePinRequest(table: string, sysId: string, onResult: (result: RescuePinResult) => void): void {
    const ajax = new GlideAjax('x_rescue_connect.RescuePinAjax')
    ajax.addParam('sysparm_name', 'generatePin')
    ajax.addParam('sysparm_table', table)
    ajax.addParam('sysparm_sys_id', sysId)
    ajax.getXMLAnswer((answer) => onResult(rescuePinReadAnswer(answer)))
}
