"""Photo captions (``caption | credit``) and credit lines: who took the photo, for which agency."""

import re
from functools import lru_cache

from .names import looks_like_person_name
from .text import has_terminal_punctuation
from .givennames import GIVEN_NAMES
from .words import WIRE_SERVICES, word_set


def is_credit_line(line):
    """A photo credit on a line of its own: ``(Photo: Jo Li/AP)``, ``AP Photo/Jo Li``."""
    bare = line.strip("()[] ")
    # (a French label's colon and a slash set between spaces are no words: "Photo : Jo Li / AFP";
    # a photographer's initials end on a stop: "Photo LCV/T.V.")
    unstopped = _INITIALS_AT_END_RE.sub("", bare)
    if has_terminal_punctuation(unstopped) \
            or len(bare.replace(" / ", "/").replace(" : ", ": ").split(None, 8)) > 8:
        return False
    if bare.startswith("©") and not _DIGIT_RE.search(bare) and not _RIGHTS_RE.search(bare) \
            and reads_as_credit(bare[1:].strip()):
        # "© Jo Li", "© SCL" (a year or the rights after it make a copyright line: "© 2025 Harbour
        # News", "© RIPRODUZIONE RISERVATA")
        return True
    caption = split_caption(bare)
    if caption and has_terminal_punctuation(caption[0]):
        return False  # "Image: The council chamber. | Jo Li/Ledger" is a captioned photo
    if _CREDIT_LABEL_START_RE.match(bare):
        return True
    # "Image copyright Getty Images", "Photo credit: Jo Li", "Courtesy of the Harbor Museum"
    prefix = _CREDIT_PREFIX_RE.match(bare) or _GLUED_CREDIT_RE.match(bare)
    if prefix and reads_as_credit(unstopped[prefix.end():].replace("@", "")):
        return True
    # "Source: Harbor Survey, May 3, 2019": where a chart's or a picture's figures came from
    source = _SOURCE_LABEL_RE.match(bare)
    if source and reads_as_credit(_CREDIT_DATE_RE.sub("", bare[source.end():])):
        return True
    if bare in _RIGHTS_RESERVED:
        return True  # (a photo whose rights are kept, by whom unsaid)
    if "/" in bare and (all(parse_credit(bare)) or _is_name_over_wire(bare) or _STAFF_CREDIT_RE.fullmatch(bare)):
        return True
    # An agency alone under a caption: "Getty Images", "AFP via Getty Images", "Reuters"
    words = _CREDIT_WORD_SPLIT_RE.split(bare.lower())
    return any(w in WIRE_SERVICES for w in words) and all(w in WIRE_SERVICES or w in _AGENCY_WORDS for w in words)


# "Direitos reservados", "droits réservés": the Portuguese and French credit of a photo whose
# rights are kept, set as its capitals alone.
_RIGHTS_RESERVED = frozenset(("DR", "D.R."))
# "Jo Li/Staff photographer", "Jo Li / Staff": the paper's own photographer, named.
_STAFF_CREDIT_RE = re.compile(
    r"[A-ZÀ-Þ][\w.’'-]+(?: [A-ZÀ-Þ][\w.’'-]+){1,3} ?/ ?(?:[Ss]taff|STAFF)(?: [Pp]hotographer)?")
_CREDIT_WORDS = (2, 3, 4)
_CREDITED_NAME_WORDS = 4


def _is_name_over_wire(bare):
    # "Jo Park/Reuters", "Ana Quay/AFP": a wire service's name after the slash vouches for
    # capitalised words before it that a name's rules do not know as one ("Park" is also a place).
    who, _, agency = bare.partition("/")
    names, agency_words = who.split(), _CREDIT_WORD_SPLIT_RE.split(agency.strip().lower())
    return 1 <= len(names) <= _CREDITED_NAME_WORDS and all(word[:1].isupper() for word in names) \
        and any(word in WIRE_SERVICES for word in agency_words) \
        and all(word in WIRE_SERVICES or word in _AGENCY_WORDS for word in agency_words)


def ends_on_credit(line):
    """A caption with its photographer and agency run on at its end: "The cabaret in Paris Jo Li/Reuters".

    A title may end on an agency's name ("Why I Left Reuters"), but not on a "Name/Agency" credit.
    """
    if "/" not in line:
        return False
    words = line.split()
    return any(len(words) > count and "/" in words[-1] and is_credit_line(" ".join(words[-count:]))
               for count in _CREDIT_WORDS)


# A photo's credit label in other languages, before its colon ("… 1961. Foto: Jo Weber/dpa") or,
# in a credit of its own, before the name ("(Foto Ansa)").
_FOREIGN_CREDIT_LABELS = ("fotos?", "fotograf[ií]as?", "bild(?:er)?", "imagen", "immagine", "afbeelding", "cr[ée]dito",
                          "beeld")
