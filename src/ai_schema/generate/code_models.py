"""Schemas written as application code: TypeScript interfaces, SQLAlchemy models and Rails migrations.

A person who pastes the types of their API or their ORM models has made the design already; read as
English they become one table named after the first words ("api_types"). Each reader takes its blocks
out of the text and returns them as Tables (technical.py's), as schema_sources.py does for SQL, Prisma,
Django, DBML and Mermaid:

- `interface Order { id: number; customerId: number; status: 'new' | 'paid'; note?: string }` (also
  `type Order = { … }`): camelCase names in snake_case, `xId` a reference to x when x is a table of the
  text, a union of string literals a closed set, `?` optional, arrays of another type its other side.
- `class Order(Base): __tablename__ = "orders"` with `Column(Numeric(10, 2), ForeignKey("customers.id"),
  nullable=False, unique=True)` lines, or SQLAlchemy 2's `Mapped[...] = mapped_column(...)`.
- `create_table :orders do |t| … end` with `t.string :name, null: false`, `t.references :customer`,
  `t.decimal :total, precision: 10, scale: 2`; `t.timestamps` is the generator's own."""

import re

from .technical import Column, Table, ident as _snake   # (camelCase to snake_case)
from . import words as w


def _notes(*said):
    return " ".join(f"({n})" for n, yes in said if yes)


# ------------------------------------------------------------------ TypeScript
_TS_BLOCK = re.compile(r"(?:export\s+)?(?:interface\s+(?P<a>[A-Z]\w*)(?:\s+extends\s+[\w, ]+)?\s*|"
                       r"type\s+(?P<b>[A-Z]\w*)\s*=\s*)\{(?P<body>[^{}]*)\}\s*;?")
_TS_FIELD = re.compile(r"^\s*(?:readonly\s+)?(?P<name>[A-Za-z_]\w*)(?P<optional>\?)?\s*:\s*(?P<type>[^;,\n]+?)\s*$")
_TS_TYPES = {"number": "numeric", "string": "text", "boolean": "boolean", "date": "timestamp with time zone",
             "bigint": "bigint", "object": "jsonb", "any": "jsonb", "unknown": "jsonb"}
_LITERALS = re.compile(r"^\s*(?:(['\"])[^'\"]*\1\s*\|\s*)+(['\"])[^'\"]*\2\s*$")


def typescript(text):
    """(text without its interfaces, [Table])."""
    blocks = [m for m in _TS_BLOCK.finditer(text) if re.search(r":\s*\w", m.group("body"))]
    if not blocks or not re.search(r"\binterface\b|\btype\s+[A-Z]\w*\s*=", text):
        return text, []
    names = {_snake(m.group("a") or m.group("b")) for m in blocks}
    tables = []
    for m in blocks:
        name, columns = _snake(m.group("a") or m.group("b")), []
        for part in re.split(r"[;\n,](?=(?:[^'\"]*['\"][^'\"]*['\"])*[^'\"]*$)", m.group("body")):
            f = _TS_FIELD.match(part.split("//")[0])
            if f is None:
                continue
            field, kind, optional = _snake(f.group("name")), f.group("type").strip(), bool(f.group("optional"))
            nullable = optional or bool(re.search(r"\|\s*(?:null|undefined)\b", kind))
            kind = re.sub(r"\s*\|\s*(?:null|undefined)\b", "", kind).strip()
            base = _snake(kind.rstrip("[]").removeprefix("Array<").rstrip(">"))
            if base in names and field != "id":
                if not kind.endswith("[]") and not kind.startswith("Array<"):
                    columns.append(Column(f"{field}_id", _notes(("nullable", nullable)), base))
                continue                            # (an array of another type: its rows refer to this one)
            if field.endswith("_id") and field[:-3] in names | {w.singular(n) for n in names}:
                columns.append(Column(field, _notes(("nullable", nullable)), field[:-3]))
                continue
            if _LITERALS.match(kind):
                values = ", ".join(v.strip().strip("'\"") for v in kind.split("|"))
                columns.append(Column(field, f"({values})" + (" (nullable)" if nullable else "")))
                continue
            sql = _TS_TYPES.get(kind.lower())
            if field == "id" or field.endswith("_id") and sql == "numeric":
                sql = "bigint" if field.endswith("_id") else sql
            if field in ("count", "quantity") or field.endswith(("_count", "_number")) and sql == "numeric":
                sql = "integer"
            columns.append(Column(field, _notes(("nullable", nullable), ("required", not nullable)), None,
                                  None if field == "id" else sql + ("[]" if kind.endswith("[]") and sql else "")
                                  if sql else None))
        if columns:
            tables.append(Table(name, columns))
    return _TS_BLOCK.sub("\n", text), tables


# ------------------------------------------------------------------ SQLAlchemy
_SA_CLASS = re.compile(r"^class[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]*\((?P<bases>[^)]*)\)[ \t]*:[ \t]*\n"
                       r"(?P<body>(?:[ \t][^\n]*(?:\n|$)|\n)*)", re.M)
_SA_TABLENAME = re.compile(r"__tablename__\s*=\s*['\"](?P<t>\w+)['\"]")
_SA_FIELD = re.compile(r"^[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]*(?::[ \t]*Mapped\[(?P<mapped>[^\]]*\]?)\])?[ \t]*=[ \t]*"
                       r"(?:\w+\.)?(?P<kind>Column|mapped_column)\((?P<args>.*)\)[ \t]*$", re.M)
