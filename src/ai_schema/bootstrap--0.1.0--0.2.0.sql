-- ai_schema 0.1.0 → 0.2.0 (ALTER EXTENSION ai_schema UPDATE), built by sql/build.py.
-- What changed in the tables comes first, written by hand; then every function is re-created
-- (pointing at the 0.2.0 library) and the built-in template rows are written anew.
-- tests/test_upgrade.py proves that an upgraded database equals a fresh 0.2.0 install.

-- (0.2.0 changes no table yet)

COMMENT ON SCHEMA @extschema@ IS 'ai_schema bootstrap 0.2.0';

