"""The story's span in a body of blocks: where the story starts and ends among the page's chrome.

A paste holds the story and, around it, what the page showed: kickers and menus before it,
rails, comments and footers after it, labels and other stories' titles inside it. These
rules read the blocks' kinds, lengths and places (``shapes``); the only wording they ask
about is a rail's heading ("Read more", "Tags:", "Comments"), and that wording lives in
``notices``. Readers' comments and authors' boxes are told in ``threads``, other stories'
titles inside the span and repeated blocks in ``teasers``.
"""

import re
from itertools import islice

from .linklists import is_link_list_header
from .notices import is_page_markup, is_rail_heading, is_site_notice, is_tag_line
from .shapes import (
    MENU_ITEM_WORDS, first_entry_heading, is_label_block, is_list_item, is_menu_item, is_prose_block, is_row,
    is_short_label, is_unstopped_standfirst, menu_runs, reads_as_label, word_count, word_lists)
from .teasers import teaser_titles
from .threads import (
    author_boxes, comment_thread_start, is_comments_heading, thread_under_closed_notice, thread_under_heading,
)


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
    like") into more labels than prose, or into labels alone: then the page's rails start at
    that heading.
    On a whole page the story may end before the last prose paragraph (see
    ``whole_page_story_end``): what follows that end is the page's rails, comments and
    footer (other stories' titles and standfirsts, author boxes, legal text), and goes,
    but for Related blocks and the list items that run on right after the story (a
    heading of a line or two may stand over them); a rail's heading between two parts of
    prose ends the story there, and so does a rail of three or more cards (a title over a
    short standfirst) that closes its last part; a list the story announces in a line ending in a
    colon stays with it (see ``_announced_list``). The readers' comments (see
    ``comment_thread_start``) and the authors' boxes (see ``author_boxes``) after the story
    go on any paste. Inside the
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
    # (a paragraph about the site, a cookie banner or a legal line, goes wherever it stands)
    notices = [block.kind in ("paragraph", "subhead") and (is_site_notice(block.text) or is_page_markup(block.text))
               for block in body]
    is_label = [reads_as_label(block, flag) for block, flag in zip(body, is_prose)]
    menu_items = [is_menu_item(block) for block in body]
    first, last = prose[0], prose[-1]
    whole_page = _opens_with_page_chrome(lines, body[first].line) or _ends_with_menus(body, is_prose, menu_items)
    gaps = _gaps(body, lines)  # (the lines taken out before each block, read by four rules)
    # (a notice about the site, a cookie banner, a legal line or a pitch, is no story's prose)
    story_prose = [flag and not notice for flag, notice in zip(is_prose, notices)]
    if not any(story_prose):
        story_prose = is_prose  # (a paste of notices alone: its prose is all there is)
    if whole_page:
        tags = _tag_lines_before(gaps, first) if headline is not None else [False] * len(body)
        rail_before = [label or tag or gap for label, tag, gap in zip(
            _rail_labels(body, is_label), tags, _closing_headings(body, is_prose, gaps))]
        story_end = _story_end(body, story_prose, is_label, rail_before, headline)
        story_end = _card_rail_start(body, is_prose, is_label, first, story_end) - 1
    else:
        # a paste that opened at the story may still run on into the page's rails
        rails = _rails_start(body, story_prose, is_label, first, _rail_headings_before(body, gaps))
        whole_page = rails is not None
        story_end = len(body) if rails is None else rails - 1
    list_end = _list_run_end(body, story_end)
    announced = _announced_list(body, story_end, is_label)
    # (only a block numbered as a first comment asks what stands over it)
    headed = [block.text[:1] in "1#" and any(line and is_comments_heading(line) for line in gap)
              for block, gap in zip(body, gaps)]
    thread = comment_thread_start(body, first, headed)
    if thread is None:
        thread = thread_under_heading(body, is_prose, gaps, first)
    if thread is None:
        thread = thread_under_closed_notice(body, gaps, first)
    if thread is not None:  # the story and its own list end where the readers' comments start
        story_end, list_end = min(story_end, thread - 1), min(list_end, thread - 1)
    boxes = author_boxes(body, is_prose, first)
    menu = menu_runs(menu_items)
    story_first = _first_story_prose(body, prose, is_label)
    listed = _list_under_headline(body, first, headline)
    entries = first_entry_heading(body, gaps, first)
    # other stories' titles set into the story go like a menu
    teasers = teaser_titles(body, is_prose, is_label, first, last)

    def kept(index, block):
        if index in boxes:
            return False
        if index in announced:
            return True
        if notices[index]:
            return False
        if index < first and block.kind == "paragraph" and is_unstopped_standfirst(block, headline):
            return True  # the summary right under the headline, though it ends on no stop
        if index > story_end and block.kind != "related" and not (
                index <= list_end and is_label[index] and is_list_item(block.text)):
            return False
        if (index < opening and block.kind in ("paragraph", "subhead")) or index in teasers:
            return False
        if headline is not None and block.line <= headline and block.kind == "paragraph" and not is_prose[index]:
            return False  # a section's label over the headline, stop and all: "U.S."
        if not is_label[index]:
            return True
        if index in listed or index in entries:
            return True
        if index < story_first or index in menu:
            return False
        return index <= last or not (is_short_label(block) if whole_page else menu_items[index])

    return [block for index, block in enumerate(body) if kept(index, block)]


