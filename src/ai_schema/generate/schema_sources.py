"""Schemas a person already wrote in another language: SQL `CREATE TABLE` statements, Prisma
`model X { … }` blocks, Django `class X(models.Model):` classes, TypeScript interfaces, SQLAlchemy models and Rails
migrations (code_models.py), DBML `Table x { … }`, Mermaid `erDiagram`s, JSON objects of entities and
their fields, and entity blocks (a name, then indented `field: type` lines).

They are designs, not prose: read as English, `numeric(12,2)` and `@relation(...)` are noise and
the design is lost. Each is taken out of the text and turned into technical.py's column lists
(one Table per table, each column with its exact type, nullability, uniqueness, values and the
table a foreign key names); the rest of the text is read as usual.
"""

import dataclasses
import itertools
import json
import logging
import re

from .field_names import type_words
from .technical import CHOICES, SIZED_TYPE_ASIDE, Column, Table, column, read_columns, trim_end
from . import code_models
from . import words as w
from ..ddl.naming import STATUS_NAME

_CREATE = re.compile(r"\bcreate\s+(?:(?:global\s+|local\s+)?(?:temp|temporary)\s+|unlogged\s+)?table\s+"
                     r"(?:if\s+not\s+exists\s+)?", re.I)
# what a statement's scan stops at: a new CREATE TABLE, a parenthesis, a quote, a semicolon
_MARKS = re.compile(_CREATE.pattern + r"|[()';]", re.I)
_NAME_LENGTH = 200                                  # from CREATE TABLE to its "(": a qualified name
_IN_LIST = re.compile(r"^\(?\s*\(?(?P<column>\w+)\)?(?:::\w+)?\s*=\s*ANY\s*\(\s*ARRAY\s*\[(?P<values>[^\]]*)\]", re.I)
_CHECK_IN = re.compile(r"^\(?\s*(?P<column>\w+)\s+IN\s*\((?P<values>[^)]*)\)\s*\)?$", re.I)


_SQL_TYPE = re.compile(r"[a-z]+(?: [a-z]+)*\s*(?:\(\s*\d+\s*(?:,\s*\d+\s*)?\))?(?:\[\])?", re.I)


def _known(sql_type):
    """The type as written when it is one the generator knows to exist on any server (a type
    another statement would have to create — an enum, a domain — or a typo is not), else None: the
    column is then typed from its name, and the design applies."""
    known = type_words(f"({sql_type.lower()})") if sql_type else None
    if known and (sql_type.lower() in ("datetime", "string") or not _SQL_TYPE.fullmatch(sql_type)):
        return known                                 # another system's spelling ("datetime": timestamptz)
    return sql_type if known else None


def split(text):
    """(text without the schemas it holds, [Table])."""
    tables = []
    for reader in (_sql, _prisma, _django, *code_models.READERS, _dbml, _mermaid, _json, _blocks):
        text, found = reader(text)
        tables += found
    for table in tables:
        table.exact = True
    return text, tables


# ------------------------------------------------------------------------ SQL
def _statements(text):
    """The (start, end) of each CREATE TABLE statement: from its head through the parenthesis that
    closes its column list and on to a semicolon at depth 0 or the end of the text ("… PARTITION BY
    RANGE (x);" included). One pass over the marks, each read once: a regex that looked for the
    closing parenthesis from every head took minutes on text full of unclosed ones."""
    spans, start, depth, opened, quoted = [], None, 0, False, False
    for m in _MARKS.finditer(text):
        mark = m.group(0)
        if quoted:
            quoted = mark != "'"
        elif mark[0] not in "();'":                   # a CREATE TABLE head
            if start is None or not opened:
                start, depth, opened = m.start(), 0, False
        elif start is None:
            continue
        elif mark == "'":
            quoted = opened
        elif mark == "(":
            if not opened and m.start() - start > _NAME_LENGTH:
                start = None
                continue
            depth, opened = depth + 1, True
        elif mark == ")":
            depth -= 1
            if depth < 0 or not opened:
                start = None
        elif depth == 0:                              # ";"
            if opened:
                spans.append((start, m.end()))
            start = None
    if start is not None and opened and depth == 0 and not quoted:
        spans.append((start, len(text)))
    return spans


def _sql(text):
    spans = _statements(text)
    if not spans:
        return text, []
    statements = [text[a:b] for a, b in spans]
    from ..ddl.parse import parse_ddl              # the server's own parser (pglast): loaded when needed
    from ..errors import AiSchemaError
    try:
        schema = parse_ddl("\n".join(s.rstrip().rstrip(";") + ";" for s in statements))
    except AiSchemaError:
        translated = _from_other_dialect(statements)
        try:
            schema = parse_ddl(translated) if translated else None
        except AiSchemaError:
            schema = None
        if schema is None:
            return text, []                         # not SQL after all: read as prose
    for a, b in reversed(spans):
        text = text[:a] + "\n" + text[b:]
    return text, [_table_of(t) for t in schema.tables]


_DIALECTS = ("mysql", "sqlite", "tsql")


