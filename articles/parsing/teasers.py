"""Other stories inside the story's span: their titles set between its paragraphs, and repeats.

A page sets other stories' titles into a story (a rail shown inline, a row of titles under
Related blocks, a title in capitals, titles over a gallery's closing line) and repeats its
own captions and titles (a carousel, a small-screen copy of a rail). A story's own subheads
stand alone and the paragraphs after them take up their topic; these rules keep them.
"""

import re
from collections import Counter

from .shapes import is_menu_item
from .text import has_terminal_punctuation


def teaser_titles(body, is_prose, is_label, first, last):
    """Indexes of the blocks inside the story's span that are other stories' titles.

    ``first`` and ``last``: the indexes of the story's first and last prose blocks. In runs
    of headline-shaped lines, in capitals, among Related blocks, or as subheads between
    the story's last paragraph and a closing line.
    """
    return _teaser_runs(body, is_prose, is_label, first, last) | (
        _capitals_teasers(body, is_prose, is_label, first, last)) | (
        _closing_teasers(body, is_prose, last)) | _related_rail_titles(body, is_prose, is_label, first)


# Other stories' titles shown inside the story: "Moon Rush: Private Lunar Lander Plans" over
# "Here's Where Commercial Landers Will Land". A title runs to a few words more than most
# subheads and to fewer than a sentence of prose; a lead-in ends with a colon or trails off.
_TITLE_WORDS = (5, 16)
_TITLE_CHARS = 120
_LEAD_IN_ENDS = (":", "…", "...")
_TEASER_RUN = 2
# A list's heading is a few words ("Lack of mentorship" over its items); a paragraph that
# takes up a subhead's topic shares a third or more of its words.
_LIST_HEADING_WORDS = 4
_FOLLOWING_PARAGRAPHS = 2
_FOLLOWING_SPAN = 6
_SUBHEAD_SHARE = 3
_PARAGRAPH_WORDS = 8
_WORD_RE = re.compile(r"\w+")
_STEM = 5


def _is_title_line(text):
    # A line shaped like a headline: a capital (after an opening quote), a title's length,
    # no lead-in end.
    words = len(text.split(None, _TITLE_WORDS[1]))
    return (_TITLE_WORDS[0] <= words <= _TITLE_WORDS[1] and len(text) <= _TITLE_CHARS
            and not text.endswith(_LEAD_IN_ENDS) and text.lstrip("'‘\"“")[:1].isupper())


def _topic_words(text):
    # The words of four letters or more, by their first five letters ("landers" and "lander"
    # are one topic), so that a subhead and the paragraph under it can be compared.
    return {word.lower()[:_STEM] for word in _WORD_RE.findall(text) if len(word) >= 4 and not word.isdigit()}


def _teaser_runs(body, is_prose, is_label, first, last):
    """Indexes of other stories' titles standing two or more in a row inside the story's span.

    A story's subhead stands alone over paragraphs on its topic; a list under a subhead or a
    lead-in ("Here are the five:") has items that often open alike. A rail of other
    stories' titles set into the story comes as two or more headline-shaped lines in a
    row, each opening differently, with at most one other line before them (a capitalised
    heading such as "Related Coverage" goes with them), and the paragraphs after them
    take up none of their topics.
    """
    found, run = set(), []
    for index in range(first + 1, last + 1):
        block = body[index]
        if block.kind == "image":
            continue  # a rail's thumbnails stand between its titles
        if is_label[index] and block.kind in ("subhead", "paragraph"):
            run.append(index)
            continue
        if run and is_prose[index]:
            found.update(_rail_titles(body, is_prose, run, index))
        run = []
    return found


