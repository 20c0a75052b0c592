// Script Include x_rescue_connect.RescueApi (server only, all application scopes): the documented API for script
// steps, Virtual Agent topics and the Generate Rescue PIN flow action. Thin: RescueCore.generatePinFor does the work.
const RescueApi = Class.create()
RescueApi.prototype = {
    initialize(): void {},
    /**
     * A PIN on a listed task record for the named technician (a sys_user sys_id; their email is their Rescue SSO ID):
     * the same object RescuePinAjax answers, {ok: true, pin, customerUrl, message, sessionId, labels} or
     * {ok: false, code, message}. Never throws.
     */
    generatePin(tableName: string, sysId: string, technicianSysId: string) {
        return x_rescue_connect.RescueCore.generatePinFor(String(tableName || ''), String(sysId || ''), String(technicianSysId || ''))
    },
    type: 'RescueApi',
}

export default RescueApi
