"""Lines into body blocks: headline, paragraphs, subheads, Related links, captions, comment counter."""

import re

from .captions import ends_on_credit, parse_credit, split_caption
from .captionlines import credit_below, gallery_slides, is_uncredited_caption, set_apart_caption
from .cards import cut_cards, in_title_case
from .contract import Block
from .furniture import (
    is_breadcrumb,
    is_byline_or_date,
    is_contact_line,
    is_data_widget_line,
    is_furniture,
    is_link_list_header,
    is_link_list_item,
    is_stamp_or_data_line,
    is_widget_line,
)
from .linepatterns import FOLDED_CLUES, holds_any
from .names import looks_like_person_name
from .notices import is_site_notice
from .paragraphing import (
    LIST_NUMBER_RE, holds_blank_line, is_subhead, line_breaks, reads_hard_wrapped, reads_single_spaced, split_run_at,
)
from .span import trim_to_story_span
from .teasers import drop_repeated_blocks
from .text import has_terminal_punctuation
from .words import DAYS_AND_MONTHS


# Only the bare marker ("Related", "RELATED:"); the title is on the next line.
_RELATED_RE = re.compile(r"related\s*:?", re.IGNORECASE)
_COUNT_RE = re.compile(r"\d{1,3}(,\d{3})+|\d+")
_COUNT_LABEL_RE = re.compile(r"comments?", re.IGNORECASE)


def match_related_marker(line):
    """"" for a bare ``Related`` marker line (its title is on the next line), else None.

    "Related: title" on one line and "Related Coverage" are promo links, not the contract's
    related block; ``is_furniture`` and ``is_link_list_header`` drop those.
    """
    # (the first seven letters tell almost every line without the pattern)
    return "" if line[:7].lower() == "related" and _RELATED_RE.fullmatch(line) else None


def match_comment_counter(lines, index):
    """(count, index of the "Comments" line) when a comment counter starts at lines[index]."""
    line = lines[index]
    if not line[:1].isdigit() or not _COUNT_RE.fullmatch(line):
        return None
    following = _next_nonblank(lines, index + 1)
    if following is not None and _COUNT_LABEL_RE.fullmatch(lines[following]):
        return int(line.replace(",", "")), following
    return None


# How far into a paste a headline is looked for: past a site's menu, not into its footer.
_HEADLINE_WINDOW = 120


_KICKER_REPEAT_WINDOW = 200  # lines under the headline where a page title would be repeated


def detect_headline(lines):
    """Index of the headline line, or None when the text has no title line before the story.

    A selection of the story opens on its title, or on a little chrome over it (see
    ``_title_near_top``). A whole page copied with Ctrl+A opens on menus, site names and
    teaser lists instead, so the title nearest the top is read there as the title nearest
    above the story's first paragraphs: the title over the story's byline or date, or the
    line the page repeats (see ``_title_above_story``).
    """
    top = _next_nonblank(lines, 0)
    found = _title_near_top(lines)
    # A page that opens on a cookie banner shows no title before it: the story starts past
    # the banner. (Under a title, such lines are its notes: "This article is about …".)
    start = _story_start(lines, top, past_notices=found is None) if top is not None else None
    above = _title_above_story(lines, top, start) if start is not None else None
    if above is None and found is not None and start is not None and not _reads_like_title(lines[found]):
        if _nonblank_count(lines, found, start) > _HEAD_LINES:
            return None  # a menu's first label ("Home", "RSS") far above the story is no title
        # a menu's first label over the rest of the menu, then the title right over the story
        # (a short title over a few lines, a kicker or the page's particulars, is the story's)
        over = _title_over_story(lines, top, found, start)
        if over is not None and _nonblank_count(lines, found, over) > _TOP_REACH \
                and not any(is_prose_line(lines[index]) for index in range(found + 1, over)):
            return over
        return found
    if above is None or found is None or above == found:
        return found if above is None else above
    # A title near the top that has its own byline or date under it, close over the story,
    # is the story's (a title lower down, also over a date, is a Related link's).
    # (A menu's first label over the page's date, "Home" over "Monday, May 3", is none; a short
    # title right over its writer's byline is one.)
    if found < start and _nonblank_count(lines, found, start) <= _HEAD_LINES and _over_byline(lines, found) \
            and (_reads_like_title(lines[found]) or not _reads_like_title(lines[above])
                 or _SIGNED_RE.match(lines[_next_nonblank(lines, found + 1)])):
        return found
    # So is the paste's first line when the title found above the story is close under it, or
    # when story prose or a list of links ("More from …") comes between them.
    if found == top and found < above and ((_nonblank_count(lines, found, above) <= _TOP_REACH and (
            _reads_like_title(lines[found]) or not _reads_like_title(lines[above])
            or lines[found] in lines[found + 1:found + _KICKER_REPEAT_WINDOW])) or (
            _reads_like_title(lines[found]) and (
                any(is_prose_line(lines[i]) for i in range(found + 1, min(above, found + _HEAD_LINES)))
                or is_link_list_header(lines[_next_nonblank(lines, found + 1)])))):
        return found
    return above


