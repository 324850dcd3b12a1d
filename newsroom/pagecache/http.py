"""Which requests and responses the page cache may share, and the stored page as a record.

A stored page is a :class:`Page`: the finished response, pickled, with its validators and
the token it was rendered under. A hit unpickles a new ``HttpResponse`` from it, as Django's
own cache middleware does (``HttpResponse`` defines what of it is pickled), so nothing a
later middleware or the WSGI handler does to one reader's response (a cookie, a closer, a
header) can reach the page kept for the next reader. Unpickling restores the headers as they
were checked when the page was stored; building the response anew through its constructor
checked all a dozen again and made a hit a third dearer. Conditional requests are answered by
Django's own ``get_conditional_response``.
"""

import pickle
from typing import NamedTuple

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import http_date

# Paths that are never shared between readers: editing, previews of drafts, accounts.
PRIVATE_PATH_PREFIXES = ("/admin/", "/preview/", "/accounts/")
# Besides the session cookie: a reader who carries flash messages sees a page made for them alone.
MESSAGES_COOKIE = "messages"
# Request headers that could make a page differ, beyond the URL.
SHARED_VARY = {"cookie", "accept-encoding"}
# Request headers that make a request conditional: only those requests need Django's
# get_conditional_response, which costs a hit more than everything else it does.
CONDITIONAL_HEADERS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE")
# Headers the cache recomputes for every response, or that must never be replayed.
UNSTORED_HEADERS = {"set-cookie", "cache-control", "etag", "last-modified", "content-length", "expires", "date"}


class Page(NamedTuple):
    """A page as the cache keeps it (stored as a plain tuple: see ``Page.stored()``)."""

    token: str
    # Unix time after which the page is not served, whatever the generation.
    expires: float
    # The pickled HttpResponse, with ETag, Last-Modified and Content-Length.
    response_pickle: bytes
    etag: str
    rendered_at: int

    def stored(self):
        # A plain tuple: a pickled class would tie every stored page to this module's name.
        return tuple(self)

    def response(self, request, now):
        """A fresh response for this reader, or Django's 304/412 for a conditional request."""
        response = pickle.loads(self.response_pickle)
        response.headers["Cache-Control"] = cache_control(self.expires - now)
        return answer_conditional(request, response, self)


def is_public_request(request):
    """True for a request any anonymous reader could have made: the kind the cache may answer."""
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(PRIVATE_PATH_PREFIXES):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and MESSAGES_COOKIE not in cookies


def is_storable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {word.strip().lower() for word in response.get("Vary", "").split(",") if word.strip()}
    if not vary <= SHARED_VARY:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def cache_control(seconds_left):
    """Cache-Control for a shared page: browsers revalidate, a CDN may keep it a while."""
    cdn = max(0, min(int(seconds_left), settings.NEWSROOM_CDN_MAX_AGE))
    stale = settings.NEWSROOM_CDN_STALE_SECONDS
    return f"public, max-age=0, s-maxage={cdn}, stale-while-revalidate={stale}"


def page_lifetime(generation, now):
    seconds = settings.NEWSROOM_PAGE_CACHE_SECONDS
    if generation.deadline is not None:
        seconds = min(seconds, generation.deadline - now)
    return seconds


def page_from_response(response, generation, now):
    """The page to keep for a rendered response, its validators set on the response too; None if it must not be kept."""
    lifetime = page_lifetime(generation, now)
    if lifetime <= 0:
        return None
    set_response_etag(response)
    rendered_at = int(now)
    response.headers["Last-Modified"] = http_date(rendered_at)
    body = response.content
    headers = tuple(
        (name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS
    ) + (
        ("ETag", response["ETag"]), ("Last-Modified", response["Last-Modified"]),
        ("Content-Length", str(len(body))), ("X-Cache", "hit"),
    )
    stored = pickle.dumps(HttpResponse(body, headers=headers), pickle.HIGHEST_PROTOCOL)
    return Page(generation.token, now + lifetime, stored, response["ETag"], rendered_at)


def answer_miss(request, response, page, now):
    """The rendered response, marked as stored, or a 304/412 when the reader's copy is current."""
    response.headers["Cache-Control"] = cache_control(page.expires - now)
    response.headers["X-Cache"] = "miss"
    return answer_conditional(request, response, page)


def answer_conditional(request, response, page):
    meta = request.META
    if not any(header in meta for header in CONDITIONAL_HEADERS):
        return response
    return get_conditional_response(request, etag=page.etag, last_modified=page.rendered_at, response=response)
