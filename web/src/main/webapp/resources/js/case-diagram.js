/*
 * Draws the case's process with bpmn-js (served by the app): the steps and flows the case went through, the
 * step(s) it waits in now, or the step it ended at once closed. It opens at a size where the labels read as text
 * (100 %), centred on where the case is; the buttons zoom, show the whole process, or go back to the case's step,
 * and the diagram can be dragged. The path is also written out as a list for those who do not see the drawing.
 */
(function () {
    'use strict';
    var holder = document.getElementById('case-diagram');
    if (!holder || typeof window.BpmnJS !== 'function') {
        return;
    }
    var failed = function () {
        holder.textContent = holder.getAttribute('data-failed');
    };
    var get = function (url, asJson) {
        return fetch(url, { credentials: 'same-origin' }).then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return asJson ? response.json() : response.text();
        });
    };
    var viewer = new window.BpmnJS({ container: holder });
    var focus = null;

    var showFocus = function () {
        if (!holder.offsetWidth) {
            return;
        }
        var canvas = viewer.get('canvas');
        canvas.resized();
        var element = focus && viewer.get('elementRegistry').get(focus);
        canvas.zoom(1.0);
        if (!element) {
            return;
        }
        var box = canvas.viewbox();
        canvas.viewbox({
            x: element.x + element.width / 2 - box.width / 2,
            y: element.y + element.height / 2 - box.height / 2,
            width: box.width,
            height: box.height
        });
    };

    var writePath = function (path, registry) {
        var list = document.getElementById('diagram-path');
        if (!list) {
            return;
        }
        path.taken.forEach(function (id, index) {
            var element = registry.get(id);
            var name = element && element.businessObject && element.businessObject.name;
            if (!name || element.type.indexOf('Gateway') >= 0) {
                return;
            }
            var item = document.createElement('li');
            item.textContent = name.replace(/\s+/g, ' ');
            var last = index === path.taken.length - 1;
            if (path.active.indexOf(id) >= 0 && last || path.ended && last) {
                item.className = 'diagram-path-now';
                item.setAttribute('aria-current', 'step');
            }
            list.appendChild(item);
        });
    };

    // Folded when the page opened, the diagram is drawn at its step when the section is opened.
    var section = holder.closest('details');
    if (section) {
        section.addEventListener('toggle', function () {
            if (section.open && holder.getAttribute('data-drawn') === 'true') {
                showFocus();
            }
        });
    }

    var src = holder.getAttribute('data-src');
    Promise.all([get(src, false), get(src + '&path', true)])
        .then(function (got) {
            return viewer.importXML(got[0]).then(function () {
                return got[1];
            });
        })
        .then(function (path) {
            var canvas = viewer.get('canvas');
            var registry = viewer.get('elementRegistry');
            var taken = {};
            path.taken.forEach(function (id) {
                taken[id] = true;
            });
            registry.getAll().forEach(function (element) {
                if (element.waypoints) {
                    if (element.source && element.target && taken[element.source.id] && taken[element.target.id]) {
                        canvas.addMarker(element.id, 'flow-taken');
                    }
                } else if (taken[element.id] && element.type !== 'bpmn:Process' && element.type !== 'label') {
                    canvas.addMarker(element.id, 'step-taken');
                }
            });
            path.active.forEach(function (id) {
                if (registry.get(id)) {
                    canvas.addMarker(id, 'current-step');
                }
            });
            var last = path.taken.length ? path.taken[path.taken.length - 1] : null;
            if (path.ended && last && registry.get(last)) {
                canvas.addMarker(last, 'step-ended');
            }
            focus = path.active.length ? path.active[0] : last;
            showFocus();
            writePath(path, registry);
            holder.setAttribute('data-drawn', 'true');
        })
        .catch(failed);

    Array.prototype.forEach.call(document.querySelectorAll('[data-diagram]'), function (button) {
        button.addEventListener('click', function () {
            var canvas = viewer.get('canvas');
            switch (button.getAttribute('data-diagram')) {
            case 'zoom-in':
                canvas.zoom(Math.min(canvas.zoom() * 1.25, 3));
                break;
            case 'zoom-out':
                canvas.zoom(Math.max(canvas.zoom() / 1.25, 0.2));
                break;
            case 'whole':
                canvas.zoom('fit-viewport', 'auto');
                break;
            default:
                showFocus();
            }
        });
    });
}());
