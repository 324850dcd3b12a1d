"""Lists of links to other stories: the header over one ("Most read", "More on this story")
and the titles listed under it."""

import re

from .captions import split_caption
from .linepatterns import LinePatterns
from .text import has_terminal_punctuation, in_title_case


# "Te puede interesar", "Le puede interesar": Spanish's label over another story's link.
MAY_INTEREST_YOU = r"(?:también )?(?:te|le|les) (?:puede|pueden|podría) interesar"

# A header over a list of links to other stories ("Most Read", "Trending now", "Related
# Coverage"): the story titles that follow it are page furniture too.
_LINK_LIST_HEADER_RE = re.compile(
    r"(most (read|popular|viewed|shared|emailed|commented)( (stories|articles|now|today|this week))?"
    r"|trending( now| stories| today| news| videos)?|popular( now| stories| today)?"
    r"|recommended( for you| stories| reading| articles| videos)?"
    r"|related (coverage|stories|articles|content|links|reading|news|videos|topics)"
    r"|more (stories|news|coverage|headlines|videos|to read|from [\w .’'-]{1,40}|interviews|features|columns"
    r"|opinion|analysis|explainers|reviews|podcasts|galleries|in [\w .’'-]{1,30}|on [\w .’'-]{1,30})"
    r"|(top|latest|featured|other|editor[’']?s?) (stories|news|headlines|picks|videos)|editor[’']?s picks"
    r"|you (may|might) (also )?(like|be interested in)|read (next|more|also)|also read|see also|up next"
    r"|what to read next|don[’']?t miss|further reading|keep reading|around the web|in case you missed it"
    r"|sponsored (stories|links)|from (our|the) (partners|network)|latest"
    # "More:", "More on: Taliban", "Most read in World News", "Explore further", "Recent articles"
    r"|more( on| about| in| from)?\s*:.{0,60}|more (on|about|articles in) .{1,40}"
    r"|most (read|popular|viewed|shared) (in|on) .{1,40}|(latest|more|top) in .{1,40}"
    r"|explore further|recent (articles|stories|posts)|other (people|readers) are reading"
    r"|people (also|are) (read|reading|viewed)|you were reading|related (posts|items)|you (may|might) have missed"
    # and in French, German, Spanish, Portuguese, Italian and Dutch: "Lire aussi", "Lesen Sie auch"
    r"|(à )?lire (aussi|également)|lesen sie auch|le[eé] también|lea también|leia também|leggi anche|lees ook"
    r"|mir[aá] también|más información|plus d'informations|mehr informationen|maggiori informazioni"
    r"|mais informações|meer informatie"
    r"|mehr zum thema|zum thema|das könnte sie auch interessieren|sur le même sujet|saiba mais"
    rf"|{MAY_INTEREST_YOU}|ti potrebbe interessare|potrebbe interessarti|vedi anche|ook interessant"
    r"|segu[ií] leyendo|sigue leyendo|continuar leyendo"
    r"|meer over dit onderwerp)\W*",
    re.IGNORECASE)


_LINK_LIST_HEADERS = LinePatterns((_LINK_LIST_HEADER_RE.pattern,), re.IGNORECASE)  # (tried only where it could match)

# Those a page sets into the story, which runs on under the titles listed (a rail's "Most read"
# or "Recent" closes the page instead).
_IN_STORY_HEADER_RE = re.compile(
    r"(read (also|more)|also read|see also|(à )?lire (aussi|également)|lesen sie auch|le[eé] también|lea también"
    r"|leia também|mir[aá] también|leggi anche|lees ook|más información|mehr zum thema|zum thema|saiba mais|vedi anche"
    rf"|{MAY_INTEREST_YOU}|ti potrebbe interessare|veja também|segu[ií] leyendo|sigue leyendo)\W*",
    re.IGNORECASE)


def is_in_story_box_header(line):
    """True for the header of a box of links set into the story ("Read also", "Lire aussi", "Lees ook")."""
    return _IN_STORY_HEADER_RE.fullmatch(line) is not None


# "Ferries: all the coverage...", "Full coverage": told apart from the patterns above, which
# are tried by a line's first characters, since a kicker may open it.
_COVERAGE_HEADER_RE = re.compile(r"([\w .’'-]{1,40}:\s*)?(all (the |our )?|full |complete )coverage\W*", re.IGNORECASE)


def is_link_list_header(line):
    """True for the header of a list of links to other stories."""
    return _LINK_LIST_HEADERS.fullmatch_any(line) or (
        ("overage" in line or "OVERAGE" in line) and _COVERAGE_HEADER_RE.fullmatch(line) is not None)


def is_link_list_item(line):
    """A story title in a link list: a short line that does not end like a sentence.

    A line ending in a colon introduces the story's own list ("What you'll need:"), so it
    ends the link list; a title cut short ("Poll: In a fight between …") does not.
    """
    words = line.split()
    return (not has_terminal_punctuation(line) or line.endswith(("...", "…")) or _is_title_asking(words)) \
        and not line.endswith(":") and len(words) <= 20 and split_caption(line) is None


_QUESTION_TITLE_WORDS = 12


def _is_title_asking(words):
    # "Can It Get Any Worse for the Ferry?": a title in title case may ask a question, and so
    # may one under its kicker ("Analysis: what now for the ferries?")
    return words[-1].endswith("?") and len(words) <= _QUESTION_TITLE_WORDS and (
        in_title_case(words) or _KICKER_RE.match(words[0]) is not None)


# A title's kicker before its colon: "Analysis:", "Ferries:" (a capital, no figures).
_KICKER_RE = re.compile(r"[A-Z][^\W\d_]+:$")
