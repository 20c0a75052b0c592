// The browser globals the app's client scripts expect, just enough for the built scripts to run
// unchanged in the sandbox. Plain ES2017, no build step: these texts are the files.
//   /glide-shims.js      every page: GlideAjax (a form POST to /xmlhttp.do, as the platform's). On a form (the
//                        page describes itself in #sandbox-form): g_form; on the classic form also getMessage (the
//                        UI actions' preloaded messages, in the user's language), g_user and GlideModal.
//   /workspace-shims.js  the workspace form: g_modal.showFields, which refuses options the documentation does
//                        not describe (sandbox/workspace-modal.ts).
import { SHOW_FIELDS_CHECK_JS } from './workspace-modal.ts'

/**
 * What a modal dialog does on the platform as in any accessible dialog: focus moves into it, Tab and Shift+Tab stay
 * inside it, Escape closes it (as its close or Cancel button would), and focus returns to where it was. Browser code.
 */
const MODAL_KEYS_JS = String.raw`
    function keepFocusIn(backdrop, dialog, onEscape) {
        var before = document.activeElement;
        var focusable = function () {
            return Array.prototype.filter.call(dialog.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'), function (node) {
                return !node.disabled && node.tabIndex >= 0 && node.offsetParent !== null;
            });
        };
        backdrop.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                onEscape();
                return;
            }
            if (event.key !== 'Tab') return;
            var nodes = focusable();
            if (nodes.length === 0) return event.preventDefault();
            var first = nodes[0], last = nodes[nodes.length - 1];
            if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
            else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
            else if (!dialog.contains(document.activeElement)) { event.preventDefault(); first.focus(); }
        });
        var nodes = focusable();
        (nodes[0] || dialog).focus();
        return function restore() { if (before && before.focus && document.contains(before)) before.focus(); };
    }
`

export const GLIDE_SHIMS_JS =
    String.raw`'use strict';
(function () {
` +
    MODAL_KEYS_JS +
    String.raw`
    // GlideAjax: a form POST to /xmlhttp.do answered with <xml answer="…"/>; a refused call answers
    // no document, which getXMLAnswer reports as a null answer (as the platform does).
    function GlideAjax(processor) {
        this.params = { sysparm_processor: processor };
    }
    GlideAjax.prototype.addParam = function (name, value) {
        this.params[name] = String(value);
    };
    GlideAjax.prototype.send = function (onDocument) {
        fetch('/xmlhttp.do', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(this.params).toString(),
        })
            .then(function (response) {
                return response.text().then(function (text) {
                    return response.ok ? new DOMParser().parseFromString(text, 'text/xml') : null;
                });
            })
            .then(onDocument, function () { onDocument(null); });
    };
    GlideAjax.prototype.getXML = function (callback) {
        this.send(function (document) { callback({ responseXML: document }); });
    };
    GlideAjax.prototype.getXMLAnswer = function (callback) {
        this.send(function (document) { callback(document ? document.documentElement.getAttribute('answer') : null); });
    };
    window.GlideAjax = GlideAjax;

    var described = document.getElementById('sandbox-form');
    if (!described) return;
    var form = JSON.parse(described.textContent);
    var classic = described.getAttribute('data-view') === 'classic';

    function messageArea() {
        return document.getElementById('form-messages');
    }

    // The classic form renders a form message as HTML: a script that escapes its text shows it once, as text.
    // The workspace's form messages are its own components; the sandbox shows their text as text.
    function addMessage(type, text) {
        var message = document.createElement('div');
        message.className = 'message message-' + type;
        message.setAttribute('role', type === 'error' ? 'alert' : 'status');
        if (classic) message.innerHTML = String(text);
        else message.textContent = String(text);
        messageArea().appendChild(message);
    }

    window.g_form = {
        getTableName: function () { return form.table; },
        getUniqueValue: function () { return form.sysId; },
        isNewRecord: function () { return form.isNewRecord; },
        getValue: function (field) { return Object.prototype.hasOwnProperty.call(form.values, field) ? form.values[field] : ''; },
        addErrorMessage: function (text) { addMessage('error', text); },
        addInfoMessage: function (text) { addMessage('info', text); },
        clearMessages: function () { messageArea().textContent = ''; },
    };
    if (!classic) return;

    // The classic form's getMessage(): the messages the page's UI actions preload (their 'messages' field), in
    // the user's language; any other key comes back as the key itself (the platform would fetch it).
    window.getMessage = function (key) {
        return Object.prototype.hasOwnProperty.call(form.messages, key) ? form.messages[key] : key;
    };

    window.g_user = {
        userName: form.user.userName,
        userID: form.user.sysId,
        firstName: form.user.firstName,
        lastName: form.user.lastName,
        hasRole: function (role) { return form.user.roles.indexOf(role) >= 0 || form.user.roles.indexOf('admin') >= 0; },
    };

    // GlideModal: a dialog over the form. Only content given by the script is shown (renderWithContent,
    // or setBody + render); the platform's UI-page modals (render() by page name) are not emulated.
    function GlideModal(id, readOnly, width) {
        this.id = id;
        this.title = '';
        this.body = null;
        this.width = width || 600;
    }
    GlideModal.prototype.setTitle = function (title) { this.title = String(title); };
    GlideModal.prototype.setWidth = function (width) { this.width = width; };
    GlideModal.prototype.setBody = function (html) { this.body = String(html); };
    GlideModal.prototype.renderWithContent = function (html) {
        this.body = String(html);
        this.render();
    };
    GlideModal.prototype.render = function () {
        if (this.body === null) throw new Error('GlideModal ' + this.id + ': UI page modals are not emulated in the sandbox; use renderWithContent');
        this.destroy();
        var backdrop = document.createElement('div');
        backdrop.className = 'modal-backdrop';
        backdrop.id = this.id + '_backdrop';
        var dialog = document.createElement('div');
        dialog.className = 'modal';
        dialog.id = this.id;
        dialog.setAttribute('role', 'dialog');
        dialog.setAttribute('aria-modal', 'true');
        dialog.style.width = this.width + 'px';
        var header = document.createElement('header');
        var title = document.createElement('h2');
        title.textContent = this.title;
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'modal-close';
        close.setAttribute('aria-label', 'Close');
        close.textContent = '×';
        var modal = this;
        close.addEventListener('click', function () { modal.destroy(); });
        header.appendChild(title);
        header.appendChild(close);
        var body = document.createElement('div');
        body.className = 'modal-body';
        body.innerHTML = this.body;
        dialog.appendChild(header);
        dialog.appendChild(body);
        dialog.tabIndex = -1;
        backdrop.appendChild(dialog);
        document.body.appendChild(backdrop);
        this.restoreFocus = keepFocusIn(backdrop, dialog, function () { modal.destroy(); });
    };
    GlideModal.prototype.destroy = function () {
        var existing = document.getElementById(this.id + '_backdrop');
        if (!existing) return;
        existing.parentNode.removeChild(existing);
        if (this.restoreFocus) this.restoreFocus();
    };
    window.GlideModal = GlideModal;
})();
`

