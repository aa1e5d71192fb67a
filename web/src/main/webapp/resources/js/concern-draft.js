/*
 * The public concern pages keep what a person types (issue 41: nothing is lost when a limit is hit). A form marked
 * data-draft="<board>" is copied, as it is typed, into this tab's sessionStorage under "sg.concern.<form>.<board>":
 * its text fields and choices only, never its files, its hidden fields or a receipt code, and never sent anywhere.
 * When the page is opened again (a refusal, a page started afresh, the Back button) the empty fields are filled from
 * it. An element marked data-draft-clear="<form>.<board>" (the receipt, an answer taken) ends that draft.
 * Before a form with files is sent, the chosen files are checked here as the server would (how many, how large,
 * what type), so a post the server cannot take is never made: the page says which file and what to do.
 */
(function () {
    'use strict';
    var PREFIX = 'sg.concern.';
    var store = null;
    try { store = window.sessionStorage; } catch (e) { /* storage refused: the page works without a draft */ }

    document.querySelectorAll('[data-draft-clear]').forEach(function (done) {
        if (store) { store.removeItem(PREFIX + done.getAttribute('data-draft-clear')); }
    });

    function kept(field) {
        var type = (field.type || '').toLowerCase();
        return field.name && !field.disabled && (field.tagName === 'TEXTAREA' || field.tagName === 'SELECT'
            || type === 'text' || type === 'email' || type === 'tel' || type === 'radio');
    }

    document.querySelectorAll('form[data-draft]').forEach(function (form) {
        if (!store) { return; }
        var key = PREFIX + form.id + '.' + form.getAttribute('data-draft');
        var draft = null;
        try { draft = JSON.parse(store.getItem(key) || 'null'); } catch (e) { draft = null; }
        if (draft) {
            Array.prototype.forEach.call(form.elements, function (field) {
                if (!kept(field) || !Object.prototype.hasOwnProperty.call(draft, field.name)) { return; }
                if (field.type === 'radio') {
                    var chosen = form.querySelector('input[type=radio][name="' + CSS.escape(field.name) + '"]:checked');
                    if (!chosen && field.value === draft[field.name]) { field.checked = true; }
                } else if (field.value === '') {
                    field.value = draft[field.name];
                }
            });
        }
        function save() {
            var now = {};
            Array.prototype.forEach.call(form.elements, function (field) {
                if (kept(field) && (field.type !== 'radio' || field.checked) && field.value !== '') {
                    now[field.name] = field.value;
                }
            });
            try { store.setItem(key, JSON.stringify(now)); } catch (e) { /* full: the page works without it */ }
        }
        form.addEventListener('input', save);
        form.addEventListener('change', save);
        save();
    });

    // Checked in the capturing phase, before the page's other handlers (the proof of work) see the send.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var problem = null;
        var shown = null;
        form.querySelectorAll('input[type=file][data-files-most]').forEach(function (input) {
            var most = Number(input.getAttribute('data-files-most'));
            var each = Number(input.getAttribute('data-file-bytes'));
            var all = Number(input.getAttribute('data-files-bytes'));
            var types = (input.getAttribute('accept') || '').split(',');
            var files = Array.prototype.filter.call(input.files || [], function (f) { return f.size > 0; });
            var total = 0;
            if (!problem && files.length > most) {
                problem = input.getAttribute('data-too-many').replace('{0}', most);
            }
            files.forEach(function (file) {
                total += file.size;
                if (problem) { return; }
                if (file.size > each) {
                    problem = input.getAttribute('data-too-big').replace('{0}', file.name);
                } else if (file.type && types.indexOf(file.type) < 0) {
                    problem = input.getAttribute('data-wrong-type').replace('{0}', file.name);
                }
            });
            if (!problem && total > all) {
                problem = input.getAttribute('data-too-large').replace('{0}', most);
            }
            if (problem && !shown) {
                shown = input;
            }
        });
        var said = form.querySelector('[data-files-said]');
        if (said) {
            said.textContent = problem || '';
            said.hidden = !problem;
        }
        if (problem) {
            event.preventDefault();
            event.stopImmediatePropagation();
            shown.focus();
        }
    }, true);
})();
