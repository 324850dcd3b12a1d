"""Whole-page cache for readers, exactly invalidated.

Anonymous GET and HEAD requests for public pages are answered from the shared cache (a
folder of files shared by the machine's processes by default, Redis across machines).

Exactness stays cheap with one *generation* record in the same cache: a random token plus
the moment the next scheduled story or embargo lift will change what readers may see.
Every content write replaces the record after its transaction commits (see
``articles.invalidation``). A cached page carries the token it was rendered under and is
served only while that token is still current, so a hit costs one read of the small
generation record (plus the page itself when this worker has not served it yet) and no
database query. The request reads the generation *before* it reads any content:
a page rendered from data older than a commit is stored under a token that the commit has
already replaced, so it is never served. When the scheduled moment passes, the record is
stale and the first request after it draws a new token, so a scheduled story appears on
time on every page that lists it.

As every hit reads the record, it is read the cheapest way each backend allows
(:func:`generation_store`): from a file name worked out once in the folder of files, with one
GET on a connection kept for it in Redis. It is never remembered between requests.

``NEWSROOM_PAGE_CACHE_SECONDS=0`` turns the cache off; pages are then rendered on every request.
"""

import hashlib
import os
import pickle
import secrets
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseNotModified
from django.http.response import ResponseHeaders
from django.utils.http import http_date, parse_http_date_safe
from django_redis.cache import RedisCache
from django_redis.client import DefaultClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from newsroom import routers
from newsroom.filecache import UncompressedFileCache

GENERATION_KEY = "pages:generation"
PAGE_KEY_PREFIX = "pages:"
CACHE_ALIAS = "default"

# Paths that are never shared between readers: editing, previews of drafts, accounts.
PRIVATE_PATH_PREFIXES = ("/admin/", "/preview/", "/accounts/")
# Besides the session cookie: a reader who carries flash messages sees a page made for them alone.
MESSAGES_COOKIE = "messages"
# Request headers that could make a page differ, beyond the URL.
SHARED_VARY = {"cookie", "accept-encoding"}
# Headers the cache recomputes for every response, or that must never be replayed.
UNSTORED_HEADERS = {"set-cookie", "cache-control", "etag", "last-modified", "content-length", "expires", "date"}


def page_cache():
    return caches[CACHE_ALIAS]


def is_public_request(request):
    """True for a request any anonymous reader could have made: the kind the cache may answer."""
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(PRIVATE_PATH_PREFIXES):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and MESSAGES_COOKIE not in cookies


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


def page_key(request):
    """The cache key of a URL; hashed so any query string makes a safe key for every backend."""
    url = f"{code_release()}|{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return PAGE_KEY_PREFIX + hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def next_scheduled_change(now=None):
    """The next moment a story becomes public by itself (publish time or embargo lift), or None."""
    from django.utils import timezone

    from .models import Article

    now = now or timezone.now()
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    # Two indexed look-ups rather than one aggregate, which would scan every published story.
    moments = [
        published.filter(published_at__gt=now).order_by("published_at").values_list("published_at", flat=True).first(),
        published.filter(embargo_until__gt=now).order_by("embargo_until").values_list("embargo_until", flat=True).first(),
    ]
    moments = [moment for moment in moments if moment is not None]
    return min(moments) if moments else None


def new_generation():
    """A fresh generation record: (token, deadline as a Unix time or None, primary's WAL position)."""
    change = next_scheduled_change()
    deadline = change.timestamp() if change is not None else None
    return (secrets.token_hex(8), deadline, routers.primary_position())


class GenerationStore:
    """The generation record in any Django cache, through the cache's own API."""

    def __init__(self, cache):
        self.cache = cache

    def read(self):
        return self.cache.get(GENERATION_KEY)

    def write(self, record, timeout):
        self.cache.set(GENERATION_KEY, record, timeout)

    def delete(self):
        self.cache.delete(GENERATION_KEY)

    def close(self):
        pass


