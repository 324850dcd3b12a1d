"""The headline: the title line nearest the top of a paste, past the page's furniture."""

import re

from .boxes import is_key_points_heading
from .captionlines import is_caption_under_viewer
from .furniture import (
    is_breadcrumb,
    is_byline_or_date,
    is_furniture,
    match_comment_counter,
    match_related_marker,
    opens_as_byline,
)
from .linklists import is_link_list_header
from .names import looks_like_person_name
from .notices import is_consent_notice, is_site_notice
from .text import (
    has_terminal_punctuation,
    in_title_case,
    is_in_capitals,
    is_over_sentence,
    next_nonblank,
    previous_nonblank,
)
from .titlelines import (
    ends_like_title,
    is_dated_title,
    is_leading_chrome,
    is_long_standfirst,
    is_prose_line,
    is_title_candidate,
    is_wrapped,
    next_beyond_chrome,
    reads_like_title,
    stands_alone,
)

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
    found, start = _find_title(lines)
    found = _title_the_lead_takes_up(lines, found, start)
    return found if found is None else _past_trail(lines, found)


# On a whole page the title nearest the top may be a menu's line or another story's, while
# the story's own title shares its words with the story's first paragraphs ("Aviation deaths
# down 25%" over "Deaths in air crashes fell by a quarter …"): a title among the lines over
# the story that shares two of its words and two in five of them with the lead is taken over
# a line far above the story that shares none or fewer, or over none found.
_LEAD_PROSE_LINES = 6
_LEAD_TITLE_REACH = 40  # non-blank lines over the story's first paragraphs
_LEAD_TITLE_WORDS = 3  # ("Shuttle launch scrubbed": words the lead takes up tell a short title)
_SHARED_WORDS = 2
_SHARED_SHARE = 0.4
_RIGHT_OVER = 2  # non-blank lines from a title right over the story to its first paragraph
_STEM_RE = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]{4,}")  # words of alphabets with spaces between them


def _title_the_lead_takes_up(lines, found, start=None):
    # (``start``: the story's first prose line when _find_title had to look past the first)
    top = next_nonblank(lines, 0)
    if start is None and top is not None:
        start = _story_start(lines, top, past_notices=found is None)
    if start is None:
        return found
    opens_with_chrome = _nonblank_count(lines, top, start) > _TOP_REACH
    if found is not None and (not opens_with_chrome or (found == top and _over_byline(lines, found))):
        return found  # a selection: the title at its top, or over its byline or date, is the story's
    lead = _lead_stems(lines, start)
    best, best_shared, index, seen = None, 0, previous_nonblank(lines, start - 1), 0
    while index is not None and seen < _LEAD_TITLE_REACH:
        seen += 1
        line = lines[index]
        if is_title_candidate(lines, index, top) and len(line.split()) >= _LEAD_TITLE_WORDS \
                and not looks_like_person_name(line) and not is_furniture(line):
            stems = _stems(line)
            shared = len(stems & lead)
            if shared >= _SHARED_WORDS and shared >= _SHARED_SHARE * len(stems) and shared > best_shared:
                best, best_shared = index, shared
        index = previous_nonblank(lines, index - 1)
    # (the story's prose over a line is the story's start: the line is a subhead)
    if best is None or any(_is_story_prose(lines, index) for index in range(found or top, best)):
        return found
    best = _title_over_standfirst(lines, best, top)
    if found is None:
        return best
    if found > start:
        return best
    if best > found and _right_over_signed_byline(lines, found) or best < found and _menu_run_between(lines, best, found):
        return found  # a line under the title's own byline is a subhead or a caption; one over the menu, the site's
    stems = _stems(lines[found])
    shared = len(stems & lead)
    # A line right over the story stands where its title does; a line under the title found,
    # between it and the story, is a subhead or a caption, unless the title found shares
    # nothing with the story and the story's own title is not between the two (the title
    # found said again at more length, over the story's byline or date).
    if _nonblank_count(lines, found, start) <= _RIGHT_OVER or shared >= _SHARED_SHARE * len(stems) or (
            best > found and (shared >= _SHARED_WORDS or any(
                lines[index].startswith(lines[found]) and _over_byline(lines, index)
                for index in range(found + 1, best)))):
        return found
    return best