_CREDIT_LABEL_START_RE = re.compile(r"(photo(graph)?s?|image|picture|credit|illustration|%s)( by)?\s*:"
                                    % "|".join(_FOREIGN_CREDIT_LABELS), re.IGNORECASE)
_CREDIT_PREFIX_RE = re.compile(r"((image|photo|picture) (copyright|credit|source)|courtesy( of)?|credit)\s*:?\s+"
                               # (or a photo's label with no colon before a credit with a slash: "Photo LCV/T.V.")
                               r"|(photo|foto|bild)\s+(?=\S+/)", re.IGNORECASE)
_INITIALS_AT_END_RE = re.compile(r"(?<=[A-Z]\.[A-Z])\.$")
_DIGIT_RE = re.compile(r"\d")
_RIGHTS_RE = re.compile(r"right|riservat|réserv|reservad|vorbehalt|voorbehoud|riproduzione|reproduc|copyright",
                        re.IGNORECASE)
# The label a page sets before its credit, run into the name by a copy: "CreditJo Li for The Ledger"
_GLUED_CREDIT_RE = re.compile(r"Credit(?=[A-Z][a-z])")
_CREDIT_WORD_SPLIT_RE = re.compile(r"[\s/]+")
_SOURCE_LABEL_RE = re.compile(r"sources?\s*:\s*", re.IGNORECASE)
# A date after a credit's name: ", May 3, 2019", ", 2019".
_CREDIT_DATE_RE = re.compile(r",?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},?\s*)?(?:19|20)\d\d$")
_AGENCY_WORDS = word_set("images image photo photos pictures picture via press associated agence france-presse wire"
                         " media agency agencia agência agenzia agentur agentschap")


# A credit run on after the caption it belongs to: "… on Tuesday. Photograph: Jo Li/AP",
# "… on Tuesday (Photo by Jo Li/Getty Images)", "… Image: Reuters".
# "… on Tuesday.Credit...Jo Li/The Ledger", "… on TuesdayCredit: AP": a copy may glue the
# credit to the caption's stop or last word.
_RUN_ON_CREDIT_RE = re.compile(
    r"(?P<caption>.*\S)(?:\s+|(?<=[.!?])|(?<=[a-z])(?=(?-i:Credit|Photo|Image)\s*:))(?P<credit>\(?(?:photo(?:graph)?s?|image|picture|credit|illustration)"
    r"(?: by)?(?:\s*[:.…]+\s*|\s+)[^():]{2,80}?\)?)", re.IGNORECASE)
# A labelled credit, the first one: "… on Tuesday. Photograph: Jo Li/Harbor Photo Agency".
_FIRST_LABELLED_CREDIT_RE = re.compile(
    r"(?P<caption>.*?\S)\s+"
    r"(?P<credit>(?:photo(?:graph)?s?|image|picture|credit|illustration|%s)(?: by)?\s*:\s*[^():]{2,80})"
    % "|".join(_FOREIGN_CREDIT_LABELS), re.IGNORECASE)
# "… on Tuesday. REUTERS/Jo Li", "… in 2019.J. Li / AP file", "… on Monday. © Reuters": a
# credit without a credit word, known by its slash or its copyright sign, after a caption's stop.
_SLASH_CREDIT_RE = re.compile(
    r"(?P<caption>.*?\S[.!?][”’\"')]?)\s*(?P<credit>(?:[A-Z]\.\s?)*[A-Z][\w’'-]*(?: [A-Z][\w.’'-]*){0,4}"
    r"\s?/\s?[A-Z][\w.&’' -]{1,40}(?:/[A-Z][\w.&’' -]{1,40})?|©\s?(?:(?:il|la|le|el|lo|het|de)\s)?[A-Z][\w.&’' /-]{1,40})")
# Read in the lower-cased line, with the characters that stand for an ASCII letter when case
# is ignored ("ı", "ſ", and the dot "İ" leaves): a search the engine can skip ahead in.
_CREDIT_WORD_RE = re.compile(
    "photo|image|picture|credit|crédit|illustration|foto|bild|immagine|afbeelding|beeld|\u0131|\u017f|\u0307")
# Lowercase words a credit may hold: "Jo Li for the Courier", "File photo, AP", "Courtesy of …",
# "Bild: zvg" (supplied).
_CREDIT_SMALL_WORDS = word_set("""
    of for via the by and photo photos file courtesy de del della di da van von der le la staff handout pool
    des du dos das do dei degli delle het privat privé privado privato pessoal personal arquivo archivo archiv archivio
    wire images image photograph illustration picture pictures archive archives files
    zvg aangeleverd cedida cedido gentileza concessa il lo gli el los las
""")


# A byline opening a row of particulars: "By Jo Li | May 3, 2031 | Topic: Harbor".
_BYLINE_SEGMENT_RE = re.compile(r"by (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}(?: \||$)", re.IGNORECASE)


