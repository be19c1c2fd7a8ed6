"""The extension as users see it: functions, designs and versions, drop and restore."""

import pathlib

import psycopg
import pytest

from ai_schema.ddl.parse import parse_ddl
from ai_schema.model import Schema

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "ddl"
BLOG = (FIXTURES / "05_blog.sql").read_text()
SHOP = (FIXTURES / "04_ecommerce.sql").read_text()


def one(conn, sql, *params):
    return conn.execute(sql, params).fetchone()[0]


def test_version(conn):
    assert one(conn, "SELECT ai_schema_version()") == "0.2.0"
    assert one(conn, "SELECT extversion FROM pg_extension WHERE extname = 'ai_schema'") == "0.2.0"


def test_parse_raw_ddl_matches_library(conn):
    model = Schema.from_json(one(conn, "SELECT ai_parse_schema(%s)::text", BLOG))
    assert model == parse_ddl(BLOG)
    assert [t.name for t in model.tables] == ["comments", "post_tags", "posts", "tags", "users"]


def test_render_raw_ddl_applies(conn):
    ddl = one(conn, "SELECT ai_render_schema(%s)", SHOP)
    conn.execute("CREATE SCHEMA shop")
    conn.execute("SET search_path = shop")
    conn.execute(ddl)
    conn.execute("RESET search_path")
    assert Schema.from_json(one(conn, "SELECT ai_parse_schema('live:shop')::text")) == parse_ddl(SHOP)


def test_design_stores_model_and_versions(conn):
    conn.execute("INSERT INTO ai_schema_designs (name, description, ddl) VALUES ('blog', 'v1', %s)", (BLOG,))
    stored = one(conn, "SELECT model::text FROM ai_schema_designs WHERE name = 'blog'")
    assert Schema.from_json(stored) == parse_ddl(BLOG)
    assert one(conn, "SELECT ai_render_schema('blog')") == one(conn, "SELECT ai_render_schema(%s)", BLOG)

    changed = BLOG + "\nCREATE INDEX users_created_at_idx ON users (created_at);\n"
    conn.execute("UPDATE ai_schema_designs SET ddl = %s, description = 'v2' WHERE name = 'blog'", (changed,))
    conn.execute("UPDATE ai_schema_designs SET description = 'only the description' WHERE name = 'blog'")
    rows = conn.execute("SELECT version_number, is_active, description FROM ai_schema_versions "
                        "WHERE design_name = 'blog' ORDER BY 1").fetchall()
    assert rows == [(1, False, "v1"), (2, True, "v2")]
    v1 = Schema.from_json(one(conn, "SELECT ai_parse_schema('blog@1')::text"))
    v2 = Schema.from_json(one(conn, "SELECT ai_parse_schema('blog')::text"))
    assert v1 == parse_ddl(BLOG) and v2 == parse_ddl(changed)
    created = conn.execute("SELECT created_at, updated_at FROM ai_schema_designs").fetchone()
    assert created[1] >= created[0]


@pytest.mark.parametrize("ddl, sqlstate, words", [
    ("CREATE TABLE t (id int PRIMARY KEY);\nDELETE FROM t;", "0A000", "DELETE FROM is not a schema definition"),
    ("CREATE TABLE t (id int;", "42601", "line 1, column 23"),
    ("COPY t FROM PROGRAM 'rm -rf /'", "0A000", "not a schema definition"),
    ("DO $$ BEGIN PERFORM 1; END $$", "0A000", "not a schema definition"),
])
def test_design_refuses_bad_ddl_and_stores_nothing(conn, ddl, sqlstate, words):
    with pytest.raises(psycopg.Error) as info:
        conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('bad', %s)", (ddl,))
    assert info.value.sqlstate == sqlstate
    assert info.value.diag.message_primary.startswith("ai_schema: ")
    assert words in info.value.diag.message_primary
    assert one(conn, "SELECT count(*) FROM ai_schema_designs") == 0
    assert one(conn, "SELECT count(*) FROM ai_schema_versions") == 0


def test_design_name_cannot_shadow_references(conn):
    for name in ("live:public", "a@1", "two words"):
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES (%s, %s)", (name, BLOG))


