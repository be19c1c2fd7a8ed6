"""Schema references: ``live:<ns>[,<ns>…]``, ``<design>[@<version>]`` or raw DDL -> model."""

import re

from . import catalog
from .ddl.naming import quote_ident
from .ddl.parse import parse_ddl
from .errors import AiSchemaError, UNDEFINED_OBJECT
from .model import Schema
from .sqlparser import check_text

_DESIGN = re.compile(r"^(?P<name>[^\s@;()'\"]+)(?:@(?P<version>\d+))?$")

DESIGN_MODEL = "SELECT model::text AS model, ddl FROM {ext}.ai_schema_designs WHERE name = %s"
VERSION_MODEL = ("SELECT model::text AS model, ddl FROM {ext}.ai_schema_versions "
                 "WHERE design_name = %s AND version_number = %s")


def is_ddl(reference):
    """Is the reference DDL text (rather than live:<ns> or a design name)?"""
    text = (reference or "").strip()
    return not text.lower().startswith("live:") and not _DESIGN.match(text)


def is_live(reference):
    return (reference or "").strip().lower().startswith("live:")


def live_namespaces(reference):
    """The namespaces a live:<ns>[,<ns>…] reference names (the first is the target)."""
    return catalog.parse_namespaces(reference.strip()[5:])


def namespace(reference):
    """The schema of this database a function works in: 'live:app' or plain 'app' -> 'app'."""
    return live_namespaces(reference)[0] if is_live(reference) else reference


def resolve(reference, executor=None, extschema=None, what="schema reference"):
    """The model a reference points to."""
    return resolve_with_text(reference, executor, extschema, what)[0]


def resolve_with_text(reference, executor=None, extschema=None, what="schema reference"):
    """(model, DDL text) of a reference: the text is the design's (or that version's) DDL or the
    DDL given, and None for live schemas. The text carries comments the model drops."""
    check_text(reference, what)
    text = reference.strip()
    if is_live(text):
        if executor is None:
            raise AiSchemaError("live: references need a database connection")
        return catalog.introspect(executor, live_namespaces(text)), None
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
        return Schema.from_json(rows[0]["model"]), rows[0]["ddl"]
    return parse_ddl(text), text



NAMESPACE_EXISTS = "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s"


def _ambiguous(name):
    return AiSchemaError(f'"{name[:63]}" names both a stored design and a schema of this database',
                         sqlstate="42725", hint=f"Write live:{name[:63]} for the schema, or {name[:63]}@<version> "
                                                "for a version of the design.")


def _is_design(executor, extschema, name):
    """Whether a design has this name, for a caller who may read designs (else none shadows anything)."""
    if not extschema:
        return False
    table = f"{quote_ident(extschema)}.ai_schema_designs"
    if not executor.query("SELECT pg_catalog.has_table_privilege(%s, 'SELECT') AS ok", (table,))[0]["ok"]:
        return False
    return bool(executor.query(DESIGN_MODEL.format(ext=quote_ident(extschema)), (name,)))


def resolve_design_or_schema(reference, executor, extschema, what="schema_name"):
    """(model, live namespace or None): a plain name is a design or a schema of this database, and an
    error when it is both (neither silently shadows the other); live:<ns>, design@N and DDL as in
    resolve()."""
    check_text(reference, what)
    text = reference.strip()
    if is_live(text):
        namespaces = live_namespaces(text)
        return catalog.introspect(executor, namespaces), namespaces[0]
    match = _DESIGN.match(text)
    if match and not match.group("version"):
        design = _is_design(executor, extschema, text)
        schema = bool(executor.query(NAMESPACE_EXISTS, (text,)))
        if design and schema:
            raise _ambiguous(text)
        if schema:
            return catalog.introspect(executor, [text]), text
    return resolve(text, executor, extschema, what), None


def live_schema(reference, executor, extschema, what="schema_name"):
    """The namespace of a function that works on live rows ('live:app' or plain 'app'); a plain name
    that is also a design's is an error rather than a silent choice."""
    check_text(reference, what)
    text = reference.strip()
    if not is_live(text) and executor is not None and _is_design(executor, extschema, text) and \
            executor.query(NAMESPACE_EXISTS, (text,)):
        raise _ambiguous(text)
    return namespace(text)