_SIGNED_RE = re.compile(r"(?:by|BY|By:?)\s+[A-Z]")  # a byline naming its writer: "By Jo Li -- Ledger"
_HEAD_LINES = 30  # non-blank lines over the story's first paragraphs where its title stands
_FURNISHED_HEAD_LINES = 90  # the same lines with a share panel's buttons and labels among them
_TOP_REACH = 10  # non-blank lines under the first line still close to it
_BYLINE_REACH = 4  # non-blank lines between a title and its byline or date (a standfirst, a kicker)
_STORY_SEARCH = 600  # non-blank lines searched for the story's first paragraphs


def _title_over_story(lines, top, found, start):
    # The line reading as a title nearest over the story's first paragraphs, below ``found``
    # (only menus' labels stand between the two: no line of prose).
    index = _previous_nonblank(lines, start - 1) if start else None
    while index is not None and index > found:
        line = lines[index]
        if _is_title_candidate(lines, index, top) and _reads_like_title(line) and not is_furniture(line) \
                and not is_byline_or_date(line) and not (lines[index + 1] and _is_wrapped(line, lines[index + 1])):
            return index
        index = _previous_nonblank(lines, index - 1)
    return None


def _story_start(lines, top, *, past_notices=False):
    # The first of two prose lines in a row (blank lines aside): a cookie notice or a
    # teaser's blurb stands alone among labels and titles. With ``past_notices``, lines
    # about the site (a cookie banner's sentences) are passed over too.
    previous, seen, index = None, 0, top
    while index is not None and seen < _STORY_SEARCH:
        seen += 1
        if is_prose_line(lines[index]) and not is_furniture(lines[index]) and not (
                past_notices and is_site_notice(lines[index])):
            if previous is not None:
                return previous
            previous = index
        else:
            previous = None
        index = _next_nonblank(lines, index + 1)
    return None


def _over_byline(lines, index):
    # A byline or date among the few lines under lines[index].
    seen, following = 0, _next_nonblank(lines, index + 1)
    while following is not None and seen < _BYLINE_REACH:
        if is_byline_or_date(lines[following]):
            return True
        seen += 1
        following = _next_nonblank(lines, following + 1)
    return False


def _nonblank_count(lines, start, end):
    # Non-blank lines among lines[start:end], counted no further than past _HEAD_LINES.
    return sum(1 for line in lines[start:min(end, start + _HEAD_LINES + 2)] if line)


