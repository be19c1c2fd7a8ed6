-- ai_schema 0.1.0 → 0.2.0 (ALTER EXTENSION ai_schema UPDATE), built by sql/build.py.
-- What changed in the tables comes first, written by hand; then every function is re-created
-- (pointing at the 0.2.0 library) and the built-in template rows are written anew.
-- tests/test_upgrade.py proves that an upgraded database equals a fresh 0.2.0 install.


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




COMMENT ON SCHEMA @extschema@ IS 'ai_schema bootstrap 0.2.0';