def _rail_titles(body, is_prose, run, after):
    # The titles at the end of a run of labels that stands before the paragraph at `after`,
    # or nothing when the run reads as the story's own heading and list.
    start = len(run)
    while start and _is_title_line(body[run[start - 1]].text):
        start -= 1
    titles = run[start:]
    if len(titles) < _TEASER_RUN or start > 1:
        return ()
    if start:
        heading = body[run[0]]
        if is_menu_item(heading):
            titles = run
        elif heading.text.endswith(_LEAD_IN_ENDS) or len(heading.text.split()) <= _LIST_HEADING_WORDS:
            return ()
    else:
        before = run[0] - 1
        while before > 0 and body[before].kind == "image":
            before -= 1
        if body[before].text.endswith(_LEAD_IN_ENDS):
            return ()
    openings = [body[index].text.split(None, 1)[0].lower() for index in titles]
    if 2 * sum(a == b for a, b in zip(openings, openings[1:])) >= len(titles) - 1:
        return ()  # items that open alike ("Path A: …", "Path B: …") are a list
    if len(body[after].text.split(None, _PARAGRAPH_WORDS)) < _PARAGRAPH_WORDS:
        return ()  # a short line after the run: a box of the story's own details
    if any(_takes_up_topic(body, is_prose, body[index].text, after) for index in titles):
        return ()
    return titles


# "COUNCIL BACKS THE FERRY PLAN AFTER A LONG NIGHT": another story's title set in capitals
# between two of the story's paragraphs. A story's subheads in capitals are a few words.
_CAPITALS_TITLE_WORDS = 6
_CAPITALS_LETTERS = 10
_LOWER_SHARE = 20
_CAPITALS_HEADLINE_WORDS = 9
# A title in capitals as long as a sentence reads as prose by its length, but ends on no stop.
_CAPITALS_MAX_WORDS = _TITLE_WORDS[1] + 4


def _in_capitals(text):
    # Every cased letter a capital but for one in twenty (an initialism's plural: "AMAs")
    # past the opening, where a lowercase letter tells most lines at once; scripts without
    # case have none and never count.
    opening = text[:2 * _CAPITALS_LETTERS]
    if opening.upper() != opening:
        return False
    cased = [char for char in text if char.lower() != char.upper()]
    return len(cased) >= _CAPITALS_LETTERS and _LOWER_SHARE * sum(char.islower() for char in cased) <= len(cased)


def _capitals_teasers(body, is_prose, is_label, first, last):
    """Indexes of lone labels in capitals, of a headline's length, inside the story's span
    that the paragraphs after them do not take up, and of lines in capitals as long as a
    headline whatever follows them.

    A subhead in capitals heads paragraphs that share its words ("HOW TO SEAL THE JARS"
    over "Seal each jar..."); another story's title set into the story does not, and the
    story's paragraphs run on after it: a closing line in capitals (the writer's post)
    stands before the page's rails instead. A subhead in capitals is a few words; nine or
    more are a headline, on the story's topic or not, and one that ends on no stop goes even
    when its length makes it read as prose.
    """
    found = set()
    for index in range(first + 1, last):
        block = body[index]
        if not ((is_label[index] or _is_long_title(block)) and _in_capitals(block.text)
                and len(block.text.split(None, _CAPITALS_TITLE_WORDS)) >= _CAPITALS_TITLE_WORDS):
            continue
        before, after = _neighbour(body, index, -1), _neighbour(body, index, 1)
        if before is None or after is None or not (is_prose[before] and is_prose[after]):
            continue
        if len(body[after].text.split(None, _PARAGRAPH_WORDS)) < _PARAGRAPH_WORDS:
            continue
        then = _neighbour(body, after, 1)
        if after != last and (then is None or not is_prose[then]):
            continue  # the story's paragraphs do not run on: a closing line before the rails
        # (a line in capitals as long as a headline is one: a subhead in capitals is a few words)
        if len(block.text.split(None, _CAPITALS_HEADLINE_WORDS)) >= _CAPITALS_HEADLINE_WORDS \
                or not _takes_up_topic(body, is_prose, block.text, after):
            found.add(index)
    return found


def _is_long_title(block):
    # A paragraph of a title's length or a little more that ends on no stop.
    return block.kind == "paragraph" and len(block.text.split(None, _CAPITALS_MAX_WORDS)) <= _CAPITALS_MAX_WORDS \
        and not has_terminal_punctuation(block.text)


