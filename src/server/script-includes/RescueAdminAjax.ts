// Script Include x_rescue_connect.RescueAdminAjax (client callable, admins only): the GlideAjax entry of
// the Test Connection and Token Setup pages. Thin: RescueCore checks the admin role and does the work.
const RescueAdminAjax = Class.create()
RescueAdminAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    /** -> JSON {"ok": boolean, "message": "<one sentence>"} */
    testConnection(): string {
        return JSON.stringify(x_rescue_connect.RescueCore.testConnection())
    },
    /** -> JSON {"allowed", "options": [{"sysId", "label", "selected"}], "notice", "lastSuccess"} */
    tokenSetupForm(): string {
        return JSON.stringify(x_rescue_connect.RescueCore.tokenSetupForm())
    },
    /** sysparm_oauth_application (a registry entry's sys_id, or empty for the configured one) -> JSON {"ok", "message", "requestId"} */
    runTokenSetup(this: { getParameter(name: string): string | null }): string {
        return JSON.stringify(x_rescue_connect.RescueCore.runTokenSetup(String(this.getParameter('sysparm_oauth_application') || '')))
    },
    type: 'RescueAdminAjax',
})

export default RescueAdminAjax
