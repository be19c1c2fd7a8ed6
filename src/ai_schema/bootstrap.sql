-- ai_schema's tables without the extension (managed hosts without plpython3u), written by
-- `ai-schema bootstrap` (or on first use) into the schema it names in place of @extschema@:
-- the same designs, versions, lifecycle, approval and test-data tables, triggers and views as
-- the extension's, except that the ai-schema command parses each design's DDL itself.
CREATE SCHEMA IF NOT EXISTS @extschema@;
-- which bootstrap version the tables are at (the command upgrades them with bootstrap--A--B.sql)
COMMENT ON SCHEMA @extschema@ IS 'ai_schema bootstrap 0.2.0';


-- Without the extension (ai-schema bootstrap) the sandbox is made when the connecting role may;
-- otherwise designs are not built at all (proofs say why), never built with that role's rights.
DO $bootstrap$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'ai_schema_sandbox') THEN
        CREATE ROLE ai_schema_sandbox NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
    END IF;
    EXECUTE 'CREATE FUNCTION @extschema@._ai_schema_sandbox_exec(statement text) RETURNS void '
            'LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$BEGIN EXECUTE statement; END$f$';
    EXECUTE 'ALTER FUNCTION @extschema@._ai_schema_sandbox_exec(text) OWNER TO ai_schema_sandbox';
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'ai_schema: no sandbox role (this role may not make it): designs will not be built in scratch schemas';
END
$bootstrap$;



-- Stored designs and their versions. A trigger parses every DDL with the library,
-- stores the normalised model and refuses DDL that is not schema DDL.

CREATE TABLE @extschema@.ai_schema_designs (
    name text PRIMARY KEY
        CONSTRAINT ai_schema_designs_name_check
        CHECK (name ~ '^[^\s@;()''"]+$' AND name !~* '^live:' AND length(name) <= 128),
    description text,
    ddl text NOT NULL,
    platform text NOT NULL DEFAULT 'postgresql',
    model jsonb,
    requires_approval boolean NOT NULL DEFAULT false,
    status text NOT NULL DEFAULT 'draft',
    created_by name NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.ai_schema_designs IS 'ai_schema: stored schema designs (DDL and its parsed model)';

CREATE TABLE @extschema@.ai_schema_versions (
    design_name text NOT NULL REFERENCES @extschema@.ai_schema_designs (name) ON DELETE CASCADE ON UPDATE CASCADE,
    version_number integer NOT NULL CHECK (version_number >= 1),
    ddl text NOT NULL,
    model jsonb NOT NULL,
    created_by name NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    description text,
    is_active boolean NOT NULL DEFAULT false,
    PRIMARY KEY (design_name, version_number)
);
CREATE UNIQUE INDEX ai_schema_versions_active_idx ON @extschema@.ai_schema_versions (design_name) WHERE is_active;
COMMENT ON TABLE @extschema@.ai_schema_versions IS 'ai_schema: every DDL change of every design';

CREATE FUNCTION @extschema@._ai_schema_design_parse() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- without the extension, the ai-schema command parses the DDL and sends the model with it
    IF (TG_OP = 'INSERT' OR NEW.ddl IS DISTINCT FROM OLD.ddl)
       AND (NEW.model IS NULL OR (TG_OP = 'UPDATE' AND NEW.model IS NOT DISTINCT FROM OLD.model)) THEN
        RAISE EXCEPTION 'ai_schema: a design needs the model of its DDL' USING ERRCODE = '22004',
            HINT = 'Without the extension, write designs with the ai-schema command, which parses the DDL.';
    END IF;

    IF TG_OP = 'UPDATE' THEN
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ai_schema_designs_parse BEFORE INSERT OR UPDATE ON @extschema@.ai_schema_designs
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_design_parse();

-- SECURITY DEFINER so that authors need no write privilege on the versions: the history is
-- written only here, from the design row just written, by the session's login.
CREATE FUNCTION @extschema@._ai_schema_design_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.ddl IS DISTINCT FROM OLD.ddl THEN
        UPDATE @extschema@.ai_schema_versions SET is_active = false
         WHERE design_name = NEW.name AND is_active;
        INSERT INTO @extschema@.ai_schema_versions
            (design_name, version_number, ddl, model, created_by, description, is_active)
        SELECT NEW.name, coalesce(max(v.version_number), 0) + 1, NEW.ddl, NEW.model, session_user,
               NEW.description, true
          FROM @extschema@.ai_schema_versions v WHERE v.design_name = NEW.name;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER ai_schema_designs_version AFTER INSERT OR UPDATE ON @extschema@.ai_schema_designs
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_design_version();

-- pg_restore loads designs (whose trigger writes a version row) before versions:
-- a restored version row replaces the one the trigger wrote instead of failing.
CREATE FUNCTION @extschema@._ai_schema_version_restore() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE @extschema@.ai_schema_versions
       SET ddl = NEW.ddl, model = NEW.model, created_by = NEW.created_by, created_at = NEW.created_at,
           description = NEW.description, is_active = NEW.is_active
     WHERE design_name = NEW.design_name AND version_number = NEW.version_number;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ai_schema_versions_restore BEFORE INSERT ON @extschema@.ai_schema_versions
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_version_restore();




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
CREATE POLICY ai_schema_approver_emails_own ON @extschema@.ai_schema_approver_emails
    USING (role = session_user) WITH CHECK (role = session_user);

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

-- Superusers can disable triggers anyway; for them rows keep the values given, which is
-- what pg_restore needs to bring back the history as it was.
CREATE FUNCTION @extschema@._ai_schema_trusted() RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false) $$;

