"""Schemas a person already wrote in another language: SQL `CREATE TABLE` statements, Prisma
`model X { … }` blocks, and entity blocks (a name, then indented `field: type` lines).

They are designs, not prose: read as English, `numeric(12,2)` and `@relation(...)` are noise and
the design is lost. Each is taken out of the text and turned into technical.py's column lists
(one Table per table, each column with its exact type, nullability, uniqueness, values and the
table a foreign key names); the rest of the text is read as usual.
"""

import re

from .field_names import type_words
from .technical import Column, Table, trim_end

_CREATE = re.compile(r"\bcreate\s+(?:(?:global\s+|local\s+)?(?:temp|temporary)\s+|unlogged\s+)?table\s+"
                     r"(?:if\s+not\s+exists\s+)?", re.I)
# what a statement's scan stops at: a new CREATE TABLE, a parenthesis, a quote, a semicolon
_MARKS = re.compile(_CREATE.pattern + r"|[()';]", re.I)
_NAME_LENGTH = 200                                  # from CREATE TABLE to its "(": a qualified name
_IN_LIST = re.compile(r"^\(?\s*\(?(?P<column>\w+)\)?(?:::\w+)?\s*=\s*ANY\s*\(\s*ARRAY\s*\[(?P<values>[^\]]*)\]", re.I)
_CHECK_IN = re.compile(r"^\(?\s*(?P<column>\w+)\s+IN\s*\((?P<values>[^)]*)\)\s*\)?$", re.I)


def _known(sql_type):
    """The type as written when it is one the generator knows to exist on any server (a type
    another statement would have to create — an enum, a domain — or a typo is not), else None: the
    column is then typed from its name, and the design applies."""
    known = type_words(f"({sql_type})") if sql_type else None
    if known and sql_type.lower() in ("datetime", "string"):
        return known                                 # another system's spelling ("datetime": timestamptz)
    return sql_type if known else None


def split(text):
    """(text without the schemas it holds, [Table])."""
    tables = []
    for reader in (_sql, _prisma, _blocks):
        text, found = reader(text)
        tables += found
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
        return text, []                             # not SQL after all: read as prose
    for a, b in reversed(spans):
        text = text[:a] + "\n" + text[b:]
    return text, [_table_of(t) for t in schema.tables]


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


def _prisma(text):
    models = list(_MODEL.finditer(text))
    if not models:
        return text, []
    names = {m.group("name").lower() for m in models}
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
            column = _snake(name)
            target = keys.get(name)
            if "@id" in rest:
                column = "id"
            columns.append(Column(column, " ".join(f"({n})" for n in notes), _snake(target) if target else None,
                                  None if target else sql + ("[]" if kind.endswith("[]") else "")))
        tables.append(Table(_snake(m.group("name")), columns))
    return _MODEL.sub("\n", text), tables


def _snake(name):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


# ------------------------------------------------------------ entity blocks
_BLOCK_NAME = re.compile(r"^(?:(?:entity|table|model|class|object|resource|record)\s*:\s*)?"   # ("Entity: Course")
                         r"(?P<name>[A-Za-z_][A-Za-z0-9_ ]{0,40}?)\s*:?\s*$", re.I)
_FIELD = re.compile(r"^[ \t]+(?:[-*+]\s+)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*(?P<rest>\S.*)|(?P<arrow>(?:->|→)\s*\S.*))$")
_TYPE = re.compile(r"[A-Za-z][\w ]*?(?:\(\s*\d+\s*(?:,\s*\d+\s*)?\))?(?:\[\])?(?=\s*(?:,|\(|$|unique\b|nullable\b|"
                   r"optional\b|null\b|not\b|required\b))", re.I)
_TYPE_LENGTH = 80                                   # no type is longer; _TYPE's lookahead rescans spaces
_ARROW = re.compile(r"(?:->|→|\bfk\b\s*(?:->|to)?|\breferences\b)\s*(?P<table>[A-Za-z_]\w*)", re.I)


def _blocks(text):
    """'Author' then indented 'id: uuid (pk)', 'orcid: varchar(19), unique' lines: a table."""
    lines = text.split("\n")
    tables, keep, i = [], [], 0
    while i < len(lines):
        line = lines[i].rstrip()                    # (a name is short: the pattern never sees a long line)
        head = _BLOCK_NAME.match(line) if line[:1] not in (" ", "\t") and len(line) <= 45 else None
        j = i + 1
        while head and j < len(lines) and _FIELD.match(lines[j]):
            j += 1
        if head is None or j - i < 3:
            keep.append(lines[i])
            i += 1
            continue
        columns = []
        for line in lines[i + 1:j]:
            f = _FIELD.match(line)
            rest = trim_end(f.group("rest") or f.group("arrow"), ",")     # ("user_id -> User.id")
            fk = _ARROW.search(rest)
            kind = (rest[:fk.start()] if fk else rest).strip()
            values = re.match(r"enum\s*\((?P<values>[^)]*)\)", kind, re.I)
            typed = None if values else _TYPE.match(kind[:_TYPE_LENGTH])
            stated = _known(typed.group(0).strip()) if typed and len(typed.group(0)) < _TYPE_LENGTH else None
            tail = kind[values.end() if values else typed.end() if typed else 0:]
            notes = ([values.group("values")] if values else []) + re.findall(r"\(([^)]*)\)", tail) + \
                [x for x in re.split(r"[\s,]+", re.sub(r"\([^)]*\)", " ", tail)) if x.lower() in
                 ("unique", "nullable", "optional", "null", "required")]
            name = "id" if f.group("name") == "id" or "pk" in " ".join(notes).lower().split() else f.group("name")
            columns.append(Column(_snake(name), " ".join(f"({n})" for n in notes),
                                  _snake(fk.group("table")) if fk else None,
                                  None if fk or stated is None else stated.lower()))
        tables.append(Table(_snake(head.group("name").strip().replace(" ", "_")), columns))
        keep.append("")
        i = j
    return "\n".join(keep), tables