# A gallery's counter before the caption of each of its pictures: "Item 1 of 2 ", "Image 3 of 12 ".
_PICTURE_COUNTER_RE = re.compile(r"(?:Item|Image|Photo|Picture|Slide) \d{1,3} of \d{1,3} (?=\S)")


# A photographer the paper hired, after the caption: "… into the bedrock. Jo Li for The Meridian".
_HIRED_CREDIT_CHARS = 70
_HIRED_CREDIT_RE = re.compile(
    r"(?P<caption>.+[.!?])\s+(?P<credit>(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2})\s+for\s+"
    # (the paper's name: "The Meridian", "the Houston Chronicle"; not "Jo Li for Mayor" on a sign)
    r"(?:[Tt]he\s+[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){0,3}|[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){1,3}))")


@lru_cache(maxsize=16384)  # asked of each line by the segmenter and again by is_credit_line
def split_caption(line):
    """``_split_caption`` of the line without a gallery's counter before it ("Item 1 of 2 …")."""
    counter = _PICTURE_COUNTER_RE.match(line) if line[:1] in "IPS" else None
    return _split_caption(line[counter.end():] if counter else line)


def _split_caption(line):
    """(caption, credit) for a photo caption line; else None.

    ``caption | credit`` is split on the last " | " when the part after the bar reads as a
    credit (no date or time, names and agencies rather than a sentence: "Jo Li | May 3,
    2025" or "Update | Council delays vote" is not a caption). A credit run on after a
    caption sentence ("… Photograph: Jo Li/Agency", "(Photo by Jo Li/Getty Images)") counts
    too, and so does an agency credit in brackets at the end ("… (Jo Li/AP)", "… (AFP)",
    "… [File: Reuters]").
    """
    if " | " in line:
        if is_section_labels(line):
            return None
        caption, credit = (part.strip() for part in line.rsplit(" | ", 1))
        # "By Jo Li | May 3, 2031 | Topic: Harbor": a byline's row of particulars
        if _BYLINE_SEGMENT_RE.match(caption):
            return None
        if caption and credit and reads_as_credit(credit) and not _is_writer_and_place(caption, credit):
            return caption, credit
        return None
    if "[+]" in line[-_TOGGLED_CREDIT_CHARS:]:
        # "… you can try one ... [+]Jo Li/AP": a caption cut short, its button, then its credit
        toggled = _TOGGLED_CREDIT_RE.fullmatch(line)
        if toggled and len(toggled.group("caption").split()) >= 3 and reads_as_credit(toggled.group("credit")):
            return toggled.group("caption"), toggled.group("credit")
    if line.endswith((")", "]")) and len(line) <= 400:
        bracketed = _bracketed_credit(line)
        if bracketed:
            return bracketed
    elif line[-1:].isupper() and ")" in line[-30:] and len(line) <= 400:
        # "… on Monday. (Photo: Getty Images)GETTY": the agency set again, glued after the bracket
        glued = _GLUED_AGENCY_RE.fullmatch(line)
        bracketed = glued and _bracketed_credit(glued.group("line"))
        if bracketed and glued.group("agency").strip().lower() in bracketed[1].lower():
            return bracketed
    # Captions are short; most lines hold no credit word at all, which one search tells (a
    # photo word is a credit word too, so a line without one has neither).
    credit_word = len(line) <= 400 and _CREDIT_WORD_RE.search(line.lower()) is not None
    if credit_word and len(line) <= 200 and _PHOTO_WORD_RE.search(line[-20:]):
        kind_of_photo = _KIND_OF_PHOTO_RE.fullmatch(line)
        if kind_of_photo and len(kind_of_photo.group("caption").split()) >= 2:
            return kind_of_photo.group("caption"), kind_of_photo.group("credit")
    # A long caption (a diagram's key) still ends on its labelled credit: "… (9) galley. Credit: ESA".
    labelled_long = not credit_word and len(line) <= _LONG_CAPTION_CHARS and "Credit:" in line[-_LABELLED_TAIL_CHARS:]
    if credit_word or labelled_long:
        # The last credit word first; else the first labelled credit, whose agency may hold a
        # credit word of its own ("… Photograph: Jo Li/Harbor Photo Agency").
        split = _run_on_credit(_RUN_ON_CREDIT_RE.fullmatch(line)) or _run_on_credit(
            _FIRST_LABELLED_CREDIT_RE.fullmatch(line))
        if split:
            return split
    if " for " in line[-_HIRED_CREDIT_CHARS:] and len(line) <= 400:
        # "… into the bedrock. Juniper Okonkwo for The Meridian": a photographer the paper hired
        hired = _HIRED_CREDIT_RE.fullmatch(line)
        if hired and len(hired.group("caption").split()) >= 3 and looks_like_person_name(hired.group("name")):
            return hired.group("caption"), hired.group("credit")
    tail = line[-90:]
    if len(line) <= 400 and ("/" in tail or "©" in tail):
        slash = _SLASH_CREDIT_RE.fullmatch(line)
        credit = slash.group("credit") if slash else ""
        # a photographer named beside the agency ("REUTERS/Jo Li"), or a copyright sign
        if credit and len(slash.group("caption").split()) >= 3 and reads_as_credit(credit.lstrip("© ")) and (
                credit.startswith("©") or parse_credit(credit)[0]):
            return slash.group("caption"), credit
    if line[-1:].isupper() and len(line) <= 400 and (capitals := _CAPITALS_CREDIT_RE.fullmatch(line)):
        name = capitals.group("name").title()
        if len(capitals.group("caption").split()) >= 3 and looks_like_person_name(name) and (
                capitals.group("outlet") or name.split()[0].lower() in GIVEN_NAMES):
            return capitals.group("caption"), capitals.group("credit")
    if line[:1] in "SFPAI" and (leading := _LEADING_CREDIT_RE.match(line)) and len(line) <= 400:
        return leading.group("caption"), leading.group("credit")
    return None


