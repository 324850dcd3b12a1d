"""The page cache middleware: readers' pages from the shared cache, exactly invalidated.

A request reads the generation record *before* it reads any content: a page rendered from
data older than a commit is stored under a token that the commit has already replaced, so it
is never served. A hit costs that one read (plus the page itself when this worker has not
served it yet) and no database query. When the record's deadline passes the first request
draws a new one, so a scheduled story appears on time on every page that lists it.

``NEWSROOM_PAGE_CACHE_SECONDS=0`` turns the cache off; pages are then rendered on every request.
While the cache does not answer, pages are rendered uncached (``outage``).
"""

import time

from django.conf import settings

from newsroom import routers

from . import keys
from .generation import current_generation, deliver_missed_invalidation
from .http import Page, answer_miss, is_public_request, is_storable, page_from_response
from .outage import outage
from .stores import CACHE_ERRORS, generation_store, page_cache

# Each worker also keeps the pages it served last. The token is still read from the shared
# cache on every request, so a page is served only while it is current; a hot page is just
# not fetched and unpickled again.
LOCAL_PAGES_MAX = 256
_local_pages = {}

VARIANTS_KEY = "pages:variants:"


def local_page(key, token, now):
    page = _local_pages.get(key)
    if page is None or page.token != token or page.expires <= now:
        return None
    return page


def remember_page(key, page):
    if key not in _local_pages and len(_local_pages) >= LOCAL_PAGES_MAX:
        _local_pages.pop(next(iter(_local_pages)))
    _local_pages[key] = page


def shared_page(cache, key, token, now):
    stored = cache.get(key)
    # The expiry is checked here too, not only by the cache: it is the bound on staleness
    # when a write could not replace the generation (see ``outage``).
    if stored is None or stored[0] != token or stored[1] <= now:
        return None
    return Page._make(stored)


def within_variant_budget(cache, now):
    """True while fewer than NEWSROOM_PAGE_CACHE_VARIANTS pages with parameters were stored in this period.

    Pages with parameters (a page number, filters, a search) are counted per period of
    NEWSROOM_PAGE_CACHE_SECONDS, the longest a page lives, so at most twice the budget of them
    are ever kept at once, however many addresses clients make up.
    """
    period = max(settings.NEWSROOM_PAGE_CACHE_SECONDS, 1)
    counter = f"{VARIANTS_KEY}{int(now // period)}"
    cache.add(counter, 0, period * 2)
    try:
        return cache.incr(counter) <= settings.NEWSROOM_PAGE_CACHE_VARIANTS
    except ValueError:
        # The counter went in between (the file cache culls entries): store nothing this time.
        return False


class PageCacheMiddleware:
    """Serve readers' pages from the shared cache; sits right after whitenoise, before sessions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if outage.missed_invalidation:
            deliver_missed_invalidation()
        if not is_public_request(request):
            return self.get_response(request)
        if settings.NEWSROOM_PAGE_CACHE_SECONDS <= 0:
            with routers.reading_from_replica():
                return self.get_response(request)
        now = time.time()
        page_key = None if outage.is_away(now) else keys.page_key(request)
        if page_key is None:
            return self.render_uncached(request)
        keys.keep_only(request, page_key)
        key = page_key.key
        cache = page_cache()
        try:
            generation = current_generation(generation_store(cache), now)
            page = local_page(key, generation.token, now)
            if page is None:
                page = shared_page(cache, key, generation.token, now)
                if page is not None:
                    remember_page(key, page)
        except CACHE_ERRORS as error:
            outage.note_failure(error, now)
            return self.render_uncached(request)
        if outage.warned_at is not None:
            outage.note_success()
        if page is not None:
            return page.response(request, now)

        with routers.reading_from_replica(caught_up_to=generation.wal_position):
            response = self.get_response(request)
        if not is_storable(request, response):
            return response
        page = page_from_response(response, generation, now)
        if page is None:
            return response
        try:
            if not page_key.query_string or within_variant_budget(cache, now):
                cache.set(key, page.stored(), page.expires - now)
                remember_page(key, page)
        except CACHE_ERRORS as error:
            outage.note_failure(error, now)
        return answer_miss(request, response, page, now)

    def render_uncached(self, request):
        # No generation, so no WAL position a replica must have reached: the primary answers.
        return self.get_response(request)
