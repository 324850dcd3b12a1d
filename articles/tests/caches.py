"""The page cache on each of its production backends, for the fixtures in conftest.py."""

import functools
import os
import secrets

import pytest
import redis
from django.core.cache import cache

# The page cache's backends in production; tests that take the page_cache fixture run on each.
BACKENDS = ["files", "redis"]
# Used when REDIS_URL is not set: a database number of these tests' own on the local Redis.
REDIS_DB = 13


@functools.cache
def redis_url():
    """REDIS_URL, else the local Redis; None when it does not answer."""
    url = os.environ.get("REDIS_URL") or f"redis://127.0.0.1:6379/{REDIS_DB}"
    try:
        with redis.Redis.from_url(url, socket_connect_timeout=1) as client:
            client.ping()
    except redis.ConnectionError:
        return None
    return url


def page_cache_on(backend, settings, tmp_path):
    """The page cache on, in a folder of files as in production or in Redis, emptied afterwards.

    In Redis every key of the test carries a prefix of its own and only those keys are
    deleted, so a Redis shared with anything else is left as it was.
    """
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300
    settings.NEWSROOM_CDN_MAX_AGE = 60
    settings.NEWSROOM_CDN_STALE_SECONDS = 30
    if backend == "redis":
        url = redis_url()
        if url is None:
            pytest.skip("Redis is not answering (REDIS_URL, or 127.0.0.1:6379)")
        settings.CACHES = {"default": {
            "BACKEND": "django_redis.cache.RedisCache", "LOCATION": url, "KEY_PREFIX": f"test-{secrets.token_hex(6)}",
        }}
    else:
        settings.CACHES = {"default": {
            "BACKEND": "newsroom.pagecache.filecache.UncompressedFileCache", "LOCATION": str(tmp_path / "cache"),
        }}
    empty(cache)
    yield cache
    empty(cache)


def empty(shared):
    # django-redis's clear() empties the whole Redis database; delete_pattern takes this test's keys only.
    if hasattr(shared, "delete_pattern"):
        shared.delete_pattern("*")
    else:
        shared.clear()
