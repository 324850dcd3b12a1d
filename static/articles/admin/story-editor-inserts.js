/*
 * Photos, related stories and pull quotes put into the body document (story-editor.js), each from
 * a panel that opens above the text, never a popup window. The server's side is
 * articles/admin/editor_api.py (searching, reading a pasted address, uploading a photo) and
 * articles/body_document/, which checks every box again when the story is saved.
 *
 * A box goes in between blocks, where the cursor is: in place of an empty line, before the
 * paragraph when the cursor is at its start, else after it (a paragraph is never cut in two), or
 * after the selected box. A box selected, Enter (or a double-click) edits it.
 */
import { pm } from "../../django_prose_editor/editor.js";
import { Combobox } from "./story-editor-combobox.js";

const { NodeSelection } = pm.state;

export const KIND_LABELS = { image: "Image", related: "Related story", quote: "Pull quote" };

export function boxLabel(kind, words, suffix = "") {
  const text = (words || "").split(/\s+/).filter(Boolean).join(" ");
  return (text ? `${KIND_LABELS[kind]}: ${text}` : KIND_LABELS[kind]) + suffix;
}

// How a pull quote names a quote marked in this document before the server gives it an id.
export function newQuoteKey() {
  return `q${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

// The quotes marked in the document, in reading order: each run of words under one mark.
export function quoteRuns(doc) {
  const runs = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let current = null;
    node.forEach((child, offset) => {
      const mark = child.marks.find((m) => m.type.name === "quote");
      const from = pos + 1 + offset;
      if (mark && current && current.mark.eq(mark) && current.to === from) {
        current.to += child.nodeSize;
        current.text += child.text;
        return;
      }
      if (current) runs.push(current);
      current = mark ? { from, to: from + child.nodeSize, text: child.text, mark, attrs: mark.attrs } : null;
    });
    if (current) runs.push(current);
    return false;
  });
  return runs;
}

function where(doc, pos) {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  const index = $pos.index(0);
  let start = 0;
  for (let i = 0; i < index; i += 1) start += doc.child(i).nodeSize;
  return { $pos, index, start, block: index < doc.childCount ? doc.child(index) : null };
}

// Put a new box at pos (see above), select it, and keep a paragraph after it to write on in.
export function insertBox(editor, attrs, pos, prepare) {
  const { state, view } = editor;
  const { schema } = state;
  const tr = state.tr;
  if (prepare) prepare(tr);
  const node = schema.nodes.storyBlock.create(attrs);
  const { $pos, start, block } = where(tr.doc, pos);
  let at;
  if (block && block.isTextblock && block.content.size === 0) {
    at = start;
    tr.replaceWith(start, start + block.nodeSize, node);
  } else if (block && block.isTextblock && $pos.depth > 0 && $pos.parentOffset === 0) {
    at = start;
    tr.insert(at, node);
  } else {
    at = block ? start + block.nodeSize : tr.doc.content.size;
    tr.insert(at, node);
  }
  if (at + node.nodeSize >= tr.doc.content.size) tr.insert(tr.doc.content.size, schema.nodes.paragraph.create());
  tr.setSelection(NodeSelection.create(tr.doc, at));
  view.dispatch(tr.scrollIntoView());
  view.focus();  // at once, not on the next frame as Tiptap's focus(): the next key must reach the text
}

export function updateBox(editor, pos, attrs, prepare) {
  const { state, view } = editor;
  const tr = state.tr;
  if (prepare) prepare(tr);
  const node = tr.doc.nodeAt(pos);
  if (!node || node.type.name !== "storyBlock") return;
  tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs });
  tr.setSelection(NodeSelection.create(tr.doc, pos));
  view.dispatch(tr.scrollIntoView());
  view.focus();  // at once, not on the next frame as Tiptap's focus(): the next key must reach the text
}

function element(html) {
  const template = document.createElement("template");
  template.innerHTML = html.trim();
  return template.content.firstElementChild;
}

async function getJSON(url, params) {
  const address = new URL(url, window.location.href);
  address.search = new URLSearchParams(params);
  const response = await fetch(address, { credentials: "same-origin", headers: { Accept: "application/json" } });
  const data = await response.json().catch(() => ({}));
  return { ok: response.ok, data };
}

// A panel above the text: where the box will go (kept right while the document changes), errors, Enter and Esc.
class Panel {
  constructor(context, { name, title, html }) {
    this.context = context;
    this.editor = context.editor;
    this.element = element(`<div class="story-panel story-${name}" role="dialog" aria-label="${title}" hidden>
      <h3 class="story-panel-title">${title}</h3>${html}
      <p class="story-panel-error" role="alert"></p>
      <div class="story-panel-actions">
        <button type="button" class="story-panel-submit">${title}</button>
        <button type="button" class="story-panel-cancel">Cancel</button>
        <span class="story-panel-help">Enter inserts, Esc cancels.</span>
      </div></div>`);
    context.host.append(this.element);
    this.pos = null;
    this.editing = null;
    this.editor.on("transaction", ({ transaction }) => {
      if (this.pos !== null) this.pos = transaction.mapping.map(this.pos);
    });
    this.element.querySelector(".story-panel-submit").addEventListener("click", () => this.submit());
    this.element.querySelector(".story-panel-cancel").addEventListener("click", () => this.close());
    this.element.addEventListener("keydown", (event) => {
      if (event.defaultPrevented) return;
      const target = event.target;
      if (event.key === "Escape") {
        event.preventDefault();
        this.close();
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey || (target.tagName === "INPUT" && target.type !== "file")
          || (target.tagName === "TEXTAREA" && !event.shiftKey))) {  // a caption is one paragraph: Shift+Enter breaks a line
        event.preventDefault();  // never the story form's own submit
        this.submit();
      }
    });
  }

  $(selector) {
    return this.element.querySelector(selector);
  }

  get isOpen() {
    return !this.element.hidden;
  }

  open(editing = null) {
    this.context.closePanels(this);
    const { selection } = this.editor.state;
    this.editing = editing;
    this.pos = editing ? editing.pos : selection.from;
    this.error("");
    this.$(".story-panel-submit").textContent = editing ? this.updateTitle : this.insertTitle;
    this.element.hidden = false;
    this.element.setAttribute("aria-label", editing ? this.updateTitle : this.insertTitle);
    this.$(".story-panel-title").textContent = editing ? this.updateTitle : this.insertTitle;
  }

  close({ focus = true } = {}) {
    if (!this.isOpen) return;
    this.element.hidden = true;
    const pos = this.pos;
    this.pos = null;
    this.editing = null;
    if (focus) {
      this.editor.view.focus();
      if (pos !== null) {
        const node = this.editor.state.doc.nodeAt(pos);
        if (node && node.type.name === "storyBlock") this.editor.commands.setNodeSelection(pos);
      }
    }
  }

  error(text) {
    const box = this.$(".story-panel-error");
    box.textContent = text;
    box.hidden = !text;
  }

  place(attrs, prepare) {
    const pos = this.pos;
    const editing = this.editing;
    this.close({ focus: false });
    if (editing) updateBox(this.editor, pos, attrs, prepare);
    else insertBox(this.editor, attrs, pos, prepare);
    this.context.announce(editing ? "Changed. It is saved with the story."
      : "Inserted, and selected: Enter edits it, Alt+↑/↓ moves it, ↓ goes on to the text. It is saved with the story.");
  }
}

// A photo: uploaded now (to the library, checked as the photo form checks it) or chosen from the library.
class PhotoPanel extends Panel {
  constructor(context) {
    super(context, { name: "photo", title: "Insert a photo", html: `
      <div class="story-panel-row">
        <div class="story-panel-field story-photo-upload">
          <label for="story-photo-file">Upload a photo</label>
          <input type="file" id="story-photo-file" class="story-photo-file" accept="image/jpeg,image/png,image/webp,image/gif">
        </div>
        <div class="story-panel-field story-photo-library">
          <label for="story-photo-search">or choose one from the library</label>
          <input type="search" id="story-photo-search" class="story-photo-search" placeholder="Search captions and credits">
          <ul id="story-photo-results" class="story-panel-options story-photo-results" aria-label="Photos in the library"></ul>
        </div>
      </div>
      <p class="story-photo-chosen" hidden><img class="story-photo-thumb" alt="" hidden><span class="story-photo-chosen-label"></span></p>
      <div class="story-panel-field"><label for="story-photo-caption">Caption</label>
        <textarea id="story-photo-caption" class="story-photo-caption" rows="2"></textarea></div>
      <div class="story-panel-field"><label for="story-photo-alt">Alt text
        <span class="story-panel-hint">what the photo shows, for readers who cannot see it</span></label>
        <input type="text" id="story-photo-alt" class="story-photo-alt" maxlength="300"></div>
      <div class="story-panel-row story-photo-credit">
        <div class="story-panel-field"><label for="story-photo-photographer">Photographer</label>
          <input type="text" id="story-photo-photographer" class="story-photo-photographer">
          <ul id="story-photo-photographers" class="story-panel-options" aria-label="People"></ul></div>
        <div class="story-panel-field"><label for="story-photo-agency">Agency</label>
          <input type="text" id="story-photo-agency" class="story-photo-agency">
          <ul id="story-photo-agencies" class="story-panel-options" aria-label="Agencies"></ul></div>
      </div>
      <p class="story-panel-hint story-photo-note"></p>` });
    this.insertTitle = "Insert photo";
    this.updateTitle = "Change photo";
    const { settings } = context;
    this.$(".story-photo-upload").hidden = !settings.mayUpload;
    this.$(".story-photo-library").hidden = !settings.mayChoosePhotos;
    this.$(".story-photo-file").addEventListener("change", (event) => this.fileChosen(event.target.files[0]));
    this.library = new Combobox({
      input: this.$(".story-photo-search"), list: this.$(".story-photo-results"),
      search: async (term) => (await getJSON(settings.photos, { q: term })).data.results || [],
      render: (photo) => {
        const option = element(`<span class="story-option"><img class="story-option-thumb" alt="" hidden>
          <span><span class="story-option-title"></span> <span class="story-option-meta"></span></span></span>`);
        if (photo.preview) Object.assign(option.querySelector("img"), { src: photo.preview, hidden: false });
        option.querySelector(".story-option-title").textContent = photo.label;
        option.querySelector(".story-option-meta").textContent = [photo.credit, photo.size].filter(Boolean).join(" · ");
        return option;
      },
      choose: (photo) => this.photoChosen(photo),
    });
    this.credits = {};
    for (const [name, list] of [["photographer", "photographers"], ["agency", "agencies"]]) {
      const input = this.$(`.story-photo-${name}`);
      input.addEventListener("input", () => { this.credits[name] = { id: null, name: input.value.trim() }; });
      new Combobox({
        input, list: this.$(`#story-photo-${list}`), highlightFirst: false,
        search: async (term) => {
          if (term.length < 2) return [];
          const params = { term, app_label: "articles", model_name: "image", field_name: name };
          return (await getJSON(settings.autocomplete, params)).data.results || [];
        },
        label: (row) => row.text,
        choose: (row) => {
          input.value = row.text;
          this.credits[name] = { id: Number(row.id), name: row.text };
        },
        enter: () => this.submit(),
      });
    }
  }

  open(editing = null) {
    super.open(editing);
    this.source = null;
    this.file = null;
    this.photo = null;
    this.credits = { photographer: { id: null, name: "" }, agency: { id: null, name: "" } };
    for (const selector of [".story-photo-file", ".story-photo-search", ".story-photo-caption", ".story-photo-alt",
      ".story-photo-photographer", ".story-photo-agency"]) this.$(selector).value = "";
    this.$(".story-photo-chosen").hidden = true;
    this.$(".story-photo-note").textContent = "";
    this.setCreditEditable(true);
    if (editing) {
      this.loadPhoto(editing.node.attrs);
    } else {
      (this.context.settings.mayUpload ? this.$(".story-photo-file") : this.$(".story-photo-search")).focus();
    }
  }

  async loadPhoto(attrs) {
    const { data } = await getJSON(this.context.settings.photos, { id: attrs.imageId });
    const photo = (data.results || [])[0];
    if (!photo) {
      this.error("This photo is not one you may use; choose another.");
      this.$(".story-photo-search").focus();
      return;
    }
    this.photoChosen(photo, attrs.caption);
  }

  setCreditEditable(editable) {
    for (const selector of [".story-photo-alt", ".story-photo-photographer", ".story-photo-agency"]) {
      this.$(selector).readOnly = !editable;
    }
  }

  showChosen(text, preview) {
    const thumb = this.$(".story-photo-thumb");
    thumb.hidden = !preview;
    if (preview) thumb.src = preview;
    this.$(".story-photo-chosen-label").textContent = text;
    this.$(".story-photo-chosen").hidden = false;
  }

  fileChosen(file) {
    if (!file) return;
    this.source = "upload";
    this.file = file;
    this.photo = null;
    this.error("");
    this.setCreditEditable(true);
    const size = Math.max(1, Math.round(file.size / 1024));
    this.showChosen(`New photo: ${file.name} (${size} KB), uploaded when you insert it.`, "");
    this.$(".story-photo-note").textContent = "";
    this.$(".story-photo-caption").focus();
  }

  photoChosen(photo, ownCaption = "") {
    this.source = "library";
    this.photo = photo;
    this.file = null;
    this.$(".story-photo-file").value = "";
    this.error("");
    this.showChosen(`From the library: ${photo.label}${photo.size ? ` (${photo.size})` : ""}`, photo.preview);
    this.$(".story-photo-caption").value = ownCaption || photo.caption;
    this.$(".story-photo-alt").value = photo.altText;
    this.$(".story-photo-photographer").value = photo.photographer ? photo.photographer.name : "";
    this.$(".story-photo-agency").value = photo.agency ? photo.agency.name : "";
    this.credits = {
      photographer: photo.photographer ? { ...photo.photographer } : { id: null, name: "" },
      agency: photo.agency ? { ...photo.agency } : { id: null, name: "" },
    };
    const editable = this.context.settings.mayEditPhotos;
    this.setCreditEditable(editable);
    this.$(".story-photo-note").textContent = (editable
      ? "The caption is this story's; alt text and credit are the photo's, wherever it is used."
      : "The caption is this story's; the photo's alt text and credit are kept by the photo desk.")
      + (photo.altText ? "" : " This photo has no alt text yet.");
    this.$(".story-photo-caption").focus();
  }

  creditData(data) {
    data.append("alt_text", this.$(".story-photo-alt").value.trim());
    for (const name of ["photographer", "agency"]) {
      const credit = this.credits[name] || {};
      if (credit.id) data.append(name, String(credit.id));
      else if (credit.name) data.append(`${name}_name`, credit.name);
    }
    return data;
  }

  creditChanged() {
    const photo = this.photo;
    const same = (credit, row) => (credit.id ? credit.id === (row && row.id) : !credit.name && !row);
    return this.$(".story-photo-alt").value.trim() !== photo.altText
      || !same(this.credits.photographer, photo.photographer) || !same(this.credits.agency, photo.agency);
  }

  async send(url, data) {
    const button = this.$(".story-panel-submit");
    button.disabled = true;
    this.context.announce(this.source === "upload" ? "Uploading the photo…" : "Saving the photo's alt text and credit…");
    try {
      const response = await fetch(url, {
        method: "POST", body: data, credentials: "same-origin",
        headers: { "X-CSRFToken": this.context.csrfToken(), Accept: "application/json" },
      });
      const answer = await response.json().catch(() => ({ error: `The server answered ${response.status}.` }));
      if (!response.ok) {
        this.error(answer.error || "The photo could not be saved.");
        this.context.announce("");
        return null;
      }
      return answer.photo;
    } catch {
      this.error("The photo could not be sent: check the connection and try again.");
      this.context.announce("");
      return null;
    } finally {
      button.disabled = false;
    }
  }

  // The box: the photo, and this story's own caption when it differs from the photo's.
  placePhoto(photo, ownCaption) {
    this.place({
      kind: "image", imageId: photo.id, caption: ownCaption, preview: photo.preview,
      label: boxLabel("image", ownCaption || photo.caption),
    });
  }

  async submit() {
    this.error("");
    const caption = this.$(".story-photo-caption").value.trim();
    if (this.source === "upload") {
      if (!this.$(".story-photo-alt").value.trim()) {
        this.error("Describe the photo for readers who cannot see it (alt text).");
        this.$(".story-photo-alt").focus();
        return;
      }
      const data = this.creditData(new FormData());
      data.append("file", this.file);
      data.append("caption", caption);
      const photo = await this.send(this.context.settings.photos, data);
      if (photo) this.placePhoto(photo, "");
    } else if (this.source === "library") {
      let photo = this.photo;
      if (this.context.settings.mayEditPhotos && this.creditChanged()) {
        photo = await this.send(`${this.context.settings.photos}${photo.id}/`, this.creditData(new FormData()));
        if (!photo) return;
      }
      this.placePhoto(photo, caption === photo.caption ? "" : caption);
    } else {
      this.error("Upload a photo, or choose one from the library.");
      this.$(this.context.settings.mayUpload ? ".story-photo-file" : ".story-photo-search").focus();
    }
  }
}

