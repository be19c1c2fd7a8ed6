"""Canonical type text: what the server's format_type() prints for a type.

Parsed DDL says ``varchar(255)``, ``int`` or ``timestamptz``; the catalog says
``character varying(255)``, ``integer``, ``timestamp with time zone``. Both are
brought to the catalog's spelling so models compare equal.
"""

import marshal
import re

from .. import jsonast, sqlparser
from ..errors import AiSchemaError, NOT_SUPPORTED
from ..sqlparser import ast
from .naming import quote_ident

_ALIASES = {
    "int2": "smallint", "int4": "integer", "int": "integer", "int8": "bigint",
    "float4": "real", "float8": "double precision", "bool": "boolean",
    "varchar": "character varying", "bpchar": "character", "decimal": "numeric",
    "timestamptz": "timestamp with time zone", "timestamp": "timestamp without time zone",
    "timetz": "time with time zone", "time": "time without time zone",
    "varbit": "bit varying",
    # keywords that format_type() prints bare
    "numeric": "numeric", "bit": "bit", "interval": "interval", "char": '"char"',
    # a keyword only in the PostgreSQL 16+ grammar pglast carries; PostgreSQL 15 prints it bare
    "json": "json",
}
SERIAL_TYPES = {"serial": "integer", "serial4": "integer", "bigserial": "bigint",
                "serial8": "bigint", "smallserial": "smallint", "serial2": "smallint"}
_PRECISION_BEFORE_ZONE = {"timestamp with time zone", "timestamp without time zone",
                          "time with time zone", "time without time zone"}

# Interval range masks (PostgreSQL's datetime.h) as format_type() prints them.
_INTERVAL_FIELDS = {32767: "", 4: " year", 2: " month", 8: " day", 1024: " hour", 2048: " minute",
                    4096: " second", 6: " year to month", 1032: " day to hour", 3080: " day to minute",
                    7176: " day to second", 3072: " hour to minute", 7168: " hour to second",
                    6144: " minute to second"}

# Integer ranges, for sequence defaults.
TYPE_RANGES = {"smallint": (-32768, 32767), "integer": (-2147483648, 2147483647),
               "bigint": (-9223372036854775808, 9223372036854775807)}


def _typmod_values(type_name):
    values = []
    for mod in type_name.typmods or ():
        if isinstance(mod, ast.A_Const) and isinstance(mod.val, ast.Integer):
            values.append(mod.val.ival)
        elif isinstance(mod, ast.A_Const) and mod.val is not None:
            values.append(getattr(mod.val, "sval", None) or getattr(mod.val, "fval", None))
        else:
            values.append(sqlparser.deparse(mod))
    return values


def type_name_parts(type_name):
    """(schema or None, name) of a TypeName, pg_catalog dropped."""
    names = [n.sval for n in type_name.names]
    if names[0] == "pg_catalog" and len(names) == 2:
        return None, names[1]
    if len(names) == 1:
        return None, names[0]
    if len(names) == 2:
        return names[0], names[1]
    raise AiSchemaError(f"type name {'.'.join(names)} has too many dotted parts")


def canonical_type(type_name, default_schema="public"):
    """Canonical text of a TypeName node (serial types are returned as-is: the parser expands them)."""
    if type_name.pct_type:
        raise AiSchemaError("%TYPE references are not supported in schema DDL", sqlstate=NOT_SUPPORTED)
    schema, name = type_name_parts(type_name)
    if schema == default_schema:
        schema = None
    mods = _typmod_values(type_name)
    if schema is None and name in _ALIASES:
        base = _ALIASES[name]
    elif schema is None:
        base = quote_ident(name)
    else:
        base = f"{quote_ident(schema)}.{quote_ident(name)}"
    if base == "numeric" and len(mods) == 1:
        mods = [mods[0], 0]
    if base == "character" and not mods and name == "bpchar" and type_name.names[0].sval != "pg_catalog":
        base = "bpchar"
    if base == "interval" and mods:
        fields = _INTERVAL_FIELDS.get(mods[0], "")
        base += fields
        mods = mods[1:]
    if mods:
        args = "(" + ",".join(str(m) for m in mods) + ")"
        if base in _PRECISION_BEFORE_ZONE:
            head, _, tail = base.partition(" ")
            base = f"{head}{args} {tail}"
        else:
            base += args
    if type_name.arrayBounds:
        base += "[]"
    return base


def base_type(type_text):
    """A canonical type without its modifiers: 'numeric(12,2)' -> 'numeric',
    'timestamp(3) with time zone' -> 'timestamp with time zone'."""
    return re.sub(r"\(.*\)", "", type_text).strip()


def serial_base(type_name):
    """The integer type behind serial/bigserial/smallserial, else None."""
    schema, name = type_name_parts(type_name)
    if schema is None and not type_name.arrayBounds and name in SERIAL_TYPES:
        return SERIAL_TYPES[name]
    return None


_column_types = {}


def column_type(type_name, default_schema="public"):
    """(integer type behind a serial type or None, canonical type text) of a column's TypeName as
    libpg_query's JSON; schemas repeat their types, each distinct one is read once (keyed by its
    marshal bytes, as ddl.expr keys expressions)."""
    key = (marshal.dumps(type_name, 2), default_schema)
    found = _column_types.get(key)
    if found is None:
        if len(_column_types) > 50000:
            _column_types.clear()
        node = jsonast.to_node(type_name, "TypeName")
        serial = serial_base(node)
        found = _column_types[key] = (serial, serial or canonical_type(node, default_schema))
    return found


def parse_type(text, default_schema="public"):
    """Canonical text of a type given as text (e.g. 'varchar(20)')."""
    statements = sqlparser.parse(f"SELECT NULL::{text}")
    return canonical_type(statements[0].node.targetList[0].val.typeName, default_schema)
