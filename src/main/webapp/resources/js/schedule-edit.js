/*
 * The schedule editor, on the reader's side: a select takes the colour of the language chosen at once
 * (data-mode), and a cell marked by a refused save loses its mark once changed. One listener for the
 * whole page, so that it also serves the selects that Ajax renders later.
 */
document.addEventListener('change', function (event) {
    var select = event.target;
    if (!select.classList || !select.classList.contains('mode-select')) {
        return;
    }
    select.setAttribute('data-mode', select.value);
    var cell = select.closest('td');
    if (cell) {
        cell.classList.remove('cell-problem');
    }
});
