"""Declared renames, and the renames a diff only suggests.

A dropped table next to an added one looks the same as a rename, but guessing
wrong drops a table full of rows, so renames are never guessed: the user
declares them (``options->'renames'``) and the old model is renamed before the
diff, which then sees the renamed objects as unchanged and keeps their rows.
Look-alike drop/add pairs are only reported, with the option that would keep
the data.
"""

import dataclasses
import re

from .. import model as m
from ..ddl.naming import quote_ident
from ..errors import AiSchemaError

HINT = 'Declare renames as {"renames": {"tables": {"old": "new"}, "columns": {"table.old_column": "new_column"}}}.'
_STRING = r"'(?:[^']|'')*'"


def check(value, old, new):
    """The renames option, validated against both models: {"tables": {…}, "columns": {…}}."""
    if value is None:
        return {"tables": {}, "columns": {}}
    if not isinstance(value, dict) or set(value) - {"tables", "columns"}:
        raise AiSchemaError("option renames must be an object with keys tables and columns", hint=HINT)
    out = {}
    for part in ("tables", "columns"):
        entries = value.get(part) or {}
        if not isinstance(entries, dict) or not all(isinstance(k, str) and isinstance(v, str) and v
                                                    for k, v in entries.items()):
            raise AiSchemaError(f"option renames.{part} must map names to new names", hint=HINT)
        out[part] = dict(entries)
    old_tables = {t.name: t for t in old.tables if t.schema is None}
    new_tables = {t.name: t for t in new.tables if t.schema is None}
    for a, b in out["tables"].items():
        if a not in old_tables or b not in new_tables:
            raise AiSchemaError(f'renames: table "{a[:63]}" must exist in the from side and "{b[:63]}" in the to side',
                                hint=HINT)
    for key, b in out["columns"].items():
        table, _, column = key.rpartition(".")
        renamed = out["tables"].get(table, table)
        if table not in old_tables or old_tables[table].column(column) is None or renamed not in new_tables \
                or new_tables[renamed].column(b) is None:
            raise AiSchemaError(f'renames: column "{key[:130]}" must exist in the from side and "{b[:63]}" in the to '
                                'side', hint=HINT + " Name columns by their table in the from side.")
    return out


def replace_name(text, old, new):
    """Rename an identifier in SQL text, bare or quoted, leaving string literals alone."""
    if text is None:
        return None
    quoted = '"' + old.replace('"', '""') + '"'
    pattern = re.compile(f"({_STRING})|{re.escape(quoted)}|(?<![\\w$\"]){re.escape(old)}(?![\\w$\"])")
    return pattern.sub(lambda mt: mt.group(1) or quote_ident(new), text)


def _rewrite(obj, fn):
    """Apply fn to every SQL text field of a dataclass tree."""
    if isinstance(obj, tuple):
        return tuple(_rewrite(v, fn) for v in obj)
    if not dataclasses.is_dataclass(obj):
        return obj
    changes = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in ("expression", "default", "generated", "where", "definition", "sql"):
            changes[f.name] = fn(value)
        elif f.name in ("keys", "depends_on"):
            changes[f.name] = tuple(fn(v) for v in value)
        elif isinstance(value, tuple) or dataclasses.is_dataclass(value):
            changes[f.name] = _rewrite(value, fn)
    return dataclasses.replace(obj, **changes)


def _rename_table(schema, old, new):
    def table(t):
        fks = tuple(dataclasses.replace(fk, ref_table=m.Ref(new, None)) if fk.ref_table == m.Ref(old, None) else fk
                    for fk in t.foreign_keys)
        parent = m.Ref(new, None) if t.partition_of == m.Ref(old, None) else t.partition_of
        return dataclasses.replace(t, name=new if (t.schema, t.name) == (None, old) else t.name,
                                   foreign_keys=fks, partition_of=parent)

    def opaque(o):
        name = o.name
        if o.kind in ("trigger", "policy") and o.schema is None and name.rpartition(".")[0] == old:
            name = new + "." + name.rpartition(".")[2]
        return dataclasses.replace(o, name=name, sql=replace_name(o.sql, old, new),
                                   depends_on=tuple(new if d == old else d for d in o.depends_on))

    sequences = tuple(dataclasses.replace(s, owned_by=(new, s.owned_by[1]))
                      if s.schema is None and s.owned_by and s.owned_by[0] == old else s for s in schema.sequences)
    return dataclasses.replace(schema, tables=tuple(table(t) for t in schema.tables), sequences=sequences,
                               opaques=tuple(opaque(o) for o in schema.opaques))