def is_section_labels(line):
    """Two or three labels in capitals set apart by bars, a page's section and its part ("LOCAL
    NEWS | CITY HALL", "CANADA | NFLD. & LABRADOR"): no caption and its credit."""
    parts = line.split(" | ")
    return 2 <= len(parts) <= _SECTION_LABELS and all(
        part.isupper() and len(part) > 2 and len(part.split()) <= _SECTION_LABEL_WORDS for part in parts)


_SECTION_LABELS = 3
_SECTION_LABEL_WORDS = 3


def _is_writer_and_place(caption, credit):
    # "Jo Li | Harbor City": a byline with the writer's town or desk, not a portrait's caption
    # over its credit, which names an agency or a photographer ("Jo Li | AP", "Jo Li | Ana Roe").
    words = caption.split()
    if len(words) > 3 or words[0].lower() not in GIVEN_NAMES or not looks_like_person_name(caption):
        return False  # (a menu's "Depth Chart | History" has a name's shape, and is dropped as a caption)
    words = _CREDIT_WORD_SPLIT_RE.split(credit.lower())
    return not any(w in WIRE_SERVICES or w in _AGENCY_WORDS for w in words) and not _is_photographer(credit)


# The label a credit opens with, which names no one: "Photo by", "Image credit:", "Foto:", or
# "Credit" run into the name ("CreditAna Lima"), not the start of "Imagen" or "Pictured".
_CREDIT_LABEL_RE = re.compile(r"^(?:(?:photo(?:graph)?s?|image|picture|credit|illustration)(?-i:(?![a-z]))(?: by| credit)?"
                              r"\s*[:\-–—.…]*|(?:%s)(?-i:(?![a-z]))\s*:?)\s*" % "|".join(_FOREIGN_CREDIT_LABELS), re.IGNORECASE)


def _run_on_credit(run_on):
    """(caption, credit) of a credit run on after its caption (_RUN_ON_CREDIT_RE's match), when it reads as one."""
    if not run_on or len(run_on.group("caption").split()) < 3:
        return None
    credit = run_on.group("credit")
    bare = credit.strip("()")
    if bare.endswith(".") and "." not in bare.split()[-1][:-1]:
        bare = bare[:-1]  # "… Photograph by Jo Li / AFP.": the caption's stop set after its credit
    named = _CREDIT_LABEL_RE.sub("", bare, count=1)
    if bare != named:
        named = _ORDINAL_RE.sub("", named)  # "Credit: 20th Century Studios": a labelled credit is no date
    if credit.count("(") == credit.count(")") and reads_as_credit(named):
        # "… on Thursday Credit: STR/AFP": a labelled credit needs no stop before it
        labelled = bool(re.match(r"\w+(?: by)?\s*(?::|\.{3}|…)", credit))
        if credit.startswith("(") or labelled or has_terminal_punctuation(run_on.group("caption")):
            return run_on.group("caption").rstrip(" —–"), bare  # ("… em Porto Alegre — Foto: Jo Li")
    return None


# A photographer's name in capitals after the caption's stop, maybe for an outlet: "… in June.
# JO LI FOR THE LEDGER", "… en juin. LÉA CHARVIN POUR LE COURRIER". A story's paragraph ends so
# on a label ("… said. READ MORE"), which names no one.
_CAPITALS_CREDIT_RE = re.compile(
    r"(?P<caption>.*?\S[.!?][”’\"')]?) (?P<credit>(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ’'-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ’'.-]*){1,2})"
    r"(?P<outlet>(?: ?/ ?| (?:FOR|POUR|PARA|PER|FÜR|VOOR|VIA) )[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9&’' -]{1,40})?)")


