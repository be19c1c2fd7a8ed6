"""SQL renderers for other databases: one Dialect subclass per target, with declarative
type tables (the sqlglot pattern). Expressions (defaults, checks) are translated from
PostgreSQL with sqlglot; what a target cannot hold is left out with a comment in the DDL
and a warning, never silently.
"""

import re

from ..ddl.naming import comment_safe



_TYPE = re.compile(r"^(?P<base>[a-z][a-z ]*?)(?:\((?P<args>[0-9, ]+)\))?(?P<array>(?:\[\])*)$")
_CAST = re.compile(r"::[a-z_ ]+(\[\])?")


def split_type(text):
    """'numeric(12,2)' -> ('numeric', '12,2', False); unknown shapes -> (text, None, False)."""
    match = _TYPE.match(text)
    if not match:
        return text, None, text.endswith("[]")
    return match.group("base"), (match.group("args") or "").replace(" ", "") or None, bool(match.group("array"))


class Dialect:
    name = "sql"
    sqlglot = None                 # sqlglot dialect name for translating expressions
    quote_char = '"'
    TYPES = {}                     # PostgreSQL base type -> target type ("{args}" keeps the type modifier)
    DEFAULTS = {}                  # PostgreSQL default text -> target default
    supports_checks = True
    supports_partial_indexes = False
    supports_expression_indexes = False

    def __init__(self, schema, options=None):
        self.schema = schema
        self.options = options or {}
        self.enums = {e.name: e for e in schema.enums}
        self.warnings = []

    # naming ----------------------------------------------------------------
    def quote(self, name):
        q = self.quote_char
        return q + name.replace(q, q + q) + q

    def warn(self, text):
        if text not in self.warnings:
            self.warnings.append(text)

    # types -----------------------------------------------------------------
    def enum_type(self, enum, table, column):
        self.warn(f"{table.name}.{column.name}: enum {enum.name} becomes text with a CHECK")
        return self.map_type("text", table, column)

    def array_type(self, base, table, column):
        self.warn(f"{table.name}.{column.name}: array of {base} becomes JSON text")
        return self.TYPES.get("json", "TEXT")

    def map_type(self, text, table, column):
        base, args, array = split_type(text)
        if base in self.enums and not array:
            return self.enum_type(self.enums[base], table, column)
        if array:
            return self.array_type(base, table, column)
        target = self.TYPES.get(base)
        if target is None:
            self.warn(f"{table.name}.{column.name}: type {text} has no equivalent, stored as text")
            target = self.TYPES["text"]
        return target.replace("{args}", f"({args})" if args else "")

    # expressions -------------------------------------------------------------
    def expression(self, text):
        """A PostgreSQL expression in the target's SQL, or None when it cannot be said there."""
        import sqlglot
        from sqlglot.errors import ErrorLevel

        try:
            out = sqlglot.transpile(text, read="postgres", write=self.sqlglot, unsupported_level=ErrorLevel.RAISE)[0]
        except Exception:
            return None
        return None if self.untranslatable(out) else out

    def untranslatable(self, text):
        return False

    def default(self, col, table):
        if col.default is None:
            return None
        text = col.default
        if text in self.DEFAULTS:
            return self.DEFAULTS[text]
        literal = _CAST.sub("", text)
        if re.fullmatch(r"'(?:[^']|'')*'|-?\d+(\.\d+)?|true|false|NULL", literal, re.I):
            if literal.startswith("'"):
                literal = self.string(literal[1:-1].replace("''", "'"))
            return self.literal(literal)
        if text.startswith("nextval("):
            return None                                   # identity is expressed by the target's own syntax
        out = self.expression(text)
        if out is None:
            self.warn(f"{table.name}.{col.name}: default {text} has no equivalent, left out")
            return None
        return f"({out})"                                 # an expression default is parenthesised

    def literal(self, text):
        return text

    # whether the target's string literals treat a backslash as an escape (MySQL, Snowflake)
    backslash_escapes = False

    def string(self, value):
        """A string literal in the target's own quoting: with backslash escapes a default of 'x\\'
        would end the literal early and let the rest of the text run as statements."""
        if self.backslash_escapes:
            value = value.replace("\\", "\\\\")
        return "'" + value.replace("'", "''") + "'"

    # statements -----------------------------------------------------------------
    def columns_and_keys(self, table):
        """A CREATE TABLE's column definitions, then its primary key and unique constraints."""
        parts = [self.column(table, c) for c in table.columns]
        if table.primary_key:
            parts.append(key(self, table.primary_key, "PRIMARY KEY"))
        return parts + [key(self, u, "UNIQUE") for u in table.uniques]

    def checks(self, table):
        out = []
        for check in table.checks:
            if not self.supports_checks:
                self.warn(f"{table.name}: CHECK {check.name} is not enforced by {self.name}, left out")
                continue
            expr = self.expression(check.expression)
            if expr is None:
                self.warn(f"{table.name}: CHECK {check.name} ({check.expression}) cannot be said in {self.name}")
                continue
            out.append(f"CONSTRAINT {self.quote(check.name)} CHECK ({expr})")
        return out

    def index_keys(self, table, index):
        keys = []
        for key in index.keys:
            bare = key.removesuffix(" DESC").strip('"')
            if table.column(bare) is None:
                if not self.supports_expression_indexes:
                    return None
                expr = self.expression(key)
                if expr is None:
                    return None
                keys.append(f"({expr})")
            else:
                keys.append(self.quote(bare) + (" DESC" if key.endswith(" DESC") else ""))
        return keys

    def indexes(self, table):
        out = []
        for index in table.indexes:
            keys = self.index_keys(table, index)
            if keys is None:
                self.warn(f"{table.name}: index {index.name} on an expression is left out")
                continue
            where = ""
            if index.where:
                expr = self.expression(index.where) if self.supports_partial_indexes else None
                if expr is None:
                    if index.unique:
                        self.warn(f"{table.name}: partial unique index {index.name} is left out")
                        continue
                    self.warn(f"{table.name}: index {index.name} covers every row (no partial indexes)")
                else:
                    where = f" WHERE {expr}"
            unique = "UNIQUE " if index.unique else ""
            out.append(f"CREATE {unique}INDEX {self.quote(index.name)} ON {self.quote(table.name)} "
                       f"({', '.join(keys)}){where};")
        return out

    def opaque_warnings(self, skip=()):
        for obj in self.schema.opaques:
            if obj.kind in ("comment", "grant") or obj in skip:
                continue
            self.warn(f"{obj.kind} {obj.name} is PostgreSQL-specific and is left out")

    def render(self):
        raise NotImplementedError

    def text(self, body):
        head = [f"-- {self.name} DDL rendered by ai_schema"]
        head += [f"-- WARNING: {comment_safe(w)}" for w in self.warnings]
        return "\n".join(head) + "\n\n" + body


def foreign_key(dialect, fk):
    q = dialect.quote
    text = (f"CONSTRAINT {q(fk.name)} FOREIGN KEY ({', '.join(q(c) for c in fk.columns)}) "
            f"REFERENCES {q(fk.ref_table.name)} ({', '.join(q(c) for c in fk.ref_columns)})")
    if fk.on_delete != "NO ACTION":
        text += f" ON DELETE {fk.on_delete}"
    if fk.on_update != "NO ACTION":
        text += f" ON UPDATE {fk.on_update}"
    return text


def key(dialect, constraint, kind):
    cols = ", ".join(dialect.quote(c) for c in constraint.columns)
    return f"CONSTRAINT {dialect.quote(constraint.name)} {kind} ({cols})"


