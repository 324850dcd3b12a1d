"""The story's span in a body of blocks: the page chrome around the story's prose, and repeats.

A paste holds the story and, around it, what the page showed: kickers and menus before it,
rails, comments and footers after it, labels and other stories' titles inside it. These
rules read the blocks' kinds, lengths and places; the only wording they ask about is a
rail's heading ("Read more", "Tags:", "Comments"), and that wording lives in ``notices``.
"""

import re
from itertools import islice

from .notices import is_page_markup, is_rail_heading, is_site_notice
from .text import has_terminal_punctuation


def is_prose_block(block):
    """A paragraph that reads as story prose: a sentence of some length, or a long text."""
    if block.kind != "paragraph" or is_cut_title(block.text):
        return False
    text = block.text
    if len(text) >= 100:
        return True  # (told before the words are counted: a long paragraph is prose)
    words = len(text.split())
    # Scripts written without spaces between words (CJK) count characters instead.
    return words >= 15 or (words >= 2 and has_terminal_punctuation(text)) or (
        len(text) >= 30 and any(ord(char) >= 0x3000 for char in text[:10]))


def is_label_block(block):
    """A subhead, or a short paragraph that ends without a stop: a label, menu or link line."""
    return _is_label(block, is_prose_block(block))


def _is_label(block, prose):
    # is_label_block for a block already known to be prose or not
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
_MENU_ITEM_WORDS = 3
_MENU_RUN = 4


def trim_to_story_span(body, lines=()):
    """The body without the label lines (menus, kickers, footers) outside the story's prose span.

    The span runs from the first prose paragraph to the last; a subhead or a short line
    without a stop before it is page chrome (a section kicker, a menu item, a share label).
    After it, what a label is depends on what the paste holds: a paste that opens on a
    page's menus (more than a few lines before the story's first paragraph) or ends on
    them (more than six menu items after its last) is a whole page, and a label of a few
    words after the story is a footer link; a paste that opens
    at the story is a selection that ends with it, so what follows the last paragraph is
    the story's own (a list, a table, a credit line) unless it is shaped like a menu item,
    or unless it runs on past a rail's heading ("Labels: …", "Older post", "You may also
    like") into more labels than prose: then the page's rails start at that heading.
    On a whole page the story may end before the last prose paragraph (see
    ``whole_page_story_end``): what follows that end is the page's rails, comments and
    footer (other stories' titles and standfirsts, author boxes, legal text), and goes,
    but for Related blocks and the list items that run on right after the story (a
    heading of a line or two may stand over them); a rail's heading between two parts of
    prose ends the story there. Inside the span, a run of four or more labels
    of a few capitalised words each is a menu or tag list. Otherwise prose, Related blocks
    and captions are kept wherever they stand.
    """
    # Each block's shape is read once: the rules below ask it of most blocks more than once.
    is_prose = [is_prose_block(block) for block in body]
    prose = [index for index, flag in enumerate(is_prose) if flag]
    if not prose:
        return body
    is_label = [_is_label(block, flag) for block, flag in zip(body, is_prose)]
    menu_items = [_is_menu_item(block) for block in body]
    first, last = prose[0], prose[-1]
    whole_page = _opens_with_page_chrome(lines, body[first].line) or _ends_with_menus(menu_items, last)
    if whole_page:
        story_end = _story_end(body, is_prose, is_label, _rail_labels(body, is_label))
    else:
        # a paste that opened at the story may still run on into the page's rails
        rails = _rails_start(body, is_prose, is_label, first, _rail_headings_before(body, lines))
        whole_page = rails is not None
        story_end = len(body) if rails is None else rails - 1
    list_end = _list_run_end(body, story_end)
    thread = comment_thread_start(body, first)
    if thread is not None:  # the story and its own list end where the readers' comments start
        story_end, list_end = min(story_end, thread - 1), min(list_end, thread - 1)
    menu = _menu_runs(menu_items)
    story_first = _first_story_prose(body, prose, is_label)

    def kept(index, block):
        if block.kind == "paragraph" and (is_site_notice(block.text) or is_page_markup(block.text)):
            return False
        if index > story_end and block.kind != "related" and not (
                index <= list_end and is_label[index] and _is_list_item(block.text)):
            return False
        if not is_label[index]:
            return True
        if index < story_first or index in menu:
            return False
        return index <= last or not (is_short_label(block) if whole_page else menu_items[index])

    return [block for index, block in enumerate(body) if kept(index, block)]


