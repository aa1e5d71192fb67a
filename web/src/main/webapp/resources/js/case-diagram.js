/* Draws the case's process with bpmn-js (served by the app) and highlights the step(s) the case waits in. */
(function () {
    'use strict';
    var holder = document.getElementById('case-diagram');
    if (!holder || typeof window.BpmnJS !== 'function') {
        return;
    }
    var failed = function () {
        holder.textContent = holder.getAttribute('data-failed');
    };
    var viewer = new window.BpmnJS({ container: holder });
    fetch(holder.getAttribute('data-src'), { credentials: 'same-origin' })
        .then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return response.text();
        })
        .then(function (xml) {
            return viewer.importXML(xml);
        })
        .then(function () {
            var canvas = viewer.get('canvas');
            canvas.zoom('fit-viewport');
            (holder.getAttribute('data-active') || '').split(' ').forEach(function (id) {
                if (id) {
                    canvas.addMarker(id, 'current-step');
                }
            });
            holder.setAttribute('data-drawn', 'true');
        })
        .catch(failed);
}());