def _title_above_story(lines, top, start):
    """Index of the story's title among the lines over its first paragraphs (at ``start``).

    A page repeats its story's title (the browser's title line, "Title | Site", opens the
    copy; a share box sets the title again): a title line the lines over the story repeat
    is the story's. Otherwise the title is the title line right over the byline or date
    nearest the story, over a standfirst when the line under the title is the longer one.
    None when neither is found. A Related marker ends the search: the lines above it are
    another story's.
    """
    above, index, counted = [], start - 1, 0
    while index >= 0 and counted < _HEAD_LINES and len(above) < _FURNISHED_HEAD_LINES:
        if lines[index]:
            if match_related_marker(lines[index]) is not None:
                above = above[:-1]  # (the title under the marker is the related story's)
                break
            above.append(index)
            counted += not is_furniture(lines[index])
        index -= 1
    # (a line that runs on into the next is a hard-wrapped paragraph's, not a title)
    titles = {i for i in above if _is_title_candidate(lines, i, top) and _reads_like_title(lines[i])
              and not is_byline_or_date(lines[i]) and not (lines[i + 1] and _is_wrapped(lines[i], lines[i + 1]))}
    texts = [lines[i] for i in above]
    first = lines[top]
    for i in above:
        if i in titles and (texts.count(lines[i]) > 1 or (
                i != top and first.startswith(lines[i]) and len(first) > len(lines[i]) + 2)):
            return i
    for position, i in enumerate(above):
        if not is_byline_or_date(lines[i]):
            continue
        over = [p for p in _byline_reach(lines, above, position) if above[p] in titles]
        if not over:
            continue  # a byline's other lines, or a teaser's date: the title may stand higher
        best = over[0]
        # "Hotel owners' secrets" over "Bosses spill the beans on cost cutting and hygiene":
        # a line half as long again right under a title is its standfirst, when it is written as a
        # sentence: one in title case is the title, under another story's.
        if len(over) > 1 and over[1] == best + 1 and not in_title_case(lines[above[best]].split()) and \
                2 * len(lines[above[best]].split()) >= 3 * len(lines[above[over[1]]].split()):
            best = over[1]
        return above[best]
    return None


def _byline_reach(lines, above, position):
    # The positions in ``above`` (lines going up) within reach of the byline at ``position``:
    # a few lines, not counting a row of share buttons or other controls set between a title
    # and its byline ("Share on Facebook", "Print Article", "Comments").
    reach, seen = [], 0
    for p in range(position + 1, min(len(above), position + 1 + _HEAD_LINES)):
        reach.append(p)
        if not is_furniture(lines[above[p]]):
            seen += 1
            if seen == _BYLINE_REACH:
                break
    return reach


def _title_near_top(lines):
    """Index of the title nearest the top, or None when no title line comes before the story.

    Leading page chrome (breadcrumbs, kickers, dates, bylines, share rows, menus) is skipped:
    the headline is the title line nearest the top that reads like a title (four words or
    more, or the only title-shaped line) among the lines before the story's first prose
    paragraph. A browser copy puts only a single line break after a heading, so no blank
    line is needed after it.
    """
    candidates, seen = [], 0
    # The first line is found once: a paste may open with a million blank lines.
    top = index = _next_nonblank(lines, 0)
    if index is not None and _is_dated_title(lines, index):
        return index
    while index is not None and seen < _HEADLINE_WINDOW:
        seen += 1
        line = lines[index]
        if match_related_marker(line) is not None:
            break  # a Related block's title is another story's, and the story follows it
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if following and _is_wrapped(line, following) and not _is_leading_chrome(lines, index + 1):
            break  # a hard-wrapped paragraph: the story begins
        if is_prose_line(line) or match_comment_counter(lines, index) or (
                has_terminal_punctuation(line) and not _ends_like_title(line) and not is_breadcrumb(line)):
            break  # the story begins (a breadcrumb may end on its page's title cut short)
        if _is_title_candidate(lines, index, top) and not (index != top and is_byline_or_date(line)):
            candidates.append(index)
        index = _next_nonblank(lines, index + 1)
    # A title needs the story under it.
    candidates = [c for c in candidates if _next_nonblank(lines, c + 1) is not None]
    if candidates and candidates[0] == top and _stands_alone(lines, candidates[0], top):
        # A short first line right over a title-shaped one (page chrome such as "Powered by …"
        # aside) is a section kicker ("Politics", "World news"), unless the line under it is a
        # date or says where the text comes from ("From the council's bulletin") or the page
        # repeats the short line on a line of its own (a reference page's title over its fact box).
        first, under = candidates[0], candidates[1] if len(candidates) > 1 else None
        if _reads_like_title(lines[first]) or under != _next_beyond_chrome(lines, first + 1) \
                or not _reads_like_title(lines[under]) or is_byline_or_date(lines[under]) \
                or lines[under].startswith("From ") \
                or lines[first] in lines[under + 1:under + _KICKER_REPEAT_WINDOW]:
            return first
        return under
    for candidate in candidates:
        if _reads_like_title(lines[candidate]):
            return candidate
    return candidates[0] if len(candidates) == 1 else None


