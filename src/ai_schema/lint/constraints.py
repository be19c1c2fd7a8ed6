"""Constraints the data obviously needs: closed value sets and non-negative quantities."""

import re

from ..ddl.naming import STATUS_NAME, qualified, quote_ident
from .registry import rule

QUANTITY_NAME = re.compile(r"(^|_)(quantity|qty|count|stock|price|amount|fee|cost|total|capacity)$")


def _checked(table, column):
    """Is there a CHECK naming the column?"""
    word = re.compile(r"\b" + re.escape(column) + r"\b")
    return any(word.search(c.expression) for c in table.checks)


@rule("status-without-check", "warning", "correctness", """
    A status-like text column (status, state, type, role…) without a CHECK or an enum accepts
    any spelling ("Shipped", "shiped"), and queries silently miss rows. Add
    CHECK (col IN (...)) — easy to extend later — or use an enum type.""")
def status_without_check(schema):
    enums = {e.name for e in schema.enums}
    for t in schema.tables:
        for c in t.columns:
            if STATUS_NAME.search(c.name) and (c.type == "text" or c.type.startswith("character varying")) \
                    and not _checked(t, c.name) and c.type not in enums:
                name = qualified(t.name, t.schema)
                yield (f"{name}.{c.name}", f"{name}.{c.name} is free text without a CHECK of its values",
                       f"ALTER TABLE {name} ADD CHECK ({quote_ident(c.name)} IN ('...')) NOT VALID;")


@rule("quantity-without-check", "warning", "correctness", """
    Quantities, counts, prices and amounts are never negative, but nothing stops a bug from
    writing -3 unless a CHECK (col >= 0) does. Add it (NOT VALID, then VALIDATE, on a live
    table).""")
def quantity_without_check(schema):
    numeric = ("integer", "bigint", "smallint", "numeric", "real", "double precision")
    for t in schema.tables:
        for c in t.columns:
            if QUANTITY_NAME.search(c.name) and c.type.split("(")[0] in numeric and not _checked(t, c.name):
                name = qualified(t.name, t.schema)
                yield (f"{name}.{c.name}", f"{name}.{c.name} can be negative",
                       f"ALTER TABLE {name} ADD CHECK ({quote_ident(c.name)} >= 0) NOT VALID;")
