"""Types: the column types PostgreSQL's own wiki ("Don't Do This") advises against."""

import re

from ..ddl.naming import qualified, quote_ident
from .registry import rule

MONEY_NAME = re.compile(r"(^|_)(price|cost|amount|fee|total|balance|salary|payment|revenue|tax|discount)(_|$)")


def _columns(schema, test):
    for t in schema.tables:
        if t.partition_of is not None:
            continue
        for c in t.columns:
            if test(c, t):
                yield t, c


def _target(t, c):
    return f"{qualified(t.name, t.schema)}.{c.name}"


def _alter(t, c, new_type, using=""):
    return f"ALTER TABLE {qualified(t.name, t.schema)} ALTER COLUMN {quote_ident(c.name)} TYPE {new_type}{using};"


@rule("timestamp-without-time-zone", "warning", "correctness", """
    timestamp without time zone stores a wall-clock reading with no zone, so the same value
    means different instants for different clients and DST changes corrupt arithmetic. Use
    timestamptz, which stores an instant; convert with USING col AT TIME ZONE 'UTC' (rewrites
    the table).""")
def timestamp_without_time_zone(schema):
    for t, c in _columns(schema, lambda c, t: c.type.startswith("timestamp") and "without time zone" in c.type):
        yield (_target(t, c), f"{_target(t, c)} is {c.type}",
               _alter(t, c, "timestamp with time zone", f" USING {quote_ident(c.name)} AT TIME ZONE 'UTC'"))


@rule("prefer-text-to-varchar", "info", "correctness", """
    varchar(n) is no faster than text and the length limit usually encodes no real rule, while
    raising it later needs a migration. Use text, and a CHECK (char_length(col) <= n) where the
    limit is a business rule.""")
def prefer_text_to_varchar(schema):
    for t, c in _columns(schema, lambda c, t: c.type.startswith("character varying(")):
        yield (_target(t, c), f"{_target(t, c)} is {c.type}", _alter(t, c, "text"))


# Columns people type free text into: a short length limit there refuses real values
FREE_TEXT_NAME = re.compile(r"(^|_)(name|names|surname|nickname|title|street|address|city|email|description|"
                            r"comment|note|notes|bio|subject|headline|summary|label)(_|$)")
SHORT_FREE_TEXT = 64


def _varchar_length(type_):
    m = re.fullmatch(r"character varying\((\d+)\)", type_)
    return int(m.group(1)) if m else None


@rule("short-varchar-for-free-text", "warning", "correctness", """
    A varchar(n) under 64 characters on a column people type free text into (names, titles,
    addresses, e-mail, notes) refuses real values at insert time: names and street addresses
    often run past 20 or 30 characters, e-mail addresses to 254. Use text, with a CHECK on
    char_length only where a real rule sets the limit.""")
def short_varchar_for_free_text(schema):
    for t, c in _columns(schema, lambda c, t: FREE_TEXT_NAME.search(c.name) and
                         (_varchar_length(c.type) or SHORT_FREE_TEXT) < SHORT_FREE_TEXT):
        yield (_target(t, c), f"{_target(t, c)} is {c.type}: longer {c.name.replace('_', ' ')} values are refused",
               _alter(t, c, "text"))


@rule("char-type", "warning", "correctness", """
    character(n) pads values with spaces, which leaks into comparisons, concatenation and
    client code, and it is not faster than text. Use text (or varchar) instead.""")
def char_type(schema):
    for t, c in _columns(schema, lambda c, t: c.type.startswith("character(") or c.type in ("character", '"char"')):
        yield (_target(t, c), f"{_target(t, c)} is {c.type}", _alter(t, c, "text", f" USING rtrim({quote_ident(c.name)})"))


@rule("money-type", "warning", "correctness", """
    The money type's scale follows the lc_monetary setting, so dumps restored under another
    locale change amounts, and it cannot hold more than one currency. Use numeric(p,s) and a
    currency column.""")
def money_type(schema):
    for t, c in _columns(schema, lambda c, t: c.type == "money"):
        yield (_target(t, c), f"{_target(t, c)} is money", _alter(t, c, "numeric(12,2)"))


@rule("prefer-jsonb", "warning", "correctness", """
    json keeps the text as written: every access re-parses it, it cannot be indexed with GIN and
    it has no equality operator. Use jsonb unless the exact text (key order, duplicates) must be
    kept.""")
def prefer_jsonb(schema):
    for t, c in _columns(schema, lambda c, t: c.type in ("json", "json[]")):
        yield (_target(t, c), f"{_target(t, c)} is json", _alter(t, c, "jsonb"))


@rule("prefer-identity", "info", "correctness", """
    serial columns own a sequence with separate permissions and ownership, which dumps, copies
    and grants get wrong. Identity columns (GENERATED ALWAYS AS IDENTITY) are the SQL-standard
    replacement and keep the sequence an implementation detail.""")
def prefer_identity(schema):
    owned = {(s.schema, s.owned_by) for s in schema.sequences if s.owned_by}
    for t, c in _columns(schema, lambda c, t: (c.default or "").startswith("nextval(")):
        if (t.schema, (t.name, c.name)) in owned:
            yield (_target(t, c), f"{_target(t, c)} is a serial column", None)


@rule("integer-primary-key", "warning", "table_rewrite", """
    A 32-bit integer key runs out at about 2.1 billion rows (16-bit at 32 thousand), and widening
    it later rewrites the table and every referencing table under an exclusive lock. Use bigint
    keys from the start.""")
def integer_primary_key(schema):
    for t, c in _generated_integer_keys(schema):
        yield (_target(t, c), f"primary key {_target(t, c)} is {c.type} and will overflow", _alter(t, c, "bigint"))


def _generated_integer_keys(schema):
    """(table, column) of integer primary keys the database numbers itself (identity or a sequence)."""
    for t in schema.tables:
        if not t.primary_key or t.partition_of is not None:
            continue
        columns = {c.name: c for c in t.columns}
        for col in t.primary_key.columns:
            c = columns.get(col)
            if c and c.type in ("integer", "smallint") and (c.identity or (c.default or "").startswith("nextval(")):
                yield t, c


@rule("prefer-bigint", "info", "table_rewrite", """
    integer and smallint columns overflow at 2.1 billion and 32,767; widening them later
    rewrites the table under an exclusive lock. bigint costs four more bytes and removes the
    question, so it is the safer default for ids, counters and anything that grows.""")
def prefer_bigint(schema):
    # keys the database numbers are integer-primary-key's; a key the application numbers is reported here
    keys = {(t.schema, t.name, c.name) for t, c in _generated_integer_keys(schema)}
    for t, c in _columns(schema, lambda c, t: c.type in ("integer", "smallint")):
        if (t.schema, t.name, c.name) not in keys:
            yield (_target(t, c), f"{_target(t, c)} is {c.type}", _alter(t, c, "bigint"))


@rule("float-for-money", "error", "correctness", """
    real and double precision are binary floating point: 0.1 + 0.2 is not 0.3, and sums of
    amounts drift. Store money in numeric(p,s) (or integer minor units).""")
def float_for_money(schema):
    for t, c in _columns(schema, lambda c, t: c.type in ("real", "double precision") and MONEY_NAME.search(c.name)):
        yield (_target(t, c), f"{_target(t, c)} holds money in {c.type}", _alter(t, c, "numeric(12,2)"))
