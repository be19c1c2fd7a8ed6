"""The schema model (IR): frozen dataclasses, deterministic order, JSON in and out.

Names are stored unquoted, as PostgreSQL stores them. ``schema=None`` means
"the target namespace": a model is relative to the namespace it was read from or
will be applied to, so the same design can be rendered into any schema.
Expressions (defaults, checks, index keys…) are canonical text produced by
``ddl.expr``, so a model read from DDL and one read from a live catalog compare
equal when they describe the same schema.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    """A reference to a relation or type: (schema, name), schema None = target namespace."""
    name: str
    schema: str | None = None


@dataclass(frozen=True)
class SequenceOptions:
    """Sequence parameters; None means PostgreSQL's default for the type."""
    type: str | None = None
    start: int | None = None
    increment: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    cache: int | None = None
    cycle: bool = False


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool = True
    default: str | None = None
    identity: str | None = None            # 'always' | 'by default'
    identity_options: SequenceOptions | None = None
    generated: str | None = None           # expression of a STORED generated column
    collation: str | None = None
    comment: str | None = None


@dataclass(frozen=True)
class KeyConstraint:
    """PRIMARY KEY or UNIQUE."""
    name: str
    columns: tuple[str, ...]
    include: tuple[str, ...] = ()
    deferrable: bool = False
    initially_deferred: bool = False
    nulls_not_distinct: bool = False


@dataclass(frozen=True)
class CheckConstraint:
    name: str
    expression: str
    no_inherit: bool = False
    not_valid: bool = False


@dataclass(frozen=True)
class ForeignKey:
    name: str
    columns: tuple[str, ...]
    ref_table: Ref
    ref_columns: tuple[str, ...]
    on_delete: str = "NO ACTION"
    on_update: str = "NO ACTION"
    match: str = "SIMPLE"
    deferrable: bool = False
    initially_deferred: bool = False
    not_valid: bool = False


@dataclass(frozen=True)
class ExclusionConstraint:
    name: str
    definition: str                        # canonical "EXCLUDE USING … (…) [WHERE (…)]"
    deferrable: bool = False
    initially_deferred: bool = False


@dataclass(frozen=True)
class Index:
    name: str
    keys: tuple[str, ...]                  # canonical key text: "email", "lower(email)", "created_at DESC"
    unique: bool = False
    method: str = "btree"
    where: str | None = None
    include: tuple[str, ...] = ()
    nulls_not_distinct: bool = False
    comment: str | None = None


