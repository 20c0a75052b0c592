// Script Include x_rescue_connect.RescueAdminAjax (client callable, admins only): the Test connection
// page's GlideAjax entry. Thin: the check is RescueCore.testConnection.
const RescueAdminAjax = Class.create()
RescueAdminAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    /** -> JSON {"ok": boolean, "message": "<one sentence>"} */
    testConnection(): string {
        return JSON.stringify(x_rescue_connect.RescueCore.testConnection())
    },
    type: 'RescueAdminAjax',
})

export default RescueAdminAjax
