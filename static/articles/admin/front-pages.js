/*
 * Ordering a front page's slots on the desk (templates/admin/desk/front_pages.html).
 *
 * Rows move by dragging their handle, with the ↑/↓ buttons (keyboard), or by typing a number;
 * after any move the place numbers read 1..n in the order shown, and the first row is the lead,
 * so the order on screen is the order saved. A file, no inline code (Content-Security-Policy);
 * without it the form works the same: the numbers alone set the order.
 */
'use strict';
{
    const TABLE = '#front-slots';

    function rows(table) {
        return Array.from(table.tBodies[0].rows);
    }

    function placeInput(row) {
        return row.querySelector('input[name$="-position"]');
    }

    function numberOf(row) {
        const number = parseInt(placeInput(row).value, 10);
        return number > 0 ? number : NaN;
    }

    function announce(table, text) {
        const status = table.parentElement.querySelector('.front-slots-status');
        if (status) {
            status.textContent = text;
        }
    }

    function renumber(table) {
        rows(table).forEach((row, index) => {
            placeInput(row).value = String(index + 1);
            row.querySelector('.front-slot-name').textContent = index === 0 ? 'Lead' : `Top story ${index}`;
        });
    }

    function moved(table, row, focus) {
        renumber(table);
        row.classList.remove('is-moved');
        void row.offsetWidth;  // restarts the highlight when the same row moves twice
        row.classList.add('is-moved');
        if (focus) {
            focus.focus();
        }
        const index = rows(table).indexOf(row);
        announce(table, index === 0 ? 'Now the lead.' : `Now top story ${index}.`);
    }

    function moveBy(row, offset, focus) {
        const table = row.closest(TABLE);
        const all = rows(table);
        const target = all[all.indexOf(row) + offset];
        if (!target) {
            announce(table, offset < 0 ? 'Already the lead.' : 'Already the last slot.');
            return;
        }
        if (offset < 0) {
            target.before(row);
        } else {
            target.after(row);
        }
        moved(table, row, focus);
    }

    function moveToNumber(row, number) {
        const table = row.closest(TABLE);
        const others = rows(table).filter((other) => other !== row);
        const index = Math.min(number, others.length + 1) - 1;
        if (index < others.length) {
            others[index].before(row);
        } else {
            others[others.length - 1].after(row);
        }
        moved(table, row, placeInput(row));
    }

    function button(className, text, label) {
        const element = document.createElement('button');
        element.type = 'button';
        element.className = className;
        element.textContent = text;
        element.title = label;
        element.setAttribute('aria-label', label);
        return element;
    }

    function setUp(table) {
        const sorted = rows(table)
            .map((row, index) => ({row, index, number: numberOf(row)}))
            .sort((a, b) => (isNaN(a.number) ? Infinity : a.number) - (isNaN(b.number) ? Infinity : b.number) || a.index - b.index)
            .map((item) => item.row);
        sorted.forEach((row) => table.tBodies[0].append(row));
        rows(table).forEach((row) => {
            const handle = document.createElement('span');
            handle.className = 'front-slot-handle';
            handle.title = 'Drag to move';
            handle.setAttribute('aria-hidden', 'true');
            handle.textContent = '⠿';
            const tools = document.createElement('span');
            tools.className = 'front-slot-tools';
            tools.append(button('front-slot-up', '↑', 'Move this story up'), button('front-slot-down', '↓', 'Move this story down'));
            const cell = row.querySelector('.front-slot-order');
            cell.prepend(handle);
            cell.append(tools);
        });
        renumber(table);
        table.classList.add('is-enhanced');
    }

    document.addEventListener('click', (event) => {
        const control = event.target.closest(`${TABLE} .front-slot-tools button`);
        if (control) {
            moveBy(control.closest('tr'), control.classList.contains('front-slot-up') ? -1 : 1, control);
        }
    });

    document.addEventListener('change', (event) => {
        if (event.target.matches(`${TABLE} input[name$="-position"]`)) {
            const row = event.target.closest('tr');
            if (!isNaN(numberOf(row))) {
                moveToNumber(row, numberOf(row));
            }
        }
    });

    // Dragging: only by the handle, so the story search and the time stay usable with the mouse.
    window.newsroomDragOrder({
        list: TABLE, row: 'tr', handle: '.front-slot-handle', dropRow: 'tbody tr',
        moved: (table, row) => moved(table, row, null),
    });

    function start() {
        document.querySelectorAll(TABLE).forEach(setUp);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}
