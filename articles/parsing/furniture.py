"""Page furniture: the boilerplate a copied web page brings along (ads, share bars, bylines, stamps)."""

import re
from functools import lru_cache

from .captions import is_credit_line, is_section_labels
from .linepatterns import LinePatterns
from .names import looks_like_person_name, without_glued_tail
from .stamps import DIGIT, STAMP_SEPARATORS, STAMP_WORDS, is_date_stamp, is_stamp_or_data_line
from .text import has_terminal_punctuation, next_nonblank
from .widgets import (
    FOREIGN_FURNITURE_PATTERNS, FURNITURE_PATTERNS, is_repeated_label_row, is_row_of_links, is_section_menu,
    is_site_links_row,
)
from .words import DAYS_AND_MONTHS, WIRE_SERVICES, word_set


# Bylines: "By", "BY" or "by:" then capitalised names, nothing that reads like a sentence.
# The names themselves must stay capitalised, so "By Tuesday night, crews …" is prose.
_BYLINE_RE = re.compile(
    r"(?:By|BY|by):? [A-Z][\w.’'-]*( (and |AND |& |y |et |und |e )?[A-Z][\w.’'-]*){0,5}( (at|in) [A-Z][\w.’'-]*( [A-Z][\w.’'-]*){0,3})?"
    r"( ?[,|] ?[\w .’'-]{0,40}| \([\w .’'-]{2,40}\))?")
# Credit lines: "Story by Jo Li", "Reporting by Jo Li; Editing by Ann Roe" (wire trailers).
_CREDIT_TRAILER_RE = re.compile(
    r"\(?((additional |story |written |words |text |reporting |writing |editing |photos? |video |interview"
    r"(s|ed)? |compiled |produced |illustrations? )by:? "
    r"(?-i:[A-Z])[\w.’'-]*( [\w.’'-]+){0,12}[;,]?\s*)+\.?\)?\.?", re.IGNORECASE)
# A reporter's social handle or address under the byline: "@JaneDoe", "Twitter: @jdoe".
_HANDLE_RE = re.compile(r"((twitter|x|instagram|threads|bluesky|email)\s*:\s*)?(@\w{1,30}|[\w.+-]+@[\w-]+\.[\w.]+)",
                        re.IGNORECASE)
# A byline's job line on its own: "Staff Writer", "Senior Science Reporter @jli", "Middle East
# correspondent": up to three words of beat or rank (no article or preposition) before the job.
_STAFF_ROLE_RE = re.compile(
    r"((?!(?:the|a|an|to|of|for|and|or|in|on|at|by|with|our|your|my|this|that)\b)[\w’'-]+ ){0,3}"
    r"(writer|reporter|correspondent|editor|columnist|contributor|photographer|journalist|producer"
    # the same jobs in the other languages: "Correspondente em Benguela", "Corresponsal en Quito"
    r"|correspondente|corresponsal|corrispondente|correspondant|correspondante|korrespondent|korrespondentin|jornalista"
    r"|periodista|giornalista|journaliste|redakteur|redakteurin|redacteur|redactora?|redattore|redattrice|verslaggever)s?"
    r"( (in|en|em|à|a|au|aus|at|for|from) [A-Z][\w’'-]*( [A-Z][\w’'-]*){0,2})?( @\w{1,30})?",
    re.IGNORECASE)
# A whole line must match one of the patterns, or be a handle, a job line or a credit trailer;
# each is tried only where it could match.
_FURNITURE = LinePatterns(
    (*FURNITURE_PATTERNS, *FOREIGN_FURNITURE_PATTERNS, _HANDLE_RE.pattern, _STAFF_ROLE_RE.pattern,
     _CREDIT_TRAILER_RE.pattern), re.IGNORECASE)


