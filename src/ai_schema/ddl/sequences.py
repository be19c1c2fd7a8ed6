"""Sequence options: as written (CREATE SEQUENCE, identity columns) and as the catalog holds them,
reduced to what differs from PostgreSQL's defaults for the sequence's type, so both compare equal."""

from .. import model as m
from ..errors import AiSchemaError, NOT_SUPPORTED
from ..sqlparser import ast
from . import tree
from .types import TYPE_RANGES, canonical_type


def sequence_options(options, column_type=None):
    """SequenceOptions from DefElems, keeping only values that differ from the defaults."""
    values = {}
    for opt in options or ():
        name = opt.defname
        if name == "as":
            values["type"] = canonical_type(opt.arg)
        elif name == "increment":
            values["increment"] = tree.integer(opt.arg)
        elif name in ("start", "minvalue", "maxvalue", "cache"):
            key = {"start": "start", "minvalue": "min_value", "maxvalue": "max_value", "cache": "cache"}[name]
            values[key] = None if opt.arg is None else tree.integer(opt.arg)
        elif name == "cycle":
            values["cycle"] = bool(opt.arg.boolval) if isinstance(opt.arg, ast.Boolean) else bool(tree.integer(opt.arg))
        elif name in ("sequence_name", "owned_by", "restart", "logged", "unlogged"):
            continue
        else:
            raise AiSchemaError(f"sequence option {name} is not supported", sqlstate=NOT_SUPPORTED)
    return canonical_sequence_options(values, column_type)


def canonical_sequence_options(values, column_type=None):
    """Drop the options that equal PostgreSQL's defaults for the sequence's type."""
    seq_type = values.get("type") or column_type or "bigint"
    low, high = TYPE_RANGES.get(seq_type, TYPE_RANGES["bigint"])
    increment = values.get("increment") or 1
    min_default, max_default = (1, high) if increment > 0 else (low, -1)
    min_value = values.get("min_value") if values.get("min_value") is not None else min_default
    max_value = values.get("max_value") if values.get("max_value") is not None else max_default
    start_default = min_value if increment > 0 else max_value
    start = values.get("start") if values.get("start") is not None else start_default
    cache = values.get("cache") or 1
    type_default = column_type or "bigint"
    return m.SequenceOptions(
        type=None if seq_type == type_default else seq_type,
        start=None if start == start_default else start,
        increment=None if increment == 1 else increment,
        min_value=None if min_value == min_default else min_value,
        max_value=None if max_value == max_default else max_value,
        cache=None if cache == 1 else cache,
        cycle=bool(values.get("cycle", False)))

