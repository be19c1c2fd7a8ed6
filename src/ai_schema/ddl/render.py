"""Model -> PostgreSQL DDL, deterministic and dependency-ordered.

Order: schemas, extensions, enums, domains/composite types, functions,
sequences, tables (partition parents first, then in foreign-key order), owned
sequences, indexes, foreign keys that close a cycle, row security, views (in
dependency order), triggers, policies, comments, grants. Every constraint is
named explicitly, so applying the output yields exactly the model's names.
"""

import re

from .. import model as m
from .naming import qualified, quote_ident, quote_literal

_SERIAL_DEFAULT = re.compile(r"nextval\('(.+)'(?:::regclass)?\)$")


def serial_sequence(default):
    """The sequence a serial column's default draws from (as written in nextval), or None."""
    match = _SERIAL_DEFAULT.match(default or "")
    return match.group(1) if match else None


def create_extension(ext):
    """CREATE EXTENSION for a model's extension, with its schema and version when it has them."""
    text = f"CREATE EXTENSION IF NOT EXISTS {quote_ident(ext.name)}"
    text += f" WITH SCHEMA {quote_ident(ext.schema)}" if ext.schema else ""
    return text + (f" VERSION {quote_literal(ext.version)}" if ext.version else "")


def identity_past_values(table, column):
    """A statement that moves a column's identity sequence past the values the table holds (an
    identity added to a filled column, or rows copied in with OVERRIDING SYSTEM VALUE)."""
    col = quote_ident(column)
    return (f"SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence({quote_literal(table)}, "
            f"{quote_literal(column)}), max({col})) FROM {table} HAVING max({col}) IS NOT NULL")


def _q(obj):
    return qualified(obj.name, obj.schema)


def ref_name(ref):
    return qualified(ref.name, ref.schema)


def _cols(names):
    return ", ".join(quote_ident(n) for n in names)


def sequence_clauses(options):
    parts = []
    if options.type:
        parts.append(f"AS {options.type}")
    if options.increment is not None:
        parts.append(f"INCREMENT BY {options.increment}")
    if options.min_value is not None:
        parts.append(f"MINVALUE {options.min_value}")
    if options.max_value is not None:
        parts.append(f"MAXVALUE {options.max_value}")
    if options.start is not None:
        parts.append(f"START WITH {options.start}")
    if options.cache is not None:
        parts.append(f"CACHE {options.cache}")
    if options.cycle:
        parts.append("CYCLE")
    return parts


def deferrable_clause(obj):
    if obj.initially_deferred:
        return " DEFERRABLE INITIALLY DEFERRED"
    return " DEFERRABLE" if obj.deferrable else ""


def key_clause(key, kind):
    text = f"CONSTRAINT {quote_ident(key.name)} {kind}"
    if kind == "UNIQUE" and key.nulls_not_distinct:
        text += " NULLS NOT DISTINCT"
    text += f" ({_cols(key.columns)})"
    if key.include:
        text += f" INCLUDE ({_cols(key.include)})"
    return text + deferrable_clause(key)


def check_clause(check):
    text = f"CONSTRAINT {quote_ident(check.name)} CHECK ({check.expression})"
    if check.no_inherit:
        text += " NO INHERIT"
    return text


def foreign_key_clause(fk):
    text = (f"CONSTRAINT {quote_ident(fk.name)} FOREIGN KEY ({_cols(fk.columns)}) "
            f"REFERENCES {ref_name(fk.ref_table)} ({_cols(fk.ref_columns)})")
    if fk.match != "SIMPLE":
        text += f" MATCH {fk.match}"
    if fk.on_update != "NO ACTION":
        text += f" ON UPDATE {fk.on_update}"
    if fk.on_delete != "NO ACTION":
        text += f" ON DELETE {fk.on_delete}"
    return text + deferrable_clause(fk)


def exclusion_clause(excl):
    return f"CONSTRAINT {quote_ident(excl.name)} {excl.definition}{deferrable_clause(excl)}"


def column_clause(table, col):
    text = f"{quote_ident(col.name)} {col.type}"
    if col.collation:
        text += f" COLLATE {quote_ident(col.collation)}"
    if col.generated is not None:
        text += f" GENERATED ALWAYS AS ({col.generated}) STORED"
    if col.identity:
        text += f" GENERATED {col.identity.upper()} AS IDENTITY"
        clauses = sequence_clauses(col.identity_options) if col.identity_options else []
        if clauses:
            text += f" ({' '.join(clauses)})"
    if col.default is not None:
        text += f" DEFAULT {col.default}"
    in_pk = table.primary_key is not None and col.name in table.primary_key.columns
    if not col.nullable and not col.identity and not in_pk:
        text += " NOT NULL"
    return text