def _from_other_dialect(statements):
    """The statements as PostgreSQL, when they are another server's CREATE TABLEs (MySQL's backticks,
    AUTO_INCREMENT, ENUM(…) and ENGINE=…, SQLite's AUTOINCREMENT, T-SQL's IDENTITY and brackets):
    sqlglot reads them in the first dialect that parses them all; table options are dropped and an
    ENUM column becomes text with a CHECK of its values. None when no dialect reads them."""
    import sqlglot
    from sqlglot import exp
    logging.getLogger("sqlglot").setLevel(logging.ERROR)   # (its warning on a user's loose SQL, "falling back to
    #                                                        parsing as a Command", is no message for the server log)
    for dialect in _DIALECTS:
        try:
            trees = [sqlglot.parse_one(x.rstrip().rstrip(";"), read=dialect) for x in statements]
        except Exception:                           # sqlglot raises its own errors and, on odd text, others
            continue
        if not all(isinstance(t, exp.Create) and isinstance(t.this, exp.Schema) for t in trees):
            continue
        out = []
        for tree in trees:
            tree.set("properties", None)            # ENGINE=InnoDB, DEFAULT CHARSET=…
            for col in tree.find_all(exp.ColumnDef):
                kind = col.args.get("kind")
                if kind is not None and kind.this == exp.DataType.Type.ENUM and kind.expressions:
                    values = [v.copy() for v in kind.expressions]
                    col.set("kind", exp.DataType.build("text"))
                    col.append("constraints", exp.ColumnConstraint(kind=exp.CheckColumnConstraint(
                        this=exp.In(this=exp.column(col.name, quoted=True), expressions=values))))
            try:
                out.append(tree.sql(dialect="postgres") + ";")
            except Exception:
                break
        else:
            return "\n".join(out)
    return None


def _table_of(table):
    """A technical Table from a parsed table: exact types, NOT NULL, UNIQUE, IN-list checks, FKs."""
    unique = {u.columns[0] for u in table.uniques if len(u.columns) == 1}
    unique |= {i.columns[0] for i in table.indexes if getattr(i, "unique", False) and len(i.columns) == 1
               and isinstance(i.columns[0], str)}
    targets = {fk.columns[0]: fk.ref_table.name for fk in table.foreign_keys if len(fk.columns) == 1}
    values = {}
    for check in table.checks:
        m = _CHECK_IN.match(check.expression.strip()) or _IN_LIST.match(check.expression.strip())
        if m:
            values[m.group("column")] = [v.strip().split("::")[0].strip("'\" ") for v in m.group("values").split(",")]
    primary = set(table.primary_key.columns) if table.primary_key else set()
    columns = []
    for c in table.columns:
        notes = [n for n, yes in (("unique", c.name in unique), ("nullable", c.nullable and c.name not in primary),
                                  ("required", not c.nullable)) if yes]
        if c.name in values:
            notes = [", ".join(values[c.name])] + notes
        rest = " ".join(f"({n})" for n in notes)
        columns.append(Column("id" if c.name in primary and len(primary) == 1 else c.name, rest,
                              targets.get(c.name), None if c.name in targets else _known(c.type)))
    return Table(table.name, columns)


# --------------------------------------------------------------------- Prisma
_MODEL = re.compile(r"^[ \t]*model\s+(?P<name>[A-Za-z_]\w*)\s*\{(?P<body>[^{}]*)\}", re.M)
_PRISMA_TYPES = {"int": "integer", "bigint": "bigint", "string": "text", "boolean": "boolean", "float": "double precision",
                 "decimal": "numeric", "datetime": "timestamp with time zone", "json": "jsonb", "bytes": "bytea"}
_NATIVE = re.compile(r"@db\.(?P<type>\w+)(?:\((?P<args>[^)]*)\))?")


_PRISMA_ENUM = re.compile(r"^[ \t]*enum\s+(?P<name>[A-Za-z_]\w*)\s*\{(?P<body>[^{}]*)\}", re.M)


