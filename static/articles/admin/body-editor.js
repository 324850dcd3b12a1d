/*
 * The body editor of a story in the admin (templates/admin/articles/block/body_inline.html).
 *
 * Each block's card shows only the fields of its kind, switching when the kind changes, new
 * cards included. Cards move with buttons (keyboard), by dragging their handle, or by typing a
 * number; after any move the numbers read 1..n in the order shown, so the order on screen is
 * the order saved. Loaded as a file, no inline code (Content-Security-Policy); without it the
 * form still works: every field shows and the numbers set the order.
 */
'use strict';
{
    const EDITOR = '.body-editor';

    function prefixOf(group) {
        return JSON.parse(group.dataset.inlineFormset).options.prefix;
    }

    function bodyRows(group) {
        return Array.from(group.querySelectorAll('.body-block:not(.empty-form)'));
    }

    function positionInput(row) {
        return row.querySelector('input[name$="-position"]');
    }

    function numberOf(row) {
        const input = positionInput(row);
        const number = input ? parseInt(input.value, 10) : NaN;
        return number > 0 ? number : NaN;
    }

    function fieldName(box) {
        const found = Array.from(box.classList).find((name) => name.startsWith('field-'));
        return found ? found.slice('field-'.length) : null;
    }

    // Kind: fields shown --------------------------------------------------------------------

    function showFieldsOfKind(row) {
        const group = row.closest(EDITOR);
        const fieldsByKind = JSON.parse(group.dataset.fieldsByKind || '{}');
        const select = row.querySelector('select[name$="-kind"]');
        const kind = select ? select.value : row.dataset.kind;
        const wanted = fieldsByKind[kind];
        row.dataset.kind = kind || '';
        row.querySelectorAll('.body-block-fields .fieldBox').forEach((box) => {
            // A field with an error always shows, so no complaint is ever out of sight.
            const wrapper = box.parentElement;
            const failing = box.classList.contains('errors') || wrapper.querySelector('.errorlist') !== null;
            wrapper.hidden = Boolean(wanted) && !wanted.includes(fieldName(box)) && !failing;
        });
    }

    // Order: numbers follow the cards -------------------------------------------------------

    function renumber(group) {
        bodyRows(group).forEach((row, index) => {
            const input = positionInput(row);
            if (input && input.value !== String(index + 1)) {
                input.value = String(index + 1);
            }
        });
    }

    function nextNumber(group, except) {
        const numbers = bodyRows(group).filter((row) => row !== except).map(numberOf).filter((n) => !isNaN(n));
        return numbers.length ? Math.max(...numbers) + 1 : 1;
    }

    function announce(group, text) {
        const status = group.querySelector('.body-editor-status');
        if (status) {
            status.textContent = text;
        }
    }

    function moved(group, row, focus) {
        renumber(group);
        row.classList.remove('is-moved');
        void row.offsetWidth;  // restarts the highlight when the same card moves twice
        row.classList.add('is-moved');
        if (focus) {
            focus.focus();  // moving a card takes the focus away from what was in it
        }
        const rows = bodyRows(group);
        announce(group, `Moved to ${rows.indexOf(row) + 1} of ${rows.length}.`);
    }

    function moveBy(row, offset, focus) {
        const group = row.closest(EDITOR);
        const rows = bodyRows(group);
        const target = rows[rows.indexOf(row) + offset];
        if (!target) {
            announce(group, offset < 0 ? 'Already the first block.' : 'Already the last block.');
            return;
        }
        if (offset < 0) {
            target.before(row);
        } else {
            target.after(row);
        }
        moved(group, row, focus);
    }

    function moveToNumber(row, number) {
        const group = row.closest(EDITOR);
        const others = bodyRows(group).filter((other) => other !== row);
        const index = Math.min(number, others.length + 1) - 1;
        if (others.length === 0) {
            renumber(group);
            return;
        }
        if (index < others.length) {
            others[index].before(row);
        } else {
            others[others.length - 1].after(row);
        }
        moved(group, row, positionInput(row));
    }

    function addBelow(row) {
        const group = row.closest(EDITOR);
        const add = group.querySelector('.add-row a');
        if (!add || add.parentElement.style.display === 'none') {
            return;
        }
        add.click();  // the admin's inline script adds the card at the end and sends formset:added
        const rows = bodyRows(group);
        const added = rows[rows.length - 1];
        if (added === row) {
            return;
        }
        row.after(added);
        moved(group, added, added.querySelector('select[name$="-kind"]'));
    }

    // The admin's inline script renames the forms in the order of the page when a new card is
    // removed; saved forms must keep the indexes of the forms they were served as, and new forms
    // follow them, or a new card moved between saved ones would be taken for a saved one.
    function restoreIndexes(group) {
        const prefix = prefixOf(group);
        const initial = parseInt(document.getElementById(`id_${prefix}-INITIAL_FORMS`).value, 10);
        const pattern = new RegExp(`(${prefix}-(\\d+|__prefix__))`);
        let next = initial;
        bodyRows(group).forEach((row) => {
            const index = row.classList.contains('has_original') ? row.dataset.formIndex : next++;
            [row, ...row.querySelectorAll('[id], [name], [for]')].forEach((element) => {
                for (const attribute of ['id', 'name', 'for']) {
                    const value = element.getAttribute(attribute);
                    if (value) {
                        element.setAttribute(attribute, value.replace(pattern, `${prefix}-${index}`));
                    }
                }
            });
        });
    }

    // Building the editor --------------------------------------------------------------------

    function button(className, text, label) {
        const element = document.createElement('button');
        element.type = 'button';
        element.className = className;
        element.textContent = text;
        element.title = label;
        element.setAttribute('aria-label', label);
        return element;
    }

    function addTools(row) {
        const head = row.querySelector('.body-block-head');
        if (!head || !positionInput(row) || head.querySelector('.body-block-tools')) {
            return;
        }
        const tools = document.createElement('span');
        tools.className = 'body-block-tools';
        tools.append(
            button('body-block-up', '↑ Up', 'Move this block up'),
            button('body-block-down', '↓ Down', 'Move this block down'),
            button('body-block-add', '+ Add below', 'Add a block below this one'),
        );
        const fieldset = head.querySelector('fieldset');
        (fieldset || head.firstChild).after(tools);
        row.classList.add('is-movable');
    }

    function sortByNumbers(group) {
        // After a refused save the forms come back in the order they were sent, not as arranged.
        const rows = bodyRows(group);
        if (rows.length < 2) {
            return;
        }
        const sorted = rows
            .map((row, index) => ({row, index, number: numberOf(row)}))
            .sort((a, b) => (isNaN(a.number) ? Infinity : a.number) - (isNaN(b.number) ? Infinity : b.number) || a.index - b.index)
            .map((item) => item.row);
        if (sorted.every((row, index) => row === rows[index])) {
            return;
        }
        const parent = rows[0].parentNode;
        const marker = rows[rows.length - 1].nextSibling;
        sorted.forEach((row) => parent.insertBefore(row, marker));
    }

    function setUp(group) {
        const status = document.createElement('p');
        status.className = 'body-editor-status';
        status.setAttribute('aria-live', 'polite');
        group.append(status);
        group.querySelectorAll('.body-block').forEach((row) => {
            addTools(row);
            showFieldsOfKind(row);
        });
        sortByNumbers(group);
        bodyRows(group).forEach((row) => {
            if (!row.classList.contains('has_original') && isNaN(numberOf(row)) && positionInput(row)) {
                positionInput(row).value = String(nextNumber(group, row));
            }
        });
        group.classList.add('is-enhanced');
    }

    // Events ----------------------------------------------------------------------------------

    document.addEventListener('click', (event) => {
        const control = event.target.closest(`${EDITOR} .body-block-tools button`);
        if (!control) {
            return;
        }
        const row = control.closest('.body-block');
        if (control.classList.contains('body-block-up')) {
            moveBy(row, -1, control);
        } else if (control.classList.contains('body-block-down')) {
            moveBy(row, 1, control);
        } else if (control.classList.contains('body-block-add')) {
            addBelow(row);
        }
    });

    document.addEventListener('change', (event) => {
        const row = event.target.closest(`${EDITOR} .body-block`);
        if (!row) {
            return;
        }
        if (event.target.matches('select[name$="-kind"]')) {
            showFieldsOfKind(row);
        } else if (event.target.matches('input[name$="-position"]') && !isNaN(numberOf(row))) {
            moveToNumber(row, numberOf(row));
        }
    });

    document.addEventListener('formset:added', (event) => {
        const row = event.target;
        const group = row.closest(EDITOR);
        if (!group || !row.classList.contains('body-block')) {
            return;
        }
        addTools(row);
        showFieldsOfKind(row);
        const input = positionInput(row);
        if (input) {
            input.value = String(nextNumber(group, row));
        }
    });

    document.addEventListener('formset:removed', (event) => {
        // Sent before the admin's script renames the forms: put the indexes right after it has.
        queueMicrotask(() => {
            document.querySelectorAll(EDITOR).forEach((group) => {
                if (prefixOf(group) === event.detail.formsetName) {
                    restoreIndexes(group);
                    renumber(group);
                }
            });
        });
    });

    // Dragging: only by the handle, so text in the fields can still be selected with the mouse.
    window.newsroomDragOrder({
        list: EDITOR, row: '.body-block', handle: '.is-movable .body-block-handle', anyHandle: '.body-block-handle',
        dropRow: '.body-block:not(.empty-form)', moved: (group, row) => moved(group, row, null),
    });

    function start() {
        document.querySelectorAll(EDITOR).forEach(setUp);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}
