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
    EXECUTE $create$CREATE FUNCTION @extschema@._ai_schema_sandbox_exec(statement text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
BEGIN
    IF statement IS NULL OR pg_catalog.btrim(statement) = '' THEN
        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'ai_schema: no statement to run in the sandbox',
            HINT = 'ai_schema calls this itself, one statement of a design at a time, while it builds one.';
    END IF;
    IF pg_catalog.octet_length(statement) > 8388608 THEN
        RAISE EXCEPTION USING ERRCODE = '54000', MESSAGE = 'ai_schema: a sandbox statement is over 8 MiB',
            HINT = 'Designs are limited to 8 MiB of DDL.';
    END IF;
    EXECUTE statement;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'ai_schema: the sandbox may not do this: ' || SQLERRM,
        HINT = 'A design is built with no rights beyond PUBLIC''s; what needs more runs only when it is applied.';
END;
$f$$create$;
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




-- The rules: every trigger function, trigger, policy and view of the lifecycle tables. Installed
-- with the tables and re-created by every upgrade (CREATE OR REPLACE), so an upgraded database
-- has exactly the rules of a fresh install.

-- The role whose members administer ai_schema (cluster-wide, made once; the DBA grants it).
DO $admin$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'ai_schema_admin') THEN
        CREATE ROLE ai_schema_admin NOLOGIN;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'ai_schema: no ai_schema_admin role (this role may not make it): only superusers administer';
END
$admin$;

-- Superusers can disable triggers anyway; for them rows keep the values given, which is
-- what pg_restore needs to bring back the history as it was.
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_trusted() RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false) $$;

-- Administrators: superusers and members of ai_schema_admin (granted by the DBA).
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_is_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@._ai_schema_trusted() OR (
    EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'ai_schema_admin')
    AND pg_catalog.pg_has_role(session_user, 'ai_schema_admin', 'MEMBER')) $$;

