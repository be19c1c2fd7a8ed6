"""The planner's shared vocabulary: its phases, in the order they run, and the small SQL helpers
its parts (tables, types, constraints and indexes, dependents) use."""

import re

from .. import model as m
from .. import sqlparser
from ..ddl.naming import qualified, quote_ident

# Phases, in the order they run.
(RENAME, DROP_DEPENDENTS, TYPES, DROP_CONSTRAINTS, TABLES, ADD_CONSTRAINTS, DROP_TABLES, DROP_OBJECTS, DROP_TYPES,
 CREATE_DEPENDENTS, DROP_NAMESPACES) = range(11)

ROUTINES = ("function", "procedure", "aggregate")


RELATION_KINDS = ("view", "materialized view")


DROP_ORDER = ("grant", "comment", "policy", "trigger", "statistics", "index", "materialized view", "view")


def qname(obj):
    return qualified(obj.name, obj.schema)


def rel_key(name, schema):
    """How views name a relation in ``depends_on``: bare in the target namespace, else schema.name."""
    return name if schema is None else f"{schema}.{name}"


def element_type(type_text):
    """An array type's element type ("mood[]" -> "mood"); other types as they are."""
    while type_text.endswith("[]"):
        type_text = type_text[:-2]
    return type_text


def mentions(text, name):
    """Does SQL text name an identifier (bare or quoted)?"""
    if text is None:
        return False
    return bool(re.search(r'(?<![\w$"])' + re.escape(name) + r'(?![\w$"])', text)) or f'"{name}"' in text


def sequence_changes(old, new, prefix=""):
    """ALTER SEQUENCE clauses taking old options to new ones (None = PostgreSQL's default)."""
    old, new = old or m.SequenceOptions(), new or m.SequenceOptions()
    parts = []
    if old.increment != new.increment:
        parts.append(f"{prefix}INCREMENT BY {new.increment if new.increment is not None else 1}")
    if old.min_value != new.min_value:
        parts.append(f"{prefix}MINVALUE {new.min_value}" if new.min_value is not None else f"{prefix}NO MINVALUE")
    if old.max_value != new.max_value:
        parts.append(f"{prefix}MAXVALUE {new.max_value}" if new.max_value is not None else f"{prefix}NO MAXVALUE")
    if old.start != new.start or old.min_value != new.min_value:     # a start below MINVALUE is refused
        start = new.start if new.start is not None else (new.min_value if new.min_value is not None else 1)
        parts.append(f"{prefix}START WITH {start}")
    if old.cache != new.cache:
        parts.append(f"{prefix}CACHE {new.cache if new.cache is not None else 1}")
    if old.cycle != new.cycle:
        parts.append(f"{prefix}CYCLE" if new.cycle else f"{prefix}NO CYCLE")
    return parts


def concurrently(create_index):
    """CREATE [UNIQUE] INDEX … -> CREATE [UNIQUE] INDEX CONCURRENTLY …"""
    return create_index.replace(" INDEX ", " INDEX CONCURRENTLY ", 1)


def opaque_drop(obj):
    """The statement that removes an opaque object."""
    kind = obj.kind
    if kind in ROUTINES:
        name, _, args = obj.name.partition("(")
        return f"DROP {kind.upper()} {qualified(name, obj.schema)}({args}"
    if kind in ("trigger", "policy"):
        table, _, name = obj.name.rpartition(".")
        return f"DROP {kind.upper()} {quote_ident(name)} ON {qualified(table, obj.schema)}"
    if kind == "comment":
        return f"COMMENT ON {obj.name} IS NULL"
    if kind == "grant":                       # the opposite statement: a GRANT taken back, a REVOKE undone
        node = sqlparser.parse(obj.sql)[0].node
        node.is_grant = not node.is_grant
        node.grant_option = False
        return sqlparser.deparse(node)
    return f"DROP {kind.upper()} {qname(obj)}"


def all_columns(table, tables, seen=()):
    """A table's columns with those it inherits (parents' first, as the server orders them)."""
    out, names = [], set()
    for ref in table.inherits:
        parent = tables.get((ref.schema, ref.name))
        if parent is not None and (ref.schema, ref.name) not in seen:
            for col in all_columns(parent, tables, seen + ((table.schema, table.name),)):
                if col.name not in names:
                    out.append(col)
                    names.add(col.name)
    for col in table.columns:
        if col.name not in names:
            out.append(col)
            names.add(col.name)
    return out


def version_key(version):
    """An extension version in sort order ('1.10' after '1.9'); None (the default) sorts last."""
    if version is None:
        return (1, ())
    return (0, tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.\-]", version)))


def default_privileges_undo(sql):
    """The statement that takes an ALTER DEFAULT PRIVILEGES back (GRANT <-> REVOKE)."""
    node = sqlparser.parse(sql)[0].node
    node.action.is_grant = not node.action.is_grant
    node.action.grant_option = False
    return sqlparser.deparse(node)


def or_replace(obj):
    """CREATE OR REPLACE form of a routine's statement."""
    node = sqlparser.parse(obj.sql)[0].node
    node.replace = True
    return sqlparser.deparse(node)

