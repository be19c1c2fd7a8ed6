"""Three-way merge of schema models, object by object.

A model is flattened into objects with stable keys: schemas, extensions, enums,
sequences, opaque objects, each table's own settings, and each column, key, check,
foreign key, exclusion and index of a table. For every key, with base = the branch
point: unchanged on one side → take the other side; the same on both → take it;
changed differently on both → a conflict, resolved by the strategy ('ours' or
'theirs') or reported.
"""

import dataclasses
from dataclasses import dataclass, field

from .. import model as m

MEMBERS = {"columns": "column", "uniques": "unique", "checks": "check", "foreign_keys": "foreign key",
           "exclusions": "exclusion", "indexes": "index"}


def flatten(schema):
    out = {}
    for ns in schema.namespaces:
        out[("schema", ns.name)] = ns
    for ext in schema.extensions:
        out[("extension", ext.name)] = ext
    for enum in schema.enums:
        out[("enum", enum.schema, enum.name)] = enum
    for seq in schema.sequences:
        out[("sequence", seq.schema, seq.name)] = seq
    for obj in schema.opaques:
        out[("opaque", obj.kind, obj.schema, obj.name)] = obj
    for table in schema.tables:
        t = (table.schema, table.name)
        out[("table",) + t] = dataclasses.replace(table, columns=(), primary_key=None,
                                                  **{f: () for f in MEMBERS if f != "columns"})
        if table.primary_key:
            out[("primary key",) + t] = table.primary_key
        for attr, kind in MEMBERS.items():
            for member in getattr(table, attr):
                out[(kind,) + t + (member.name,)] = member
    return out


def _label(key):
    if key[0] == "opaque":
        key = key[1:]
    kind, rest = key[0], [p for p in key[1:] if p]
    return f"{kind} {'.'.join(rest)}"


def _state(base, side):
    if base == side:
        return "unchanged"
    return "added" if base is None else "removed" if side is None else "changed"


@dataclass
class Result:
    model: m.Schema
    conflicts: list = field(default_factory=list)
    changes: list = field(default_factory=list)        # what the merge takes from the branch


def three_way(base, ours, theirs, prefer=None):
    """Merge theirs into ours; prefer None (report conflicts, keep ours), 'ours' or 'theirs'."""
    b, o, t = flatten(base), flatten(ours), flatten(theirs)
    merged, conflicts, changes = {}, [], []
    for key in sorted(set(b) | set(o) | set(t), key=lambda k: tuple(str(p) for p in k)):
        bv, ov, tv = b.get(key), o.get(key), t.get(key)
        if ov == tv or tv == bv:
            value = ov
        elif ov == bv:
            value = tv
            changes.append(f"{_label(key)}: {_state(bv, tv)}")
        else:
            conflicts.append({"object": _label(key), "ours": _state(bv, ov), "theirs": _state(bv, tv)})
            value = tv if prefer == "theirs" else ov
            if prefer == "theirs":
                changes.append(f"{_label(key)}: {_state(bv, tv)} (theirs)")
        if value is not None:
            merged[key] = value
    model, orphans = _rebuild(merged, ours, theirs)
    for table in orphans:
        conflicts.append({"object": f"table {table}", "ours": "removed or changed", "theirs": "removed or changed",
                          "note": "one side removed the table, the other changed what it holds"})
    return Result(model, conflicts, changes)


def _rebuild(objects, ours, theirs):
    """Objects back into a model; members whose table is gone are dropped and reported."""
    order = {}
    for side in (theirs, ours):                 # column order: ours first, then the branch's additions
        for table in side.tables:
            for i, col in enumerate(table.columns):
                order[(table.schema, table.name, col.name)] = (0 if side is ours else 1, i)
    tables, members, rest = {}, {}, {}
    for key, value in objects.items():
        if key[0] == "table":
            tables[key[1:]] = value
        elif key[0] == "primary key" or key[0] in MEMBERS.values():
            members.setdefault(key[1:3], []).append((key[0], value))
        else:
            rest[key] = value
    orphans = sorted(".".join(p for p in t if p) for t in members if t not in tables)
    built = []
    for t, table in tables.items():
        parts = {attr: [] for attr in MEMBERS}
        pk = None
        for kind, value in members.get(t, []):
            if kind == "primary key":
                pk = value
            else:
                parts[next(a for a, k in MEMBERS.items() if k == kind)].append(value)
        parts["columns"].sort(key=lambda c: order.get(t + (c.name,), (2, 0)))
        built.append(dataclasses.replace(table, primary_key=pk, **{a: tuple(v) for a, v in parts.items()}))
    return m.Schema(
        namespaces=tuple(v for k, v in rest.items() if k[0] == "schema"),
        extensions=tuple(v for k, v in rest.items() if k[0] == "extension"),
        enums=tuple(v for k, v in rest.items() if k[0] == "enum"),
        sequences=tuple(v for k, v in rest.items() if k[0] == "sequence"),
        tables=tuple(built),
        opaques=tuple(v for k, v in rest.items() if k[0] == "opaque")), orphans