# A credit in capitals that opens the caption, run into its first word by the copy: "STAFF
# PHOTO BY JO LIAl Roe at the quay". The caption opens on a word in lower case after its
# capital, which tells it from the name (even one such as "DeMOCKER").
_LEADING_CREDIT_RE = re.compile(
    r"(?P<credit>(?:(?:STAFF|FILE|AP|AFP) )?(?:PHOTO|PHOTOGRAPH|PICTURE|IMAGE)S? BY (?:[A-Z][\w.’'-]* ){0,3}?"
    r"[A-Z][\w.’'-]*?) ?(?P<caption>[A-Z][a-z]+\b\W*(?:\S+\s+){2}.*)")


def split_set_apart_caption(line):
    """(caption, credit) for a caption line set apart from the story whose credit has no label; else None.

    "The new keyboard, taken apart via Teardown Lab", "Lanterns in the hall, photos © Jo Li,
    2018": "via" or a copyright sign, then a name (and the photo's year), with no sentence
    end. A story's line may end on "… via Paris" too, so only a line standing alone (blank
    lines on both sides, which the caller tells) counts.
    """
    if len(line) > 200 or has_terminal_punctuation(line) or not (" via " in line or "©" in line):
        return None
    match = _SET_APART_CREDIT_RE.fullmatch(line)
    if not match or len(match.group("caption").split()) < _SET_APART_CAPTION_WORDS:
        return None
    name = _CREDIT_YEAR_RE.sub("", match.group("credit")).split("©")[-1].removeprefix("via ").strip(" ,")
    if not name or not reads_as_credit(name) or any(word.lower() in _CREDIT_SMALL_WORDS for word in name.split()):
        return None
    return match.group("caption"), match.group("credit").removeprefix("via ")


_SET_APART_CAPTION_WORDS = 5  # more than a short subhead's ("Getting there via Rail")
_SET_APART_CREDIT_RE = re.compile(
    r"(?P<caption>.*?\S)[,;]?\s+(?P<credit>via [^\s,©]+(?: [A-Z@][^\s,©]*){0,3}"
    r"|(?:(?:photos?|images?|pictures?)\s+)?©\s?[^©]{2,60}?)")
_CREDIT_YEAR_RE = re.compile(r",?\s*(?:19|20)\d\d$")


_TOGGLED_CREDIT_CHARS = 60
_TOGGLED_CREDIT_RE = re.compile(r"(?P<caption>.*?(?:\.\.\.|…))\s*\[\+\]\s*(?P<credit>\S.{0,50})")
_LONG_CAPTION_CHARS = 1200
_LABELLED_TAIL_CHARS = 60
_ORDINAL_RE = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
# "Jo Li Submitted photo", "The old mill, file photo": where the photo came from, with no name.
_PHOTO_WORD_RE = re.compile(r"photo|image|picture", re.IGNORECASE)
_KIND_OF_PHOTO_RE = re.compile(r"(?P<caption>[A-Z].*?\S)[,.]?\s+(?P<credit>(?i:submitted|contributed|file|handout|courtesy)"
                               r" (?i:photo(?:graph)?|image|picture))")


_GLUED_AGENCY_RE = re.compile(r"(?P<line>.*\))(?P<agency>[A-Z][A-Z&.' -]{1,25})")
# What a caption opens with; it may hold brackets of its own ("Jo Li (29) scores …").
_CAPTION_START_RE = re.compile(r"[A-Z0-9“‘\"']")
_FILE_PREFIX_RE = re.compile(r"(file( photo)?|(photo(graph)?|image|picture|foto|bild|beeld)( credit)?|credit|cr[ée]dito)\s*:\s*",
                             re.IGNORECASE)
_CLOSING_BRACKETS = {")": "(", "]": "["}
# A photo word set before a credit's capitalised name in brackets: "(Foto Ansa)".
_PHOTO_WORD_LABEL_RE = re.compile(r"(?:[Pp]hoto|[Ff]oto)s? (?=[A-Z])")
# A photo's label that it is an archive's or only an illustration, in brackets after a caption or
# alone ("(Foto d'archivio)", "Symbolbild", "Illustratiebeeld", "Image d'illustration").
ARCHIVE_PHOTO_PATTERN = (
    r"(?:foto|photo|imagen|imagem|immagine|image)s? (?:d['’]archivio|d['’]archives?|de archivo|de arquivo"
    r"|d['’]illustration|de ilustración|de ilustração|illustrativa|di repertorio)"
    r"|archivbild|archivfoto|symbolbild|symbolfoto|archieffoto|archiefbeeld|illustratiebeeld|illustratiefoto"
    r"|(?:file|archive|stock) (?:photo|image)|illustrative (?:photo|image)")
_ARCHIVE_PHOTO_RE = re.compile(ARCHIVE_PHOTO_PATTERN, re.IGNORECASE)