def index_statement(table, index):
    text = "CREATE UNIQUE INDEX" if index.unique else "CREATE INDEX"
    text += f" {quote_ident(index.name)} ON {_q(table)}"
    if index.method != "btree":
        text += f" USING {index.method}"
    text += f" ({', '.join(index.keys)})"
    if index.include:
        text += f" INCLUDE ({_cols(index.include)})"
    if index.nulls_not_distinct:
        text += " NULLS NOT DISTINCT"
    if index.where:
        text += f" WHERE {index.where}"
    return text + ";"


def table_order(tables):
    """Partition parents and referenced tables first; ties broken by name."""
    by_key = {(t.schema, t.name): t for t in tables}
    done, order, visiting = set(), [], set()

    def visit(table):
        key = (table.schema, table.name)
        if key in done or key in visiting:
            return
        visiting.add(key)
        deps = []
        if table.partition_of is not None:
            deps.append((table.partition_of.schema, table.partition_of.name))
        deps += [(p.schema, p.name) for p in table.inherits]
        deps += [(fk.ref_table.schema, fk.ref_table.name) for fk in table.foreign_keys]
        for dep in sorted(deps, key=lambda k: (k[0] or "", k[1])):
            if dep in by_key and dep != key:
                visit(by_key[dep])
        visiting.discard(key)
        done.add(key)
        order.append(table)

    for table in sorted(tables, key=lambda t: (t.schema or "", t.name)):
        visit(table)
    return order


def _key_shape(key):
    return (key.columns, key.include, key.nulls_not_distinct, key.deferrable, key.initially_deferred)


def duplicate_uniques(table):
    """UNIQUE constraints identical to the primary key or an earlier UNIQUE.

    CREATE TABLE silently drops those (transformIndexConstraints); ALTER TABLE … ADD keeps
    them, so they are rendered that way."""
    seen = {_key_shape(table.primary_key)} if table.primary_key else set()
    duplicates = []
    for unique in table.uniques:
        shape = _key_shape(unique)
        if shape in seen:
            duplicates.append(unique)
        seen.add(shape)
    return duplicates


def partition_column_clause(table, col):
    """A partition's own options on its parent's column ('foo WITH OPTIONS DEFAULT 0 NOT NULL'), or None."""
    text = ""
    if col.default is not None:
        text += f" DEFAULT {col.default}"
    in_pk = table.primary_key is not None and col.name in table.primary_key.columns
    if not col.nullable and not in_pk:
        text += " NOT NULL"
    return f"{quote_ident(col.name)} WITH OPTIONS{text}" if text else None


def table_statement(table, inline_fks, duplicates):
    if table.partition_of is not None:
        elements = [x for x in (partition_column_clause(table, c) for c in table.columns) if x]
    else:
        elements = [column_clause(table, c) for c in table.columns]
    if table.primary_key is not None:
        elements.append(key_clause(table.primary_key, "PRIMARY KEY"))
    elements += [key_clause(u, "UNIQUE") for u in table.uniques if u not in duplicates]
    elements += [check_clause(c) for c in table.checks if not c.not_valid]
    elements += [exclusion_clause(e) for e in table.exclusions]
    elements += [foreign_key_clause(fk) for fk in inline_fks]
    head = "CREATE UNLOGGED TABLE" if table.unlogged else "CREATE TABLE"
    if table.partition_of is not None:
        text = f"{head} {_q(table)} PARTITION OF {ref_name(table.partition_of)}"
        if elements:
            text += " (\n    " + ",\n    ".join(elements) + "\n)"
        text += f" {table.partition_bound}"
    else:
        text = f"{head} {_q(table)} (" + ("\n    " + ",\n    ".join(elements) + "\n" if elements else "") + ")"
        if table.inherits:
            text += f" INHERITS ({', '.join(ref_name(p) for p in table.inherits)})"
    if table.partition_by:
        text += f" PARTITION BY {table.partition_by}"
    return text + ";"


