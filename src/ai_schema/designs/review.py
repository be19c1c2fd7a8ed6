"""What applying a design to a namespace means right now: the plan, its hazards, and the
hashes an approval binds to (the design's DDL, the plan, the live schema)."""

from .. import catalog
from ..diff import compare
from ..diff.migration import generate
from ..errors import AiSchemaError, UNDEFINED_SCHEMA
from .store import digest

NAMESPACE_EXISTS = "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s"
CAN_BUILD = "SELECT pg_catalog.has_database_privilege(pg_catalog.current_database(), 'CREATE') AS ok"


def target_namespace(executor, options, caller_schema):
    target = options.get("target_schema") or caller_schema
    if not isinstance(target, str) or not target:
        raise AiSchemaError("option target_schema must name a schema", hint='For example {"target_schema": "app"}.')
    if not executor.query(NAMESPACE_EXISTS, (target,)):
        raise AiSchemaError(f'schema "{target[:63]}" does not exist', sqlstate=UNDEFINED_SCHEMA,
                            hint="Create it first (CREATE SCHEMA …) or name another with options->>'target_schema'.")
    return target


def review(executor, model, ddl, target, options=None):
    """What applying a model to a namespace means now.

    Two plans: the one an approval binds to (hash and hazards) is planned without building
    anything, so every role computes the same one; the one apply runs has the design put in
    the server's catalog form first (so unchanged views are left alone), when the role may
    create the scratch schema that takes."""
    live = catalog.introspect(executor, [target])
    rows = catalog.row_estimates(executor, [target])
    opts = {**{k: v for k, v in (options or {}).items() if k != "target_schema"}, "verify": False}
    up, _, bound = generate(live, model, opts, None, rows, (True, False))
    impact = bound
    if executor.query(CAN_BUILD)[0]["ok"]:
        _, _, impact = generate(live, model, opts, executor, rows, (True, False), target)
    live_json = live.dumps()
    return {"live": live, "impact": impact, "plan": [s["sql"] for s in bound["statements"]],
            "hazards": sorted({h["hazard"] for h in bound["hazards"] if h.get("hazard")}),
            "ddl_hash": digest(ddl), "plan_hash": digest(up), "live_hash": digest(live_json),
            "live_model": live_json, "changes": _changes(live, model)}


def _changes(live, model):
    """What the plan would create, alter and drop, by object."""
    out = {"create": [], "alter": [], "drop": []}
    for c in compare(live, model):
        out[{"add": "create", "alter": "alter", "drop": "drop"}[c.action]].append(f"{c.kind} {c.name}")
    return out