def _bracketed_credit(line):
    # "Crews at work on Monday. (Jo Li/AP)", "Jo Li at the rally (AFP)": the bracket must hold
    # an agency's shape (a slash between names, "via", or only agency words), so "(R-Texas)",
    # "(1/3 of them)" or a clause in brackets stays text. The credit is the last bracket: a
    # caption may hold brackets too ("Jo Li (29) scores past Al Roe (30) … (AP Photo/Ana Lima)").
    closing = line[-1]
    opening = line.rfind(_CLOSING_BRACKETS[closing])
    caption, credit = line[:opening].rstrip(), line[opening + 1:-1].strip()
    if opening < 1 or closing in credit or not 2 <= len(credit) <= 80 or not _CAPTION_START_RE.match(caption) \
            or len(caption.split()) < 3:
        return None
    if _ARCHIVE_PHOTO_RE.fullmatch(credit):
        return caption, credit  # "(Foto d'archivio)", "(Symbolbild)": no one's, but a photo's label
    bare = _FILE_PREFIX_RE.sub("", credit, count=1)
    if bare == credit and (label := _PHOTO_WORD_LABEL_RE.match(credit)):
        bare = credit[label.end():]  # "(Foto Ansa)", "(Photo Jo Li)": a label without its colon
    if bare != credit and 0 < len(bare.split()) <= 6 and not re.search(r"\d|[.!?]$", bare):
        return caption, credit  # "(Image: getty )": its label says it is a credit
    if not reads_as_credit(bare):
        return None
    words = re.split(r"[\s/]+", bare)
    # An agency is written "AFP", "Reuters" or "REUTERS"; "(ePA)" is an abbreviation.
    agency_shape = "/" in bare or " via " in bare or all(
        (w.lower() in WIRE_SERVICES or w.lower() in _AGENCY_WORDS) and (w.isupper() or w.istitle()) for w in words)
    return (caption, credit) if agency_shape else None


def credit_under_caption(line):
    """The credit line set under a caption ("Photo: Jo Li, AP", "Jo Li/Getty Images", "(Image: NASA)").

    Right under a caption a credit may also be an agency after a name ("Jo Li, AP", "Harbor
    Registry via AP", "Jo Li | Bloomberg | Getty Images") or "Photo by Jo Li": shapes a
    byline or a sign-off takes too, so they count only there.
    """
    bare = _INITIALS_AT_END_RE.sub("", line.strip("()[] "))
    if not is_credit_line(line):
        return line if _reads_as_signed_credit(bare) else None
    if re.match(r"photos\s*:", bare, re.IGNORECASE):
        return None  # "Photos: the mall through the years" is a gallery's link
    return line if reads_as_credit(_FILE_PREFIX_RE.sub("", bare, count=1).replace("©", "").strip()) \
        or _STAFF_CREDIT_RE.fullmatch(bare) else None


# "Jo Li, AP", "Harbor Registry via AP", "Jo Li | Bloomberg | Getty Images": an agency last.
_SIGNED_CREDIT_RE = re.compile(r"(?P<who>.+?)(?:,| via| \|)\s+(?P<agency>[^,|]+)")
_PHOTO_BY_RE = re.compile(r"(?:photo(?:graph)?s?|pictures?|images?)(?: illustration)? by\s+", re.IGNORECASE)


def _reads_as_signed_credit(bare):
    if len(bare) > 100 or not reads_as_credit(bare.replace(" | ", " ")):
        return False
    by = _PHOTO_BY_RE.match(bare)
    if by:
        return bare[by.end():][:1].isupper()
    signed = _SIGNED_CREDIT_RE.fullmatch(bare)
    if not signed:
        return False
    words = _CREDIT_WORD_SPLIT_RE.split(signed.group("agency").lower())
    return any(w in WIRE_SERVICES for w in words) and all(w in WIRE_SERVICES or w in _AGENCY_WORDS for w in words)


def reads_as_credit(credit):
    """True for a photo credit's shape: a few names and agencies, no figures, no sentence."""
    words = credit.split()
    if not words or len(words) > 12 or re.search(r"\d", credit) or has_terminal_punctuation(credit.rstrip(")")):
        return False
    # "iStock", "eBay": a name may start in lowercase when a capital follows inside it; a
    # paper's name after its article may hold a word or two in lowercase ("L'Écho romand / Jo Li")
    lowercase = [word for word in words if word[0].isalpha() and word[0].islower()
                 and word.strip(",;/()").lower() not in _CREDIT_SMALL_WORDS
                 and "/" not in word and not any(char.isupper() for char in word[1:])]
    return not lowercase or len(lowercase) <= _PAPER_LOWERCASE_WORDS and all(
        _PAPER_NAME_RE.search(credit, 0, credit.find(f" {word}") + 1) for word in lowercase)


