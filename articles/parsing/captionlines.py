"""Captions among a paste's lines: a caption over its credit or its cut-short copy, a gallery's
numbered slides, a caption set apart with no credit. Each reads a few lines around one."""

import re

from .captions import (
    credit_under_caption, has_caption_label, is_caption_without_credit, is_credit_line,
    reads_as_credit, split_set_apart_caption,
)
from .names import looks_like_person_name
from .text import has_terminal_punctuation, next_nonblank, sentence_bounds
from .words import STOPWORDS


# A gallery's slide: its place among the slides, its title ("3/12 Ferry fares rise"), then its
# caption on the lines right under it.
_SLIDE_COUNTER_RE = re.compile(r"([1-9]\d{0,2})/([1-9]\d{0,2}) (?=\S)")


def gallery_slides(lines):
    """Indices of a gallery's slides: each counter line and the caption lines under it.

    A counter reads as a slide's only when another line counts to the same total with
    another place ("1/12 …", "2/12 …"): a fraction ("1/2 cup flour") or a date ("12/26 …")
    is no gallery.
    """
    counters = {}  # total -> {place: [line indices]}
    for index, line in enumerate(lines):
        if line[:1].isdigit() and (counter := _SLIDE_COUNTER_RE.match(line)):
            place, total = int(counter.group(1)), int(counter.group(2))
            if place <= total and total >= 3:
                counters.setdefault(total, {}).setdefault(place, []).append(index)
    starts = {index for places in counters.values() if len(places) >= 2
              for indices in places.values() for index in indices}
    slides = set(starts)
    for index in starts:
        while index + 1 < len(lines) and lines[index + 1] and index + 1 not in starts:
            index += 1
            slides.add(index)
        # the slide's credit, set apart under its caption: "Jo Li/Reuters", "Getty"
        credit = index + 2
        if credit < len(lines) and not lines[index + 1] and lines[credit] and (
                credit + 1 == len(lines) or not lines[credit + 1]) and (
                is_credit_line(lines[credit]) or reads_as_credit(lines[credit])):
            slides.add(credit)
    return slides


def is_uncredited_caption(lines, index, skip, furniture):
    # A caption is a line of its own: it starts after a blank line, a finished sentence or
    # page furniture (the photo's credit set over it: "Image copyright Agency"), or opens on
    # its own label, and ends its own sentence or the block, so a hard-wrapped paragraph's
    # line is never one.
    line = lines[index]
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    if not is_caption_without_credit(line):
        # (a viewer's label says "enlarge": most lines are told by the line over them)
        previous = lines[index - 1] if index else ""
        return ("nlarge" in previous or "NLARGE" in previous) and is_caption_under_viewer(lines, index, skip)
    previous = lines[index - 1] if index and index - 1 != skip else ""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return (not previous or has_terminal_punctuation(previous) or furniture[index - 1]
            or has_caption_label(line) or is_caption_without_credit(previous) or _is_short_label(previous)) \
        and (not following or has_terminal_punctuation(line) or following[0].isupper() or following[0] in _OPENING_QUOTES)


# A photo viewer's own label: "Click photo to enlarge", "Enlarge this image".
_VIEWER_LABEL_RE = re.compile(r"(?:click (?:on )?(?:the |this )?(?:photo|image|picture) to enlarge"
                              r"|enlarge (?:this )?(?:photo|image|picture)|view larger (?:photo|image|picture))\W*",
                              re.IGNORECASE)
_VIEWER_LABEL_CHARS = 40
# A wire photo's caption dates the picture: "… at the harbor, Friday, Jan. 18, 2031. The …".
_PHOTO_DATE_RE = re.compile(
    r", (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)"
    r"[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.(?: |$)")


def is_caption_under_viewer(lines, index, skip=None):
    """Whether lines[index] is the caption a photo viewer's label ("Click photo to enlarge",
    "View larger image") stands over, a blank line or none between: the photo's, not the
    story's, though it reads as prose. It is known by the date it gives its picture; a story's
    first line under the same label ("EDMONTON — The Kings went back to basics …") dates
    nothing, and a sentence that ends on a date has no viewer over it. (``skip``: the
    headline's index, no label.)"""
    above = next((i for i in (index - 1, index - 2) if i >= 0 and lines[i]), None)
    return above is not None and above != skip and len(lines[above]) <= _VIEWER_LABEL_CHARS \
        and _VIEWER_LABEL_RE.fullmatch(lines[above]) is not None and _PHOTO_DATE_RE.search(lines[index]) is not None


