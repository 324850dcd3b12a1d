"""Text normalisation and sentence bounds: line endings, whitespace, terminal punctuation."""

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from .words import ABBREVIATIONS, STOPWORDS, word_set


# "1. Why rates rose", "2) What comes next": a list number before a heading or a point
LIST_NUMBER_RE = re.compile(r"^\d{1,2}[.)]\s+(?=[A-ZÀ-Þ“‘«„])")


# Full stops of scripts written without spaces (。！？) end sentences too.
_TERMINAL_MARKS = frozenset(".?!…。！？")
# (German closes a quotation on “ and ‘, „so.“; Spanish and German on a guillemet set right
# after the stop, «so.» or »so.« A guillemet after a space is as often a link's arrow after a
# sentence, "Find out more! »", as a French quotation's end, « so. », and is not read as one.)
_CLOSING_MARKS = "”’\"')]」』“‘»«"


def normalize_text(text):
    """Unicode NFC with a BOM dropped and every line ending turned into ``\\n``."""
    text = text.replace("\ufeff", "")
    # (each kind of line ending replaced in one pass of its own, and only when the text
    # holds it: a pattern for them all would be tried at every character)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for separator in _OTHER_LINE_ENDINGS:
        if separator in text:
            text = text.replace(separator, "\n")
    return unicodedata.normalize("NFC", text)


_OTHER_LINE_ENDINGS = ("\u2028", "\u2029", "\x0b", "\x0c", "\x85")
_INVISIBLE_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad")
_INVISIBLE = re.compile("[%s]" % "".join(_INVISIBLE_CHARS))


def normalize_line(line):
    """Collapse runs of whitespace (tabs and non-breaking spaces too) and trim the ends."""
    return " ".join(_INVISIBLE.sub("", line).split())


