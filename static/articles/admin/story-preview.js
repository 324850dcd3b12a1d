/*
 * "Preview" in a dialog over the story form (articles/admin/previewing.py).
 *
 * The button posts the whole form into a frame in the dialog, which shows the reader's page for
 * what the form holds; nothing is saved. The form's own "Publish" (or "Submit for review") and
 * "Save draft" buttons are repeated in the dialog's bar, so the story can be published from the
 * preview. Without this script the button opens the same preview in a new tab.
 *
 * Also keeps the first save button honest: it reads "Save draft" only while the status chosen is draft.
 */
'use strict';
{
    function buildDialog(form) {
        const dialog = document.createElement('dialog');
        dialog.className = 'story-preview-dialog';
        dialog.setAttribute('aria-labelledby', 'story-preview-title');
        const bar = document.createElement('div');
        bar.className = 'story-preview-bar';
        const title = document.createElement('h2');
        title.id = 'story-preview-title';
        title.textContent = 'Preview: the story as readers will see it. Nothing is saved until you save or publish.';
        const actions = document.createElement('div');
        actions.className = 'story-preview-actions';
        // Copies of the form's buttons: inside the form, they submit it as the originals do.
        for (const selector of ['input[name="_continue"]', 'input.story-status-button']) {
            const original = form.querySelector(`.submit-row ${selector}`);
            if (original) actions.append(original.cloneNode());
        }
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'button story-preview-close';
        close.textContent = 'Back to editing';
        close.addEventListener('click', () => dialog.close());
        actions.append(close);
        bar.append(title, actions);
        const frame = document.createElement('iframe');
        frame.name = 'story-preview-frame';
        frame.className = 'story-preview-frame';
        frame.title = 'Preview of the story';
        frame.addEventListener('load', () => { delete dialog.dataset.loading; });
        dialog.append(bar, frame);
        form.append(dialog);
        return { dialog, frame };
    }

    function setUp() {
        const button = document.querySelector('input.story-preview-button');
        if (button && typeof HTMLDialogElement === 'function') {
            // Made at each opening and removed at closing: the copied buttons exist only while shown.
            button.addEventListener('click', () => {
                const { dialog, frame } = buildDialog(button.form);
                dialog.addEventListener('close', () => dialog.remove());
                button.formTarget = frame.name;
                dialog.dataset.loading = 'true';
                dialog.showModal();
                frame.focus();
            });
        }
        const status = document.getElementById('id_status');
        if (status) {
            status.addEventListener('change', () => {
                for (const save of document.querySelectorAll('input[name="_continue"][data-draft-label]')) {
                    save.value = status.value === 'draft' ? save.dataset.draftLabel : save.dataset.label;
                }
            });
        }
    }

    // Loaded in the page's head, before the form exists.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUp);
    else setUp();
}
