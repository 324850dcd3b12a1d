"""The cache key of a page: the release, the address, and only the parameters the page reads.

Each view declares the query parameters it reads, and the form of a value it may key on, as
``page_cache_parameters`` (a class attribute, or :func:`reads_parameters` for a function
view): for example ``{"page": PAGE_NUMBER, "q": is_clean_query}``. For a request with a query
string the key keeps those parameters, sorted; every other parameter (``utm_*``, ``fbclid``,
``gclid``, ``mc_cid``, ``_ga``, ``ref`` and whatever else links carry) is left out of the
key and taken off the request before the view runs, so the stored page is exactly the page
its key names. A declared parameter whose value is not in its form (``page=007``, two
values, a search with stray spaces), or a view that declares nothing, is rendered but never
stored: nothing a client invents adds a page to the cache except declared parameters in
their one written form, and those are bounded too (see ``middleware.within_variant_budget``).

A request without a query string, nearly every request, is keyed on its address alone,
without resolving its URL.
"""

import functools
import hashlib
import os
import re
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode

from django.apps import apps
from django.conf import settings
from django.http import QueryDict
from django.urls import Resolver404, resolve

PAGE_KEY_PREFIX = "pages:"
# More parameters than any page reads, with room for the tracking ones: past this, render and do not store.
MAX_PARAMETERS = 100

# Forms of parameter values views declare: each is "is this value in its one written form?".
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}|last").fullmatch
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fullmatch
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,100}").fullmatch
SECTION_PATH = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*){0,5}").fullmatch


class PageKey(NamedTuple):
    key: str
    # The parameters the key keeps, sorted and encoded: what the view will see; "" for most pages.
    query_string: str


def reads_parameters(view, **forms):
    """A function view, declaring the query parameters it reads: ``reads_parameters(sitemap, p=PAGE_NUMBER)``."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        return view(*args, **kwargs)

    wrapped.page_cache_parameters = forms
    return wrapped


@functools.lru_cache(maxsize=512)
def declared_parameters(urlconf, path_info):
    """The parameters the view at path_info reads, name to form; None when it declares none or there is no view."""
    try:
        match = resolve(path_info, urlconf)
    except Resolver404:
        return None
    view = getattr(match.func, "view_class", match.func)
    return getattr(view, "page_cache_parameters", None)


def page_key(request):
    """The key for a public request, or None when its page must be rendered and not stored."""
    query_string = request.META.get("QUERY_STRING", "")
    kept = ""
    if query_string:
        forms = declared_parameters(getattr(request, "urlconf", settings.ROOT_URLCONF), request.path_info)
        if forms is None:
            return None
        # Read here with the standard library rather than through request.GET: a QueryDict
        # made and thrown away cost a link with tracking parameters a fifth of a hit.
        try:
            pairs = parse_qsl(query_string, keep_blank_values=True, errors="replace", max_num_fields=MAX_PARAMETERS)
        except ValueError:
            return None
        values = {}
        for name, value in pairs:
            if name not in forms:
                continue
            # An empty value is how the filter form sends a field left alone.
            if name in values or (value and not forms[name](value)):
                return None
            values[name] = value
        kept = urlencode(sorted(values.items()))
    url = f"{code_release()}|{request.scheme}://{request.get_host()}{request.path}?{kept}"
    # Hashed, so any address makes a safe key for every backend.
    key = PAGE_KEY_PREFIX + hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    return PageKey(key, kept)


def keep_only(request, page_key):
    """Take every parameter the key left out off the request, so the view renders what the key names."""
    if request.META.get("QUERY_STRING", "") != page_key.query_string:
        request.META["QUERY_STRING"] = page_key.query_string
        request.GET = QueryDict(page_key.query_string) if page_key.query_string else no_parameters()


@functools.cache
def no_parameters():
    # Immutable, like every request.GET, so one serves every request.
    return QueryDict()


def code_release():
    """A fingerprint of the templates, code and static manifest this process runs.

    Part of every page key, so a deploy never serves pages rendered by the old templates,
    while processes of both releases still share one generation record during a rolling restart.
    """
    if _release:
        return _release[0]
    release = os.environ.get("NEWSROOM_RELEASE", "")
    if not release:
        digest = hashlib.md5(usedforsecurity=False)
        folders = [Path(d) for t in settings.TEMPLATES for d in t.get("DIRS", [])]
        folders += [Path(config.path) for config in apps.get_app_configs() if is_project_folder(Path(config.path))]
        files = [Path(settings.STATIC_ROOT) / "staticfiles.json"]
        for folder in folders:
            files += folder.rglob("*.py") if folder.name != "templates" else []
            files += folder.rglob("*.html")
        for path in sorted(set(files)):
            if path.exists() and "tests" not in path.parts:
                stat = path.stat()
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        release = digest.hexdigest()[:12]
    _release.append(release)
    return release


_release = []


def is_project_folder(path):
    if not path.is_relative_to(settings.BASE_DIR):
        return False
    parts = path.relative_to(settings.BASE_DIR).parts
    return not any(part.startswith(".") or part == "site-packages" for part in parts)
