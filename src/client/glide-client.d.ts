// The browser-side Glide APIs the UI action scripts use (classic form and configurable workspace).

declare interface GlideFormClient {
    getTableName(): string
    getUniqueValue(): string
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

/** Configurable workspace modal API (client_script_v2): showFrame with the options "g_modal - Client" documents on Yokohama. */
declare const g_modal:
    | {
          showFrame(options: {
              url: string
              title?: string
              size?: 'sm' | 'md' | 'lg' | 'fw'
              height?: string
              closeOnEscape?: boolean
          }): Promise<unknown>
      }
    | undefined
