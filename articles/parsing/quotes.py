"""Quotations in paragraphs: where each opens and closes, a quote over several paragraphs kept as one."""

import re
from dataclasses import dataclass

from .text import in_title_case, sentence_start
from .words import ANY_SPEECH_VERB_RE


@dataclass(slots=True)
class _Quote:
    parts: list  # (block_index, open_offset, content_start, content_end)
    closed: bool
    speaker: str | None = None
    rule: str = "unattributed"  # the attribution rule that named the speaker (see confidence.py)
    confidence: float = 0.0

    @property
    def block_index(self):
        return self.parts[0][0]


_DOUBLE_QUOTE_MARK = re.compile(r"[“”\"]")

# Guillemets read as the curly marks they stand for, one character for one: « » where « opens
# (French, Italian, Spanish, Russian), » « where » opens (German, Danish).
_GUILLEMETS_OPENING_LEFT = str.maketrans("«»", "“”")
_GUILLEMETS_OPENING_RIGHT = str.maketrans("»«", "“”")
# A low mark opens (German, Czech, Polish, Romanian: „so“ or „so”); its closing mark is the
# next high one, which in German is shaped as English opens.
_LOW_OPENING_RE = re.compile(r"„([^„“”]*)[“”]")


# Single marks as a story's quotation marks where it sets no double ones (British, Dutch: ‘so’):
# a ’ inside a word is an apostrophe ("don’t"), so the closing one is the first after the
# opening that no letter follows.
_SINGLE_QUOTATION_RE = re.compile(r"(?<![\w’'])‘((?:[^‘’]|’(?=\w))*?[^\s‘’]{2}(?:[^‘’]|’(?=\w))*?)’(?!\w)")


# The same in straight marks ('so'), as Dutch and Flemish papers set them: not "'s ochtends",
# "'t", "'n" (a word cut short at its start), and a ' between letters is an apostrophe ("auto's").
_STRAIGHT_SINGLE_QUOTATION_RE = re.compile(
    r"(?<![\w’'])'(?![stn]\s|\d)((?:[^']|'(?=\w)(?<=\w')|(?<=\s)'(?=[stn]\s))*?[^\s']{2}"
    r"(?:[^']|'(?=\w)(?<=\w')|(?<=\s)'(?=[stn]\s))*?)'(?!\w)")


def _as_double_marks(quote):
    # Words spoken, not a title or a word set apart ("‘Star Wars’", "so-called ‘reform’"): four
    # words or more, ending on a stop or a comma inside the marks or right after them; or three
    # words or more inside what the sentence says someone said ("the coroner said the lane had
    # ‘more than minimally’ contributed").
    words, after = quote.group(1), quote.string[quote.end():quote.end() + 1]
    spoken = (words.count(" ") >= _SPOKEN_WORDS - 1 and (words[-1] in ",.!?…" or (after and after in ",.;:!?"))
              or words.count(" ") >= _REPORTED_WORDS - 1 and _said_before(quote.string, quote.start())) \
        and not in_title_case(words.split())  # ("‘Why Don't You Go Fight For The Reindeer?’": a title)
    return f"“{words}”" if spoken else quote.group()


_SPOKEN_WORDS = 4
_GOES_ON_WORDS = 8
_OPENS_A_SENTENCE = re.compile(r"[.!?:] ")
_REPORTED_WORDS = 3


def _said_before(text, offset):
    return bool(ANY_SPEECH_VERB_RE.search(text, sentence_start(text, offset), offset))


