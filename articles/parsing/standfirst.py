"""The standfirst: the summary a news page sets between the headline and the byline.

A page's story reads headline, standfirst, byline and date, then the story; a copy from the
browser keeps that order. The standfirst is the story's summary (a story's ``dek``), not a
paragraph of its body: it is taken out of the body and kept beside it, as the byline is.
What tells it from the story's first paragraph is the byline or the date line set after it,
before the story goes on (the byline alone when a date stands over it): a story's first
paragraph is not followed by its own byline.

A box of key points under the headline ("Story Highlights" over three short lines) is a
summary too: its points join the standfirst.
"""

import re

from .boxes import is_key_points_heading
from .captions import is_caption_without_credit, is_credit_line
from .contract import Block
from .furniture import find_bylines, is_byline_or_date, is_furniture
from .titlelines import ends_on_joining_word
from .names import looks_like_person_name
from .text import has_terminal_punctuation, sentence_bounds
from .givennames import GIVEN_NAMES

# A summary is a sentence or two; a longer paragraph right under the headline is the story's.
_MIN_WORDS = 6
_MAX_WORDS = 70
# The story goes on after the byline: at least this many paragraphs.
_MIN_STORY_PARAGRAPHS = 2
# A bare figure (a comment or share count) is no byline: it may stand under a story's first paragraph.
_COUNT_RE = re.compile(r"[\d,.\s]+")
# The place a press release's story opens with, in capitals on a line of its own: "HARBOR
# CITY, ORE.", "BAAR, SWITZERLAND".
_PLACE_DATELINE_RE = re.compile(r"[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,2}, [A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,2}")
# A kicker over the standfirst ("Editorial", "Analysis", "New, 6 comments") is a few words.
_MAX_LABEL_WORDS = 5


def take_standfirst(body, lines, headline):
    """(standfirst text or None, body without it): ``headline`` is the headline's line index."""
    if headline is None or not body or body[0].kind != "paragraph":
        return None, body
    several = _standfirst_of_lines(body, lines, headline)
    if several:
        # (the byline's own lines under it, set as subheads, go as a kicker's do below)
        summary = " ".join(block.text for block in body[:several])
        rest = body[several:]
        story = next((index for index, block in enumerate(rest)
                      if block.kind == "paragraph" and not _is_byline(block.text)), len(rest))
        return summary, _with_its_copy(summary, [block for block in rest[:story] if block.kind == "image"]
                                       + rest[story:], lines)
    first = body[0]
    start = first.line - 1
    if not _MIN_WORDS <= len(first.text.split()) <= _MAX_WORDS:
        return None, body
    # Only a kicker, a label or a date may stand between the headline and the standfirst:
    # under a byline, the first paragraph is the story's.
    above = [line for line in lines[headline + 1:start] if line]
    story = [index for index, block in enumerate(body) if index and block.kind == "paragraph"]
    if above and len(story) >= _MIN_STORY_PARAGRAPHS and _is_writers_bio(first.text, above[-1]):
        return None, body[1:]  # the writer's box under the headline: their name over a line on them
    if len(story) >= _MIN_STORY_PARAGRAPHS and _is_lead_photo_caption(first.text):
        return None, body[1:]  # the lead photo's caption, neither summary nor story
    if len(story) >= _MIN_STORY_PARAGRAPHS and all(block.kind == "image" for block in body[1:story[0]]) \
            and _repeats_lead(first.text, body[story[0]].text):
        # the page's summary (or its key point), which the story's first paragraph says again
        return first.text, _with_its_copy(first.text, body[story[0]:], lines)
    if any((len(line.split()) > _MAX_LABEL_WORDS and not is_byline_or_date(line)) or find_bylines([line], limit=1)
           for line in above):
        return None, body
    # Under a date, only the reporters' names after it tell a summary from the story's first paragraph.
    dated = any(is_byline_or_date(line) for line in above)
    if len(story) < _MIN_STORY_PARAGRAPHS:
        return None, body
    end = start + 1
    while end < len(lines) and lines[end] and lines[end] in first.text:
        end += 1  # the standfirst's own lines, when the paste breaks it over several
    between = lines[end:body[story[0]].line - 1]
    following = [line for line in between if line]
    summary = first.text
    if following and _PLACE_DATELINE_RE.fullmatch(following[0]):
        signed = True  # a press release's summary, over the place its story opens with
    elif dated:
        signed = any(find_bylines([line], limit=1) for line in following)
    else:
        signed = bool(following) and (_is_writer(following[0]) or any(_is_byline(line) for line in following))
        if end - start >= 2 and _is_writer(lines[end - 1]) and first.text.endswith(lines[end - 1]):
            # the writer's bare name run into the summary's paragraph, on a line of its own
            written = first.text[:-len(lines[end - 1])].rstrip()
            if signed or (_MIN_WORDS <= len(written.split()) and has_terminal_punctuation(written)):
                summary, signed = written, True
    # Over a photo only a summary of its own line right under the headline: a paragraph under
    # the writer's name or the date is the story's, and its photo may come next.
    alone = not above and lines[start] == first.text
    pictured = alone and _over_lead_photo(body, story[0], following)
    if not (signed or pictured or (alone and _over_tools_row(following))):
        return None, body
    # A page that sets its first paragraph over the byline as well as under it: the copy under
    # it went as a repeat, and this one is the story's.
    if summary in between:
        return None, body
    # Between the byline and the story's first paragraph a page sets its tags and kickers
    # ("Markets", "Policy"): with the standfirst gone they would open the body as subheads.
    # A press release's place line opens its story and stays.
    return summary, _with_its_copy(
        summary, [block for block in body[1:story[0]]
                  if block.kind != "subhead" or _PLACE_DATELINE_RE.fullmatch(block.text)] + body[story[0]:], lines)