# A page's header may hold a line that reads as prose ("Enter search keywords. Use the arrow
# keys.") over its menus; a story's first paragraph is not followed by a menu's worth of labels.
_HEADER_MENU_LABELS = 8
_HEADER_PROSE_WORDS = 30
_PUNCTUATION = ".,:;!?\"'()“”‘’"


def _first_story_prose(body, prose, is_label):
    # The first prose block that is not a short line over a run of _HEADER_MENU_LABELS
    # labels or more (the labels of such a run then stand before the story and go).
    for position, index in enumerate(prose[:-1]):
        following = prose[position + 1]
        words = body[index].text.split()
        if len(words) > _HEADER_PROSE_WORDS or not _reads_as_words(words) or _titles_between(
                body, is_label, index + 1, following, _HEADER_MENU_LABELS) < _HEADER_MENU_LABELS:
            return index
    return prose[-1]


def _reads_as_words(words):
    # Three words of letters at least: a formula's pieces shown as lines ("2 a .") are no header.
    return sum(len(word) > 1 and word.strip(_PUNCTUATION).isalpha() for word in words) >= 3


def _titles_between(body, is_label, start, end, enough):
    # How many labels from start to end read as menu items or titles, not as a list's or a
    # formula's rows (counted up to enough: a run may be long).
    count = 0
    for index in range(start, end):
        if is_label[index] and not _is_list_item(body[index].text):
            count += 1
            if count == enough:
                break
    return count


# "34 responses to “Council backs the bridge”", "12 Comments", "Comments (12)", "Leave a Reply":
# the heading of the readers' comments under a story.
_THREAD_HEADING_RE = re.compile(
    r"(\d[\d,]* )?(responses?|comments?|replies|thoughts) (to|on) [“\"‘'].{0,300}"
    r"|\d[\d,]* (comments?|responses|replies)\W*|comments? \(\d[\d,]*\)\W*|leave a (reply|comment)\W*"
    r"|(join|start) the (discussion|conversation)\W*", re.IGNORECASE)
# What a heading can open with: a count, or the first letter of one of its words.
_THREAD_HEADING_FIRST = frozenset("0123456789CcRrTtLlJjSs")
# "jo_li says:": a commenter's name over each comment ("Ana wrote:" may introduce a quotation
# in a post, so only the present tense of a comment form counts).
_COMMENTER_RE = re.compile(r"\S{1,40}( \S{1,40}){0,3} says:?")
_COMMENTERS = 3


def comment_thread_start(body, first):
    """Index of the block that opens the readers' comments after the story, or None.

    A thread opens on its heading, or on the first of three or more blocks that name a
    commenter over a comment ("jo_li says:"); what follows is other people's writing.
    Only a heading after the story's first prose counts: a paste may open on a page's
    comment counter.
    """
    commenters = []
    for index in range(first + 1, len(body)):
        text = body[index].text
        if len(text) > 300 or body[index].kind not in ("paragraph", "subhead"):
            continue
        if text[:1] in _THREAD_HEADING_FIRST and _THREAD_HEADING_RE.fullmatch(text):
            return index
        if text.endswith((" says:", " says")) and _COMMENTER_RE.fullmatch(text):
            commenters.append(index)
            if len(commenters) == _COMMENTERS:
                return commenters[0]
    return None


# Two titles or labels in a row part a page's story from a rail;
# a part holding less than a fifth of the story's prose words after it is no longer the story.
_PARTING_LABELS = 2
_STORY_PART_SHARE = 0.2
_RAIL_STORY_SHARE = 0.5


def whole_page_story_end(body):
    """Index of the story's last prose block on a whole page, before the rails and comments after it.

    The prose blocks fall into parts, parted by two or more labels in a row that are not
    list items (and not the heading of a table whose rows follow); the story's main part
    holds the most prose words. The story runs on through the parts after it
    while the next one, or the one after that (a short aside between two of the story's
    sections), holds at least a fifth of the main part's words: a rail of titles with
    standfirsts, a comment thread or an author box after the story is smaller; and never
    past a rail's heading ("Read these next", "About the author") between two parts.
    """
    is_prose = [is_prose_block(block) for block in body]
    is_label = [_is_label(block, flag) for block, flag in zip(body, is_prose)]
    return _story_end(body, is_prose, is_label, _rail_labels(body, is_label))