def read_marks_as_curly(body):
    """Set each paragraph that quotes in guillemets, low marks or single marks alone with curly double
    marks in their place.

    The quotation rules know curly and straight marks; a mark for a mark keeps every offset,
    so the quotes found index the text as it was. Returns (block, original text) pairs for
    ``put_back``: the body keeps the marks the story was written with.
    """
    changed = []
    for block in body:
        text = block.text
        if block.kind != "paragraph":
            continue
        marked = text
        if "«" in text and "»" in text:  # (a lone "»" is a breadcrumb's or a link's arrow)
            marked = marked.translate(
                _GUILLEMETS_OPENING_LEFT if text.index("«") < text.index("»") else _GUILLEMETS_OPENING_RIGHT)
        elif (opened := text.rfind("«")) >= 0 and len(text[opened:].split(None, _GOES_ON_WORDS)) > _GOES_ON_WORDS \
                and (opened == 0 or _OPENS_A_SENTENCE.match(text, opened - 2)):
            # (a quotation going on into the next paragraph, from the paragraph's start or a
            # sentence's, «… ¶ «… »; not a link's arrow, "« Previous")
            marked = marked[:opened] + "“" + marked[opened + 1:]
        if "„" in text:
            marked = _LOW_OPENING_RE.sub(lambda quote: f"“{quote.group(1)}”", marked)
            # (a low mark left open goes on into the next paragraph, as a quotation of several
            # paragraphs is set: „… ¶ „…“)
            marked = marked.replace("„", "“")
        if "‘" in marked and "“" not in marked and "”" not in marked and '"' not in marked:
            marked = _SINGLE_QUOTATION_RE.sub(_as_double_marks, marked)
        elif "'" in marked and not any(mark in marked for mark in "“”\"‘’"):
            marked = _STRAIGHT_SINGLE_QUOTATION_RE.sub(_as_double_marks, marked)
        if marked != text:
            changed.append((block, text))
            block.text = marked
    return changed


def put_back(changed):
    """The texts ``read_marks_as_curly`` changed, as they were."""
    for block, text in changed:
        block.text = text


def find_quote_spans(text):
    """(open mark offset, content start, content end, closed) for each quotation in text."""
    if '"' in text:
        return _spans_with_straight_marks(text)
    # Curly marks only: the first “ opens, the next ” after it closes (a “ inside is text).
    spans, find = [], text.find
    opened = find("“")
    while opened >= 0:
        closing = find("”", opened + 1)
        if closing < 0:
            spans.append((opened, opened + 1, len(text), False))
            break
        spans.append((opened, opened + 1, closing, True))
        opened = find("“", closing + 1)
    return spans


def _spans_with_straight_marks(text):
    # A straight mark opens or closes by what stands around it; a curly one by its shape.
    spans, opened = [], None
    for mark in _DOUBLE_QUOTE_MARK.finditer(text):
        index, char = mark.start(), mark.group()
        if opened is None and (char == "“" or (char == '"' and _straight_quote_opens(text, index))):
            opened = index
        elif opened is not None and char in "”\"":
            spans.append((opened, opened + 1, index, True))
            opened = None
    if opened is not None:
        spans.append((opened, opened + 1, len(text), False))
    return spans


def _straight_quote_opens(text, index):
    # A straight mark opens when it follows a space or bracket and touches a word: the
    # other way round it closes, and after a digit it is an inch mark.
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def extract_quotes(body, spans_by_block=None):
    """Quotations in paragraph blocks, a quote running over several paragraphs kept as one.

    ``spans_by_block``: each paragraph's ``find_quote_spans``, when already found (the cast's).
    """
    quotes, pending = [], None
    for block_index, block in enumerate(body):
        if block.kind != "paragraph":
            if block.kind == "subhead":
                pending = None
            continue
        spans = spans_by_block[block_index] if spans_by_block is not None else find_quote_spans(block.text)
        if not spans:
            pending = None
            continue
        if pending is not None and spans[0][0] == 0:
            opened, start, end, pending.closed = spans[0]
            pending.parts.append((block_index, opened, start, end))
            spans = spans[1:]
            if pending.closed:
                pending = None
        else:
            pending = None
        for opened, start, end, closed in spans:
            quotes.append(_Quote([(block_index, opened, start, end)], closed))
        if spans and not closed:
            pending = quotes[-1]  # (only the last quote of a paragraph can be left open)
    return quotes


def quote_text(quote, body):
    """The words of a quotation: parts joined by a space, one trailing comma dropped."""
    if len(quote.parts) == 1:
        bi, _, start, end = quote.parts[0]
        text = body[bi].text[start:end].strip()
    else:
        text = " ".join(body[bi].text[start:end].strip() for bi, _, start, end in quote.parts).strip()
    return text[:-1].rstrip() if text.endswith(",") else text


def mask_quotes(text, spans):
    """The text with quoted passages (marks included) blanked out, offsets unchanged.

    ``spans`` in reading order, as ``find_quote_spans`` gives them.
    """
    if not spans:
        return text
    pieces, kept, length = [], 0, len(text)
    for opened, _, end, _ in spans:
        start = opened if opened > kept else kept
        stop = end + 1 if end < length else length
        if stop > start:
            pieces.append(text[kept:start])
            pieces.append(" " * (stop - start))
            kept = stop
    pieces.append(text[kept:])
    return "".join(pieces)
