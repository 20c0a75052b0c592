// The shipped button scripts' browser, for artifact tests: node:vm with small g_form, GlideAjax, GlideModal and
// g_modal stand-ins whose GlideAjax goes to the emulated instance, and the classic form's getMessage() serving
// the messages the UI action preloads in the user's language.
import { createContext, runInContext } from 'node:vm'
import { undocumentedShowFields } from '../../sandbox/workspace-modal.ts'
import type { PinWorld } from './pin-fixture.ts'

export interface Page {
    errors: string[]
    infos: string[]
    modals: { title: string; html: string }[]
    workspaceModals: { title: string; instruction?: string; fields: { name: string; value: string }[] }[]
    /** What the script passed to g_modal.showFields that the documentation does not describe. */
    undocumented: string[]
    run(code: string): void
}

export function page(
    world: PinWorld,
    table: string,
    sysId: string,
    options: { workspaceModal?: boolean; asUser?: string; answer?: (answer: string | null) => string | null; getMessage?: boolean } = {}
): Page {
    const asUser = options.asUser ?? world.agent
    const result: Page = { errors: [], infos: [], modals: [], workspaceModals: [], undocumented: [], run: () => undefined }
    const form = {
        getTableName: () => table,
        getUniqueValue: () => sysId,
        addErrorMessage: (message: string) => result.errors.push(message),
        addInfoMessage: (message: string) => result.infos.push(message),
        clearMessages: () => undefined,
    }
    class GlideAjax {
        private readonly params: Record<string, string> = {}
        constructor(private readonly processor: string) {}
        addParam(name: string, value: string) {
            this.params[name] = value
        }
        getXMLAnswer(callback: (answer: string | null) => void) {
            const { sysparm_name: method = '', ...params } = this.params
            const answer = world.instance.ajax(this.processor, method, params, asUser).answer
            callback(options.answer ? options.answer(answer) : answer)
        }
    }
    class GlideModal {
        private title = ''
        setTitle(title: string) {
            this.title = title
        }
        renderWithContent(html: string) {
            result.modals.push({ title: this.title, html })
        }
        destroy() {}
    }
    const showFields = (config: Page['workspaceModals'][number]) => {
        result.undocumented.push(...undocumentedShowFields(config))
        result.workspaceModals.push(config)
        return Promise.resolve({})
    }
    const g_modal = options.workspaceModal === false ? undefined : { showFields }
    // The classic form preloads the UI action's `messages` in the user's language; getMessage() serves them
    // and answers any other key with the key itself.
    const action = world.instance.uiAction(table, 'x_rescue_connect_generate_pin')!
    const language = world.instance.languageOf(asUser)
    const preloaded = new Map((action.messages ?? '').split('\n').filter(Boolean).map((key) => [key, world.instance.message(key, language)]))
    const getMessage = options.getMessage === false ? undefined : (key: string) => preloaded.get(key) ?? key
    const context = createContext({ g_form: form, GlideAjax, GlideModal, g_modal, getMessage, document: { getElementById: () => null }, navigator: {} })
    result.run = (code) => runInContext(code, context)
    return result
}