def test_unknown_design_and_schema(conn):
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT ai_parse_schema('nosuchdesign')")
    assert info.value.sqlstate == "42704"
    assert info.value.diag.message_primary == 'ai_schema: no design named "nosuchdesign"'
    assert "ai_schema_designs" in info.value.diag.message_hint
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT ai_parse_schema('live:nosuchschema')")
    assert info.value.sqlstate == "3F000"


def test_unsupported_platform(conn):
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT ai_render_schema(%s, 'oracle')", (BLOG,))
    assert info.value.sqlstate == "0A000"
    assert "Supported platforms" in info.value.diag.message_hint


def test_functions_are_invoker_with_pinned_search_path(conn):
    rows = conn.execute("""
        SELECT p.proname, p.prosecdef, p.proconfig FROM pg_proc p
        JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
        JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ai_schema'""").fetchall()
    assert len(rows) >= 8
    # the exceptions: the LLM request, which alone may read the API keys, and the trigger that alone
    # writes design versions
    # writes design versions; and the sandbox's statement runner, owned by the powerless role
    # ai_schema_sandbox, which runs a scratch build's statement where the build put the search_path
    # and the audit log's writers (nobody else may write it)
    definers = {"_ai_schema_llm_complete", "_ai_schema_design_version", "_ai_schema_sandbox_exec",
                "_ai_schema_audit_event", "_ai_schema_design_reset"}
    for name, secdef, config in rows:
        assert not secdef or name in definers, name
        if name != "_ai_schema_sandbox_exec":
            assert config == ["search_path=pg_catalog, pg_temp"], name
    assert {r[0] for r in rows if r[1]} == definers
    owner, powers = conn.execute(
        "SELECT p.proowner::regrole::text, r.rolsuper OR r.rolcanlogin OR r.rolcreaterole OR r.rolcreatedb "
        "OR EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid) FROM pg_proc p "
        "JOIN pg_roles r ON r.oid = p.proowner WHERE p.proname = '_ai_schema_sandbox_exec'").fetchone()
    assert (owner, powers) == ("ai_schema_sandbox", False)


SNAPSHOT = """
SELECT array_agg(x ORDER BY x) FROM (
  SELECT 'class ' || c.oid::regclass::text AS x FROM pg_class c
   JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  UNION ALL SELECT 'proc ' || p.oid::regprocedure::text FROM pg_proc p
   JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL SELECT 'type ' || t.oid::regtype::text FROM pg_type t
   JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  UNION ALL SELECT 'ext ' || extname FROM pg_extension
  UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger
  UNION ALL SELECT 'namespace ' || nspname FROM pg_namespace
) s"""


def test_drop_extension_leaves_nothing(dbs):
    name = dbs.new(with_extension=False)
    with dbs.connect(name) as conn:
        conn.execute("CREATE EXTENSION plpython3u")
        before = one(conn, SNAPSHOT)
        conn.execute("CREATE EXTENSION ai_schema")
        conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('blog', %s)", (BLOG,))
        assert one(conn, SNAPSHOT) != before
        conn.execute("DROP EXTENSION ai_schema")
        assert one(conn, SNAPSHOT) == before


LIFECYCLE_TABLES = ("ai_schema_approval_requests", "ai_schema_audit_log", "ai_schema_branches")