def _prisma(text):
    models = [m for m in _MODEL.finditer(text) if _prisma_body(m)]
    if not models:
        return text, []
    names = {m.group("name").lower() for m in models}
    enums = {m.group("name").lower(): [v for line in m.group("body").split("\n") for v in line.split("//")[0].split()
                                       if not v.startswith("@")] for m in _PRISMA_ENUM.finditer(text)}
    tables = []
    for m in models:
        fields = [line.split(None, 2) for line in m.group("body").split("\n") if line.strip()
                  and not line.strip().startswith(("//", "@@"))]
        keys = {}                                   # channelId -> Channel, from @relation(fields: [channelId])
        for f in fields:
            rel = re.search(r"@relation\([^)]*fields:\s*\[(?P<fields>[^\]]*)\]", " ".join(f))
            if rel and len(f) >= 2:
                for k in rel.group("fields").split(","):
                    keys[k.strip()] = f[1].rstrip("?")
        columns = []
        for f in fields:
            if len(f) < 2:
                continue
            name, kind, rest = f[0], f[1], f[2] if len(f) > 2 else ""
            base = kind.rstrip("?").rstrip("[]")
            if base.lower() in names:
                continue                            # a relation field (either side): its key is a column
            native = _NATIVE.search(rest)
            sql = _known(native.group("type").lower() + (f"({native.group('args')})" if native.group("args") else "")) \
                if native else None
            sql = sql or _PRISMA_TYPES.get(base.lower(), "text")
            notes = [n for n, yes in (("unique", "@unique" in rest), ("nullable", kind.endswith("?")),
                                      ("required", not kind.endswith("?"))) if yes]
            if base.lower() in enums:               # "genre Genre" over "enum Genre { FICTION POETRY }"
                notes.insert(0, ", ".join(enums[base.lower()]))
                sql = None
            column = _snake(name)
            target = keys.get(name)
            if "@id" in rest:
                column = "id"
            columns.append(Column(column, " ".join(f"({n})" for n in notes), _snake(target) if target else None,
                                  None if target or sql is None else sql + ("[]" if kind.endswith("[]") else "")))
        tables.append(Table(_snake(m.group("name")), columns))
    return _PRISMA_ENUM.sub("\n", _MODEL.sub(lambda m: "\n" if _prisma_body(m) else m.group(0), text)), tables


def _prisma_body(model):
    """Is a `model X { … }` Prisma's, a field a line? ('model Pet { id, name, owner -> Owner }' on one line,
    its fields between commas, is a column list: technical.py reads it.)"""
    return "\n" in model.group("body").strip() or "," not in model.group("body")


def _snake(name):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


# ------------------------------------------------------------ Django models
_DJANGO_MODEL = re.compile(r"^class[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]*\([ \t]*(?:models\.)?Model[ \t]*\)[ \t]*:[ \t]*\n"
                           r"(?P<body>(?:[ \t][^\n]*(?:\n|$)|\n)*)", re.M)
_DJANGO_FIELD = re.compile(r"^[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]*=[ \t]*(?:models\.)?(?P<kind>[A-Za-z]+Field|ForeignKey)"
                           r"[ \t]*\((?P<args>[^\n]*)\)[ \t]*$", re.M)
_DJANGO_TYPES = {"CharField": "text", "TextField": "text", "SlugField": "text", "EmailField": "text", "URLField": "text",
                 "IntegerField": "integer", "PositiveIntegerField": "integer", "SmallIntegerField": "smallint",
                 "PositiveSmallIntegerField": "smallint", "BigIntegerField": "bigint", "FloatField": "double precision",
                 "BooleanField": "boolean", "DateField": "date", "DateTimeField": "timestamp with time zone",
                 "TimeField": "time", "DurationField": "interval", "UUIDField": "uuid", "JSONField": "jsonb",
                 "BinaryField": "bytea", "DecimalField": "numeric", "GenericIPAddressField": "inet"}


def _django(text):
    """'class Book(models.Model):' with 'title = models.CharField(max_length=200)' lines: a table;
    ForeignKey/OneToOneField name the table referred to, ManyToManyField makes a table of pairs."""
    models = list(_DJANGO_MODEL.finditer(text))
    if not models:
        return text, []
    tables = []
    for m in models:
        name, columns = _snake(m.group("name")), []
        for f in _DJANGO_FIELD.finditer(m.group("body")):
            kind, args = f.group("kind"), f.group("args")
            notes = [n for n, yes in (("unique", re.search(r"\bunique\s*=\s*True", args)),
                                      ("nullable", re.search(r"\bnull\s*=\s*True", args))) if yes]
            target = re.match(r"\s*['\"]?(?P<t>[A-Za-z_][\w.]*)['\"]?", args)
            target = _snake(target.group("t").split(".")[-1]) if target else None
            target = name if target == "self" else target
            if kind in ("ForeignKey", "OneToOneField") and target:
                notes += ["unique"] if kind == "OneToOneField" else []
                columns.append(Column(f"{_snake(f.group('name'))}_id", " ".join(f"({n})" for n in notes), target))
            elif kind == "ManyToManyField" and target:
                tables.append(Table(f"{name}_{target}", [Column(f"{name}_id", "", name),
                                                         Column(f"{target}_id", "", target)]))
            elif kind in _DJANGO_TYPES:
                sql = _DJANGO_TYPES[kind]
                size = re.search(r"max_length\s*=\s*(\d+)", args)
                digits = re.search(r"max_digits\s*=\s*(\d+)", args)
                places = re.search(r"decimal_places\s*=\s*(\d+)", args)
                if kind == "CharField" and size:
                    sql = f"varchar({size.group(1)})"
                elif kind == "DecimalField" and digits:
                    sql = f"numeric({digits.group(1)},{places.group(1) if places else 0})"
                columns.append(Column(_snake(f.group("name")), " ".join(f"({n})" for n in notes), None, sql))
        tables.insert(len(tables), Table(name, columns))
    return _DJANGO_MODEL.sub("\n", text), tables


