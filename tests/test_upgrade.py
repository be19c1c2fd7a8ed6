"""Upgrades the PostgreSQL way: a database made by an older release, filled, then
ALTER EXTENSION ai_schema UPDATE — no row lost, every function working, and the result
equal to a fresh install of this release (catalog compared); pg_dump of an old database
restores into this release; the command's bootstrap tables upgrade the same way."""

import json
import pathlib
import sys

import pytest

import ai_schema
from ai_schema.interfaces import client

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "sql"))
import build  # noqa: E402

BLOG = (ROOT / "tests" / "fixtures" / "ddl" / "05_blog.sql").read_text()
OLDEST = build.RELEASES[0]

# Every table the extension owns and the order its rows are compared in.
TABLES = {
    "ai_schema_designs": "name", "ai_schema_versions": "design_name, version_number",
    "ai_schema_deployments": "id", "ai_schema_branches": "name", "ai_schema_approver_emails": "email",
    "ai_schema_approval_requests": "id", "ai_schema_approvals": "request_id, approver",
    "ai_schema_audit_log": "id", "ai_schema_llm_keys": "provider", "ai_schema_llm_cache": "cache_key",
    "ai_schema_llm_usage": "id", "ai_schema_test_data": "id",
}

# The extension's objects as text lines: what an upgrade must leave equal to a fresh install.
CATALOG = """
WITH members AS (
    SELECT classid, objid FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
    WHERE e.extname = 'ai_schema' AND d.deptype = 'e')
SELECT 'function ' || p.oid::regprocedure || ' ' || pg_get_function_result(p.oid) || ' ' || p.prosecdef
       || ' ' || p.provolatile::text || ' ' || coalesce(p.proconfig::text, '') || ' ' || coalesce(p.proacl::text, '')
       || ' ' || md5(p.prosrc) || ' ' || coalesce(obj_description(p.oid, 'pg_proc'), '')
  FROM pg_proc p JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
UNION ALL
SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' ' || c.relrowsecurity || ' '
       || coalesce(c.relacl::text, '') || ' ' || coalesce(obj_description(c.oid, 'pg_class'), '')
       || ' ' || coalesce(pg_get_viewdef(c.oid), '')
  FROM pg_class c JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
UNION ALL
SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '
       || a.attnotnull || ' ' || a.attidentity::text || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'constraint ' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
  JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
UNION ALL
SELECT 'index ' || pg_get_indexdef(i.indexrelid)
  FROM pg_index i JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = i.indrelid
UNION ALL
SELECT 'trigger ' || pg_get_triggerdef(t.oid)
  FROM pg_trigger t JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = t.tgrelid
 WHERE NOT t.tgisinternal
UNION ALL
SELECT 'policy ' || p.polname || ' ' || p.polrelid::regclass || ' ' || coalesce(pg_get_expr(p.polqual, p.polrelid), '')
       || ' ' || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')
  FROM pg_policy p JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = p.polrelid
UNION ALL
SELECT 'type ' || t.typname FROM pg_type t JOIN members m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
UNION ALL
SELECT 'config ' || c.relname FROM pg_extension e, unnest(e.extconfig) x JOIN pg_class c ON c.oid = x
 WHERE e.extname = 'ai_schema'
ORDER BY 1
"""


def catalog_lines(conn):
    return [row[0] for row in conn.execute(CATALOG)]


def rows(conn):
    return {table: [row[0] for row in conn.execute(
        f"SELECT to_jsonb(t)::text FROM {table} t ORDER BY {order}")] for table, order in TABLES.items()}


def fill(conn):
    """Rows in every table of an old release, through its functions where they exist."""
    conn.execute("DO $$ BEGIN CREATE ROLE upgrade_reviewer LOGIN; EXCEPTION WHEN duplicate_object THEN END $$")
    conn.execute("SELECT ai_generate_schema('a blog with users, posts and comments', 'postgresql', "
                 "'{\"save_as\": \"blog\"}')")
    conn.execute("UPDATE ai_schema_designs SET ddl = %s, description = 'by hand' WHERE name = 'blog'", (BLOG,))
    conn.execute("CREATE SCHEMA app")
    conn.execute("SELECT ai_apply_schema('blog', false, '{\"target_schema\": \"app\"}')")
    conn.execute("SELECT ai_create_schema_branch('blog', 'blog_tags', 'a branch')")
    conn.execute("SELECT ai_apply_schema('blog', true, '{\"target_schema\": \"app\"}')")
    conn.execute("INSERT INTO ai_schema_approver_emails (email, role) VALUES ('lead@example.com', 'upgrade_reviewer')")
    request = conn.execute("INSERT INTO ai_schema_approval_requests (design_name, approvers, required_approvals, "
                           "reason, target_schema, ddl_hash) VALUES ('blog', '{upgrade_reviewer}', 1, 'r', 'app', "
                           "'h') RETURNING id").fetchone()[0]
    conn.execute("INSERT INTO ai_schema_approvals (request_id, approver, decision, as_entry, ddl_hash, plan_hash, "
                 "live_hash, live_model, hazards) VALUES (%s, 'upgrade_reviewer', 'approve', 'upgrade_reviewer', "
                 "'h', 'p', 'l', '{}', '{}')", (request,))
    conn.execute("INSERT INTO ai_schema_audit_log (action, design_name, details) VALUES ('submit', 'blog', '{}')")
    conn.execute("INSERT INTO ai_schema_llm_keys (provider, endpoint, api_key) "
                 "VALUES ('openai', 'http://127.0.0.1:9/v1', 'sk-upgrade')")
    conn.execute("INSERT INTO ai_schema_llm_cache (cache_key, provider, model, prompt_version, response) "
                 "VALUES ('k', 'openai', 'm', '1', '{}')")
    conn.execute("INSERT INTO ai_schema_llm_usage (provider, model, purpose, outcome, attempts, latency_ms) "
                 "VALUES ('openai', 'm', 'generate', 'ok', 1, 5)")
    conn.execute("INSERT INTO ai_schema_test_data (schema_name, table_name, sample_rows) "
                 "VALUES ('app', 'users', '[{\"id\": 1}]')")
    filled = rows(conn)
    assert all(filled.values()), [t for t, r in filled.items() if not r]
    return filled


