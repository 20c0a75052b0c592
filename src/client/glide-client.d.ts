// The browser-side Glide APIs the UI action scripts use (classic form and configurable workspace).

declare interface GlideFormClient {
    getTableName(): string
    getUniqueValue(): string
    isNewRecord(): boolean
    addErrorMessage(message: string): void
    addInfoMessage(message: string): void
    clearMessages(): void
}

declare const g_form: GlideFormClient

declare class GlideAjax {
    constructor(processor: string)
    addParam(name: string, value: string): void
    getXMLAnswer(callback: (answer: string | null) => void): void
}

declare class GlideModal {
    constructor(id: string, readOnly?: boolean, width?: number)
    setTitle(title: string): void
    renderWithContent(html: string): void
    destroy(): void
}

/** A g_modal.showFields field, as "g_modal (Next Experience) - Client" documents the string and textarea types. */
declare interface WorkspaceModalField {
    type: 'string' | 'textarea'
    name: string
    label: string
    value: string
    mandatory?: boolean
    autoFocus?: boolean
}

/** Configurable workspace modal API (client_script_v2); only documented options. */
declare const g_modal:
    | {
          showFields(options: {
              title: string
              fields: WorkspaceModalField[]
              instruction?: string
              size?: 'sm' | 'md' | 'lg' | 'fw'
              confirmTitle?: string
              cancelTitle?: string
          }): Promise<unknown>
      }
    | undefined