def _rail_labels(body, is_label):
    # Whether each block is a label that heads a rail. (A heading that an earlier rule took
    # for page furniture is not in the body: such widget lines stand inside stories too.)
    return [flag and is_rail_heading(block.text) for block, flag in zip(body, is_label)]


def _rail_headings_before(body, lines):
    # For each block, whether a rail's heading stands between it and the block before:
    # the block itself, or a line of the paste that is not in the body.
    flags, previous = [], 0
    for block in body:
        gap = lines[previous:max(previous, block.line - 1)]
        flags.append(is_rail_heading(block.text) if block.kind != "image" else False)
        if not flags[-1]:
            flags[-1] = any(line and is_rail_heading(line) for line in gap)
        previous = max(previous, block.line)
    return flags


def _story_end(body, is_prose, is_label, rail_before):
    # whole_page_story_end, with each block's shape already read
    parts, current, run, longest, rows = [], [], 0, 0, 0
    rail_after, heading = [], False  # whether a rail's heading follows each part
    for index, block in enumerate(body):
        heading = heading or rail_before[index]
        if is_prose[index]:
            # two labels in a row part the story, unless rows follow them: a table's heading
            if (heading or (longest >= _PARTING_LABELS and rows < _PARTING_LABELS)) and current:
                parts.append(current)
                rail_after.append(heading)
                current = []
            run = longest = rows = 0
            heading = False
            current.append(index)
        elif is_label[index]:
            if _is_list_item(block.text):
                run, rows = 0, rows + 1
            else:
                run, rows = run + 1, 0
                longest = max(longest, run)
    if current:
        parts.append(current)
        rail_after.append(heading)
    if not parts:
        return len(body)
    opens_rail = [False] + rail_after[:-1]
    words = [sum(len(body[index].text.split()) for index in part) for part in parts]
    main = max(range(len(parts)), key=words.__getitem__)
    # A rail under its heading may hold more words than the story above it (other stories'
    # titles with their standfirsts): the story is then the longest part before the first
    # rail's heading, unless that part is much the shorter.
    rail = next((index for index, flag in enumerate(opens_rail) if flag), None)
    if rail is not None and rail <= main:
        before = max(range(rail), key=words.__getitem__)
        if words[before] >= _RAIL_STORY_SHARE * words[main]:
            main = before
    end, enough = main, _STORY_PART_SHARE * words[main]
    # The story runs on until a heading such as "Read more" or "Comments" stands between two parts.
    while True:
        if end + 1 < len(parts) and not opens_rail[end + 1] and words[end + 1] >= enough:
            end += 1
        elif end + 2 < len(parts) and not (opens_rail[end + 1] or opens_rail[end + 2]) and words[end + 2] >= enough:
            end += 2
        else:
            return parts[end][-1]


def _list_run_end(body, story_end):
    # The story's own list runs on right after its last paragraph ("June 9 -- Tampa",
    # "1) Lego set"); the first block of another kind ends it, and list-shaped lines after
    # that ("3 ways to save", "Tel.: +1 555 0100") are the page's rails and footer.
    index = story_end + 1
    while index < len(body) and (_is_row(body[index]) or (
            index + 1 < len(body) and is_label_block(body[index]) and _is_row(body[index + 1])) or (
            index + 2 < len(body) and is_label_block(body[index]) and is_label_block(body[index + 1])
            and _is_row(body[index + 2]))):
        index += 1  # a row, or a heading of a line or two over rows ("Tickets" over "Adults: $5")
    return index - 1


def _is_row(block):
    return block.kind in ("image", "related") or (is_label_block(block) and _is_list_item(block.text))


def _is_list_item(text):
    # "June 9 -- Amphitheatre, Tampa", "What you need:", "- Glass jar", "iPhone 11": an item
    # of the story's own list or table carries a figure, ends in a colon or starts with a
    # mark or a lowercase letter; a title or a menu item does none of these.
    # A rail's heading ("Tags:", "No comments:") is none of these.
    return (text.endswith(":") or not text[0].isalpha() or text[0].islower() or any(map(str.isdigit, text))) and (
        not is_rail_heading(text))


# A selection starts at the headline, with a kicker, byline, date or caption between it
# and the story; a whole-page copy starts with the site's menus.
_SELECTION_LEAD_LINES = 6


def _opens_with_page_chrome(lines, first_prose_line):
    # More than _SELECTION_LEAD_LINES lines that are not blank before the story's first
    # paragraph (counted without a step per blank line: a paste may open with a great many)
    before = filter(None, lines[:first_prose_line - 1])
    return next(islice(before, _SELECTION_LEAD_LINES, None), None) is not None


