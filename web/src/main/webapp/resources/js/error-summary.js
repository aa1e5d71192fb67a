/* The error summary takes the focus when the page comes back with problems; its links move to their fields. */
(function () {
    'use strict';
    var summary = document.getElementById('error-summary');
    if (!summary) {
        return;
    }
    summary.focus();
    Array.prototype.forEach.call(summary.querySelectorAll('a[href^="#"]'), function (link) {
        link.addEventListener('click', function (event) {
            var field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
            if (field && !field.matches('input:not([type=hidden]), select, textarea, button, a[href], [tabindex]')) {
                // A group (a table of radio buttons, a fieldset) takes no focus: its first control does.
                field = field.querySelector('input:not([type=hidden]), select, textarea, button') || field;
            }
            if (field) {
                event.preventDefault();
                field.scrollIntoView({ block: 'center' });
                field.focus();
            }
        });
    });
}());