def _is_dated_title(lines, index):
    # "Stocks fall. Why you shouldn't worry." right over its byline or date: a title, even
    # with a full stop, when it opens the paste and a byline or date line follows it directly.
    line = lines[index]
    following = index + 1
    return (has_terminal_punctuation(line) and len(line.split()) <= 20 and following < len(lines)
            and bool(lines[following]) and not split_caption(line) and not is_furniture(line)
            and (is_furniture(lines[following]) or is_stamp_or_data_line(lines[following])
                 or is_byline_or_date(lines[following]))
            and _next_nonblank(lines, following + 1) is not None)


_JOINING_WORD_END = re.compile(r"\b(and|or|but|the|a|an|of|to|in|on|for|with|whose|that|which|who|at|from|as|is|was)$")
_JOINING_WORD_CHARS = 6  # the longest joining word and a line break after it


def _ends_on_joining_word(line):
    # (searched from a little before the end only: the pattern is anchored there, and "\b"
    # still reads the character before where the search starts)
    return bool(_JOINING_WORD_END.search(line, max(0, len(line) - _JOINING_WORD_CHARS)))


def _is_wrapped(line, following):
    # A line broken in mid-sentence: it ends on a joining word ("Sign in" is a label), or
    # runs on into a line that starts in lowercase (not a "by …" byline).
    return (len(line.split()) >= 5 and _ends_on_joining_word(line)) or (
        following[0].islower() and not following.startswith(("by ", "by:"))
        and (len(line.split()) >= 8 or has_terminal_punctuation(following)))


def is_prose_line(line):
    """A line of story prose: a sentence of some length, or a line too long for any title."""
    words = len(line.split())
    return words > 30 or (has_terminal_punctuation(line) and words >= 8 and not _ends_like_title(line))


_QUESTION_OR_EXCLAMATION = re.compile(r"[?!？！][”’\"')]*$")
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def _ends_like_title(line):
    # "Is this the end of cheap flights?": a short question or exclamation may be a title; so
    # may a title-case line whose stop is an initialism's ("How Winter Wreaks Havoc Under N.Y.C.").
    words = line.split()
    return len(words) <= 16 and (bool(_QUESTION_OR_EXCLAMATION.search(line)) or (
        _INITIALISM_END.search(line) is not None and in_title_case(words)))


# How a label ends that leads into what follows it: "Biz & IT —", "Politics ›", "Sponsored by".
_LEAD_IN_ENDS = (",", ";", ":", "—", "–", " -", "|", "›", "»", ">", "/")
_LEAD_IN_WORD_END = re.compile(r" (?:by|as)$")
# A banner's button under its line: "Welcome to our new edition" over "Learn More".
_CALL_TO_ACTION = re.compile(r"(?:learn|find out|read|see|discover) more|get started|sign up( now)?|subscribe( now)?"
                             r"|try it( for)? free|start (your )?free trial", re.IGNORECASE)


def _is_title_candidate(lines, index, top):
    line = lines[index]
    if (has_terminal_punctuation(line) and not _ends_like_title(line)) or line.endswith(_LEAD_IN_ENDS) \
            or _LEAD_IN_WORD_END.search(line):
        return False
    if _is_leading_chrome(lines, index) or split_caption(line) or is_link_list_header(line) or ends_on_credit(line):
        return False
    # "These are external links and will open in a new window": a notice, where a page titled
    # "About This Site" has a capital on every word
    if is_site_notice(line) and any(word[:1].islower() for word in line.split()):
        return False
    following = _next_nonblank(lines, index + 1)
    if following is not None and (len(line.split()) >= 4 and _CALL_TO_ACTION.fullmatch(lines[following])
                                  or is_contact_line(lines[following])):
        return False  # a banner over its button; an address over its telephone line
    first = line[0]
    # A lowercase start is a title only at the very top ("evolve extension for Mercurial"):
    # ``top`` is the index of the first line that is not blank.
    return (first.isalnum() and (not first.islower() or (
        top == index and len(line.split()) >= 4))) or first in "“\"‘'¿¡«[("