class RedisGenerationStore(GenerationStore):
    """The record in Redis, read with one GET on a connection kept for it.

    Every hit reads the record, and django-redis and redis-py spend more time on a call
    (key building, taking a pooled connection and giving it back, decoding) than the round
    trip itself takes; a kept connection with the command packed once leaves little but the
    round trip. The record stays a pickled tuple under the key django-redis gives it, as
    django-redis itself would write it, so a process of the previous release reading it
    through the cache API during a rolling restart still shares it.

    Redis's client-side caching would save the round trip, but not exactly: the message that
    invalidates a kept copy travels to this process apart from the writer's reply, and
    nothing makes it arrive before a request a reader sends once the writer's commit has
    returned. Only a round trip on every request orders the read after the write.
    """

    def __init__(self, cache):
        super().__init__(cache)
        self.key = cache.make_key(GENERATION_KEY)
        # The primary, where the record is written: a replica could still answer a replaced token.
        self.client = cache.client.get_client(write=True)
        self.connection = None
        self.pid = None
        self.command = None

    def read(self):
        try:
            return self._read()
        except (RedisConnectionError, RedisTimeoutError):
            # A kept connection may have been closed in between (a Redis restart, an idle
            # timeout); redis-py has already dropped it, so one retry opens a new one.
            return self._read()

    def _read(self):
        connection = self.connection
        if connection is None or self.pid != os.getpid():
            # A connection opened before a fork belongs to the parent: never share its socket.
            pool = self.client.connection_pool
            connection = self.connection = pool.connection_class(**pool.connection_kwargs)
            self.pid = os.getpid()
            self.command = connection.pack_command("GET", self.key)
        try:
            connection.send_packed_command(self.command)
            value = connection.read_response()
        except BaseException:
            # Interrupted between the two (a worker timeout, say), the connection could hold
            # this reply unread and hand it, stale, to the next read: start afresh instead.
            connection.disconnect()
            raise
        return None if value is None else pickle.loads(value)

    def write(self, record, timeout):
        value = pickle.dumps(record, pickle.HIGHEST_PROTOCOL)
        self.client.set(self.key, value, px=None if timeout is None else max(int(timeout * 1000), 1))

    def delete(self):
        self.client.delete(self.key)

    def close(self):
        if self.connection is not None and self.pid == os.getpid():
            self.connection.disconnect()
        self.connection = None


class FileGenerationStore(GenerationStore):
    """The record in the folder of files, read from a file name worked out once."""

    def __init__(self, cache):
        super().__init__(cache)
        self.path = cache.key_file(GENERATION_KEY)

    def read(self):
        return self.cache.get_file(self.path)


def is_plain_redis(cache):
    """django-redis on one server; its sharded, herd and sentinel clients place, wrap or find keys their own way."""
    return isinstance(cache, RedisCache) and type(cache.client) is DefaultClient


# One store per thread, as Django keeps one cache object per thread: a kept connection is
# never used by two requests at once.
_stores = threading.local()


def generation_store(cache=None):
    cache = cache or page_cache()
    store = getattr(_stores, "store", None)
    if store is None or store.cache is not cache:
        if store is not None:
            store.close()
        if is_plain_redis(cache):
            store = RedisGenerationStore(cache)
        elif isinstance(cache, UncompressedFileCache):
            store = FileGenerationStore(cache)
        else:
            store = GenerationStore(cache)
        _stores.store = store
    return store


def read_generation(*, cache=None):
    """The current generation record (token, deadline, WAL position), or None."""
    return generation_store(cache).read()


def store_generation(record, *, cache=None):
    deadline = record[1]
    timeout = None if deadline is None else max(deadline - time.time(), 0.001)
    generation_store(cache).write(record, timeout)
    return record


def start_new_generation(*, cache=None):
    """Invalidate every cached page at once; called after each committed content write."""
    return store_generation(new_generation(), cache=cache)


def forget_generation(*, cache=None):
    """Drop the record, so the next request with the page cache on draws a new one."""
    generation_store(cache).delete()


def current_generation(store, now):
    record = store.read()
    if record is None or (record[1] is not None and record[1] <= now):
        record = start_new_generation(cache=store.cache)
    return record


def cache_control(seconds_left):
    """Cache-Control for a shared page: browsers revalidate, a CDN may keep it a while."""
    cdn = max(0, min(int(seconds_left), settings.NEWSROOM_CDN_MAX_AGE))
    stale = settings.NEWSROOM_CDN_STALE_SECONDS
    return f"public, max-age=0, s-maxage={cdn}, stale-while-revalidate={stale}"


def page_lifetime(record, now):
    seconds = settings.NEWSROOM_PAGE_CACHE_SECONDS
    if record[1] is not None:
        seconds = min(seconds, record[1] - now)
    return seconds


