"""Structure: keys, foreign keys and their indexes, duplicate indexes, junction tables."""

from ..ddl.naming import key_column, qualified, quote_ident
from .registry import rule


def _name(table):
    return qualified(table.name, table.schema)


def key_sets(table):
    """Column tuples that an index backs: primary key, uniques, plain-column indexes."""
    out = []
    if table.primary_key:
        out.append(tuple(table.primary_key.columns))
    out += [tuple(u.columns) for u in table.uniques]
    out += [tuple(map(key_column, i.keys)) for i in table.indexes if i.where is None and i.method == "btree"]
    return out


@rule("table-without-primary-key", "error", "correctness", """
    A table without a primary key cannot be replicated logically, lets duplicate rows in, and
    leaves ORMs and migrations without a row identity. Add a primary key, usually
    `id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`, or declare the natural key.""")
def table_without_primary_key(schema):
    for t in schema.tables:
        if t.primary_key is None and t.partition_of is None:
            yield (_name(t), f"table {_name(t)} has no primary key",
                   f"ALTER TABLE {_name(t)} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;")


@rule("foreign-key-without-index", "warning", "access_exclusive_lock", """
    PostgreSQL does not index the referencing side of a foreign key. Without an index every
    DELETE or key UPDATE on the referenced table scans the referencing table, and joins on the
    key cannot use an index. Create an index whose leading columns are the foreign key's
    columns (CONCURRENTLY on a live table).""")
def foreign_key_without_index(schema):
    for t in schema.tables:
        backed = key_sets(t)
        for fk in t.foreign_keys:
            cols = tuple(fk.columns)
            if not any(keys[:len(cols)] == cols for keys in backed):
                cols_sql = ", ".join(quote_ident(c) for c in cols)
                yield (f"{_name(t)}.{fk.name}", f"foreign key {fk.name} on {_name(t)} ({cols_sql}) has no index",
                       f"CREATE INDEX CONCURRENTLY ON {_name(t)} ({cols_sql});")


@rule("foreign-key-type-mismatch", "error", "correctness", """
    A foreign key column whose type differs from the referenced column (integer referencing
    bigint, varchar referencing text) forces casts on every join, can overflow before the
    referenced key does, and is usually a mistake. Give both columns the same type.""")
def foreign_key_type_mismatch(schema):
    tables = {(t.schema, t.name): t for t in schema.tables}
    for t in schema.tables:
        columns = {c.name: c for c in t.columns}
        for fk in t.foreign_keys:
            ref = tables.get((fk.ref_table.schema, fk.ref_table.name))
            if ref is None:
                continue
            ref_columns = {c.name: c for c in ref.columns}
            for col, ref_col in zip(fk.columns, fk.ref_columns):
                a, b = columns.get(col), ref_columns.get(ref_col)
                if a and b and a.type != b.type:
                    yield (f"{_name(t)}.{col}",
                           f"{_name(t)}.{col} is {a.type} but references {_name(ref)}.{ref_col} of type {b.type}",
                           f"ALTER TABLE {_name(t)} ALTER COLUMN {quote_ident(col)} TYPE {b.type};")


def _index_shape(index):
    return (tuple(index.keys), index.method, index.where, tuple(index.include))


@rule("duplicate-index", "warning", "index_build", """
    Two indexes with the same columns, method and predicate (or an index that repeats the
    primary key or a unique constraint) double the write cost and the disk space for no
    benefit. Drop the duplicate.""")
def duplicate_index(schema):
    for t in schema.tables:
        seen = {}
        constraint_keys = [tuple(t.primary_key.columns)] if t.primary_key else []
        constraint_keys += [tuple(u.columns) for u in t.uniques]
        for index in sorted(t.indexes, key=lambda i: i.name):
            shape = _index_shape(index)
            if shape in seen:
                yield (index.name, f"index {index.name} duplicates {seen[shape]} on {_name(t)}",
                       f"DROP INDEX CONCURRENTLY {qualified(index.name, t.schema)};")
            elif not index.unique and index.where is None and index.method == "btree" and \
                    tuple(map(key_column, index.keys)) in constraint_keys:
                yield (index.name, f"index {index.name} repeats a key constraint of {_name(t)}",
                       f"DROP INDEX CONCURRENTLY {qualified(index.name, t.schema)};")
            else:
                seen[shape] = index.name


@rule("redundant-prefix-index", "info", "index_build", """
    A btree index whose columns are the leading columns of another btree index with the same
    predicate is covered by the longer one for lookups. Unless it is much smaller and hot,
    drop it.""")
def redundant_prefix_index(schema):
    for t in schema.tables:
        plain = [i for i in t.indexes if i.method == "btree" and not i.unique and not i.include]
        for index in plain:
            keys = tuple(index.keys)
            for other in t.indexes:
                longer = tuple(other.keys)
                if other is not index and other.method == "btree" and other.where == index.where \
                        and len(longer) > len(keys) and longer[:len(keys)] == keys:
                    yield (index.name, f"index {index.name} is a prefix of {other.name} on {_name(t)}",
                           f"DROP INDEX CONCURRENTLY {qualified(index.name, t.schema)};")
                    break


@rule("nullable-column-in-unique", "warning", "correctness", """
    NULLs are distinct in a UNIQUE constraint, so rows with NULL in a unique column are never
    duplicates of each other: the constraint does not stop them. Make the column NOT NULL, or
    declare the constraint UNIQUE NULLS NOT DISTINCT (PostgreSQL 15).""")
def nullable_column_in_unique(schema):
    for t in schema.tables:
        columns = {c.name: c for c in t.columns}
        for u in t.uniques:
            if u.nulls_not_distinct:
                continue
            for col in u.columns:
                if col in columns and columns[col].nullable:
                    yield (f"{_name(t)}.{col}", f"{_name(t)}.{col} is nullable but part of unique {u.name}",
                           f"ALTER TABLE {_name(t)} ALTER COLUMN {quote_ident(col)} SET NOT NULL;")


@rule("junction-table-without-foreign-keys", "warning", "correctness", """
    A table whose primary key is made of two or more *_id columns is a link table; if those
    columns are not foreign keys, links to rows that no longer exist pile up. Declare a foreign
    key for each side (ON DELETE CASCADE is usual for link rows).""")
def junction_table_without_foreign_keys(schema):
    for t in schema.tables:
        if not t.primary_key or len(t.primary_key.columns) < 2:
            continue
        id_columns = [c for c in t.primary_key.columns if c.endswith("_id")]
        referenced = {c for fk in t.foreign_keys for c in fk.columns}
        missing = [c for c in id_columns if c not in referenced]
        if len(id_columns) >= 2 and missing:
            yield (_name(t), f"link table {_name(t)} has no foreign key for {', '.join(missing)}", None)