-- Who acts is always the session's role.
CREATE FUNCTION @extschema@._ai_schema_stamp_actor() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF @extschema@._ai_schema_trusted() THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'ai_schema_audit_log' THEN
        NEW.actor := session_user;
        NEW.at := now();
    ELSIF TG_TABLE_NAME = 'ai_schema_deployments' THEN
        NEW.actor := session_user;
        NEW.at := now();
    ELSIF TG_TABLE_NAME = 'ai_schema_approval_requests' THEN
        NEW.submitted_by := session_user;
        NEW.submitted_at := now();
    ELSIF TG_TABLE_NAME = 'ai_schema_approver_emails' THEN
        NEW.role := session_user;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ai_schema_audit_log_actor BEFORE INSERT ON @extschema@.ai_schema_audit_log
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE TRIGGER ai_schema_deployments_actor BEFORE INSERT ON @extschema@.ai_schema_deployments
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE TRIGGER ai_schema_approval_requests_actor BEFORE INSERT ON @extschema@.ai_schema_approval_requests
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE TRIGGER ai_schema_approver_emails_actor BEFORE INSERT OR UPDATE ON @extschema@.ai_schema_approver_emails
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();

-- An approval is the session's role, asked by the latest request, not its submitter, once.
CREATE FUNCTION @extschema@._ai_schema_check_approval() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    req record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'ai_schema: approvals cannot be changed or removed',
            HINT = 'Approve or reject again; a change of the design''s DDL resets the approvals.';
    END IF;
    IF @extschema@._ai_schema_trusted() THEN
        RETURN NEW;
    END IF;
    NEW.approver := session_user;
    NEW.decided_at := now();
    SELECT * INTO req FROM @extschema@.ai_schema_approval_requests WHERE id = NEW.request_id;
    IF req.id IS NULL OR req.id <> (SELECT max(id) FROM @extschema@.ai_schema_approval_requests
                                    WHERE design_name = req.design_name) THEN
        RAISE EXCEPTION USING ERRCODE = '55000', MESSAGE = 'ai_schema: this approval request is not the current one',
            HINT = 'Approve the latest submission of the design.';
    END IF;
    IF session_user = req.submitted_by THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ai_schema: %s submitted design "%s" and cannot approve it', session_user, req.design_name),
            HINT = 'Another listed approver must review it.';
    END IF;
    IF NOT (NEW.as_entry = ANY (req.approvers) AND (NEW.as_entry = session_user OR EXISTS (
            SELECT 1 FROM @extschema@.ai_schema_approver_emails e
            WHERE e.role = session_user AND e.email = NEW.as_entry))) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ai_schema: %s is not an approver of design "%s"', session_user, req.design_name),
            HINT = format('The approvers are: %s.', array_to_string(req.approvers, ', '));
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ai_schema_approvals_check BEFORE INSERT OR UPDATE ON @extschema@.ai_schema_approvals
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_check_approval();

