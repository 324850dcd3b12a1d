"""Photo captions (``caption | credit``) and credit lines: who took the photo, for which agency."""

import re

from .names import looks_like_person_name
from .text import has_terminal_punctuation
from .words import WIRE_SERVICES, word_set


def is_credit_line(line):
    """A photo credit on a line of its own: ``(Photo: Jo Li/AP)``, ``AP Photo/Jo Li``."""
    bare = line.strip("()[] ")
    if len(bare.split()) > 8 or has_terminal_punctuation(bare):
        return False
    caption = split_caption(bare)
    if caption and has_terminal_punctuation(caption[0]):
        return False  # "Image: The council chamber. | Jo Li/Ledger" is a captioned photo
    if re.match(r"(photo(graph)?s?|image|picture|credit|illustration)( by)?\s*:", bare, re.IGNORECASE):
        return True
    if "/" in bare and all(parse_credit(bare)):
        return True
    # An agency alone under a caption: "Getty Images", "AFP via Getty Images", "Reuters"
    words = re.split(r"[\s/]+", bare.lower())
    return any(w in WIRE_SERVICES for w in words) and all(w in WIRE_SERVICES or w in _AGENCY_WORDS for w in words)


_AGENCY_WORDS = word_set("images image photo photos pictures picture via press associated agence france-presse wire")


def split_caption(line):
    """(caption, credit) for a ``caption | credit`` line, split on the last " | "; else None."""
    if " | " not in line:
        return None
    caption, credit = (part.strip() for part in line.rsplit(" | ", 1))
    if not caption or not credit or len(credit.split()) > 12:
        return None
    return caption, credit


def parse_credit(credit):
    """(photographer, agency) named by a photo credit; either may be None."""
    text = re.sub(r"^(photo(graph)?s?|image|picture|credit|illustration)( by| credit)?\s*[:\-–—]?\s*",
                  "", credit, flags=re.IGNORECASE).strip()
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
    photographer = agency = None
    for part in re.split(r"\s*[/,;]\s*", text):
        affiliation = re.fullmatch(r"(?P<who>.+?)\s*\((?P<org>[^()]+)\)", part)
        pieces = [affiliation.group("who"), affiliation.group("org")] if affiliation else [part]
        for piece in pieces:
            person, org = _classify_credit_part(piece)
            photographer = photographer or person
            agency = agency or org
    return photographer, agency


def _classify_credit_part(part):
    part = part.strip()
    if not part:
        return None, None
    if looks_like_person_name(part) or re.fullmatch(r"[\w.’'-]+ (and|&) [\w.’'-]+ [\w’'-]+", part):
        return part, None
    if re.fullmatch(r"(staff|staff photographer|file photo|file)", part, re.IGNORECASE):
        return None, None
    return None, re.sub(r"\s+photos?$", "", part, flags=re.IGNORECASE)
