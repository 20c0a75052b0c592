// The classic modal's Copy PIN button: the Clipboard API, or a selected temporary field where the
// API is missing or refused (older browsers, pages not served over https).

/** Copies the PIN with the Clipboard API, or by selecting a temporary field where that is missing. */
export function rescuePinCopy(pin: string, done: (copied: boolean) => void): void {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
        navigator.clipboard.writeText(pin).then(
            () => done(true),
            () => done(rescuePinCopyBySelection(pin))
        )
        return
    }
    done(rescuePinCopyBySelection(pin))
}

function rescuePinCopyBySelection(pin: string): boolean {
    const field = document.createElement('textarea')
    field.value = pin
    field.setAttribute('readonly', 'readonly')
    field.style.position = 'fixed'
    field.style.opacity = '0'
    document.body.appendChild(field)
    field.select()
    let copied: boolean
    try {
        copied = document.execCommand('copy')
    } catch (error) {
        copied = false
    }
    document.body.removeChild(field)
    return copied
}
