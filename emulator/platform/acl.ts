// Access control as the platform decides it from sys_security_acl (+ _role) records. Each rule below is
// in emulator/README.md with the page that documents it, and has a test in test/emulator/acl-rules.test.ts:
// - record ACLs: the table's, else its parents', else `*`; field ACLs after the table passes:
//   table.field, parent.field, *.field, table.*, parent.*, *.* — the most specific point that has any decides;
// - at that point Allow-If ACLs are alternatives; Deny-Unless ACLs (of every point) must all pass first;
// - one ACL passes when its roles (any one), condition and script all pass; Applies To picks its records;
// - admin passes role checks always, and the whole ACL when admin overrides is on (cumulatively off when
//   any ACL on the object has it off, unless glide.security.admin.override.accessterm is true); `nobody` beats admin;
// - an empty or invalid ACL denies everyone; no matching ACL at all grants (the platform ships `*` rules
//   this emulator does not, so "a table with no ACL is open to authenticated users" is the emulator's default).
import type { Row } from '../engine/loader.ts'
import type { Database } from '../engine/db.ts'
import { conditionsMatch, parseEncodedQuery, withStoredValues, type CaseRule } from '../engine/query.ts'
import { GUEST_USER, SYSTEM_USER, type SessionUser } from './session-user.ts'
import { unsupported } from '../engine/unsupported.ts'
import { storedValue } from '../engine/values.ts'

export type RecordOperation = 'read' | 'write' | 'create' | 'delete'

/** Query ACL operations: match queries (=, !=, IN, empty checks) and range queries (the other operators, and sorting). */
export type QueryOperation = 'query_match' | 'query_range'

/** Runs an advanced ACL's script with `current` on the row (a new, empty record when there is none); returns its verdict. */
export type AclScriptEvaluator = (acl: Row, table: string, row: Row | undefined) => boolean

/** Every user has snc_internal, as with the Explicit Roles plugin on a current instance. */
const IMPLICIT_ROLES = ['snc_internal']

/** Only ServiceNow personnel hold it; it beats the admin override. */
const NOBODY_ROLE = 'nobody'

const ADMIN_OVERRIDE_PER_ACL_PROPERTY = 'glide.security.admin.override.accessterm'

/** enforce (default): without a report_view ACL, a report checks the read ACLs' roles; ignore or log: it does not. */
const REPORT_VIEW_FALLBACK_PROPERTY = 'glide.report.report_view.read_acl'

/** Scripts the platform treats as invalid ("answer=true" or "true"): they deny instead of granting everything. */
const TRIVIAL_SCRIPTS = new Set(['answer=true', 'true'])