def _reads_like_title(line):
    # Four words or more; scripts written without spaces count characters instead.
    long_enough = len(line.split()) >= 4 or (len(line) >= 12 and not line.isascii())
    return long_enough and not looks_like_person_name(line)


def _stands_alone(lines, index, top):
    # The paste's first line, not the first item of a menu: the next line is no short label.
    # A blank line after it sets it apart as well (menus are copied one item a line); a
    # single word over a date or byline is a section kicker ("Politics").
    following = _next_nonblank(lines, index + 1)
    if following is None:
        return False
    if following > index + 1:
        return True
    if _is_leading_chrome(lines, following):
        return len(lines[index].split()) >= 2
    return not (len(lines[following].split()) <= 3 and _is_title_candidate(lines, following, top))


def _is_leading_chrome(lines, index):
    line = lines[index]
    if match_related_marker(line) is not None or match_comment_counter(lines, index) or split_caption(line):
        return is_breadcrumb(line)
    return is_furniture(line) or is_stamp_or_data_line(line)


def _next_beyond_chrome(lines, start):
    # The next line that is neither blank nor leading chrome ("Powered by …", "Share").
    index = _next_nonblank(lines, start)
    while index is not None and _is_leading_chrome(lines, index):
        index = _next_nonblank(lines, index + 1)
    return index


def _next_nonblank(lines, start):
    for index in range(start, len(lines)):
        if lines[index]:
            return index
    return None


def is_standalone_furniture(lines, index, *, skip=None):
    """Lines that are furniture only when they stand apart from story text.

    A date or ticker line, a name right under a byline ("Priya Natarajan" over "@handle"):
    in a hard-wrapped paragraph the same text ("2011.", "Julien Arceneaux") is story text,
    so a line that carries on an unfinished sentence is never dropped here.
    """
    nearby = range(max(0, index - 1), min(len(lines), index + 2))
    return _stands_apart_as_furniture(lines, index, skip, {i: _is_widget(lines[i]) for i in nearby})


def _is_widget(line):
    # is_widget_line for a line that is not blank; a blank line is falsy
    return line and is_widget_line(line)


def _stands_apart_as_furniture(lines, index, skip, widget):
    # ``widget[i]``: _is_widget(lines[i]), read once for each line (a line is asked about
    # for itself and again by the lines on either side of it).
    if not (widget[index] or (index and widget[index - 1]) or (index + 1 < len(lines) and widget[index + 1])):
        return False  # (no widget line here or beside it: the rules below all need one)
    line = lines[index]
    previous = lines[index - 1] if index and index - 1 != skip else ""
    if previous and not has_terminal_punctuation(previous) and not widget[index - 1] \
            and not _is_bare_byline_name(lines, index - 1, skip) and not _is_dateline_under_label(line, previous):
        return False
    if widget[index] and not is_furniture(line):
        return True
    return _next_to_byline_furniture(lines, index, skip, widget) and looks_like_person_name(line)


_DATE_WORD_OR_CLOCK = re.compile(
    r"\b(?:%s)\b|\d:\d\d" % "|".join(sorted(DAYS_AND_MONTHS, key=len, reverse=True)), re.IGNORECASE)


def _is_dateline_under_label(line, previous):
    # "Hazel Sheffield" or a kicker over "Friday 25 December 2015": a date with its month,
    # day or clock time under a line that ends on no joining word or comma is a byline's
    # date; a hard-wrapped sentence breaks before "2011." or after "in" or "on".
    return not previous.endswith((",", ";", ":", "-", "–", "—")) and not _ends_on_joining_word(previous) \
        and _may_hold_date(line) and bool(_DATE_WORD_OR_CLOCK.search(line))