export const WORKSPACE_SHIMS_JS =
    String.raw`'use strict';
(function () {
` +
    SHOW_FIELDS_CHECK_JS +
    MODAL_KEYS_JS +
    String.raw`
    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = String(text);
        return node;
    }

    // g_modal.showFields: a modal with the fields as inputs and OK/Cancel (or the given titles); resolves with
    // { updatedFields } on confirm and rejects on cancel, as the documentation describes.
    window.g_modal = {
        showFields: function (options) {
            var problems = undocumentedShowFields(options, SHOW_FIELDS_SPEC);
            if (problems.length > 0) {
                window.g_form.addErrorMessage('g_modal.showFields: not documented: ' + problems.join('; '));
                throw new Error('g_modal.showFields: not documented: ' + problems.join('; '));
            }
            return new Promise(function (resolve, reject) {
                var backdrop = element('div', 'modal-backdrop');
                var dialog = element('div', 'modal workspace-modal modal-size-' + (options.size || 'sm'));
                dialog.setAttribute('role', 'dialog');
                dialog.setAttribute('aria-modal', 'true');
                var header = element('header');
                header.appendChild(element('h2', '', options.title || ' '));
                dialog.appendChild(header);
                var body = element('div', 'modal-body');
                if (options.instruction) body.appendChild(element('p', 'modal-instruction', options.instruction));
                var inputs = options.fields.map(function (field) {
                    var label = element('label', 'modal-field');
                    label.appendChild(element('span', '', (field.label || field.name) + (field.mandatory ? ' *' : '')));
                    var input = element(field.type === 'textarea' ? 'textarea' : 'input');
                    input.name = field.name;
                    input.value = field.value === undefined ? '' : String(field.value);
                    label.appendChild(input);
                    body.appendChild(label);
                    return input;
                });
                var buttons = element('div', 'toolbar');
                var cancel = element('button', '', options.cancelTitle || 'Cancel');
                var confirm = element('button', 'btn-primary', options.confirmTitle || 'OK');
                cancel.type = confirm.type = 'button';
                buttons.appendChild(cancel);
                buttons.appendChild(confirm);
                body.appendChild(buttons);
                dialog.appendChild(body);
                dialog.tabIndex = -1;
                backdrop.appendChild(dialog);
                document.body.appendChild(backdrop);
                var restoreFocus = keepFocusIn(backdrop, dialog, function () { close(); reject(false); });
                function close() { backdrop.parentNode.removeChild(backdrop); restoreFocus(); }
                cancel.addEventListener('click', function () { close(); reject(false); });
                confirm.addEventListener('click', function () {
                    close();
                    resolve({ updatedFields: inputs.map(function (input, index) { return { name: options.fields[index].name, value: input.value }; }) });
                });
            });
        },
    };
})();
`