def _title_over_standfirst(lines, index, top):
    # A standfirst takes up the lead's words more than a short title over it does: "Battery
    # power" over a sentence longer than titles run is the title.
    over = previous_nonblank(lines, index - 1)
    if over is not None and (is_long_standfirst(lines[index]) or _outruns_title(lines[index], lines[over])) \
            and is_title_candidate(lines, over, top) \
            and not is_furniture(lines[over]) and not is_breadcrumb(lines[over]) and not is_byline_or_date(lines[over]):
        return over
    return index


def _outruns_title(line, over):
    # "With two new ferry lanes opening across the bay, the harbor master fears delays" under
    # "Ferry plan stirs doubt": a sentence of ten words or more, twice as long as the title of
    # three words or more over it, is its standfirst.
    words, title_words = line.split(), len(over.split())
    return len(words) >= _STANDFIRST_WORDS and title_words >= _LEAD_TITLE_WORDS and len(words) >= 2 * title_words \
        and not in_title_case(words)


def _is_story_prose(lines, index):
    # A line of prose that is no photo's dated caption under its viewer's label: the story's,
    # where a title over it would be a subhead.
    return is_prose_line(lines[index]) and not is_caption_under_viewer(lines, index)


def _lead_stems(lines, start):
    # The longer words of the story's first lines of prose, from ``start`` on.
    lead, index, seen = set(), start, 0
    while index is not None and seen < _LEAD_PROSE_LINES:
        if is_prose_line(lines[index]):
            lead |= _stems(lines[index])
            seen += 1
        index = next_nonblank(lines, index + 1)
    return lead


def _stems(line):
    # A line's longer words, by their first five letters ("ferries" and "ferry" are one)
    return {word.lower()[:5] for word in _STEM_RE.findall(line)}


# A breadcrumb trail ends on the page's own title ("Home News Business News Ascom opens …"
# over "Ascom opens …"): the line under it that the trail ends with is the headline.
_TRAIL_WORDS = 8
_TITLE_MIN_WORDS = 3


def _past_trail(lines, index):
    following = next_nonblank(lines, index + 1)
    if following is None:
        return index
    line, title = lines[index], lines[following]
    if len(title) < len(line) and line.endswith(title) and len(title.split()) >= _TITLE_MIN_WORDS \
            and len(line[:-len(title)].split()) <= _TRAIL_WORDS:
        return following
    return index


def _find_title(lines):
    # (the title's index, and the story's first prose line when the title stands over a later
    # run of prose than the first; else None)
    top = next_nonblank(lines, 0)
    found = _title_near_top(lines)
    # A page that opens on a cookie banner shows no title before it: the story starts past
    # the banner. (Under a title, such lines are its notes: "This article is about …".)
    start = _story_start(lines, top, past_notices=found is None) if top is not None else None
    above = _title_above_story(lines, top, start) if start is not None else None
    if above is None and found is None and start is not None and _nonblank_count(lines, top, start) > _TOP_REACH:
        # On a whole page (menus over the first prose), the first two prose lines in a row may
        # be other stories' cards (a title run into its standfirst, twice): the story is then
        # further down, under its title. (A selection opens on its story.)
        return _title_over_later_story(lines, top, start)
    if above is None and found is not None and start is not None and not reads_like_title(lines[found]):
        if _nonblank_count(lines, found, start) > _HEAD_LINES:
            return None, None  # a menu's first label ("Home", "RSS") far above the story is no title
        # a menu's first label over the rest of the menu, then the title right over the story
        # (a short title over a few lines, a kicker or the page's particulars, is the story's)
        over = _title_over_story(lines, top, found, start)
        if over is not None and _nonblank_count(lines, found, over) > _TOP_REACH \
                and not any(_is_story_prose(lines, index) for index in range(found + 1, over)):
            return over, None
        return found, None
    if above is None or found is None or above == found:
        return (found if above is None else above), None
    if lines[found].isupper() and not lines[above].isupper() and found < above and _right_over_byline(lines, above):
        return above, None  # a section's label in capitals over the title right over its byline
    # A title near the top that has its own byline or date under it, close over the story,
    # is the story's (a title lower down, also over a date, is a Related link's).
    # (A menu's first label over the page's date, "Home" over "Monday, May 3", is none; a short
    # title right over its writer's byline is one.)
    # (Not when the title found stands right over the one above the story, and that one right
    # over the byline or date and taken up by the story's first lines: a short line there is
    # the title, and the line over it a kicker or the lead photo's caption; a standfirst there,
    # ten words or more, was passed over, and the writers' names share no words with the story.)
    # (Nor the site's name over its tagline and the day's date, with the site's menu under them.)
    if found < start and _nonblank_count(lines, found, start) <= _HEAD_LINES and _over_byline(lines, found) \
            and (not _menu_run_between(lines, found, above) or _right_over_signed_byline(lines, found)) \
            and (reads_like_title(lines[found]) or not reads_like_title(lines[above])
                 or _SIGNED_RE.match(lines[next_nonblank(lines, found + 1)])) \
            and not (next_nonblank(lines, found + 1) == above and _right_over_byline(lines, above, past_standfirst=True)
                     and _reads_as_sentence(lines[above])
                     and len(_stems(lines[above]) & _lead_stems(lines, start)) >= _SHARED_WORDS):
        return found, None
    # So is the paste's first line when the title found above the story is close under it, or
    # when story prose or a list of links ("More from …") comes between them.
    if found == top and found < above and ((_nonblank_count(lines, found, above) <= _TOP_REACH and (
            reads_like_title(lines[found]) or not reads_like_title(lines[above])
            or lines[found] in lines[found + 1:found + _KICKER_REPEAT_WINDOW])) or (
            reads_like_title(lines[found]) and (
                any(is_prose_line(lines[i]) for i in range(found + 1, min(above, found + _HEAD_LINES)))
                or is_link_list_header(lines[next_nonblank(lines, found + 1)])))):
        return found, None
    return above, None