# ------------------------------------------------------------ entity blocks
_BLOCK_NAME = re.compile(r"^(?:(?:entity|table|model|class|object|resource|record)\s*(?::\s*|\s(?=\s*\w+\s*:?\s*$)))?"
                         r"(?P<name>[A-Za-z_][A-Za-z0-9_ ]{0,40}?)\s*:?\s*$", re.I)     # "Entity: Course", "TABLE course"
# a field: "name: type", "name -> Table", or name and type in aligned columns ("code   varchar(12)  PK")
_FIELD = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]\s+)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<more>(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*)"
                    r"(?:\s*:\s*(?P<rest>\S.*)|(?P<arrow>\s*(?:->|→)\s*\S.*)|(?:\t|\s{2,})(?P<aligned>[^\s:].*))$")
# an indented field and its SQL type with one space between: "  id serial pk", "  total numeric(10,2)"
_TYPED = re.compile(r"^(?P<indent>[ \t]+)(?P<name>[A-Za-z_][A-Za-z0-9_]*) (?P<aligned>(?:big|small)?(?:serial|int\w*)\b.*|"
                    r"(?:text|varchar|char|character|numeric|decimal|bool|boolean|date|timestamp|timestamptz|time|uuid|"
                    r"jsonb?|float\w*|real|double|money|bytea|inet)\b.*)$", re.I)
# a bulleted field, at any indent: "- id (PK)", "- seller_id (FK → users)", "- display_name"
_BULLETED = re.compile(r"^(?P<indent>[ \t]*)[-*+]\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*(?: [A-Za-z][A-Za-z0-9_]*){0,3})\??\s*"
                       r"(?:\((?P<paren>[^()]*)\))?\s*$")         # ("- approved? (yes/no)": a flag)
_TYPE = re.compile(r"[A-Za-z][\w ]*?(?:\(\s*\d+\s*(?:,\s*\d+\s*)?\))?(?:\[\])?(?=\s*(?:,|\(|$|unique\b|nullable\b|"
                   r"optional\b|null\b|not\b|required\b|pk\b|primary\b|default\b|references\b|fk\b))", re.I)
_TYPE_LENGTH = 80                                   # no type is longer; _TYPE's lookahead rescans spaces
_ARROW = re.compile(r"(?:->|→|\bfk\b\s*(?:->|to)?|\breferences\b)\s*(?P<table>[A-Za-z_]\w*)", re.I)
_LISTED = re.compile(r"enum\s*\((?P<values>[^)]*)\)|enum\s*\[(?P<bracketed>[^\]]*)\]|one\s+of\s*:?\s*(?P<listed>\S.*)", re.I)
_WORD_NOTES = ("unique", "nullable", "optional", "null", "required", "pk", "fk")


def _typed_bullet(f):
    """'- amount: decimal(10,2)', '- applicant -> Applicants': a bulleted field with a type or a table it
    refers to (not '- Tickets: booking code, seat, price', a label and its list)."""
    if f.group(0)[len(f.group("indent")):][:1] not in ("-", "*", "+"):
        return False
    if f.group("arrow"):
        return True
    rest = (f.group("rest") or "").strip()
    first = re.split(r"[,(]| one of\b| unique\b| not null\b", rest, maxsplit=1)[0].strip()
    if _LISTED.match(rest) or STATUS_NAME.search(f.group("name").lower()) and \
            re.fullmatch(r"[a-z][\w -]{0,30}(?:\s*[/|]\s*[a-z][\w -]{0,30})+", rest):
        return True                                 # ("- status: one of draft, submitted, …", "- status: open / closed")
    return bool(first) and (_known(first) or _known(first.split()[0])) is not None and \
        f.group("name") == f.group("name").lower() and (rest.count(",") <= 1 or rest.startswith(first + "("))


# a field's values said in words: "early, late or night"
_SAID_CHOICES = re.compile(r"\w[\w -]{0,29}(?:\s*,\s*\w[\w -]{0,29})*,?\s+or\s+\w[\w -]{0,29}")


def _indent(line):
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _primary(name):
    """(column name, natural) of a column written as the primary key: 'id' or '<x>_id' is the
    table's own id; any other name is a natural key, kept and unique ("code varchar(12) PK")."""
    return ("id", False) if name.lower() == "id" or name.lower().endswith("_id") else (name, True)


def _thing_with_fields(bulleted):
    """'- stages (name, capacity)' under a title: a plural noun with a list in parentheses is a thing
    of the design with its fields (a field's parenthesis holds notes: '- id (PK)')."""
    name, paren = bulleted.group("name"), bulleted.group("paren") or ""
    return "," in paren and "_" not in name and w.is_plural(name.split()[-1].lower()) or \
        paren.count(",") >= 2 and f"{name}(" in bulleted.group(0)     # ("- airport(code PK, name, city)")


# headings over a list of tables, no table themselves
_CONTAINERS = frozenset(("tables", "entities", "models", "objects", "classes", "records", "resources", "schema",
                         "the schema", "the tables", "data model", "data models", "entity list", "table list"))


