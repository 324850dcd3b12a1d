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
    words = word_count(text)
    # (a long line of a script written without spaces reads as prose even without its stop)
    return words >= 15 or (words >= 2 and has_terminal_punctuation(text)) or (
        len(text) >= 30 and any(ord(char) >= 0x3000 for char in text[:10]))


# Han characters and kana: scripts written without spaces between words, where a word is
# about two characters. (Hangul is written with spaces and counts by them.)
_UNSPACED_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_CHARS_PER_WORD = 2


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


def trim_to_story_span(body, lines=(), *, headline=None):
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
    prose ends the story there. The readers' comments (see ``comment_thread_start``) and
    the authors' boxes (see ``author_boxes``) after the story go on any paste. Inside the
    span, a run of four or more labels of a few capitalised words each is a menu or tag list, and
    other stories' titles go: in runs, in capitals, among Related blocks, or as subheads between
    the last paragraph and a closing line. Otherwise prose, Related blocks and captions are kept
    wherever they stand.
    """
    # Each block's shape is read once: the rules below ask it of most blocks more than once.
    is_prose = [is_prose_block(block) for block in body]
    prose, opening = _story_prose(body, is_prose, headline)
    if not prose:
        return body
    is_label = [_is_label(block, flag) for block, flag in zip(body, is_prose)]
    menu_items = [_is_menu_item(block) for block in body]
    first, last = prose[0], prose[-1]
    whole_page = _opens_with_page_chrome(lines, body[first].line) or _ends_with_menus(body, is_prose, menu_items)
    if whole_page:
        story_end = _story_end(body, is_prose, is_label, _rail_labels(body, is_label), headline)
    else:
        # a paste that opened at the story may still run on into the page's rails
        rails = _rails_start(body, is_prose, is_label, first, _rail_headings_before(body, lines))
        whole_page = rails is not None
        story_end = len(body) if rails is None else rails - 1
    list_end = _list_run_end(body, story_end)
    thread = comment_thread_start(body, first)
    if thread is not None:  # the story and its own list end where the readers' comments start
        story_end, list_end = min(story_end, thread - 1), min(list_end, thread - 1)
    boxes = author_boxes(body, is_prose, first)
    menu = _menu_runs(menu_items)
    story_first = _first_story_prose(body, prose, is_label)
    # other stories' titles set into the story go like a menu
    teasers = _teaser_runs(body, is_prose, is_label, first, last) | (
        _capitals_teasers(body, is_prose, is_label, first, last)) | (
        _closing_teasers(body, is_prose, last)) | _related_rail_titles(body, is_prose, is_label, first)

    def kept(index, block):
        if index in boxes:
            return False
        if block.kind == "paragraph" and (is_site_notice(block.text) or is_page_markup(block.text)):
            return False
        if index > story_end and block.kind != "related" and not (
                index <= list_end and is_label[index] and _is_list_item(block.text)):
            return False
        if index < opening and block.kind in ("paragraph", "subhead"):
            return False
        if not is_label[index]:
            return True
        if index < story_first or index in menu or index in teasers:
            return False
        return index <= last or not (is_short_label(block) if whole_page else menu_items[index])

    return [block for index, block in enumerate(body) if kept(index, block)]


# A line or two of prose above the headline is a site's motto or a teaser, not the story;
# so is any prose there that holds a small share of the words below the headline (a page's
# header, other stories' standfirsts): a story is longer than what a page shows above it.
_ABOVE_HEADLINE_BLOCKS = 2
_ABOVE_HEADLINE_WORDS = 30
_ABOVE_HEADLINE_SHARE = 4


def _story_prose(body, is_prose, headline):
    # The indexes of the story's prose blocks (see _below_headline and _word_lists), and the
    # index of the first block that may be the story's: the page's lines above it go.
    prose, opening = _below_headline(body, [index for index, flag in enumerate(is_prose) if flag], headline)
    lists = _word_lists(body, prose)
    if lists:
        return prose[lists:], max(opening, prose[lists - 1] + 1)
    return prose, opening


def _below_headline(body, prose, headline):
    # The prose blocks without the ones above the headline (``headline``: its line's index)
    # when the story's prose follows it, and the index of the first block below the headline
    # when they went (else 0). More prose above the headline means the headline was read
    # inside the story, and then all of it counts.
    if headline is None:
        return prose, 0
    above = [index for index in prose if body[index].line <= headline + 1]
    if not above or len(above) == len(prose):
        return prose, 0
    words = [word_count(body[index].text) for index in prose]
    short = len(above) <= _ABOVE_HEADLINE_BLOCKS and max(words[:len(above)]) <= _ABOVE_HEADLINE_WORDS
    if short or _ABOVE_HEADLINE_SHARE * sum(words[:len(above)]) <= sum(words[len(above):]):
        opening = next(index for index in range(above[-1], len(body)) if body[index].line > headline + 1)
        return prose[len(above):], opening
    return prose, 0


# A page's menus or tag cloud run together into one long line ("Home News Business Ascom
# announces", "agpl android apache apple"): no stop or comma anywhere, where a story's first
# paragraph holds at least one.
_MARK_RE = re.compile(r"[.,;:!?…。，、；：！？]")


def _word_lists(body, prose):
    # How many of the first prose blocks hold no punctuation mark (the last prose block stays).
    count = 0
    while count < len(prose) - 1 and not _MARK_RE.search(body[prose[count]].text):
        count += 1
    return count


# A page's header may hold lines that read as prose ("Enter search keywords. Use the arrow
# keys.", a teaser's question) over its menus; a story's first paragraph is not followed by a
# menu's worth of labels. A story's table or fact box under its opening line is mostly rows.
_HEADER_MENU_LABELS = 8
_HEADER_PROSE_WORDS = 30
_HEADER_SHARE = 2
_MENU_ROW_SHARE = 2
_PUNCTUATION = ".,:;!?\"'()“”‘’"


def _first_story_prose(body, prose, is_label):
    # The first prose block after the page's header: a series of short lines that read as
    # words, holding at most half as many words as the prose after them, the last of the
    # header's lines standing over a run of labels that reads as a menu (see _is_menu_run).
    # The labels of such runs then stand before the story and go; the short lines between two
    # runs (a search box's hint, a teaser's question) are the header's too.
    words = [word_count(body[index].text) for index in prose]
    total = sum(words)
    before, first = 0, prose[0]
    for position, index in enumerate(prose[:-1]):
        before += words[position]
        # (a line's length is told by the words between its spaces: a header's list of the
        # page's languages names each in its own script)
        tokens = body[index].text.split()
        if len(tokens) > _HEADER_PROSE_WORDS or not _reads_as_words(tokens) or (
                _HEADER_SHARE * before > total - before):
            break
        if _is_menu_run(body, is_label, index + 1, prose[position + 1]):
            first = prose[position + 1]
    return first


def _reads_as_words(words):
    # Three words of letters at least: a formula's pieces shown as lines ("2 a .") are no header.
    return sum(len(word) > 1 and word.strip(_PUNCTUATION).isalpha() for word in words) >= 3


def _is_menu_run(body, is_label, start, end):
    # Whether the labels from start to end hold _HEADER_MENU_LABELS or more that read as menu
    # items or titles, and fewer than half as many rows of a list, a table or a formula.
    titles = rows = 0
    for index in range(start, end):
        if is_label[index]:
            if _is_list_item(body[index].text):
                rows += 1
            else:
                titles += 1
    return titles >= _HEADER_MENU_LABELS and _MENU_ROW_SHARE * rows < titles


# "34 responses to “Council backs the bridge”", "12 Comments", "Comments (12)", "Leave a Reply":
# the heading of the readers' comments under a story.
_THREAD_HEADING_RE = re.compile(
    r"(\d[\d,]* )?(responses?|comments?|replies|thoughts) (to|on) [“\"‘'].{0,300}"
    r"|((there (are|is) )?(\d[\d,]*|one) (comments?|responses?|replies)|comments? \(\d[\d,]*\))\W*"
    r"|leave a (reply|comment)\W*|(join|start) the (discussion|conversation)\W*", re.IGNORECASE)
# What a heading can open with: a count, or the first letter of one of its words.
_THREAD_HEADING_FIRST = frozenset("0123456789CcRrTtLlJjSsOo")
# "jo_li says:": a commenter's name over each comment ("Ana wrote:" may introduce a quotation
# in a post, so only the present tense of a comment form counts).
_COMMENTER_RE = re.compile(r"\S{1,40}( \S{1,40}){0,3} says:?")
_COMMENTERS = 3
# A comment's stamp: its date and time ("March 10, 2017 at 12:20 AM", "10 March 2017, 12:20",
# "2017/03/10 12:20"), or how long ago it was posted and at what time ("2 days ago at 07:52 am").
_CLOCK = r"\d{1,2}:\d{2}(:\d{2})?( ?[ap]\.?m\.?)?"
_DATE = (r"([A-Z][a-z]{2,9}\.? \d{1,2}(st|nd|rd|th)?|\d{1,2}(st|nd|rd|th)?\.? [A-Z][a-z]{2,9}\.?),? \d{4}"
         r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
_STAMP = rf"({_DATE}),?( at| @| -| –| —)? {_CLOCK}"
# "Ana Lima on March 10, 2017 at 12:20 am said:", "Ana Lima wrote on March 10, 2017 at 12:20:":
# a commenter's name, the comment's stamp and a verb of saying; one such line opens a thread.
_DATED_COMMENTER_RE = re.compile(
    rf"\S.{{0,80}}? (on ({_STAMP}) (said|says|wrote)|wrote on ({_STAMP})):", re.IGNORECASE)
_AGO_STAMP_RE = re.compile(
    rf"(\S.{{0,60}} )?\d{{1,2}} (minute|hour|day|week|month|year)s? ago,?( at)? {_CLOCK}", re.IGNORECASE)


def comment_thread_start(body, first):
    """Index of the block that opens the readers' comments after the story, or None.

    A thread opens on its heading ("12 Comments", "There are 12 comments"), on a commenter's
    name with the comment's date, time and a verb of saying ("Ana Lima on March 10, 2017 at
    12:20 am said:"), or on the first of three or more blocks that name a commenter over a
    comment ("jo_li says:") or stamp one with how long ago and at what time it was posted
    ("2 days ago at 07:52 am"); what follows is other people's writing. A live blog's
    entries are stamped with their time, or with a date and time, but not said by a name.
    Only a heading after the story's first prose counts: a paste may open on a page's
    comment counter.
    """
    commenters, ago = [], []
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
        if text.endswith(":") and _DATED_COMMENTER_RE.fullmatch(text):
            return index
        elif _AGO_STAMP_RE.fullmatch(text):
            ago.append(index)
            if len(ago) == _COMMENTERS:
                return ago[0]
    return None


# An author's box: the name on a line of its own over a short bio that opens with it.
_BOX_NAME_WORDS = (2, 4)
_BOX_BIO_WORDS = 80
# A box's heading may say "About" before the name, in the page's language.
_ABOUT_NAME_RE = re.compile(r"(?:About|Über|Sobre|Acerca de|À propos de|Su|Over) (.+)")
_BOX_NAME_WITHIN = 120
# More boxes in a row than a story has authors are a list of people in the story.
_CO_AUTHORS = 2


def author_boxes(body, is_prose, first):
    """Indexes of the blocks of the authors' boxes after the story: each name and its bio.

    A box is a line of two to four capitalised words ("Ana Lima") over a short paragraph
    that opens with that name ("Ana Lima is a reporter for …"), with no prose right after
    it; the first box stands where more of the story's prose words are above it than
    below, and a co-author's box may follow it. Only the first name over such a paragraph
    counts: when it stands higher up, or when three or more follow one another, the story
    is a list of people, each named over a paragraph on them, and none is a box. A box
    headed "About Ana Lima" ("Über …", "Sobre …") over a bio that names her early on says
    what it is, and goes wherever it stands after the story's first paragraph. What
    follows the boxes is left to the rules on the story's end: a credit line ("Tom Reyes
    contributed") may stand under them.
    """
    words = [word_count(block.text) if flag else 0 for block, flag in zip(body, is_prose)]
    before = sum(words[:first + 1])
    after = sum(words) - before
    for index in range(first + 1, len(body) - 1):
        before, after = before + words[index], after - words[index]
        if _is_box(body, is_prose, index):
            if after - words[index + 1] >= before and not _ABOUT_NAME_RE.fullmatch(body[index].text):
                return set()  # (a box headed "About …" says what it is wherever it stands)
            boxes = set()
            while index + 1 < len(body) and _is_box(body, is_prose, index):
                boxes.update((index, index + 1))
                index += 2
            return boxes if len(boxes) <= 2 * _CO_AUTHORS else set()
    return set()


def _is_box(body, is_prose, index):
    # A name over a short bio that opens with it, with no prose right after the bio.
    if index + 1 >= len(body) or is_prose[index] or not is_prose[index + 1] or (
            index + 2 < len(body) and is_prose[index + 2]):
        return False
    name, bio = body[index].text, body[index + 1].text
    if word_count(bio) > _BOX_BIO_WORDS:
        return False
    # "About Ana Lima" over a bio that names her early on ("A reporter since 2010, Ana Lima …")
    about = _ABOUT_NAME_RE.fullmatch(name)
    if about is not None and _is_name_line(about.group(1)) and about.group(1) in bio[:_BOX_NAME_WITHIN]:
        return True
    return _is_name_line(name) and bio.startswith(name + " ")


def _is_name_line(text):
    # Two to four words, each opening with a capital and holding no figure: a name, not a title.
    words = text.split()
    return _BOX_NAME_WORDS[0] <= len(words) <= _BOX_NAME_WORDS[1] and all(
        word[:1].isupper() and word.replace("-", "").replace(".", "").replace("'", "").isalpha() for word in words)


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


def _story_end(body, is_prose, is_label, rail_before, headline=None):
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
    words = [sum(word_count(body[index].text) for index in part) for part in parts]
    main = max(range(len(parts)), key=words.__getitem__)
    # A rail under its heading may hold more words than the story above it (other stories'
    # titles with their standfirsts): the story is then the longest part between the headline
    # and the first rail's heading, unless that part is much the shorter. (Without a headline
    # the heading may stand above the story, over a rail of teasers before it.)
    rail = next((index for index, flag in enumerate(opens_rail) if flag), None)
    if headline is not None and rail is not None and rail <= main:
        before = max(range(rail), key=words.__getitem__)
        if words[before] >= _RAIL_STORY_SHARE * words[main] and body[parts[before][0]].line > headline + 1:
            main = before
    end, enough = main, _STORY_PART_SHARE * words[main]
        # A box of links set into the story ("Related articles" over two titles or more) stands
    # before more of the story's paragraphs, one after another; a rail's titles each stand
    # over their standfirst, and comments under their writers' names.
    inset = [opens_rail[number] and _runs_on(body, part) and sum(
        is_label[parts[number - 1][-1] + 1:part[0]]) > _INSET_LINKS for number, part in enumerate(parts)]
    # The story runs on until a heading such as "Read more" or "Comments" stands between two parts.
    while True:
        if end + 1 < len(parts) and words[end + 1] >= enough and (not opens_rail[end + 1] or inset[end + 1]):
            end += 1
        elif end + 2 < len(parts) and not (opens_rail[end + 1] or opens_rail[end + 2]) and words[end + 2] >= enough:
            end += 2
        else:
            return parts[end][-1]


# Paragraphs in a row, with no line between them but pictures: the story's own text.
_INSET_RUN = 3
_INSET_LINKS = 2


def _runs_on(body, part):
    # Whether the part's prose blocks, _INSET_RUN of them or more, follow one another with
    # nothing but pictures between them.
    return len(part) >= _INSET_RUN and all(
        body[index].kind == "image" for before, after in zip(part, part[1:]) for index in range(before + 1, after))


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


def _ends_with_menus(body, is_prose, menu_items):
    # More menu items after the story's last prose paragraph than a story's own list of
    # names would hold: the paste runs on into the page's footer, so it is a whole page
    # even when it opened with few lines of chrome before the story. A footer's slogan
    # ("Try our other games!") reads as prose among its menus, so the count runs on over
    # short prose lines back to the story's own paragraphs; a footer's links may join two
    # names ("Ana Lima on Twitter", "News for Kids").
    items = 0
    for index in range(len(body) - 1, -1, -1):
        if is_prose[index]:
            if not is_short_label(body[index]):
                break
        elif menu_items[index] or _is_link_name(body[index]):
            items += 1
    return items > _FOOTER_MENU_ITEMS


# "on", "for", "of": the short lowercase words a footer's link puts between two names.
_LINK_JOINERS = frozenset(("on", "of", "for", "and", "at", "in", "to", "the", "by", "&"))


def _is_link_name(block):
    # A subhead or paragraph of two names joined by a short lowercase word ("Ana Lima on
    # Twitter"): capitalised words first and last, no figures.
    if block.kind not in ("subhead", "paragraph"):
        return False
    words = block.text.split(None, _MENU_ITEM_WORDS + 1)
    if not 3 <= len(words) <= _MENU_ITEM_WORDS + 1 or any(map(str.isdigit, block.text)):
        return False
    return all(word[0].isupper() if position in (0, len(words) - 1) else (
        word[0].isupper() or word in _LINK_JOINERS) for position, word in enumerate(words))


# A page's rails after the story are mostly titles and labels; a story's own sections after
# a subhead such as "Read more" alternate headings and prose.
_RAIL_LABELS = 8


def _rails_start(body, is_prose, is_label, first, rail_before):
    # The first block after the story's first paragraph with a rail's heading ("Labels:
    # FPGA", "Older post", "You may also like") before it or as it, and from there on more
    # labels than prose, at least _RAIL_LABELS labels, and fewer prose words than before it
    # (the story stands before its rails): the paste runs on there into the page's rails.
    # None when there is none.
    words = [word_count(block.text) if flag else 0 for block, flag in zip(body, is_prose)]
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


# Other stories' titles shown inside the story: "Moon Rush: Private Lunar Lander Plans" over
# "Here's Where Commercial Landers Will Land". A title runs to a few words more than most
# subheads and to fewer than a sentence of prose; a lead-in ends with a colon or trails off.
_TITLE_WORDS = (5, 16)
_TITLE_CHARS = 120
_LEAD_IN_ENDS = (":", "…", "...")
_TEASER_RUN = 2
# A list's heading is a few words ("Lack of mentorship" over its items); a paragraph that
# takes up a subhead's topic shares a third or more of its words.
_LIST_HEADING_WORDS = 4
_FOLLOWING_PARAGRAPHS = 2
_FOLLOWING_SPAN = 6
_SUBHEAD_SHARE = 3
_PARAGRAPH_WORDS = 8
_WORD_RE = re.compile(r"\w+")
_STEM = 5


def _is_title_line(text):
    # A line shaped like a headline: a capital (after an opening quote), a title's length,
    # no lead-in end.
    words = len(text.split(None, _TITLE_WORDS[1]))
    return (_TITLE_WORDS[0] <= words <= _TITLE_WORDS[1] and len(text) <= _TITLE_CHARS
            and not text.endswith(_LEAD_IN_ENDS) and text.lstrip("'‘\"“")[:1].isupper())


def _topic_words(text):
    # The words of four letters or more, by their first five letters ("landers" and "lander"
    # are one topic), so that a subhead and the paragraph under it can be compared.
    return {word.lower()[:_STEM] for word in _WORD_RE.findall(text) if len(word) >= 4 and not word.isdigit()}


def _teaser_runs(body, is_prose, is_label, first, last):
    """Indexes of other stories' titles standing two or more in a row inside the story's span.

    A story's subhead stands alone over paragraphs on its topic; a list under a subhead or a
    lead-in ("Here are the five:") has items that often open alike. A rail of other
    stories' titles set into the story comes as two or more headline-shaped lines in a
    row, each opening differently, with at most one other line before them (a capitalised
    heading such as "Related Coverage" goes with them), and the paragraphs after them
    take up none of their topics.
    """
    found, run = set(), []
    for index in range(first + 1, last + 1):
        block = body[index]
        if block.kind == "image":
            continue  # a rail's thumbnails stand between its titles
        if is_label[index] and block.kind in ("subhead", "paragraph"):
            run.append(index)
            continue
        if run and is_prose[index]:
            found.update(_rail_titles(body, is_prose, run, index))
        run = []
    return found


def _rail_titles(body, is_prose, run, after):
    # The titles at the end of a run of labels that stands before the paragraph at `after`,
    # or nothing when the run reads as the story's own heading and list.
    start = len(run)
    while start and _is_title_line(body[run[start - 1]].text):
        start -= 1
    titles = run[start:]
    if len(titles) < _TEASER_RUN or start > 1:
        return ()
    if start:
        heading = body[run[0]]
        if _is_menu_item(heading):
            titles = run
        elif heading.text.endswith(_LEAD_IN_ENDS) or len(heading.text.split()) <= _LIST_HEADING_WORDS:
            return ()
    else:
        before = run[0] - 1
        while before > 0 and body[before].kind == "image":
            before -= 1
        if body[before].text.endswith(_LEAD_IN_ENDS):
            return ()
    openings = [body[index].text.split(None, 1)[0].lower() for index in titles]
    if 2 * sum(a == b for a, b in zip(openings, openings[1:])) >= len(titles) - 1:
        return ()  # items that open alike ("Path A: …", "Path B: …") are a list
    if len(body[after].text.split(None, _PARAGRAPH_WORDS)) < _PARAGRAPH_WORDS:
        return ()  # a short line after the run: a box of the story's own details
    if any(_takes_up_topic(body, is_prose, body[index].text, after) for index in titles):
        return ()
    return titles


# "COUNCIL BACKS THE FERRY PLAN AFTER A LONG NIGHT": another story's title set in capitals
# between two of the story's paragraphs. A story's subheads in capitals are a few words.
_CAPITALS_TITLE_WORDS = 6
_CAPITALS_LETTERS = 10


def _in_capitals(text):
    # Every cased letter a capital (scripts without case have none and never count).
    cased = [char for char in text if char.lower() != char.upper()]
    return len(cased) >= _CAPITALS_LETTERS and all(char.isupper() for char in cased)


def _capitals_teasers(body, is_prose, is_label, first, last):
    """Indexes of lone labels in capitals, of a headline's length, inside the story's span
    that the paragraphs after them do not take up.

    A subhead in capitals heads paragraphs that share its words ("HOW TO SEAL THE JARS"
    over "Seal each jar..."); another story's title set into the story does not, and the
    story's paragraphs run on after it: a closing line in capitals (the writer's post)
    stands before the page's rails instead.
    """
    found = set()
    for index in range(first + 1, last):
        block = body[index]
        if not (is_label[index] and len(block.text.split(None, _CAPITALS_TITLE_WORDS)) >= _CAPITALS_TITLE_WORDS
                and _in_capitals(block.text)):
            continue
        before, after = _neighbour(body, index, -1), _neighbour(body, index, 1)
        if before is None or after is None or not (is_prose[before] and is_prose[after]):
            continue
        if len(body[after].text.split(None, _PARAGRAPH_WORDS)) < _PARAGRAPH_WORDS:
            continue
        then = _neighbour(body, after, 1)
        if after != last and (then is None or not is_prose[then]):
            continue  # the story's paragraphs do not run on: a closing line before the rails
        if not _takes_up_topic(body, is_prose, block.text, after):
            found.add(index)
    return found


# A listicle's title opens on its count: "12 Ways to Keep Bread Fresh".
_COUNT_TITLE_RE = re.compile(r"\d+ (?=\w)")


def _is_teaser_title(text):
    # A headline-shaped line, or one that opens on a count before a capitalised word (such a
    # title may be a word shorter: "10 Strangest Medical Cases").
    match = _COUNT_TITLE_RE.match(text)
    if match is None:
        return _is_title_line(text)
    words = len(text.split(None, _TITLE_WORDS[1]))
    return (_TITLE_WORDS[0] - 1 <= words <= _TITLE_WORDS[1] and len(text) <= _TITLE_CHARS
            and not text.endswith(_LEAD_IN_ENDS) and text[match.end()].isupper())


def _closing_teasers(body, is_prose, last):
    """Indexes of other stories' titles set as subheads between the story's running prose and
    its closing line.

    A story's subhead heads prose; two or more headline-shaped subheads in a row after the
    last paragraph, with one line after them (the story's closing credit: "First published
    on ..."), are a rail the page set inside the story's frame. The story's own list of links
    stands under a heading of its own ("Further reading"), so the titles must follow two
    paragraphs of prose; items that open alike ("June 9 -- ...") or that mostly give figures
    or "name: value" pairs are the story's own list or table.
    """
    tail = [index for index in range(last + 1, len(body)) if body[index].kind != "image"]
    titles = tail[:-1]
    if len(titles) < _TEASER_RUN or not all(
            body[index].kind == "subhead" and _is_teaser_title(body[index].text) for index in titles):
        return set()
    before = _neighbour(body, last, -1)
    if before is None or not is_prose[before]:
        return set()
    openings = [body[index].text.split(None, 1)[0].lower() for index in titles]
    if len(set(openings)) < len(openings):
        return set()
    if 2 * sum(_holds_a_value(body[index].text) for index in tail) >= len(tail):
        return set()  # rows of the story's own table: "Adults: $5 a ride", "Children: $2 a ride"
    return set(titles)


def _holds_a_value(text):
    # A table's row gives a figure or a "name: value" pair; a title may only open on a count.
    match = _COUNT_TITLE_RE.match(text)
    text = text[match.end():] if match else text
    return ":" in text or any(map(str.isdigit, text))


def _related_rail_titles(body, is_prose, is_label, first):
    """Indexes of the headline-shaped labels in a run of blocks, between prose, that holds two
    or more Related blocks.

    A rail of other stories set into the story comes partly as Related blocks and partly as
    bare titles between them; a story's subhead may follow one Related block, not stand in a
    run of them.
    """
    found, run = set(), []
    for index in range(first + 1, len(body) + 1):
        if index < len(body) and not is_prose[index]:
            run.append(index)
            continue
        if sum(body[item].kind == "related" for item in run) >= _TEASER_RUN:
            found.update(item for item in run if is_label[item] and _is_teaser_title(body[item].text))
        run = []
    return found


def _neighbour(body, index, step):
    # The nearest block before (step -1) or after (step 1) that is not an image, or None.
    index += step
    while 0 <= index < len(body) and body[index].kind == "image":
        index += step
    return index if 0 <= index < len(body) else None


def _takes_up_topic(body, is_prose, text, after):
    # Whether the paragraphs from `after` on share a third or more of the words of `text`.
    following = [index for index in range(after, min(len(body), after + _FOLLOWING_SPAN)) if is_prose[index]]
    topics = set().union(*(_topic_words(body[index].text) for index in following[:_FOLLOWING_PARAGRAPHS]))
    words = _topic_words(text)
    return _SUBHEAD_SHARE * len(words & topics) >= len(words)


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
