"""Turn story text copied from a news web page into a structured article.

Input format
------------
Plain text, already decoded to ``str``, as a producer gets it by selecting a story on a
web page and pasting it. It may carry a BOM, ``\\r\\n`` line endings, tabs and
non-breaking spaces. What it holds, in reading order:

* an optional headline: the title line nearest the top, after any leading page chrome
  (breadcrumbs, kickers, dates, bylines, share rows, menus); a single line break after it
  (a browser copy) is enough;
* an optional standfirst: the summary right under the headline, followed by the byline or
  the date line before the story goes on. It is the story's summary (``dek``), kept apart
  from the body;
* an optional box of key points under the headline ("Story Highlights" or "KEY POINTS"
  over a few short lines that sum the story up): its points join the dek, a point to a line;
* paragraphs, separated by blank lines; the lines of one paragraph (a hard-wrapped
  paste) are joined with a space. A paste with no blank lines at all is read as one
  paragraph per line that ends a sentence;
* subheads: short standalone lines without terminal punctuation;
* ``Related`` (or ``RELATED:``) on a line of its own, then the title of another story on
  the next line. "Related: title" on one line and "Related Coverage" are promo links;
* photo captions, ``caption | credit``;
* a comment counter: a line holding only an integer followed by a ``Comments`` line;
* page furniture anywhere, even mid-story: advertising markers, share buttons, newsletter
  forms and calls to subscribe, comment-widget prompts, bylines (with the reporter's handle,
  job line or a bare name), date and time stamps, stock-ticker lines, breadcrumbs, and link
  lists ("Most Read", "Trending now" …) with the story titles under them, photo captions
  that name no credit, teaser cards, and paragraphs about the site rather than the story
  (cookie and privacy notices, legal lines, print-edition notes). It is dropped;
* a whole page (Ctrl+A): the site's menus before the story, and its rails, comments and
  footer after the story's end, where its prose thins out. They are dropped too.

Quotations are read from paragraphs only (curly or straight double quotes), and each is
attributed to a person named in the story when the text says who spoke. The JSON form
produced by ``ParsedArticle.to_dict()`` is specified in ``docs/spec/article-json.md``.

Layout
------
Pure Python, no Django. Each module imports only those above it in this list:

``contract``     the result dataclasses and the JSON form (``to_dict``/``from_dict``)
``linepatterns`` many whole-line patterns asked together, each tried only where it could match; the words a pattern needs
``words``        word lists: titles, organisation words, speech verbs
``givennames``   given names, and those that tell a gender
``stamps``       date and time stamps, lines of figures
``text``         normalisation, terminal punctuation, sentence bounds
``boxes``        the headings of boxes set into a story: a table of contents, key points
``names``        capitalised runs, person-name shapes, titles and roles around a name
``appositions`` what follows a name and marks it as a person's: a description, a verb of saying, a role
``phrases``      the subject before a speech verb and the noun phrase after it
``captions``     ``caption | credit`` lines and photo credits
``furniture``    page boilerplate: ads, share bars, bylines, stamps, link lists
``notices``      sentences about the site: cookie, legal and sign-up notices
``span``         the story's span among the blocks: chrome around its prose, repeats
``titlelines``   the shape of a title line: title candidates, prose lines, the chrome over a story
``headline``     the headline: the title line nearest the top, past the page's furniture
``segmenting``   lines into blocks: headline, paragraphs, subheads, related, images
``standfirst``   the summary between the headline and the byline, taken out of the body as the story's dek
``leftover``     the lines the parse left out of the story, for an editor to look over
``quotes``       quotation spans, a quote over several paragraphs kept as one
``namecues``     what the words around a capitalised pair say of it: titles, lists, "the"
``namesakes``    the people found so far, filed by the words of their names
``cast``         the story's people, their mentions, roles and genders
``confidence``   how sure an attribution is: each rule's confidence, a speaker borrowed from another quote
``paragraphs``   a paragraph read for attribution: case-blind searches, a long subject's words, who was named where
``attribution``  who said each quote
``foreignspeech`` who said a quote in a story written in another language (the attributor's rules for it)
``scoring``      a parse scored against a gold file (used by ``bench/score_parser.py``)
"""

import gc
from contextlib import contextmanager
from dataclasses import replace

from .attribution import Attributor
from .cast import Cast
from .contract import (
    Block,
    ParsedArticle,
    ParsedPerson,
    ParsedQuote,
    ParseError,
    from_dict,
    to_dict,
)
from .furniture import find_bylines
from .quotes import extract_quotes, put_back, quote_text, read_marks_as_curly
from .headline import detect_headline
from .leftover import keep_lines, leave_out_blocks, left_out_lines, turn_blocks
from .names import fold_name
from .segmenting import segment_blocks
from .standfirst import take_key_points, take_standfirst, without_writers_bio, writer_under_headline
from .text import normalize_lines

# The name the seed fixture builder imports ``from_dict`` by.
parsed_from_dict = from_dict