_CONTAINER_WORDS = frozenset("tables entities models classes schema".split())
_CONTAINER_LEADS = frozenset("our the main core key required needed my all".split())


def _container(heading):
    """Is a heading one over a list of tables ('Tables:', 'Tables we need', 'Our core entities')?"""
    words = heading.strip().lower().split()
    return " ".join(words) in _CONTAINERS or bool(words) and (
        words[0] in _CONTAINER_WORDS and len(words) <= 5 or
        words[-1] in _CONTAINER_WORDS and all(x in _CONTAINER_LEADS for x in words[:-1]))


def _blocks(text):
    """'Author' then indented 'id: uuid (pk)', 'orcid: varchar(19), unique' lines (or aligned
    'code   varchar(12)   PK' columns): a table. A block may sit under a heading ("Model" over
    indented blocks): its fields are the lines indented deeper than its name."""
    lines = text.split("\n")
    tables, keep, i = [], [], 0
    while i < len(lines):
        line = lines[i].rstrip()                    # (a name is short: the pattern never sees a long line)
        head = _BLOCK_NAME.match(line.strip()) if len(line) <= 45 and line.strip() else None
        if head is None and len(line) <= 45 and re.match(r"[ \t]*[-*+][ \t]+[A-Za-z]", line) and i + 1 < len(lines) and \
                _indent(lines[i + 1]) > _indent(line) and re.match(r"[ \t]*[-*+][ \t]", lines[i + 1]):
            head = _BLOCK_NAME.match(re.sub(r"^[ \t]*[-*+][ \t]+", "", line).strip())   # "- Nurses" over deeper
            #                                                                          "- full name" bullets
        under = _BULLETED.match(lines[i + 1].rstrip()) if head and i + 1 < len(lines) else None
        if head and _container(head.group("name")) and not (
                under and not w.is_plural(under.group("name").split()[-1].lower()) and
                head.group("name").strip().lower() not in _CONTAINER_WORDS - {"models"}):   # ("Models" over
            #                                                "- manufacturer", "- model name": the models' fields)
            keep.append("")                         # "Tables:" / "Entities" over the list of them: a heading,
            i += 1                                  # no table (its items are read as what they are)
            continue
        depth = _indent(line)
        j, fields = i + 1, []
        underlined = head and j < len(lines) and re.fullmatch(r"\s*(?:-{3,}|={3,})\s*", lines[j])
        j += bool(underlined)                       # "auctions" underlined with "--------": its fields may
        while head and j < len(lines):              # start at its own indent
            f = _FIELD.match(lines[j].rstrip()) or _TYPED.match(lines[j].rstrip())
            bulleted = _BULLETED.match(lines[j].rstrip()) if f is None else None
            if bulleted and _thing_with_fields(bulleted):
                break                               # "- stages (name, capacity)": a thing, not a field
            if not (f and (len(f.group("indent").expandtabs(4)) + bool(underlined) > depth or
                           len(f.group("indent").expandtabs(4)) >= depth and _typed_bullet(f)) or   # ("- amount:
                    #                                                                     decimal" under "Grants:")
                    bulleted and len(bulleted.group("indent").expandtabs(4)) >= depth) or \
                    fields and (f or bulleted).group("indent") != fields[0].group("indent"):
                break                               # (fields share one indent: deeper bullets are a tree)
            fields.append(f or bulleted)
            j += 1
        listing = len(fields) == 1 and _LIST_KEYS.match(f"{fields[0].group('name')}:")
        columns = [c for f in fields for c in _fields_of(f)] if head and (len(fields) >= 2 or listing) else []
        if head is None or len(columns) < 2 and not (columns and listing):
            keep.append(lines[i])
            i += 1
            continue
        tables.append(Table(_snake(head.group("name").strip().replace(" ", "_")), columns))
        keep.append("")
        i = j
    return "\n".join(keep), tables


# "fields: [name, email (unique)]", "belongs_to: [Order, Product]": a YAML-like entity's lists
_LIST_KEYS = re.compile(r"(?:fields|attributes|columns|properties|belongs_to|belongs to|references|refs|relations|"
                        r"relationships|associations):", re.I)
# a reference said in a relations line: "belongs to Venue", "references an Order", "has one Address"
_BELONGS = re.compile(r"^(?:belongs to|references|refers to|has one|is in|is part of)\s+(?:an? |one |the )?"
                      r"([A-Za-z_]\w*)\s*$", re.I)


# "ward_they_belong_to", "team_it_plays_for": a thing and a clause of theirs about it
_OWN_CLAUSE = re.compile(r"^(?:which_([a-z]+)|([a-z]+)_(?:they|it|he|she|we|i)_[a-z]+(?:_(?:to|in|at|for|on|with|from))?)$")
_ITEM_LENGTH = 200                                  # no field with its notes is longer (a longer one is prose)


