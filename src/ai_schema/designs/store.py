"""Designs, versions, deployments, branches, approvals and the audit log, through an Executor.

Every query names the extension's schema explicitly (functions run with a pinned
search_path). The acting role is never passed in: the tables' triggers take it from
session_user.
"""

import json

from ..ddl.naming import quote_ident
from ..ddl.parse import parse_ddl
from ..errors import AiSchemaError, UNDEFINED_OBJECT
from ..model import Schema


def digest(text):
    """sha256 hex of text (the same as encode(sha256(convert_to(text, 'UTF8')), 'hex') in SQL);
    hashlib is imported on first use, as most calls never need it and it is slow to load."""
    import hashlib
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, executor, extschema):
        self.executor = executor
        self.ext = quote_ident(extschema)

    def query(self, sql, params=()):
        return self.executor.query(sql.format(ext=self.ext), params)

    # designs and versions ----------------------------------------------------
    def design(self, name, what="schema_name"):
        rows = self.query(
            "SELECT d.name, d.ddl, d.model::text AS model, d.requires_approval, d.platform, d.description, "
            "(SELECT max(v.version_number) FROM {ext}.ai_schema_versions v WHERE v.design_name = d.name AND v.is_active) "
            "AS version FROM {ext}.ai_schema_designs d WHERE d.name = %s", (name,))
        if not rows:
            raise AiSchemaError(f'no design named "{str(name)[:63]}"', sqlstate=UNDEFINED_OBJECT,
                                hint=f"{what} must name a design: SELECT name FROM ai_schema_designs.")
        row = rows[0]
        row["model"] = Schema.from_json(row["model"])
        if getattr(self.executor, "sends_models", False) and parse_ddl(row["ddl"]) != row["model"]:
            # without the extension the model was written by a client beside the DDL: what is
            # reviewed and applied must be the DDL itself, so a model that differs is refused
            raise AiSchemaError(f'the stored model of design "{str(name)[:63]}" does not match its DDL',
                                sqlstate="XX001", hint="Save the design again with the ai-schema command, which "
                                                       "parses the DDL (design save NAME FILE).")
        return row

    def version(self, name, number):
        rows = self.query("SELECT ddl, model::text AS model FROM {ext}.ai_schema_versions "
                          "WHERE design_name = %s AND version_number = %s", (name, number))
        if not rows:
            raise AiSchemaError(f'design "{name[:63]}" has no version {number}', sqlstate=UNDEFINED_OBJECT,
                                hint="SELECT version_number FROM ai_schema_versions WHERE design_name = '…'.")
        return rows[0]["ddl"], Schema.from_json(rows[0]["model"])

    def _model(self, ddl):
        """The model sent with a design's DDL: by a client, whose bootstrap tables cannot parse it
        (in the server, the designs trigger parses every DDL itself)."""
        return parse_ddl(ddl).dumps() if getattr(self.executor, "sends_models", False) else None

    def create_design(self, name, ddl, description, platform="postgresql", requires_approval=False):
        self.query("INSERT INTO {ext}.ai_schema_designs (name, ddl, description, platform, model, requires_approval) "
                   "VALUES (%s, %s, %s, %s, %s::jsonb, %s)",
                   (name, ddl, description, platform, self._model(ddl), bool(requires_approval)))

    def save_design(self, name, ddl, description, platform="postgresql"):
        """Create or replace a design's DDL (a new version when it changed)."""
        self.query("INSERT INTO {ext}.ai_schema_designs AS d (name, description, ddl, platform, model) "
                   "VALUES (%s, %s, %s, %s, %s::jsonb) ON CONFLICT (name) DO UPDATE SET description = "
                   "excluded.description, ddl = excluded.ddl, platform = excluded.platform, "
                   "model = coalesce(excluded.model, d.model), updated_at = now()",
                   (name, description, ddl, platform, self._model(ddl)))

    def update_design(self, name, ddl, description):
        """A new DDL for a design (its trigger writes the next version); returns that version number."""
        self.query("UPDATE {ext}.ai_schema_designs SET ddl = %s, description = %s, "
                   "model = coalesce(%s::jsonb, model) WHERE name = %s", (ddl, description, self._model(ddl), name))
        return self.design(name)["version"]

    def designs(self):
        return self.query("SELECT d.name, d.description, d.platform, d.status, d.updated_at::text AS updated_at, "
                          "(SELECT max(v.version_number) FROM {ext}.ai_schema_versions v "
                          "WHERE v.design_name = d.name) AS versions FROM {ext}.ai_schema_designs d ORDER BY d.name")

    def set_status(self, name, status):
        self.query("UPDATE {ext}.ai_schema_designs SET status = %s WHERE name = %s", (status, name))

    # deployments and the audit log --------------------------------------------
    def record_deployment(self, design, version, target, action, status, report):
        self.query("INSERT INTO {ext}.ai_schema_deployments (design_name, version_number, target_schema, action, "
                   "status, report) VALUES (%s, %s, %s, %s, %s, %s::jsonb)",
                   (design, version, target, action, status, json.dumps(report)))

    def last_target(self, design):
        rows = self.query("SELECT target_schema FROM {ext}.ai_schema_deployments WHERE design_name = %s "
                          "AND status = 'applied' ORDER BY id DESC LIMIT 1", (design,))
        return rows[0]["target_schema"] if rows else None

    def protected(self, target):
        """The minimum number of approvals a protected target schema needs, or None."""
        rows = self.query("SELECT min_approvals FROM {ext}.ai_schema_protected_targets WHERE target_schema = %s",
                          (target,))
        return rows[0]["min_approvals"] if rows else None

    # branches -------------------------------------------------------------------
    def create_branch(self, name, base, base_version, description):
        self.query("INSERT INTO {ext}.ai_schema_branches (name, base_design, base_version, description) "
                   "VALUES (%s, %s, %s, %s)", (name, base, base_version, description))

    def branch(self, name):
        rows = self.query("SELECT name, base_design, base_version FROM {ext}.ai_schema_branches WHERE name = %s",
                          (name,))
        if not rows:
            raise AiSchemaError(f'no branch named "{str(name)[:63]}"', sqlstate=UNDEFINED_OBJECT,
                                hint="Create one with ai_create_schema_branch(base_schema, branch_name, description).")
        return rows[0]

    def mark_merged(self, name, target):
        self.query("UPDATE {ext}.ai_schema_branches SET merged_into = %s, merged_at = now() WHERE name = %s",
                   (target, name))

    # approvals ----------------------------------------------------------------------
    def submit(self, design, approvers, required, reason, target, ddl_hash):
        return self.query(
            "INSERT INTO {ext}.ai_schema_approval_requests (design_name, approvers, required_approvals, reason, "
            "target_schema, ddl_hash) VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
            (design, list(approvers), required, reason, target, ddl_hash))[0]["id"]

    def status(self, design):
        rows = self.query("SELECT * FROM {ext}.ai_schema_approval_status WHERE schema_name = %s", (design,))
        return rows[0] if rows else None

    def decide(self, request_id, decision, entry, comments, review):
        self.query("INSERT INTO {ext}.ai_schema_approvals (request_id, decision, as_entry, comments, ddl_hash, "
                   "plan_hash, live_hash, live_model, hazards) VALUES (%s, %s, %s, %s, %s, %s, %s, %s::jsonb, %s)",
                   (request_id, decision, entry, comments, review["ddl_hash"], review["plan_hash"],
                    review["live_hash"], review["live_model"], list(review["hazards"])))

    def approvals(self, request_id, ddl_hash):
        return self.query("SELECT approver, plan_hash, live_hash, live_model::text AS live_model, hazards "
                          "FROM {ext}.ai_schema_approvals WHERE request_id = %s AND ddl_hash = %s "
                          "AND decision = 'approve' ORDER BY decided_at", (request_id, ddl_hash))

    def own_emails(self):
        """E-mails registered for the session's role (row security shows no one else's)."""
        return [r["email"] for r in self.query("SELECT email FROM {ext}.ai_schema_approver_emails "
                                               "WHERE role = session_user ORDER BY email")]

    def roles_exist(self, names):
        rows = self.query("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY(%s)", (list(names),))
        return {r["rolname"] for r in rows}

    def session_role(self):
        return self.query("SELECT session_user AS role")[0]["role"]