@lru_cache(maxsize=16384)
def is_furniture(line):
    """True for page boilerplate: ad markers, share buttons, newsletter and comment prompts."""
    if len(line) > 400:
        return False  # boilerplate is short; a long paragraph would cost every pattern a full scan
    # (three of the byline rules need "By" first, which most lines tell at once)
    opens_with_by = line[:2] in _BY
    if opens_with_by and _BYLINE_RE.fullmatch(line) and not has_terminal_punctuation(line):
        return True
    if line[:2] in _FOREIGN_BY and _is_foreign_byline(line):
        return True
    byline = after_controls(line)
    if byline is not line:
        return byline in _BY or is_furniture(byline)
    if _is_byline_with_role(line) or is_breadcrumb(line) or (opens_with_by and (
            _is_byline_with_stamp(line) or _is_byline_with_bio(line))) \
            or _is_byline_with_agency(line) or _is_control_label(line) or _is_name_with_stamp(line):
        return True
    if line[:7] == "SOURCE " and _SOURCE_TRAILER_RE.fullmatch(line):
        return True
    return _FURNITURE.fullmatch_any(line) or is_credit_line(line) or is_contact_line(line) or (
        _META_SEPARATOR.search(line) is not None and _is_meta_line(line)) or is_section_menu(line) or (
        line.endswith(_STAFF_ENDS) and _STAFF_LINE_RE.fullmatch(line) is not None) or (
        line[-9:].lower().endswith(_HOMEPAGE_ENDS) and _HOMEPAGE_LINK_RE.fullmatch(line) is not None) or (
        is_site_links_row(line)) or is_repeated_label_row(line) or (
        ("»" in line or "•" in line or "·" in line) and _is_row_of_widgets(line)) or is_row_of_links(line)


# A wire's trailer naming who sent a press release: "SOURCE Harbor Ferries Inc." (in capitals:
# "Source: Harbor Office" under a chart is a credit, told elsewhere).
_SOURCE_TRAILER_RE = re.compile(r"SOURCE [A-Z][\w&.,’' -]{1,80}")
_ROW_SEPARATOR_RE = re.compile(r"\s*[»•·]\s*")


def _is_row_of_widgets(line):
    # "» Print this article » Email this article": buttons in a row, each one the page's own
    parts = [part for part in _ROW_SEPARATOR_RE.split(line) if part]
    return len(parts) >= 2 and all(is_furniture(part) for part in parts)


# A writer's post on a line of its own: "Harbor Ledger Staff Writer", "Senior Correspondent".
# (Told by its last word first: a pattern opening on any capital would be tried on most lines.)
_STAFF_ENDS = ("Writer", "Reporter", "Correspondent", "writer", "reporter", "correspondent", "WRITER", "REPORTER",
               "CORRESPONDENT")
_STAFF_LINE_RE = re.compile(r"(?:[A-Z][\w.&’'-]* ){0,5}(?:staff|senior|special|contributing|chief) "
                            r"(?:writer|reporter|correspondent)", re.IGNORECASE)


# A link to a section's or a team's front page: "Harbor Sports homepage", "Ferry Club Home Page".
# (Told by its last word first, as the writer's post is.)
_HOMEPAGE_ENDS = ("homepage", "home page")
_HOMEPAGE_LINK_RE = re.compile(r"(?:[A-Z][\w.&’'-]* ){1,3}(?:home ?page|Home ?[Pp]age|HOME ?PAGE)")


# An address's contact lines: "Phone +41 41 544 78 00", "Fax: (555) 010-2030", "E-mail info@example.org",
# or the number alone when it tells itself a telephone's: "+41 41 000 00 00", "(555) 010-2030".
_CONTACT_RE = re.compile(r"(?:phone|tel|telephone|fax|mobile|e-?mail)\.?\s*:?\s*"
                         r"(?:\+?[\d(][\d\s().+/-]{5,24}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
                         r"|\+\d[\d\s().-]{6,20}\d|\(\d{3}\) ?\d{3}[-. ]\d{4}|\d{3}[-.]\d{3}[-.]\d{4}", re.IGNORECASE)


def is_contact_line(line):
    """A telephone, fax or e-mail line of an address (a press release's sender, a shop's footer)."""
    return _CONTACT_RE.fullmatch(line) is not None


# "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Jo Li (avec Ana Lima)":
# a line of the story's particulars run together, each part a date, a byline or the site's name.
_META_SEPARATOR = re.compile(r" [|•·] ")
_WITH_OTHERS = re.compile(r"\s*\((?:avec|with|mit|con|com|met) [^()]{3,80}\)$")
_SITE_NAME = re.compile(r"(?:[A-Z][\w.&'’-]*|le|la|les|the|de|du|der|die|das|el|il|o|a)(?: (?:[A-Z][\w.&'’-]*|de|du|des|del"
                        r"|der|die|das|of|the|avec|with|and|et|y|e|und)){0,4}")