def _fields_of(f):
    """The Columns of one field line: a list of fields or of tables referred to, else the one field."""
    name = f.group("name").lower()
    rest = (f.groupdict().get("rest") or "").strip()
    if name in ("belongs_to", "references", "refs") and rest:
        targets = [x.strip() for x in rest.strip("[]").split(",") if re.fullmatch(r"[A-Za-z_]\w*", x.strip())]
        return [Column(f"{_snake(t)}_id", "", _snake(t)) for t in targets]
    if name in ("relations", "relationships", "associations") and rest:   # "Relationships: belongs to Venue;
        targets = [m.group(1) for x in re.split(r"[;,]", rest.strip("[]"))  # has many Registrations": the
                   for m in [_BELONGS.match(x.strip())] if m]                # references this one holds
        return [Column(f"{_snake(t)}_id", "", _snake(t)) for t in targets]
    if name in ("fields", "attributes", "columns", "properties") and rest and not rest.startswith("["):
        rest = f"[{rest}]"                          # ("Attributes: name, address, capacity (integer)")
    if name in ("fields", "attributes", "columns", "properties") and rest.startswith("[") and rest.endswith("]"):
        items, depth, current = [], 0, ""            # (commas inside parentheses kept; one pass)
        for ch in rest[1:-1]:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if ch == "," and depth == 0:
                items.append(current.strip())
                current = ""
            else:
                current += ch
        items = [x for x in items + [current.strip()] if x and len(x) <= _ITEM_LENGTH]
        out = []
        for item in items:
            item = SIZED_TYPE_ASIDE.sub(r"\g<t>", item) if "))" in item else item   # ("price (numeric(8,2))")
            named = item.split("(")[0].split()
            c = column(item) if len(named) >= 2 and _known(named[1]) is not None else \
                column(re.sub(r"\s+(?=[a-z])", "_", item.split("(")[0].strip()) + (
                    " (" + item.split("(", 1)[1] if "(" in item else ""))   # ("full name (text)"; "price numeric(8,2)")
            if c is not None:
                c.rest = re.sub(r"\s*\|\s*", ", ", c.rest)
                out.append(c)
        return out
    if name in ("has_many", "has_one") or (name in ("fields", "attributes", "columns", "properties") and
                                           rest.startswith("[")):
        return []                                   # (the other side's key; an unclosed list)
    one = _field(f)
    said = _OWN_CLAUSE.match(one.name)
    if said and not one.rest and not one.target:
        one = dataclasses.replace(one, name=said.group(1) or said.group(2))   # "- ward they belong to", "- which
        #                                                       vehicle": the ward,
        #                                                       the vehicle (a reference when the design has them)
    if re.match(r"[ \t]*[-*+][ \t]+[A-Za-z][\w ]*\?", f.group(0)) and not one.target:
        flag = one.name if one.name.startswith(("is_", "has_")) else f"is_{one.name}"
        one = dataclasses.replace(one, name=flag, type="boolean",   # "- insured?", "- approved? (yes/no)": a flag
                                  rest=re.sub(r"\((?:yes|y)\s*[/,|]\s*(?:no|n)\)", "", one.rest, flags=re.I).strip())
    return [one] + [dataclasses.replace(one, name=_snake(x.strip())) for x in (f.groupdict().get("more") or "").split(",")
                    if x.strip()]                # ("make, model: string": two fields of one type)


def _field(f):
    """A Column of one field line: its type when known, notes, the table a key names; a type that
    is a bare name no SQL type has ("customer: Customer") names a table, when there is one."""
    parts = f.groupdict()
    rest = trim_end(parts.get("rest") or parts.get("arrow") or parts.get("aligned") or parts.get("paren") or "", ",")
    fk = _ARROW.search(rest)
    kind = (rest[:fk.start()] if fk else rest).strip()
    kind = re.sub(r"^(decimal|numeric)\s+(\d+)\s*,\s*(\d+)\b", r"\1(\2,\3)", kind, flags=re.I)   # "decimal 10,2"
    values = _LISTED.match(kind) or CHOICES.fullmatch(kind) or (
        _SAID_CHOICES.fullmatch(kind) if STATUS_NAME.search(f.group("name").lower().replace(" ", "_")) and
        not _known(kind.split(",")[0].strip()) else None)   # ("- type: early, late or night")
    typed = None if values or kind.split(",")[0].strip().lower() in _WORD_NOTES else _TYPE.match(kind[:_TYPE_LENGTH])
    stated = _known(typed.group(0).strip()) if typed and len(typed.group(0)) < _TYPE_LENGTH else None
    tail = kind[values.end() if values else typed.end() if typed else 0:]
    listed = values and (values.groupdict().get("values") or values.groupdict().get("bracketed") or
                         values.groupdict().get("listed") or values.group(0))
    notes = ([re.sub(r"\s*[|/]\s*", ", ", listed)] if values else []) + re.findall(r"\(([^()]*)\)", tail) + \
        [x for x in re.split(r"[\s,]+", re.sub(r"\([^()]*\)", " ", tail)) if x.lower() in _WORD_NOTES]
    name = f.group("name").replace(" ", "_")
    if "pk" in " ".join(notes).lower().split() or re.search(r"\bprimary key\b", tail, re.I):
        name, natural = _primary(name)
        notes += ["unique"] if natural else []
    named = re.fullmatch(r"[A-Za-z_]\w*", kind) if typed and stated is None and not fk else None
    target = _snake(fk.group("table")) if fk else (_snake(kind) if named else None)
    return Column(_snake(name), " ".join(f"({n})" for n in notes), target,
                  None if target or stated is None else stated.lower())


