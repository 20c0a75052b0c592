// GlideAjax as xmlhttp.do serves it: the Script Include must be client callable (and pass its
// client_callable_script_include ACL when one ships) and accessible from all application scopes;
// it is instantiated with the request's sysparm_ parameters, sysparm_name picks the method, and the
// method's return value is the answer. (Sources: emulator/README.md, "Platform rules".)
import type { AccessControl } from './acl.ts'
import type { ScriptWorld } from './context.ts'
import type { SessionUser } from './session-user.ts'
import { errorMessage } from '../engine/unsupported.ts'

export interface AjaxResult {
    /** The method's return value as a string; null when it returned nothing or the call was refused. */
    answer: string | null
    /** 200 answered, 401 not a UI session (no user / web-service-only), 403 refused by ACL or by the include's scope access, 404 no such client-callable Script Include or method, 500 the method threw. */
    status: number
    /** The exception's message when status is 500; the reason for a scope refusal. */
    error?: string
}

export function callAjax(
    world: ScriptWorld,
    acl: AccessControl,
    user: SessionUser,
    userRow: Record<string, string> | undefined,
    processor: string,
    method: string,
    params: Record<string, string>
): AjaxResult {
    if (!userRow || userRow.web_service_access_only === '1') return { answer: null, status: 401 }
    const record = world.scriptIncludeRecord(processor)
    if (!record || record.client_callable !== 'true') return { answer: null, status: 404 }
    const apiName = record.api_name || record.name || processor
    if (acl.canExecute(user, 'client_callable_script_include', apiName) === false) return { answer: null, status: 403 }
    // "This application scope only" means callable from the include's own scope; the documentation does not say
    // which scope a GlideAjax call from a browser script carries, so the emulator does not assume it is the app's.
    if (record.access !== 'public')
        return {
            answer: null,
            status: 403,
            error: `${apiName} is accessible from its own application scope only (access ${record.access || 'package_private'})`,
        }
    // GlideAjax parameter names "must begin with sysparm_": others do not reach the Script Include.
    const sent = Object.fromEntries(Object.entries(params).filter(([name]) => name.startsWith('sysparm_')))
    const parameters: Record<string, string> = { ...sent, sysparm_processor: apiName, sysparm_name: method }
    const request = { getParameter: (name: string) => (name in parameters ? parameters[name] : null) }
    const Processor = world.scriptInclude(record.name ?? processor) as new (...args: unknown[]) => Record<string, unknown>
    try {
        const instance = new Processor(request, null, null)
        if (method.startsWith('_') || typeof instance[method] !== 'function' || method === 'initialize')
            return { answer: null, status: 404 }
        const answer = (instance[method] as () => unknown)()
        return { answer: answer === undefined || answer === null ? null : String(answer), status: 200 }
    } catch (error) {
        return { answer: null, status: 500, error: errorMessage(error) }
    }
}
