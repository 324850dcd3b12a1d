/*
 * Names for the admin's autocomplete boxes (select2): select2 names its combobox by the chosen item
 * alone, so an empty one has no name for a screen reader (axe-core: "ARIA input fields must have an
 * accessible name"). Each is named by its field's label and then its chosen item, as it is set up,
 * rows added later included.
 */
'use strict';
{
    function nameBoxes() {
        for (const box of document.querySelectorAll('.select2-selection[role="combobox"]:not([data-named])')) {
            // select2 puts its box right after the select it stands for.
            const select = box.closest('.select2-container')?.previousElementSibling;
            if (!select || !select.id) continue;
            const label = document.querySelector(`label[for="${CSS.escape(select.id)}"]`);
            const rendered = box.querySelector('.select2-selection__rendered');
            if (label) {
                label.id = label.id || `${select.id}-label`;
                box.setAttribute('aria-labelledby', [label.id, rendered?.id].filter(Boolean).join(' '));
                // The chosen item's own box (a read-only textbox) is named by the label as well.
                if (rendered) rendered.setAttribute('aria-labelledby', label.id);
            } else if (!box.getAttribute('aria-label')) {
                // A row of an inline table: its column heading names it.
                const cell = select.closest('td');
                const heading = cell && cell.closest('table')?.querySelectorAll('thead th')[cell.cellIndex];
                const words = heading?.textContent.trim();
                if (words) {
                    box.setAttribute('aria-label', words);
                    if (rendered) rendered.setAttribute('aria-label', words);
                }
            }
            box.dataset.named = 'true';
        }
    }

    const watcher = new MutationObserver((records) => {
        const added = records.some((record) => [...record.addedNodes].some(
            (node) => node.nodeType === 1 && (node.matches('.select2-container') || node.querySelector('.select2-container')),
        ));
        if (added) nameBoxes();
    });
    watcher.observe(document.documentElement, { childList: true, subtree: true });
}
