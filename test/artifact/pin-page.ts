// The shipped button scripts' browser, for artifact tests: node:vm with small g_form, GlideAjax, GlideModal and
// g_modal stand-ins whose GlideAjax goes to the emulated instance, and the classic form's getMessage() serving
// the messages the UI action preloads in the user's language.
import { createContext, runInContext } from 'node:vm'
import { undocumentedShowFields, undocumentedShowFrame } from '../../sandbox/workspace-modal.ts'
import type { PinWorld } from './pin-fixture.ts'

export interface Page {
    errors: string[]
    infos: string[]
    modals: { title: string; html: string }[]
    workspaceModals: { title: string; instruction?: string; fields: { name: string; value: string }[] }[]
    /** What the script passed to g_modal.showFrame. */
    frames: { url: string; [option: string]: unknown }[]
    /** What the script passed to g_modal.showFields or showFrame that the documentation does not describe. */
    undocumented: string[]
    run(code: string): void
    /** With `frameUrl`: the element the UI page's script fills. */
    frameArea?: FakeElement
    /** With `deferAnswers`: hands the instance's answers to the waiting callbacks, in order; how many there were. */
    flush(): number
}

/** The element a page script fills: what it was given as text, as HTML, and its role and class. */
export interface FakeElement {
    textContent: string
    innerHTML: string
    className: string
    attributes: Record<string, string>
    setAttribute(name: string, value: string): void
    addEventListener(): void
}

function fakeElement(): FakeElement {
    return {
        textContent: '',
        innerHTML: '',
        className: '',
        attributes: {},
        setAttribute(name, value) {
            this.attributes[name] = value
        },
        addEventListener() {},
    }
}

export function page(
    world: PinWorld,
    table: string,
    sysId: string,
    options: {
        workspaceModal?: boolean
        asUser?: string
        answer?: (answer: string | null) => string | null
        getMessage?: boolean
        /** Answers wait for flush(), as a browser's do for the network: a second click can come first. */
        deferAnswers?: boolean
        /** The page is the UI page a frame loaded from this url; its script fills the element with id frameArea. */
        frameUrl?: string
        frameArea?: string
    } = {}
): Page {
    const asUser = options.asUser ?? world.agent
    const waiting: (() => void)[] = []
    const result: Page = {
        errors: [],
        infos: [],
        modals: [],
        workspaceModals: [],
        frames: [],
        undocumented: [],
        run: () => undefined,
        flush: () => {
            const count = waiting.length
            waiting.splice(0).forEach((answer) => answer())
            return count
        },
    }
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
            const deliver = () => callback(options.answer ? options.answer(answer) : answer)
            if (options.deferAnswers) waiting.push(deliver)
            else deliver()
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
    const showFrame = (config: Page['frames'][number]) => {
        result.undocumented.push(...undocumentedShowFrame(config))
        result.frames.push(config)
        return Promise.resolve()
    }
    const g_modal = options.workspaceModal === false ? undefined : { showFields, showFrame }
    // The classic form preloads the UI action's `messages` in the user's language; getMessage() serves them
    // and answers any other key with the key itself.
    const action = world.instance.uiAction(table, 'x_rescue_connect_generate_pin')!
    const language = world.instance.languageOf(asUser)
    const preloaded = new Map(
        (action.messages ?? '')
            .split('\n')
            .filter(Boolean)
            .map((key) => [key, world.instance.message(key, language)])
    )
    const getMessage = options.getMessage === false ? undefined : (key: string) => preloaded.get(key) ?? key
    // A frame's page (g_modal.showFrame's url): its own window, with the url's query and the area its script fills.
    const frameArea = fakeElement()
    const url = new URL(options.frameUrl ?? '/', 'https://instance.invalid')
    const document = { getElementById: (id: string) => (options.frameUrl && id === options.frameArea ? frameArea : null) }
    const context = createContext({
        g_form: form,
        GlideAjax,
        GlideModal,
        g_modal,
        getMessage,
        document,
        navigator: {},
        location: { search: url.search },
        URLSearchParams,
    })
    // In a browser the window is the global object itself: the scripts keep their page-wide flag there.
    runInContext('var window = this', context)
    result.run = (code) => runInContext(code, context)
    result.frameArea = frameArea
    return result
}