# A story that is a list (a season's fixtures, a price list) stands under its headline with
# no prose of its own before it: five or more rows in a row, each of a few words with a figure
# ("3rd round: 22 April – North Quay"), under a line or two (a heading, a kicker) at most and
# over a few lines of notes at most.
_LIST_STORY_ROWS = 5
_LIST_STORY_LEAD = 2
_LIST_STORY_TAIL = 4
_LIST_ROW_WORDS = 3


def _list_under_headline(body, first, headline):
    # The indexes of such a list's rows and of the lines over them, when the story's first
    # prose block (at ``first``) follows the list.
    if headline is None:
        return range(0)
    start = next((index for index, block in enumerate(body) if block.line > headline + 1), first)
    rows = start
    while rows < first and rows - start <= _LIST_STORY_LEAD and not _is_list_row(body[rows]):
        rows += 1
    end = rows
    while end < first and _is_list_row(body[end]):
        end += 1
    if end - rows < _LIST_STORY_ROWS or first - end > _LIST_STORY_TAIL:
        return range(0)
    return range(start, first)  # (with the list's notes under it: "* Dates may change")


def _is_list_row(block):
    text = block.text
    return block.kind in ("subhead", "paragraph") and is_list_item(text) and any(map(str.isdigit, text)) \
        and len(text.split()) >= _LIST_ROW_WORDS


# A line or two of prose above the headline is a site's motto or a teaser, not the story;
# so is any prose there that holds a small share of the words below the headline (a page's
# header, other stories' standfirsts): a story is longer than what a page shows above it.
_ABOVE_HEADLINE_BLOCKS = 2
_ABOVE_HEADLINE_WORDS = 30
_ABOVE_HEADLINE_SHARE = 4
# A ticker of other stories run into one line: each standfirst cut short mid-sentence, glued
# to the next title ("… after the vote on the... Council names a new chief …"). A story's own
# ellipsis stands apart from the word before it ("… he said ... and left").
_CUT_SHORT_RE = re.compile(r"\w(?:\.\.\.|…) ?[A-Z“\"‘]")
_TICKER_CUTS = 2
# Other stories' cards over the headline, each title run into its standfirst with no space
# ("Bridge Shuts For RepairsThe north bridge closes …", "Is The Pier Safe?Engineers say …"):
# three or more, most of them glued so. A story's paragraph may hold a name in camel case
# ("Al DeWitt", "McLean"), but its first part is short ("De", "Mc"), where a title's last word
# is most often longer, or a figure, or a question.
_GLUED_TITLE_RE = re.compile(r"(?:[A-Z0-9][\w'’,:-]*|a|an|and|at|for|in|of|on|the|to|with) ")
_GLUED_RE = re.compile(r"[a-z0-9?!][A-Z]")
_GLUED_CARDS = 3
_GLUED_SHARE = 4 / 3  # (three in four)
_GLUED_TITLE_CHARS = (15, 160)
_GLUED_WORD_CHARS = 4


