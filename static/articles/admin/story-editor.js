/*
 * The story body as one document, in the story's change form (articles/body_document/).
 *
 * Built on django-prose-editor's Tiptap/ProseMirror bundle, imported by its path so the page
 * needs no inline import map (the admin's Content-Security-Policy allows no inline script or
 * style; Tiptap's injected stylesheet is turned off and its rules live in story-editor.css).
 *
 * Without this script (or with ?body=cards in the address) the body's cards are the form. When it
 * runs, it hides the block and quote cards and keeps the document's JSON in the hidden field
 * "body_document", which the server checks and turns into the same rows.
 *
 * Keys: Enter a new paragraph; Ctrl/⌘+Alt+2 subhead, Ctrl/⌘+Alt+0 paragraph; Ctrl/⌘+Alt+Q quote
 * the selected words (in a quote: change its speaker); Ctrl/⌘+Alt+Enter confirm the speaker of the
 * quote at the cursor, Ctrl/⌘+Alt+N the next quote to check; Ctrl/⌘+Alt+P a photo, Ctrl/⌘+Alt+K a
 * related story, Ctrl/⌘+Alt+U a pull quote (Enter or a double-click on a box edits it); Alt+↑/↓
 * move the block; Ctrl/⌘+Z undo; Ctrl/⌘+S save and go on editing. Photos, related stories and pull
 * quotes: story-editor-inserts.js; the quote at the cursor and quotes to check: story-editor-checks.js.
 */
import {
  Document, Dropcursor, Editor, Extension, Gapcursor, Heading, Mark, Node, Paragraph, Text, UndoRedo,
} from "../../django_prose_editor/editor.js";
import { quoteAt, setUpQuoteChecks } from "./story-editor-checks.js";
import { Combobox } from "./story-editor-combobox.js";
import { KIND_LABELS, newQuoteKey, setUpInserts } from "./story-editor-inserts.js";

const field = document.querySelector("input.story-body-document");
const cards = document.getElementById("blocks-group");
const useCards = new URLSearchParams(window.location.search).get("body") === "cards";

// Ids travel in the document, never through the clipboard: a paragraph pasted from elsewhere
// is a new block, and a quote pasted elsewhere a new quote (the server refuses foreign ids).
const blockId = {
  blockId: { default: null, parseHTML: () => null, renderHTML: (attrs) => (attrs.blockId ? { "data-block-id": attrs.blockId } : {}) },
};

const BodyParagraph = Paragraph.extend({ addAttributes: () => ({ ...blockId }) });

// One level of subhead; any heading pasted from a document or a web page becomes one.
const Subhead = Heading.extend({
  addAttributes() { return { ...this.parent?.(), ...blockId }; },
  parseHTML: () => [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level: 2 } })),
}).configure({ levels: [2] });

