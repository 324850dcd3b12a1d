"""The shape of a title line: which lines may be a story's title, which are prose, which are the
chrome that leads into a story (kickers, dates, bylines, share rows)."""

import re

from .captions import ends_on_credit, split_caption
from .furniture import (
    is_breadcrumb,
    is_byline_or_date,
    is_contact_line,
    is_furniture,
    match_comment_counter,
    match_related_marker,
)
from .linklists import is_link_list_header
from .names import looks_like_person_name
from .notices import is_site_notice
from .shapes import is_written_without_spaces
from .stamps import is_stamp_or_data_line
from .text import (
    has_terminal_punctuation,
    in_title_case,
    is_whole_quotation,
    next_nonblank,
    opens_quotation,
    previous_nonblank,
)
from .widgets import is_player_title

# Longer than titles run (one in thirty is): a line under a short first line, the two over
# the story, that is a sentence this long is the standfirst under its title.
_STANDFIRST_OVER_WORDS = 16


def is_long_standfirst(line):
    words = line.split()
    return len(words) >= _STANDFIRST_OVER_WORDS and not in_title_case(words)


def is_dated_title(lines, index):
    # "Stocks fall. Why you shouldn't worry." right over its byline or date: a title, even
    # with a full stop, when it opens the paste and a byline or date line follows it directly.
    line = lines[index]
    following = index + 1
    return (has_terminal_punctuation(line) and len(line.split()) <= 20 and following < len(lines)
            and bool(lines[following]) and not split_caption(line) and not is_furniture(line)
            and (is_furniture(lines[following]) or is_stamp_or_data_line(lines[following])
                 or is_byline_or_date(lines[following]))
            and next_nonblank(lines, following + 1) is not None)


_JOINING_WORD_END = re.compile(r"\b(and|or|but|the|a|an|of|to|in|on|for|with|whose|that|which|who|at|from|as|is|was)$")
_JOINING_WORD_CHARS = 6  # the longest joining word and a line break after it
_WRAP_SLACK = 20  # characters a wrapped line may run past the one over it (a ragged edge)


def ends_on_joining_word(line):
    # (searched from a little before the end only: the pattern is anchored there, and "\b"
    # still reads the character before where the search starts)
    return bool(_JOINING_WORD_END.search(line, max(0, len(line) - _JOINING_WORD_CHARS)))


def is_wrapped(line, following):
    # A line broken in mid-sentence: it ends on a joining word ("Sign in" is a label) over a
    # line no longer than a wrapped one (not a title ending on German's "an", "Belegschaft
    # kündigt Widerstand an", over its standfirst), or runs on into a line that starts in
    # lowercase (not a "by …" byline).
    return (len(line.split()) >= 5 and ends_on_joining_word(line) and len(following) <= len(line) + _WRAP_SLACK) or (
        following[0].islower() and not following.startswith(("by ", "by:"))
        and (len(line.split()) >= 8 or has_terminal_punctuation(following)))


def is_prose_line(line):
    """A line of story prose: a sentence of some length, or a line too long for any title."""
    words = len(line.split())
    return words > 30 or (has_terminal_punctuation(line) and words >= 8 and not ends_like_title(line))


_QUESTION_OR_EXCLAMATION = re.compile(r"[?!？！][”’\"')]*$")
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def ends_like_title(line):
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


_BRACKETED_END_RE = re.compile(r"(?:\s+\([^()]{1,60}\))+$")


# A byline naming its writer in the languages read ("By Jo Li", "Por Ana Lima"), and a line of
# two capitalised names set apart by a dash or a bar: an outlet and the place it reports from.
_SIGNED_BYLINE_RE = re.compile(r"(?:By|BY|Por|POR|Par|PAR|Von|VON|Di|Door|DOOR)\s+[A-ZÀ-Þ]")
_OUTLET_AND_PLACE_RE = re.compile(r"[A-ZÀ-Þ][\w’'.-]*(?: [\w’'.-]+){0,4} [—–|-] [A-ZÀ-Þ][\w’'.-]*(?: [\w’'.-]+){0,4}")