export class AccessControl {
    constructor(
        private readonly db: Database,
        private readonly evaluateScript: AclScriptEvaluator,
        private readonly property: (name: string) => string | null,
        /** Whether the instance has the platform's `*.*` query ACLs, which delegate to read access (not by default: base rules are not emulated). */
        private readonly baseQueryAcls = false
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

    /** The record (table-level) decision: the table's ACLs, else its parents', else `*`. */
    canAccessRecord(user: SessionUser, table: string, operation: RecordOperation, row?: Row): boolean {
        if (user.sysId === GUEST_USER.sysId) return false
        const points = [...this.db.schema.ancestry(table), '*']
        return this.decide(user, this.recordAcls(operation), points, table, row)
    }

    /** A field: the record decision first, then the field's own. */
    canAccessField(user: SessionUser, table: string, field: string, operation: RecordOperation, row?: Row): boolean {
        return this.canAccessRecord(user, table, operation, row) && this.passesFieldAcls(user, table, field, operation, row)
    }

    /**
     * Only the field-level decision, for a record whose table-level decision passed. A field's create check
     * uses its write ACLs unless a create ACL matches the field (as the platform's *.* create rule does).
     */
    passesFieldAcls(user: SessionUser, table: string, field: string, operation: RecordOperation, row?: Row): boolean {
        if (user.sysId === GUEST_USER.sysId) return false
        const points = this.fieldPoints(table, field)
        let acls = this.recordAcls(operation)
        if (operation === 'create' && !points.some((point) => acls.some((acl) => acl.name === point))) acls = this.recordAcls('write')
        return this.decide(user, acls, points, table, row)
    }

    /**
     * Whether the user may submit a query condition of this kind (or, query_range, sort) on the field: the field's
     * query ACLs decide (table.field, parent.field, *.field, table.*, parent.*, *.*; Deny-Unless first), evaluated
     * before the query — on a new, empty record. Without any, the platform's base `*.*` query ACL (when the instance
     * has it: `baseQueryAcls`) delegates to read access to the column, so the field's read ACLs decide the same way;
     * an instance without it lets every condition through, as a missing ACL does.
     */
    canQueryField(user: SessionUser, table: string, field: string, operation: QueryOperation): boolean {
        if (user.sysId === GUEST_USER.sysId) return false
        const points = this.fieldPoints(table, field)
        const queryAcls = this.activeAcls().filter((acl) => acl.type.toLowerCase() === 'record' && acl.operation === operation)
        if (points.some((point) => queryAcls.some((acl) => acl.name === point)))
            return this.decide(user, queryAcls, points, table, undefined)
        return !this.baseQueryAcls || this.decide(user, this.recordAcls('read'), points, table, undefined)
    }

    /** Whether any ACL for the operation names a field of this table (directly or through a wildcard): a quick way out. */
    hasFieldAcls(table: string, operation: RecordOperation): boolean {
        const tables = new Set([...this.db.schema.ancestry(table), '*'])
        return this.recordAcls(operation).some((acl) => acl.name.includes('.') && tables.has(acl.name.split('.')[0]!))
    }

    /** Non-record ACLs (client_callable_script_include, REST_Endpoint): undefined when none ships for the name. */
    canExecute(user: SessionUser, type: string, name: string): boolean | undefined {
        return this.canUse(user, type, 'execute', name)
    }

    /** A named resource's ACLs of one type and operation (e.g. ui_page read): undefined when none ships for the name. */
    canUse(user: SessionUser, type: string, operation: string, name: string): boolean | undefined {
        const acls = this.activeAcls().filter((acl) => acl.type.toLowerCase() === type.toLowerCase() && acl.operation === operation)
        if (!acls.some((acl) => acl.name === name)) return undefined
        return this.decide(user, acls, [name], '', undefined)
    }

    /** The ACL records with these sys_ids, all of which the user must pass (a REST operation's enforce_acl list). */
    passesAll(user: SessionUser, aclSysIds: string[]): boolean {
        const acls = this.activeAcls().filter((acl) => aclSysIds.includes(acl.sys_id))
        const adminOverride = this.adminOverride(acls)
        return acls.every((acl) => this.passes(user, acl, '', undefined, adminOverride(acl)))
    }

    /**
     * Whether the user may view a report on this table that uses these fields (Report execution security): the
     * report_view ACLs of the table and of each field decide, by role only; where none exists, the roles of the
     * table's (or field's) read ACLs decide instead (glide.report.report_view.read_acl = enforce, the default) —
     * their scripts and conditions are not evaluated. A point with neither is open.
     */
    canViewReport(user: SessionUser, table: string, fields: string[]): boolean {
        if (user.sysId === GUEST_USER.sysId) return false
        const fallback = (this.property(REPORT_VIEW_FALLBACK_PROPERTY) ?? 'enforce') === 'enforce'
        const chain = this.db.schema.ancestry(table)
        const objects = [chain, ...fields.map((field) => chain.map((name) => `${name}.${field}`))]
        return objects.every((points) => {
            const reportView = this.firstPointAcls(
                this.activeAcls().filter((acl) => acl.type.toLowerCase() === 'record' && acl.operation === 'report_view'),
                points
            )
            const acls = reportView.length > 0 || !fallback ? reportView : this.firstPointAcls(this.recordAcls('read'), points)
            return acls.length === 0 || acls.some((acl) => this.passesRoles(user, acl))
        })
    }

    /** The ACLs of the first point (most specific first) that has any. */
    private firstPointAcls(acls: Row[], points: string[]): Row[] {
        return points.map((point) => acls.filter((acl) => acl.name === point)).find((found) => found.length > 0) ?? []
    }

    /** An ACL's role requirement alone (an ACL with no role passes it; admin passes; `nobody` beats admin). */
    private passesRoles(user: SessionUser, acl: Row): boolean {
        const roles = this.requiredRoles(acl)
        if (!roles.valid || roles.names.includes(NOBODY_ROLE)) return false
        const held = this.roles(user)
        return roles.names.length === 0 || held.has('admin') || roles.names.some((role) => held.has(role))
    }

    /** table.field, parent.field, *.field, table.*, parent.*, *.* */
    private fieldPoints(table: string, field: string): string[] {
        const chain = this.db.schema.ancestry(table)
        return [...chain.map((name) => `${name}.${field}`), `*.${field}`, ...chain.map((name) => `${name}.*`), '*.*']
    }

    private activeAcls(): Row[] {
        return this.db.rows('sys_security_acl').filter((acl) => acl.active !== 'false')
    }

    private recordAcls(operation: RecordOperation): Row[] {
        return this.activeAcls().filter((acl) => acl.type.toLowerCase() === 'record' && acl.operation === operation)
    }

    /**
     * Deny-Unless ACLs of every matching point must pass (they are evaluated first); then the Allow-If ACLs of the
     * most specific point that has any decide, one passing being enough. No Allow-If ACL at all: granted.
     */
    private decide(user: SessionUser, acls: Row[], points: string[], table: string, row: Row | undefined): boolean {
        const applying = (point: string) => acls.filter((acl) => acl.name === point && this.appliesTo(acl, table, row))
        const denies = points.flatMap((point) => applying(point).filter((acl) => acl.decision_type === 'deny'))
        const allows =
            points.map((point) => applying(point).filter((acl) => acl.decision_type !== 'deny')).find((found) => found.length > 0) ?? []
        const adminOverride = this.adminOverride([...denies, ...allows])
        if (!denies.every((acl) => this.passes(user, acl, table, row, adminOverride(acl)))) return false
        return allows.length === 0 || allows.some((acl) => this.passes(user, acl, table, row, adminOverride(acl)))
    }

    /** Admin overrides are cumulative: one ACL on the object with it off turns it off for all, unless the property says per ACL. */
    private adminOverride(acls: Row[]): (acl: Row) => boolean {
        if (this.property(ADMIN_OVERRIDE_PER_ACL_PROPERTY) === 'true') return (acl) => acl.admin_overrides !== 'false'
        const all = acls.every((acl) => acl.admin_overrides !== 'false')
        return () => all
    }

    /** Applies To filters the records an ACL is about, comparing case-sensitively; a new record (no row) has every field empty. */
    private appliesTo(acl: Row, table: string, row: Row | undefined): boolean {
        return !acl.applies_to || this.conditionHolds(acl.applies_to, table, row, 'exact')
    }

    /** An encoded condition on the row (a new record: every field empty), values compared as the columns store them. */
    private conditionHolds(condition: string, table: string, row: Row | undefined, caseRule: CaseRule = 'ignore case'): boolean {
        const rowClass = row?.sys_class_name || table
        const stored = (field: string, value: string) => {
            const column = this.db.schema.column(rowClass, field)
            return column?.type === 'boolean' ? storedValue(column, value) : value
        }
        const { groups } = withStoredValues(parseEncodedQuery(condition), stored)
        return groups.some((conditions) => conditionsMatch(conditions, (field) => row?.[field] ?? '', caseRule))
    }

    private requiredRoles(acl: Row): { names: string[]; valid: boolean } {
        const links = this.db.rows('sys_security_acl_role').filter((link) => link.sys_security_acl === acl.sys_id)
        const names = links.map((link) => this.db.get('sys_user_role', link.sys_user_role ?? '')?.name)
        return { names: names.filter((name): name is string => Boolean(name)), valid: names.every(Boolean) }
    }

    private passes(user: SessionUser, acl: Row, table: string, row: Row | undefined, adminOverride: boolean): boolean {
        if (acl.security_attribute) unsupported(`ACL ${acl.name}: security attributes`)
        const roles = this.requiredRoles(acl)
        const script = acl.advanced === 'true' ? (acl.script ?? '').trim() : ''
        const empty = roles.names.length === 0 && roles.valid && !acl.condition && !script
        if (empty || !roles.valid || TRIVIAL_SCRIPTS.has(script.replace(/[\s;]/g, ''))) return false
        if (roles.names.includes(NOBODY_ROLE)) return false
        const held = this.roles(user)
        const admin = held.has('admin')
        if (admin && adminOverride) return true
        if (roles.names.length > 0 && !admin && !roles.names.some((role) => held.has(role))) return false
        if (acl.condition && !this.conditionHolds(acl.condition, table, row)) return false
        return !script || this.evaluateScript(acl, table, row)
    }
}