# A listicle's title opens on its count: "12 Ways to Keep Bread Fresh".
_COUNT_TITLE_RE = re.compile(r"\d+ (?=\w)")


def _is_teaser_title(text):
    # A headline-shaped line, or one that opens on a count before a capitalised word (such a
    # title may be a word shorter: "10 Strangest Medical Cases").
    match = _COUNT_TITLE_RE.match(text)
    if match is None:
        return _is_title_line(text)
    words = len(text.split(None, _TITLE_WORDS[1]))
    return (_TITLE_WORDS[0] - 1 <= words <= _TITLE_WORDS[1] and len(text) <= _TITLE_CHARS
            and not text.endswith(_LEAD_IN_ENDS) and text[match.end()].isupper())


def _closing_teasers(body, is_prose, last):
    """Indexes of other stories' titles set as subheads between the story's running prose and
    its closing line.

    A story's subhead heads prose; two or more headline-shaped subheads in a row after the
    last paragraph, with one line after them (the story's closing credit: "First published
    on ..."), are a rail the page set inside the story's frame. The story's own list of links
    stands under a heading of its own ("Further reading"), so the titles must follow two
    paragraphs of prose; items that open alike ("June 9 -- ...") or that mostly give figures
    or "name: value" pairs are the story's own list or table.
    """
    tail = [index for index in range(last + 1, len(body)) if body[index].kind != "image"]
    titles = tail[:-1]
    if len(titles) < _TEASER_RUN or not all(
            body[index].kind == "subhead" and _is_teaser_title(body[index].text) for index in titles):
        return set()
    before = _neighbour(body, last, -1)
    if before is None or not is_prose[before]:
        return set()
    openings = [body[index].text.split(None, 1)[0].lower() for index in titles]
    if len(set(openings)) < len(openings):
        return set()
    if 2 * sum(_holds_a_value(body[index].text) for index in tail) >= len(tail):
        return set()  # rows of the story's own table: "Adults: $5 a ride", "Children: $2 a ride"
    return set(titles)


def _holds_a_value(text):
    # A table's row gives a figure or a "name: value" pair; a title may only open on a count.
    match = _COUNT_TITLE_RE.match(text)
    text = text[match.end():] if match else text
    return ":" in text or any(map(str.isdigit, text))


def _related_rail_titles(body, is_prose, is_label, first):
    """Indexes of the headline-shaped labels in a run of blocks, between prose, that holds two
    or more Related blocks.

    A rail of other stories set into the story comes partly as Related blocks and partly as
    bare titles between them; a story's subhead may follow one Related block, not stand in a
    run of them.
    """
    found, run = set(), []
    for index in range(first + 1, len(body) + 1):
        if index < len(body) and not is_prose[index]:
            run.append(index)
            continue
        if sum(body[item].kind == "related" for item in run) >= _TEASER_RUN:
            found.update(item for item in run if is_label[item] and _is_teaser_title(body[item].text))
        run = []
    return found


def _neighbour(body, index, step):
    # The nearest block before (step -1) or after (step 1) that is not an image, or None.
    index += step
    while 0 <= index < len(body) and body[index].kind == "image":
        index += step
    return index if 0 <= index < len(body) else None


def _takes_up_topic(body, is_prose, text, after):
    # Whether the paragraphs from `after` on share a third or more of the words of `text`.
    following = [index for index in range(after, min(len(body), after + _FOLLOWING_SPAN)) if is_prose[index]]
    topics = set().union(*(_topic_words(body[index].text) for index in following[:_FOLLOWING_PARAGRAPHS]))
    words = _topic_words(text)
    return _SUBHEAD_SHARE * len(words & topics) >= len(words)


# A line this long repeated word for word is a gallery's caption or a rail's title shown
# twice; shorter ones ("Summary", "Q:") recur in a story's own layout.
_REPEAT_WORDS = 4


