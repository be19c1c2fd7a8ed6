"""Apply a design to a namespace, roll it back to a version, branch and merge designs.

Apply plans with the migration engine from the live namespace to the design and
runs the steps in one subtransaction (the in-transaction form of each step, since a
function runs inside the caller's transaction), under lock_timeout and
statement_timeout. A failure leaves the database as it was and is recorded. A dry
run never runs the design's statements with the caller's rights: the steps run on a copy of
the target's definitions built in a rolled-back scratch schema by the sandbox role (no rows
are copied, so failures that depend on data show only in a real apply). Designs that require
approval are applied only as approved (see approvals.py).
"""

import contextlib
import json

from . import approvals, merge
from .. import refs
from ..ddl.naming import quote_ident
from ..ddl.render import render_postgresql
from ..diff.migration import check_options as migration_options
from ..diff.verify import Scratch
from ..errors import AiSchemaError, INVALID_PARAMETER
from ..options import json_object, reject_unknown
from .review import review, target_namespace
from .store import Store

APPLY_OPTIONS = ("target_schema", "safe", "renames", "lock_timeout", "statement_timeout")
STRATEGIES = ("auto", "manual", "theirs", "ours")


LOCK_NOT_AVAILABLE = "55P03"   # a lock_timeout (or NOWAIT) ran out


@contextlib.contextmanager
def _settings(executor, **values):
    """Transaction-local settings for a block, put back after it: the caller's transaction goes on."""
    names = sorted(values)
    saved = executor.query("SELECT " + ", ".join(f"pg_catalog.current_setting(%s) AS s{i}" for i in range(len(names))),
                           tuple(names))[0]
    try:
        for name in names:
            executor.query("SELECT pg_catalog.set_config(%s, %s, true)", (name, values[name]))
        yield
    finally:
        for i, name in enumerate(names):
            executor.query("SELECT pg_catalog.set_config(%s, %s, true)", (name, saved[f"s{i}"]))


def _run(executor, statements, target, options):
    """Run statements in the target namespace, atomically; the first error, or None."""
    try:
        with _settings(executor, lock_timeout=options["lock_timeout"], statement_timeout=options["statement_timeout"]):
            with executor.atomic():
                executor.query("SELECT pg_catalog.set_config('search_path', %s, true)", (quote_ident(target),))
                for sql in statements:
                    executor.execute(sql)
    except Exception as exc:                      # a database error: the block is rolled back
        if getattr(exc, "sqlstate", None) == LOCK_NOT_AVAILABLE:
            return (f"another session holds a lock on a table of schema {target} (waited {options['lock_timeout']}); "
                    "nothing was changed: retry, or allow a longer wait with options->>'lock_timeout'")
        return str(exc).split("\n")[0]
    return None


def _execute(store, executor, design, version, target, state, action, options, dry_run, extra=None):
    """Run (or simulate) a reviewed plan, record the deployment and the audit entry, return the report."""
    steps = state["impact"]["statements"]
    statements = [_in_transaction(s["sql"]) for s in steps]
    committed_first = [s["sql"] for s in steps if not s["transactional"] and " ADD VALUE " in s["sql"]]
    if committed_first:
        raise AiSchemaError(
            "this plan adds an enum value and then uses it, which PostgreSQL allows only after the value is "
            f"committed: {committed_first[0][:120]}", sqlstate="55000",
            hint="Run the up script of ai_generate_migration in psql (it commits the value first), or add the "
                 "value in one apply and use it in the next.")
    if not statements:
        error = None
    elif dry_run:
        error = _dry_run(executor, statements, state["live"])
    else:
        error = _run(executor, statements, target, options)
    report = {"design": design, "version": version, "target_schema": target, "action": action,
              "dry_run": dry_run, "applied": not dry_run and error is None, "error": error,
              "statements": statements, **state["changes"], "hazards": state["hazards"],
              "risk_level": state["impact"]["risk_level"], **(extra or {})}
    if not statements:
        report["note"] = f"schema {target} already matches: nothing to do"
    status = "simulated" if dry_run else ("failed" if error else "applied")
    store.record_deployment(design, version, target, "dry_run" if dry_run else action, status, report)
    return report                                 # (the audit entry follows from the deployment row)


def _in_transaction(sql):
    """The form of a step that runs inside the caller's transaction (a function cannot leave it)."""
    return sql.replace(" INDEX CONCURRENTLY ", " INDEX ", 1)


def _dry_run(executor, statements, live):
    """The steps on a scratch copy of the target, as the sandbox role; the first error, or None."""
    scratch = Scratch(executor)
    try:
        with executor.rolled_back():
            scratch.build(live)
            for sql in statements:
                scratch.run(sql)
    except AiSchemaError as exc:
        return exc.message
    except Exception as exc:                      # a database error: the block is rolled back
        return scratch.clean(str(exc))
    return None


