/*
 * One form post makes one record: every form on the page carries a token (sg.once), new when the page is shown, after
 * each ajax answer, and three seconds after a click or a post (a download leaves the page as it was). The server
 * takes each token once (OncePerFormFilter), so a form sent twice (a double click, a browser's resend) does its step
 * once; a form sent again after an answer (a mistake put right) has a new token.
 */
(function () {
    'use strict';
    function fresh() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }
    function stamp() {
        Array.prototype.forEach.call(document.forms, function (form) {
            var field = form.querySelector('input[name="sg.once"]');
            if (!field) {
                field = document.createElement('input');
                field.type = 'hidden';
                field.name = 'sg.once';
                form.appendChild(field);
            }
            field.value = fresh();
        });
    }
    stamp();
    // A post that leaves the page as it is (a download) gets a new token a little later, so the next one counts;
    // a second click sooner is the same post sent twice.
    function later() { window.setTimeout(stamp, 3000); }
    document.addEventListener('submit', later, true);
    document.addEventListener('click', later, true);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', stamp);
    }
}());
