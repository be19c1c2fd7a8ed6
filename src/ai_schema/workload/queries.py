"""Realistic queries for a live schema, from its shape and a sample of its own keys.

Per table: a lookup by primary key, lookups by unique columns, the newest rows by creation time;
per foreign key: a parent's children (newest first) and the child joined to its parent; and with
the olap mix, the biggest parents by number of children. Writes are a no-op UPDATE of one row by
key, always rolled back by the runner. Parameters are drawn from key values sampled up front, so
lookups hit rows that exist.
"""

import dataclasses
import re

from .. import sqlparser
from ..ddl.naming import qualified, quote_ident
from ..errors import AiSchemaError, NOT_SUPPORTED
from ..sqlparser import ast

SAMPLE = 500
TIME_NAMES = ("created_at", "occurred_at", "recorded_at", "updated_at", "published_at", "placed_at")


@dataclasses.dataclass(frozen=True)
class Query:
    name: str
    sql: str                     # with %s for the one parameter, if any
    values: tuple = ()           # parameter values to draw from (empty: no parameter)
    write: bool = False
    olap: bool = False


def sample_values(executor, table, column, namespace, limit=SAMPLE):
    """Up to limit values of a column (as text) that queries can look up."""
    rows = executor.query(f"SELECT {quote_ident(column)}::text AS v FROM {qualified(table, namespace)} "
                          f"WHERE {quote_ident(column)} IS NOT NULL LIMIT {int(limit)}")
    return tuple(r["v"] for r in rows)


def build(executor, model, namespace):
    """[Query] for every table of a live namespace that has rows to look up."""
    out, keys = [], {}
    tables = [t for t in model.tables if t.partition_of is None]
    for table in tables:
        q = qualified(table.name, namespace)
        pk = table.primary_key.columns if table.primary_key else ()
        if len(pk) == 1:
            keys[table.name] = sample_values(executor, table.name, pk[0], namespace)
            if keys[table.name]:
                out.append(Query(f"{table.name}.by_key", f"SELECT * FROM {q} WHERE {quote_ident(pk[0])} = %s",
                                 keys[table.name]))
                other = next((c for c in table.columns if c.name not in pk and not c.generated), None)
                if other is not None:
                    col = quote_ident(other.name)
                    out.append(Query(f"{table.name}.update", f"UPDATE {q} SET {col} = {col} WHERE "
                                     f"{quote_ident(pk[0])} = %s", keys[table.name], write=True))
        for unique in table.uniques:
            if len(unique.columns) == 1 and unique.columns[0] not in pk:
                values = sample_values(executor, table.name, unique.columns[0], namespace)
                if values:
                    out.append(Query(f"{table.name}.by_{unique.columns[0]}",
                                     f"SELECT * FROM {q} WHERE {quote_ident(unique.columns[0])} = %s", values))
        time = next((table.column(n) for n in TIME_NAMES if table.column(n) is not None), None)
        if time is not None:
            out.append(Query(f"{table.name}.newest",
                             f"SELECT * FROM {q} ORDER BY {quote_ident(time.name)} DESC LIMIT 20"))
    for table in tables:
        q = qualified(table.name, namespace)
        pk = table.primary_key.columns if table.primary_key else ()
        for fk in table.foreign_keys:
            parent = fk.ref_table.name
            if len(fk.columns) != 1 or not keys.get(parent):
                continue
            col, ref = quote_ident(fk.columns[0]), quote_ident(fk.ref_columns[0])
            order = f" ORDER BY {quote_ident(pk[0])} DESC" if len(pk) == 1 else ""
            out.append(Query(f"{table.name}.of_{parent}", f"SELECT * FROM {q} WHERE {col} = %s{order} LIMIT 20",
                             keys[parent]))
            if keys.get(table.name) and len(pk) == 1:
                out.append(Query(f"{table.name}.with_{parent}",
                                 f"SELECT c.*, p.* FROM {q} AS c JOIN {qualified(parent, fk.ref_table.schema or namespace)}"
                                 f" AS p ON p.{ref} = c.{col} WHERE c.{quote_ident(pk[0])} = %s", keys[table.name]))
            out.append(Query(f"{table.name}.top_{parent}",
                             f"SELECT {col}, count(*) AS n FROM {q} GROUP BY {col} ORDER BY n DESC LIMIT 10",
                             olap=True))
    return out


def custom(queries):
    """The caller's own queries: SELECT only, no parameters."""
    if not isinstance(queries, list) or not all(isinstance(q, str) and q.strip() for q in queries):
        raise AiSchemaError("queries must be an array of SELECT statements", hint='["SELECT count(*) FROM users"]')
    out = []
    for i, text in enumerate(queries, 1):
        statements = sqlparser.parse(text)
        if len(statements) != 1 or not isinstance(statements[0].node, ast.SelectStmt):
            raise AiSchemaError(f"query {i} is not a single SELECT", sqlstate=NOT_SUPPORTED,
                                hint="Load tests run only SELECTs of their own (writes are generated and rolled back).")
        if re.search(r"\$\d", text):
            raise AiSchemaError(f"query {i} has parameters", hint="Write the values into the query.")
        out.append(Query(f"custom_{i}", statements[0].text))
    return out
