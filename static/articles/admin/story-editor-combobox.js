/*
 * A text field with a list of choices under it, as the body editor's panels use it (a speaker,
 * a photo, a related story, a photographer): type to search, ↑/↓ to move through the list,
 * Enter or a click to choose, Esc to leave. ARIA 1.2 combobox with a listbox popup; the field
 * keeps the focus and names the highlighted choice with aria-activedescendant.
 */
export class Combobox {
  /*
   * input, list: the field and its <ul>; search(term) → a promise of items; label(item) → text,
   * or render(item) → a node; choose(item) when one is chosen; escape() on Esc; enter() on Enter
   * with nothing highlighted. highlightFirst: Enter takes the first choice at once (a search),
   * else only one the user moved to (a name that may be new). instant(term) → the items to show
   * while the search runs (the typed name as a new person), so Enter never waits for the server.
   */
  constructor({ input, list, search, instant, label, render, choose, escape, enter, highlightFirst = true, delay = 150 }) {
    Object.assign(this, { input, list, search, instant, label, render, choose, escape, enter, highlightFirst, delay });
    this.items = [];
    this.active = -1;
    this.token = 0;
    this.timer = null;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.addEventListener("input", () => {
      if (this.instant) this.show(this.instant(input.value.trim()));
      this.schedule();
    });
    input.addEventListener("keydown", (event) => this.key(event));
    // Later than a click on a choice; and not when the field has the focus again by then (a panel reopened).
    input.addEventListener("blur", () => setTimeout(() => { if (document.activeElement !== input) this.close(); }, 150));
  }

  schedule() {
    clearTimeout(this.timer);
    this.pending = new Promise((resolve) => {
      this.timer = setTimeout(() => this.refresh().then(resolve), this.delay);
    });
  }

  async refresh() {
    const token = ++this.token;
    let items = [];
    try {
      items = await this.search(this.input.value.trim());
    } catch {
      items = [];
    }
    if (token === this.token) {
      this.pending = null;
      this.show(items || []);
    }
  }

  show(items) {
    this.items = items;
    this.active = this.highlightFirst && items.length ? 0 : -1;
    this.list.replaceChildren(...items.map((item, index) => {
      const option = document.createElement("li");
      option.setAttribute("role", "option");
      option.id = `${this.list.id}-${index}`;
      if (this.render) option.append(this.render(item));
      else option.textContent = this.label(item);
      option.addEventListener("mousedown", (event) => { event.preventDefault(); this.pick(index); });
      return option;
    }));
    this.list.hidden = items.length === 0;
    this.input.setAttribute("aria-expanded", String(items.length > 0));
    this.highlight();
  }

  highlight() {
    [...this.list.children].forEach((option, index) => option.setAttribute("aria-selected", String(index === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
      this.list.children[this.active]?.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }

  close() {
    this.token += 1;
    this.pending = null;
    clearTimeout(this.timer);
    this.items = [];
    this.active = -1;
    this.list.replaceChildren();
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  pick(index) {
    const item = this.items[index];
    if (item === undefined) return;
    this.close();
    this.choose(item);
  }

  key(event) {
    const count = this.items.length;
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && count) {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : count - 1;
      this.active = this.active < 0 ? (step === 1 ? 0 : count - 1) : (this.active + step) % count;
      this.highlight();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (this.active >= 0) this.pick(this.active);
      else if (this.pending && this.highlightFirst) {
        this.pending.then(() => this.pick(0));  // typed, Enter before the list came
      }
      else if (this.enter) this.enter();
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (count) this.close();
      else if (this.escape) this.escape();
    }
  }
}
