/*
 * Putting rows in order by dragging their handle: the story's body cards and a front page's slots.
 *
 * A row becomes draggable only while the pointer is over its handle (browsers decide whether a
 * drag may start before the button goes down), so text in its fields can still be selected with
 * the mouse. A drop puts the row before or after the row under the pointer, in the same list;
 * the caller renumbers. A file, no inline code (Content-Security-Policy).
 */
'use strict';
window.newsroomDragOrder = ({ list, row, handle, anyHandle = handle, dropRow = row, moved }) => {
    // list: the lists' selector; row: a row of one; handle: a handle that may start a drag (anyHandle:
    // every handle); dropRow: a row a drop may land beside; moved(list, row): after a drop.
    let dragged = null;

    function clearDropMarks() {
        document.querySelectorAll(`${list} .drop-before, ${list} .drop-after`).forEach((marked) => {
            marked.classList.remove('drop-before', 'drop-after');
        });
    }

    document.addEventListener('pointerover', (event) => {
        const over = event.target instanceof Element ? event.target.closest(`${list} ${handle}`) : null;
        if (over) {
            over.closest(row).draggable = true;
        }
    });

    document.addEventListener('pointerout', (event) => {
        const out = event.target instanceof Element ? event.target.closest(`${list} ${anyHandle}`) : null;
        if (out && !dragged && event.buttons === 0) {
            out.closest(row).draggable = false;
        }
    });

    document.addEventListener('dragstart', (event) => {
        const started = event.target instanceof Element ? event.target.closest(`${list} ${row}[draggable="true"]`) : null;
        if (!started || started !== event.target) {
            return;
        }
        dragged = started;
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', '');
        started.classList.add('is-dragging');
    });

    document.addEventListener('dragover', (event) => {
        if (!dragged) {
            return;
        }
        const target = event.target instanceof Element ? event.target.closest(`${list} ${dropRow}`) : null;
        clearDropMarks();
        if (!target || target === dragged || target.closest(list) !== dragged.closest(list)) {
            return;
        }
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const box = target.getBoundingClientRect();
        target.classList.add(event.clientY > box.top + box.height / 2 ? 'drop-after' : 'drop-before');
    });

    document.addEventListener('drop', (event) => {
        if (!dragged) {
            return;
        }
        const group = dragged.closest(list);
        const target = group.querySelector('.drop-before, .drop-after');
        if (target) {
            event.preventDefault();
            if (target.classList.contains('drop-after')) {
                target.after(dragged);
            } else {
                target.before(dragged);
            }
            moved(group, dragged);
        }
        clearDropMarks();
    });

    document.addEventListener('pointerup', () => {
        // A press on the handle that never became a drag.
        if (!dragged) {
            document.querySelectorAll(`${list} ${row}[draggable="true"]`).forEach((armed) => {
                armed.draggable = false;
            });
        }
    });

    document.addEventListener('dragend', () => {
        if (dragged) {
            dragged.classList.remove('is-dragging');
            dragged.draggable = false;
            dragged = null;
        }
        clearDropMarks();
    });
};