def _rename_column(schema, table_name, old, new):
    def cols(names):
        return tuple(new if n == old else n for n in names)

    def key(k):
        return k and dataclasses.replace(k, columns=cols(k.columns), include=cols(k.include))

    def table(t):
        t = dataclasses.replace(t, foreign_keys=tuple(
            dataclasses.replace(fk, ref_columns=cols(fk.ref_columns)) if fk.ref_table == m.Ref(table_name) else fk
            for fk in t.foreign_keys))
        if (t.schema, t.name) != (None, table_name):
            return t
        t = _rewrite(t, lambda text: replace_name(text, old, new))
        return dataclasses.replace(
            t, columns=tuple(dataclasses.replace(c, name=new) if c.name == old else c for c in t.columns),
            primary_key=key(t.primary_key), uniques=tuple(key(u) for u in t.uniques),
            foreign_keys=tuple(dataclasses.replace(fk, columns=cols(fk.columns)) for fk in t.foreign_keys),
            indexes=tuple(dataclasses.replace(i, include=cols(i.include)) for i in t.indexes))

    def opaque(o):
        reads = table_name in o.depends_on or o.name.rpartition(".")[0] == table_name
        return dataclasses.replace(o, sql=replace_name(o.sql, old, new)) if reads else o

    sequences = tuple(dataclasses.replace(s, owned_by=(table_name, new))
                      if s.schema is None and s.owned_by == (table_name, old) else s for s in schema.sequences)
    return dataclasses.replace(schema, tables=tuple(table(t) for t in schema.tables), sequences=sequences,
                               opaques=tuple(opaque(o) for o in schema.opaques))


def apply(schema, renames):
    """The old model with the declared renames made: tables first, then columns (named by old table)."""
    for key, new in sorted(renames["columns"].items()):
        table, _, column = key.rpartition(".")
        schema = _rename_column(schema, table, column, new)
    for old, new in sorted(renames["tables"].items()):
        schema = _rename_table(schema, old, new)
    return schema


def suggest(old, new):
    """Drop/add pairs that look like renames (same columns; same type), as advice."""
    out = []
    old_tables = {t.name: t for t in old.tables if t.schema is None}
    new_tables = {t.name: t for t in new.tables if t.schema is None}
    gone = [t for n, t in old_tables.items() if n not in new_tables]
    come = [t for n, t in new_tables.items() if n not in old_tables]
    for a in gone:
        shape = sorted((c.name, c.type) for c in a.columns)
        for b in come:
            if shape and shape == sorted((c.name, c.type) for c in b.columns):
                out.append(f'table {a.name} is dropped and {b.name} added with the same columns; if it is a rename, '
                           f'declare {{"renames": {{"tables": {{"{a.name}": "{b.name}"}}}}}} to keep its rows')
    for name, a in old_tables.items():
        b = new_tables.get(name)
        if b is None:
            continue
        dropped = [c for c in a.columns if b.column(c.name) is None]
        added = [c for c in b.columns if a.column(c.name) is None]
        for c in dropped:
            twins = [d for d in added if d.type == c.type]
            if len(twins) == 1:
                out.append(f'column {name}.{c.name} is dropped and {twins[0].name} added with the same type; if it is '
                           f'a rename, declare {{"renames": {{"columns": {{"{name}.{c.name}": "{twins[0].name}"}}}}}} '
                           'to keep its values')
    return out