_LABEL_WORDS = 6


def _is_short_label(line):
    # A few words that lead into nothing ("Jo Li, file", a photo's credit set over its caption):
    # a wrapped paragraph's line runs longer, or ends on a word that leads into the next.
    return len(line.split(None, _LABEL_WORDS)) <= _LABEL_WORDS and not line.endswith((",", ";", ":", "-", "–", "—"))


def set_apart_caption(lines, index, skip):
    # "The old mill at dusk via Harbor Archive" on a line of its own: a story's line ends
    # "… via Paris" only inside its paragraph, so the caption has blank lines (or the top, the
    # end, the headline) on both sides.
    if (index and index - 1 != skip and lines[index - 1]) or (index + 1 < len(lines) and lines[index + 1]):
        return None
    return split_set_apart_caption(lines[index])


_OPENING_QUOTES = frozenset("\"“‘'«")
# A caption's words: more than a label, less than a story's long paragraph.
_CAPTION_WORDS = (4, 80)
# A label on a line of its own between a caption and its credit: "Credit...", "Photo".
_CREDIT_LABEL_LINE_RE = re.compile(r"(?:credit|photo|image)\s*(?::|\.{3}|…)?", re.IGNORECASE)


def credit_below(lines, index, skip, furniture, photographers=frozenset()):
    """The index of the photo credit under a caption at ``index``, or None.

    "Crews at work on Monday." over "Photo: Jo Li, AP": a line set apart above (a blank
    line, the top, the headline or page furniture) with a photo credit right under it is that
    photo's caption; a paragraph's last line follows the paragraph's other lines. A gallery
    may set the caption twice, in full and cut short ("... more"), and a label ("Credit...")
    between caption and credit; a caption over its own copy needs nothing above it. The page's
    photographer alone (``photographers``, credited in its byline) is a credit too.
    """
    following = index + 1
    if following >= len(lines) or not lines[following]:
        return None
    words = len(lines[index].split(None, _CAPTION_WORDS[1]))  # (no more words than a caption's are needed)
    if not _CAPTION_WORDS[0] <= words <= _CAPTION_WORDS[1]:
        return None
    copied = _is_caption_copy(lines[index], lines[following])
    if not (copied or not index or index - 1 == skip or not lines[index - 1] or furniture[index - 1]
            or _after_a_whole_paragraph(lines, index)
            and (is_credit_line(lines[following]) or lines[following] in photographers)):
        return None
    if copied:
        following += 1
    if following + 1 < len(lines) and _CREDIT_LABEL_LINE_RE.fullmatch(lines[following]):
        following += 1
    if following >= len(lines) or not lines[following]:
        return None
    if credit_under_caption(lines[following]) is None and lines[following] not in photographers and not (
            not copied and words <= _BARE_CREDIT_CAPTION_WORDS and has_terminal_punctuation(lines[index])
            and _is_bare_credit_over_story(lines, following, furniture)
            and not _is_writer_under_summary(lines[following], index - 1 == skip)) \
            and not (words <= _BARE_CREDIT_CAPTION_WORDS and _is_photographer_in_capitals(lines[following])):
        return None
    return following


_WHOLE_PARAGRAPH_CHARS = 140  # longer than a line a paste wraps a paragraph at
_CAPTION_UNDER_PARAGRAPH_WORDS = 30


def _after_a_whole_paragraph(lines, index):
    # A caption right under the story's paragraph, over a labelled credit ("… desde 2019." over
    # "Foto: Jo Li / El Diario"): where each paragraph is a line of its own, the line above is
    # longer than a wrapped line and ends a sentence; a line this short with a stop is no part
    # of it (a wrapped paragraph's last line comes under lines of the same length).
    above = lines[index - 1]
    return len(above) > _WHOLE_PARAGRAPH_CHARS and has_terminal_punctuation(above) \
        and len(lines[index].split(None, _CAPTION_UNDER_PARAGRAPH_WORDS)) <= _CAPTION_UNDER_PARAGRAPH_WORDS


