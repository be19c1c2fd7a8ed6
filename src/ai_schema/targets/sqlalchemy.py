"""SQLAlchemy 2 declarative models: one class per table, every constraint and index named as in
the model, so ``Base.metadata.create_all`` gives back the same tables."""

import keyword
import re

from .dialect import split_type

TYPES = {
    "smallint": "SmallInteger", "integer": "Integer", "bigint": "BigInteger", "boolean": "Boolean",
    "text": "Text", "character varying": "String({args})", "character": "CHAR({args})",
    "numeric": "Numeric({args})", "real": "REAL", "double precision": "Double", "date": "Date",
    "time without time zone": "Time", "timestamp without time zone": "DateTime",
    "timestamp with time zone": "DateTime(timezone=True)", "uuid": "Uuid", "json": "JSON", "jsonb": "JSONB",
    "bytea": "LargeBinary", "inet": "INET", "interval": "INTERVAL", "citext": "CITEXT",
}
IMPORTS = ("from sqlalchemy import (BigInteger, Boolean, CHAR, CheckConstraint, Column, Computed, Date, DateTime, "
           "Double, ForeignKeyConstraint,\n    Identity, Index, Integer, LargeBinary, MetaData, Numeric, "
           "PrimaryKeyConstraint, REAL, SmallInteger, String, Table, Text, Time,\n    UniqueConstraint, Uuid, text)\n"
           "from sqlalchemy.dialects.postgresql import ARRAY, CITEXT, ENUM, INET, INTERVAL, JSON, JSONB\n"
           "from sqlalchemy.orm import DeclarativeBase\n"
           "from sqlalchemy.types import UserDefinedType\n")


IMPORTED = frozenset(re.findall(r"\b[A-Za-z_]\w*\b", IMPORTS.replace("from ", "").replace("import ", "")))


def _class_name(table):
    name = "".join(p.capitalize() for p in re.split(r"[^A-Za-z0-9]+", table) if p) or "Table"
    return ("T" + name) if name[0].isdigit() or keyword.iskeyword(name) else name


class _Writer:
    def __init__(self, schema):
        self.schema = schema
        self.enums = {e.name: e for e in schema.enums}
        self.classes = set()

    def class_name(self, table):
        name = base = _class_name(table)
        n = 2
        while name in self.classes or name in ("Base", "PgType"):
            name, n = f"{base}{n}", n + 1
        self.classes.add(name)
        return name

    def type(self, text):
        base, args, array = split_type(text)
        if base in self.enums:
            inner = f"{_class_name(base)}Enum"
        elif base in TYPES and (args or "{args}" not in TYPES[base]):
            inner = TYPES[base].replace("{args}", args or "")
        elif base in TYPES:
            inner = TYPES[base].replace("({args})", "")
        else:
            return f"PgType({(text)!r})"
        return f"ARRAY({inner})" if array else inner

    def column(self, table, col):
        args = [repr(col.name), self.type(col.type)]
        if col.identity:
            opts = col.identity_options
            extra = "".join(f", {k}={getattr(opts, a)}" for k, a in (("start", "start"), ("increment", "increment"))
                            if opts and getattr(opts, a) is not None)
            args.append(f"Identity(always={col.identity == 'always'}{extra})")
        if col.generated is not None:
            args.append(f"Computed(text({col.generated!r}), persisted=True)")
        if col.default is not None:
            args.append(f"server_default=text({col.default!r})")
        args.append(f"nullable={col.nullable and not (table.primary_key and col.name in table.primary_key.columns)}")
        if col.comment:
            args.append(f"comment={col.comment!r}")
        return f"    {self.attribute(col.name)} = Column({', '.join(args)})"

    @staticmethod
    def attribute(name):
        ident = re.sub(r"\W", "_", name)
        if not ident or ident[0].isdigit() or keyword.iskeyword(ident) or ident.startswith("_") or ident in (
                "metadata", "registry") or ident in IMPORTED:
            ident = "col_" + ident           # a column "text" must not hide sqlalchemy's text() in the class
        return ident

    def table_args(self, table):
        out = []
        if table.primary_key:
            out.append(f"PrimaryKeyConstraint({', '.join(map(repr, table.primary_key.columns))}, "
                       f"name={table.primary_key.name!r})")
        for u in table.uniques:
            extra = ", postgresql_nulls_not_distinct=True" if u.nulls_not_distinct else ""
            out.append(f"UniqueConstraint({', '.join(map(repr, u.columns))}, name={u.name!r}{extra})")
        for c in table.checks:
            out.append(f"CheckConstraint({c.expression!r}, name={c.name!r})")
        for fk in table.foreign_keys:
            refs = [f"{fk.ref_table.name}.{c}" for c in fk.ref_columns]
            extra = "".join(f", {k}={v!r}" for k, v in (("ondelete", fk.on_delete), ("onupdate", fk.on_update))
                            if v != "NO ACTION")
            if fk.deferrable:
                extra += f", deferrable=True, initially={'DEFERRED' if fk.initially_deferred else 'IMMEDIATE'!r}"
            out.append(f"ForeignKeyConstraint({list(fk.columns)!r}, {refs!r}, name={fk.name!r}{extra})")
        for i in table.indexes:
            keys = ", ".join(repr(k.strip('"')) if table.column(k.strip('"')) else f"text({k!r})" for k in i.keys)
            extra = ", unique=True" if i.unique else ""
            if i.method != "btree":
                extra += f", postgresql_using={i.method!r}"
            if i.where:
                extra += f", postgresql_where=text({i.where!r})"
            if i.include:
                extra += f", postgresql_include={list(i.include)!r}"
            out.append(f"Index({i.name!r}, {keys}{extra})")
        if table.comment:
            out.append(f"{{'comment': {table.comment!r}}}")
        return out

    def render(self):
        out = ['"""SQLAlchemy models generated by ai_schema."""', "", IMPORTS, "",
               "class PgType(UserDefinedType):",
               '    """A PostgreSQL type SQLAlchemy has no class for, by its name."""',
               "    cache_ok = True", "",
               "    def __init__(self, name):", "        self.name = name", "",
               "    def get_col_spec(self, **kw):", "        return self.name", "", "",
               "class Base(DeclarativeBase):", "    metadata = MetaData()", ""]
        for enum in self.schema.enums:
            values = ", ".join(map(repr, enum.values))
            out.append(f"{_class_name(enum.name)}Enum = ENUM({values}, name={enum.name!r}, metadata=Base.metadata)")
        if self.schema.enums:
            out.append("")
        for table in self.schema.tables:
            if table.partition_of is not None or table.partition_by:
                out.append(f"# {table.name}: partitioned tables are declared in the DDL, not here")
                continue
            args = self.table_args(table)
            if table.primary_key is None:              # a mapped class needs a key: a plain Table instead
                columns = [self.column(table, c).split(" = ", 1)[1] for c in table.columns]
                out += ["", f"{self.attribute(table.name)}_table = Table(\n    {table.name!r}, Base.metadata,\n    "
                        + ",\n    ".join(columns + args) + ",\n)", ""]
                continue
            name = self.class_name(table.name)
            out += ["", f"class {name}(Base):", f"    __tablename__ = {table.name!r}"]
            if args:
                out.append("    __table_args__ = (\n        " + ",\n        ".join(args) + ",\n    )")
            out += [self.column(table, c) for c in table.columns]
            out.append("")
        return "\n".join(line for line in out if line is not None) + "\n"


def sqlalchemy_models(schema):
    return _Writer(schema).render()
