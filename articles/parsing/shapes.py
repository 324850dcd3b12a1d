"""What a body block is shaped like, for the rules on the story's span: prose, a label, a menu
item, a list's row, another story's title cut to fit its box, a menu run into one line; and
how many words a text weighs.

A paste keeps few marks of a page's layout, but a block's kind, length, stop and capitals
say much: story prose is written in sentences, a page's menus and labels in a few words.
"""

import re

from .notices import is_rail_heading
from .text import has_terminal_punctuation
from .words import STOPWORDS


def is_prose_block(block):
    """A paragraph that reads as story prose: a sentence of some length, or a long text."""
    if block.kind != "paragraph" or is_cut_title(block.text):
        return False
    text = block.text
    if len(text) >= 100:
        return True  # (told before the words are counted: a long paragraph is prose)
    words = word_count(text)
    # (a long line of a script written without spaces reads as prose even without its stop)
    return words >= 15 or (words >= 2 and has_terminal_punctuation(text)) or (
        len(text) >= 30 and any(ord(char) >= 0x3000 for char in text[:10]))


# Han characters, kana, Thai, Lao, Burmese and Khmer: scripts written without spaces between
# words, where a word is a few characters. (Hangul is written with spaces and counts by them.)
_UNSPACED_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_CHARS_PER_WORD = 2


def is_written_without_spaces(text):
    """Whether text holds a script written without spaces between its words (Chinese, Thai)."""
    return not text.isascii() and _UNSPACED_RE.search(text) is not None


def word_count(text):
    """The words of a text, for weighing parts of a paste against one another: the words
    between spaces, and one more for every two characters of a script written without
    spaces (a Chinese paragraph is one or two words between spaces, but holds dozens)."""
    words = len(text.split())
    if text.isascii():
        return words
    return words + len(_UNSPACED_RE.findall(text)) // _UNSPACED_CHARS_PER_WORD


def is_label_block(block):
    """A subhead, or a short paragraph that ends without a stop: a label, menu or link line."""
    return reads_as_label(block, is_prose_block(block))


def reads_as_label(block, prose):
    """``is_label_block`` for a block already known to be prose (``prose``) or not."""
    return block.kind == "subhead" or (block.kind == "paragraph" and not prose and (
        not has_terminal_punctuation(block.text) or is_cut_title(block.text)))


# A teaser's title cut to fit its box: "Council backs the bridge, but..", "Ten ways to save on…".
_CUT_TITLE_CHARS = 120


def is_cut_title(text):
    """A short line that the page cut off with two dots or an ellipsis: another story's title.

    A sentence that trails off ends on three dots ("He paused...") and stays prose.
    """
    return len(text) < _CUT_TITLE_CHARS and (text.endswith("…") or (text.endswith("..") and not text.endswith("...")))


_SHORT_LABEL_WORDS = 5
MENU_ITEM_WORDS = 3
_MENU_RUN = 4


def is_row(block):
    """A block of a story's own list or table: a picture, a Related block, or a label shaped as a list item."""
    return block.kind in ("image", "related") or (is_label_block(block) and is_list_item(block.text))


def is_list_item(text):
    """A label shaped as an item of the story's own list or table, not as a title or a menu item.

    "June 9 -- Amphitheatre, Tampa", "What you need:", "- Glass jar", "iPhone 11": such an
    item carries a figure, ends in a colon or starts with a mark or a lowercase letter; a
    title, a menu item and a rail's heading ("Tags:", "No comments:") do none of these.
    """
    return (text.endswith(":") or not text[0].isalpha() or text[0].islower() or any(map(str.isdigit, text))) and (
        not is_rail_heading(text))


def menu_runs(menu_items):
    """Indexes of blocks in runs of four or more menu items: a story's subheads stand alone."""
    found, run = set(), []
    for index, item in enumerate([*menu_items, False]):
        if item:
            run.append(index)
        elif run:
            if len(run) >= _MENU_RUN:
                found.update(run)
            run = []
    return found


def is_menu_item(block):
    """A subhead or paragraph of a few capitalised words and no figures: "Business", "Sign in".

    A table's cells and a list's items carry figures or lowercase words. A blog's list of
    categories counts the posts in each: "Travel (1465)".
    """
    if block.kind not in ("subhead", "paragraph"):
        return False
    text = block.text
    if text.endswith(")"):
        text = _POST_COUNT_RE.sub("", text)
    words = text.split(None, MENU_ITEM_WORDS)  # (the words of a longer text are not needed)
    if len(words) > MENU_ITEM_WORDS:
        return False
    for word in words:
        if word[0].isalpha() and not word[0].isupper():
            return False
    return not any(map(str.isdigit, text))


_POST_COUNT_RE = re.compile(r" \(\d[\d,.]*\)$")


def is_short_label(block):
    """A label of five words or fewer: a footer's link, where a story's list after it runs longer."""
    return len(block.text.split()) <= _SHORT_LABEL_WORDS


# A live blog's entry: its time on a line of its own ("15:42", "2.05pm"), then its heading.
_ENTRY_TIME_RE = re.compile(r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?", re.IGNORECASE)


def first_entry_heading(body, gaps, first):
    """{the index of a live blog's first entry heading} when a subhead right over the story's first
    prose (``first``) and another after it each stand under an entry's time (``gaps``: the lines
    taken out before each block); else an empty set. Over the first paragraph, a kicker stands
    where the first entry's heading does, and only the entries after it tell them apart."""
    def timed(index):
        return body[index].kind == "subhead" and bool(gaps[index]) and _ENTRY_TIME_RE.fullmatch(gaps[index][-1])

    if first and timed(first - 1) and any(timed(index) for index in range(first + 1, len(body))):
        return {first - 1}
    return set()


# A page's menus or tag cloud run together into one long line ("Home News Business Ascom
# announces", "agpl android apache apple"): no stop or comma anywhere, where a story's first
# paragraph holds at least one.
_MARK_RE = re.compile(r"[.,;:!?…。，、；：！？]")


def word_lists(body, prose, headline=None):
    """How many of the first prose blocks (indexes ``prose``; the last one stays) are a page's
    menus or tags run together into a line: they hold no punctuation mark. A standfirst written
    without a stop right under the headline (line index ``headline``: "Riders say the rise will
    hit the island hardest as …") is a sentence: it holds the small words a menu does not."""
    count = 0
    while count < len(prose) - 1 and not _MARK_RE.search(body[prose[count]].text) \
            and not is_unstopped_standfirst(body[prose[count]], headline):
        count += 1
    return count


_SENTENCE_SMALL_WORDS = 3


def is_unstopped_standfirst(block, headline):
    """A line right under the headline that holds the small words of a sentence, stop or none:
    its standfirst ("What the closure means for the island, and who pays")."""
    return headline is not None and block.line == headline + 2 \
        and sum(word.lower() in STOPWORDS for word in block.text.split()) >= _SENTENCE_SMALL_WORDS