// A related story: one of ours found by its headline or its address, or a page elsewhere.
const LOOKS_LIKE_ADDRESS = /^(https?:\/\/|www\.|\/)|^[^\s/]+\.[a-z]{2,}(\/|$)/i;

class RelatedPanel extends Panel {
  constructor(context) {
    super(context, { name: "related", title: "Insert a related story", html: `
      <div class="story-panel-field"><label for="story-related-search">Search headlines, or paste a link</label>
        <input type="search" id="story-related-search" class="story-related-search" placeholder="e.g. bridge repairs, or https://…">
        <ul id="story-related-results" class="story-panel-options story-related-results" aria-label="Stories"></ul></div>
      <p class="story-related-chosen" hidden></p>
      <div class="story-panel-field"><label for="story-related-title">Title readers see</label>
        <input type="text" id="story-related-title" class="story-related-title" maxlength="300"></div>
      <p class="story-panel-hint story-related-note"></p>` });
    this.insertTitle = "Insert related story";
    this.updateTitle = "Change related story";
    const { settings } = context;
    this.search = new Combobox({
      input: this.$(".story-related-search"), list: this.$(".story-related-results"),
      search: async (term) => {
        this.error("");
        if (!term) return [];
        if (LOOKS_LIKE_ADDRESS.test(term)) {
          const { ok, data } = await getJSON(settings.link, { url: term, exclude: context.storyId || "" });
          if (!ok) {
            this.error(data.error || "That address cannot be used.");
            return [];
          }
          return [data.story ? { story: data.story } : { url: data.url }];
        }
        const { data } = await getJSON(settings.stories, { q: term, exclude: context.storyId || "" });
        return (data.results || []).map((story) => ({ story }));
      },
      render: (item) => {
        const option = element(`<span class="story-option"><span><span class="story-option-title"></span>
          <span class="story-option-meta"></span></span></span>`);
        if (item.story) {
          option.querySelector(".story-option-title").textContent = item.story.headline;
          const { status, section, date } = item.story;
          option.querySelector(".story-option-meta").textContent = [status, section, date].join(" · ");
        } else {
          option.querySelector(".story-option-title").textContent = `Outside link: ${item.url}`;
        }
        return option;
      },
      choose: (item) => this.chosen(item),
    });
  }