def _is_meta_line(line):
    parts = [part.strip() for part in _META_SEPARATOR.split(line)]
    particulars = 0
    for part in parts:
        part = _WITH_OTHERS.sub("", part)
        if not part:
            return False
        if is_stamp_or_data_line(part) or is_furniture(part):
            particulars += 1
        elif not _SITE_NAME.fullmatch(part):
            return False
    return particulars > 0 and len(parts) >= 2


_BY = frozenset(("By", "BY", "by"))  # how _BYLINE_RE, _BYLINE_OPENER and _BYLINE_BIO_RE open
# Pages in other languages open a byline with their own word ("Par Ana Lima", "von Jo Weber");
# these words open other lines too ("Door Open", "Von Miller"), so what follows must be a name.
# (A German one may name the kind of piece first: "Ein Kommentar von Jo Weber".)
_FOREIGN_BYLINE_RE = re.compile(r"(?:(?:Ein |Eine )?(?:Artikel|Kommentar|Analyse|Gastbeitrag|Interview|Reportage"
                                r"|Kolumne|Bericht) )?"
                                r"(?:Par|PAR|par|Por|POR|por|Von|VON|von|Door|door|di|Di"
                                # an interview's: "Das Interview führte Jo Weber", "Propos recueillis par Ana Lima"
                                r"|Das (?:Interview|Gespräch) führten?|Propos recueillis par|Entrevista (?:de|por|realizada por)"
                                r"|Intervista (?:di|a cura di)|A cura di|Interview door)"
                                r":? (?P<names>[\w .,’'&-]{3,80})")
_FOREIGN_BY = frozenset(("Pa", "PA", "pa", "Po", "PO", "po", "Vo", "VO", "vo", "Do", "do", "di", "Di",
                         "Ei", "Ar", "Ko", "An", "Ga", "In", "Re", "Be", "Da", "Pr", "En", "A "))
_NAME_JOINERS = re.compile(r",? (?:and|et|y|e|und|en|&) |, ")


# "… publiziert am 25. September 2031", "… publié le 3 mai 2031": the date a byline may end on
_PUBLISHED_TAIL = re.compile(r",? (?:publiziert|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)"
                             r"(?: am| le| el| em| il| op)? [^,]{0,30}\d[^,]{0,30}$")


def _is_foreign_byline(line):
    return _foreign_byline_names(line) is not None


def _foreign_byline_names(line):
    # "Von Jo Weber, Berlin", "Par Ana Lima (avec Jo Li)", "Par Ana Lima (Brest, correspondante)":
    # a place, a job or the others who helped may follow the names, and the date it was
    # published. The writers' names, or None.
    line = _BRACKETED_TAIL.sub("", _WITH_OTHERS.sub("", line))
    tail = _PUBLISHED_TAIL.search(line)
    match = _FOREIGN_BYLINE_RE.fullmatch(line[:tail.start()] if tail else line)
    if match is None:
        return None
    names = match.group("names")
    writers, comma, place = names.rpartition(", ")
    if comma and _PLACE.fullmatch(place):  # (after a comma: "Par Ana Lima et Jo Li" names two)
        names = writers
    names = _NAME_JOINERS.split(names)
    return names if all(map(looks_like_person_name, names)) else None


_PLACE = re.compile(r"[A-Z][\w’'-]+(?: (?:de|del|la|am|an|der|sur|upon) )?(?: ?[A-Z][\w’'-]+){0,2}")


_BYLINE_OPENER = re.compile(r"(?:by|By|BY):?\s+")
# "By Jo Li, a senior editor who has covered the harbor for a decade. She lives in Alder Creek."
_BYLINE_BIO_RE = re.compile(r"(?:By|BY) (?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}), (?:a|an|the|our) [a-z].{0,300}")


def _is_byline_with_bio(line):
    # A byline that runs on into the writer's short biography: an author box under the title.
    bio = _BYLINE_BIO_RE.fullmatch(line)
    return bio is not None and looks_like_person_name(bio.group("name"))
_NAME_TOKEN = re.compile(r"[A-Z][\w.’'-]*|and|AND|&")
_GLUED_HANDLE_RE = re.compile(r"(?<=[a-z])@(?=\w+(?:\s|$))")