def _is_photographer_in_capitals(line):
    # "DUARTE FIALHO" under a caption: a photographer's name set in capitals, as some papers credit
    words = line.split()
    return 2 <= len(words) <= 3 and line.isupper() and all(word.replace("-", "").isalpha() for word in words) \
        and looks_like_person_name(line.title())


def _is_writer_under_summary(line, under_headline):
    # A name with a handle ("Jo Li @joli") is a writer's, not a photo's; so is a person's bare
    # name under a sentence right under the headline: the summary over its byline.
    return "@" in line or (under_headline and looks_like_person_name(line))


_BARE_CREDIT_WORDS = 5
_BARE_CREDIT_CAPTION_WORDS = 40  # a caption of a sentence or two, not a paragraph
_STORY_LINE_WORDS = 12


def _is_bare_credit_over_story(lines, index, furniture):
    # "Air over the bay stays hazy this week." over "Harbor Survey" over the story's next
    # paragraph: a source or an agency named alone under a caption, which the page glued to
    # the story line below it. Only a story's own line runs on right under the short line; a
    # subhead ("The Road Ahead") holds small words a name does not.
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    words = line.split(None, _BARE_CREDIT_WORDS)
    return (len(words) <= _BARE_CREDIT_WORDS and line[0].isalpha() and not furniture[index]
            and not has_terminal_punctuation(line) and reads_as_credit(line)
            and not any(word.lower() in STOPWORDS for word in words)
            and len(following.split(None, _STORY_LINE_WORDS)) > _STORY_LINE_WORDS
            and (following[0].isupper() or following[0] in _OPENING_QUOTES))


_CREDITED_CAPTION_WORDS = 8


def caption_under_credit(lines, index, skip):
    """(caption, credit) for a caption at ``index`` set under its photo's credit, else None.

    "Jo Li/Reuters" over "Rescuers search the harbor at dawn on Monday": each on a line of its
    own between blank lines, the caption one sentence ending on no stop. A story's paragraph
    under a credit ends like a sentence or runs on; a subhead is shorter.
    """
    line = lines[index]
    if (index + 1 < len(lines) and lines[index + 1]) or has_terminal_punctuation(line) \
            or not _CREDITED_CAPTION_WORDS <= len(line.split(None, _BARE_CREDIT_CAPTION_WORDS)) \
            <= _BARE_CREDIT_CAPTION_WORDS or len(sentence_bounds(line)) > 1:
        return None
    above = index - 2  # (a blank line between the two)
    if above < 0 or lines[index - 1] or skip in (above, index - 1) or not lines[above] \
            or (above and above - 1 != skip and lines[above - 1]) or credit_under_caption(lines[above]) is None:
        return None
    return line, lines[above]


# What a gallery adds to a caption it shows cut short, or in full with a button to fold it.
_CAPTION_FOLD_RE = re.compile(r"(?:\s*(?:\.\.\.|…)\s*more|\s+less)$")
_CAPTION_COPY_CHARS = 40  # a caption cut short still holds its first words


def _is_caption_copy(line, following):
    # "Jo Li greets voters at the market on Tuesday, May 5. less" over "Jo Li greets voters
    # at the market ... more": the same caption, in full or cut short.
    if following[:_CAPTION_COPY_CHARS] != line[:_CAPTION_COPY_CHARS]:
        return False
    first, second = _CAPTION_FOLD_RE.sub("", line), _CAPTION_FOLD_RE.sub("", following)
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= _CAPTION_COPY_CHARS and longer.startswith(shorter)


_CREDIT_OVER_CAPTION_CHARS = 40
_CAPTION_UNDER_CREDIT_WORDS = 6  # a caption says what the photo shows; a subhead under a label is shorter
_CAPTION_UNDER_CREDIT_CHARS = 2 * _CAPTION_UNDER_CREDIT_WORDS  # (six words hold a dozen characters at least)


