import functools

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from articles.renditions import picture_for

register = template.Library()

# The story column from site.css: 42rem on wide screens, the viewport less its padding on phones.
STORY_SIZES = "(min-width: 48rem) 42rem, calc(100vw - 2rem)"


@register.inclusion_tag("articles/includes/picture.html")
def picture(image, sizes=STORY_SIZES, eager=False, css_class=""):
    """A <picture> of an Image's renditions (WebP with a JPEG fallback), or its original file."""
    return {
        "image": image, "picture": picture_for(image) if image else None,
        "sizes": sizes, "eager": eager, "css_class": css_class,
    }


@register.simple_tag(takes_context=True)
def page_url(context, number, param="page"):
    """A link to another page of a list that keeps the reader's filters and other pages' places."""
    params = context["request"].GET.copy()
    params[param] = number
    return "?" + params.urlencode()


@register.filter
def paragraph_html(block):
    """A paragraph's text, escaped, with an anchor for each quote it holds and its speakers linked.

    The anchors come first and the speaker links last, so the words stay one run of text that
    readers can copy and search; the page highlights the paragraph of the quote a link targets.
    """
    # for_detail() leaves them as a list; a block loaded otherwise asks its manager.
    quotes = getattr(block, "paragraph_quotes", None)
    if quotes is None:
        quotes = list(block.quotes.all())
    anchors = [format_html('<span class="quote-anchor" id="quote-{}"></span>', quote.pk) for quote in quotes]
    speakers = list({quote.speaker_id: quote.speaker for quote in quotes if quote.speaker_id}.values())
    links = format_html_join(", ", '<a href="{}">{}</a>', ((person_url(s.slug), s.name) for s in speakers))
    credit = format_html(' <span class="quote-by">— {}</span>', links) if speakers else ""
    return mark_safe("".join(anchors) + conditional_escape(block.text) + credit)


def person_url(slug):
    """A person page's address, as Person.get_absolute_url() gives it, reversed once per process.

    A story quotes the same few people in many paragraphs, and each reversal costs more than
    the paragraph's own markup. The key holds what reversal depends on besides the slug.
    """
    return _reverse_slug("people:detail", slug, settings.ROOT_URLCONF, get_urlconf(), get_script_prefix())


@functools.lru_cache(maxsize=4096)
def _reverse_slug(viewname, slug, root_urlconf, urlconf, prefix):
    return reverse(viewname, kwargs={"slug": slug}, urlconf=urlconf)
