/*
 * The layout's behaviour, for every page (loaded in the head, before PrimeFaces builds its widgets).
 *
 * 1. The menu button of narrow screens: it opens and closes the header's menu (languages, account) and the page menu,
 *    keeps aria-expanded true to its state, closes with Escape (the focus goes back to the button) and when the window
 *    grows wide again. Until this script runs (or without scripts) the menus stay shown: app.css folds them only under
 *    body.app-menu-ready.
 * 2. PrimeFaces' Vietnamese texts name the page of a paginator button "Trang {trang}": the placeholder is translated,
 *    so every page button would be read as "Trang {trang}". The placeholder is put back, in any language that lost it,
 *    before the widgets are built.
 * 3. A PrimeFaces select (p:selectOneMenu) is a combobox named only by its chosen option ("All"): its visible label
 *    ("Province") points at it with for= but does not name it. Each one is named by its label and its choice
 *    (aria-labelledby="label combobox"), so that its accessible name contains the visible label (WCAG 2.5.3, 4.1.2);
 *    again after every Ajax update.
 * 4. A form field (the m:field tag: label, input, hint, message) ties its hint and its error message to its input
 *    (aria-describedby) and marks the input invalid while the message shows an error (aria-invalid), so that a screen
 *    reader reads the reason with the field; the message itself is announced when it appears (role="alert"). Again
 *    after every Ajax update.
 * 5. PrimeFaces' message lists mark each item role="alert", which makes the list's items no longer list items (WCAG
 *    1.3.1); the messages are read out by the live region around them instead (the layout's page-messages-live, the
 *    messages' own aria-live), so the items become plain list items again.
 * 6. The file upload's own messages (a file too large or of the wrong kind, found before sending) are a live region
 *    like the page's messages, and their close link is named (PrimeFaces' text for "close" in the reader's language).
 *    Its "choose a file" control, a focusable span that PrimeFaces opens with Enter or Space, is given the role of the
 *    button it is (its aria-labelledby names nothing on an element without a role).
 * 7. A table too wide for its box scrolls sideways inside it (a data table's columns need their two dimensions): while
 *    it does, the box takes the keyboard focus, so that the arrow keys scroll it (WCAG 2.1.1). Checked again when the
 *    window changes size and after every Ajax update.
 */
