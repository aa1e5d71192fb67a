/*
 * The case page's sections fold: whatever a person folds stays folded on every case they open, until they open it
 * again (kept in this browser for that sign-in name; only the sections' names are kept). A link of the page's
 * contents opens the section it leads to.
 */
(function () {
    'use strict';
    var reader = document.getElementById('case-reader');
    var user = reader && reader.getAttribute('data-user');
    if (!user) {
        return;
    }
    var key = 'safeguard.caseSections.' + user;
    var folded = {};
    try {
        folded = JSON.parse(window.localStorage.getItem(key) || '{}') || {};
    } catch (e) {
        folded = {};
    }
    var keep = function () {
        try {
            window.localStorage.setItem(key, JSON.stringify(folded));
        } catch (e) {
            /* private browsing: folds last for this page only */
        }
    };
    Array.prototype.forEach.call(document.querySelectorAll('details.case-section[data-section]'), function (section) {
        var name = section.getAttribute('data-section');
        if (folded[name]) {
            section.open = false;
        }
        section.addEventListener('toggle', function () {
            if (section.open) {
                delete folded[name];
            } else {
                folded[name] = true;
            }
            keep();
        });
    });
    Array.prototype.forEach.call(document.querySelectorAll('.case-contents a[href^="#"]'), function (link) {
        link.addEventListener('click', function () {
            var target = document.getElementById(link.getAttribute('href').slice(1));
            var section = target && target.closest('details');
            if (section) {
                section.open = true;
            }
        });
    });
}());