_SA_TYPES = {"integer": "integer", "biginteger": "bigint", "smallinteger": "smallint", "string": "text",
             "text": "text", "unicode": "text", "boolean": "boolean", "date": "date", "time": "time",
             "datetime": "timestamp with time zone", "float": "double precision", "numeric": "numeric",
             "json": "jsonb", "jsonb": "jsonb", "uuid": "uuid", "largebinary": "bytea", "interval": "interval",
             "int": "integer", "str": "text", "bool": "boolean", "decimal": "numeric"}


def sqlalchemy(text):
    """(text without its models, [Table])."""
    models = [m for m in _SA_CLASS.finditer(text) if _SA_TABLENAME.search(m.group("body"))]
    if not models:
        return text, []
    tables = []
    for m in models:
        name = w.singular(_SA_TABLENAME.search(m.group("body")).group("t"))
        columns = []
        for f in _SA_FIELD.finditer(m.group("body")):
            args, field = f.group("args"), _snake(f.group("name"))
            fk = re.search(r"ForeignKey\(\s*['\"](?P<t>\w+)\.\w+['\"]", args)
            nullable = re.search(r"\bnullable\s*=\s*True", args) or "Optional[" in (f.group("mapped") or "") or \
                "| None" in (f.group("mapped") or "")
            notes = _notes(("unique", re.search(r"\bunique\s*=\s*True", args)), ("nullable", nullable),
                           ("required", re.search(r"\bnullable\s*=\s*False", args)))
            if re.search(r"\bprimary_key\s*=\s*True", args):
                if field == "id" or field.endswith("_id") and not fk:
                    continue                        # (the table's own key: the generator makes it)
            if fk:
                columns.append(Column(field, notes, w.singular(fk.group("t"))))
                continue
            kind = re.match(r"\s*(?:\w+\.)?(?P<k>[A-Z]\w*)(?:\((?P<a>[^)]*)\))?", args)
            mapped = re.sub(r"Optional\[|\]|\s*\|\s*None", "", f.group("mapped") or "").strip().lower()
            sql = _SA_TYPES.get(kind.group("k").lower()) if kind else _SA_TYPES.get(mapped.split(".")[-1])
            if sql and kind and kind.group("a"):
                sizes = [x.strip() for x in kind.group("a").split(",") if x.strip().isdigit()]
                sql = f"varchar({sizes[0]})" if sql == "text" and sizes and kind.group("k") == "String" else \
                    f"numeric({','.join(sizes[:2])})" if sql == "numeric" and sizes else sql
            enum = re.search(r"Enum\((?P<v>(?:\s*['\"][^'\"]+['\"]\s*,?)+)", args)
            if enum:
                values = ", ".join(re.findall(r"['\"]([^'\"]+)['\"]", enum.group("v")))
                columns.append(Column(field, f"({values}) {notes}".strip()))
                continue
            columns.append(Column(field, notes, None, sql))
        tables.append(Table(name, columns))
    return _SA_CLASS.sub(lambda m: "\n" if _SA_TABLENAME.search(m.group("body")) else m.group(0), text), tables


# ------------------------------------------------------------------ Rails
_RAILS_TABLE = re.compile(r"create_table\s*\(?\s*[:'\"](?P<name>\w+)['\"]?[^\n]*?\bdo\s*\|\s*(?P<t>\w+)\s*\|"
                          r"(?P<body>.*?)^\s*end\b", re.S | re.M)
_RAILS_FIELD = re.compile(r"^\s*(?P<t>\w+)\.(?P<kind>\w+)\s+[:'\"](?P<name>\w+)['\"]?(?P<args>[^\n]*)$", re.M)
_RAILS_TYPES = {"string": "text", "text": "text", "integer": "integer", "bigint": "bigint", "float": "double precision",
                "decimal": "numeric", "boolean": "boolean", "date": "date", "datetime": "timestamp with time zone",
                "timestamp": "timestamp with time zone", "time": "time", "json": "jsonb", "jsonb": "jsonb",
                "uuid": "uuid", "binary": "bytea", "citext": "text"}


def rails(text):
    """(text without its create_table blocks, [Table])."""
    blocks = list(_RAILS_TABLE.finditer(text))
    if not blocks:
        return text, []
    tables = []
    for m in blocks:
        name, columns = w.singular(m.group("name")), []
        for f in _RAILS_FIELD.finditer(m.group("body")):
            if f.group("t") != m.group("t"):
                continue
            kind, field, args = f.group("kind"), f.group("name"), f.group("args")
            nullable = re.search(r"\bnull:\s*true", args)
            notes = _notes(("unique", re.search(r"\bunique:\s*true", args)), ("nullable", nullable),
                           ("required", re.search(r"\bnull:\s*false", args)))
            if kind in ("references", "belongs_to"):
                target = re.search(r"\bto_table:\s*:(\w+)", args)
                columns.append(Column(f"{field}_id", notes, w.singular(target.group(1)) if target else field))
                continue
            sql = _RAILS_TYPES.get(kind)
            if sql is None:
                continue
            precision, scale = re.search(r"\bprecision:\s*(\d+)", args), re.search(r"\bscale:\s*(\d+)", args)
            limit = re.search(r"\blimit:\s*(\d+)", args)
            if sql == "numeric" and precision:
                sql = f"numeric({precision.group(1)},{scale.group(1) if scale else 0})"
            elif kind == "string" and limit:
                sql = f"varchar({limit.group(1)})"
            columns.append(Column(field, notes, None, sql))
        tables.append(Table(name, columns))
    return _RAILS_TABLE.sub("\n", text), tables


READERS = (typescript, sqlalchemy, rails)
