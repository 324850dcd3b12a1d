/*
 * The quote at the cursor, above the text (story-editor.js): who said it, whether the importer
 * was unsure of the speaker ("needs check", Quote.objects.needing_check()), and what to do:
 * confirm the speaker (Ctrl+Alt+Enter), change it (Ctrl+Alt+Q), or unmark words that are no
 * quote; "Next to check" (Ctrl+Alt+N) goes to the next quote waiting for a check. A confirmed
 * quote is recorded on save by Quote.confirm(), as ticking "confirmed" on its card does.
 */
import { getMarkRange } from "../../django_prose_editor/editor.js";
import { quoteRuns } from "./story-editor-inserts.js";

export function quoteAt(state) {
  const { $from, empty } = state.selection;
  const type = state.schema.marks.quote;
  let mark = type.isInSet($from.marks());
  if (!mark && !empty && $from.nodeAfter) mark = type.isInSet($from.nodeAfter.marks);
  if (!mark) return null;
  // At a mark's first letter the resolved position stands before it: look from inside.
  const inside = $from.nodeAfter && type.isInSet($from.nodeAfter.marks) === mark && $from.parentOffset < $from.parent.content.size
    ? state.doc.resolve($from.pos + 1) : $from;
  const range = getMarkRange(inside, type, mark.attrs);
  return range ? { ...range, mark, attrs: mark.attrs } : null;
}

export function setUpQuoteChecks({ editor, bar, announce, changeSpeaker }) {
  bar.innerHTML = `
    <span class="story-quote-bar-info" id="story-quote-bar-info"></span>
    <span class="story-quote-bar-actions">
      <button type="button" class="story-quote-confirm" title="The speaker is right (Ctrl+Alt+Enter)"
        aria-keyshortcuts="Control+Alt+Enter" aria-describedby="story-quote-bar-info">✓ Confirm speaker</button>
      <button type="button" class="story-quote-speaker" title="Choose who said it (Ctrl+Alt+Q)"
        aria-keyshortcuts="Control+Alt+Q" aria-describedby="story-quote-bar-info">Change speaker</button>
      <button type="button" class="story-quote-unmark" title="These words are not a quotation"
        aria-describedby="story-quote-bar-info">Not a quote</button>
    </span>
    <span class="story-quote-bar-count" role="status"></span>
    <button type="button" class="story-quote-next" title="Go to the next quote to check (Ctrl+Alt+N)"
      aria-keyshortcuts="Control+Alt+N">Next to check</button>`;
  const info = bar.querySelector(".story-quote-bar-info");
  const actions = bar.querySelector(".story-quote-bar-actions");
  const count = bar.querySelector(".story-quote-bar-count");
  const next = bar.querySelector(".story-quote-next");
  const confirmButton = bar.querySelector(".story-quote-confirm");

  function update() {
    const quote = quoteAt(editor.state);
    const waiting = quoteRuns(editor.state.doc).filter((run) => run.attrs.needsCheck).length;
    actions.hidden = !quote;
    info.hidden = !quote;
    if (quote) {
      const { speakerName, speakerId, needsCheck, confirmed } = quote.attrs;
      const who = speakerName ? `Quote by ${speakerName}${!speakerId ? " (new person)" : ""}` : "Quote, no speaker named";
      info.textContent = who + (needsCheck ? " — needs check: is this the speaker?" : confirmed ? " — confirmed" : "");
      info.classList.toggle("is-needs-check", Boolean(needsCheck));
      confirmButton.hidden = !needsCheck;
    }
    count.textContent = waiting ? `${waiting} quote${waiting === 1 ? "" : "s"} to check` : "";
    next.hidden = waiting === 0;
    bar.hidden = !quote && waiting === 0;
  }

  function withQuote(action) {
    const quote = quoteAt(editor.state);
    if (!quote) {
      announce("Put the cursor in a quote first.");
      return true;
    }
    action(quote);
    return true;
  }

  function confirm() {
    return withQuote((quote) => {
      const { tr } = editor.state;
      tr.addMark(quote.from, quote.to, quote.mark.type.create({ ...quote.attrs, needsCheck: false, confirmed: true }));
      editor.view.dispatch(tr);
      editor.view.focus();
      const who = quote.attrs.speakerName ? `: ${quote.attrs.speakerName}` : "";
      announce(`Speaker confirmed${who}. It is recorded when you save.`);
    });
  }

  function unmark() {
    return withQuote((quote) => {
      editor.chain().setTextSelection({ from: quote.from, to: quote.to }).unsetMark("quote").run();
      editor.view.focus();
      announce("No longer a quote: it is removed when you save.");
    });
  }

  function goToNext() {
    const runs = quoteRuns(editor.state.doc).filter((run) => run.attrs.needsCheck);
    if (!runs.length) {
      announce("No quote is waiting for a check.");
      return true;
    }
    const here = editor.state.selection.from;
    const run = runs.find((candidate) => candidate.from > here) || runs[0];
    editor.chain().setTextSelection(Math.min(run.from + 1, run.to)).scrollIntoView().run();
    editor.view.focus();
    return true;
  }

  bar.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button === confirmButton) confirm();
    else if (button.classList.contains("story-quote-speaker")) withQuote((quote) => changeSpeaker(quote));
    else if (button.classList.contains("story-quote-unmark")) unmark();
    else if (button === next) goToNext();
  });
  editor.on("selectionUpdate", update);
  editor.on("update", update);
  update();
  return { confirm, goToNext, update };
}
