"""Executor: one small interface over plpy (inside the server) and psycopg 3 (outside).

Library SQL uses ``%s`` placeholders; values are str, int, bool, None or lists of str.
"""

import contextlib
import re

_PLACEHOLDER = re.compile(r"%s")


def notice(executor, text):
    """Tell the user: a NOTICE through the executor, or the library's log when there is no database."""
    if executor is not None:
        executor.notice(text)
    else:
        _warn(text)


def _warn(text):
    """The library's log, imported here: a backend never logs this way and logging costs a
    twentieth of loading the library."""
    import logging
    logging.getLogger("ai_schema").warning(text)


class PsycopgExecutor:
    """Runs library SQL on a psycopg 3 connection (client side: CLI, tests, benchmarks)."""

    sends_models = True          # designs get their model from here (the bootstrap tables cannot parse)

    def __init__(self, conn):
        self.conn = conn

    def query(self, sql, params=()):
        from psycopg.rows import dict_row
        with self.conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, params or None)          # no parameters: a % in the text is just a %
            return cur.fetchall() if cur.description else []

    def execute(self, sql):
        """Run a statement with no parameters (DDL)."""
        with self.conn.cursor() as cur:
            cur.execute(sql)

    def notice(self, text):
        _warn(text)

    @contextlib.contextmanager
    def rolled_back(self):
        """A block whose effects are always rolled back (a transaction or savepoint)."""
        with self.conn.transaction(force_rollback=True):
            yield

    @contextlib.contextmanager
    def atomic(self):
        """A block that commits as a whole or, on an error, leaves nothing behind."""
        with self.conn.transaction():
            yield


class PlpyExecutor:
    """Runs library SQL through plpy, with prepared plans cached per (sql, types) for the backend's
    life: every call of a function makes a new executor, and re-preparing the same statements each
    time was a good part of a short call (the server checks privileges at execution, not here)."""

    _TYPES = {str: "text", int: "bigint", bool: "boolean", float: "double precision"}
    _PLANS = {}

    def __init__(self, plpy):
        self.plpy = plpy
        self.plans = self._PLANS

    def _type(self, value):
        if isinstance(value, (list, tuple)):
            return "text[]"
        return self._TYPES.get(type(value), "text")

    def query(self, sql, params=()):
        types = tuple(self._type(v) for v in params)
        key = (sql, types)
        plan = self.plans.get(key)
        if plan is None:
            counter = iter(range(1, len(params) + 1))
            text = _PLACEHOLDER.sub(lambda _: f"${next(counter)}", sql)
            plan = self.plans[key] = self.plpy.prepare(text, list(types))
        values = [list(v) if isinstance(v, tuple) else v for v in params]
        return [dict(row) for row in self.plpy.execute(plan, values)]

    def execute(self, sql):
        """Run a statement with no parameters (DDL), unprepared."""
        self.plpy.execute(sql)

    def notice(self, text):
        self.plpy.notice(text)

    @contextlib.contextmanager
    def atomic(self):
        """A subtransaction: kept on success, rolled back on an error (which propagates)."""
        with self.plpy.subtransaction():
            yield

    @contextlib.contextmanager
    def rolled_back(self):
        """A subtransaction that is always rolled back."""
        try:
            with self.plpy.subtransaction():
                yield
                raise _Rollback
        except _Rollback:
            pass


class _Rollback(Exception):
    """Leaves a subtransaction so that it rolls back."""