  open(editing = null) {
    super.open(editing);
    this.target = null;
    this.$(".story-related-search").value = "";
    this.$(".story-related-title").value = "";
    this.$(".story-related-title").placeholder = "";
    this.$(".story-related-chosen").hidden = true;
    this.$(".story-related-note").textContent = "";
    this.$(".story-related-search").focus();
    if (editing) this.load(editing.node.attrs);
  }

  async load(attrs) {
    this.$(".story-related-title").value = attrs.linkTitle;
    if (attrs.linkStoryId) {
      const { data } = await getJSON(this.context.settings.stories, { id: attrs.linkStoryId });
      const story = (data.results || [])[0];
      if (story) this.chosen({ story }, { keepTitle: true });
    } else if (attrs.linkUrl) {
      this.chosen({ url: attrs.linkUrl }, { keepTitle: true });
    }
  }

  chosen(item, { keepTitle = false } = {}) {
    this.target = item;
    const chosen = this.$(".story-related-chosen");
    const title = this.$(".story-related-title");
    if (!keepTitle) title.value = "";
    if (item.story) {
      const { story } = item;
      chosen.textContent = `Our story: ${story.headline} (${story.status})`;
      title.placeholder = story.public ? story.headline : "";
      this.$(".story-related-note").textContent = story.public
        ? "Readers see the story's headline, linked, unless you type another title."
        : `Not public yet (${story.status}): readers see only the title you type, without a link, until the story is published.`;
    } else {
      chosen.textContent = `Outside link: ${item.url}`;
      title.placeholder = "";
      this.$(".story-related-note").textContent = "Type the title readers see for this link.";
    }
    chosen.hidden = false;
    this.error("");
    title.focus();
  }

