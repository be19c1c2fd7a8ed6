"""Identifier quoting and PostgreSQL's own choice of default object names.

Unnamed constraints, indexes and serial sequences get the names the server
would give them (makeObjectName / ChooseRelationName in PostgreSQL's
indexcmds.c), so a model read from DDL equals the one read back from the
catalog after the DDL is applied.
"""

import re

from ..sqlparser import keywords

UNRESERVED_KEYWORDS, COL_NAME_KEYWORDS = keywords.UNRESERVED_KEYWORDS, keywords.COL_NAME_KEYWORDS
RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS = keywords.RESERVED_KEYWORDS, keywords.TYPE_FUNC_NAME_KEYWORDS

NAMEDATALEN = 64
# column names that hold the tenant a row belongs to (lint, partitioning, denormalization, RLS exports)
TENANT_COLUMNS = ("tenant_id", "organization_id", "organisation_id", "org_id", "account_id", "workspace_id")
# column names that hold one of a closed set of states (a MIME content_type is free text, not a
# state): the linter wants their values listed, the generator gives them a code CHECK when the text
# lists none
STATUS_NAME = re.compile(r"(^|_)(status|state|stage|kind|(?<!content_)(?<!mime_)(?<!media_)type|role|level|priority|"
                         r"category)$")
_PLAIN = re.compile(r"^[a-z_][a-z0-9_$]*$")
_KEYWORDS = (set(RESERVED_KEYWORDS) | set(COL_NAME_KEYWORDS) | set(TYPE_FUNC_NAME_KEYWORDS)) - set(UNRESERVED_KEYWORDS)


def quote_ident(name):
    """PostgreSQL's quote_ident: quote only when needed."""
    if _PLAIN.match(name) and name not in _KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


_QUOTED = re.compile(r'"((?:[^"]|"")*)"')


def key_column(key):
    """The column an index key's canonical text names ('"authorId"' -> authorId, 'email' -> email);
    any other key (an expression, 'created_at DESC') as it is."""
    found = _QUOTED.fullmatch(key) if key[:1] == '"' else None
    return found.group(1).replace('""', '"') if found else key


def qualified(name, schema=None):
    return f"{quote_ident(schema)}.{quote_ident(name)}" if schema else quote_ident(name)


_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")


def comment_safe(text):
    """Text for a `-- …` line: a name with a newline would end the comment and the rest would run
    as SQL, so control characters are shown escaped (\\n, \\x1b) instead."""
    return _CONTROL.sub(lambda m: {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(m.group(), f"\\x{ord(m.group()):02x}"),
                        str(text))


def quote_literal(text):
    if "\\" in text:
        return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + text.replace("'", "''") + "'"


def _clip(name, nbytes):
    """Cut a name to at most nbytes of UTF-8 without splitting a character."""
    raw = name.encode("utf-8")[:nbytes]
    return raw.decode("utf-8", "ignore")


def make_object_name(name1, name2, label):
    """makeObjectName(): name1_name2_label truncated to fit NAMEDATALEN - 1 bytes."""
    n1 = len(name1.encode("utf-8"))
    n2 = len(name2.encode("utf-8")) if name2 else 0
    overhead = (1 if name2 else 0) + (len(label) + 1 if label else 0)
    avail = NAMEDATALEN - 1 - overhead
    if n1 + n2 <= avail:                      # (most names: nothing to cut)
        return "_".join([part for part in (name1, name2, label) if part])
    while n1 + n2 > avail:
        if n1 > n2:
            n1 -= 1
        else:
            n2 -= 1
    result = _clip(name1, n1)
    if name2:
        result += "_" + _clip(name2, n2)
    if label:
        result += "_" + label
    return result


def column_part(columns):
    """ChooseIndexNameAddition(): column names joined by '_', capped like the server."""
    buf = ""
    for name in columns:
        if buf:
            buf += "_"
        buf += name
        if len(buf.encode("utf-8")) >= NAMEDATALEN:
            break
    return _clip(buf, NAMEDATALEN - 1)


class NameChooser:
    """Chooses unused names in one namespace, the way the server would."""

    def __init__(self):
        self.relations = set()
        self.constraints = set()

    def choose(self, name1, name2, label, constraint=False, relation=True):
        passno = 0
        modlabel = label
        while True:
            name = make_object_name(name1, name2, modlabel)
            taken = (relation and name in self.relations) or (constraint and name in self.constraints)
            if not taken:
                return name
            passno += 1
            modlabel = f"{label}{passno}"

    def take_relation(self, name):
        self.relations.add(name)

    def take_constraint(self, name):
        self.constraints.add(name)
