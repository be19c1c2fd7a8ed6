"""Multi-approver review of designs, bound to what was reviewed.

An approval records the hashes of the design's DDL, of the migration plan from the
target namespace to it and of the live target schema, plus the hazards of that plan.
Apply counts only approvals whose hashes all match the present: a DDL edit, a new plan
or a hand-made change in the target makes earlier approvals stale, and apply names
what drifted. The approver is always the session's role; the table triggers enforce
that, self-approval and the approver list, whoever inserts.
"""

from .review import review, target_namespace
from ..diff import compare
from ..errors import AiSchemaError
from ..model import Schema
from .store import Store

NOT_READY = "55000"          # object_not_in_prerequisite_state
FORBIDDEN = "42501"          # insufficient_privilege


def _approvers(store, approvers, submitter):
    if not isinstance(approvers, list) or not approvers or not all(isinstance(a, str) and a.strip() for a in approvers):
        raise AiSchemaError("approvers must be a non-empty array of role names or e-mail addresses",
                            hint="For example ARRAY['dba', 'lead@example.com'].")
    entries = list(dict.fromkeys(a.strip() for a in approvers))
    roles = [a for a in entries if "@" not in a]
    missing = sorted(set(roles) - store.roles_exist(roles))
    if missing:
        raise AiSchemaError(f'role "{missing[0][:63]}" does not exist', sqlstate="42704",
                            hint="Approvers are role names, or e-mail addresses those roles registered in "
                                 "ai_schema_approver_emails.")
    if entries == [submitter]:
        raise AiSchemaError(f"{submitter} cannot be the only approver of their own submission", sqlstate=FORBIDDEN,
                            hint="Name other roles as approvers.")
    return entries


def submit(executor, extschema, name, approvers, reason, required, target_schema):
    """ai_submit_for_approval: a new request (the latest one counts); returns its review."""
    store = Store(executor, extschema)
    design = store.design(name)
    entries = _approvers(store, approvers, store.session_role())
    required = len(entries) if required in (None, "") else int(required)
    if not 1 <= required <= len(entries):
        raise AiSchemaError(f"required_approvals must be between 1 and {len(entries)}",
                            hint="It defaults to the number of approvers.")
    target = target_namespace(executor, {}, target_schema)
    state = review(executor, design["model"], design["ddl"], target)
    request = store.submit(name, entries, required, reason, target, state["ddl_hash"])
    store.set_status(name, "in_review")
    return {"request_id": request, "schema_name": name, "approvers": entries, "required_approvals": required,
            "target_schema": target, "plan": state["plan"], "hazards": state["hazards"]}


def decide(executor, extschema, name, decision, comments, approver_email=None):
    """ai_approve_schema / ai_reject_schema by the session's role (or an e-mail it registered)."""
    store = Store(executor, extschema)
    design = store.design(name)
    status = store.status(name)
    if status is None:
        raise AiSchemaError(f'design "{name[:63]}" has not been submitted for approval', sqlstate=NOT_READY,
                            hint="Submit it with ai_submit_for_approval(schema_name, approvers, reason).")
    role = store.session_role()
    own = store.own_emails()
    if approver_email is not None and approver_email not in own:
        raise AiSchemaError(f"{approver_email[:100]} is not registered for role {role}", sqlstate=FORBIDDEN,
                            hint="A role registers its own address: INSERT INTO ai_schema_approver_emails (email) "
                                 "VALUES ('…') while connected as that role.")
    if role == status["submitted_by"]:
        raise AiSchemaError(f'{role} submitted design "{name[:63]}" and cannot approve it', sqlstate=FORBIDDEN,
                            hint="Another listed approver must review it.")
    candidates = [approver_email] if approver_email else [role] + own
    entry = next((c for c in candidates if c in status["approvers"]), None)
    if entry is None:
        raise AiSchemaError(f'{role} is not an approver of design "{name[:63]}"', sqlstate=FORBIDDEN,
                            hint="The approvers are: " + ", ".join(status["approvers"]) + ".")
    target = status["target_schema"]
    state = review(executor, design["model"], design["ddl"], target)
    try:
        store.decide(status["request_id"], decision, entry, comments, state)
    except Exception as exc:          # the triggers' refusals and a second decision on the same DDL
        message = str(exc).split("\n")[0]
        if "duplicate key" in message:
            raise AiSchemaError(f"{role} has already decided on this version of design \"{name[:63]}\"",
                                sqlstate="23505", hint="An approver counts once; a DDL change asks again.")
        raise
    after = store.status(name)
    return {k: after[k] for k in ("schema_name", "status", "required_approvals", "current_approvals",
                                  "pending_approvers")}