(function () {
    'use strict';

    function fixPageLabels() {
        if (!window.PrimeFaces || !PrimeFaces.locales) {
            return;
        }
        Object.keys(PrimeFaces.locales).forEach(function (tag) {
            var aria = PrimeFaces.locales[tag] && PrimeFaces.locales[tag].aria;
            if (aria && typeof aria.pageLabel === 'string' && aria.pageLabel.indexOf('{page}') < 0) {
                aria.pageLabel = /\{[^}]*\}/.test(aria.pageLabel)
                    ? aria.pageLabel.replace(/\{[^}]*\}/, '{page}')
                    : aria.pageLabel + ' {page}';
            }
        });
    }

    function labelSelects() {
        var boxes = document.querySelectorAll('.ui-selectonemenu-label[role="combobox"][id]');
        Array.prototype.forEach.call(boxes, function (box) {
            var label = document.querySelector('label[for="' + CSS.escape(box.id) + '"][id]');
            if (label) {
                box.setAttribute('aria-labelledby', label.id + ' ' + box.id);
            }
        });
    }

    var generatedIds = 0;

    function idOf(element) {
        if (!element.id) {
            generatedIds += 1;
            element.id = 'mtbbe-described-' + generatedIds;
        }
        return element.id;
    }

    function linkFields() {
        Array.prototype.forEach.call(document.querySelectorAll('.form-field'), function (field) {
            var label = field.querySelector('label[for]');
            var input = label && document.getElementById(label.htmlFor);
            if (!input) {
                return;
            }
            var hint = field.querySelector('.form-hint');
            var message = field.querySelector('.form-message');
            var error = !!message && message.classList.contains('ui-message-error') && message.textContent.trim() !== '';
            var ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
                return id && id.indexOf('mtbbe-described-') !== 0 && (!message || id !== message.id)
                    && (!hint || id !== hint.id);
            });
            if (error) {
                ids.unshift(idOf(message));
            }
            if (hint) {
                ids.push(idOf(hint));
            }
            if (ids.length) {
                input.setAttribute('aria-describedby', ids.join(' '));
            } else {
                input.removeAttribute('aria-describedby');
            }
            if (error) {
                input.setAttribute('aria-invalid', 'true');
            } else if (input.getAttribute('aria-invalid') === 'true' && !input.classList.contains('ui-state-error')) {
                input.removeAttribute('aria-invalid');
            }
        });
    }

    function plainMessageItems() {
        Array.prototype.forEach.call(document.querySelectorAll('.ui-messages ul > li[role="alert"]'), function (item) {
            if (item.closest('[aria-live]')) {
                item.removeAttribute('role');
            }
        });
    }

    function liveUploadMessages() {
        Array.prototype.forEach.call(document.querySelectorAll('.ui-fileupload-choose:not([role])'), function (choose) {
            choose.setAttribute('role', 'button');
        });
        Array.prototype.forEach.call(document.querySelectorAll('.ui-fileupload-messages'), function (messages) {
            messages.setAttribute('aria-live', 'polite');
            var close = messages.querySelector('.ui-messages-close');
            if (close && !close.getAttribute('aria-label') && window.PrimeFaces && PrimeFaces.getAriaLabel) {
                close.setAttribute('aria-label', PrimeFaces.getAriaLabel('close'));
                close.setAttribute('role', 'button');
            }
        });
    }

    function focusableScrollers() {
        var boxes = document.querySelectorAll('.table-scroll, .schedule-scroll, .flow-table, .ui-datatable-tablewrapper');
        Array.prototype.forEach.call(boxes, function (box) {
            var scrolls = box.scrollWidth > box.clientWidth + 1;
            if (scrolls && !box.hasAttribute('tabindex')) {
                box.setAttribute('tabindex', '0');
                box.setAttribute('data-scroll-focus', 'true');
            } else if (!scrolls && box.getAttribute('data-scroll-focus') === 'true') {
                box.removeAttribute('tabindex');
                box.removeAttribute('data-scroll-focus');
            }
        });
    }

    fixPageLabels();

    function setUpMenu() {
        var button = document.getElementById('menuButton');
        if (!button) {
            return;
        }
        var body = document.body;
        function open(state) {
            body.classList.toggle('app-menu-open', state);
            button.setAttribute('aria-expanded', state ? 'true' : 'false');
        }
        button.addEventListener('click', function () {
            open(button.getAttribute('aria-expanded') !== 'true');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                open(false);
                button.focus();
            }
        });
        var wide = window.matchMedia('(min-width: 60.001rem)');
        var closeWhenWide = function (event) {
            if (event.matches) {
                open(false);
            }
        };
        if (wide.addEventListener) {
            wide.addEventListener('change', closeWhenWide);
        }
        body.classList.add('app-menu-ready');
    }

    function ready() {
        fixPageLabels();
        labelSelects();
        linkFields();
        plainMessageItems();
        liveUploadMessages();
        focusableScrollers();
        setUpMenu();
        var resized = null;
        window.addEventListener('resize', function () {
            clearTimeout(resized);
            resized = setTimeout(focusableScrollers, 100);
        });
        if (window.jQuery) {
            var again = function () {
                labelSelects();
                linkFields();
                liveUploadMessages();
                plainMessageItems();
                focusableScrollers();
            };
            // Once more after PrimeFaces has built its widgets (their ready callbacks come first), and after each Ajax update.
            jQuery(again);
            jQuery(document).on('pfAjaxComplete', again);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
})();