__all__ = [
    "Block", "ParseError", "ParsedArticle", "ParsedPerson", "ParsedQuote",
    "attribute_quotes", "find_bylines", "fold_name", "from_dict", "parse_article", "parsed_from_dict", "to_dict",
]


def parse_article(text, *, keep=(), leave_out=(), turn=(), headline_line=None, not_people=()):
    """Parse pasted story text into a ParsedArticle (headline, body, quotes, people, count).

    ``headline_line``: the number of the line an editor names as the headline, in place of the one
    the parser would find: the story is read from there on, and what stands over it joins the
    lines left out (where ``keep`` may take any of it back). A number that is no line of the
    text, or a blank one's, is a ParseError.

    ``keep``: numbers of lines the parse would leave out (see ``ParsedArticle.left_out``) that
    an editor keeps in the story: each becomes a paragraph where it stood. ``leave_out``: the
    first lines' numbers (``Block.line``) of blocks the parse would keep that an editor leaves
    out; they join the lines left out. ``turn``: the first lines' numbers of paragraphs an
    editor makes subheads and of subheads made paragraphs. All apply before quotes are read.

    ``not_people``: names the parse takes for people that an editor says are not ("New York",
    "Apple CarPlay"): they are no one of the story, speak no quote (each goes to whom it would
    go to without them) and sign no byline. Names are compared as ``fold_name`` folds them.
    """
    with _collector_paused():
        return _parse(text, keep=frozenset(keep), leave_out=frozenset(leave_out), turn=frozenset(turn),
                      headline_line=headline_line, not_people=frozenset(map(fold_name, not_people)))


@contextmanager
def _collector_paused():
    # A parse makes hundreds of thousands of small objects (tokens, runs, mentions, blocks)
    # that live until it ends and hold no reference cycles; the cyclic collector would walk
    # them again and again as they pile up, a third of the time of a 2 MB paste. Reference
    # counting still frees everything the parse drops.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def attribute_quotes(body, *, not_people=frozenset()):
    """(quotes, cast) of a list of blocks: each quotation with its speaker, and who is who.

    The layers every importer reads quotations with, the plain-text parser and the WordPress
    import alike: quotations set in guillemets or low marks („so“) are read with curly marks in their place.
    ``not_people``: folded names (``fold_name``) that are no one of the story.
    """
    marked = read_marks_as_curly(body)
    try:
        cast = Cast(body, not_people=not_people)
        quotes = extract_quotes(body, cast.quote_spans)
        Attributor(body, cast).attribute(quotes)
    finally:
        put_back(marked)
    return quotes, cast


def _parse(text, *, keep, leave_out, turn, headline_line, not_people):
    lines = normalize_lines(text)
    if headline_line is None:
        headline_index = detect_headline(lines)
    elif 1 <= headline_line <= len(lines) and lines[headline_line - 1]:
        headline_index = headline_line - 1
    else:
        raise ParseError(f"line {headline_line} is no line of the text to read as its headline")
    points, lines = take_key_points(lines, headline_index)
    body, comment_count = segment_blocks(lines, skip=headline_index)
    dek, body = take_standfirst(body, lines, headline_index)
    if headline_line is not None:
        body = [block for block in body if block.line > headline_line]
    dek = "\n".join(filter(None, (dek, points))) or None
    if not body:
        raise ParseError("no story text found: the input is empty or holds only page furniture")
    bylines = [name for name in _bylines(lines, headline_index, body) if fold_name(name) not in not_people]
    body = without_writers_bio(body, bylines)
    left_out = left_out_lines(lines, headline_index, body, dek)
    if keep:
        body, left_out = keep_lines(body, left_out, keep)
    if leave_out:
        body, left_out = leave_out_blocks(body, left_out, leave_out)
        if not body:
            raise ParseError("every block of the story was left out: keep at least one")
    if turn:
        body = turn_blocks(body, turn)
    if not_people:
        # (the credit still names them)
        body = [replace(block, photographer=None) if block.photographer and fold_name(block.photographer) in not_people
                else block for block in body]
    quotes, cast = attribute_quotes(body, not_people=not_people)
    return ParsedArticle(
        headline=lines[headline_index] if headline_index is not None else None,
        body=body,
        quotes=[ParsedQuote(words, q.speaker, q.block_index, q.parts[0][1], q.confidence)
                for q in quotes if (words := quote_text(q, body))],
        people=cast.ordered_people(),
        comment_count=comment_count,
        bylines=bylines,
        dek=dek,
        left_out=left_out,
    )


def _bylines(lines, headline_index, body):
    # The byline stands by the headline: on a whole page, a menu of a dozen lines may come first.
    found = (headline_index is not None and find_bylines(lines[headline_index:])) or find_bylines(lines)
    if found or headline_index is None:
        return found
    writer = writer_under_headline(lines, headline_index, body[0].line - 1)
    return [writer] if writer else []