@dataclass(frozen=True)
class Table:
    name: str
    schema: str | None = None
    columns: tuple[Column, ...] = ()
    primary_key: KeyConstraint | None = None
    uniques: tuple[KeyConstraint, ...] = ()
    checks: tuple[CheckConstraint, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    exclusions: tuple[ExclusionConstraint, ...] = ()
    indexes: tuple[Index, ...] = ()
    partition_by: str | None = None        # canonical "RANGE (created_at)"
    partition_of: Ref | None = None
    partition_bound: str | None = None     # canonical "FOR VALUES …" or "DEFAULT"
    unlogged: bool = False
    row_security: bool = False
    force_row_security: bool = False
    replica_identity: str | None = None    # None (default: the primary key), "FULL", "NOTHING", "USING INDEX i"
    inherits: tuple[Ref, ...] = ()         # INHERITS parents; columns hold only the table's own
    comment: str | None = None

    def __post_init__(self):
        _sort(self, "uniques", "checks", "foreign_keys", "exclusions", "indexes")

    def column(self, name):
        return next((c for c in self.columns if c.name == name), None)

    @property
    def ref(self):
        return Ref(self.name, self.schema)


@dataclass(frozen=True)
class EnumType:
    name: str
    values: tuple[str, ...]
    schema: str | None = None
    comment: str | None = None


@dataclass(frozen=True)
class Sequence:
    name: str
    schema: str | None = None
    options: SequenceOptions = SequenceOptions()
    owned_by: tuple[str, str] | None = None  # (table, column) in the sequence's schema
    comment: str | None = None


@dataclass(frozen=True)
class Extension:
    name: str
    schema: str | None = None
    version: str | None = None             # None: the version CREATE EXTENSION installs by default


@dataclass(frozen=True)
class Namespace:
    """A CREATE SCHEMA."""
    name: str
    comment: str | None = None


# Opaque kinds, in the order they are created (see ddl/render.py).
OPAQUE_KINDS = ("default privileges", "collation", "domain", "type", "function", "procedure", "aggregate", "view",
                "materialized view", "index", "statistics", "trigger", "policy", "comment", "grant")


@dataclass(frozen=True)
class Opaque:
    """An object kept as identity + canonical statement text (views, functions, …)."""
    kind: str
    name: str                               # identity within kind: "v", "f(integer)", "t.trg"
    sql: str
    schema: str | None = None
    depends_on: tuple[str, ...] = ()        # relation names it reads (for ordering)


@dataclass(frozen=True)
class Schema:
    namespaces: tuple[Namespace, ...] = ()
    extensions: tuple[Extension, ...] = ()
    enums: tuple[EnumType, ...] = ()
    sequences: tuple[Sequence, ...] = ()
    tables: tuple[Table, ...] = ()
    opaques: tuple[Opaque, ...] = ()

    def __post_init__(self):
        _sort(self, "namespaces", "extensions", "enums", "sequences", "tables")
        object.__setattr__(self, "opaques", tuple(sorted(
            self.opaques, key=lambda o: (OPAQUE_KINDS.index(o.kind), o.schema or "", o.name))))

    # JSON ---------------------------------------------------------------
    def to_json(self):
        return _encode(self)

    def dumps(self):
        """The JSON text of to_json(), written by json's C encoder: it walks tuples and plain values
        itself and asks _fields only for each dataclass (a third of the time of encoding first)."""
        return json.dumps(self, default=_fields, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, data):
        if isinstance(data, str):
            data = json.loads(data)
        return _decode(cls, data)


def _identity(obj):
    return (getattr(obj, "schema", None) or "", obj.name)


def _sort(obj, *names):
    for name in names:
        items = getattr(obj, name)
        if len(items) > 1 or type(items) is not tuple:
            object.__setattr__(obj, name, tuple(sorted(items, key=_identity)))


_field_names = {}
# Fields added after 0.1.0: left out of the JSON while they hold their default, so a stored model
# (and its hash) of a schema that does not use them is the same bytes in every release.
_LATER_FIELDS = {"replica_identity": None, "version": None, "inherits": ()}


_PLAIN = frozenset((str, int, bool, float, type(None)))     # JSON as they are: most values of a model


def _encode(value):
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple:
        return [_encode(v) for v in value]
    names = _field_names.get(kind)
    if names is None and dataclasses.is_dataclass(value):
        names = _field_names[kind] = tuple((f.name, f.name in _LATER_FIELDS) for f in dataclasses.fields(value))
    if names is None:
        return value
    out = {}
    for name, later in names:
        field = getattr(value, name)
        if not later or field != _LATER_FIELDS[name]:
            out[name] = _encode(field)
    return out


def _fields(value):
    """A dataclass's fields for the encoder, later fields left out while they hold their default."""
    names = _field_names.get(type(value))
    if names is None:
        if not dataclasses.is_dataclass(value):
            raise TypeError(f"{type(value).__name__} is not part of a model")
        _encode(value)
        names = _field_names[type(value)]
    fields = value.__dict__
    if len(fields) != len(names):          # something besides the fields is kept on the instance
        return {name: getattr(value, name) for name, later in names
                if not later or getattr(value, name) != _LATER_FIELDS[name]}
    for name, later in names:
        if later and fields[name] == _LATER_FIELDS[name]:
            return {key: item for key, item in fields.items() if key not in _LATER_FIELDS or item != _LATER_FIELDS[key]}
    return fields


_hints_cache = {}


def _hints(cls):
    if cls not in _hints_cache:
        _hints_cache[cls] = typing.get_type_hints(cls)
    return _hints_cache[cls]


def _decode(tp, data):
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(inner[0], data)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in data)
        return tuple(_decode(a, v) for a, v in zip(args, data))
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        known = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _decode(hints[k], v) for k, v in data.items() if k in known})
    return data