@pytest.fixture
def old_database(dbs):
    name = dbs.new(with_extension=False)
    with dbs.connect(name) as conn:
        conn.execute(f"CREATE EXTENSION ai_schema VERSION '{OLDEST}' CASCADE")
    return name


def test_every_release_keeps_its_script_and_library():
    assert build.RELEASES[-1] == ai_schema.__version__
    for old, new in build.upgrade_steps(ai_schema.__version__):
        assert (ROOT / "sql" / "released" / f"ai_schema--{old}.sql").exists()
        assert (ROOT / "sql" / "upgrades" / f"{old}--{new}.sql.j2").exists()
        assert (pathlib.Path("/usr/local/lib/ai_schema") / old / "ai_schema" / "__init__.py").exists()


def test_update_keeps_every_row_and_equals_a_fresh_install(dbs, old_database):
    with dbs.connect(old_database) as conn:
        assert conn.execute("SELECT ai_schema_version()").fetchone()[0] == OLDEST
        before = fill(conn)
        # the same session goes on after the update: its backend drops the old library's modules
        conn.execute("ALTER EXTENSION ai_schema UPDATE")
        assert conn.execute("SELECT ai_schema_version()").fetchone()[0] == ai_schema.__version__
        assert conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'ai_schema'").fetchone()[0] \
            == ai_schema.__version__
        assert rows(conn) == before
        upgraded = catalog_lines(conn)
        # every function works on the kept rows
        assert "CREATE TABLE" in conn.execute("SELECT ai_render_schema('blog')").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM ai_lint('blog')").fetchone()[0] >= 0
        up = conn.execute("SELECT up_migration FROM ai_generate_migration('blog@1', 'blog')").fetchone()[0]
        assert "CREATE" in up or "ALTER" in up
        report = json.loads(conn.execute("SELECT ai_apply_schema('blog', true, '{\"target_schema\": \"app\"}')::text").fetchone()[0])
        assert report["dry_run"] is True and report["error"] is None
        versions = conn.execute("SELECT count(*) FROM ai_schema_versions WHERE design_name = 'blog'").fetchone()[0]
        conn.execute("UPDATE ai_schema_designs SET ddl = ddl || E'\\nCREATE TABLE extra (id int PRIMARY KEY);' "
                     "WHERE name = 'blog'")
        assert conn.execute("SELECT count(*) FROM ai_schema_versions WHERE design_name = 'blog'").fetchone()[0] \
            == versions + 1
    with dbs.connect(dbs.new()) as fresh:
        assert catalog_lines(fresh) == upgraded


def test_dump_of_an_old_database_restores_into_this_release(dbs, cluster, old_database):
    with dbs.connect(old_database) as conn:
        before = fill(conn)
    dump = cluster.root / "old.dump"          # the cluster's own directory: pg_dump runs as its owner
    cluster.run_tool("pg_dump", "-Fc", "-d", old_database, "-f", str(dump))
    target = dbs.new(with_extension=False)
    result = cluster.run_tool("pg_restore", "-d", target, str(dump), check=False)
    assert result.returncode == 0, result.stderr
    with dbs.connect(target) as conn:
        assert conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'ai_schema'").fetchone()[0] \
            == ai_schema.__version__
        assert rows(conn) == before
        assert "CREATE TABLE" in conn.execute("SELECT ai_render_schema('blog')").fetchone()[0]


def test_the_commands_bootstrap_tables_upgrade(dbs):
    """Tables bootstrapped by the oldest command (no version mark) are brought up to this one."""
    name = dbs.new(with_extension=False)
    old = (pathlib.Path("/usr/local/lib/ai_schema") / OLDEST / "ai_schema" / "bootstrap.sql").read_text()
    with dbs.connect(name) as conn:
        conn.execute(old.replace("@extschema@", "ai_schema"))
        engine = client.service(conn)
        assert engine.extschema == "ai_schema"
        mark = conn.execute("SELECT obj_description('ai_schema'::regnamespace, 'pg_namespace')").fetchone()[0]
        assert mark == f"ai_schema bootstrap {ai_schema.__version__}"
        old_lines = [line for line in catalog_of_schema(conn, "ai_schema")]
    fresh = dbs.new(with_extension=False)
    with dbs.connect(fresh) as conn:
        client.service(conn)
        assert catalog_of_schema(conn, "ai_schema") == old_lines


def catalog_of_schema(conn, schema):
    return [row[0] for row in conn.execute(
        "SELECT c.relname || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull "
        "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND a.attnum > 0 AND NOT a.attisdropped "
        "UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND NOT t.tgisinternal "
        "UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(k.oid) FROM pg_constraint k "
        "JOIN pg_namespace n ON n.oid = k.connamespace WHERE n.nspname = %s ORDER BY 1", (schema, schema, schema))]
