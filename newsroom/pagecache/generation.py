"""The generation record: what makes every cached page exactly as fresh as the content.

A random token, the moment the content next changes by itself (the next scheduled story,
embargo lift or front-page slot's drop-out time, from the content's one hook,
``ArticleQuerySet.next_public_change()``), and
with a read replica the primary's WAL position. Every committed content write replaces it
(``articles.invalidation``); a page is served only under the token it was rendered under.
"""

import secrets
import time
from typing import NamedTuple

from django.apps import apps
from django.conf import settings

from newsroom import routers

from .outage import miss_invalidation, outage
from .stores import CACHE_ERRORS, generation_store


class Generation(NamedTuple):
    token: str
    # A Unix time, or None when nothing is scheduled.
    deadline: float | None
    # The primary's WAL position when it was drawn (PostgreSQL with a replica), else None.
    wal_position: str | None


def next_content_change():
    """The next moment readers' pages change without a write, or None."""
    return apps.get_model("articles", "Article").objects.next_public_change()


def new_generation():
    change = next_content_change()
    return Generation(secrets.token_hex(8), change.timestamp() if change else None, routers.primary_position())


def read_generation(*, cache=None):
    """The current generation record, or None."""
    record = generation_store(cache).read()
    return None if record is None else Generation._make(record)


def store_generation(record, *, cache=None):
    timeout = None if record.deadline is None else max(record.deadline - time.time(), 0.001)
    generation_store(cache).write(tuple(record), timeout)
    return record


def start_new_generation(*, cache=None):
    """Invalidate every cached page at once."""
    return store_generation(new_generation(), cache=cache)


def forget_generation(*, cache=None):
    """Drop the record, so the next request with the page cache on draws a new one."""
    generation_store(cache).delete()


def current_generation(store, now):
    record = store.read()
    if record is None or (record[1] is not None and record[1] <= now):
        return start_new_generation(cache=store.cache)
    return Generation._make(record)


def replace_generation():
    """After a committed write: a new record (none while the page cache is off); True once stored.

    Never raises for an unreachable cache: the write has committed, and the editor is told
    so. The new record is then owed, and delivered when the cache answers again.
    """
    if outage.is_away(time.time()):
        outage.missed_invalidation = True
        return False
    try:
        if settings.NEWSROOM_PAGE_CACHE_SECONDS > 0:
            start_new_generation()
        else:
            # With the page cache off, dropping the record is enough, and costs no query: pages
            # stored before it was turned off must not come back when it is turned on again.
            forget_generation()
    except CACHE_ERRORS as error:
        miss_invalidation(error)
        return False
    outage.missed_invalidation = False
    return True


def deliver_missed_invalidation():
    """Replace the record a write could not, once the cache answers; quietly wait otherwise."""
    if outage.missed_invalidation and not outage.is_away(time.time()) and replace_generation():
        outage.note_success()