# The lead photo's caption under the headline says who is pictured where: "Jo Li, pictured at
# the launch in 2030", "Jo Li, second from left, …".
_PICTURED_RE = re.compile(r", pictured (?:at|with|in|during|on|after|before|here)\b")


def _is_lead_photo_caption(text):
    return is_caption_without_credit(text) or _PICTURED_RE.search(text) is not None


_MAX_STANDFIRST_LINES = 3
_BYLINE_BELOW = 2  # non-blank lines under the standfirst where its byline or date stands


def _standfirst_of_lines(body, lines, headline):
    # A standfirst of two or three lines right under the headline, each a paragraph of its own
    # on the next line, over the byline or the date ("Ab Juli sollen … kommen. …" / "Eine Petition
    # … unterwegs." / "Corina Beeli und Matthias Rohrbach-Senn" / "12.11.2025, 17.45 Uhr"): how
    # many of the body's first blocks it is; else 0.
    if body[0].line - 1 != headline + 1:
        return 0
    count = 1
    while count < min(len(body), _MAX_STANDFIRST_LINES) and body[count].kind == "paragraph" \
            and body[count].line == body[count - 1].line + 1:
        count += 1
    if count < 2 or not all(_MIN_WORDS <= len(block.text.split()) <= _MAX_WORDS for block in body[:count]) \
            or not any(block.kind == "paragraph" for block in body[count:]):
        return 0
    under = [line for line in lines[body[count - 1].line:body[count - 1].line + 2 * _BYLINE_BELOW] if line]
    signed = any(_is_byline(line) or _is_writer(line) for line in under[:_BYLINE_BELOW])
    return count if signed else 0


def _with_its_copy(summary, body, lines):
    # A page may set its summary over the story and again, word for word, among the story's
    # paragraphs: that copy went as a repeat of the first, and with the first taken out as
    # the summary it is the story's paragraph again.
    if not body:
        return body
    start, end = body[0].line, body[-1].line - 1  # (the lines between the story's first and last blocks)
    index = next((index for index in range(start, end) if lines[index] == summary), None)
    if index is None:
        return body
    place = next(position for position, block in enumerate(body) if block.line > index + 1)
    # between two of the story's paragraphs, the second right under it (not in a rail of teasers)
    between_paragraphs = place > 0 and {body[place - 1].kind, body[place].kind} == {"paragraph"}
    if not between_paragraphs or any(lines[index + 1:body[place].line - 1]):
        return body
    return body[:place] + [Block("paragraph", summary, line=index + 1)] + body[place:]


_POINTS_REACH = 8  # non-blank lines under the headline where the box stands, over the story
_POINT_WORDS = 35  # a point is a line of a sentence or two
_MAX_POINTS = 6
# The points sum up the story: most of their longer words come again in the text after them.
_POINTS_SHARE = 0.5
_STORY_AFTER_POINTS = 60  # lines of story after the box they are compared with


def take_key_points(lines, headline):
    """(the key points as one text, or None; the lines with the box's lines blanked).

    The box comes under the headline, before the story's first paragraph. A page copied with
    its lines run together sets the box's points on the lines after the heading, and the
    story's first paragraph runs on from the last of them to the first blank line: that last
    line is the story's. A page copied with a blank line between lines sets each point apart:
    then a point reads as a title (no full stop), as a first paragraph does not.
    """
    if headline is None:
        return None, lines
    heading = _points_heading(lines, headline)
    if heading is None:
        return None, lines
    points = _box_points(lines, heading)
    if not points:
        return None, lines
    texts = [lines[index] for index in points]
    following = " ".join(lines[points[-1] + 1:points[-1] + 1 + _STORY_AFTER_POINTS])
    if not _sums_up(" ".join(texts), following):
        return None, lines
    kept = list(lines)
    for index in (heading, *points):
        kept[index] = ""
    return "\n".join(texts), kept