# The first three letters of every day and month, a clock's colon, and the characters that
# stand for an ASCII letter when case is ignored (in lower case): one of them is in every
# line _DATE_WORD_OR_CLOCK matches, and in few others.
_DATE_CLUES = (":", *sorted({word[:3] for word in DAYS_AND_MONTHS}), *FOLDED_CLUES)


def _may_hold_date(line):
    return holds_any(line.lower(), _DATE_CLUES)


def _is_bare_byline_name(lines, index, skip):
    # "A.J. Brooks" on a line of its own at the start of a block, right over a date stamp:
    # a byline, not the end of a hard-wrapped sentence.
    before = lines[index - 1] if index and index - 1 != skip else ""
    return not before and looks_like_person_name(lines[index]) and is_stamp_or_data_line(lines[index + 1])


def _next_to_byline_furniture(lines, index, skip, widget):
    # A bare name is a byline when a byline, handle, job line or date stamp touches it.
    # (a blank line's widget flag is false)
    return bool(index and index - 1 != skip and widget[index - 1]) or bool(
        index + 1 < len(lines) and index + 1 != skip and widget[index + 1])


def segment_blocks(lines, *, skip=None):
    """Body blocks and the comment count, from normalised lines (``skip``: headline index)."""
    blocks, runs, run, count = [], [], [], None
    in_link_list, unnumbered_links = False, 0
    # Each line's furniture and widget tests, read once: a line is asked about for itself
    # and again by the lines on either side of it. (A blank line's flags are false.)
    furniture = [line and is_furniture(line) for line in lines]
    widget = [is_line_furniture or (line and is_data_widget_line(line))
              for line, is_line_furniture in zip(lines, furniture)]
    table = _table_rows(lines, widget, furniture)
    slides = gallery_slides(lines)

    def end_run():
        nonlocal run
        if run:
            blocks.append(run)
            runs.append(run)
        run = []

    index = 0
    while index < len(lines):
        line = lines[index]
        if not line or index == skip:
            if run:
                end_run()
            index += 1
            continue
        if match_related_marker(line) is not None:
            end_run()
            in_link_list = False
            title_index = _next_nonblank(lines, index + 1)
            # A story title may look like a promo ("Photos: …"); only a bare widget label is not one.
            if title_index is not None and match_related_marker(lines[title_index]) is None \
                    and not (is_furniture(lines[title_index]) and len(lines[title_index].split()) <= 4):
                blocks.append(Block("related", lines[title_index], line=index + 1))
                index = title_index
            index += 1
            continue
        counter = match_comment_counter(lines, index)
        if counter:
            end_run()
            count, index = counter[0], counter[1] + 1
            continue
        # (a numbered line after unnumbered titles is the story's own next point: "5. Beware the …")
        numbered = LIST_NUMBER_RE.match(line) is not None
        if in_link_list and (is_link_list_item(line) or furniture[index]) and not (unnumbered_links and numbered):
            unnumbered_links += not numbered
            index += 1  # another story's title under "Most Read" and the like
            continue
        in_link_list, unnumbered_links = is_link_list_header(line), 0
        if in_link_list or furniture[index] or (
                _stands_apart_as_furniture(lines, index, skip, widget) and index not in table
                and not _is_entry_time(lines, index)):
            end_run()
            if _is_prompt_with_blurb(lines, index):
                index += 1  # "Sign up for our newsletter" over its one-line pitch
        elif index in slides:
            end_run()
        elif (captioned := split_caption(line) or set_apart_caption(lines, index, skip)) \
                or (credit_index := credit_below(lines, index, skip, furniture)):
            end_run()
            caption, credit = captioned or (line, lines[credit_index])
            photographer, agency = parse_credit(credit.strip("()[] "))
            blocks.append(Block("image", caption, credit, photographer, agency, line=index + 1))
            if not captioned:
                index = credit_index  # the credit line under the caption
        elif is_uncredited_caption(lines, index, skip, furniture):
            end_run()
        else:
            run.append((index + 1, line))
        index += 1
    end_run()

    blank_lines = bool(runs) and holds_blank_line(lines, runs[0][0][0] - 1, runs[-1][-1][0], skip)
    # Whether each line of a run breaks off mid-sentence, read once for the three rules that ask.
    breaks = [line_breaks(run) for run in runs]
    wrapped = reads_hard_wrapped(breaks)
    single_spaced = reads_single_spaced(breaks, blank_lines=blank_lines)
    body, run_breaks = [], iter(breaks)  # (the runs come in blocks in the order of runs)
    for item in blocks:
        if isinstance(item, Block):
            body.append(item)
            continue
        for group in split_run_at(item, next(run_breaks), wrapped=wrapped, single_spaced=single_spaced):
            if not (group := cut_cards(group)):
                continue  # a promo or another story's card, set between the story's paragraphs
            text = group[0][1] if len(group) == 1 else " ".join([line for _, line in group])
            if len(group) > 1 and is_furniture(text):
                continue  # (each line of a run was already found not to be furniture)
            kind = "subhead" if len(group) == 1 and is_subhead(text) else "paragraph"
            body.append(Block(kind, text, line=group[0][0]))
    return drop_repeated_blocks(trim_to_story_span(body, lines, headline=skip)), count


