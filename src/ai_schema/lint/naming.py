"""Naming: identifiers that need quotes, reserved words, inconsistent key names."""

import re

from ..ddl.naming import _KEYWORDS, qualified
from .registry import rule

PLAIN = re.compile(r"^[a-z_][a-z0-9_]*$")


def _identifiers(schema, test):
    """(kind, object name, identifier) of each table and column whose name passes the test (the
    object's name is spelled out only for those: a large schema has tens of thousands of columns)."""
    for t in schema.tables:
        if test(t.name):
            yield "table", qualified(t.name, t.schema), t.name
        for c in t.columns:
            if test(c.name):
                yield "column", f"{qualified(t.name, t.schema)}.{c.name}", c.name


@rule("quoted-identifier", "warning", "breaks_clients", """
    Upper-case letters, spaces or punctuation in a name force every query, tool and ORM to quote
    it exactly ("UserId" and userid are different names). Use lower-case snake_case.""")
def quoted_identifier(schema):
    for kind, obj, name in _identifiers(schema, lambda name: not PLAIN.match(name)):
        yield obj, f"{kind} name {name!r} needs double quotes in every query", None


@rule("reserved-word-identifier", "warning", "breaks_clients", """
    A name that is an SQL keyword (user, order, group, check…) must be quoted everywhere it is
    used and breaks hand-written SQL and some tools. Rename it (users, sort_order, group_name).""")
def reserved_word_identifier(schema):
    for kind, obj, name in _identifiers(schema, _KEYWORDS.__contains__):
        yield obj, f"{kind} name {name!r} is an SQL keyword", None


@rule("inconsistent-key-naming", "info", "breaks_clients", """
    Mixing key styles (id in some tables, <table>_id in others) makes joins guesswork and
    generated code inconsistent. Pick one style for primary keys within a schema.""")
def inconsistent_key_naming(schema):
    styles = {}
    for t in schema.tables:
        if t.primary_key and len(t.primary_key.columns) == 1 and t.partition_of is None:
            col = t.primary_key.columns[0]
            styles.setdefault("id" if col == "id" else "<table>_id" if col.endswith("_id") else col, []).append(t)
    if "id" in styles and len(styles) > 1:
        for style, tables in sorted(styles.items()):
            if style != "id":
                for t in tables:
                    yield (qualified(t.name, t.schema),
                           f"{qualified(t.name, t.schema)} uses {t.primary_key.columns[0]} as its key where "
                           f"{len(styles['id'])} tables use id", None)