def _points_heading(lines, headline):
    seen = 0
    for index in range(headline + 1, len(lines)):
        line = lines[index]
        if not line:
            continue
        if is_key_points_heading(line):
            return index
        seen += not is_furniture(line)  # (a row of share buttons is no part of the story)
        # a paragraph of prose set apart over the heading: the story has begun
        if seen >= _POINTS_REACH or (has_terminal_punctuation(line) and len(line.split()) >= _MIN_WORDS
                                      and index + 1 < len(lines) and not lines[index + 1]):
            return None
    return None


def _box_points(lines, heading):
    start = heading + 1
    while start < len(lines) and not lines[start]:
        start += 1
    end = start
    while end < len(lines) and lines[end]:
        end += 1
    if end - start >= 2:
        # run together with the story's first paragraph, which the last line opens (or the
        # first line that runs on into the next, when the paragraph is hard-wrapped)
        points = []
        for index in range(start, end - 1):
            if not _is_point(lines[index]) or _runs_on(lines[index], lines[index + 1]):
                break
            points.append(index)
        return points if len(points) <= _MAX_POINTS else []
    points, index = [], start
    while index < len(lines) and lines[index] and (index + 1 == len(lines) or not lines[index + 1]):
        if not _is_point(lines[index]) or has_terminal_punctuation(lines[index]):
            break
        points.append(index)
        index = next((i for i in range(index + 1, len(lines)) if lines[i]), len(lines))
    return points if len(points) <= _MAX_POINTS else []


def _is_point(line):
    return (len(line.split()) <= _POINT_WORDS and not line.endswith(":") and not is_furniture(line)
            and not is_credit_line(line))


def _runs_on(line, following):
    # A line broken in mid-sentence: it ends on a joining word or mark, or the next opens in lowercase.
    return ends_on_joining_word(line) or line.endswith(_RUN_ON_MARKS) or following[:1].islower()


_RUN_ON_MARKS = (",", ";", "-", "–", "—")


def _sums_up(points, story):
    return _said_again(points, story, _POINTS_SHARE, min_words=1)


def _over_lead_photo(body, first_story, following):
    # The story's lead photo, its caption and credit, or its credit alone ("Photograph: Jo
    # Li/Getty Images"), stands between the summary and the story: a story's first paragraph
    # is not set over a picture of its own before the second.
    if not following:
        return False
    photos = body[1:first_story]
    if photos:
        return all(block.kind == "image" for block in photos) and len(photos) == 1
    return len(following) == 1 and is_credit_line(following[0])


# A page's summary over the story that its first paragraph then says again in other words
# ("Acme has agreed to buy 30 ferries …" over "HARBOR CITY — Acme agreed on Monday to buy 30
# ferries …"): most of the summary's words of some length are the lead's.
_REPEATED_SHARE = 0.7
_REPEATED_WORDS = 5
_LONG_WORD_RE = re.compile(r"[^\W\d_]{4,}|\d[\d,.]*")


def _repeats_lead(summary, lead):
    return _said_again(summary, lead, _REPEATED_SHARE, min_words=_REPEATED_WORDS)


def _said_again(text, later, share, *, min_words):
    # Whether ``later`` holds at least ``share`` of the text's longer words (``min_words`` of them at least).
    words = _long_words(text)
    return len(words) >= min_words and len(words & _long_words(later)) >= share * len(words)


def _long_words(text):
    return {word.lower() for word in _LONG_WORD_RE.findall(text)}


def _over_tools_row(following):
    # The story's share and print buttons set between the summary and the story
    # ("Printer-friendly version Email-a-friend Respond"): an advertisement is no such row,
    # as a page sets one after the story's first paragraph as well.
    return bool(following) and all(is_furniture(line) for line in following) and any(
        _TOOLS_RE.search(line) for line in following) and not any(_ADVERT_RE.search(line) for line in following)


_TOOLS_RE = re.compile(r"\b(?:share|print|printer|e-?mail|tweet|facebook|twitter|respond|save)\b", re.IGNORECASE)
_ADVERT_RE = re.compile(r"\b(?:advert\w*|ad|ads|sponsored)\b", re.IGNORECASE)


def _is_byline(line):
    """A byline ("By Jo Li", "Jo Li | Reporter", "By Jo Li | May 3, 2031 | Topic: Harbor") or a date line."""
    if _COUNT_RE.fullmatch(line):
        return False
    return is_byline_or_date(line) or bool(find_bylines([line], limit=1)) or (
        " | " in line and bool(find_bylines([line.split(" | ", 1)[0]], limit=1)))


