"""Read replica routing: readers' pages read from ``DATABASE_REPLICA_URL``, everything else from the primary.

Only the page cache middleware opens :func:`reading_from_replica`, around anonymous GET and HEAD
requests for public pages; the admin, previews, signed-in staff, management commands and
every write stay on the primary. A replica lags its primary, and a page rendered from a
lagging replica after an edit would be cached as if it were fresh. So each cache generation
records the primary's WAL position when it was drawn, and a page is read from the replica
only once the replica has replayed at least that far; until then the primary answers.
"""

import contextlib
import contextvars

from django.conf import settings
from django.db import connections

PRIMARY = "default"
REPLICA = "replica"

_reading_from_replica = contextvars.ContextVar("reading_from_replica", default=False)
# The furthest WAL position this process has seen the replica replay: positions only grow,
# so once the replica has caught up with a generation we need not ask again.
_replayed = {"position": -1}


def has_replica():
    return REPLICA in settings.DATABASES


def lsn_to_int(lsn):
    high, _, low = lsn.partition("/")
    return (int(high, 16) << 32) + int(low, 16)


def primary_position():
    """The primary's current WAL position (PostgreSQL with a replica configured), else None."""
    if not has_replica() or connections[PRIMARY].vendor != "postgresql":
        return None
    with connections[PRIMARY].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()::text")
        return cursor.fetchone()[0]


def replica_has_replayed(lsn):
    """True when the replica has replayed the primary's WAL up to lsn."""
    if lsn is None:
        return True
    wanted = lsn_to_int(lsn)
    if wanted <= _replayed["position"]:
        return True
    connection = connections[REPLICA]
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        # NULL when the "replica" is itself a primary, as in a single-server set-up.
        cursor.execute("SELECT coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text")
        replayed = lsn_to_int(cursor.fetchone()[0])
    _replayed["position"] = max(_replayed["position"], replayed)
    return replayed >= wanted


@contextlib.contextmanager
def reading_from_replica(*, caught_up_to=None):
    """Send this request's reads to the replica, when there is one and it has caught up."""
    use = has_replica() and replica_has_replayed(caught_up_to)
    token = _reading_from_replica.set(use)
    try:
        yield use
    finally:
        _reading_from_replica.reset(token)


class ReplicaRouter:
    """Installed only when ``DATABASE_REPLICA_URL`` is set."""

    def db_for_read(self, model, **hints):
        return REPLICA if _reading_from_replica.get() else PRIMARY

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # Both aliases hold the same rows, so objects read from either may be related.
        return {obj1._state.db, obj2._state.db} <= {PRIMARY, REPLICA}

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY
