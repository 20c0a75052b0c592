// g_modal.showFields as documented ("g_modal (Next Experience) - Client",
// https://www.servicenow.com/docs/r/api-reference/g_modalClientAPINX.html): the options it takes, the field
// types and, per type, the field keys. g_modal.showFrame as the oldest supported release documents it
// ("g_modal - Client", https://www.servicenow.com/docs/r/yokohama/api-reference/g_modalClientAPI.html: no
// resizableConfig before Zurich). The sandbox's workspace shim (in the browser) and the artifact tests
// (in Node) run the same checks, so an option the platform does not document (such as a field's
// `readonly`) is refused before an instance sees it.

export const SHOW_FIELDS_SPEC = {
    options: [
        'title',
        'fields',
        'callback',
        'size',
        'cancelTitle',
        'confirmTitle',
        'cancelType',
        'confirmType',
        'resizableConfig',
        'instruction',
    ],
    sizes: ['fw', 'sm', 'md', 'lg'],
    /** Keys each field type takes besides `type`; `displayValue` appears in the page's reference and domain_id examples. */
    fieldKeys: {
        boolean: ['autoFocus', 'label', 'mandatory', 'name', 'value'],
        choice: ['autoFocus', 'choices', 'label', 'mandatory', 'name', 'value'],
        domain_id: ['label', 'referringRecordId', 'referringTable', 'value', 'displayValue'],
        glide_list: ['autoFocus', 'display_value_list', 'label', 'name', 'mandatory', 'referringRecordId', 'referringTable', 'value'],
        html: ['autoFocus', 'enableMentions', 'label', 'mandatory', 'name', 'referringRecordId', 'referringTable', 'value'],
        reference: ['autoFocus', 'label', 'mandatory', 'name', 'reference', 'referringRecordId', 'referringTable', 'value', 'displayValue'],
        string: ['autoFocus', 'label', 'mandatory', 'name', 'value'],
        textarea: ['autoFocus', 'label', 'mandatory', 'name', 'value'],
    } as Record<string, string[]>,
}

export const SHOW_FRAME_SPEC = {
    options: [
        'title',
        'url',
        'callback',
        'size',
        'height',
        'modalHeight',
        'modalWidth',
        'showClose',
        'autoCloseOn',
        'hasLoadingMessage',
        'closeOnEscape',
        'hideOverlay',
    ],
    sizes: ['fw', 'sm', 'md', 'lg'],
    /** "<number><unit>" with %, em, px or vh, or a bare number (pixels). */
    lengths: ['height', 'modalHeight', 'modalWidth'],
    booleans: ['showClose', 'hasLoadingMessage', 'closeOnEscape', 'hideOverlay'],
    autoCloseOn: ['EMPTY_BODY', 'URL_CHANGED'],
}

const FRAME_CHECK_SOURCE = String.raw`function undocumentedShowFrame(options, spec) {
    if (typeof options === 'string') return [];
    if (typeof options !== 'object' || options === null) return ['options must be an object or a URL'];
    var problems = [];
    Object.keys(options).forEach(function (key) {
        if (spec.options.indexOf(key) < 0) problems.push('option "' + key + '"');
    });
    if (typeof options.url !== 'string' || options.url === '') problems.push('url must be a string');
    if (options.size !== undefined && spec.sizes.indexOf(options.size) < 0) problems.push('size "' + String(options.size) + '"');
    spec.lengths.forEach(function (key) {
        if (options[key] !== undefined && !/^\d+(\.\d+)?(%|em|px|vh)?$/.test(String(options[key]))) problems.push(key + ' "' + String(options[key]) + '"');
    });
    spec.booleans.forEach(function (key) {
        if (options[key] !== undefined && typeof options[key] !== 'boolean') problems.push(key + ' must be a boolean');
    });
    if (options.autoCloseOn !== undefined && spec.autoCloseOn.indexOf(options.autoCloseOn) < 0) problems.push('autoCloseOn "' + String(options.autoCloseOn) + '"');
    if (options.callback !== undefined && typeof options.callback !== 'function') problems.push('callback must be a function');
    return problems;
}`

/** The check, as plain ES2017 for the browser: what in a showFields call the documentation does not describe. */
const CHECK_SOURCE = String.raw`function undocumentedShowFields(options, spec) {
    if (typeof options !== 'object' || options === null) return ['options must be an object'];
    var problems = [];
    Object.keys(options).forEach(function (key) {
        if (spec.options.indexOf(key) < 0) problems.push('option "' + key + '"');
    });
    if (options.size !== undefined && spec.sizes.indexOf(options.size) < 0) problems.push('size "' + String(options.size) + '"');
    if (!Array.isArray(options.fields)) return problems.concat(['fields must be an array']);
    options.fields.forEach(function (field, index) {
        var entry = typeof field === 'object' && field !== null ? field : {};
        var allowed = Object.prototype.hasOwnProperty.call(spec.fieldKeys, entry.type) ? spec.fieldKeys[entry.type] : null;
        if (!allowed) return problems.push('fields[' + index + '].type "' + String(entry.type) + '"');
        Object.keys(entry).forEach(function (key) {
            if (key !== 'type' && allowed.indexOf(key) < 0) problems.push('fields[' + index + '].' + key + ' (type ' + entry.type + ')');
        });
    });
    return problems;
}`

/** The same check for the browser: defines SHOW_FIELDS_SPEC and undocumentedShowFields(options, spec). */
export const SHOW_FIELDS_CHECK_JS = `var SHOW_FIELDS_SPEC = ${JSON.stringify(SHOW_FIELDS_SPEC)};\n${CHECK_SOURCE}\n`

/** The showFrame check for the browser: defines SHOW_FRAME_SPEC and undocumentedShowFrame(options, spec). */
export const SHOW_FRAME_CHECK_JS = `var SHOW_FRAME_SPEC = ${JSON.stringify(SHOW_FRAME_SPEC)};\n${FRAME_CHECK_SOURCE}\n`

const check = new Function(`return ${CHECK_SOURCE}`)() as (options: unknown, spec: typeof SHOW_FIELDS_SPEC) => string[]

/** What in a showFields call the documentation does not describe, one phrase each; [] when all is documented. */
export function undocumentedShowFields(options: unknown): string[] {
    return check(options, SHOW_FIELDS_SPEC)
}

const frameCheck = new Function(`return ${FRAME_CHECK_SOURCE}`)() as (options: unknown, spec: typeof SHOW_FRAME_SPEC) => string[]

/** What in a showFrame call the Yokohama documentation does not describe, one phrase each; [] when all is documented. */
export function undocumentedShowFrame(options: unknown): string[] {
    return frameCheck(options, SHOW_FRAME_SPEC)
}
