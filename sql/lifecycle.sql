-- Lifecycle: deployments (apply / rollback / dry run), branches, approvals, and the audit log.
--
-- Integrity does not depend on callers going through the functions: triggers take the
-- acting role from session_user (never from a column or an argument), refuse self-approval
-- and approvals by roles that were not asked, and keep the audit log append-only.

CREATE TABLE @extschema@.ai_schema_deployments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    design_name text NOT NULL,
    version_number integer,
    target_schema text NOT NULL,
    action text NOT NULL CHECK (action IN ('apply', 'rollback', 'dry_run')),
    status text NOT NULL CHECK (status IN ('applied', 'failed', 'simulated')),
    report jsonb NOT NULL,
    actor name NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.ai_schema_deployments IS 'ai_schema: every apply, rollback and dry run, with its report';

CREATE TABLE @extschema@.ai_schema_branches (
    name text PRIMARY KEY REFERENCES @extschema@.ai_schema_designs (name) ON DELETE CASCADE ON UPDATE CASCADE,
    base_design text NOT NULL,
    base_version integer NOT NULL,
    description text,
    created_by name NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    merged_into text,
    merged_at timestamptz
);
COMMENT ON TABLE @extschema@.ai_schema_branches IS 'ai_schema: design branches and their branch points';

CREATE TABLE @extschema@.ai_schema_approver_emails (
    email text PRIMARY KEY CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    role name NOT NULL DEFAULT session_user
);
COMMENT ON TABLE @extschema@.ai_schema_approver_emails IS
    'ai_schema: e-mail addresses a role registered for itself (approver_email in ai_approve_schema)';
ALTER TABLE @extschema@.ai_schema_approver_emails ENABLE ROW LEVEL SECURITY;

CREATE TABLE @extschema@.ai_schema_approval_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    design_name text NOT NULL REFERENCES @extschema@.ai_schema_designs (name) ON DELETE CASCADE ON UPDATE CASCADE,
    approvers text[] NOT NULL CHECK (cardinality(approvers) >= 1),   -- role names or registered e-mails
    required_approvals integer NOT NULL,
    reason text,
    target_schema text NOT NULL,
    ddl_hash text NOT NULL,
    submitted_by name NOT NULL DEFAULT session_user,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    CHECK (required_approvals BETWEEN 1 AND cardinality(approvers))
);
COMMENT ON TABLE @extschema@.ai_schema_approval_requests IS 'ai_schema: submissions for review (the latest per design counts)';

CREATE TABLE @extschema@.ai_schema_approvals (
    request_id bigint NOT NULL REFERENCES @extschema@.ai_schema_approval_requests (id) ON DELETE CASCADE,
    approver name NOT NULL DEFAULT session_user,
    decision text NOT NULL CHECK (decision IN ('approve', 'reject')),
    as_entry text NOT NULL,          -- the entry of the request's approvers it answers (role or e-mail)
    comments text,
    ddl_hash text NOT NULL,          -- what was reviewed: the design's DDL,
    plan_hash text NOT NULL,         -- the migration plan from the target to it,
    live_hash text NOT NULL,         -- the target schema as it was,
    live_model jsonb NOT NULL,       -- (to name what drifted later)
    hazards text[] NOT NULL,         -- and the hazards of that plan, accepted by approving it
    decided_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, approver, ddl_hash)
);
COMMENT ON TABLE @extschema@.ai_schema_approvals IS 'ai_schema: one decision per approver and reviewed DDL';

CREATE TABLE @extschema@.ai_schema_audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor name NOT NULL DEFAULT session_user,
    action text NOT NULL,
    design_name text,
    details jsonb NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE @extschema@.ai_schema_audit_log IS 'ai_schema: append-only log of submit, approve, reject, apply, rollback, branch, merge';

-- Target schemas whose changes always need approval, whatever a design says, and how many
-- approvals at least: set by an ai_schema_admin, so authors cannot switch review off.
CREATE TABLE @extschema@.ai_schema_protected_targets (
    target_schema text PRIMARY KEY,
    min_approvals integer NOT NULL DEFAULT 1 CHECK (min_approvals >= 1),
    added_by name NOT NULL DEFAULT session_user,
    added_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.ai_schema_protected_targets IS
    'ai_schema: target schemas that always need approval (written by ai_schema_admin members)';
GRANT SELECT ON @extschema@.ai_schema_protected_targets TO PUBLIC;
-- each role sees the e-mails bound to it (row security), administrators all of them
GRANT SELECT ON @extschema@.ai_schema_approver_emails TO PUBLIC;

{% if not plain %}
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_deployments', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_branches', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_approver_emails', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_approval_requests', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_approvals', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_audit_log', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_protected_targets', '');
{% endif %}