def _is_byline_with_stamp(line):
    # "by Jo Li July 10, 2015", "By Jo Li and Al Roe — Nov. 19, 2019 8:21 am ET",
    # "by Jo Li @jli February 1, 2016": one to six name words, then a handle and/or a date stamp.
    opener = _BYLINE_OPENER.match(line)
    if not opener or len(line) > 160:
        return False
    # "By Jo Li , Al Roe on Monday, …": a comma standing alone between two names; a page may
    # run a name and its handle together ("Jo Li@jli").
    tokens = [token for token in _GLUED_HANDLE_RE.sub(" @", line[opener.end():]).split() if token != ","]
    for count in range(1, min(6, len(tokens)) + 1):
        if not _NAME_TOKEN.fullmatch(tokens[count - 1].rstrip(",;|")):
            return False
        rest = tokens[count:]
        if rest and _HANDLE_RE.fullmatch(rest[0]):
            rest = rest[1:]
        tail = " ".join(rest).strip(STAMP_SEPARATORS)
        if tail and re.search(r"\d", tail) and is_stamp_or_data_line(tail):
            return True
    return False


# The words of a page's buttons and controls: "Show more sharing options", "Close share
# panel", "Back to Gallery", "Read Later", "Copy Link URLCopied!". A line made only of these,
# one of them a control's own word, is a control, whatever its order.
_CONTROL_WORDS = word_set("""
    submit share shares shared sharing copy copied link links url urlcopied bookmark bookmarked gallery galleries
    print email e-mail mail tweet pin toggle menu caption captions advert advertisement ads later like view
    comment comments reply replies newsletter newsletters subscribe subscribed login logout signin
    fullscreen enlarge download image images photo photos video videos slideshow autoplay replay accept
    mute unmute chapters subtitles pocket tumblr mastodon
""")
_CONTROL_FILLERS = _CONTROL_WORDS | word_set("""
    show hide close open more less extra options option panel read save saved all this it
    back to next previous prev expand collapse search likes loading play pause watch listen
    audio full screen zoom app skip return top go a an the and or of on via with in out up sign log
    account my your our click tap here see now report i font text size
    facebook twitter linkedin reddit whatsapp pinterest flipboard telegram messenger services
""")
_CONTROL_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")


# Alone on a line these name a section of the story as often as a control ("Photos", "Links").
_SECTION_NOUNS = word_set("link links image images photo photos video videos gallery galleries newsletter newsletters")


def _is_control_label(line):
    if len(line) > 60:
        return False
    first = _CONTROL_TOKEN.search(line)
    if first is None or first.group().lower() not in _CONTROL_FILLERS:
        return False  # (each word must be a control's: the first one tells most lines)
    words = [word.lower() for word in _CONTROL_TOKEN.findall(line)]
    if len(words) == 1 and words[0] in _SECTION_NOUNS:
        return False
    return 0 < len(words) <= 6 and all(word in _CONTROL_FILLERS for word in words) and any(
        word in _CONTROL_WORDS for word in words)


def _is_name_with_stamp(line):
    # "Jo Li - Apr 16, 2025 8:02 pm UTC", "Associated Press November 19, 2025, 9:02 AM",
    # "November 20, 2025 Jo Li": a reporter's or an agency's name and the date and time,
    # either way round, with no "By".
    if len(line) > 160 or not DIGIT.search(line):
        return False
    # "16th Jan 2031, 09:28am by Jo Li.": the date first, then the byline
    dated_byline = _DATED_BYLINE.fullmatch(line)
    if dated_byline and is_date_stamp(dated_byline.group("stamp")) and _is_writer_name(dated_byline.group("name")):
        return True
    if not line[:1].isupper():
        return False
    # "AFP 30 avril 2031 à 07:19 (Mis à jour : 30 avril 2031 à 07:38)": the update time in brackets
    bracket = _BRACKETED_TAIL.search(line)
    if bracket and is_stamp_or_data_line(bracket.group(1)):
        line = line[:bracket.start()]
    tokens = line.split()
    # (one word is an agency's name only: "AFP"; a person's takes two or more)
    for count in range(1, min(4, len(tokens) - 1) + 1):
        first, last = " ".join(tokens[:count]), " ".join(tokens[-count:])
        if (count > 1 or first.lower() in _AGENCY_NAME_WORDS) and _is_writer_name(first) \
                and is_date_stamp(" ".join(tokens[count:])):
            return True
        if (count > 1 or last.lower() in _AGENCY_NAME_WORDS) and _is_writer_name(last) \
                and is_date_stamp(" ".join(tokens[:-count])):
            return True
    return False


