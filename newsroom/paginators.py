from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

# Below this many rows an exact count is cheap anyway, and editors of a small site see it exact.
ESTIMATE_ABOVE = 10_000


class EstimatedCountPaginator(Paginator):
    """A paginator for admin lists that never counts a whole large table on PostgreSQL.

    PostgreSQL counts by reading every row (or every index entry); for an unfiltered list it
    takes the planner's row estimate instead, which ANALYZE and autovacuum keep close.
    A filtered list, SQLite and small tables are counted exactly.
    """

    @cached_property
    def count(self):
        queryset = self.object_list
        query = getattr(queryset, "query", None)
        if query is not None and not query.where and not query.is_sliced and not query.distinct:
            estimate = estimated_rows(queryset.db, queryset.model._meta.db_table)
            if estimate is not None and estimate > ESTIMATE_ABOVE:
                return estimate
        return super().count


def estimated_rows(alias, table):
    """The planner's estimate of a table's rows on PostgreSQL, or None elsewhere or before ANALYZE."""
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)", [table])
        row = cursor.fetchone()
    return row[0] if row and row[0] and row[0] > 0 else None


class DeferredJoinPaginator(Paginator):
    """Fetches a page's ids first, then only those rows with their joins and prefetches.

    A deep page (OFFSET 40,000) of a list that joins sections and photos would otherwise make
    the database join every skipped row; the ids alone come straight from the listing index.

    With ``pinned`` (ids, in their order: a front page's placed stories, which the list itself
    leaves out) and ``rows`` (the queryset both are read from), the first page reads the pinned
    rows in the same query as its own, with the same joins and prefetches: ``page.pinned``.
    """

    def __init__(self, object_list, per_page, *args, rows=None, pinned=(), **kwargs):
        super().__init__(object_list, per_page, *args, **kwargs)
        self.rows = self.object_list if rows is None else rows
        self.pinned = list(pinned)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        pinned = self.pinned if number == 1 else []
        if not pinned:
            page = self._get_page(list(self.object_list.filter(pk__in=ids)), number, self)
            page.pinned = []
            return page
        found = list(self.rows.filter(pk__in=[*ids, *pinned]))
        listed = set(ids)
        page = self._get_page([row for row in found if row.pk in listed], number, self)
        by_id = {row.pk: row for row in found}
        page.pinned = [by_id[pk] for pk in pinned if pk in by_id and pk not in listed]
        return page
