"""HTML pieces the readers' pages share, for the Jinja2 environment (newsroom/jinja2.py)."""

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


def paragraph_html(block):
    """A paragraph's text, escaped, with an anchor for each quote it holds and its speakers linked.

    The block comes from ``articles.article_page``, which leaves its quotes on it as ``paragraph_quotes``.

    The anchors come first and the speaker links last, so the words stay one run of text that
    readers can copy and search; the page highlights the paragraph of the quote a link targets.
    Built with MarkupSafe, whose escaping is compiled: a story has dozens of paragraphs.
    """
    quotes = block.paragraph_quotes
    html = "".join(f'<span class="quote-anchor" id="quote-{int(quote.pk)}"></span>' for quote in quotes)
    html += str(escape(block.text))
    speakers = list({quote.speaker_id: quote.speaker for quote in quotes if quote.speaker_id}.values())
    if speakers:
        links = ", ".join(
            f'<a href="{escape(url("people:detail", slug=person.slug))}">{escape(person.name)}</a>'
            for person in speakers
        )
        html += f' <span class="quote-by">— {links}</span>'
    return Markup(html)


def render_blocks(blocks, macros):
    """A story's body as HTML: each block through its kind's macro, taken from ``macros`` (a template's module).

    A block of a kind no longer declared is left out rather than failing the page.
    """
    render = {name: getattr(macros, kind.macro) for name, kind in BLOCK_KINDS.items()}
    return Markup("".join([render[block.kind](block) for block in blocks if block.kind in render]))
