// The `gs` global (GlideSystem) as the app uses it: properties (always strings), the session user
// and roles, logging, events and messages. Any other gs method throws "unsupported".
import { newSysId } from '../engine/db.ts'
import { formatInternal } from './glide-date-time.ts'
import { recordCore } from './glide-record.ts'
import { readProperty, writeProperty } from './properties.ts'
import type { Runtime } from './runtime.ts'
import type { SessionUser } from './session-user.ts'
import { APP_SCOPE, rowScope } from '../engine/scope.ts'
import { unsupported } from '../engine/unsupported.ts'
import { formatMessage, languageOf, MessageCache, messageArguments } from './messages.ts'

/** `{0}`-style substitution, as gs.info applies it. */
function substitute(message: string, params: unknown[]): string {
    return message.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < params.length ? String(params[Number(index)]) : whole))
}

function userRow(runtime: Runtime, user: SessionUser) {
    return runtime.db.get('sys_user', user.sysId)
}

function glideUser(runtime: Runtime) {
    const user = runtime.user()
    const row = userRow(runtime, user)
    return {
        getID: () => user.sysId,
        getName: () => user.userName,
        getEmail: () => row?.email ?? '',
        getDisplayName: () => row?.name || [row?.first_name, row?.last_name].filter(Boolean).join(' ') || user.userName,
        hasRole: (role: string) => runtime.acl.hasRole(user, String(role)),
        getFirstName: () => row?.first_name ?? '',
        getLastName: () => row?.last_name ?? '',
        getLanguage: () => languageOf(runtime, user),
    }
}

/** The scoped GlideSession: only the session language is emulated (set from the user at login). */
function glideSession(runtime: Runtime) {
    const session: Record<string, unknown> = { getLanguage: () => languageOf(runtime, runtime.user()) }
    return new Proxy(session, {
        get: (target, prop) =>
            typeof prop === 'symbol' || prop in target ? Reflect.get(target, prop) : () => unsupported(`GlideSession.${prop}`),
    })
}

export function createGs(runtime: Runtime, messages: MessageCache): object {
    const translated = (key: unknown, language: string, args: unknown) => {
        const text = messages.text(String(key), language)
        const values = messageArguments(args)
        return values === null ? text : formatMessage(text, values)
    }
    const log =
        (level: 'info' | 'warn' | 'error' | 'debug') =>
        (message: unknown, ...params: unknown[]) =>
            runtime.log(level, substitute(String(message), params))
    const gs: Record<string, unknown> = {
        getProperty: (name: string, fallback?: string) => {
            const value = readProperty(runtime, String(name))
            return value === null ? (fallback === undefined ? null : fallback) : value
        },
        // "Sets the specified key to the specified value if the property is within the script's scope" (GlideSystem - Scoped).
        setProperty: (name: string, value: string) => {
            const row = runtime.db.rows('sys_properties').find((property) => property.name === String(name))
            const scope = row ? rowScope(runtime.db, 'sys_properties', row) : 'none (no such property)'
            if (scope !== APP_SCOPE)
                return runtime.log(
                    'error',
                    `gs.setProperty: ${String(name)} is not within scope ${APP_SCOPE} (its scope: ${scope}); nothing was set`
                )
            writeProperty(runtime, String(name), String(value))
        },
        getUserID: () => runtime.user().sysId,
        getUserName: () => runtime.user().userName,
        getUser: () => glideUser(runtime),
        hasRole: (role: string) => runtime.acl.hasRole(runtime.user(), String(role)),
        nil: (value: unknown) => value === null || value === undefined || String(value) === '',
        info: log('info'),
        warn: log('warn'),
        error: log('error'),
        debug: log('debug'),
        eventQueue: (name: string, record: unknown, parm1?: unknown, parm2?: unknown) => {
            const core = recordCore(record)
            const creator = runtime.user()
            runtime.events.push({
                name: String(name),
                table: core?.getTableName() ?? '',
                sysId: core?.getUniqueValue() ?? '',
                parm1: parm1 === undefined || parm1 === null ? '' : String(parm1),
                parm2: parm2 === undefined || parm2 === null ? '' : String(parm2),
                userId: creator.sysId,
                userName: creator.userName,
            })
        },
        generateGUID: () => newSysId(),
        nowDateTime: () => formatInternal(runtime.now().getTime()),
        // The session's language (the user's preferred language, else the instance's), then English, then the key.
        getMessage: (key: unknown, args?: unknown) => translated(key, languageOf(runtime, runtime.user()), args),
        // Not a member of the scoped GlideSystem (GlideSystem - Scoped, Yokohama/Zurich/Australia: it is on the global
        // page only): a scoped script calling it fails on the platform, so it fails here too.
        getMessageLang: () => {
            throw new TypeError(
                'gs.getMessageLang is not a function in a scoped application: the scoped GlideSystem API does not offer it (GlideSystem - Scoped)'
            )
        },
        getSession: () => glideSession(runtime),
        getCurrentScopeName: () => APP_SCOPE,
        addInfoMessage: (message: string) => runtime.messages.push({ type: 'info', message: String(message) }),
        addErrorMessage: (message: string) => runtime.messages.push({ type: 'error', message: String(message) }),
    }
    return new Proxy(gs, {
        get: (target, prop) => (typeof prop === 'symbol' || prop in target ? Reflect.get(target, prop) : () => unsupported(`gs.${prop}`)),
        set: (_target, prop) => unsupported(`assigning gs.${String(prop)}`),
    })
}
