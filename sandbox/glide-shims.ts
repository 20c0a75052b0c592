// The browser globals a classic UI action client script expects, just enough for the app's built
// script to run unchanged on the sandbox form: g_form, g_user, getMessage, GlideAjax (posting to
// /xmlhttp.do as the platform's does) and GlideModal. Served as /glide-shims.js; the page describes itself in a
// JSON block (#sandbox-form) that the shims read. Plain ES2017, no build step: this text is the file.
export const GLIDE_SHIMS_JS = String.raw`'use strict';
(function () {
    var form = JSON.parse(document.getElementById('sandbox-form').textContent);

    function messageArea() {
        return document.getElementById('form-messages');
    }

    function addMessage(type, text) {
        var message = document.createElement('div');
        message.className = 'message message-' + type;
        message.setAttribute('role', type === 'error' ? 'alert' : 'status');
        message.textContent = String(text);
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
        backdrop.appendChild(dialog);
        document.body.appendChild(backdrop);
    };
    GlideModal.prototype.destroy = function () {
        var existing = document.getElementById(this.id + '_backdrop');
        if (existing) existing.parentNode.removeChild(existing);
    };
    window.GlideModal = GlideModal;
})();
`