def _table_rows(lines, widget, furniture):
    """Indices of the lines that are a table's rows of figures, not stamps set apart from the story.

    "13.4 MB (-81%)" over "8.0 MB (-89%)", "4.2.3 April 2014" over "4.1.6 May 2014": a row
    opens on a figure and holds two cells or more, and the row next to it (a blank line may
    part them, as a page copied cell by cell puts one) is alike: as many cells, or a word in
    common. A stamp's date over its time ("18 Nov 2019" over "6:54 pm"), a lone count
    ("72", "60.9K") or a player's menu ("125%") is no table.
    """
    rows = [bool(line) and widget[index] and not furniture[index] and line[0].isdigit() and " " in line
            for index, line in enumerate(lines)]
    table, previous = set(), None  # (previous: the last row, when no text line came after it)
    for index, line in enumerate(lines):
        if not line:
            if previous is not None and index - previous > 1:
                previous = None  # a second blank line parts two tables
            continue
        if not rows[index]:
            previous = None
            continue
        if previous is not None and _rows_alike(lines[previous], line):
            table.update((previous, index))
        previous = index
    return table


def _rows_alike(row, other):
    cells, other_cells = row.split(), other.split()
    return len(cells) == len(other_cells) or bool(
        {cell for cell in cells if cell.isalpha()} & {cell for cell in other_cells if cell.isalpha()})


# A time of day alone: "10 p.m.", "4:14 PM ET".
_TIME_OF_DAY_RE = re.compile(r"\d{1,2}(:\d\d)? ?[ap]\.?m\.?( [A-Z]{2,4})?", re.IGNORECASE)


def _is_entry_time(lines, index):
    # A live story's entry opens on its time, set apart by blank lines between a sentence (or
    # a divider, "___") and the entry's first sentence; a teaser's time runs under its title.
    if not _TIME_OF_DAY_RE.fullmatch(lines[index]) or not 0 < index < len(lines) - 1 \
            or lines[index - 1] or lines[index + 1]:
        return False
    before, after = _previous_nonblank(lines, index - 1), _next_nonblank(lines, index + 1)
    return before is not None and after is not None and is_prose_line(lines[after]) \
        and not lines[after].endswith("…") and (
            lines[before].endswith(":") or has_terminal_punctuation(lines[before])
            or not any(char.isalnum() for char in lines[before]))


def _previous_nonblank(lines, start):
    for index in range(start, -1, -1):
        if lines[index]:
            return index
    return None


_SIGN_UP_RE = re.compile(r"\b(sign(ing)? up|subscribe|newsletters?|register)\b", re.IGNORECASE)


def _is_prompt_with_blurb(lines, index):
    # A sign-up prompt set as a two-line box: the prompt, its pitch right under it, then a
    # blank line. The pitch reads like a sentence but belongs to the box.
    following = index + 1
    return (bool(_SIGN_UP_RE.search(lines[index])) and following + 1 < len(lines) and bool(lines[following])
            and not lines[following + 1] and (index == 0 or not lines[index - 1])
            and len(lines[following].split()) <= 25)