# A paper's name opening on its article, in the part of a credit the word stands in.
_PAPER_NAME_RE = re.compile(r"(?:^|/\s*)(?:L['’]|(?:Le|La|Les|Il|El|O|A|Der|Die|Das|De|Het|The) )[A-ZÀ-Þ][^/]*$")
_PAPER_LOWERCASE_WORDS = 2


def parse_credit(credit):
    """(photographer, agency) named by a photo credit; either may be None."""
    text = _CREDIT_LABEL_RE.sub("", credit.lstrip("—– ")).strip().lstrip("© ")
    courtesy = re.fullmatch(r"(photo )?courtesy( of)?\s+(the\s+)?(?P<who>.+)", text, re.IGNORECASE)
    if courtesy:
        who = courtesy.group("who")
        return (who, None) if looks_like_person_name(who) else (None, who)
    stock = re.fullmatch(r"(file|handout|pool|stock|archive)( photo| image| picture)?\s*[,:/;\-–—]?\s*(?P<rest>.*)",
                         text, re.IGNORECASE)
    if stock:
        return None, stock.group("rest") or None
    for separator in (" via ", " for "):
        if separator in text:
            who, outlet = text.split(separator, 1)
            # "Jo Li/Bloomberg via Getty Images": the part before "via" is a credit itself.
            photographer, agency = _credit_parts(who)
            outlet = re.sub(r"^the\s+", "", outlet.strip())
            if agency and separator == " via ":
                outlet = f"{agency} via {outlet}"  # "Bloomberg via Getty Images"
            return photographer, outlet or agency
    return _credit_parts(text)


def _credit_parts(text):
    # "NASA, ESA, CSA, Jo Li (STScI)": the first person and the first organisation named;
    # an affiliation in brackets after a name is an organisation of its own.
    people, agency = [], None
    for part in re.split(r"\s*[/,;|]\s*", text):
        affiliation = re.fullmatch(r"(?P<who>.+?)\s*\((?P<org>[^()]+)\)", part)
        pieces = [affiliation.group("who"), affiliation.group("org")] if affiliation else [part]
        for piece in pieces:
            person, org = _classify_credit_part(piece)
            people += [person] if person else []
            agency = agency or org
    # (of two name-shaped parts, the one opening on a given name is the photographer, the other
    # the paper: "© Steirer Abendpost/Valentin Rauchenbichler")
    # (and when neither does, a credit's order: the photographer, then the paper, "Jo Lobo /
    # Diário da Serra")
    named = [person for person in people if person.split()[0].lower() in GIVEN_NAMES]
    photographer = (named or people or [None])[0]
    if agency is None and len(people) > 1 and (named or "/" in text):
        agency = next(person for person in people if person != photographer)
    return photographer, agency


# Surnames that are also words of a place's or a body's name ("Central Park", "Capitol Hill"):
# after a given name in a photo credit they name the photographer ("Lena Park/Reuters").
_PLACE_SURNAMES = word_set("park hill street bay lake hall house church bridge green field banks")


def _is_photographer(part):
    # A given name, then one or two words, the last of them such a surname; no agency ("Agencia
    # Ibérica de Imagen" has a name's shape).
    words = part.split()
    if any(word.lower() in _AGENCY_WORDS for word in words):
        return False
    return looks_like_person_name(part) or (
        2 <= len(words) <= 3 and words[0].lower() in GIVEN_NAMES and words[-1].lower() in _PLACE_SURNAMES
        and all(word[:1].isupper() and word[1:].isalpha() and word[1:].islower() for word in words))


def _classify_credit_part(part):
    part = part.strip()
    if not part:
        return None, None
    if _is_photographer(part) or re.fullmatch(r"[\w.’'-]+ (and|&) [\w.’'-]+ [\w’'-]+", part):
        return part, None
    if re.fullmatch(r"(staff|staff photographer|file photo|file)", part, re.IGNORECASE):
        return None, None
    return None, re.sub(r"\s+photos?$", "", part, flags=re.IGNORECASE)


# "Jo Li arrives at the awards in Los Angeles, in this June 3, 2031, file photo.": the agencies'
# caption closes on where the picture comes from.
_CAPTION_END_WORDS = ("photo.", "photo", "photograph.", "image.", "picture.")
_CAPTION_END_RE = re.compile(r",? in (?:this|a|an) (?:[\w.,’'-]+ ){0,5}?(?:file |handout |undated |archive )"
                             r"(?:photo|photograph|image|picture)\.?$|, in this (?:[\w.,’'-]+ ){1,5}?(?:photo|photograph|image|picture)\.?$",
                             re.IGNORECASE)
