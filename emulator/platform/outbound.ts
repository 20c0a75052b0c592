// Outbound HTTP: sn_ws.RESTMessageV2, synchronous as on the platform, answered by handlers routed per
// host (`instance.http.route(host, handler)`). An unrouted host fails like a DNS lookup failure.
import type { Runtime } from './runtime.ts'
import { unsupported } from '../engine/unsupported.ts'

export interface OutboundRequest {
    method: string
    url: string
    headers: Record<string, string>
    body: string
    timeoutMs: number | null
}

export type OutboundAnswer =
    | { status: number; body: string; headers?: Record<string, string>; simulatedLatencyMs?: number }
    | { timeout: true; simulatedLatencyMs?: number }
    | { connectionError: string }

export type OutboundHandler = (request: OutboundRequest) => OutboundAnswer

export class HttpRouter {
    private readonly routes = new Map<string, OutboundHandler>()

    route(host: string, handler: OutboundHandler): void {
        this.routes.set(host.toLowerCase(), handler)
    }

    unroute(host: string): void {
        this.routes.delete(host.toLowerCase())
    }

    handlerFor(host: string): OutboundHandler | undefined {
        return this.routes.get(host.toLowerCase())
    }
}

/** The platform's RESTResponseV2 error for a failure below HTTP (message texts as the platform's Java layer words them). */
interface Failure {
    errorCode: number
    errorMessage: string
}

class RESTResponseV2 {
    constructor(
        private readonly status: number,
        private readonly body: string,
        private readonly headers: Record<string, string>,
        private readonly failure: Failure | undefined
    ) {}

    getStatusCode(): number {
        return this.status
    }

    getBody(): string {
        return this.body
    }

    getHeader(name: string): string {
        const wanted = String(name).toLowerCase()
        const key = Object.keys(this.headers).find((header) => header.toLowerCase() === wanted)
        return key === undefined ? '' : this.headers[key]!
    }

    getHeaders(): Record<string, string> {
        return { ...this.headers }
    }

    haveError(): boolean {
        return this.failure !== undefined || this.status >= 400
    }

    getErrorCode(): number {
        return this.failure?.errorCode ?? (this.status >= 400 ? this.status : 0)
    }

    getErrorMessage(): string {
        return this.failure?.errorMessage ?? ''
    }
}

export function createRestMessageClass(runtime: Runtime, router: HttpRouter) {
    return class RESTMessageV2 {
        #method = 'get'
        #endpoint = ''
        #headers: Record<string, string> = {}
        #body = ''
        #timeoutMs: number | null = null

        constructor(...args: unknown[]) {
            if (args.length > 0) unsupported('sn_ws.RESTMessageV2(name, method) (REST message records)')
        }

        setEndpoint(url: string): void {
            this.#endpoint = String(url)
        }

        setHttpMethod(method: string): void {
            this.#method = String(method).toLowerCase()
        }

        setRequestHeader(name: string, value: string): void {
            this.#headers[String(name)] = String(value)
        }

        setRequestBody(body: string): void {
            this.#body = String(body)
        }

        setHttpTimeout(milliseconds: number): void {
            this.#timeoutMs = Number(milliseconds)
        }

        setEccParameter(name: string, value: string): void {
            unsupported(`RESTMessageV2.setEccParameter(${name}, ${value}) (MID server)`)
        }

        executeAsync(): never {
            return unsupported('RESTMessageV2.executeAsync')
        }

        setBasicAuth(): never {
            return unsupported('RESTMessageV2.setBasicAuth')
        }

        setQueryParameter(): never {
            return unsupported('RESTMessageV2.setQueryParameter')
        }

        setAuthenticationProfile(): never {
            return unsupported('RESTMessageV2.setAuthenticationProfile')
        }

        setMIDServer(): never {
            return unsupported('RESTMessageV2.setMIDServer')
        }

        execute(): RESTResponseV2 {
            runtime.counters.outbound++
            const request: OutboundRequest = {
                method: this.#method.toUpperCase(),
                url: this.#endpoint,
                headers: { ...this.#headers },
                body: this.#body,
                timeoutMs: this.#timeoutMs,
            }
            const entry = {
                method: request.method,
                endpoint: request.url,
                headers: request.headers,
                body: request.body,
                timeoutMs: request.timeoutMs,
                simulatedLatencyMs: 0,
            }
            runtime.outbound.push(entry)
            let host: string
            try {
                host = new URL(request.url).host
            } catch {
                return new RESTResponseV2(
                    0,
                    '',
                    {},
                    { errorCode: 1, errorMessage: `java.net.MalformedURLException: no protocol: ${request.url}` }
                )
            }
            const handler = router.handlerFor(host)
            if (!handler) return new RESTResponseV2(0, '', {}, { errorCode: 1, errorMessage: `java.net.UnknownHostException: ${host}` })
            const answer = handler(request)
            if ('connectionError' in answer) return new RESTResponseV2(0, '', {}, { errorCode: 1, errorMessage: answer.connectionError })
            entry.simulatedLatencyMs = answer.simulatedLatencyMs ?? 0
            const tooSlow = request.timeoutMs !== null && entry.simulatedLatencyMs > request.timeoutMs
            if ('timeout' in answer || tooSlow) {
                return new RESTResponseV2(0, '', {}, { errorCode: 1, errorMessage: 'java.net.SocketTimeoutException: Read timed out' })
            }
            const failure =
                answer.status >= 400
                    ? {
                          errorCode: answer.status,
                          errorMessage: `Method failed: (${new URL(request.url).pathname}) with code: ${answer.status}`,
                      }
                    : undefined
            return new RESTResponseV2(answer.status, answer.body, answer.headers ?? {}, failure)
        }
    }
}
