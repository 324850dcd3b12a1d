"""Querysets compiled to SQL once per process, then run again with new parameter values.

Django compiles a queryset to SQL every time it is evaluated. For the article page's joined,
column-limited queries that compiling costs far more than the database spends answering them
(docs/performance.md has the figures). A :class:`PreparedQuery` compiles its queryset once
per database connection, keeps the SQL, the column layout and the converters, and on each run
executes the same SQL with the run's values, turning rows into model instances (with their
``select_related`` objects) as Django's own ``ModelIterable`` does.

Only the *values* may change between runs, never the shape: the queryset is built once, from
placeholder values, by a function of the named parameters. Each parameter is an integer, a
string or an aware datetime; a placeholder of that type, unlikely anywhere else, is put in its
place and found again among the compiled SQL's parameters.

On PostgreSQL the statements are also prepared in the database session (when parameters are
bound on the server, the default in settings), so PostgreSQL skips parsing and planning them.

This is the project's one use of Django's internals: the SQL compiler's attributes (``select``,
``klass_info``, ``get_converters``) and ``get_related_populators``. The setting
``NEWSROOM_PREPARED_QUERIES`` (environment variable, on by default) turns it off: each run then
evaluates its queryset through the ORM, with the same results in the same types, so a Django
upgrade that changes those internals can be met by turning the setting off. The tests run
prepared queries against the same querysets evaluated by Django, and the article page through
both paths, on SQLite and PostgreSQL.
"""

import weakref
from datetime import datetime, timezone

from django.conf import settings
from django.db import connections, router
from django.db.models.query import ModelIterable, ValuesListIterable, get_related_populators

# Placeholders by type: values no page ever asks for, and distinct per parameter.
_INT_BASE = -7_300_000_000
_STR_MARK = "\x00prepared-parameter:{}\x00"


def _placeholder(kind, index):
    if kind is int:
        return _INT_BASE - index
    if kind is str:
        return _STR_MARK.format(index)
    if kind is datetime:
        return datetime(1001, 1, 1, microsecond=index, tzinfo=timezone.utc)
    raise TypeError(f"A prepared parameter is an int, a str or a datetime, not {kind!r}.")


class PreparedQuery:
    """A queryset of fixed shape, compiled once per connection and run with new values.

    ``build`` takes the parameters by name and returns the queryset; ``params`` names each
    parameter's type (``int``, ``str`` or ``datetime``). ``run(**values)`` returns a list of
    model instances, or of tuples for a ``values_list()`` queryset, whichever way it runs.
    """

    def __init__(self, build, **params):
        self.build = build
        self.params = params
        # One compiled form per connection object: each thread has its own, and the
        # converters a backend returns may read their connection's settings.
        self._compiled = weakref.WeakKeyDictionary()

    def run(self, **values):
        if values.keys() != self.params.keys():
            raise TypeError(f"Expected the parameters {sorted(self.params)}, got {sorted(values)}.")
        if not settings.NEWSROOM_PREPARED_QUERIES:
            return list(self.build(**values))
        model = self._model()
        alias = router.db_for_read(model)
        connection = connections[alias]
        compiled = self._compiled.get(connection)
        if compiled is None:
            compiled = self._compiled[connection] = _Compiled(self, alias, connection)
        return compiled.run(values)

    def _model(self):
        model = getattr(self, "_model_cls", None)
        if model is None:
            sample = {name: _placeholder(kind, i) for i, (name, kind) in enumerate(self.params.items())}
            model = self._model_cls = self.build(**sample).model
        return model


class _Compiled:
    def __init__(self, prepared, alias, connection):
        names = list(prepared.params)
        placeholders = {name: _placeholder(kind, i) for i, (name, kind) in enumerate(prepared.params.items())}
        queryset = prepared.build(**placeholders).using(alias)
        if queryset._prefetch_related_lookups:
            raise ValueError("A prepared query runs one SQL statement: prefetch_related() does not apply.")
        self.alias = alias
        self.connection = connection
        # On PostgreSQL with server-side binding, psycopg can keep the statement prepared in the
        # session, so PostgreSQL parses and plans it once too. Only these statements: their
        # plans (look-ups by story, section and slug) do not depend on the values, while a
        # generic plan for a listing or a search can be much worse than one made for the
        # values at hand.
        self.prepare_on_server = (
            connection.vendor == "postgresql" and connection.settings_dict["OPTIONS"].get("server_side_binding") is True
        )
        compiler = queryset.query.get_compiler(using=alias)
        self.sql, params = compiler.as_sql()
        self.params = list(params)
        adapted = {name: self._adapt(placeholders[name]) for name in names}
        self.slots = [
            (index, name) for index, value in enumerate(self.params)
            for name in names if _same(value, adapted[name])
        ]
        missing = set(names) - {name for _, name in self.slots}
        if missing:
            raise ValueError(f"The queryset does not use the parameters {sorted(missing)}.")
        self.compiler = compiler
        fields = [column[0] for column in compiler.select[0:compiler.col_count]]
        if compiler.has_composite_fields(fields):
            raise ValueError("A prepared query does not select composite primary keys.")
        # Which backend converters each column needs (SQLite's text times become datetimes):
        # worked out once, where Django's results_iter() would work it out per evaluation.
        self.converters = compiler.get_converters(fields)
        if queryset._iterable_class is ValuesListIterable and not queryset.query.annotation_select:
            self.values = True
            return
        if queryset._iterable_class is not ModelIterable:
            raise ValueError("A prepared query returns model instances or plain values_list() rows.")
        self.values = False
        select, klass_info = compiler.select, compiler.klass_info
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        self.model = klass_info["model"]
        self.model_slice = slice(start, end)
        self.init_list = [column[0].target.attname for column in select[start:end]]
        # Populators keep no state between rows, so one set serves every run.
        self.populators = get_related_populators(klass_info, select, alias)

    def _adapt(self, value):
        if isinstance(value, datetime):
            return self.connection.ops.adapt_datetimefield_value(value)
        return value

    def run(self, values):
        params = list(self.params)
        for index, name in self.slots:
            params[index] = self._adapt(values[name])
        with self.connection.cursor() as cursor:
            if self.prepare_on_server:
                # psycopg prepares a statement once the connection has run it this many times.
                session = self.connection.connection
                threshold, session.prepare_threshold = session.prepare_threshold, 0
                try:
                    cursor.execute(self.sql, params)
                finally:
                    session.prepare_threshold = threshold
            else:
                cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if self.converters:
            rows = self.compiler.apply_converters(rows, self.converters)
        if self.values:
            return [tuple(row) for row in rows]
        objects = []
        for row in rows:
            obj = self.model.from_db(self.alias, self.init_list, row[self.model_slice])
            for populator in self.populators:
                populator.populate(row, obj)
            objects.append(obj)
        return objects


def _same(value, placeholder):
    return type(value) is type(placeholder) and value == placeholder