def opaque_order(opaques):
    """Views and materialized views after the views they read, routines with SQL-standard bodies
    after the routines they call; everything else by identity."""
    views = {o.name if o.schema is None else f"{o.schema}.{o.name}": o
             for o in opaques if o.kind in ("view", "materialized view")}
    routines = {}
    for o in opaques:
        if o.kind in ("function", "procedure", "aggregate"):
            bare = o.name.split("(")[0]
            routines.setdefault("routine:" + bare, []).append(o)
            if o.schema is not None:
                routines.setdefault(f"routine:{o.schema}.{bare}", []).append(o)
    order, done = [], set()

    def visit(obj, stack=()):
        ident = (obj.kind, obj.schema, obj.name)
        if ident in done or ident in stack:
            return
        for dep in obj.depends_on:
            if dep in views:
                visit(views[dep], stack + (ident,))
            for callee in routines.get(dep, ()):
                visit(callee, stack + (ident,))
        done.add(ident)
        order.append(obj)

    for obj in opaques:
        visit(obj)
    return order


def render_postgresql(schema):
    """Canonical PostgreSQL DDL for a model."""
    out = []
    opaques = opaque_order(schema.opaques)
    if any(o.kind in ("function", "procedure") for o in opaques):
        out.append("SET check_function_bodies = false;")
    for ns in schema.namespaces:
        out.append(f"CREATE SCHEMA {quote_ident(ns.name)};")
    out += [create_extension(ext) + ";" for ext in schema.extensions]
    # before any object: the objects created below get these privileges, as in the text
    out += [o.sql + ";" for o in opaques if o.kind == "default privileges"]
    for enum in schema.enums:
        values = ", ".join(quote_literal(v) for v in enum.values)
        out.append(f"CREATE TYPE {_q(enum)} AS ENUM ({values});")
    out += [o.sql + ";" for o in opaques if o.kind in ("collation", "domain", "type", "function", "procedure",
                                                        "aggregate")]
    for seq in schema.sequences:
        clauses = sequence_clauses(seq.options)
        out.append(f"CREATE SEQUENCE {_q(seq)}" + ("".join(" " + c for c in clauses)) + ";")

    created, late = set(), []
    for table in table_order(schema.tables):
        created.add((table.schema, table.name))
        inline, deferred = [], []
        for fk in table.foreign_keys:
            target = (fk.ref_table.schema, fk.ref_table.name)
            (inline if target in created and not fk.not_valid else deferred).append(fk)
        duplicates = duplicate_uniques(table)
        out.append(table_statement(table, inline, duplicates))
        late += [(table, u) for u in duplicates]
        late += [(table, fk) for fk in deferred]
        late += [(table, c) for c in table.checks if c.not_valid]

    for seq in schema.sequences:
        if seq.owned_by:
            owner = qualified(seq.owned_by[0], seq.schema)
            out.append(f"ALTER SEQUENCE {_q(seq)} OWNED BY {owner}.{quote_ident(seq.owned_by[1])};")
    for table in schema.tables:
        out += [index_statement(table, index) for index in table.indexes]
    for table, constraint in late:
        if isinstance(constraint, m.KeyConstraint):
            clause, suffix = key_clause(constraint, "UNIQUE"), ""
        else:
            clause = foreign_key_clause(constraint) if isinstance(constraint, m.ForeignKey) else check_clause(constraint)
            suffix = " NOT VALID" if constraint.not_valid else ""
        out.append(f"ALTER TABLE {_q(table)} ADD {clause}{suffix};")
    for table in schema.tables:
        if table.row_security:
            out.append(f"ALTER TABLE {_q(table)} ENABLE ROW LEVEL SECURITY;")
        if table.force_row_security:
            out.append(f"ALTER TABLE {_q(table)} FORCE ROW LEVEL SECURITY;")
        if table.replica_identity:
            out.append(f"ALTER TABLE {_q(table)} REPLICA IDENTITY {table.replica_identity};")
    out += [o.sql + ";" for o in opaques if o.kind in ("view", "materialized view", "index", "statistics", "trigger",
                                                        "policy")]
    out += _comments(schema)
    out += [o.sql + ";" for o in opaques if o.kind in ("comment", "grant")]
    return "\n\n".join(out) + "\n" if out else ""


def _comments(schema):
    def comment(kind, target, text):
        return f"COMMENT ON {kind} {target} IS {quote_literal(text)};"

    out = [comment("SCHEMA", quote_ident(n.name), n.comment) for n in schema.namespaces if n.comment]
    out += [comment("TYPE", _q(e), e.comment) for e in schema.enums if e.comment]
    out += [comment("SEQUENCE", _q(s), s.comment) for s in schema.sequences if s.comment]
    for table in schema.tables:
        if table.comment:
            out.append(comment("TABLE", _q(table), table.comment))
        for col in table.columns:
            if col.comment:
                out.append(comment("COLUMN", f"{_q(table)}.{quote_ident(col.name)}", col.comment))
        for index in table.indexes:
            if index.comment:
                out.append(comment("INDEX", qualified(index.name, table.schema), index.comment))
    return out