# ----------------------------------------------------------------------- DBML
_DBML_TABLE = re.compile(r"^[ \t]*table[ \t]+(?P<name>[\w.\"]+)(?:[ \t]+as[ \t]+\w+)?[ \t]*(?:\[[^\]\n]*\])?[ \t]*\{"
                         r"(?P<body>[^{}]*)\}", re.I | re.M)
_DBML_ENUM = re.compile(r"^[ \t]*enum[ \t]+(?P<name>[\w.\"]+)[ \t]*\{(?P<body>[^{}]*)\}", re.I | re.M)
_DBML_REF = re.compile(r"^[ \t]*ref\b[^:\n]*:[ \t]*(?P<a>[\w.\"]+)\.(?P<ac>\w+)[ \t]*(?P<op><>|[<>-])[ \t]*"
                       r"(?P<b>[\w.\"]+)\.(?P<bc>\w+)[^\n]*$", re.I | re.M)
_DBML_COLUMN = re.compile(r"^\s*\"?(?P<name>\w+)\"?\s+(?P<type>\w+(?:\s*\([\d,\s]+\))?(?:\[\])?)"
                          r"\s*(?:\[(?P<settings>[^\]]*)\])?")
_SETTING_REF = re.compile(r"ref\s*:\s*(?P<op><>|[<>-])\s*(?P<table>[\w.\"]+)\.(?P<column>\w+)", re.I)


def _bare(name):
    return name.strip('"').rsplit(".", 1)[-1]


def _dbml(text):
    """DBML (dbdiagram.io): `Table users { id int [pk] … }`, `Enum status { … }`, `Ref: a.b > c.d`."""
    tables = list(_DBML_TABLE.finditer(text))
    if not tables:
        return text, []
    enums = {_bare(m.group("name")).lower(): [v.split("[")[0].strip().strip('"') for v in m.group("body").split("\n")
                                              if v.strip() and not v.strip().startswith("//")]
             for m in _DBML_ENUM.finditer(text)}
    out, extra = [], []
    for m in tables:
        columns = []
        for line in m.group("body").split("\n"):
            c = _DBML_COLUMN.match(line)
            if c is None or c.group("name").lower() in ("indexes", "note"):
                continue
            settings = (c.group("settings") or "").lower()
            ref = _SETTING_REF.search(settings)
            kind = c.group("type")
            notes = [n for n, yes in (("unique", "unique" in settings), ("required", "not null" in settings),
                                      ("nullable", re.search(r"(?<!not )\bnull\b", settings))) if yes]
            if kind.lower() in enums:
                notes.insert(0, ", ".join(enums[kind.lower()]))
            said = line.split("//", 1)[1].strip() if "//" in line else ""   # "status varchar // pending, paid, …"
            if not notes[:1] or kind.lower() not in enums:
                listed = [v.strip() for v in re.split(r"\s*(?:,|\||/|\bor\b)\s*", said) if v.strip()]
                if len(listed) >= 2 and all(re.fullmatch(r"[\w-]+(?: [\w-]+)?", v) for v in listed):
                    notes.insert(0, ", ".join(listed))
            name = c.group("name")
            if re.search(r"\bpk\b|primary key", settings):
                name, natural = _primary(name)
                notes += ["unique"] if natural else []
            target = None
            if ref and ref.group("op") in (">", "-"):
                target = _snake(_bare(ref.group("table")))
            elif ref and ref.group("op") == "<":      # the other table's column refers to this one
                extra.append(Table(_snake(_bare(ref.group("table"))), [Column(ref.group("column").lower(), "",
                                                                              _snake(_bare(m.group("name"))))], False))
            columns.append(Column(_snake(name), " ".join(f"({n})" for n in notes), target,
                                  None if target or kind.lower() in enums else _known(kind)))
        out.append(Table(_snake(_bare(m.group("name"))), columns))
    for r in _DBML_REF.finditer(text):
        many, col, one = (r.group("a"), r.group("ac"), r.group("b")) if r.group("op") in (">", "-") else \
            (r.group("b"), r.group("bc"), r.group("a"))
        extra.append(Table(_snake(_bare(many)), [Column(col.lower(), "", _snake(_bare(one)))], False))
    text = _DBML_ENUM.sub("\n", _DBML_REF.sub("\n", _DBML_TABLE.sub("\n", text)))
    return text, out + extra