_BRACKETED_TAIL = re.compile(r"\s*\(([^()]{4,60})\)$")
_DATED_BYLINE = re.compile(r"(?P<stamp>[^|]{4,60}?),? by (?P<name>[^,.]{3,60})\.?")


def _is_writer_name(name):
    words = name.lower().split()
    return all(word in _AGENCY_NAME_WORDS or word == "the" for word in words) or looks_like_person_name(name)


_CRUMB_SEPARATOR = re.compile(r"\s+[/›»>|·•]\s+")
_CRUMB_MARK = re.compile(r"[/›»>|·•]")
_POINTING_SEPARATOR = re.compile(r"\s[›»>]\s")
_SHORT_CRUMB_WORDS = 3
_CRUMB_LABEL_RE = re.compile(r"[^\W\d_][\w’'&-]*( [^\W\d_&][\w’'&-]*| &)*")


def is_breadcrumb(line):
    # "Home / News / Local", "News › Politics › Congress": three or more short labels, or two
    # with a mark that points from one to the next.
    if not _CRUMB_MARK.search(line):
        return False  # (most lines hold no separator, which a scan for its marks tells first)
    parts = _CRUMB_SEPARATOR.split(line)
    if len(parts) == 2:
        # "Sport » Football": two crumbs when the marks point the way (a title sets a bar or a slash,
        # not between two labels in capitals: "LOCAL NEWS | CITY HALL")
        # (each a label of words in capitals: "echo stuff > file1" is a shell's command)
        return is_section_labels(line) or _POINTING_SEPARATOR.search(line) is not None and all(
            part[:1].isupper() and _CRUMB_LABEL_RE.fullmatch(part) and len(part.split()) <= _SHORT_CRUMB_WORDS
            for part in parts)
    # (the last crumb, the page's own title, may be cut short: "… › Only those who…", or run
    # longer when the marks point to it: "Mac › News › 2031 › Harbor Ferries adds two lanes")
    last = len(parts) - 1
    # (each crumb of such a trail a label in capitals or figures: "a > b > c is a rule" is prose)
    title_words = _TRAIL_TITLE_WORDS if _POINTING_SEPARATOR.search(line) and all(
        part[:1].isupper() or part[:1].isdigit() for part in parts) else 4
    return len(parts) >= 3 and all(
        part and len(part.split()) <= (title_words if index == last else 4) and not (
            has_terminal_punctuation(part) and not (index == last and part.endswith(("…", "..."))))
        for index, part in enumerate(parts))


_TRAIL_TITLE_WORDS = 16


def _is_byline_with_role(line):
    # "Jo Li | Staff Writer" has the shape of a caption, but names a reporter and a job;
    # "Jo Li, Staff Writer" the shape of a name and its title.
    separator = " | " if " | " in line else ", "
    if separator not in line:
        return False
    parts = line.rsplit(separator, 1)
    return len(parts) == 2 and looks_like_person_name(parts[0].removeprefix("By ")) and bool(
        _STAFF_ROLE_RE.fullmatch(parts[1]))


# A company name with its stock symbol as a line of its own: "Acme Corp. (NYSE: ACME)".
_TICKER_LABEL_RE = re.compile(r"[A-Z][\w.&’' -]{1,60} \(((NYSE|NASDAQ|Nasdaq|NYSEARCA|AMEX|TSX|LSE|OTC)\s*:\s*)?"
                              r"[A-Z]{1,5}(\.[A-Z]{1,2})?\)")

def is_widget_line(line):
    return is_furniture(line) or is_data_widget_line(line)


def is_data_widget_line(line):
    """A widget line told by its figures and symbols: a date stamp, a price or ticker line, a
    company's stock symbol ("Acme Corp. (NYSE: ACME)"), the place and date a story was filed
    from ("New Delhi, January 11, 2008")."""
    # (a ticker label holds " (" before its symbol)
    return is_stamp_or_data_line(line) or (" (" in line and bool(_TICKER_LABEL_RE.fullmatch(line))) or (
        len(line) <= _PLACE_DATE_CHARS and ", " in line and _is_place_and_date(line))