def caption_under_bare_credit(lines, index, skip):
    """(caption, credit, index of the caption's line) for a photo whose credit stands alone
    right over its caption, the story's next line under them; else None.

    "Getty Images" over "Crews clear the quay after the storm": the credit a page prints on the
    photo, then its caption with no stop. A story's lead under a wire service's name ends on one.
    """
    caption_index = index + 1
    # (most lines are told by their length, or the next line's, before its words are counted)
    if len(lines[index]) > _CREDIT_OVER_CAPTION_CHARS or caption_index >= len(lines) \
            or len(lines[caption_index]) < _CAPTION_UNDER_CREDIT_CHARS or skip in (index, caption_index):
        return None
    caption = lines[caption_index]
    if has_terminal_punctuation(caption) or not (caption[0].isupper() or caption[0] in _OPENING_QUOTES) \
            or not _CAPTION_UNDER_CREDIT_WORDS <= len(caption.split(None, _BARE_CREDIT_CAPTION_WORDS)) \
            <= _BARE_CREDIT_CAPTION_WORDS or len(sentence_bounds(caption)) > 1:
        return None
    following = next_nonblank(lines, caption_index + 1)
    if following is None or following == skip \
            or len(lines[following].split(None, _STORY_LINE_WORDS)) <= _STORY_LINE_WORDS:
        return None
    credit = credit_under_caption(lines[index])
    return (caption, credit, caption_index) if credit else None


# A photo set with its labels on lines of their own: "Image source, Getty Images" over "Image
# caption," and the caption (on the label's line or the next).
_SOURCE_LABEL_RE = re.compile(r"(?:image|photo|picture) source\s*[,:]\s*(?P<credit>\S.{0,80})", re.IGNORECASE)
_CAPTION_LABEL_LINE_RE = re.compile(r"(?:image|media|photo|picture) caption\s*[,:]?\s*(?P<caption>.*)", re.IGNORECASE)


def labelled_photo(lines, index):
    """(caption, credit, index of the caption's line) for a photo whose source and caption are
    labelled on lines of their own from ``index`` on; else None."""
    source = _SOURCE_LABEL_RE.fullmatch(lines[index])
    label_index = next_nonblank(lines, index + 1) if source else None
    label = _CAPTION_LABEL_LINE_RE.fullmatch(lines[label_index]) if label_index is not None else None
    if label is None:
        return None
    if label.group("caption"):
        return label.group("caption"), source.group("credit"), label_index
    caption_index = next_nonblank(lines, label_index + 1)
    if caption_index is None or _SOURCE_LABEL_RE.fullmatch(lines[caption_index]):
        return None
    return lines[caption_index], source.group("credit"), caption_index


# "Fotografia de Nuno Farinha", "Photographs by Jo Li", "Fotos: Ana Ruiz": the photographer a
# page credits for all of a story's photos, in its byline. Under each photo the page may then set
# that name alone, or after the caption's last stop.
_PHOTOGRAPHY_BYLINE_RE = re.compile(
    r"(?:fotografia|fotografía|fotografias|fotografías|fotografie|photography|photographs|photos|fotos|foto's|bilder"
    r"|pictures)(?:\s*:\s*|\s+(?:de|by|von|di|van|par|door)\s+)(?P<name>.{5,40})", re.IGNORECASE)
_BYLINE_LINES = 40  # a byline stands near the top of the paste


def page_photographers(lines):
    """The names a byline near the top credits for the story's photos."""
    found = set()
    for line in lines[:_BYLINE_LINES]:
        if line[:1] in "FfPpBb" and (credited := _PHOTOGRAPHY_BYLINE_RE.fullmatch(line)) \
                and looks_like_person_name(credited.group("name")):
            found.add(credited.group("name"))
    return frozenset(found)


def caption_before_photographer(line, photographers):
    """(caption, credit) for a caption whose last stop the page's photographer follows ("A
    meadow at low tide, near Olhão. Nuno Farinha"); else None."""
    for name in photographers:
        if line.endswith(" " + name):
            caption = line[:-len(name)].rstrip()
            if has_terminal_punctuation(caption) and len(caption.split(None, _BARE_CREDIT_CAPTION_WORDS)) \
                    <= _BARE_CREDIT_CAPTION_WORDS:
                return caption, name
    return None
