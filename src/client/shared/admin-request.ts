// The admin pages' GlideAjax call to RescueAdminAjax: the answer as a parsed JSON object, or null when
// the instance refused the call or sent something that is not a JSON object (shared by Test Connection
// and Token Setup; the build inlines it into each page's client script).
export function rescueAdminRequest(
    method: string,
    params: { [name: string]: string },
    onAnswer: (data: { [key: string]: unknown } | null) => void
): void {
    const ajax = new GlideAjax('x_rescue_connect.RescueAdminAjax')
    ajax.addParam('sysparm_name', method)
    for (const name of Object.keys(params)) ajax.addParam(name, params[name]!)
    ajax.getXMLAnswer((answer) => {
        let data: unknown
        try {
            data = answer ? JSON.parse(answer) : null
        } catch (error) {
            data = null
        }
        onAnswer(typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { [key: string]: unknown }) : null)
    })
}