-- Who may change a design: its owner (created_by), members of the owning role, administrators.
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_may_edit(design text) RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@._ai_schema_is_admin() OR EXISTS (
    SELECT 1 FROM @extschema@.ai_schema_designs d JOIN pg_catalog.pg_roles r ON r.rolname = d.created_by
     WHERE d.name = design AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')) $$;

CREATE OR REPLACE FUNCTION @extschema@._ai_schema_admin_only() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT @extschema@._ai_schema_is_admin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('ai_schema: only an ai_schema_admin changes %s', TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END;
$$;

-- Designs follow ownership: only the owner's side edits or deletes one, and only an administrator
-- turns its approval off. (The owner is the session's role when the design was created.)
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_design_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF @extschema@._ai_schema_trusted() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
        RETURN NEW;
    END IF;
    IF NOT @extschema@._ai_schema_may_edit(OLD.name) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ai_schema: design "%s" belongs to %s', OLD.name, OLD.created_by),
            HINT = 'Its owner (a member of that role) or an ai_schema_admin changes it; to propose a change, branch it.';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF OLD.requires_approval AND NOT NEW.requires_approval AND NOT @extschema@._ai_schema_is_admin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ai_schema: only an ai_schema_admin turns approval off for design "%s"', OLD.name);
    END IF;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER ai_schema_designs_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.ai_schema_designs
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_design_guard();

-- The audit log follows from what happened, written here as the log's owner (nobody else may):
-- submissions, decisions, deployments, branches and merges.
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_audit_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    design text;
    action text;
    details jsonb;
    stamp timestamptz;
BEGIN
    -- a row stamped with another time than this transaction's is history being restored
    -- (pg_restore, by a superuser): its audit entries come with it
    IF TG_TABLE_NAME = 'ai_schema_approval_requests' THEN
        stamp := NEW.submitted_at;
    ELSIF TG_TABLE_NAME = 'ai_schema_approvals' THEN
        stamp := NEW.decided_at;
    ELSIF TG_TABLE_NAME = 'ai_schema_deployments' THEN
        stamp := NEW.at;
    ELSIF TG_OP = 'INSERT' THEN
        stamp := NEW.created_at;
    ELSE
        stamp := NEW.merged_at;
    END IF;
    IF stamp IS DISTINCT FROM now() THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'ai_schema_approval_requests' THEN
        design := NEW.design_name;
        action := 'submit';
        details := jsonb_build_object('request', NEW.id, 'approvers', to_jsonb(NEW.approvers),
                                      'required_approvals', NEW.required_approvals, 'target_schema', NEW.target_schema);
    ELSIF TG_TABLE_NAME = 'ai_schema_approvals' THEN
        SELECT r.design_name INTO design FROM @extschema@.ai_schema_approval_requests r WHERE r.id = NEW.request_id;
        action := NEW.decision;
        details := jsonb_build_object('request', NEW.request_id, 'as', NEW.as_entry, 'comments', NEW.comments,
                                      'plan_hash', NEW.plan_hash, 'hazards', to_jsonb(NEW.hazards));
    ELSIF TG_TABLE_NAME = 'ai_schema_deployments' THEN
        design := NEW.design_name;
        action := NEW.action || CASE WHEN NEW.status = 'failed' THEN '_failed' ELSE '' END;
        details := jsonb_strip_nulls(jsonb_build_object(
            'version', NEW.version_number, 'target_schema', NEW.target_schema, 'error', NEW.report -> 'error',
            'steps', coalesce(jsonb_array_length(NEW.report -> 'statements'), 0), 'reason', NEW.report -> 'reason'));
    ELSIF TG_TABLE_NAME = 'ai_schema_branches' AND TG_OP = 'INSERT' THEN
        design := NEW.name;
        action := 'branch';
        details := jsonb_build_object('base', NEW.base_design, 'base_version', NEW.base_version);
    ELSIF TG_TABLE_NAME = 'ai_schema_branches' AND NEW.merged_into IS DISTINCT FROM OLD.merged_into THEN
        design := NEW.merged_into;
        action := 'merge';
        details := jsonb_build_object('branch', NEW.name);
    ELSE
        RETURN NULL;
    END IF;
    INSERT INTO @extschema@.ai_schema_audit_log (action, design_name, details) VALUES (action, design, details);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER ai_schema_approval_requests_audit AFTER INSERT ON @extschema@.ai_schema_approval_requests
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_audit_event();
CREATE OR REPLACE TRIGGER ai_schema_approvals_audit AFTER INSERT ON @extschema@.ai_schema_approvals
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_audit_event();
CREATE OR REPLACE TRIGGER ai_schema_deployments_audit AFTER INSERT ON @extschema@.ai_schema_deployments
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_audit_event();
CREATE OR REPLACE TRIGGER ai_schema_branches_audit AFTER INSERT OR UPDATE ON @extschema@.ai_schema_branches
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_audit_event();

CREATE OR REPLACE FUNCTION @extschema@._ai_schema_design_parse() RETURNS trigger
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

CREATE OR REPLACE TRIGGER ai_schema_designs_parse BEFORE INSERT OR UPDATE ON @extschema@.ai_schema_designs
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_design_parse();

-- SECURITY DEFINER so that authors need no write privilege on the versions: the history is
-- written only here, from the design row just written, by the session's login.
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_design_version() RETURNS trigger
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

CREATE OR REPLACE TRIGGER ai_schema_designs_version AFTER INSERT OR UPDATE ON @extschema@.ai_schema_designs
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_design_version();

-- pg_restore loads designs (whose trigger writes a version row) before versions:
-- a restored version row replaces the one the trigger wrote instead of failing.
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_version_restore() RETURNS trigger
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

CREATE OR REPLACE TRIGGER ai_schema_versions_restore BEFORE INSERT ON @extschema@.ai_schema_versions
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_version_restore();


-- Who acts is always the session's role.
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_stamp_actor() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF @extschema@._ai_schema_trusted() THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'ai_schema_audit_log' THEN
        -- written only by the SECURITY DEFINER trigger below, which runs as the log's owner
        IF current_user <> (SELECT c.relowner::regrole::name FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID) THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'ai_schema: the audit log is written only by ai_schema itself',
                HINT = 'Its entries follow from submissions, decisions, deployments and branches.';
        END IF;
        NEW.actor := session_user;
        NEW.at := now();
    ELSIF TG_TABLE_NAME = 'ai_schema_deployments' THEN
        NEW.actor := session_user;
        NEW.at := now();
    ELSIF TG_TABLE_NAME = 'ai_schema_approval_requests' THEN
        NEW.submitted_by := session_user;
        NEW.submitted_at := now();
        IF NOT @extschema@._ai_schema_may_edit(NEW.design_name) THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('ai_schema: %s does not own design "%s" and cannot submit it', session_user,
                                 NEW.design_name),
                HINT = 'Its owner (or a member of the owning role, or an ai_schema_admin) submits it.';
        END IF;
    ELSIF TG_TABLE_NAME = 'ai_schema_approver_emails' THEN
        IF NOT @extschema@._ai_schema_is_admin() THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'ai_schema: approver e-mails are bound to roles by an ai_schema_admin',
                HINT = 'Ask an administrator: INSERT INTO ai_schema_approver_emails (email, role) VALUES (…).';
        END IF;
    ELSIF TG_TABLE_NAME = 'ai_schema_protected_targets' THEN
        IF NOT @extschema@._ai_schema_is_admin() THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'ai_schema: only an ai_schema_admin protects target schemas';
        END IF;
        NEW.added_by := session_user;
    END IF;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER ai_schema_audit_log_actor BEFORE INSERT ON @extschema@.ai_schema_audit_log
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE OR REPLACE TRIGGER ai_schema_deployments_actor BEFORE INSERT ON @extschema@.ai_schema_deployments
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE OR REPLACE TRIGGER ai_schema_approval_requests_actor BEFORE INSERT ON @extschema@.ai_schema_approval_requests
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE OR REPLACE TRIGGER ai_schema_approver_emails_actor BEFORE INSERT OR UPDATE ON @extschema@.ai_schema_approver_emails
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE OR REPLACE TRIGGER ai_schema_protected_targets_actor BEFORE INSERT OR UPDATE
    ON @extschema@.ai_schema_protected_targets FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE OR REPLACE TRIGGER ai_schema_protected_targets_admin BEFORE DELETE OR TRUNCATE
    ON @extschema@.ai_schema_protected_targets FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._ai_schema_admin_only();

-- E-mails: each role sees its own; ai_schema_admin members bind them (the trigger above).
DROP POLICY IF EXISTS ai_schema_approver_emails_own ON @extschema@.ai_schema_approver_emails;
CREATE POLICY ai_schema_approver_emails_own ON @extschema@.ai_schema_approver_emails
    USING (role = session_user OR @extschema@._ai_schema_is_admin()) WITH CHECK (@extschema@._ai_schema_is_admin());

-- An approval is the session's role, asked by the latest request, not its submitter, once.
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_check_approval() RETURNS trigger
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
    IF session_user = (SELECT v.created_by FROM @extschema@.ai_schema_versions v
                        WHERE v.design_name = req.design_name AND v.is_active) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ai_schema: %s wrote the current DDL of design "%s" and cannot approve it', session_user,
                             req.design_name),
            HINT = 'Another listed approver must review the change.';
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

CREATE OR REPLACE TRIGGER ai_schema_approvals_check BEFORE INSERT OR UPDATE ON @extschema@.ai_schema_approvals
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_check_approval();

CREATE OR REPLACE FUNCTION @extschema@._ai_schema_append_only() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('ai_schema: %s is append-only', TG_TABLE_NAME),
        HINT = 'Its rows record what happened; add a new row instead.';
END;
$$;

CREATE OR REPLACE TRIGGER ai_schema_audit_log_append_only BEFORE UPDATE OR DELETE ON @extschema@.ai_schema_audit_log
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_append_only();
CREATE OR REPLACE TRIGGER ai_schema_audit_log_no_truncate BEFORE TRUNCATE ON @extschema@.ai_schema_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._ai_schema_append_only();
CREATE OR REPLACE TRIGGER ai_schema_deployments_append_only BEFORE UPDATE OR DELETE ON @extschema@.ai_schema_deployments
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_append_only();

-- Status of the latest request of each design, computed (so concurrent approvals count exactly):
-- approvals count only while they match the design's current DDL.
CREATE OR REPLACE VIEW @extschema@.ai_schema_approval_status AS
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
CREATE OR REPLACE FUNCTION @extschema@._ai_schema_design_reset() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
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

CREATE OR REPLACE TRIGGER ai_schema_designs_reset AFTER UPDATE ON @extschema@.ai_schema_designs
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