def test_dump_and_restore_keeps_designs(dbs, cluster):
    source = dbs.new()
    with dbs.connect(source) as conn:
        conn.execute("INSERT INTO ai_schema_designs (name, description, ddl) VALUES ('blog', 'v1', %s)", (BLOG,))
        conn.execute("UPDATE ai_schema_designs SET ddl = %s, description = 'v2'", (SHOP,))
        conn.execute("INSERT INTO ai_schema_designs (name, ddl, requires_approval) VALUES ('shop', %s, true)", (SHOP,))
        conn.execute("SELECT ai_submit_for_approval('shop', ARRAY['pg_monitor'], 'review', 1, 'public')")
        conn.execute("SELECT ai_create_schema_branch('blog', 'blog-next')")
        designs = conn.execute("SELECT * FROM ai_schema_designs ORDER BY name").fetchall()
        versions = conn.execute("SELECT * FROM ai_schema_versions ORDER BY 1, 2").fetchall()
        history = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in LIFECYCLE_TABLES}
    dump = cluster.root / "db.dump"  # pg_dump runs as the cluster's user
    cluster.run_tool("pg_dump", "-Fc", "-f", dump, source)
    target = dbs.new(with_extension=False)
    result = cluster.run_tool("pg_restore", "--exit-on-error", "-d", target, dump, check=False)
    assert result.returncode == 0, result.stderr
    with dbs.connect(target) as conn:
        assert conn.execute("SELECT * FROM ai_schema_designs ORDER BY name").fetchall() == designs
        assert conn.execute("SELECT * FROM ai_schema_versions ORDER BY 1, 2").fetchall() == versions
        for table, rows in history.items():        # the history keeps its actors and times
            assert rows and conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() == rows, table
        assert one(conn, "SELECT ai_render_schema('blog@1')") == one(conn, "SELECT ai_render_schema(%s)", BLOG)


def test_live_reference_is_never_interpolated(conn):
    for reference in ("live:public'; DROP TABLE ai_schema_designs; --", 'live:x", pg_catalog; --', "live:"):
        with pytest.raises(psycopg.Error) as info:
            conn.execute("SELECT ai_parse_schema(%s)", (reference,))
        assert info.value.sqlstate in ("3F000", "22023")
        assert info.value.diag.message_primary.startswith("ai_schema: ")
    assert one(conn, "SELECT count(*) FROM ai_schema_designs") == 0


def test_live_reference_with_quoted_schemas(conn):
    conn.execute('CREATE SCHEMA "Sales Data"')
    conn.execute('CREATE SCHEMA ref')
    conn.execute('CREATE TABLE ref.regions (id int PRIMARY KEY)')
    conn.execute('CREATE TABLE "Sales Data"."Orders" (id int PRIMARY KEY, region_id int REFERENCES ref.regions)')
    model = Schema.from_json(one(conn, """SELECT ai_parse_schema('live:"Sales Data",ref')::text"""))
    assert [(t.schema, t.name) for t in model.tables] == [(None, "Orders"), ("ref", "regions")]
    assert model.tables[0].foreign_keys[0].ref_table.schema == "ref"
    assert [n.name for n in model.namespaces] == ["ref"]


def test_live_read_of_one_schema_names_keys_it_references_outside(conn):
    """Key columns come from the catalog as numbers: a foreign key into a schema that is not read
    still names the referenced columns, in key order (not column order), and INCLUDE columns too."""
    conn.execute("CREATE SCHEMA ref")
    conn.execute("CREATE TABLE ref.regions (pad int, code text, country text, PRIMARY KEY (country, code))")
    conn.execute("ALTER TABLE ref.regions DROP COLUMN pad")
    conn.execute("CREATE SCHEMA shop")
    conn.execute("""CREATE TABLE shop.stores (id int, gone int, country text, code text, name text,
        PRIMARY KEY (id) INCLUDE (name), UNIQUE (code, country),
        FOREIGN KEY (country, code) REFERENCES ref.regions (country, code))""")
    conn.execute("ALTER TABLE shop.stores DROP COLUMN gone")
    table = Schema.from_json(one(conn, "SELECT ai_parse_schema('live:shop')::text")).tables[0]
    assert table.primary_key.columns == ("id",) and table.primary_key.include == ("name",)
    assert [u.columns for u in table.uniques] == [("code", "country")]
    fk = table.foreign_keys[0]
    assert (fk.columns, fk.ref_table.schema, fk.ref_table.name, fk.ref_columns) == (
        ("country", "code"), "ref", "regions", ("country", "code"))


def test_stored_model_cannot_be_tampered_with(conn):
    conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('blog', %s)", (BLOG,))
    conn.execute("""UPDATE ai_schema_designs SET model = '{"tables": []}' WHERE name = 'blog'""")
    assert Schema.from_json(one(conn, "SELECT model::text FROM ai_schema_designs")) == parse_ddl(BLOG)
    assert one(conn, "SELECT count(*) FROM ai_schema_versions") == 1
