// Secrets must never reach logs, notes, emails or answers. Redaction is by value (the configured
// passwords, auth codes and tokens) and by shape (form fields and JSON keys that carry secrets).

const SECRET_FIELD = /\b(pwd|password|authcode|auth_code|client_secret|refresh_token|access_token)=([^&\s]*)/gi
const SECRET_JSON = /"(pwd|password|authcode|authCode|auth_code|client_secret|refresh_token|access_token)"\s*:\s*"[^"]*"/gi
const AUTHCODE_ANSWER = /(AUTHCODE:\s*)(\S+)/gi

export const REDACTED = '[redacted]'

export function redactSecrets(text: string, secrets: readonly string[]): string {
    let result = text
    for (const secret of secrets) {
        if (secret && secret.length >= 4) result = result.split(secret).join(REDACTED)
    }
    return result
        .replace(SECRET_FIELD, (_, name: string) => `${name}=${REDACTED}`)
        .replace(SECRET_JSON, (_, name: string) => `"${name}":"${REDACTED}"`)
        .replace(AUTHCODE_ANSWER, (_, label: string) => `${label}${REDACTED}`)
}
