/*
 * The idle warning: a signed-in session ends after a while without a request (data-idle-seconds on <body>, 30
 * minutes). Shortly before, the page says so and offers to stay signed in; when the time is up it goes to the sign-in
 * page, which says why. Activity in any of the person's tabs counts (shared through localStorage), so a tab left open
 * does not sign out someone working in another.
 */
(function () {
    'use strict';
    var body = document.body;
    var idle = parseInt(body.getAttribute('data-idle-seconds'), 10);
    var banner = document.getElementById('idle-warning');
    if (!idle || idle <= 0 || !banner) {
        return;
    }
    var base = body.getAttribute('data-context') || '';
    var lead = Math.min(120, Math.floor(idle / 4));
    var KEY = 'safeguard.lastActivity';
    var remaining = document.getElementById('idle-remaining');

    function now() { return Date.now(); }
    function last() {
        var stored = 0;
        try { stored = parseInt(window.localStorage.getItem(KEY), 10) || 0; } catch (e) { stored = 0; }
        return Math.max(stored, loadedAt);
    }
    function touch() {
        loadedAt = now();
        try { window.localStorage.setItem(KEY, String(loadedAt)); } catch (e) { /* private mode: this tab only */ }
    }
    var loadedAt = now();
    touch();

    // Time is up: signed out for real through the page's own sign-out form (its token), so the session ends on
    // the server too, and the sign-in page says why.
    function signOut() {
        var form = document.querySelector('form.signout');
        if (!form) {
            window.location.assign(base + '/login.xhtml?timedOut=true');
            return;
        }
        var why = document.createElement('input');
        why.type = 'hidden';
        why.name = 'timedOut';
        why.value = 'true';
        form.appendChild(why);
        form.submit();
    }

    var ended = false;
    function tick() {
        var left = Math.round((last() + idle * 1000 - now()) / 1000);
        if (left <= 0) {
            if (!ended) {
                ended = true;
                signOut();
            }
            return;
        }
        if (left <= lead) {
            remaining.textContent = Math.floor(left / 60) + ':' + ('0' + (left % 60)).slice(-2);
            if (banner.hidden) {
                banner.hidden = false;
                document.getElementById('idle-stay').focus();
            }
        } else if (!banner.hidden) {
            banner.hidden = true;
        }
    }

    document.getElementById('idle-stay').addEventListener('click', function () {
        fetch(base + '/keep-alive', {method: 'POST', credentials: 'same-origin'}).then(function (answer) {
            if (answer.status === 204) {
                touch();
                banner.hidden = true;
            } else {
                signOut();
            }
        });
    });
    window.setInterval(tick, 1000);
})();
