// The app's UI pages as the sandbox serves them. A page may only be static markup in the Jelly wrapper
// plus a client script: the sandbox cannot evaluate Jelly, and the app ships none that runs on the server
// (test/artifact/ui-pages.test.ts). The page's client script runs in the browser next to the GlideAjax shim.
import { escapeHtml } from '../src/shared/markup.ts'

/** Jelly that the platform evaluates on the server: j:/g: tags other than the <j:jelly> wrapper, and ${…} / $[…] expressions. */
export function serverSideJelly(html: string): string[] {
    const tags = [...html.matchAll(/<((?:j2?|g2?):[A-Za-z_]+)\b/g)].map((match) => match[1]!).filter((tag) => tag !== 'j:jelly')
    const expressions = [...html.matchAll(/[$][{[][^}\]]*[}\]]/g)].map((match) => match[0])
    return [...new Set(tags.map((tag) => `<${tag}>`)), ...expressions]
}

/** The page body: the HTML inside the <j:jelly> wrapper, without the XML declaration. */
export function staticMarkup(html: string): string {
    return html
        .replace(/^\s*<\?xml[^>]*\?>\s*/, '')
        .replace(/^\s*<j:jelly\b[^>]*>/, '')
        .replace(/<\/j:jelly>\s*$/, '')
}

export interface UiPageView {
    title: string
    body: string
    /** Script elements for the page head: the GlideAjax shim and the page's client script. */
    head: string
}

/** What the sandbox shows for a shipped page, or the reason it refuses to show it. */
export function uiPageView(page: { [field: string]: string | undefined }): UiPageView | { refused: string } {
    const html = page.html ?? ''
    const serverSide = serverSideJelly(html)
    if (serverSide.length > 0)
        return { refused: `${page.endpoint} evaluates server-side Jelly (${serverSide.join(', ')}), which this sandbox cannot render.` }
    if ((page.processing_script ?? '').trim() !== '')
        return { refused: `${page.endpoint} has a processing script, which this sandbox does not run.` }
    const clientScript = page.client_script ?? ''
    if (/<\/script/i.test(clientScript))
        return { refused: `${page.endpoint}: its client script contains "</script", which would end the script element.` }
    return {
        title: page.endpoint ?? '',
        body: staticMarkup(html),
        head: [
            '<script src="/glide-shims.js"></script>',
            `<script data-ui-page="${escapeHtml(page.endpoint ?? '')}">\n${clientScript}\n</script>`,
        ].join('\n'),
    }
}