_SIGNED_RE = re.compile(r"(?:by|BY|By:?)\s+[A-Z]")  # a byline naming its writer: "By Jo Li -- Ledger"
_HEAD_LINES = 30  # non-blank lines over the story's first paragraphs where its title stands
_FURNISHED_HEAD_LINES = 90  # the same lines with a share panel's buttons and labels among them
_TOP_REACH = 10  # non-blank lines under the first line still close to it
_BYLINE_REACH = 4  # non-blank lines between a title and its byline or date (a standfirst, a kicker)
_STORY_SEARCH = 600  # non-blank lines searched for the story's first paragraphs
_STANDFIRST_WORDS = 10  # a standfirst under its title is a sentence of ten words or more


def _title_over_story(lines, top, found, start):
    # The line reading as a title nearest over the story's first paragraphs, below ``found``
    # (only menus' labels stand between the two: no line of prose).
    index = previous_nonblank(lines, start - 1) if start else None
    while index is not None and index > found:
        line = lines[index]
        if is_title_candidate(lines, index, top) and (reads_like_title(line) or _is_short_title_over_byline(
                lines, index)) and not is_furniture(line) \
                and not is_byline_or_date(line) and not (lines[index + 1] and is_wrapped(line, lines[index + 1])):
            return index
        index = previous_nonblank(lines, index - 1)
    return None


def _is_short_title_over_byline(lines, index):
    # "Shuttle Launch Scrubbed" right over its date: three words, each capitalised
    words = lines[index].split()
    return len(words) == _SHORT_TITLE_WORDS and in_title_case(words, share=1) and _right_over_byline(lines, index)


_SHORT_TITLE_WORDS = 3
_LATER_STARTS = 10  # runs of prose past the first that may be the story's (cards run in pairs)


def _title_over_later_story(lines, top, start):
    # (the title over a byline or date right over a later run of prose, see _title_above_story,
    # looked for over the next few runs after the one at ``start``; and that run's first line)
    for _ in range(_LATER_STARTS):
        index = start
        while index is not None and is_prose_line(lines[index]):
            index = next_nonblank(lines, index + 1)
        start = _story_start(lines, index, past_notices=True) if index is not None else None
        if start is None:
            return None, None
        above = _title_above_story(lines, top, start, dated_only=True)
        if above is not None:
            return above, start
    return None, None


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
        index = next_nonblank(lines, index + 1)
    return None