_PLACE_DATE_CHARS = 60
_PLACE_WORDS = 3


def _is_place_and_date(line):
    # A place of a few capitalised words, then a date with its month or day ("Paris, 1998",
    # a list's row, names no day).
    place, _, date = line.partition(", ")
    words = place.split()
    return 0 < len(words) <= _PLACE_WORDS and all(word[:1].isupper() for word in words) \
        and _DATE_RE.search(date) is not None and is_stamp_or_data_line(date)


_BYLINE_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|\bAND\b|&)\s*")
# A wire service after the last name without a comma, with the writer's beat: "By Jo Li and Al
# Roe Associated Press", "By JO LI AP Business Writer".
_AGENCY_TAIL_RE = re.compile(
    r"\s+(?:the\s+)?(?:associated press|agence france-presse|reuters|afp|(?-i:AP)|upi)"
    r"(?:\s+(?:[a-z]+\s+)?(?:writer|correspondent|reporter|editor))?$", re.IGNORECASE)


# "Interview by Jo Li", "Words and photos by Jo Li": a credit naming the story's writers.
_WRITER_CREDIT_RE = re.compile(r"(?:interview(?:ed)?|words|text|story|reporting|analysis|commentary|opinion|review"
                               r"|essay|column|profile|explainer)( and \w+)? by:? (?P<names>.+)"
                               # a blog's line: "Posted on December 1, 2031 by Ana Lima"
                               r"|(?:posted|published) on \w[\w ,./-]{3,30}\d by (?P<poster>(?-i:[A-Z]).{1,60})",
                               re.IGNORECASE)


_BY_ALONE = frozenset("by von par por di door".split())


def find_bylines(lines, *, limit=12):
    """Reporters' names from a byline near the top, in order.

    "By Jane Doe and John Roe" (with a date or handle after it), "Interview by Jane Doe",
    "Jane Doe | Staff Writer", "Jane Doe, Reuters", and a bare name over its job, its newsroom or
    the button to follow the writer.
    """
    seen, previous = 0, ""
    for line in lines:
        if not line:
            continue
        seen += 1
        if seen > limit:
            break
        if previous and (_STAFF_ROLE_RE.fullmatch(line.split(", ", 1)[0]) or _is_newsroom_line(line)
                         or line in _FOLLOW_BUTTONS) and looks_like_person_name(previous):
            # "Ana Lima" over "Transport reporter, Harbour News", "Harbour News, Alder Creek" or "Follow"
            return [previous]
        if previous.lower() in _BY_ALONE and looks_like_person_name(line):
            return [line]  # "By" on a line of its own over the name
        previous = line
        names = _byline_names(line)
        if names is not None:
            names = _AGENCY_TAIL_RE.sub("", names)
            candidates = [n.strip() for n in _BYLINE_NAME_SPLIT.split(names) if n.strip()]
            # Some sites set bylines in capitals: "BY MARIA GARCIA".
            candidates = [n.title() if n.isupper() else without_glued_tail(n) for n in candidates]
            # (a writer's job after the names is no writer: "By Ana Lima, Staff Writer", "BY ANA LIMA STAFF WRITER")
            candidates = [_name_before_role(n) or (None if _STAFF_ROLE_RE.fullmatch(n) else n) for n in candidates]
            return [n for n in candidates if n and looks_like_person_name(n)]
    return []


_FOLLOW_BUTTONS = frozenset(("Follow", "FOLLOW", "+ Follow", "Follow me"))  # a blog post's writer's button