# A selection ends with the story; a page's footer after it is a long list of menu items.
_FOOTER_MENU_ITEMS = 6


def _ends_with_menus(menu_items, last):
    # More menu items after the story's last prose paragraph than a story's own list of
    # names would hold: the paste runs on into the page's footer, so it is a whole page
    # even when it opened with few lines of chrome before the story.
    return sum(menu_items[last + 1:]) > _FOOTER_MENU_ITEMS


# A page's rails after the story are mostly titles and labels; a story's own sections after
# a subhead such as "Read more" alternate headings and prose.
_RAIL_LABELS = 8


def _rails_start(body, is_prose, is_label, first, rail_before):
    # The first block after the story's first paragraph with a rail's heading ("Labels:
    # FPGA", "Older post", "You may also like") before it or as it, and from there on more
    # labels than prose, at least _RAIL_LABELS labels, and fewer prose words than before it
    # (the story stands before its rails): the paste runs on there into the page's rails.
    # None when there is none.
    words = [len(block.text.split()) if flag else 0 for block, flag in zip(body, is_prose)]
    before = sum(words)
    labels, prose, after, start = 0, 0, 0, None
    for index in range(len(body) - 1, first, -1):
        before -= words[index]
        if is_prose[index]:
            prose, after = prose + 1, after + words[index]
        elif is_label[index]:
            labels += 1
        if rail_before[index] and labels >= _RAIL_LABELS and labels > prose and after < before and (
                sum(is_label[index:index + 3]) >= 2):
            start = index
    return start


def _menu_runs(menu_items):
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


def _is_menu_item(block):
    # "Business", "Gaming & Culture", "Sign in": a subhead or paragraph of a few capitalised
    # words, no figures (a table's cells and a list's items carry figures or lowercase words).
    if block.kind not in ("subhead", "paragraph"):
        return False
    words = block.text.split(None, _MENU_ITEM_WORDS)  # (the words of a longer text are not needed)
    if len(words) > _MENU_ITEM_WORDS:
        return False
    for word in words:
        if word[0].isalpha() and not word[0].isupper():
            return False
    return not any(map(str.isdigit, block.text))


def is_short_label(block):
    # After the story a list may still run on ("1) Lego set …", "Path A: …"); a footer's
    # links and labels are a few words each.
    return len(block.text.split()) <= _SHORT_LABEL_WORDS


# A line this long repeated word for word is a gallery's caption or a rail's title shown
# twice; shorter ones ("Summary", "Q:") recur in a story's own layout.
_REPEAT_WORDS = 4


# A teaser card repeats its title: "Five ways to save Five ways to save Five ways to save …".
_CARD_TITLE_WORDS = (4, 20)
_CARD_WORDS = 120


def opens_with_a_repeat(text):
    """True when the text opens with a run of four to twenty words said twice in a row.

    A story never repeats a phrase back to back; a teaser card's title copied from its
    image's label, its link and its heading does.
    """
    if len(text) < 40 or text.find(text[:16], 16) == -1:
        return False  # four words said twice take forty characters; the title's start recurs
    words = text.split(None, _CARD_WORDS)
    # a card is short, and its title starts with a capital
    if len(words) > _CARD_WORDS or not words[0][0].isupper():
        return False
    for size in range(_CARD_TITLE_WORDS[0], min(_CARD_TITLE_WORDS[1], len(words) // 2) + 1):
        # a title holds no sentence end ("Yes. Yes. Yes. Yes." is no card)
        if has_terminal_punctuation(words[size - 1]) or has_terminal_punctuation(words[0]):
            continue
        if words[:size] == words[size:2 * size] and not any(has_terminal_punctuation(w) for w in words[:size - 1]):
            return True
    return False


def drop_repeated_blocks(body):
    """The body without the second and later copies of a paragraph or subhead of four words or
    more, and without teaser cards that open by repeating their title.

    A story does not repeat its paragraphs; a page does: a carousel shows each caption twice,
    a rail repeats its titles for small screens. The first copy stays, so no text is lost.
    """
    seen, kept = set(), []
    for block in body:
        if block.kind in ("paragraph", "subhead"):
            text = block.text
            if opens_with_a_repeat(text):
                continue
            if len(text.split(None, _REPEAT_WORDS)) >= _REPEAT_WORDS:
                if text in seen:
                    continue
                seen.add(text)
        kept.append(block)
    return kept
