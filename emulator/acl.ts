// Access control as the platform decides it from sys_security_acl (+ _role) records: roles (with
// contained roles), admin override, the most specific table's ACLs first, and "no ACL → allowed"
// for authenticated users (the default this emulator assumes for platform tables it defines).
import type { Row } from './loader.ts'
import type { Database } from './db.ts'
import { conditionsMatch, parseEncodedQuery } from './query.ts'
import { GUEST_USER, SYSTEM_USER, type SessionUser } from './runtime.ts'

export type RecordOperation = 'read' | 'write' | 'create' | 'delete'

/** Evaluates an advanced ACL's script for a record; returns its `answer`. */
export type AclScriptEvaluator = (script: string, table: string, row: Row | undefined) => boolean

/** Every user has snc_internal, as with the Explicit Roles plugin on a current instance. */
const IMPLICIT_ROLES = ['snc_internal']

export class AccessControl {
    constructor(
        private readonly db: Database,
        private readonly evaluateScript: AclScriptEvaluator
    ) {}

    /** Role names the user holds, directly or through contained roles. */
    roles(user: SessionUser): Set<string> {
        if (user.sysId === GUEST_USER.sysId) return new Set()
        if (user.sysId === SYSTEM_USER.sysId) return new Set(['admin', ...IMPLICIT_ROLES])
        const roleRows = this.db.rows('sys_user_role')
        const nameOf = (sysId: string) => roleRows.find((role) => role.sys_id === sysId)?.name
        const held = new Set<string>(IMPLICIT_ROLES)
        const pending = this.db
            .rows('sys_user_has_role')
            .filter((link) => link.user === user.sysId)
            .map((link) => link.role ?? '')
        const contains = this.db.rows('sys_user_role_contains')
        const visited = new Set<string>()
        while (pending.length > 0) {
            const roleId = pending.pop()!
            if (visited.has(roleId)) continue
            visited.add(roleId)
            const name = nameOf(roleId)
            if (name) held.add(name)
            for (const link of contains) if (link.role === roleId && link.contains) pending.push(link.contains)
        }
        return held
    }

    isAdmin(user: SessionUser): boolean {
        return this.roles(user).has('admin')
    }

    /** gs.hasRole: the role itself or a role containing it; admin has every role. */
    hasRole(user: SessionUser, role: string): boolean {
        const roles = this.roles(user)
        return roles.has('admin') || roles.has(role)
    }

    /** Record access through the ACLs of the most specific table in the hierarchy that has any for this operation. */
    canAccessRecord(user: SessionUser, table: string, operation: RecordOperation, row?: Row): boolean {
        if (user.sysId === GUEST_USER.sysId) return false
        for (const level of this.db.schema.ancestry(table)) {
            const acls = this.acls('record', operation, level)
            if (acls.length > 0) return this.decide(user, acls, level, row)
        }
        return true
    }

    /** Non-record ACLs (client_callable_script_include, REST_Endpoint): undefined when none ships for the name. */
    canExecute(user: SessionUser, type: string, name: string): boolean | undefined {
        return this.canUse(user, type, 'execute', name)
    }

    /** A named resource's ACLs of one type and operation (e.g. ui_page read): undefined when none ships for the name. */
    canUse(user: SessionUser, type: string, operation: string, name: string): boolean | undefined {
        const acls = this.acls(type, operation, name)
        return acls.length === 0 ? undefined : this.decide(user, acls, '', undefined)
    }

    /** The ACL records with these sys_ids, all of which the user must pass (a REST operation's enforce_acl list). */
    passesAll(user: SessionUser, aclSysIds: string[]): boolean {
        const acls = this.db.rows('sys_security_acl').filter((acl) => aclSysIds.includes(acl.sys_id) && acl.active !== 'false')
        return acls.every((acl) => this.passes(user, acl, '', undefined))
    }

    private acls(type: string, operation: string, name: string): Row[] {
        return this.db
            .rows('sys_security_acl')
            .filter((acl) => acl.active !== 'false' && acl.type.toLowerCase() === type.toLowerCase() && acl.operation === operation && acl.name === name)
    }

    /** Allow ACLs are alternatives (one must pass); deny-unless ACLs must all pass. */
    private decide(user: SessionUser, acls: Row[], table: string, row: Row | undefined): boolean {
        const denies = acls.filter((acl) => acl.decision_type === 'deny')
        const allows = acls.filter((acl) => acl.decision_type !== 'deny')
        if (!denies.every((acl) => this.passes(user, acl, table, row))) return false
        return allows.length === 0 || allows.some((acl) => this.passes(user, acl, table, row))
    }

    private passes(user: SessionUser, acl: Row, table: string, row: Row | undefined): boolean {
        const roles = this.roles(user)
        if (acl.admin_overrides !== 'false' && roles.has('admin')) return true
        const required = this.db
            .rows('sys_security_acl_role')
            .filter((link) => link.sys_security_acl === acl.sys_id)
            .map((link) => this.db.get('sys_user_role', link.sys_user_role ?? '')?.name ?? '')
        if (required.length > 0 && !required.some((role) => roles.has(role))) return false
        if (acl.condition && row) {
            const { groups } = parseEncodedQuery(acl.condition)
            if (!groups.some((conditions) => conditionsMatch(conditions, (field) => row[field] ?? ''))) return false
        }
        if (acl.advanced === 'true' && acl.script) return this.evaluateScript(acl.script, table, row)
        return true
    }
}