def _over_byline(lines, index):
    # A byline or date among the few lines under lines[index].
    seen, following = 0, next_nonblank(lines, index + 1)
    while following is not None and seen < _BYLINE_REACH:
        if is_byline_or_date(lines[following]):
            return True
        seen += 1
        following = next_nonblank(lines, following + 1)
    return False


_NAME_JOINERS = frozenset(("and", "&", "of", "for", "the", "at", "in"))


def _reads_as_sentence(line):
    # A title written as a sentence, not the writers' names and their paper ("Jo Li and Al Roe
    # Harbor Ledger") nor a byline ("Analysis by Jo Li, Harbor Editor"): small words among capitalised ones.
    words = line.split()
    return _SIGNED_RE.search(line) is None and sum(
        1 for word in words if word[:1].islower() and word not in _NAME_JOINERS) >= 2


def _right_over_byline(lines, index, *, past_standfirst=False):
    # (``past_standfirst``: or over a standfirst right over it)
    following = next_nonblank(lines, index + 1)
    if past_standfirst and following is not None and is_long_standfirst(lines[following]):
        following = next_nonblank(lines, following + 1)
    return following is not None and is_byline_or_date(lines[following])


def _right_over_signed_byline(lines, index):
    # (a date alone under a title may be a teaser's: "Markets rally" over "Monday 9:22 am"; a
    # date over a signed byline is the story's: "October 5" over "Posted by Jo Li")
    following = next_nonblank(lines, index + 1)
    if following is not None and is_byline_or_date(lines[following]) and not opens_as_byline(lines[following]):
        following = next_nonblank(lines, following + 1)
    return following is not None and opens_as_byline(lines[following])


def _nonblank_count(lines, start, end):
    # Non-blank lines among lines[start:end], counted no further than past _HEAD_LINES of them.
    count = 0
    for line in lines[start:end]:
        if line:
            count += 1
            if count > _HEAD_LINES + 1:
                break
    return count


