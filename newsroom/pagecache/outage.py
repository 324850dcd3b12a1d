"""What this process does while the shared cache does not answer: render, and remember.

An unreachable cache costs a render, never the page. The first failed call (a refused
connection, or no answer within ``NEWSROOM_CACHE_TIMEOUT``) marks the cache as away for
``NEWSROOM_CACHE_RETRY_SECONDS``; meanwhile every request is rendered uncached without
touching the cache, so readers wait for no timeout, and the next call after that interval
tries again. A warning is logged once per ``WARNING_INTERVAL`` seconds, not per request.

A committed write whose new generation could not be stored is remembered here
(:func:`miss_invalidation`) and delivered by this process as soon as the cache answers
again (:func:`deliver_missed_invalidation`, called on every request and every write). If
the process ends before it can (a worker restart), the bound still holds: every page is
stored for at most ``NEWSROOM_PAGE_CACHE_SECONDS``, counted from a moment before it was
rendered, so no page rendered before the write is served longer than that after it.
"""

import logging
import time

from django.conf import settings

logger = logging.getLogger("newsroom.pagecache")

WARNING_INTERVAL = 60


class Outage:
    """This process's view of the shared cache: away until when, and what it owes it."""

    def __init__(self):
        self.retry_at = 0.0
        self.warned_at = None
        self.missed_invalidation = False

    def is_away(self, now):
        return now < self.retry_at

    def note_failure(self, error, now):
        self.retry_at = now + settings.NEWSROOM_CACHE_RETRY_SECONDS
        if self.warned_at is None or now - self.warned_at >= WARNING_INTERVAL:
            self.warned_at = now
            logger.warning(
                "The page cache is not answering (%s: %s); pages are rendered uncached and it is "
                "tried again every %s s.", type(error).__name__, error, settings.NEWSROOM_CACHE_RETRY_SECONDS,
            )

    def note_success(self):
        if self.warned_at is not None:
            self.warned_at = None
            logger.warning("The page cache answers again.")


outage = Outage()


def miss_invalidation(error):
    """A committed write's new generation could not be stored: deliver it when the cache is back."""
    outage.missed_invalidation = True
    outage.note_failure(error, time.time())