CREATE FUNCTION @extschema@._ai_schema_append_only() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('ai_schema: %s is append-only', TG_TABLE_NAME),
        HINT = 'Its rows record what happened; add a new row instead.';
END;
$$;

CREATE TRIGGER ai_schema_audit_log_append_only BEFORE UPDATE OR DELETE ON @extschema@.ai_schema_audit_log
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_append_only();
CREATE TRIGGER ai_schema_audit_log_no_truncate BEFORE TRUNCATE ON @extschema@.ai_schema_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._ai_schema_append_only();
CREATE TRIGGER ai_schema_deployments_append_only BEFORE UPDATE OR DELETE ON @extschema@.ai_schema_deployments
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_append_only();

-- Status of the latest request of each design, computed (so concurrent approvals count exactly):
-- approvals count only while they match the design's current DDL.
CREATE VIEW @extschema@.ai_schema_approval_status AS
SELECT r.design_name AS schema_name,
       CASE WHEN x.rejections > 0 THEN 'rejected'
            WHEN x.approvals >= r.required_approvals THEN 'approved'
            ELSE 'pending' END AS status,
       r.required_approvals,
       x.approvals AS current_approvals,
       ARRAY(SELECT a FROM unnest(r.approvers) a
             WHERE a <> ALL (x.decided) ORDER BY a)::text[] AS pending_approvers,
       r.approvers,
       r.submitted_by,
       r.submitted_at,
       r.reason,
       r.target_schema,
       r.id AS request_id
FROM @extschema@.ai_schema_approval_requests r
JOIN @extschema@.ai_schema_designs d ON d.name = r.design_name
CROSS JOIN LATERAL (
    SELECT count(DISTINCT a.approver) FILTER (WHERE a.decision = 'approve')::integer AS approvals,
           count(*) FILTER (WHERE a.decision = 'reject')::integer AS rejections,
           coalesce(array_agg(DISTINCT a.as_entry), '{}') AS decided
    FROM @extschema@.ai_schema_approvals a
    WHERE a.request_id = r.id
      AND a.ddl_hash = encode(sha256(convert_to(d.ddl, 'UTF8')), 'hex')) x
WHERE r.id = (SELECT max(id) FROM @extschema@.ai_schema_approval_requests r2 WHERE r2.design_name = r.design_name);
COMMENT ON VIEW @extschema@.ai_schema_approval_status IS
    'ai_schema: review state of each design''s latest submission (approvals of an older DDL do not count)';

-- A DDL change after submission resets the approvals (they no longer match); say so in the log.
CREATE FUNCTION @extschema@._ai_schema_design_reset() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.ddl IS DISTINCT FROM OLD.ddl AND EXISTS (
            SELECT 1 FROM @extschema@.ai_schema_approval_requests WHERE design_name = NEW.name) THEN
        INSERT INTO @extschema@.ai_schema_audit_log (action, design_name, details)
        VALUES ('reset', NEW.name, jsonb_build_object('reason', 'the design''s DDL changed after submission'));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER ai_schema_designs_reset AFTER UPDATE ON @extschema@.ai_schema_designs
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_design_reset();




-- Sample rows kept for tests (the seed's pipeline:
--   INSERT INTO ai_schema_test_data (schema_name, table_name, sample_rows)
--   SELECT 'app', table_name, generate_sample_data(table_name, 1000) FROM ai_schema_tables('app');)
CREATE TABLE @extschema@.ai_schema_test_data (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schema_name text NOT NULL,
    table_name text NOT NULL,
    sample_rows jsonb NOT NULL CHECK (jsonb_typeof(sample_rows) = 'array'),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by name NOT NULL DEFAULT current_user
);
CREATE INDEX ai_schema_test_data_schema_table_idx ON @extschema@.ai_schema_test_data (schema_name, table_name);
COMMENT ON TABLE @extschema@.ai_schema_test_data IS
    'ai_schema: sample rows kept for tests, from generate_sample_data(table_name, row_count)';


