"""Compare two schema models object by object: what was added, removed or changed, and how.

Every object is matched by its identity (kind, schema, name; columns and constraints within
their table), never by position, so reordering is not a change. A changed object lists its
changed fields with the old and new values. This is the input of migration planning and
of ``ai_compare_schemas``.
"""

import dataclasses
from dataclasses import dataclass, field

from ..ddl.naming import qualified

# Table members compared one by one (the rest of a table is compared field by field).
TABLE_MEMBERS = ("columns", "uniques", "checks", "foreign_keys", "exclusions", "indexes")


@dataclass
class Change:
    kind: str                       # "table", "column", "index", "enum", "view", …
    name: str                       # qualified name; "table.column" for table members
    action: str                     # "add" | "drop" | "alter"
    old: object = None
    new: object = None
    fields: dict = field(default_factory=dict)   # field -> (old, new), for "alter"

    def row(self):
        return {"kind": self.kind, "name": self.name, "action": self.action,
                "fields": {k: {"from": _plain(a), "to": _plain(b)} for k, (a, b) in sorted(self.fields.items())}}


def _plain(value):
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _fields(old, new, skip=()):
    return {f.name: (getattr(old, f.name), getattr(new, f.name)) for f in dataclasses.fields(old)
            if f.name not in skip and getattr(old, f.name) != getattr(new, f.name)}


def _by_identity(objects, key):
    return {key(o): o for o in objects}


def _pairs(old_objects, new_objects, key):
    """(identity, old or None, new or None) for every object of either side, in a stable order."""
    old, new = _by_identity(old_objects, key), _by_identity(new_objects, key)
    for ident in sorted(set(old) | set(new), key=lambda k: tuple(str(x) for x in k)):
        yield ident, old.get(ident), new.get(ident)


def _compare(kind, old_objects, new_objects, key, name, skip=()):
    for _, a, b in _pairs(old_objects, new_objects, key):
        if a is None:
            yield Change(kind, name(b), "add", new=b)
        elif b is None:
            yield Change(kind, name(a), "drop", old=a)
        elif a != b:
            changed = _fields(a, b, skip)
            if changed:
                yield Change(kind, name(a), "alter", a, b, changed)


def _schema_key(o):
    return (o.schema or "", o.name)


def compare(old, new):
    """Every difference between two models, as Change objects (tables' members included)."""
    changes = []
    changes += _compare("schema", old.namespaces, new.namespaces, lambda o: (o.name,), lambda o: o.name)
    changes += _compare("extension", old.extensions, new.extensions, lambda o: (o.name,), lambda o: o.name)
    changes += _compare("enum", old.enums, new.enums, _schema_key, lambda o: qualified(o.name, o.schema))
    changes += _compare("sequence", old.sequences, new.sequences, _schema_key, lambda o: qualified(o.name, o.schema))
    for _, a, b in _pairs(old.tables, new.tables, _schema_key):
        table = a or b
        tname = qualified(table.name, table.schema)
        if a is None:
            changes.append(Change("table", tname, "add", new=b))
            continue
        if b is None:
            changes.append(Change("table", tname, "drop", old=a))
            continue
        own = _fields(a, b, skip=TABLE_MEMBERS + ("primary_key",))
        if a.primary_key != b.primary_key:
            own["primary_key"] = (a.primary_key, b.primary_key)
        if own:
            changes.append(Change("table", tname, "alter", a, b, own))
        for member in TABLE_MEMBERS:
            kind = {"columns": "column", "uniques": "unique", "checks": "check", "foreign_keys": "foreign key",
                    "exclusions": "exclusion", "indexes": "index"}[member]
            changes += _compare(kind, getattr(a, member), getattr(b, member), lambda o: (o.name,),
                                lambda o, t=tname: f"{t}.{o.name}")
    changes += _compare("opaque", old.opaques, new.opaques, lambda o: (o.kind, o.schema or "", o.name),
                        lambda o: qualified(o.name, o.schema) if "(" not in o.name and "." not in o.name else o.name)
    for c in changes:                  # name opaque changes by their own kind ("view", "function", …)
        if c.kind == "opaque":
            c.kind = (c.old or c.new).kind
    return changes


def summary(old, new):
    """HeliosDB's ai_compare_schemas row: added/removed/modified tables and columns."""
    changes = compare(old, new)
    out = {"added_tables": [], "removed_tables": [], "modified_tables": [],
           "added_columns": [], "removed_columns": [], "modified_columns": []}
    modified = {}
    for c in changes:
        if c.kind == "table" and c.action == "add":
            out["added_tables"].append(c.name)
        elif c.kind == "table" and c.action == "drop":
            out["removed_tables"].append(c.name)
        elif c.kind == "column":
            table, _, column = c.name.rpartition(".")
            entry = {"table": table, "column": column}
            if c.action == "add":
                out["added_columns"].append({**entry, "type": c.new.type, "nullable": c.new.nullable})
            elif c.action == "drop":
                out["removed_columns"].append({**entry, "type": c.old.type})
            else:
                out["modified_columns"].append({**entry, "changes": c.row()["fields"]})
            modified.setdefault(table, []).append(f"column {column}: {c.action}")
        elif c.kind != "table" and c.kind in ("unique", "check", "foreign key", "exclusion", "index"):
            table = c.name.rpartition(".")[0]
            modified.setdefault(table, []).append(f"{c.kind} {c.name.rpartition('.')[2]}: {c.action}")
        elif c.kind == "table":
            modified.setdefault(c.name, []).extend(f"{k}: altered" for k in sorted(c.fields))
    added = set(out["added_tables"]) | set(out["removed_tables"])
    out["modified_tables"] = [{"table": t, "changes": sorted(v)} for t, v in sorted(modified.items())
                              if t not in added]
    return out