def normalize_lines(text):
    """The text's lines, each normalised as by ``normalize_line`` (the invisible characters
    are dropped from the whole text at once: none of them breaks a line)."""
    text = normalize_text(text)
    if any(char in text for char in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    return [" ".join(line.split()) if line else line for line in text.split("\n")]


# What an emoji is built of besides its symbol: variation selectors, joiners, skin tones.
_PICTOGRAPH_PARTS = "\ufe0e\ufe0f\u200d\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"


def _is_pictograph(char):
    # an emoji or another pictographic symbol (category So: "🙂", "⬇", "☺"), or a part of one
    return char in _PICTOGRAPH_PARTS or unicodedata.category(char) == "So"


def has_terminal_punctuation(text):
    """True when text ends like a sentence: . ? ! … 。！？ optionally followed by a closing mark."""
    # A "$" pattern would be tried at every stop in the text; reading back from its end is enough.
    # ("$" also matches before a final line break.) Most texts are told by their last character.
    last = text[-1:]
    if last in _TERMINAL_MARKS:
        return True
    if last > "\u2000" and _is_pictograph(last):
        # "Book your seats today! 🙂": a sentence may close on an emoji after its stop
        text = text.rstrip().rstrip(_PICTOGRAPH_PARTS).rstrip()
        while text and _is_pictograph(text[-1]):
            text = text[:-1].rstrip(_PICTOGRAPH_PARTS).rstrip()
        last = text[-1:]
    if last and last not in _CLOSING_MARKS and last not in _TERMINAL_MARKS and last != "\n":
        return False
    end = text[:-1] if text.endswith("\n") else text
    stripped = end.rstrip(_CLOSING_MARKS)
    if len(stripped) < len(end) and end.endswith("»") and "«" in end and "|" not in end:
        # French spaces the guillemets that close a quotation ("« … bilan. »"); a link's arrow
        # ("More on the ferry! »") or a pager's ("« Older | Main | Newer »") is none
        stripped = stripped.rstrip(" \u00a0\u202f")
    return stripped[-1:] in _TERMINAL_MARKS


# The marks a quotation opens on, each with those it may close on: English “…” and "…",
# German „…“ and »…«, French and Spanish «…», and the single marks set where double ones would be.
_CLOSING_OF = {"“": "”", "\"": "\"", "„": "“”", "»": "«", "«": "»", "‚": "‘’", "‘": "’"}


def opens_quotation(line):
    """Whether a line opens on a quotation mark that it closes further on („Wir …“, sagt sie):
    a guillemet opening a line is as often a link's arrow ("» Next piece in People")."""
    closing = _CLOSING_OF.get(line[:1])
    return closing is not None and any(mark in line[1:] for mark in closing)


def is_whole_quotation(line):
    """Whether a line is one quotation from its first character to its last, with no stop after
    it: „Wir haben …“, «On ne lâchera rien», “We will not back down”. A line like that is a
    title of its own (a headline, a pull quote), not the start of a sentence running on."""
    closing = _CLOSING_OF.get(line[:1])
    if closing is None or len(line) < 3 or line[-1] not in closing:
        return False
    inner = line[1:-1]
    # (a blog's pager, "« Older post | Main | Newer post »", is set in guillemets too)
    return line[0] not in inner and line[-1] not in inner and "|" not in inner


def rstrip_offset(text, offset):
    """``len(text[:offset].rstrip())``, found without copying the text before offset."""
    while offset and text[offset - 1].isspace():
        offset -= 1
    return offset


def stops_before(text, end):
    """``has_terminal_punctuation(text[:end])``, read from the last characters only: a paragraph
    may hold thousands of quotations, each asking it of all the text before it."""
    return has_terminal_punctuation(text[max(0, end - _STOP_WINDOW):end])


_STOP_WINDOW = 80  # characters enough for a stop, its closing marks and the word before it


def last_char_before(text, offset):
    """The last character before offset that is not a space, or ""."""
    end = rstrip_offset(text, offset)
    return text[end - 1] if end else ""


def _is_abbreviation(text):
    # The word before a full stop: "Gov", "Sept", an initial "J", or dotted "U.S" / "p.m".
    token = _last_token(text)
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or "." in token


TRAILING_TOKEN = re.compile(r"(\S+)\s*$")


def _last_token(text):
    # TRAILING_TOKEN's word in the last 40 characters, found by splitting from the right
    # rather than by a search tried at every position.
    words = text[-40:].rsplit(None, 1)
    return words[-1].lstrip("“\"‘(").lower() if words else ""


# Words that open a sentence and never follow a title or an initial, so after "3 a.m." or
# "the U.S." they start a new sentence: "… shortly after 3 a.m. She said …".
_SENTENCE_OPENERS = word_set("the he she it they we but this that these those his her their its our there")
_TITLE_ABBREVIATIONS = word_set("""
    mr mrs ms dr st gov sen rep lt col sgt capt prof rev gen maj adm cmdr cpl supt det fr no
""")


def _abbreviation_ends_sentence(before, after):
    token = _last_token(before).rstrip(".")
    following = after.split(None, 1)[0].strip("“\"‘(").lower() if after.strip() else ""
    return len(token) > 1 and token not in _TITLE_ABBREVIATIONS and following in _SENTENCE_OPENERS


# Stops not preceded by a stop, closing marks, spaces, then a sentence's opening. (The first
# stop is matched before the look back, so that the engine skips ahead to the next stop.)
_SENTENCE_END = re.compile(r"[.?!…](?<![.?!…][.?!…])[.?!…]*[”\"’')]*\s+(?=[“\"‘'(]?[A-Z0-9])")


@lru_cache(maxsize=4096)
def sentence_bounds(text):
    """(start, end) offsets of the sentences in text, not splitting after abbreviations."""
    if "." not in text and "?" not in text and "!" not in text and "…" not in text:
        return ((0, len(text)),)  # no stop, one sentence
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        # Only the word before the full stop matters; the whole sentence so far may be long.
        before = text[max(start, match.start() - 40):match.start()]
        if text[match.start()] == "." and _is_abbreviation(before) \
                and not _abbreviation_ends_sentence(before, text[match.end():match.end() + 30]):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return tuple(bounds)  # cached: immutable


@lru_cache(maxsize=256)
def _sentence_starts(text):
    return tuple(start for start, _ in sentence_bounds(text))


def sentence_start(text, offset):
    """Offset where the sentence holding ``offset`` begins (the last sentence's past the end)."""
    starts = _sentence_starts(text)
    return starts[max(0, bisect_right(starts, offset) - 1)]


def next_nonblank(lines, start):
    """Index of the first non-blank line at or after ``start``, or None."""
    for index in range(start, len(lines)):
        if lines[index]:
            return index
    return None


def is_over_sentence(lines, index, words):
    """Whether the next non-blank line after ``index`` is a sentence of ``words`` words or more."""
    following = next_nonblank(lines, index + 1)
    return following is not None and has_terminal_punctuation(lines[following]) \
        and len(lines[following].split(None, words)) >= words


def previous_nonblank(lines, start):
    """Index of the last non-blank line at or before ``start``, or None."""
    for index in range(start, -1, -1):
        if lines[index]:
            return index
    return None


def is_in_capitals(text):
    """Whether every cased letter of text is a capital, at least two of them ("CAMPIONATO | 16ª
    GIORNATA": "ª" and digits have no case, which ``str.isupper`` reads as lowercase for "ª")."""
    cased = [char for char in text if char.lower() != char.upper()]
    return len(cased) >= 2 and all(char.isupper() for char in cased)


_TITLE_CASE_SHARE = 0.8


def in_title_case(words, share=_TITLE_CASE_SHARE):
    """Whether most words that are not small words open with a capital ("Ferry Fares Rise Again")."""
    big = [word for word in (word.strip("“\"‘'([") for word in words)
           if word[:1].isalpha() and word.lower() not in STOPWORDS]
    return len(big) >= 2 and sum(word[0].isupper() for word in big) >= share * len(big)