def _serialize(executor, keys, lock_timeout):
    """Wait (at most lock_timeout) for the transaction-long advisory locks of a target schema and of
    designs, in one order (no deadlock between two callers): a second caller then plans against
    the state the first one left."""
    try:
        with _settings(executor, lock_timeout=lock_timeout):
            for key in sorted(set(keys)):
                executor.query("SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(%s, 0)) AS ok",
                               ("ai_schema " + key,))
    except Exception as exc:
        if getattr(exc, "sqlstate", None) != LOCK_NOT_AVAILABLE:
            raise
        raise AiSchemaError("another session is changing the same schema or design: waited " + lock_timeout,
                            sqlstate=LOCK_NOT_AVAILABLE, hint="Retry in a moment (it may then have nothing to do), "
                                                              "or allow a longer wait with options->>'lock_timeout'.") from None


def _options(options):
    opts = json_object(options, '{"target_schema": "app"}')
    reject_unknown(opts, APPLY_OPTIONS)
    checked = migration_options({k: v for k, v in opts.items() if k != "target_schema"}, live=False)
    return opts, checked


def apply(executor, extschema, name, dry_run, options, caller_schema):
    """ai_apply_schema: bring a namespace to a design (or simulate it)."""
    store = Store(executor, extschema)
    opts, checked = _options(options)
    target = target_namespace(executor, opts, caller_schema)
    if not dry_run:
        _serialize(executor, ["design " + name, "target " + target], checked["lock_timeout"])
    design = store.design(name)
    state = review(executor, design["model"], design["ddl"], target,
                   {k: v for k, v in opts.items() if k != "target_schema"})
    if not dry_run:
        approvals.gate(store, design, target, state)
    return _execute(store, executor, name, design["version"], target, state, "apply", checked, dry_run)


def rollback(executor, extschema, name, target_version, reason):
    """ai_rollback_schema: apply the down path to a version (a number of this design, or any
    schema reference), then make that DDL the design's newest version."""
    store = Store(executor, extschema)
    target = store.last_target(name)
    checked = migration_options({}, live=False)
    _serialize(executor, ["design " + name] + (["target " + target] if target else []), checked["lock_timeout"])
    design = store.design(name)
    text = (target_version or "").strip()
    if text.isdigit():
        ddl, model = store.version(name, int(text))
        label = f"version {text}"
    else:
        ref = refs.Reference(text, executor, extschema, "target_version")
        model, ddl = ref.model(), ref.ddl()
        if ddl is None:
            ddl = render_postgresql(model)
        label = text[:63]
    if target is None:
        raise AiSchemaError(f'design "{name[:63]}" has never been applied', sqlstate="55000",
                            hint="ai_rollback_schema undoes an ai_apply_schema; apply the design first.")
    state = review(executor, model, ddl, target)
    # the same gate as apply: under review, a rollback runs only a DDL the approvers approved
    approvals.gate(store, dict(design, ddl=ddl, model=model), target, state)
    report = _execute(store, executor, name, design["version"], target, state, "rollback", checked, False,
                      {"rolled_back_to": label, "reason": reason})
    if report["applied"]:
        report["version"] = store.update_design(name, ddl, f"rollback to {label}: {reason or 'no reason given'}")
    return report


def create_branch(executor, extschema, base, branch, description):
    """ai_create_schema_branch: a new design that starts as the base design's active version."""
    store = Store(executor, extschema)
    source = store.design(base, "base_schema")
    if not isinstance(branch, str) or not branch.strip():
        raise AiSchemaError("branch_name must not be empty", hint="For example 'feature/add-media'.")
    store.create_design(branch, source["ddl"], description, source["platform"], source["requires_approval"])
    store.create_branch(branch, base, source["version"], description)
    return {"branch": branch, "base_schema": base, "base_version": source["version"]}


def merge_branch(executor, extschema, branch, target, strategy):
    """ai_merge_schema_branch: a three-way merge of the branch into a design (base = the branch point)."""
    store = Store(executor, extschema)
    strategy = (strategy or "auto").strip().lower()
    _serialize(executor, ["design " + branch, "design " + target], migration_options({}, live=False)["lock_timeout"])
    if strategy not in STRATEGIES:
        raise AiSchemaError(f"unknown strategy {strategy[:20]!r}", hint="Strategies: " + ", ".join(STRATEGIES) + ".",
                            sqlstate=INVALID_PARAMETER)
    info = store.branch(branch)
    _, base = store.version(info["base_design"], info["base_version"])
    ours = store.design(target, "target_schema")
    theirs = store.design(branch, "branch_name")
    result = merge.three_way(base, ours["model"], theirs["model"], strategy if strategy in ("ours", "theirs") else None)
    report = {"branch": branch, "target_schema": target, "strategy": strategy, "conflicts": result.conflicts,
              "changes": result.changes, "merged": False}
    if result.conflicts and strategy == "auto":
        raise AiSchemaError(
            f"{len(result.conflicts)} conflict(s) merging {branch[:63]} into {target[:63]}: "
            + "; ".join(c["object"] for c in result.conflicts[:10]),
            hint="Both sides changed these objects differently: merge with strategy 'ours' or 'theirs', or "
                 "'manual' to see the report, then edit the design.", sqlstate="55000",
            detail=json.dumps(result.conflicts[:50]))
    if strategy == "manual" or not result.changes:
        report["note"] = "nothing merged: manual strategy" if strategy == "manual" else "nothing to merge"
        return report
    report["version"] = store.update_design(target, render_postgresql(result.model), f"merge of branch {branch}")
    report["merged"] = True
    store.mark_merged(branch, target)
    return report

