/*
 * Long text fields say how much they may hold and count down as one types (data-limit on the field: the most
 * characters the service keeps). Over the limit the count says by how much, in the error colour; nothing typed is
 * ever cut off (no maxlength, which silently drops the end of a paste): the service refuses it with a message, and
 * the page keeps the text. A newline counts as two, as the browser sends it. The count is read out after a pause,
 * not at every key.
 */
(function () {
    'use strict';
    var welsh = document.documentElement.lang === 'cy';
    var format = function (n) {
        return n.toLocaleString(welsh ? 'cy-GB' : 'en-GB');
    };
    var left = function (n) {
        if (welsh) {
            return 'Mae gennych ' + format(n) + ' nod ar ôl';
        }
        return 'You have ' + format(n) + (n === 1 ? ' character' : ' characters') + ' left';
    };
    var over = function (n) {
        if (welsh) {
            return 'Mae gennych ' + format(n) + ' nod yn ormod';
        }
        return 'You have ' + format(n) + (n === 1 ? ' character' : ' characters') + ' too many';
    };
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-limit], input[data-limit]'), function (field) {
        var limit = parseInt(field.getAttribute('data-limit'), 10);
        if (!limit || !field.id) {
            return;
        }
        var shown = document.createElement('span');
        shown.className = 'char-count';
        shown.id = field.id + '-count';
        shown.setAttribute('aria-hidden', 'true');
        var spoken = document.createElement('span');
        spoken.className = 'visually-hidden';
        spoken.setAttribute('aria-live', 'polite');
        field.insertAdjacentElement('afterend', shown);
        shown.insertAdjacentElement('afterend', spoken);
        var described = field.getAttribute('aria-describedby');
        var hint = document.createElement('span');
        hint.className = 'visually-hidden';
        hint.id = field.id + '-limit';
        hint.textContent = welsh ? 'Hyd at ' + format(limit) + ' nod.' : 'Up to ' + format(limit) + ' characters.';
        spoken.insertAdjacentElement('afterend', hint);
        field.setAttribute('aria-describedby', (described ? described + ' ' : '') + hint.id);
        var timer = null;
        var update = function (speak) {
            var used = field.value.replace(/\r?\n/g, '\r\n').trim().length;
            var remaining = limit - used;
            var text = remaining >= 0 ? left(remaining) : over(-remaining);
            shown.textContent = text;
            shown.classList.toggle('char-count-over', remaining < 0);
            if (speak) {
                window.clearTimeout(timer);
                timer = window.setTimeout(function () {
                    spoken.textContent = text;
                }, 1000);
            }
        };
        field.addEventListener('input', function () {
            update(true);
        });
        update(false);
    });
}());