// Photos, related stories and pull quotes: boxes carrying their block's id (none when inserted
// here) and the fields of their kind, as articles/body_document/schema.py names them (ATOM_ATTRS).
const boxAttrs = {
  blockId: null, kind: "", label: "", preview: "", quoteKey: null,
  imageId: null, caption: "", quoteId: null, linkTitle: "", linkStoryId: null, linkUrl: "",
};
// A box cut and pasted (or copied) comes back as a new block with the same content: its block id
// stays behind, as a pasted paragraph's does, and the server checks the rest as for any new box.
const boxData = (name) => `data-box-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
const StoryBlock = Node.create({
  name: "storyBlock",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes: () => Object.fromEntries(Object.entries(boxAttrs).map(([name, value]) => [name, {
    default: value,
    parseHTML: (element) => {
      if (name === "blockId" || !element.hasAttribute(boxData(name))) return value;
      const text = element.getAttribute(boxData(name));
      return name.endsWith("Id") ? (Number(text) || null) : text;
    },
    renderHTML: () => ({}),
  }])),
  parseHTML: () => [{ tag: "div[data-box-kind]" }],
  renderHTML({ node }) {
    const { attrs } = node;
    const label = attrs.label || KIND_LABELS[attrs.kind] || "Block";
    const parts = [];
    if (attrs.preview) parts.push(["img", { class: "story-atom-preview", src: attrs.preview, alt: "", draggable: "false" }]);
    parts.push(["span", { class: "story-atom-label" }, label]);
    if (!attrs.blockId) parts.push(["span", { class: "story-atom-badge" }, "new"]);
    const data = Object.fromEntries(Object.entries(attrs)
      .filter(([name, value]) => name !== "blockId" && value !== null && value !== "")
      .map(([name, value]) => [boxData(name), String(value)]));
    return ["div", {
      ...data, class: `story-atom story-atom-${attrs.kind}`, "data-block-id": attrs.blockId, "data-kind": attrs.kind,
      role: "group", "aria-label": `${label}${attrs.blockId ? "" : " (new)"}. Enter or a double-click edits it.`,
    }, ...parts];
  },
});

const quoteAttrs = {
  quoteId: { default: null, parseHTML: () => null },
  quoteKey: { default: null, parseHTML: () => null },
  speakerId: { default: null, parseHTML: (el) => Number(el.dataset.speakerId) || null },
  speakerName: { default: "", parseHTML: (el) => el.dataset.speakerName || "" },
  speakerRole: { default: "", parseHTML: (el) => el.dataset.speakerRole || "" },
  // The server says which quotes need a check; the editor's "confirm" says it was checked.
  needsCheck: { default: false, parseHTML: () => false },
  confirmed: { default: false, parseHTML: () => false },
};

// A quotation: the marked words, said by a person of the CMS (speakerId) or one to create (speakerName, speakerRole).
const Quote = Mark.create({
  name: "quote",
  inclusive: false,
  addAttributes: () => quoteAttrs,
  parseHTML: () => [{ tag: "mark[data-quote]" }],
  renderHTML({ mark }) {
    const { speakerId, speakerName, speakerRole, needsCheck } = mark.attrs;
    const isNew = !speakerId && speakerName;
    const who = !speakerId && !speakerName ? "no speaker named"
      : speakerName + (isNew ? ` (new person${speakerRole ? `, ${speakerRole}` : ""})` : "");
    const classes = ["story-quote", isNew && "is-new-speaker", who === "no speaker named" && "is-unattributed",
      needsCheck && "is-needs-check"].filter(Boolean).join(" ");
    return ["mark", {
      class: classes, "data-quote": "",
      title: `Quote: ${who}${needsCheck ? " — needs check: confirm or change the speaker" : ""}`,
      "data-speaker-id": speakerId || "", "data-speaker-name": speakerName, "data-speaker-role": speakerRole,
    }, 0];
  },
});

function moveBlock(editor, step) {
  const { state, view } = editor;
  const { $from } = state.selection;
  const index = $from.index(0);
  const target = index + step;
  if (target < 0 || target >= state.doc.childCount) return false;
  const node = state.doc.child(index);
  let start = 0;
  for (let i = 0; i < index; i += 1) start += state.doc.child(i).nodeSize;
  const offset = state.selection.from - start;
  const tr = state.tr.delete(start, start + node.nodeSize);
  let insertAt = 0;
  for (let i = 0; i < target; i += 1) insertAt += tr.doc.child(i).nodeSize;
  tr.insert(insertAt, node);
  const pm = editor.view.state.selection.constructor;
  if (node.isAtom) {
    tr.setSelection(state.selection.constructor.create(tr.doc, insertAt));
  } else {
    tr.setSelection(pm.near(tr.doc.resolve(Math.min(insertAt + offset, insertAt + node.nodeSize - 1))));
  }
  view.dispatch(tr.scrollIntoView());
  return true;
}

function saveAndContinue() {
  const button = field.form.querySelector("input[name='_continue']") || field.form.querySelector("input[type='submit']");
  field.form.requestSubmit(button);
}

function buildEditor() {
  const initial = JSON.parse(field.value || field.dataset.initial || "null");
  const settings = JSON.parse(field.dataset.editor || "{}");
  const root = document.createElement("section");
  root.className = "module story-editor";
  root.setAttribute("aria-label", "Story body");
  root.innerHTML = `
    <h2 class="story-editor-heading">Body</h2>
    <div class="story-editor-top">
    <div class="story-editor-toolbar" role="toolbar" aria-label="Body formatting">
      <button type="button" data-command="paragraph" title="Paragraph (Ctrl+Alt+0)">¶ Paragraph</button>
      <button type="button" data-command="subhead" title="Subhead (Ctrl+Alt+2)">Subhead</button>
      <button type="button" data-command="quote" title="Quote the selected words (Ctrl+Alt+Q)">❝ Quote</button>
      <span class="story-editor-separator" aria-hidden="true"></span>
      <button type="button" data-command="photo" title="Insert a photo (Ctrl+Alt+P)" aria-keyshortcuts="Control+Alt+P"
        aria-label="Photo"><span aria-hidden="true">▣ </span>Photo</button>
      <button type="button" data-command="related" title="Insert a related story (Ctrl+Alt+K)" aria-keyshortcuts="Control+Alt+K"
        aria-label="Related story"><span aria-hidden="true">↗ </span>Related</button>
      <button type="button" data-command="pullQuote" title="Insert a pull quote (Ctrl+Alt+U)" aria-keyshortcuts="Control+Alt+U"
        aria-label="Pull quote"><span aria-hidden="true">❞ </span>Pull quote</button>
      <span class="story-editor-separator" aria-hidden="true"></span>
      <button type="button" data-command="up" title="Move the block up (Alt+↑)" aria-label="Move the block up">↑</button>
      <button type="button" data-command="down" title="Move the block down (Alt+↓)" aria-label="Move the block down">↓</button>
      <button type="button" data-command="undo" title="Undo (Ctrl+Z)">Undo</button>
      <a class="story-editor-cards" href="?body=cards">Edit as cards</a>
    </div>
    <p class="story-editor-status" role="status"></p>
    <div class="story-speaker" role="dialog" aria-label="Who said it?" hidden>
      <label>Who said it? <input type="search" class="story-speaker-name" placeholder="Type a name"></label>
      <ul class="story-speaker-options" id="story-speaker-options" aria-label="People"></ul>
      <label class="story-speaker-role" hidden>Role of the new person
        <input type="text" class="story-speaker-role-input" placeholder="e.g. Mayor of Springfield (optional)"></label>
      <p class="story-speaker-help">Enter chooses; Esc cancels.</p>
    </div>
    <div class="story-panels"></div>
    <div class="story-quote-bar" role="region" aria-label="The quote at the cursor" hidden></div>
    </div>
    <div class="story-editor-document"></div>
    <p class="story-editor-help">Enter starts a new paragraph. Select words and press Quote (Ctrl+Alt+Q) to attribute them.
      Photo, Related and Pull quote insert a box where the cursor is; select a box to move it (Alt+↑/↓, or drag),
      delete it (Backspace) or edit it (Enter, or a double-click).</p>`;
  // Under the headline and summary, where the story is read, rather than after the publishing fields.
  const first = field.closest("fieldset");
  first.after(root);

  const editor = new Editor({
    element: root.querySelector(".story-editor-document"),
    injectCSS: false,
    content: initial,
    extensions: [
      Document, Text, BodyParagraph, Subhead, StoryBlock, Quote, UndoRedo, Dropcursor, Gapcursor,
      Extension.create({
        name: "storyKeys",
        priority: 1000,  // before the core keymap: Enter on a box edits it rather than adding a paragraph
        addKeyboardShortcuts: () => ({
          Enter: () => inserts.editSelected(),
          "Mod-Alt-q": () => openSpeaker(),
          "Mod-Alt-p": () => inserts.openKind("image"),
          "Mod-Alt-k": () => inserts.openKind("related"),
          "Mod-Alt-u": () => inserts.openKind("quote"),
          "Mod-Alt-Enter": () => checks.confirm(),
          "Mod-Alt-n": () => checks.goToNext(),
          "Mod-s": () => { saveAndContinue(); return true; },
          "Alt-ArrowUp": () => moveBlock(editor, -1),
          "Alt-ArrowDown": () => moveBlock(editor, 1),
        }),
      }),
    ],
    editorProps: {
      attributes: { class: "story-editor-text", "aria-label": "Story text", "aria-multiline": "true", role: "textbox" },
      handleDoubleClickOn: (view, pos, node, nodePos) => node.type.name === "storyBlock" && inserts.edit(nodePos, node),
    },
    onUpdate: ({ editor: ed }) => { field.value = JSON.stringify(ed.getJSON()); },
  });
  field.value = JSON.stringify(editor.getJSON());
  // The cards are not posted: the server reads the document instead (and a long story's cards would pass Django's field limit).
  for (const id of ["blocks-group", "quotes-group"]) {
    const group = document.getElementById(id);
    if (!group) continue;
    group.classList.add("is-replaced-by-editor");
    for (const input of group.querySelectorAll("input, select, textarea")) input.disabled = true;
  }

  const commands = {
    paragraph: () => editor.chain().focus().setParagraph().run(),
    subhead: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    quote: () => openSpeaker(),
    photo: () => inserts.openKind("image"),
    related: () => inserts.openKind("related"),
    pullQuote: () => inserts.openKind("quote"),
    up: () => { moveBlock(editor, -1); editor.commands.focus(); },
    down: () => { moveBlock(editor, 1); editor.commands.focus(); },
    undo: () => editor.chain().focus().undo().run(),
  };
  const toolbar = root.querySelector(".story-editor-toolbar");
  toolbar.querySelector("[data-command='photo']").hidden = !(settings.mayUpload || settings.mayChoosePhotos);
  toolbar.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-command]");
    if (button) commands[button.dataset.command]();
  });
  // One Tab stop for the whole toolbar, ←/→ (Home, End) between its tools, as ARIA's toolbar pattern has it.
  const tools = [...toolbar.querySelectorAll("button, a")].filter((tool) => !tool.hidden);
  tools.forEach((tool, index) => { tool.tabIndex = index === 0 ? 0 : -1; });
  toolbar.addEventListener("keydown", (event) => {
    const index = tools.indexOf(document.activeElement);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tools.length - 1 }[event.key];
    if (index < 0 || next === undefined) return;
    event.preventDefault();
    const target = tools[(next + tools.length) % tools.length];
    tools.forEach((tool) => { tool.tabIndex = tool === target ? 0 : -1; });
    target.focus();
  });

  // The speaker: search the people the admin offers, or create one with a role.
  const panel = root.querySelector(".story-speaker");
  const status = root.querySelector(".story-editor-status");
  const nameInput = panel.querySelector(".story-speaker-name");
  const options = panel.querySelector(".story-speaker-options");
  const roleLabel = panel.querySelector(".story-speaker-role");
  const roleInput = panel.querySelector(".story-speaker-role-input");
  let range = null;
  let newName = "";
  let current = {};

  // People the admin offers as speakers (its autocomplete), and the typed name as a new person.
  const speakers = new Combobox({
    input: nameInput, list: options, delay: 100,
    search: async (term) => {
      if (!term) return [];
      let people = [];
      try {
        const params = { term, app_label: "articles", model_name: "quote", field_name: "speaker" };
        const url = new URL(field.dataset.autocompleteUrl, window.location.href);
        url.search = new URLSearchParams(params);
        const response = await fetch(url, { credentials: "same-origin" });
        const data = response.ok ? await response.json() : { results: [] };
        people = (data.results || []).map((person) => ({ id: Number(person.id), name: person.text }));
      } catch {
        people = [];
      }
      if (!people.some((person) => person.name.toLowerCase() === term.toLowerCase())) people.push({ id: null, name: term });
      return people;
    },
    instant: (term) => (term ? [{ id: null, name: term }] : []),
    label: (choice) => (choice.id ? choice.name : `New person: ${choice.name}`),
    choose: (choice) => choose(choice),
    escape: () => closeSpeaker(),
  });

  function openSpeaker(quote = null) {
    const { from, to, empty } = editor.state.selection;
    quote = quote || (empty ? quoteAt(editor.state) : null);
    if (!quote && (empty || editor.state.doc.resolve(from).parent.type.name !== "paragraph")) {
      announce("Select the quoted words in a paragraph first, then press Quote.", { error: true });
      return true;
    }
    inserts.closeAll();
    range = quote ? { from: quote.from, to: quote.to } : { from, to };
    announce("");
    current = quote ? quote.attrs : editor.getAttributes("quote");
    panel.hidden = false;
    roleLabel.hidden = true;
    nameInput.value = current.speakerName || "";
    speakers.close();
    nameInput.focus();
    nameInput.select();
    if (nameInput.value) {
      speakers.show([{ id: null, name: nameInput.value }]);
      speakers.schedule();
    }
    return true;
  }

  function closeSpeaker() {
    panel.hidden = true;
    range = null;
    editor.view.focus();
  }

  function mark(attrs) {
    // A quote already saved keeps its id, and choosing its speaker vouches for them; a new one gets
    // the key a pull quote can name it by.
    const quoteId = current.quoteId || null;
    const quoteKey = quoteId ? null : current.quoteKey || newQuoteKey();
    const kept = { quoteId, quoteKey, needsCheck: false, confirmed: Boolean(quoteId) };
    editor.chain().focus().setTextSelection(range).setMark("quote", { ...kept, ...attrs }).run();
    panel.hidden = true;
    range = null;
  }

  function choose(choice) {
    if (choice.id) {
      mark({ speakerId: choice.id, speakerName: choice.name, speakerRole: "" });
    } else {
      newName = choice.name;
      roleLabel.hidden = false;
      roleInput.value = "";
      roleInput.focus();
    }
  }

  nameInput.addEventListener("input", () => { roleLabel.hidden = true; });
  roleInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      mark({ speakerId: null, speakerName: newName, speakerRole: roleInput.value.trim() });
    } else if (event.key === "Escape") {
      event.preventDefault();
      closeSpeaker();
    }
  });
  function announce(text, { error = false } = {}) {
    status.textContent = text;
    status.classList.toggle("is-error", error);
  }

  const inserts = setUpInserts({
    editor, settings, announce, host: root.querySelector(".story-panels"),
    storyId: (window.location.pathname.match(/\/(\d+)\/change\/$/) || [])[1] || null,
    csrfToken: () => field.form.querySelector("input[name='csrfmiddlewaretoken']").value,
    closeSpeaker: () => { if (!panel.hidden) { panel.hidden = true; range = null; } },
  });
  const checks = setUpQuoteChecks({
    editor, announce, bar: root.querySelector(".story-quote-bar"), changeSpeaker: (quote) => openSpeaker(quote),
  });
  root.dataset.ready = "true";
  performance.mark("story-editor-ready");
  return editor;
}

if (field && !useCards) {
  window.storyEditor = buildEditor();
}