# A teaser card repeats its title: "Five ways to save Five ways to save Five ways to save …".
_CARD_TITLE_WORDS = (4, 20)
_CARD_WORDS = 120


def opens_with_a_repeat(text):
    """True when the text opens with a run of four to twenty words said twice in a row.

    A story never repeats a phrase back to back; a teaser card's title copied from its
    image's label, its link and its heading does.
    """
    if len(text) < 40 or text.find(text[:16], 16) == -1:
        return False  # four words said twice take forty characters; the title's start recurs
    words = text.split(None, _CARD_WORDS)
    # a card is short, and its title starts with a capital
    if len(words) > _CARD_WORDS or not words[0][0].isupper():
        return False
    for size in range(_CARD_TITLE_WORDS[0], min(_CARD_TITLE_WORDS[1], len(words) // 2) + 1):
        # a title holds no sentence end ("Yes. Yes. Yes. Yes." is no card)
        if has_terminal_punctuation(words[size - 1]) or has_terminal_punctuation(words[0]):
            continue
        if words[:size] == words[size:2 * size] and not any(has_terminal_punctuation(w) for w in words[:size - 1]):
            return True
    return False


def drop_repeated_blocks(body):
    """The body without the second and later copies of a paragraph or subhead of four words or
    more, and without teaser cards that open by repeating their title.

    A story does not repeat its paragraphs; a page does: a carousel shows each caption twice,
    a rail repeats its titles for small screens. The first copy stays, so no text is lost.
    """
    seen, kept = set(), []
    for block in body:
        if block.kind in ("paragraph", "subhead"):
            text = block.text
            if opens_with_a_repeat(text):
                continue
            if len(text.split(None, _REPEAT_WORDS)) >= _REPEAT_WORDS:
                if text in seen:
                    continue
                seen.add(text)
        kept.append(block)
    return _without_pull_quotes(kept, body)


_PULL_QUOTE_RE = re.compile(r"[“\"‘„«]\s?(?P<words>[^“”\"„«»]{10,300}?)[.,!?…]?\s?[”\"’“»]")
# The pull quote's credit under it: "Marisol Ochoa, teacher", "— Ferdinand Kitzmüller, Altbürgermeister".
_PULL_QUOTE_CREDIT_RE = re.compile(
    r"(?:[—–-]\s*)?[A-ZÀ-Þ][\w’'.-]+(?:\s+[A-ZÀ-Þa-z][\w’'.-]*){1,4},\s+[^,.!?;:“”\"]{2,60}")
_PULL_QUOTE_WORDS = 4  # (a shorter line is dialogue: "You will not?")


def _without_pull_quotes(body, whole):
    # A pull quote: a paragraph that is only a quotation a longer paragraph of the story holds
    # ("“Shade is not a luxury.”" set apart, the page's display of the words said in it), set
    # apart once in the ``whole`` body: a line of dialogue a story repeats is the story's.
    pulled, copies = {}, None
    for index, block in enumerate(body):
        # (with no stop of its own a pull quote reads as a subhead)
        quoted = block.kind in ("paragraph", "subhead") and block.text[:1] in "“\"‘„«" \
            and _PULL_QUOTE_RE.fullmatch(block.text)
        if quoted and len(quoted.group("words").split()) >= _PULL_QUOTE_WORDS:
            copies = copies or Counter(other.text for other in whole)
            if copies[block.text] == 1:
                pulled[index] = quoted.group("words")
    if not pulled:
        return body
    longer = [(index, block.text) for index, block in enumerate(body) if block.kind == "paragraph"]
    gone = {index for index, words in pulled.items() if any(
        other != index and len(text) > len(body[index].text) and words in text for other, text in longer)}
    # and the line under it that credits it ("Marisol Ochoa, teacher"), no sentence of the story
    gone |= {index + 1 for index in list(gone) if index + 1 < len(body) and body[index + 1].kind != "image"
             and _PULL_QUOTE_CREDIT_RE.fullmatch(body[index + 1].text)}
    return [block for index, block in enumerate(body) if index not in gone]