_CAPTION_END_CHARS = 120
# Where a person stands in the photo: "Jo Li, left, and Al Roe shake hands", "Jo Li (right)".
# A story's prose says where people stand in a room, not in a picture.
_PLACE_IN_PHOTO_RE = re.compile(
    r", (?:(?:second |third |far |at )?(?:from )?(?:left|right)|cent(?:er|re)|top|bottom|front row|back row),"
    r"|\((?:(?:second |third |far )?(?:left|right)|cent(?:er|re)|top|bottom|from (?:left|right)|background|foreground"
    # (and in other languages: "Jo Weber (rechts)", "Ana Lima (à gauche)", "Jo Li (a destra)")
    r"|links|rechts|mitte|[àa] (?:gauche|droite)|au centre|(?:a la )?(?:izquierda|derecha)|(?:a )?(?:sinistra|destra)"
    r"|(?:à )?(?:esquerda|direita)|midden)\)")
# "Image caption …", "Media caption …", "Photo: Jo Li, left, greets …", "Video: Jo Li tours …":
# a caption's own label, which a copy may glue to the caption's first word ("Media captionJo Li …").
_CAPTION_LABEL_RE = re.compile(r"(?:(?:image|media|photo|video|picture) caption(?:\b\s*:?|(?=(?-i:[A-Z])))|(?:image|photo|picture|video)\s*:)\s*"
                               r"(?=\S+(?:\s+\S+){4})", re.IGNORECASE)
# A caption set to expand: "… to strengthen the military relations ... more", "… nation. less",
# "… you can try one ... [+]".
# What a caption's label can start with, in either case (and the dotted and dotless "i").
_CAPTION_LABEL_FIRST = frozenset("iImMpPvV\u0130\u0131")
_CAPTION_TOGGLE_RE = re.compile(r"(?:\.\.\.|…) (?:more|\[\+\])|[.!?] less")
_CAPTION_MAX_WORDS = 70
# A photo's kicker, then who is in it and what they do, with no stop: "Hard graft: Harbor
# United's Jo Li heads the ball clear", "Not going quietly: Ferry Co's Al Roe, doesn't think
# it is over". A subhead or another story's title under a kicker ("Analysis: what the vote
# means", "Reports: Harbor ferry fares rise") names no one of two names doing something.
_KICKER_CHARS = 50
_KICKER_CAPTION_RE = re.compile(
    r"[A-Z][\w’'-]*(?: [\w’'-]+){0,5}: (?:[A-Z][\w.’'-]*(?:’s|'s) )?[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+)+,?"
    r" (?:[a-z]+[^s\W]s|[a-z]+n[’']t)(?: [^\s,]+(?:,(?= ))?){3,}")
# A caption that says it is one: "This March 28, 2017, file photo, provided by the registry,
# shows …", "In this undated image released by …", "Above: …". Prose may open on "This
# picture of the economy …" or "This image problem …"; only a caption goes straight on to say
# where the picture came from or what it shows.
_CAPTION_PHRASE_RE = re.compile(
    r"(?:in )?this (?:[\w.,’'-]+ ){0,6}?(?:photo|image|picture|photograph|still|frame grab)s?"
    r"(?=,| from| provided| released| taken| made| obtained| shows?| showing| courtesy| by| of)"
    r"(?=.{0,160}?\b(?:shows?|showing|provided|released|taken|made available|obtained|courtesy)\b)"
    r"|(?:above|pictured|top|main image)\s*:\s", re.IGNORECASE)


def has_caption_label(line):
    """True for a line opening on a caption's own label: "Image caption …", "Media captionJo Li …"."""
    return line[:1] in _CAPTION_LABEL_FIRST and _CAPTION_LABEL_RE.match(line) is not None


def is_caption_without_credit(line):
    """A photo caption that names no credit: known by its label, its toggle, its own words or
    where people stand.

    "Image caption Crews clear the road", "Photo: Jo Li greets voters on Monday", "Jo Li,
    left, and Al Roe shake hands on Tuesday.", "… at the site on Monday ... more", "In this
    file photo, Jo Li greets voters.". The contract's image block needs a credit, so such a
    caption is page furniture.
    """
    if len(line) > 600:
        return False
    # Most lines carry none of the four marks, which the cheap tests tell first.
    found = has_caption_label(line) or (line.endswith(("more", "less", "[+]")) and (
        _CAPTION_TOGGLE_RE.search(line[-12:]) is not None and len(line.split()) >= 6)) or (
        ("," in line or "(" in line) and _PLACE_IN_PHOTO_RE.search(line) is not None) or (
        line[:2].lower() in ("th", "in", "ab", "pi", "to", "ma") and _CAPTION_PHRASE_RE.match(line) is not None) or (
        line.endswith(_CAPTION_END_WORDS) and _CAPTION_END_RE.search(line[-_CAPTION_END_CHARS:]) is not None) or (
        ": " in line[:_KICKER_CHARS] and _KICKER_CAPTION_RE.match(line) is not None and not has_terminal_punctuation(line))
    return found and len(line.split()) <= _CAPTION_MAX_WORDS
