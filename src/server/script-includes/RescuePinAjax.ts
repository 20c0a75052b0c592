// Script Include x_rescue_connect.RescuePinAjax (client callable): the Generate Rescue PIN button's
// GlideAjax entry. Thin: every check and decision is in RescueCore.generatePin.
const RescuePinAjax = Class.create()
RescuePinAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    /** sysparm_table, sysparm_sys_id -> the JSON answer described in product.md. */
    generatePin(this: { getParameter(name: string): string }): string {
        const answer = x_rescue_connect.RescueCore.generatePin(this.getParameter('sysparm_table'), this.getParameter('sysparm_sys_id'))
        return JSON.stringify(answer)
    },
    type: 'RescuePinAjax',
})

export default RescuePinAjax
