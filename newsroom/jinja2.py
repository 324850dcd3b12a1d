"""The Jinja2 environment of the readers' pages.

Readers' pages are rendered by Jinja2 rather than Django's template language: with a tag or
an include per body block, Django's engine was the largest cost of the article page, and
Jinja2, compiled to Python functions, takes a fraction of it (docs/performance.md has the
figures). The admin and form widgets keep Django's templates.

Autoescaping is on (Django's backend turns it on), and Django's safe strings (``mark_safe``,
``format_html``, rendered forms) pass through unescaped because they carry ``__html__``.
"""

import functools

from django.template import defaultfilters
from django.templatetags.static import static
from django.utils import timezone
from django.utils.functional import empty
from jinja2 import Environment

from articles.markup import STORY_SIZES, page_url, paragraph_html, render_blocks
from articles.renditions import picture_for
from newsroom.reversing import url


@functools.lru_cache(maxsize=512)
def _static(path, storage):
    return static(path)


def static_url(path):
    """``{% static %}``: the address of a static file (hashed in production), looked up once."""
    from django.contrib.staticfiles.storage import staticfiles_storage

    # Keyed on the storage itself, so a changed STORAGES setting (in tests) looks again.
    if staticfiles_storage._wrapped is empty:
        staticfiles_storage._setup()
    return _static(path, staticfiles_storage._wrapped)


def this_year():
    return timezone.localtime().year


def machine_time(value):
    """A time as HTML's ``datetime`` attributes and Open Graph read it: in the site's zone, whole seconds.

    Django's "c" format keeps microseconds, which a valid HTML date and time string cannot hold.
    """
    if value is None:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def environment(**options):
    env = Environment(**options)
    env.globals.update(
        url=url, static=static_url, picture_for=picture_for, page_url=page_url, this_year=this_year,
        STORY_SIZES=STORY_SIZES, render_blocks=render_blocks,
    )
    # Django's own filters, so times (in the site's zone), plurals and the rest read as before.
    env.filters.update(
        date=defaultfilters.date, pluralize=defaultfilters.pluralize, capfirst=defaultfilters.capfirst,
        truncatewords=defaultfilters.truncatewords, paragraph_html=paragraph_html, machine_time=machine_time,
    )
    return env
