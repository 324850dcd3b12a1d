"""Driving the story editor in Chromium: a user's actions, counted, and the steps every editor test takes.

Playwright compiles a bare expression given to wait_for_function with eval in the page, which the
strict CSP refuses once it must poll; arrow functions are sent as functions.
"""

# Where words stand in the editor, scrolled into view: the middle of their first letter's left edge
# (x1, y1) and of their last letter's right edge (x2, y2); null when they are not there.
WORDS_BOX = """words => {
    const root = document.querySelector('.story-editor-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const at = walker.currentNode.data.indexOf(words);
        if (at < 0) continue;
        walker.currentNode.parentElement.scrollIntoView({block: 'center'});
        const range = document.createRange();
        range.setStart(walker.currentNode, at);
        range.setEnd(walker.currentNode, at + words.length);
        const rects = range.getClientRects();
        const first = rects[0], last = rects[rects.length - 1];
        return {x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2};
    }
    return null;
}"""


class Actions:
    """Counts a user's actions; each method is one."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def click(self, locator):
        self.count += 1
        locator.click()

    def fill(self, locator, text):
        self.count += 1
        locator.fill(text)

    def type(self, text):
        self.count += 1
        self.page.keyboard.type(text)

    def press(self, chord):
        self.count += 1
        self.page.keyboard.press(chord)

    def choose_file(self, locator, path):
        self.count += 1
        locator.set_input_files(str(path))

    def select(self, locator, value):
        self.count += 1
        locator.select_option(value)

    def paste(self, text):
        """Paste text into the focused editor, as Ctrl+V with text on the clipboard does."""
        self.count += 1
        self.page.evaluate(
            """text => {
                const data = new DataTransfer();
                data.setData('text/plain', text);
                document.activeElement.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
            }""",
            text,
        )

    def drag_over(self, words):
        """Select words in the editor with the mouse: press at their first letter, release after their last.

        As with a click, a drag made while the page still moves can miss (a box just placed above
        the words, a panel closing); one that did not select the words is made again, counted once.
        """
        self.count += 1

        def drag():
            box = self._settled_box(words)
            assert box is not None, f"{words!r} is not in the editor"
            mouse = self.page.mouse
            mouse.move(box["x1"], box["y1"])
            mouse.down()
            mouse.move(box["x2"], box["y2"], steps=8)
            mouse.up()

        # The editor takes the selection when the browser reports it, a moment after the release.
        until_editor_shows(self.page, drag, """words => {
            const { state } = window.storyEditor;
            const { from, to } = state.selection;
            return state.doc.textBetween(from, to, " ").trim() === words;
        }""", words, failure=f"a drag over {words!r} did not select them")

    def _settled_box(self, words):
        # The words are scrolled to the middle of the view as they are measured, and the page
        # may still be scrolling or laying out a moved picture: a press measured then lands on
        # other words. Measured again after two frames until the box stays put.
        box = self.page.evaluate(WORDS_BOX, words)
        for _ in range(_SETTLE_TRIES):
            if box is None:
                break
            self.page.evaluate(TWO_FRAMES)
            again = self.page.evaluate(WORDS_BOX, words)
            if again == box:
                break
            box = again
        return box


TWO_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
_SETTLE_TRIES = 20


def open_editor(page, url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(url)
    page.wait_for_selector(".story-editor[data-ready='true']")


def save(actions, page, name="_continue"):
    with page.expect_navigation():
        actions.click(page.locator(f"input[name='{name}']"))
    return page.locator(".messagelist .success").count(), page.locator(".errornote, .errorlist").all_inner_texts()


def cursor_at_end_of(page, words):
    """Click just after the last letter of words in the editor (one action, counted by the caller).

    The page can still be moving when the point is measured (a panel closing, a message appearing
    above the editor), so a click that did not put the cursor in that paragraph is measured and
    made again: a person would click again too, and the count stays the caller's one action.
    """
    def click():
        box = page.evaluate(WORDS_BOX, words)
        assert box is not None, f"{words!r} is not in the editor"
        page.mouse.click(box["x2"], box["y2"])

    # The editor takes the selection when the browser reports it, a moment after the click.
    until_editor_shows(page, click, """words => {
        const { selection } = window.storyEditor.state;
        const parent = selection.$from.parent;
        return selection.empty && parent.isTextblock && parent.textContent.includes(words);
    }""", words, failure=f"a click after {words!r} did not put the cursor there")


def until_editor_shows(page, act, condition, words, *, failure, tries=3):
    """Do act (a click, a drag) until the editor's state meets condition; a person would try again too."""
    for _ in range(tries):
        act()
        try:
            page.wait_for_function(condition, arg=words, timeout=2000)
            return
        except Exception as error:  # Playwright's TimeoutError
            if type(error).__name__ != "TimeoutError":
                raise
    raise AssertionError(failure)


def settled(page):
    return page.evaluate("window.__violations"), page.problems