def is_title_candidate(lines, index, top):
    line = lines[index]
    # (a sentence with its source in brackets after it is a caption: "Rally in May. (example.com)")
    sentence = _BRACKETED_END_RE.sub("", line) if line.endswith(")") else line
    # ("Politics »" leads into a link; «On ne lâchera rien» is a quotation, and so is the end of
    # "Il lanificio passa a un fondo: «Produzione e posti restano»"; not a pager's "« Older | Main | Newer »")
    if (has_terminal_punctuation(sentence) and not ends_like_title(sentence)) \
            or (line.endswith(_LEAD_IN_ENDS) and not is_whole_quotation(line)
                and not (line.endswith("»") and "«" in line and "|" not in line)) \
            or _LEAD_IN_WORD_END.search(line):
        return False
    if is_leading_chrome(lines, index) or split_caption(line) or is_link_list_header(line) or ends_on_credit(line):
        return False
    # a notice ("These are external links and will open in a new window"), not "About This Site"
    if is_site_notice(line) and any(word[:1].islower() for word in line.split()):
        return False
    above = previous_nonblank(lines, index - 1)
    if above is not None and lines[above].endswith(("by", "By", "BY")) and _PROVIDED_BY_RE.fullmatch(lines[above]):
        return False  # the sender or sponsor under "News provided by", "Sponsored by"
    if above is not None and _SIGNED_BYLINE_RE.match(lines[above]) and _OUTLET_AND_PLACE_RE.fullmatch(line):
        return False  # the writer's paper and town under the byline: "Diário Tropical — São José"
    following = next_nonblank(lines, index + 1)
    if following is not None and (len(line.split()) >= 4 and _CALL_TO_ACTION.fullmatch(lines[following])
                                  or is_contact_line(lines[following])):
        return False  # a banner over its button; an address over its telephone line
    first = line[0]
    # A lowercase start is a title only at the very top ("evolve extension for Mercurial"):
    # ``top`` is the index of the first line that is not blank.
    return (first.isalnum() and (not first.islower() or (
        top == index and len(line.split()) >= 4))) or first in "“\"‘'`¿¡«[(" \
        or (first in "„‚»" and opens_quotation(line))


_PROVIDED_BY_RE = re.compile(r"(news )?(provided|sponsored|presented|powered|brought to you) by", re.IGNORECASE)


def reads_like_title(line):
    # Four words or more; scripts written without spaces count characters instead (and only
    # they: a place with an accent, "Port Lumière", is two words, as "Port Louis" is).
    long_enough = len(line.split()) >= 4 or (len(line) >= 12 and is_written_without_spaces(line))
    return long_enough and not looks_like_person_name(line)


def stands_alone(lines, index, top):
    # The paste's first line, not the first item of a menu: the next line is no short label.
    # A blank line after it sets it apart as well (menus are copied one item a line); a
    # single word over a date or byline is a section kicker ("Politics").
    following = next_nonblank(lines, index + 1)
    if following is None:
        return False
    if following > index + 1:
        return True
    if is_leading_chrome(lines, following):
        return len(lines[index].split()) >= 2
    if _is_writer_over_story(lines, following):
        return True  # the title's byline without its "By": "RANDY SPORTAK" over the story
    return not (len(lines[following].split()) <= 3 and is_title_candidate(lines, following, top))


def _is_writer_over_story(lines, index):
    name, following = lines[index], next_nonblank(lines, index + 1)
    return following is not None and is_prose_line(lines[following]) and looks_like_person_name(
        name.title() if name.isupper() else name)


def is_leading_chrome(lines, index):
    line = lines[index]
    if match_related_marker(line) is not None or match_comment_counter(lines, index) or split_caption(line):
        return is_breadcrumb(line)
    return is_furniture(line) or is_stamp_or_data_line(line) or is_player_title(lines, index)


def next_beyond_chrome(lines, start):
    # The next line that is neither blank nor leading chrome ("Powered by …", "Share").
    index = next_nonblank(lines, start)
    while index is not None and is_leading_chrome(lines, index):
        index = next_nonblank(lines, index + 1)
    return index


