// The shape of one outbound HTTP call and its outcome, as the core sees it. platform/http.ts makes
// the call with RESTMessageV2; the core decides what an outcome means without touching Glide.

export interface HttpRequest {
    readonly method: 'GET' | 'POST'
    readonly url: string
    readonly headers: Readonly<Record<string, string>>
    readonly body: string
    readonly timeoutMs: number
}

export type HttpOutcome =
    | { readonly kind: 'response'; readonly status: number; readonly body: string; readonly location: string }
    | { readonly kind: 'timeout' }
    | { readonly kind: 'unreachable'; readonly reason: string }

/** application/x-www-form-urlencoded, in the given order. */
export function formEncode(fields: ReadonlyArray<readonly [string, string]>): string {
    return fields.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&')
}
