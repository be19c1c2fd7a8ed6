{% set sandbox_body %}
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
{% endset %}
{% if plain %}
-- Without the extension (ai-schema bootstrap) the sandbox is made when the connecting role may;
-- otherwise designs are not built at all (proofs say why), never built with that role's rights.
DO $bootstrap$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'ai_schema_sandbox') THEN
        CREATE ROLE ai_schema_sandbox NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
    END IF;
    EXECUTE $create$CREATE FUNCTION @extschema@._ai_schema_sandbox_exec(statement text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f${{ sandbox_body }}$f$$create$;
    EXECUTE 'ALTER FUNCTION @extschema@._ai_schema_sandbox_exec(text) OWNER TO ai_schema_sandbox';
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'ai_schema: no sandbox role (this role may not make it): designs will not be built in scratch schemas';
END
$bootstrap$;
{% else %}
-- The sandbox: designs are text someone else wrote, so scratch builds (proofs, catalog form,
-- advice) run their statements as ai_schema_sandbox, a NOLOGIN role with no attributes, no
-- memberships and no privileges beyond PUBLIC's, through the one function it owns. The role is
-- cluster-wide: made once, refused if someone gave it powers (the library checks again before
-- every build). Running SQL as this role gives nobody anything PUBLIC does not have.
DO $sandbox$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'ai_schema_sandbox') THEN
        CREATE ROLE ai_schema_sandbox NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
        COMMENT ON ROLE ai_schema_sandbox IS
            'ai_schema: builds designs in scratch schemas; grant it nothing (see README, Security)';
    ELSIF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = 'ai_schema_sandbox'
                  AND (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolbypassrls OR r.rolreplication
                       OR r.rolcanlogin OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                                                   WHERE m.member = r.oid))) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'ai_schema: role ai_schema_sandbox exists and has powers (an attribute or a membership)',
            HINT = 'ALTER ROLE ai_schema_sandbox NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS NOREPLICATION '
                   'NOLOGIN and revoke every role granted to it, then try again.';
    END IF;
END
$sandbox$;

-- No SET search_path: the statement runs where the caller's scratch build put it; whoever calls
-- this can already run any SQL with PUBLIC's rights, which is all the owner has.
CREATE FUNCTION @extschema@._ai_schema_sandbox_exec(statement text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
AS $${{ sandbox_body }}$$;
ALTER FUNCTION @extschema@._ai_schema_sandbox_exec(text) OWNER TO ai_schema_sandbox;
COMMENT ON FUNCTION @extschema@._ai_schema_sandbox_exec(text) IS
    'ai_schema: runs one statement of a design as the powerless role ai_schema_sandbox (scratch builds)';
{% endif %}