def _title_above_story(lines, top, start, *, dated_only=False):
    """Index of the story's title among the lines over its first paragraphs (at ``start``).

    A page repeats its story's title (the browser's title line, "Title | Site", opens the
    copy; a share box sets the title again): a title line the lines over the story repeat
    is the story's. Otherwise the title is the title line right over the byline or date
    nearest the story, over a standfirst when the line under the title is the longer one.
    None when neither is found. A Related marker ends the search: the lines above it are
    another story's. With ``dated_only``, only a title over a byline or date is the story's.
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
    titles = {i for i in above if is_title_candidate(lines, i, top) and reads_like_title(lines[i])
              and not is_byline_or_date(lines[i]) and not (lines[i + 1] and is_wrapped(lines[i], lines[i + 1]))}
    texts = [lines[i] for i in above]
    first = lines[top]
    for i in () if dated_only else above:
        # (a menu's label set again in the breadcrumb over the title, "Alphen aan den Rijn", is
        # no title: it is as short as labels run, and one of its copies stands among the menu's)
        if i in titles and ((texts.count(lines[i]) > 1 and not (len(lines[i].split()) <= _LABEL_WORDS and any(
                lines[j] == lines[i] and _among_labels(lines, j) for j in above))) or (
                i != top and first.startswith(lines[i]) and len(first) > len(lines[i]) + 2)):
            return i
    for position, i in enumerate(above):
        if not (is_byline_or_date(lines[i]) or is_key_points_heading(lines[i])):
            continue
        over = [p for p in _byline_reach(lines, above, position) if above[p] in titles]
        if not over:
            continue  # a byline's other lines, or a teaser's date: the title may stand higher
        # (the page's list of its most read stories, under the story, sets its title again)
        again = [p for p in over if _set_again_below(lines, above[p], start)]
        if len(again) == 1:
            return above[again[0]]
        best = over[0]
        # "Hotel owners' secrets" over "Bosses spill the beans on cost cutting and hygiene": a
        # sentence of ten words or more right under a title is its standfirst when it is half as
        # long again, or as long and the line over it is no item of a list of titles (the last of
        # other stories' titles, right over the story's own); one in title case is the title,
        # under another story's; one over a standfirst of its own is the title, under a kicker.
        # (A standfirst of two such lines is climbed line by line, past the byline's reach, to a
        # line as long: a short line over it there is a breadcrumb's or a kicker's.)
        climbed = False
        # (and past the byline's reach from a standfirst longer than titles run, to a line the
        # page does not set higher up, as a breadcrumb sets a menu's label again)
        while (upper := _title_over_line(lines, above, titles, best)) is not None and (
                climbed or upper in over or upper == best + 1 and is_long_standfirst(lines[above[best]])
                and lines[above[upper]] not in lines[top:above[upper]]) \
                and not in_title_case(lines[above[best]].split()) and len(lines[above[best]].split()) >= \
                _STANDFIRST_WORDS and not _over_standfirst(lines, above[best]):
            lower, upper_words = len(lines[above[best]].split()), len(lines[above[upper]].split())
            if climbed and (upper != best + 1 or 3 * upper_words < 2 * lower):
                break  # (climbing on, only to a line right over it and near as long)
            if not ((2 * lower >= 3 * upper_words and not climbed) or (
                    lower >= upper_words and not _in_title_list(lines, above[upper], top)) or (
                    not climbed and 3 * lower >= 2 * upper_words and _under_kicker(lines, above[upper]))):
                break
            best, climbed = upper, True
        return above[best]
    return None


_KICKER_WORDS = 2
_LABEL_WORDS = 4
_MENU_RUN = 8  # labels in a row that make a site's menu


def _over_standfirst(lines, index):
    # right over a sentence of ten words or more, or over a standfirst of sentences whose last
    # is left without its stop ("… La Soprintendenza avvia le analisi, il paese fa la fila")
    following = next_nonblank(lines, index + 1)
    return is_over_sentence(lines, index, _STANDFIRST_WORDS) or following is not None and is_long_standfirst(
        lines[following]) and _SENTENCE_INSIDE.search(lines[following]) is not None


_SENTENCE_INSIDE = re.compile(r"\w[.!?] [A-ZÀ-Þ]")


def _set_again_below(lines, index, start):
    # (a title's words, not a label set again as a menu's: "GROWING AN ONLINE BUSINESS")
    title = lines[index]
    if is_in_capitals(title):
        return False
    return any(line.endswith(title) and _LIST_NUMBER.fullmatch(line[:len(line) - len(title)])
               for line in lines[start:] if len(line) >= len(title))


_LIST_NUMBER = re.compile(r"(?:\d{1,2}[.)]?\s*)?")


def _under_kicker(lines, index):
    # a section's word or two right over the line ("Saúde" over the title, then its
    # standfirst), not the last of a menu's labels ("Lifestyle ¶ About" over a teaser's title)
    over = previous_nonblank(lines, index - 1)
    if over is None or not is_kicker(lines[over]):
        return False
    higher = previous_nonblank(lines, over - 1)
    return higher is None or not is_kicker(lines[higher])


def is_kicker(line):
    """Whether a line may be a section's word or two set over a title or a box ("Saúde", "Entenda")."""
    return len(line) <= _KICKER_CHARS and len(line.split()) <= _KICKER_WORDS and not has_terminal_punctuation(line)


_KICKER_CHARS = 40


def _title_over_line(lines, above, titles, position):
    # The position in ``above`` of the title line right over the one at ``position``, or over
    # a kicker of a word or two set between them ("Editorial"); else None.
    for upper in (position + 1, position + 2):
        if upper < len(above) and above[upper] in titles and (
                upper == position + 1 or len(lines[above[position + 1]].split()) <= _KICKER_WORDS):
            return upper
    return None


def _menu_run_between(lines, begin, end):
    # a run of _MENU_RUN short labels or more between lines[begin] and lines[end], a site's menu
    run = 0
    for line in lines[begin + 1:end]:
        if not line.strip():
            continue
        run = run + 1 if len(line.split()) <= _LABEL_WORDS and not has_terminal_punctuation(line) else 0
        if run >= _MENU_RUN:
            return True
    return False


def _among_labels(lines, index):
    # the lines right over and under lines[index] are short labels too, as a menu's are
    for near in (previous_nonblank(lines, index - 1), next_nonblank(lines, index + 1)):
        if near is None or len(lines[near].split()) > _LABEL_WORDS or has_terminal_punctuation(lines[near]):
            return False
    return True


