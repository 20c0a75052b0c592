// Test Connection page (UI page client script): runs RescueAdminAjax.testConnection and shows its
// one sentence as text.
import { rescueAdminRequest } from './shared/admin-request'

// Every sentence this page's script shows (the page's static text is in src/fluent/test-connection.now.ts).
const TEXT = {
    asking: 'Asking LogMeIn Rescue…',
    noAnswer: 'The instance did not answer. Reload the page and try again (Test connection needs the x_rescue_connect.admin role).',
}

function rescueTestConnection(): void {
    const result = document.getElementById('x_rescue_connect_test_connection_result')
    const button = document.getElementById('x_rescue_connect_test_connection') as HTMLButtonElement | null
    if (!result) return
    result.textContent = TEXT.asking
    if (button) button.disabled = true
    rescueAdminRequest('testConnection', {}, (data) => {
        if (button) button.disabled = false
        result.textContent = data && typeof data.message === 'string' ? data.message : TEXT.noAnswer
    })
}

export { rescueTestConnection as default }