def gate(store, design, target, state):
    """The one approval gate of apply and rollback: a design that requires approval, or any design
    aimed at a protected target, runs only as approved (and by at least the target's quorum)."""
    minimum = store.protected(target)
    if design["requires_approval"] or minimum:
        check_apply(store, design, target, state, minimum or 1)


def check_apply(store, design, target, state, minimum=1):
    """Refuse to apply a design that needs approval unless enough approvals match the present."""
    name = design["name"]
    status = store.status(name)
    if status is None:
        raise AiSchemaError(f'design "{name[:63]}" requires approval and has not been submitted', sqlstate=NOT_READY,
                            hint="ai_submit_for_approval(schema_name, approvers, reason), then approvals.")
    if status["status"] == "rejected":
        raise AiSchemaError(f'design "{name[:63]}" was rejected', sqlstate=NOT_READY,
                            hint="Change the design and submit it again.")
    if status["target_schema"] != target:
        raise AiSchemaError(f'design "{name[:63]}" was approved for schema {status["target_schema"]}, not {target}',
                            sqlstate=NOT_READY, hint="Submit it again for this target.")
    if status["required_approvals"] < minimum:
        raise AiSchemaError(f"schema {target} is protected: it needs at least {minimum} approvals, and design "
                            f"\"{name[:63]}\" was submitted for {status['required_approvals']}", sqlstate=NOT_READY,
                            hint="Submit it again with more approvers (ai_submit_for_approval(…, required_approvals)).")
    rows = store.approvals(status["request_id"], state["ddl_hash"])
    current = [r for r in rows if r["plan_hash"] == state["plan_hash"] and r["live_hash"] == state["live_hash"]]
    valid = {r["approver"] for r in current}
    if len(valid) < status["required_approvals"]:
        stale = next((r for r in reversed(rows) if r not in current), None)
        if stale is not None and stale["live_hash"] != state["live_hash"]:
            drift = [f"{c.kind} {c.name}: {c.action}" for c in
                     compare(Schema.from_json(stale["live_model"]), state["live"])]
            raise AiSchemaError(
                f"schema {target} changed since design \"{name[:63]}\" was approved: " + "; ".join(drift[:20]),
                sqlstate=NOT_READY, hint="Re-plan and re-approve: the approvals covered the schema as it was.")
        if stale is not None:
            raise AiSchemaError(f'the migration plan for design "{name[:63]}" changed since it was approved',
                                sqlstate=NOT_READY, hint="Re-approve the new plan (or apply with the same options).")
        raise AiSchemaError(
            f'design "{name[:63]}" has {len(valid)} of {status["required_approvals"]} required approvals',
            sqlstate=NOT_READY, hint="Pending approvers: " + (", ".join(status["pending_approvers"]) or "none") + ".")
    accepted = set.intersection(*(set(r["hazards"]) for r in current))
    unaccepted = sorted(set(state["hazards"]) - accepted)
    if unaccepted:
        raise AiSchemaError(f"the plan carries hazards the approvers did not accept: {', '.join(unaccepted)}",
                            sqlstate=NOT_READY, hint="Re-approve the plan as it is now.")
