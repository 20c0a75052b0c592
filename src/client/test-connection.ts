// Test Connection page (UI page client script): runs RescueAdminAjax.testConnection and shows its
// one sentence as text.
function rescueTestConnection(): void {
    const result = document.getElementById('x_rescue_connect_test_connection_result')
    const button = document.getElementById('x_rescue_connect_test_connection') as HTMLButtonElement | null
    if (!result) return
    result.textContent = 'Asking LogMeIn Rescue…'
    if (button) button.disabled = true
    const ajax = new GlideAjax('x_rescue_connect.RescueAdminAjax')
    ajax.addParam('sysparm_name', 'testConnection')
    ajax.getXMLAnswer((answer) => {
        if (button) button.disabled = false
        let message = 'The instance did not answer. Reload the page and try again (Test connection needs the x_rescue_connect.admin role).'
        try {
            const data = answer ? (JSON.parse(answer) as { message?: unknown }) : null
            if (data && typeof data.message === 'string') message = data.message
        } catch (error) {
            message = 'The instance sent an answer this page cannot read. Reload the page and try again.'
        }
        result.textContent = message
    })
}

export { rescueTestConnection as default }