def is_not_modified(request, etag, last_modified):
    """Conditional GET as in RFC 9110: If-None-Match wins over If-Modified-Since."""
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return etag in tags or "*" in tags
    if_modified_since = request.META.get("HTTP_IF_MODIFIED_SINCE")
    if if_modified_since:
        since = parse_http_date_safe(if_modified_since)
        return since is not None and int(last_modified) <= since
    return False


def not_modified(etag, last_modified, control):
    response = HttpResponseNotModified()
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(last_modified)
    response.headers["Cache-Control"] = control
    return response


# Each worker also keeps the pages it served last, tagged with the generation token they were
# rendered under. The token is still read from the shared cache on every request, so a page
# is served only while it is current, exactly as before; a hot page is just not fetched and
# unpickled again.
LOCAL_PAGES_MAX = 256
_local_pages = {}


def local_entry(key, token, now):
    entry = _local_pages.get(key)
    if entry is None or entry[0] != token or entry[1] <= now:
        return None
    return entry


def remember_entry(key, entry):
    if key not in _local_pages and len(_local_pages) >= LOCAL_PAGES_MAX:
        _local_pages.pop(next(iter(_local_pages)))
    _local_pages[key] = entry


def response_from_entry(request, entry, now):
    # The entry holds a finished response, so a hit sets one header instead of building them all.
    _token, expires, stored, etag, rendered_at = entry
    control = cache_control(expires - now)
    if is_not_modified(request, etag, rendered_at):
        return not_modified(etag, rendered_at, control)
    # A copy with its own headers, cookies, body list and closers: the stored response serves
    # the next reader too. Its headers were checked when it was stored and control is plain
    # ASCII, so they are copied as they are: ResponseHeaders re-checking each one took 7 µs of
    # the 55 a hit spent in this middleware on the file cache.
    response = object.__new__(type(stored))
    response.__dict__.update(stored.__dict__)
    headers = ResponseHeaders(None)
    headers._store = {**stored.headers._store, "cache-control": ("Cache-Control", control)}
    response.headers = headers
    response.cookies = SimpleCookie()
    response._container = list(stored._container)
    response._resource_closers = []
    return response


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


def store_page(request, response, key, record, now, cache):
    """Keep the page under the generation it was rendered in; returns the stored entry or None."""
    lifetime = page_lifetime(record, now)
    if lifetime <= 0:
        return None
    body = response.content
    etag = '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'
    rendered_at = int(now)
    headers = {name: value for name, value in response.items() if name.lower() not in UNSTORED_HEADERS}
    stored = HttpResponse(body, headers={
        **headers, "ETag": etag, "Last-Modified": http_date(rendered_at),
        "Content-Length": str(len(body)), "X-Cache": "hit",
    })
    entry = (record[0], now + lifetime, stored, etag, rendered_at)
    cache.set(key, entry, lifetime)
    return entry


class PageCacheMiddleware:
    """Serve readers' pages from the shared cache; sits right after whitenoise, before sessions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_public_request(request):
            return self.get_response(request)
        if settings.NEWSROOM_PAGE_CACHE_SECONDS <= 0:
            with routers.reading_from_replica():
                return self.get_response(request)

        cache = page_cache()
        key = page_key(request)
        now = time.time()
        record = current_generation(generation_store(cache), now)
        entry = local_entry(key, record[0], now)
        if entry is None:
            entry = cache.get(key)
            if entry is not None and entry[0] == record[0]:
                remember_entry(key, entry)
        if entry is not None and entry[0] == record[0]:
            return response_from_entry(request, entry, now)

        with routers.reading_from_replica(caught_up_to=record[2]):
            response = self.get_response(request)
        if not is_storable(request, response):
            return response
        entry = store_page(request, response, key, record, now, cache)
        if entry is None:
            return response
        remember_entry(key, entry)
        _token, expires, _stored, etag, rendered_at = entry
        control = cache_control(expires - now)
        if is_not_modified(request, etag, rendered_at):
            return not_modified(etag, rendered_at, control)
        response.headers["ETag"] = etag
        response.headers["Last-Modified"] = http_date(rendered_at)
        response.headers["Cache-Control"] = control
        response.headers["X-Cache"] = "miss"
        return response
