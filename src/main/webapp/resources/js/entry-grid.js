/*
 * The entry grids (attendance by class-day and class-month, assessment scores), on the reader's side: one script
 * for all. A grid is a table marked data-entry-grid whose cells are the form controls marked data-mark (a mark set by
 * a key) or data-cell (a value typed: a score, seconds, or the box of a pupil absent from a sitting); data-keys maps
 * a key to the mark it sets, data-columns says how many cells a row has, data-save names the save button and
 * data-advance asks to move on after a mark (copying a paper register). Keys: the arrows (or j/k up and down)
 * move, in a mark grid digits jump to the pupil of that number, a mark key sets the mark, in a score cell digits
 * type and a marks the pupil absent from that subtask, Ctrl+S or Enter saves. The running totals (data-total) and
 * the changed-cell marks follow every change. Without this script the grid is a plain form that still works.
 */
(function () {
    'use strict';

    var EXCUSED = 'EIFSWO';

    function kindOf(mark) {
        if (!mark || mark === '.') {
            return null;
        }
        return EXCUSED.indexOf(mark) >= 0 ? 'E' : mark;
    }

    function init(grid) {
        var keys = JSON.parse(grid.getAttribute('data-keys') || '{}');
        var columns = parseInt(grid.getAttribute('data-columns') || '1', 10);
        var advance = grid.hasAttribute('data-advance');
        var save = document.getElementById(grid.getAttribute('data-save'));
        var form = grid.closest('form');
        var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
        var typed = '';
        var typedAt = 0;

        function cells() {
            return Array.prototype.slice.call(grid.querySelectorAll('[data-mark], [data-cell]'));
        }

        function changed(cell) {
            if (cell.type === 'checkbox') {
                return cell.checked !== (cell.getAttribute('data-loaded') === 'true');
            }
            return (cell.value || '').trim().toUpperCase() !== (cell.getAttribute('data-loaded') || '').toUpperCase();
        }

        function totals() {
            var counts = {P: 0, L: 0, U: 0, E: 0};
            cells().forEach(function (cell) {
                var kind = cell.hasAttribute('data-mark') ? kindOf(cell.value) : null;
                if (kind) {
                    counts[kind]++;
                }
                var holder = cell.closest('td') || cell;
                holder.classList.toggle('entry-changed', changed(cell));
                if (cell.hasAttribute('data-mark')) {
                    holder.setAttribute('data-value', cell.value);
                }
                if (cell.type === 'checkbox') {
                    var row = cell.closest('tr');
                    if (row) {
                        row.classList.toggle('entry-absent', cell.checked);
                    }
                }
            });
            var scope = form || document;
            Object.keys(counts).forEach(function (kind) {
                scope.querySelectorAll('[data-total="' + kind + '"] strong').forEach(function (out) {
                    out.textContent = numbers.format(counts[kind]);
                });
            });
            grid.querySelectorAll('[data-col-total]').forEach(function (out) {
                var absent = 0;
                grid.querySelectorAll('[data-col="' + out.getAttribute('data-col-total') + '"]').forEach(function (cell) {
                    var kind = kindOf(cell.value);
                    if (kind === 'U' || kind === 'E') {
                        absent++;
                    }
                });
                out.textContent = numbers.format(absent);
            });
            grid.querySelectorAll('[data-row-total]').forEach(function (out) {
                var row = out.closest('tr');
                var present = 0;
                row.querySelectorAll('[data-mark]').forEach(function (cell) {
                    var kind = kindOf(cell.value);
                    if (kind === 'P' || kind === 'L') {
                        present++;
                    }
                });
                out.textContent = numbers.format(present);
            });
        }

        function set(cell, mark) {
            cell.value = mark;
            cell.dispatchEvent(new Event('change', {bubbles: true}));
        }

        function submit() {
            if (save) {
                save.click();
            }
        }

        grid.addEventListener('keydown', function (event) {
            var cell = event.target.closest ? event.target.closest('[data-mark], [data-cell]') : null;
            if (!cell) {
                return;
            }
            var valueCell = cell.hasAttribute('data-cell');
            if (event.ctrlKey || event.metaKey || event.altKey) {
                return; // Ctrl+S is handled for the whole page below
            }
            var list = cells();
            var index = list.indexOf(cell);
            var column = index % columns;
            var target = null;
            switch (event.key) {
                case 'ArrowDown':
                case 'j':
                    target = list[index + columns];
                    break;
                case 'ArrowUp':
                case 'k':
                    target = list[index - columns];
                    break;
                case ' ':
                    return; // a box toggles itself
                case 'ArrowRight':
                    target = columns > 1 ? list[index + 1] : null;
                    break;
                case 'ArrowLeft':
                    target = columns > 1 ? list[index - 1] : null;
                    break;
                case 'Home':
                    target = list[index - column];
                    break;
                case 'End':
                    target = list[index - column + columns - 1];
                    break;
                case 'Enter':
                    event.preventDefault();
                    submit();
                    return;
                case 'Backspace':
                case 'Delete':
                    if (cell.tagName === 'INPUT' && !valueCell) {
                        event.preventDefault();
                        set(cell, '');
                    }
                    return;
                default:
                    break;
            }
            if (target) {
                event.preventDefault();
                target.focus();
                return;
            }
            if (valueCell) {
                if (cell.type !== 'checkbox' && event.key.length === 1 && event.key.toLowerCase() === 'a'
                        && cell.getAttribute('data-cell') === 'score') {
                    event.preventDefault();
                    set(cell, 'A');
                } else if (event.key.length === 1 && !/^\p{Nd}$/u.test(event.key) && cell.type !== 'checkbox') {
                    event.preventDefault(); // a score cell holds digits (or A) and nothing else
                }
                return;
            }
            if (/^[0-9]$/.test(event.key)) {
                event.preventDefault();
                var now = Date.now();
                typed = (now - typedAt < 1200 ? typed : '') + event.key;
                typedAt = now;
                var row = parseInt(typed, 10);
                var jump = list[(row - 1) * columns + column];
                if (row > 0 && jump) {
                    jump.focus();
                }
                return;
            }
            var mark = keys[event.key.toLowerCase()];
            if (mark !== undefined && ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'].indexOf(event.key) < 0
                    && event.key.length === 1) {
                event.preventDefault();
                typed = '';
                set(cell, mark);
                if (advance && list[index + 1]) {
                    list[index + 1].focus();
                }
            } else if (event.key.length === 1 && cell.tagName === 'INPUT') {
                event.preventDefault(); // a cell holds a mark's code and nothing else
            }
        });

        grid.addEventListener('change', totals);
        grid.addEventListener('input', totals);
        document.addEventListener('keydown', function (event) {
            if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
                event.preventDefault();
                submit();
            }
        });
        totals();
        var first = cells()[0];
        if (first && (!document.activeElement || document.activeElement === document.body)) {
            first.focus();
        }
    }

    function start() {
        document.querySelectorAll('[data-entry-grid]').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
