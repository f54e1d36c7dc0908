/*
 * The import page's second progress bar: once the file is uploaded the server reads, checks and writes it, which for
 * a large file takes seconds; while that request works this asks how far it has come (ImportProgressServlet) and
 * shows the phase with a bar (indeterminate while the number of rows is not known yet).
 */
(function () {
    'use strict';

    function start() {
        var box = document.getElementById('importProgress');
        var input = document.querySelector('#upload input[type="file"]');
        if (!box || !input) {
            return;
        }
        var bar = document.getElementById('importBar');
        var phase = document.getElementById('importPhase');
        var timer = null;

        function show(state) {
            if (state.phase === 'DONE') {
                stop();
                return;
            }
            box.hidden = false;
            phase.textContent = box.getAttribute('data-' + state.phase.toLowerCase()) || '';
            if (state.total > 0) {
                bar.max = state.total;
                bar.value = state.done;
            } else {
                bar.removeAttribute('value');
            }
        }

        function poll() {
            fetch(box.getAttribute('data-url') + '?job=' + encodeURIComponent(box.getAttribute('data-job')),
                {credentials: 'same-origin', cache: 'no-store'})
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (state) { if (state) { show(state); } })
                .catch(function () { /* the next poll tries again */ });
        }

        function stop() {
            if (timer) {
                clearInterval(timer);
                timer = null;
            }
            box.hidden = true;
        }

        input.addEventListener('change', function () {
            stop();
            timer = setInterval(poll, 500);
        });
        document.addEventListener('click', function (event) {
            // A new result replaced the page's answer: the import has finished.
            if (event.target.closest && event.target.closest('.ui-fileupload-cancel')) {
                stop();
            }
        });
        new MutationObserver(function () { if (timer) { poll(); } })
            .observe(document.getElementById('result') || document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
