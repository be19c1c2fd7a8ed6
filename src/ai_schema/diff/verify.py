"""Prove a plan on the server itself, changing nothing.

Everything happens inside blocks that are always rolled back. Both sides are
compared in their catalog form: each is built in a scratch namespace and read
back, so a view written ``SELECT id FROM users`` equals the server's own
``SELECT users.id FROM users``. Then the from side is built again, the up steps
run, and the namespace is read back and compared with the to side; the down steps
run and the result is compared with the from side. Steps that must run outside a
transaction run in their in-transaction form here (the catalog result is the
same). Extensions are compared by name only: the database may have them elsewhere.
Every statement of a design or a step runs as the powerless sandbox role (sandbox.py), never
with the caller's rights.
"""

import dataclasses
import secrets

from .. import catalog
from ..ddl.naming import quote_ident
from ..ddl.render import render_postgresql
from ..errors import AiSchemaError
from .compare import compare
from .sandbox import Sandbox


EXTENSION_SCHEMAS = ("SELECT DISTINCT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n "
                     "ON n.oid = e.extnamespace WHERE n.nspname <> 'pg_catalog' ORDER BY 1")
NAMESPACES = "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY(%s)"


def _differences(actual, expected):
    a = dataclasses.replace(actual, extensions=())
    b = dataclasses.replace(expected, extensions=())
    return [f"{c.kind} {c.name}: {c.action}" + (f" ({', '.join(sorted(c.fields))})" if c.fields else "")
            for c in compare(a, b)]


def _namespaces(*models):
    names = set()
    for model in models:
        names |= {n.name for n in model.namespaces}
        names |= {t.schema for t in model.tables if t.schema}
    return sorted(names)


class Scratch:
    """A namespace that exists only inside a rolled-back block."""

    def __init__(self, executor, others=()):
        self.executor = executor
        self.name = "ai_schema_scratch_" + secrets.token_hex(6)
        self.others = list(others)
        self.sandbox = None

    def build(self, model, also=()):
        """Create the model in the scratch namespace; types of extensions installed elsewhere (and of the
        namespaces named in also) resolve."""
        self.sandbox = self.sandbox or Sandbox(self.executor)
        self.executor.execute(f"CREATE SCHEMA {quote_ident(self.name)}")
        self.sandbox.grant(self.name)
        for namespace in also:           # types and sequences the model names there (undone with the block)
            self.sandbox.lend(namespace)
        path = [quote_ident(self.name)] + [quote_ident(n) for n in also]
        path += [quote_ident(r["nspname"]) for r in self.executor.query(EXTENSION_SCHEMAS)]
        self.executor.query("SELECT pg_catalog.set_config('search_path', %s, true)", (", ".join(path),))
        self.sandbox.run(render_postgresql(model))

    def run(self, sql):
        """A migration step on what build made, as the sandbox role."""
        self.sandbox.run(sql)

    def read(self):
        present = {r["nspname"] for r in self.executor.query(NAMESPACES, (self.others,))} if self.others else set()
        return catalog.introspect(self.executor, [self.name] + [n for n in self.others if n in present])

    def clean(self, message):
        return message.split("\n")[0].replace(self.name + ".", "").replace(self.name, "<scratch>")


def catalog_form(executor, model, what="schema"):
    """The model as the server stores it: built in a scratch namespace and read back."""
    scratch = Scratch(executor, _namespaces(model))
    try:
        with executor.rolled_back():
            scratch.build(model)
            return scratch.read()
    except AiSchemaError:
        raise
    except Exception as exc:                 # the DDL does not apply: say so, the block is rolled back
        raise AiSchemaError(f"the {what} does not apply on this server: {scratch.clean(str(exc))}",
                            hint="Fix the DDL (it is built in a scratch schema that is rolled back).")


def prove(executor, old, new, up, down, precommitted=None):
    """{"verified": bool or None, "up_differences": […], "down_differences": […], "error": …}.

    ``precommitted`` names enums whose new values up adds outside a transaction and then uses:
    PostgreSQL refuses such a value in the transaction that added it, so the from side is built
    with the values already there (the ADD VALUE IF NOT EXISTS steps are then no-ops)."""
    result = {"verified": False, "up_differences": [], "down_differences": [], "error": None}
    others = _namespaces(old, new)
    taken = [r["nspname"] for r in executor.query(NAMESPACES, (others,))] if others else []
    if taken:
        result.update(verified=None, error=f"not verified: schema {', '.join(taken)} already exists in this "
                                           "database, and verification builds both sides from scratch")
        return result
    try:
        expected = catalog_form(executor, new, "to side")
        before = catalog_form(executor, old, "from side") if precommitted else None
    except AiSchemaError as exc:
        result["error"] = exc.message
        return result
    start = old
    if precommitted:
        start = dataclasses.replace(old, enums=tuple(precommitted.get((e.schema, e.name), e) for e in old.enums))
    scratch = Scratch(executor, others)
    stage = "building the from side"
    try:
        with executor.rolled_back():
            scratch.build(start)
            before = before or scratch.read()
            stage = "running up"
            for step in up:
                scratch.run(step.fallback or step.sql)
            result["up_differences"] = _differences(scratch.read(), expected)
            stage = "running down"
            for step in down:
                scratch.run(step.fallback or step.sql)
            result["down_differences"] = _differences(scratch.read(), before)
    except Exception as exc:                 # a database error: report it, the block is rolled back
        result["error"] = f"{stage}: {scratch.clean(str(exc))}"
        return result
    result["verified"] = not result["up_differences"] and not result["down_differences"]
    return result