  submit() {
    const title = this.$(".story-related-title").value.trim();
    const target = this.target;
    if (!target) {
      this.error("Choose a story, or paste a link and choose it.");
      this.$(".story-related-search").focus();
      return;
    }
    if (target.url && !title) {
      this.error("Type the title readers see for this link.");
      this.$(".story-related-title").focus();
      return;
    }
    const story = target.story;
    const suffix = story && !story.public ? " (not public yet)" : "";
    this.place({
      kind: "related", linkStoryId: story ? story.id : null, linkUrl: target.url || "", linkTitle: title,
      label: boxLabel("related", title || (story ? story.headline : target.url), suffix),
    });
  }
}

// A pull quote: one of the quotes marked in the text, the one at the cursor first.
class PullQuotePanel extends Panel {
  constructor(context) {
    super(context, { name: "pull", title: "Insert a pull quote", html: `
      <p class="story-panel-hint" id="story-pull-help">Choose the quote to feature (↑/↓, then Enter).</p>
      <ul id="story-pull-options" class="story-panel-options story-pull-options" role="listbox" tabindex="0"
        aria-labelledby="story-pull-help"></ul>` });
    this.insertTitle = "Insert pull quote";
    this.updateTitle = "Change pull quote";
    this.list = this.$(".story-pull-options");
    this.list.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const count = this.runs.length;
        this.active = (this.active + (event.key === "ArrowDown" ? 1 : count - 1)) % count;
        this.highlight();
      } else if (event.key === "Enter") {
        event.preventDefault();
        this.submit();
      }
    });
  }

  open(editing = null) {
    const runs = quoteRuns(this.editor.state.doc);
    if (!runs.length) {
      this.context.announce("Mark a quote in the text first: select its words and press Quote.");
      return;
    }
    super.open(editing);
    this.runs = runs;
    const at = this.editor.state.selection.from;
    const wanted = editing ? editing.node.attrs : null;
    this.active = Math.max(0, runs.findIndex((run) => (wanted
      ? (wanted.quoteId && run.attrs.quoteId === wanted.quoteId) || (wanted.quoteKey && run.attrs.quoteKey === wanted.quoteKey)
      : run.from <= at && at <= run.to)));
    this.list.replaceChildren(...runs.map((run, index) => {
      const option = document.createElement("li");
      option.setAttribute("role", "option");
      option.id = `story-pull-option-${index}`;
      const who = run.attrs.speakerName ? ` — ${run.attrs.speakerName}` : "";
      option.textContent = `“${run.text.trim()}”${who}`;
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        this.active = index;
        this.highlight();
        this.list.focus();
      });
      option.addEventListener("dblclick", () => this.submit());
      return option;
    }));
    this.highlight();
    this.list.focus();
  }

  highlight() {
    [...this.list.children].forEach((option, index) => option.setAttribute("aria-selected", String(index === this.active)));
    this.list.setAttribute("aria-activedescendant", `story-pull-option-${this.active}`);
    this.list.children[this.active]?.scrollIntoView({ block: "nearest" });
  }

  submit() {
    const run = this.runs[this.active];
    if (!run) return;
    const { quoteId } = run.attrs;
    const quoteKey = quoteId ? null : run.attrs.quoteKey || newQuoteKey();
    const prepare = (tr) => {
      if (!quoteId && !run.attrs.quoteKey) {
        // The quote is new: its mark takes the key the pull quote names it by.
        tr.addMark(run.from, run.to, run.mark.type.create({ ...run.attrs, quoteKey }));
      }
    };
    this.place({ kind: "quote", quoteId: quoteId || null, quoteKey, label: boxLabel("quote", run.text) }, prepare);
  }
}

export function setUpInserts(context) {
  const panels = {};
  context.closePanels = (except) => {
    for (const panel of Object.values(panels)) if (panel !== except) panel.close({ focus: false });
    context.closeSpeaker?.();
  };
  panels.image = new PhotoPanel(context);
  panels.related = new RelatedPanel(context);
  panels.quote = new PullQuotePanel(context);

  function openKind(kind) {
    if (kind === "image" && !context.settings.mayUpload && !context.settings.mayChoosePhotos) {
      context.announce("You may not place photos: ask an editor or the photo desk.", { error: true });
    } else {
      panels[kind].open();
    }
    return true;
  }

  // Enter on a selected box.
  function editSelected() {
    const { selection } = context.editor.state;
    const node = selection instanceof NodeSelection ? selection.node : null;
    return Boolean(node && node.type.name === "storyBlock" && edit(selection.from, node));
  }

  function edit(pos, node) {
    const panel = panels[node.attrs.kind];
    if (!panel) return false;
    context.editor.commands.setNodeSelection(pos);
    panel.open({ pos, node });
    return true;
  }

  return { openKind, edit, editSelected, closeAll: () => context.closePanels(null), panels };
}
