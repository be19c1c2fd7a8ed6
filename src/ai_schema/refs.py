"""Schema references, resolved in one place.

A function that takes a schema argument accepts three kinds of reference:

- ``live:<ns>[,<ns>…]`` — schemas of this database, read from the catalog (the first is the target);
- ``<design>`` or ``<design>@<version>`` — a stored design, or one of its versions;
- anything else — DDL text, parsed.

A plain name (``app``) is the one reference that can mean two things. What it means is the
*policy* of the function asking, named once here:

- ``DESIGN``: a design (functions that read a model: lint, diff, render);
- ``EITHER``: a design or a schema of this database, and an error when it is both — neither silently
  shadows the other (advice, exports, the table list);
- ``SCHEMA``: a schema of this database, and an error when a design has the same name (functions
  that work on live rows: sample data, load tests, index advice).

:class:`Reference` decides the kind once and reads the model only when asked, so a function that
needs just a namespace never introspects.
"""

import importlib
import re

from .ddl.naming import quote_ident
from .ddl.parse import parse_ddl
from .errors import AiSchemaError, UNDEFINED_OBJECT
from .model import Schema
from .sqlparser import check_text

DESIGN, EITHER, SCHEMA = "design", "either", "schema"

_DESIGN = re.compile(r"^(?P<name>[^\s@;()'\"]+)(?:@(?P<version>\d+))?$")

DESIGN_MODEL = "SELECT model::text AS model, ddl FROM {ext}.ai_schema_designs WHERE name = %s"
VERSION_MODEL = ("SELECT model::text AS model, ddl FROM {ext}.ai_schema_versions "
                 "WHERE design_name = %s AND version_number = %s")
NAMESPACE_EXISTS = "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s"


def is_ddl(reference):
    """Is the reference DDL text (rather than live:<ns> or a design name)? Needs no connection."""
    text = (reference or "").strip()
    return not is_live(text) and not _DESIGN.match(text)


def is_live(reference):
    return (reference or "").strip().lower().startswith("live:")


class Reference:
    """What one schema argument names, under a policy for plain names (see the module's text).

    kind: "live", "design" or "ddl"; namespaces: the live schemas (target first), else None."""

    def __init__(self, reference, executor=None, extschema=None, what="schema reference", plain=DESIGN):
        check_text(reference, what)
        self.text, self.executor, self.extschema, self.what = reference.strip(), executor, extschema, what
        self.namespaces = None
        self._model = self._ddl = None
        match = _DESIGN.match(self.text)
        if is_live(self.text):
            self.kind, self.namespaces = "live", _catalog().parse_namespaces(self.text[5:])
        elif not match:
            self.kind = "ddl"
        elif match.group("version") or plain == DESIGN:
            self.kind = "design"
        else:
            self.kind = self._plain_name(plain) if executor is not None else "live" if plain == SCHEMA else "design"
            if self.kind == "live":
                self.namespaces = [self.text]
        self._match = match

    def _plain_name(self, plain):
        """'live' or 'design' for a plain name under EITHER or SCHEMA; an error when it is both."""
        design = _is_design(self.executor, self.extschema, self.text)
        schema = plain == SCHEMA and not design or bool(self.executor.query(NAMESPACE_EXISTS, (self.text,)))
        if design and schema:
            raise AiSchemaError(f'"{self.text[:63]}" names both a stored design and a schema of this database',
                                sqlstate="42725",
                                hint=f"Write live:{self.text[:63]} for the schema, or {self.text[:63]}@<version> "
                                     "for a version of the design.")
        return "live" if schema or plain == SCHEMA else "design"

    @property
    def namespace(self):
        """The target schema of a live reference, else None."""
        return self.namespaces[0] if self.namespaces else None

    def live_namespace(self):
        """The target schema, for functions that work on live rows; an error for a design or DDL text."""
        if self.namespace is None:
            raise AiSchemaError(f"{self.what} must name a schema of this database", sqlstate="42P01",
                                hint="Pass the schema's name or live:<schema>; designs and DDL text have no rows.")
        return self.namespace

    def model(self):
        """The model it names (read once)."""
        if self._model is None:
            self._model, self._ddl = self._read()
        return self._model

    def ddl(self):
        """The DDL text behind it (a design's or the text given; None for live schemas): it carries the
        comments the model drops."""
        self.model()
        return self._ddl

    def _read(self):
        if self.kind == "live":
            if self.executor is None:
                raise AiSchemaError("live: references need a database connection", sqlstate="08001",
                                    hint="Connect first, or pass DDL text.")
            return _catalog().introspect(self.executor, self.namespaces), None
        if self.kind == "ddl":
            return parse_ddl(self.text), self.text
        return self._design()

    def _design(self):
        if self.executor is None or self.extschema is None:
            raise AiSchemaError(f'no design named "{self.text[:63]}"', sqlstate=UNDEFINED_OBJECT,
                                hint="Designs are stored in the database; pass DDL text or live:<schema>.")
        ext = quote_ident(self.extschema)
        name, version = self._match.group("name"), self._match.group("version")
        if version:
            rows = self.executor.query(VERSION_MODEL.format(ext=ext), (name, int(version)))
        else:
            rows = self.executor.query(DESIGN_MODEL.format(ext=ext), (name,))
        if not rows:
            raise AiSchemaError(f'no design named "{self.text[:63]}"', sqlstate=UNDEFINED_OBJECT,
                                hint="List designs with SELECT name FROM ai_schema_designs; "
                                     "use live:<schema> for a schema of this database, or pass DDL text.")
        return Schema.from_json(rows[0]["model"]), rows[0]["ddl"]



def _is_design(executor, extschema, name):
    """Whether a design has this name, for a caller who may read designs (else none shadows anything)."""
    if not extschema:
        return False
    table = f"{quote_ident(extschema)}.ai_schema_designs"
    if not executor.query("SELECT pg_catalog.has_table_privilege(%s, 'SELECT') AS ok", (table,))[0]["ok"]:
        return False
    return bool(executor.query(DESIGN_MODEL.format(ext=quote_ident(extschema)), (name,)))


def _catalog():
    """The catalog reader, imported when a live reference is read (a command on DDL files never is)."""
    return importlib.import_module("ai_schema.catalog")