def _is_writer(line):
    """A writer's bare name, with their handle or not: a byline only right under the standfirst."""
    words = line.split()
    while words and words[-1].startswith("@"):
        words.pop()  # "Jo Li @joli"
    if words and "@" in words[-1]:
        words[-1] = words[-1].split("@", 1)[0]  # "Jo Li@joli"
    return 0 < len(words) <= 4 and looks_like_person_name(" ".join(words))


_BIO_WORDS = 30


def _is_writers_bio(text, name):
    # "Rosa Quint is a former city treasurer." under "Rosa Quint": one short sentence on the
    # writer named right over it (a story's lead under its subject's name says more than that).
    return text.startswith(tuple(f"{name} {verb} " for verb in _BIO_VERBS)) and len(text.split()) <= _BIO_WORDS \
        and _is_writer(name) and len(sentence_bounds(text)) == 1


_BIO_VERBS = ("is", "was", "writes", "covers", "est", "était", "ist", "war", "es", "fue", "è", "era", "é", "foi")
_MIN_STORY_BEFORE_BIO = 2
# A longer note on the writer says what they report on, or that they are a reporter: "Whitney
# Abernathy-Cole is a senior science writer at The Meridian, covering … She is based in …",
# "Corina Beeli berichtet seit 2017 über …", "Tamsin covers police, courts and emergencies for …"
_JOURNALISTS = (
    r"[\w-]*(?:writer|reporter|journalist|correspondent|editor"
    r"|columnist|journaliste|rédactrice|rédacteur|chroniqueu[rs]e?|redakteurin|redakteur|journalistin|korrespondentin"
    r"|korrespondent|periodista|redactora|redactor|corresponsal|giornalista|redattrice|redattore|inviat[ao]|jornalista"
    r"|repórter|verslaggever|verslaggeefster|redacteur|correspondente|économiste|autrice|auteur|author|autor|autora)")
_REPORTS_RE = re.compile(
    rf"\s+(?:(?:is|est|ist|es|è|é|is)\s+(?:\S+\s+){{0,6}}?(?:(?:l|d)[’'])?{_JOURNALISTS}"
    r"|covers|reports|writes|couvre|écrit|berichtet|schreibt|cubre|escribe|cobre|escreve|scrive|segue|schrijft)\b")
# What a writer's box under their name at the story's end says first: "Journaliste à la rubrique …"
_JOB_OPENING_RE = re.compile(rf"(?:\w+ ){{0,2}}?{_JOURNALISTS}\b", re.IGNORECASE)
_BIO_NOTE_WORDS = 60
_BIO_PLACES = 4  # blocks at the end of the story, or at its start under the byline, where a note on its writer stands


def _is_note_on_writer(text, name):
    # the writer's whole name, or their given name alone ("Tamsin covers …"), then what they do
    for named in (name, name.split()[0]):
        if text.startswith(named) and _REPORTS_RE.match(text, len(named)):
            return len(text.split(None, _BIO_NOTE_WORDS)) <= _BIO_NOTE_WORDS
    return False


def without_writers_bio(body, writers):
    """The body without the notes on its writers: the last paragraph when it is one sentence on
    one of them ("Ana Ruiz is a former harbor commissioner."), and any paragraph among the first
    few or the last few that says one of them reports ("Jo Li is a reporter at …. She lives in …")."""
    if len(body) > _MIN_STORY_BEFORE_BIO and body[-1].kind == "paragraph" \
            and any(_is_writers_bio(body[-1].text, name) for name in writers):
        body = body[:-1]
    notes = {index for index, block in enumerate(body) if (index < _BIO_PLACES or index >= len(body) - _BIO_PLACES)
             and block.kind == "paragraph" and any(_is_note_on_writer(block.text, name) for name in writers)}
    # (or the writer's name set over what they do, in a box of its own after the story)
    boxed = [index for index in range(max(0, len(body) - _BIO_PLACES), len(body) - 1)
             if body[index].kind == "subhead" and body[index].text in writers
             and body[index + 1].kind == "paragraph" and _JOB_OPENING_RE.match(body[index + 1].text)]
    notes |= {index for name_at in boxed for index in (name_at, name_at + 1)}
    return [block for index, block in enumerate(body) if index not in notes] if len(body) - len(notes) > 1 else body


def writer_under_headline(lines, headline, story_start):
    """A writer's bare name, opening on a given name, on a line of its own between the headline
    (its index) and the story's first line (``story_start``, an index), over a date or a bio
    that opens with it ("Rosa Quint" over "Rosa Quint is a former treasurer." or "March 4,
    2031"); else None."""
    header = [line for line in lines[headline + 1:story_start] if line]
    for line, following in zip(header, header[1:]):
        if line.split(" ", 1)[0].lower() in GIVEN_NAMES and _is_writer(line) and "@" not in line and (
                is_byline_or_date(following) or following.startswith(line + " ")):
            return line
    return None