def _byline_names(line):
    line = _unglued(after_controls(line))
    bio = _BYLINE_BIO_RE.fullmatch(line)
    if bio and looks_like_person_name(bio.group("name")):
        return bio.group("name")
    if has_terminal_punctuation(line) and not _is_byline_with_stamp(line):
        return None
    if _BYLINE_RE.fullmatch(line):
        # (without the job or agency in brackets after the names: "By Jo Li (Staff Writer)")
        return _BRACKETED_TAIL.sub("", line.split(" ", 1)[1].split(" | ")[0])
    if _is_byline_with_stamp(line):
        tokens = _GLUED_HANDLE_RE.sub(" @", line).split()[1:]
        names = []
        for token in tokens:
            if not _NAME_TOKEN.fullmatch(token.rstrip(",;|")):
                break
            names.append(token.rstrip(",;|"))
        # The stamp's month may trail the names: "Jo Li July 10, 2025".
        while names and names[-1].lower().rstrip(".") in STAMP_WORDS:
            names.pop()
        return " ".join(names)
    credit = _WRITER_CREDIT_RE.fullmatch(line)
    if credit:
        return credit.group("names") or credit.group("poster")
    if line[:2] in _FOREIGN_BY:
        names = _foreign_byline_names(line)
        if names:
            return ", ".join(names)
    if _is_byline_with_role(line) or _is_byline_with_agency(line):
        return re.split(r" \| |, ", line.removeprefix("By "), maxsplit=1)[0]
    opener = _BYLINE_OPENER.match(line)
    return _name_before_role(line[opener.end():] if opener else line)


# A copy may run "By" into the name: "ByAna Lima" (the name run into the job after it,
# "Ana LimaSenior reporter", is without_glued_tail's).
_GLUED_BY_RE = re.compile(r"(?:By|BY)(?=[A-Z][a-z])")


def _unglued(line):
    return f"{line[:2]} {line[2:]}" if line[:2] in _BY and _GLUED_BY_RE.match(line) else line


def _name_before_role(line):
    # "Ana Lima Transport correspondent": the writer's name run into their job, no mark between;
    # three words of name only before a job of two words or more ("Ana Maria Lima Senior Reporter").
    words = line.split()
    for count, least in ((3, 2), (2, 1)):
        name, role = " ".join(words[:count]), words[count:]
        if len(role) >= least and looks_like_person_name(name) and _STAFF_ROLE_RE.fullmatch(" ".join(role)):
            return name
    return None


_AGENCY_NAME_WORDS = WIRE_SERVICES | word_set("associated press agence france-presse news wire")


def _is_byline_with_agency(line):
    # "Jo Li, Reuters", "By Jo Li and Al Roe, Associated Press", "JO LI, THE ASSOCIATED PRESS",
    # "Jo Li, Harbor News Service": reporters' names and a news agency or wire service.
    if ", " not in line:
        return False  # (asked of every line: most hold no names before an agency)
    names, _, agency = line.removeprefix("By ").rpartition(", ")
    lowered = agency.lower().removeprefix("the ")
    first = lowered.split(None, 1)[:1]
    if not first or (first[0] not in _AGENCY_NAME_WORDS and not lowered.endswith(_WIRE_SERVICE_ENDS)):
        return False  # (the first word or the last tells most lines without the rest of the line)
    words = lowered.split()
    if not (all(word in _AGENCY_NAME_WORDS for word in words) or (
            len(words) <= _WIRE_SERVICE_WORDS and all(word[:1].isupper() for word in agency.split()[-len(words):]))):
        return False
    names = names.title() if names.isupper() else names
    return bool(names) and all(map(looks_like_person_name, _BYLINE_NAME_SPLIT.split(names)))


_WIRE_SERVICE_ENDS = ("news service", "wire service", "news agency")
# A newsroom and where it reports from, under its writer's bare name: "Harbour News, Alder Creek",
# "Reuters", "Harbour Radio News, in Alder Creek".
_NEWSROOM_RE = re.compile(r"(?P<outlet>[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3})"
                          r"(?:,(?: in)? [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})?")


def _is_newsroom_line(line):
    # A wire service, or a newsroom named by its initials ("HNN News") or with the place it
    # reports from ("Harbour News, Alder Creek"): a menu's "News", "World News" or "Television
    # News" under another label is none.
    match = _NEWSROOM_RE.fullmatch(line)
    if match is None:
        return False
    outlet = match.group("outlet")
    words = outlet.lower().split()
    if all(word in _AGENCY_NAME_WORDS for word in words) and not set(words) <= _NEWS_WORDS:
        return True
    return len(words) > 1 and words[-1] in ("news", "press") and words[0] not in _SECTION_OF_NEWS and (
        len(outlet) < len(line) or outlet.split(None, 1)[0].isupper())


_NEWS_WORDS = word_set("news press wire")
_SECTION_OF_NEWS = word_set("latest more top breaking local world national international business sports sport all"
                            " other related recent today's daily good fake")