# -------------------------------------------------------------------- Mermaid
_ER_START = re.compile(r"^[ \t]*erDiagram[ \t]*$", re.M)
_ER_LINK = re.compile(r"^[ \t]*(?P<a>[\w-]+)[ \t]+(?P<left>[|}o]{2})(?:--|\.\.)(?P<right>[|{o]{2})[ \t]+(?P<b>[\w-]+)"
                      r"[ \t]*(?::[^\n]*)?$", re.M)
_ER_BLOCK = re.compile(r"^[ \t]*(?P<name>[\w-]+)[ \t]*\{(?P<body>[^{}]*)\}", re.M)
_ER_FIELD = re.compile(r"^\s*(?P<type>[\w()\[\],]+)\s+(?P<name>[\w-]+)(?P<keys>(?:\s*,?\s*\b(?:PK|FK|UK)\b)*)", re.I)


def _mermaid(text):
    """A Mermaid `erDiagram`: `CUSTOMER ||--o{ ORDER : places` (the side with `{` is the many side
    and holds the key; both many is a table of pairs) and `ORDER { date placed_on }` blocks."""
    start = _ER_START.search(text)
    if start is None:
        return text, []
    tail = text[start.end():]
    out = []
    for m in _ER_BLOCK.finditer(tail):
        columns = []
        for line in m.group("body").split("\n"):
            f = _ER_FIELD.match(line)
            if f is None:
                continue
            keys = f.group("keys").upper()
            name = _snake(f.group("name").replace("-", "_"))
            if "PK" in keys and not ("FK" in keys and name.endswith("_id")):   # (a key that refers stays)
                name, natural = _primary(name)
                keys += " UK" if natural else ""
            columns.append(Column(name, "(unique)" if "UK" in keys else "", None,
                                  None if "FK" in keys else _known(f.group("type").lower())))
        out.append(Table(_name(m.group("name")), columns))
    for r in _ER_LINK.finditer(tail):
        a, b = _name(r.group("a")), _name(r.group("b"))
        out += [Table(a, [], False), Table(b, [], False)]           # (an entity with no block is one too)
        a_many, b_many = "}" in r.group("left"), "{" in r.group("right")
        optional = "o" in (r.group("left") if b_many else r.group("right"))
        note = "(nullable)" if optional and not (a_many and b_many) else ""
        if a_many and b_many:
            out.append(Table(f"{a}_{b}", [Column(f"{a}_id", "", a), Column(f"{b}_id", "", b)]))
        elif a_many:
            out.append(Table(a, [Column(f"{b}_id", note, b)], False))
        else:
            out.append(Table(b, [Column(f"{a}_id", note, a)], False))
    text = text[:start.start()] + _ER_BLOCK.sub("\n", _ER_LINK.sub("\n", tail))
    return text, out


def _name(entity):
    """A table name of a diagram's entity name ('LINE-ITEM', 'OrderLine')."""
    return _snake(entity.replace("-", "_")).replace("__", "_")


# ----------------------------------------------------------------------- JSON
_JSON_START = re.compile(r"^[ \t]*[{\[]", re.M)
_JSON_TRIES = 20
_FIELD_KEYS = ("fields", "columns", "attributes", "properties")


def _json(text):
    """A JSON object of entities and their fields: {"Book": {"isbn": "string unique", …}}, under a
    "tables"/"entities" key or as a list of {"name": …, "fields": …}."""
    decoder = json.JSONDecoder()
    for start in itertools.islice(_JSON_START.finditer(text), _JSON_TRIES):   # (a failed decode counts
        #                                                          the text's lines for its message)
        at = start.end() - 1
        try:
            value, end = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):            # (not JSON; "[[[[…" nested past the stack)
            continue
        tables = _json_tables(value)
        if tables:
            return text[:at] + "\n" + text[end:], tables
    return text, []


def _json_tables(value):
    if isinstance(value, dict) and len(value) == 1 and isinstance(next(iter(value.values())), (dict, list)) and \
            next(iter(value)).lower() in ("tables", "entities", "models", "schema"):
        value = next(iter(value.values()))
    if isinstance(value, list):
        value = {x.get("name"): next((x[k] for k in _FIELD_KEYS if k in x), None)
                 for x in value if isinstance(x, dict) and isinstance(x.get("name"), str)}
    if not isinstance(value, dict) or not value or not all(isinstance(v, (dict, list)) for v in value.values()):
        return []
    tables = []
    for name, fields in value.items():
        if isinstance(fields, dict) and any(k in fields for k in _FIELD_KEYS):
            fields = next(fields[k] for k in _FIELD_KEYS if k in fields)
        items = []
        if isinstance(fields, dict):
            items = [f"{k} {v}" if isinstance(v, str) else f"{k} {v.get('type', '')}" if isinstance(v, dict) else str(k)
                     for k, v in fields.items()]
        elif isinstance(fields, list):
            items = [x if isinstance(x, str) else f"{x.get('name', '')} {x.get('type', '')}" for x in fields
                     if isinstance(x, (str, dict))]
        columns = read_columns(items)
        if columns:
            tables.append(Table(_snake(str(name).replace(" ", "_")), columns))
    return tables
