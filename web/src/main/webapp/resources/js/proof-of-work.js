/*
 * The public page's proof of work (issue 41): find a nonce such that SHA-256 of "<challenge>:<nonce>" starts with the
 * challenge's number of zero bits, with the browser's own SubtleCrypto (no third-party service). It starts as soon as
 * the page opens, so it is usually done before the form is; a send before then waits for it, then goes on.
 */
(function () {
    'use strict';
    var form = document.querySelector('form[data-work-form]');
    if (!form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) {
        return;
    }
    var challengeField = form.querySelector('[data-work="challenge"]');
    var nonceField = form.querySelector('[data-work="nonce"]');
    var working = document.getElementById('working');
    var challenge = challengeField.value;
    var difficulty = 16;
    try {
        difficulty = JSON.parse(atob(challenge.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).difficulty;
    } catch (e) { /* the server's default */ }
    var encoder = new TextEncoder();

    function zeroBits(bytes) {
        var bits = 0;
        for (var i = 0; i < bytes.length; i++) {
            if (bytes[i] === 0) { bits += 8; continue; }
            return bits + Math.clz32(bytes[i]) - 24;
        }
        return bits;
    }

    async function solve() {
        for (var n = 0; ; n++) {
            var nonce = n.toString(36);
            var hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(challenge + ':' + nonce)));
            if (zeroBits(hash) >= difficulty) {
                return nonce;
            }
        }
    }

    var solved = solve().then(function (nonce) { nonceField.value = nonce; return nonce; });
    var submitter = null;
    form.addEventListener('click', function (event) {
        if (event.target && event.target.type === 'submit') { submitter = event.target; }
    }, true);
    // One send at a time: a second tap while the work is being done (or the page is being sent) queues nothing.
    var submitting = false;
    var released = false;
    // A page brought back by the browser's Back button may send again.
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) { submitting = false; released = false; }
    });
    form.addEventListener('submit', function (event) {
        if (released) {
            released = false;
            return;
        }
        if (submitting) {
            event.preventDefault();
            return;
        }
        submitting = true;
        if (nonceField.value) {
            return;
        }
        event.preventDefault();
        if (working) { working.hidden = false; }
        solved.then(function () {
            released = true;
            if (form.requestSubmit && submitter) { form.requestSubmit(submitter); } else { form.submit(); }
        });
    });
})();