def _is_glued_card(text):
    glue = _GLUED_RE.search(text, _GLUED_TITLE_CHARS[0], _GLUED_TITLE_CHARS[1])
    if glue is None:
        return False
    title = text[:glue.start() + 1]
    words = title.split()
    return len(words) >= 3 and (len(words[-1]) >= _GLUED_WORD_CHARS or not words[-1][-1].isalpha()) and sum(1 for _ in _GLUED_TITLE_RE.finditer(title + " ")) >= len(words) - 1 \
        and word_count(text[glue.start() + 1:]) >= 8


def _story_prose(body, is_prose, headline):
    # The indexes of the story's prose blocks (see _below_headline and shapes.word_lists), and the
    # index of the first block that may be the story's: the page's lines above it go.
    prose, opening = _below_headline(body, [index for index, flag in enumerate(is_prose) if flag], headline)
    lists = word_lists(body, prose, headline)
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
    ticker = all(len(_CUT_SHORT_RE.findall(body[index].text)) >= _TICKER_CUTS for index in above)
    cards = len(above) >= _GLUED_CARDS and _GLUED_SHARE * sum(map(_is_glued_card, (body[i].text for i in above))) \
        >= len(above)
    if short or ticker or cards or _ABOVE_HEADLINE_SHARE * sum(words[:len(above)]) <= sum(words[len(above):]):
        opening = next(index for index in range(above[-1], len(body)) if body[index].line > headline + 1)
        return prose[len(above):], opening
    return prose, 0


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
            if is_list_item(body[index].text):
                rows += 1
            else:
                titles += 1
    return titles >= _HEADER_MENU_LABELS and _MENU_ROW_SHARE * rows < titles


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
    past a rail's heading ("Read these next", "About the author") between two parts, nor
    past a run of a menu's worth of titles and footer links with less prose after it than
    the story holds (a site's contact line or notice under its footer). A rail of three or
    more cards (see ``_card_rail_start``) that closes the last part ends the story before it.
    """
    is_prose = [is_prose_block(block) for block in body]
    is_label = [reads_as_label(block, flag) for block, flag in zip(body, is_prose)]
    end = _story_end(body, is_prose, is_label, _rail_labels(body, is_label))
    first = next((index for index, flag in enumerate(is_prose) if flag), None)
    return end if first is None else _card_rail_start(body, is_prose, is_label, first, end) - 1


def _rail_labels(body, is_label):
    # Whether each block is a label that heads a rail. (A heading that an earlier rule took
    # for page furniture is not in the body: such widget lines stand inside stories too.)
    return [flag and is_rail_heading(block.text) for block, flag in zip(body, is_label)]


def _gaps(body, lines):
    # For each block, the paste's lines between it and the block before: lines an earlier
    # rule dropped (furniture, headings) that still say where the page's parts begin.
    gaps, previous = [], 0
    for block in body:
        gaps.append(lines[previous:max(previous, block.line - 1)])
        previous = max(previous, block.line)
    return gaps


def _rail_headings_before(body, gaps):
    # For each block, whether a rail's heading stands between it and the block before:
    # the block itself, or a line of the paste that is not in the body.
    return [(block.kind != "image" and is_rail_heading(block.text)) or any(line and is_rail_heading(line) for line in gap)
            for block, gap in zip(body, gaps)]


# A heading that page furniture took out of the body ("You might also like", "Comments")
# still ends a whole page's story when little prose follows it: the same headings over a box
# of links set into the story stand before most of its words.
_CLOSING_HEADING_SHARE = 0.25


_BOX_LABEL_WORDS = 2  # "Trending", "Most read": a box's label, not a link ("More articles in World »")


def _closing_headings(body, is_prose, gaps):
    # For each block, whether such a heading stands in the lines before it with less than
    # _CLOSING_HEADING_SHARE as many prose words after it as before it.
    # (a line of tags is left to _tag_lines_before: some pages set it over the story)
    # A list's heading right over a paragraph heads no list: the box under it was empty in the
    # copy ("Trending" over the story's next paragraph), and the story goes on.
    words = [word_count(block.text) if flag else 0 for block, flag in zip(body, is_prose)]
    total, before, flags = sum(words), 0, []
    for index, gap in enumerate(gaps):
        last = next((line for line in reversed(gap) if line), None)
        flags.append(total - before < _CLOSING_HEADING_SHARE * before and any(
            line and is_rail_heading(line) and not is_tag_line(line) and not (
                line is last and is_prose[index] and len(line.split()) <= _BOX_LABEL_WORDS and is_link_list_header(line))
            for line in gap))
        before += words[index]
    return flags


def _tag_lines_before(gaps, first):
    # For each block, whether a line of the story's tags ("Tags: budget, council", "Filed
    # under: Deals") stands between it and the block before, below the story's first paragraph
    # (at ``first``): page furniture drops the line, but it closes the story, and the page's
    # rails follow. (Some pages set the tags between the headline and the story.)
    return [index > first and any(line and is_tag_line(line) for line in gap)
            for index, gap in enumerate(gaps)]


def _story_end(body, is_prose, is_label, rail_before, headline=None):
    # whole_page_story_end, with each block's shape already read
    parts, current, run, longest, rows = [], [], 0, 0, 0
    rail_after, heading = [], False  # whether a rail's heading follows each part
    # the longest run of labels that are not rows before each part, when a footer's worth of
    # its labels are menu items (else 0)
    gaps, items = [], 0
    for index, block in enumerate(body):
        heading = heading or rail_before[index]
        if is_prose[index]:
            # two labels in a row part the story, unless rows follow them: a table's heading
            if (heading or (longest >= _PARTING_LABELS and rows < _PARTING_LABELS)) and current:
                parts.append(current)
                rail_after.append(heading)
                gaps.append(longest if items >= _FOOTER_MENU_ITEMS else 0)
                current = []
            run = longest = rows = items = 0
            heading = False
            current.append(index)
        elif is_label[index]:
            if is_list_item(block.text):
                run, rows = 0, rows + 1
            else:
                run, rows = run + 1, 0
                longest = max(longest, run)
                items += is_menu_item(block)
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
    # A menu's worth of titles in a row after the story, with a footer's links among them and
    # less prose after them than the story holds, is a rail or a footer (its own slogans and
    # notices), not the story's own list.
    after = 0
    for number in range(len(parts) - 1, main, -1):
        after += words[number]
        if gaps[number - 1] >= _RAIL_LABELS and after < words[main]:
            opens_rail[number] = True
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


# A rail of other stories after the story, each a card: a title over its standfirst. Three
# or more in a row close a whole page; most of their titles are labels (a story's closing
# lines are sentences), none set in capitals (a columnist's tagline closes the story), and
# each standfirst is short and longer than its title.
_CARD_RUN = 3
_CARD_WORDS = 70
_CARD_TITLE_WORDS = 16
_CARD_TITLE_CHARS = 120


def _card_rail_start(body, is_prose, is_label, first, story_end):
    # The index of the first card in the run of cards that ends the story's last part at
    # story_end, or story_end + 1 when the story does not end on such a rail.
    cards, index = [], story_end
    while index > first and is_prose[index] and word_count(body[index].text) <= _CARD_WORDS:
        title = _neighbour_before(body, index)
        text = body[title].text
        if not (title > first and body[title].kind in ("subhead", "paragraph") and len(text) <= _CARD_TITLE_CHARS
                and len(text.split()) <= _CARD_TITLE_WORDS and text[:1].isupper() and not text.isupper()
                and word_count(text) < word_count(body[index].text)):
            break
        cards.append(title)
        index = _neighbour_before(body, title)
    if len(cards) < _CARD_RUN or 3 * sum(is_label[title] for title in cards) < 2 * len(cards):
        return story_end + 1
    return cards[-1]


def _neighbour_before(body, index):
    # The nearest block before index that is not a picture (a card's thumbnail), or 0.
    index -= 1
    while index > 0 and body[index].kind == "image":
        index -= 1
    return index


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
    while index < len(body) and (is_row(body[index]) or (
            index + 1 < len(body) and is_label_block(body[index]) and is_row(body[index + 1])) or (
            index + 2 < len(body) and is_label_block(body[index]) and is_label_block(body[index + 1])
            and is_row(body[index + 2]))):
        index += 1  # a row, or a heading of a line or two over rows ("Tickets" over "Adults: $5")
    return index - 1


# The list a story announces after its last paragraph: a line of a few words or more that
# ends in a colon ("Below are the players invited to the combine:"), then its items, each
# shaped like the first ("Jo Li (Harbor College)"), up to a rail's heading or a line of prose.
_LEAD_IN_WORDS = 4
_LIST_ITEMS = 2  # more items than this
_ITEM_MARKS = "*-•–·"


def _announced_list(body, story_end, is_label):
    lead_in = story_end + 1
    text = body[lead_in].text if lead_in < len(body) else ""
    # (one colon, at its end: "Related coverage from Money: Retirement:" heads a box of links)
    if lead_in + 1 >= len(body) or not is_label[lead_in] or not text.endswith(":") or text.count(":") > 1 \
            or len(text.split()) < _LEAD_IN_WORDS or is_rail_heading(text):
        return range(0)
    shape = _item_shape(body[lead_in + 1].text)
    if not any(shape[1:]):
        return range(0)  # titles in capitals and nothing else: other stories' ("… that may interest you:")
    end = lead_in + 1
    while end < len(body) and is_label[end] and body[end].kind != "image" and not is_rail_heading(body[end].text) \
            and _item_shape(body[end].text) == shape:
        end += 1
    return range(lead_in, end) if end - lead_in > _LIST_ITEMS else range(0)


def _item_shape(text):
    # what the items of one list share: whether they open in capitals, end on a bracket
    # ("Jo Li (Harbor College)") or hold a figure ("June 9 -- Tampa")
    text = text.lstrip(_ITEM_MARKS + " ")
    return (text[:1].isupper(), text.endswith(")"), any(map(str.isdigit, text)))


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
    words = block.text.split(None, MENU_ITEM_WORDS + 1)
    if not 3 <= len(words) <= MENU_ITEM_WORDS + 1 or any(map(str.isdigit, block.text)):
        return False
    return all(word[0].isupper() if position in (0, len(words) - 1) else (
        word[0].isupper() or word in _LINK_JOINERS) for position, word in enumerate(words))


# A page's rails after the story are mostly titles and labels; a story's own sections after
# a subhead such as "Read more" alternate headings and prose.
_RAIL_LABELS = 8


def _rails_start(body, is_prose, is_label, first, rail_before):
    # The first block after the story's first paragraph with a rail's heading ("Labels:
    # FPGA", "Older post", "You may also like") before it or as it, and from there on more
    # labels than prose, at least _RAIL_LABELS labels or labels alone, and fewer prose words than before it
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
        if rail_before[index] and (labels >= _RAIL_LABELS or not prose) and labels > prose and after < before and (
                sum(is_label[index:index + 3]) >= 2):
            start = index
    return start
