"""HTML pieces the readers' pages share, for the Jinja2 environment (newsroom/jinja2.py)."""

import functools
import re

from markupsafe import Markup, escape

from newsroom.reversing import url

from .blocks import BLOCK_KINDS

# The story column from site.css: 42rem on wide screens, the viewport less its padding on phones.
STORY_SIZES = "(min-width: 48rem) 42rem, calc(100vw - 2rem)"


def page_url(request, number, param="page"):
    """A link to another page of a list that keeps the reader's filters and other pages' places."""
    params = request.GET.copy()
    params[param] = number
    return "?" + params.urlencode()


# After a quote's words: the punctuation inside its closing mark, then the mark itself.
QUOTE_CLOSE = re.compile(r"[,.;:!?…]*[”’\"']?")
# The marker for a quote whose paragraph names no one ("…,” she said): a small figure, named for
# screen readers; its look is in site.css (.quote-source).
SPEAKER_ICON = (
    '<svg class="quote-source-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">'
    '<circle cx="8" cy="5" r="3"/><path d="M2 15c0-3.3 2.7-6 6-6s6 2.7 6 6z"/></svg>'
)


@functools.lru_cache(maxsize=4096)
def name_patterns(name):
    """The full name, then the family name, each as a whole-word pattern (compiled once per speaker)."""
    return [re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)") for wanted in dict.fromkeys([name, name.split()[-1]])]


def name_span(text, name, *, taken):
    """Where the paragraph first names this person, by full name or family name as the parser does.

    Returns (start, end) or None; spans inside quoted words or overlapping ``taken`` don't count.
    """
    for pattern in name_patterns(name):
        for found in pattern.finditer(text):
            span = found.span()
            if not any(span[0] < end and start < span[1] for start, end in taken):
                return span
    return None


def quote_end(text, quote_text):
    """The offset just past a quote's closing mark in its paragraph, or the paragraph's end."""
    start = text.find(quote_text) if quote_text else -1
    if start < 0:
        return len(text)
    end = start + len(quote_text)
    return QUOTE_CLOSE.match(text, end).end()


def paragraph_html(block):
    """A paragraph's text, escaped, with an anchor for each quote it holds and its speakers linked.

    The block comes from ``articles.article_page``, which leaves its quotes on it as ``paragraph_quotes``.

    Readers see the words as written: the speaker's name, where the paragraph gives it (first
    occurrence, full or family name), links to their page; a quote whose paragraph names no one
    ("…,” she said) gets a small marker after it, labelled "Quote from NAME" for screen readers.
    The anchors come first, so the words stay one run of text that readers can copy and search;
    the page highlights the paragraph of the quote a link targets.
    Built with MarkupSafe, whose escaping is compiled: a story has dozens of paragraphs.
    """
    quotes = block.paragraph_quotes
    html = "".join(f'<span class="quote-anchor" id="quote-{int(quote.pk)}"></span>' for quote in quotes)
    text = block.text
    if not any(quote.speaker_id for quote in quotes):
        return Markup(html + str(escape(text)))
    quoted = []
    for quote in quotes:
        start = text.find(quote.text) if quote.text else -1
        if start >= 0:
            quoted.append((start, start + len(quote.text)))
    # (start, end, opening html, closing html); a marker is an empty span at the quote's end.
    inserts, linked = [], set()
    for quote in quotes:
        person = quote.speaker
        if person is None or person.pk in linked:
            continue
        linked.add(person.pk)
        href = escape(url("people:detail", slug=person.slug))
        span = name_span(text, person.name, taken=quoted + [(s, e) for s, e, *_ in inserts if s < e])
        if span is not None:
            inserts.append((*span, f'<a class="speaker" href="{href}">', "</a>"))
        else:
            label = escape(f"Quote from {person.name}")
            at = quote_end(text, quote.text)
            inserts.append((at, at, (
                f'<a class="quote-source" href="{href}" aria-label="{label}">{SPEAKER_ICON}'
                f'<span class="visually-hidden">{label}</span></a>'
            ), ""))
    position = 0
    for start, end, opening, closing in sorted(inserts, key=lambda insert: (insert[0], insert[1])):
        html += str(escape(text[position:start])) + opening + str(escape(text[start:end])) + closing
        position = end
    return Markup(html + str(escape(text[position:])))


def render_blocks(blocks, macros):
    """A story's body as HTML: each block through its kind's macro, taken from ``macros`` (a template's module).

    A block of a kind no longer declared is left out rather than failing the page.
    """
    render = {name: getattr(macros, kind.macro) for name, kind in BLOCK_KINDS.items()}
    return Markup("".join([render[block.kind](block) for block in blocks if block.kind in render]))
