"""reverse(), remembered per process.

A page links to the same sections, people and views many times, and each reversal walks the
URL patterns: more time than the markup it feeds. The key holds everything reversal depends
on besides its arguments (the URLconf and the script prefix), so a different mount point or a
test's URLconf gets its own answers.
"""

import functools

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse


def cached_reverse(viewname, args=None, kwargs=None):
    """As django.urls.reverse(viewname, args=..., kwargs=...)."""
    return _reverse(viewname, tuple(args or ()), tuple(sorted((kwargs or {}).items())), settings.ROOT_URLCONF,
                    get_urlconf(), get_script_prefix())


def url(viewname, *args, **kwargs):
    """The templates' url(): ``url("people:detail", slug=...)``."""
    return cached_reverse(viewname, args, kwargs)


@functools.lru_cache(maxsize=16384)
def _reverse(viewname, args, kwargs, root_urlconf, urlconf, prefix):
    return reverse(viewname, args=args, kwargs=dict(kwargs), urlconf=urlconf)
