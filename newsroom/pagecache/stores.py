"""Where the generation record is read and written: the one key every request reads.

Each backend gets the cheapest exact read it allows (:func:`generation_store`): a file name
worked out once in the folder of files, one GET on a connection kept for it in Redis, the
cache API anywhere else. The record is never remembered between requests.

The record is stored as a plain tuple, not as :class:`~newsroom.pagecache.generation.Generation`:
processes of the previous release read it during a rolling restart, and a pickled class
would tie them to this module's name.
"""

import os
import pickle
import threading

from django.core.cache import caches
from django_redis.cache import RedisCache
from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from .filecache import UncompressedFileCache

GENERATION_KEY = "pages:generation"
CACHE_ALIAS = "default"

# What an unreachable or failing cache raises: redis-py's errors, django-redis's wrapper of
# them, and the file system's (a full or read-only disk).
CACHE_ERRORS = (RedisError, ConnectionInterrupted, OSError)


def page_cache():
    return caches[CACHE_ALIAS]


class GenerationStore:
    """The record in any Django cache, through the cache's own API."""

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

    Every hit reads the record, and a call through django-redis (``cache.get``) or redis-py's
    client (``client.get``) takes a pooled connection and gives it back each time, which costs
    more than the round trip itself: the kept connection makes a read less than half as dear as
    ``cache.get`` and about 20 µs cheaper than ``client.get`` (docs/performance.md, "Page cache
    hits"). So the store keeps one connection per thread, made by redis-py from the pool's own
    settings (address, timeouts, credentials), and speaks to it through redis-py's public
    ``Connection`` methods; it never writes the protocol by hand. Writes are rare and go through
    the client. The record stays a pickled tuple under the key django-redis gives it, as
    django-redis itself would write it.

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
        kept = self.connection is not None and self.pid == os.getpid()
        try:
            return self._read()
        except (RedisConnectionError, RedisTimeoutError):
            if not kept:
                raise
            # A kept connection may have been closed in between (a Redis restart, an idle
            # timeout); one retry on a new connection tells that from a Redis that is away.
            return self._read()

    def _read(self):
        if self.connection is None or self.pid != os.getpid():
            # A connection opened before a fork belongs to the parent: never share its socket.
            pool = self.client.connection_pool
            self.connection = pool.connection_class(**pool.connection_kwargs)
            self.pid = os.getpid()
            self.command = self.connection.pack_command("GET", self.key)
        connection = self.connection
        try:
            connection.send_packed_command(self.command)
            value = connection.read_response()
        except BaseException:
            # Interrupted between the two (a worker timeout, say), the connection could hold
            # this reply unread and hand it, stale, to the next read: start afresh instead.
            connection.disconnect()
            self.connection = None
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
