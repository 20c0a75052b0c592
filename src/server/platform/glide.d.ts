// The Glide server APIs this app calls, declared as the platform's script globals.
// This is the whole surface: the emulator (emulator/) implements exactly these, and shipped code
// may use nothing else. Values read from records and properties are strings, as on the platform.
// Judged by the official scoped declarations (@servicenow/glide): test/lint/glide-official-types.test.ts
// fails when a member declared here is missing from the official type of the same API.

declare class GlideRecord {
    constructor(table: string)
    addQuery(field: string, value: string | number | boolean): void
    addQuery(field: string, operator: string, value: string | number | boolean): void
    addEncodedQuery(query: string): void
    addNullQuery(field: string): void
    orderBy(field: string): void
    orderByDesc(field: string): void
    setLimit(limit: number): void
    query(): void
    next(): boolean
    hasNext(): boolean
    get(sysId: string): boolean
    get(field: string, value: string): boolean
    getRowCount(): number
    getValue(field: string): string | null
    getDisplayValue(field?: string): string
    getUniqueValue(): string
    getTableName(): string
    getRecordClassName(): string
    getElement(field: string): GlideElement
    setValue(field: string, value: string | number | boolean | null): void
    insert(): string | null
    update(): string | null
    deleteRecord(): boolean
    initialize(): void
    newRecord(): void
    setNewGuidValue(guid: string): void
    isValid(): boolean
    isValidRecord(): boolean
    isValidField(field: string): boolean
    canRead(): boolean
    canWrite(): boolean
    canCreate(): boolean
    setWorkflow(enabled: boolean): void
    [field: string]: any
}

declare class GlideRecordSecure extends GlideRecord {}

declare interface GlideElement {
    toString(): string
    getDisplayValue(): string
    getDecryptedValue(): string
    setDisplayValue(value: string): void
    getRefRecord(): GlideRecord
    nil(): boolean
}

declare class GlideDateTime {
    constructor(value?: string | GlideDateTime)
    getValue(): string
    getDisplayValue(): string
    getNumericValue(): number
    setValue(value: string | number): void
    setValueUTC(value: string, format: string): void
    setDisplayValue(value: string, format?: string): void
    isValid(): boolean
    add(milliseconds: number): void
    addDaysUTC(days: number): void
    compareTo(other: GlideDateTime): number
}

/** Scoped GlideSysAttachment: files on records (sys_attachment). */
declare class GlideSysAttachment {
    constructor()
    /** The new attachment's sys_id, or null when it was not added. */
    write(record: GlideRecord, fileName: string, contentType: string, content: string): string | null
    getAttachments(tableName: string, sysId: string): GlideRecord
    getContent(attachment: GlideRecord): string
    deleteAttachment(attachmentSysId: string): void
}

declare interface GlideUser {
    getID(): string
    getName(): string
    getEmail(): string
    getDisplayName(): string
    hasRole(role: string): boolean
}

/** The scoped GlideSession (gs.getSession()): the app reads only the session's language. */
declare interface GlideSession {
    getLanguage(): string
}

declare const gs: {
    getProperty(name: string, fallback?: string): string
    setProperty(name: string, value: string): void
    getUserID(): string
    getUserName(): string
    getUser(): GlideUser
    hasRole(role: string): boolean
    nil(value: unknown): boolean
    info(message: string, ...params: unknown[]): void
    warn(message: string, ...params: unknown[]): void
    error(message: string, ...params: unknown[]): void
    debug(message: string, ...params: unknown[]): void
    eventQueue(name: string, record: GlideRecord | null, parm1?: string, parm2?: string): void
    generateGUID(): string
    getMessage(key: string, params?: string[]): string
    getSession(): GlideSession
    addInfoMessage(message: string): void
    addErrorMessage(message: string): void
}

declare namespace sn_ws {
    class RESTMessageV2 {
        constructor()
        setEndpoint(url: string): void
        setHttpMethod(method: string): void
        setRequestHeader(name: string, value: string): void
        setRequestBody(body: string): void
        setHttpTimeout(milliseconds: number): void
        setEccParameter(name: string, value: string): void
        execute(): RESTResponseV2
    }
    interface RESTResponseV2 {
        getStatusCode(): number
        getBody(): string
        getHeader(name: string): string
        haveError(): boolean
        getErrorCode(): number
        getErrorMessage(): string
    }
    interface RESTAPIRequest {
        body: { dataString: string; data: unknown }
        headers: { [name: string]: string }
        getHeader(name: string): string
        queryParams: { [name: string]: string[] }
        pathParams: { [name: string]: string }
        uri: string
        url: string
    }
    interface RESTAPIResponse {
        setStatus(status: number): void
        setBody(body: unknown): void
        setHeader(name: string, value: string): void
        setContentType(type: string): void
        getStreamWriter(): { writeString(text: string): void }
    }
}

declare const Class: { create(): any }

declare interface ObjectConstructor {
    extendsObject(base: any, extension: object): any
}

declare const global: { AbstractAjaxProcessor: any }
