"""Schema references: ``live:<ns>[,<ns>…]``, ``<design>[@<version>]`` or raw DDL -> model."""

import re

from . import catalog
from .ddl.naming import quote_ident
from .ddl.parse import parse_ddl
from .errors import AiSchemaError, UNDEFINED_OBJECT
from .model import Schema
from .sqlparser import check_text

_DESIGN = re.compile(r"^(?P<name>[^\s@;()'\"]+)(?:@(?P<version>\d+))?$")

DESIGN_MODEL = "SELECT model::text AS model FROM {ext}.ai_schema_designs WHERE name = %s"
VERSION_MODEL = ("SELECT model::text AS model FROM {ext}.ai_schema_versions "
                 "WHERE design_name = %s AND version_number = %s")


def design_ddl(reference, executor, extschema):
    """The DDL text of a design reference (for its suppression comments), or None."""
    match = _DESIGN.match((reference or "").strip())
    if not match or reference.strip().lower().startswith("live:"):
        return None
    rows = executor.query(f"SELECT ddl FROM {quote_ident(extschema)}.ai_schema_designs WHERE name = %s",
                          (match.group("name"),))
    return rows[0]["ddl"] if rows else None


def is_ddl(reference):
    """Is the reference DDL text (rather than live:<ns> or a design name)?"""
    text = (reference or "").strip()
    return not text.lower().startswith("live:") and not _DESIGN.match(text)


def resolve(reference, executor=None, extschema=None, what="schema reference"):
    """The model a reference points to."""
    check_text(reference, what)
    text = reference.strip()
    if text.lower().startswith("live:"):
        if executor is None:
            raise AiSchemaError("live: references need a database connection")
        return catalog.introspect(executor, catalog.parse_namespaces(text[5:]))
    match = _DESIGN.match(text)
    if match:
        if executor is None or extschema is None:
            raise AiSchemaError(f'no design named "{text[:63]}"', sqlstate=UNDEFINED_OBJECT,
                                hint="Designs are stored in the database; pass DDL text or live:<schema>.")
        ext = quote_ident(extschema)
        if match.group("version"):
            rows = executor.query(VERSION_MODEL.format(ext=ext), (match.group("name"), int(match.group("version"))))
        else:
            rows = executor.query(DESIGN_MODEL.format(ext=ext), (match.group("name"),))
        if not rows:
            raise AiSchemaError(f'no design named "{text[:63]}"', sqlstate=UNDEFINED_OBJECT,
                                hint="List designs with SELECT name FROM ai_schema_designs; "
                                     "use live:<schema> for a schema of this database, or pass DDL text.")
        return Schema.from_json(rows[0]["model"])
    return parse_ddl(text)