_WIRE_SERVICE_WORDS = 5


# A byline's opening word, in the languages news pages are written in most.
_BYLINE_WORD = re.compile(r"(?:(?:posted|written|reported) by|by|par|por|von|door|di|af|av)\b:?", re.IGNORECASE)
_CLOCK_ENDS = ("a.m.", "p.m.")  # "By Jo Li on Monday, May 4, 2025 at 11:08 a.m."
# A date: a day's or month's name next to a figure ("Oct 4", "4 October", "Yahoo FinanceOctober
# 13, 2016"), a clock time or a date in figures ("11/19/2019"); a title may hold a month and a
# figure apart ("4 Things to Do in October").
_DAY_OR_MONTH = "|".join(sorted(DAYS_AND_MONTHS, key=len, reverse=True))
_DATE_RE = re.compile(
    r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))(?:%s)\.?,? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\.? (?:of )?(?:%s)\b|\d:\d\d"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b|\b\d{4}-\d\d-\d\d\b" % (_DAY_OR_MONTH, _DAY_OR_MONTH), re.IGNORECASE)


def is_byline_or_date(line):
    """A byline ("By Jo Li") or a date or time: what stands under a story's title.

    A share button or a menu label is furniture too, but stands anywhere on a page.
    """
    line = after_controls(line)
    if _BYLINE_WORD.match(line):
        return len(line.split()) <= 14 and (not has_terminal_punctuation(line) or line.endswith(_CLOCK_ENDS))
    return bool(DIGIT.search(line)) and (is_stamp_or_data_line(line) or is_furniture(line) or (
        len(line.split()) <= 14 and bool(_DATE_RE.search(line))))


# A row of buttons run into the byline under it: "Email|Print| Text size – + By Jo Li" (or
# its bare "By", the name on the next line).
_ROW_CONTROLS = 3
_CONTROLS_THEN_BY_RE = re.compile(r"(?P<controls>.{3,60}?)\s+(?P<byline>(?:By|BY|by)\b.*)")


def after_controls(line):
    """The byline a row of controls runs into, for a line that is only the two; else the line."""
    if " By" not in line and " by" not in line and " BY" not in line:
        return line
    first = _CONTROL_TOKEN.match(line)  # (the row opens on a button's word: most lines are told here)
    if first is None or first.group().lower() not in _CONTROL_FILLERS:
        return line
    match = _CONTROLS_THEN_BY_RE.fullmatch(line)
    # (three buttons at least: "Top photo by Jo Li" is a credit)
    if match is None or len(_CONTROL_TOKEN.findall(match.group("controls"))) < _ROW_CONTROLS \
            or not _is_control_label(match.group("controls")):
        return line
    byline = match.group("byline")
    return byline if byline in _BY or _BYLINE_RE.fullmatch(byline) else line


def opens_as_byline(line):
    """A line that opens on its writer's byline: "By Jo Li", "Posted by jli on May 4", "Par Ana Lima"."""
    line = after_controls(line)
    return _BYLINE_WORD.match(line) is not None and is_byline_or_date(line)


# Only the bare marker ("Related", "RELATED:", "Related article"); the title is on the next line.
_RELATED_RE = re.compile(r"related( article| story| link)?\s*:?", re.IGNORECASE)
_COUNT_RE = re.compile(r"\d{1,3}(,\d{3})+|\d+")
_COUNT_LABEL_RE = re.compile(r"comments?", re.IGNORECASE)


def match_related_marker(line):
    """"" for a bare ``Related`` marker line, or "Related article" (the title is on the next line), else None.

    "Related: title" on one line and "Related Coverage" are promo links, not the contract's
    related block; ``is_furniture`` and ``linklists.is_link_list_header`` drop those.
    """
    # (the first seven letters tell almost every line without the pattern)
    return "" if line[:7].lower() == "related" and _RELATED_RE.fullmatch(line) else None


def match_comment_counter(lines, index):
    """(count, index of the "Comments" line) when a comment counter starts at lines[index]."""
    line = lines[index]
    if not line[:1].isdigit() or not _COUNT_RE.fullmatch(line):
        return None
    following = next_nonblank(lines, index + 1)
    if following is not None and _COUNT_LABEL_RE.fullmatch(lines[following]):
        return int(line.replace(",", "")), following
    return None