def _in_title_list(lines, index, top):
    # the two lines over lines[index] read as titles too
    for _ in range(2):
        index = previous_nonblank(lines, index - 1)
        if index is None or not (is_title_candidate(lines, index, top) and reads_like_title(lines[index])):
            return False
    return True


def _byline_reach(lines, above, position):
    # The positions in ``above`` (lines going up) within reach of the byline at ``position``:
    # a few lines, not counting a row of share buttons or other controls set between a title
    # and its byline ("Share on Facebook", "Print Article", "Comments").
    reach, seen = [], 0
    for p in range(position + 1, min(len(above), position + 1 + _HEAD_LINES)):
        reach.append(p)
        if not is_furniture(lines[above[p]]) and not is_byline_or_date(lines[above[p]]):
            seen += 1  # (nor the byline's own lines: "12 OCT 2025 19:15" over "Actualizado …")
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
    top = index = next_nonblank(lines, 0)
    if index is not None and is_dated_title(lines, index):
        return index
    while index is not None and seen < _HEADLINE_WINDOW:
        seen += 1
        line = lines[index]
        if match_related_marker(line) is not None:
            break  # a Related block's title is another story's, and the story follows it
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if following and is_wrapped(line, following) and not is_leading_chrome(lines, index + 1):
            break  # a hard-wrapped paragraph: the story begins
        if is_prose_line(line) or match_comment_counter(lines, index) or (
                has_terminal_punctuation(line) and not ends_like_title(line) and not is_breadcrumb(line)):
            if seen <= _DIALOG_HEADING_LINES + 1 and _opens_dialog(lines, index):
                return None  # the heading of a consent dialog set over the page: the story is further down
            break  # the story begins (a breadcrumb may end on its page's title cut short)
        if is_title_candidate(lines, index, top) and not (index != top and is_byline_or_date(line)):
            candidates.append(index)
        index = next_nonblank(lines, index + 1)
    # A title needs the story under it.
    candidates = [c for c in candidates if next_nonblank(lines, c + 1) is not None]
    if candidates and candidates[0] == top and stands_alone(lines, candidates[0], top):
        # A short first line right over a title-shaped one (page chrome such as "Powered by …"
        # aside) is a section kicker ("Politics", "World news"), unless the line under it is a
        # date or says where the text comes from ("From the council's bulletin") or the page
        # repeats the short line on a line of its own (a reference page's title over its fact box).
        first, under = candidates[0], candidates[1] if len(candidates) > 1 else None
        # (a kicker names a section: "Fight! Fight! Fight!" is a title)
        # (a section's label in capitals set in parts, "CAMPIONATO | 16ª GIORNATA", is a kicker
        # however long; a title in capitals over a line that is not is still the title)
        if under is None or (reads_like_title(lines[first]) and not _is_section_label(lines[first])) \
                or under != next_beyond_chrome(lines, first + 1) \
                or has_terminal_punctuation(lines[first]) \
                or not reads_like_title(lines[under]) or is_byline_or_date(lines[under]) \
                or lines[under].startswith("From ") or is_long_standfirst(lines[under]) \
                or lines[first] in lines[under + 1:under + _KICKER_REPEAT_WINDOW]:
            return first
        return under
    for candidate in candidates:
        if reads_like_title(lines[candidate]):
            return candidate
    return candidates[0] if len(candidates) == 1 else None


# A consent dialog over the page opens it: a heading ("We value your privacy"), a few
# sentences about cookies, then its buttons. (A title over a note about itself, "This article
# is about the river", has the story's prose under the note.)
_DIALOG_HEADING_LINES = 2
_DIALOG_SENTENCE_LINES = 3


def _opens_dialog(lines, index):
    if not is_consent_notice(lines[index]):
        return False
    following = index
    for _ in range(_DIALOG_SENTENCE_LINES):
        following = next_nonblank(lines, following + 1)
        if following is None or not is_prose_line(lines[following]):
            return following is not None
    return False


_LABEL_PARTS_RE = re.compile(r"\s[|·•/]\s")


def _is_section_label(line):
    # "CAMPIONATO | 16ª GIORNATA", "PREMIER LEAGUE · MATCHDAY 16": a section and its part, in capitals
    return _LABEL_PARTS_RE.search(line) is not None and is_in_capitals(line)
