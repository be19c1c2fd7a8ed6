"""Safe to install: what an attacker tried, each as a test with real roles on the server.

No role can crash the cluster through the parser, run code with another role's rights,
hold a backend hostage, or smuggle statements through generated text."""

import psycopg
import pytest

# Deep shapes: a left-nested operator chain, nested calls, nested parentheses, nested CASE.
DEEP = {
    "operators": lambda n: "x+" * n + "x > 0",
    "calls": lambda n: "abs(" * n + "x" + ")" * n + " > 0",
    "parentheses": lambda n: "(" * n + "x > 0" + ")" * n,
    "case": lambda n: "CASE WHEN x > 0 THEN " * n + "true" + " END" * n,
}

# Every SQL function that parses text it is given.
PARSING = [
    "SELECT ai_parse_schema(%s)",
    "SELECT * FROM ai_lint(%s)",
    "SELECT ai_render_schema(%s)",
    "SELECT * FROM ai_validate_schema(%s)",
    "SELECT * FROM ai_compare_schemas(%s, 'CREATE TABLE t (x int)')",
    "SELECT * FROM ai_generate_migration('CREATE TABLE t (x int)', %s)",
    "SELECT * FROM ai_analyze_schema_impact(%s, 'CREATE TABLE t (x int)')",
    "SELECT * FROM ai_schema_tables(%s)",
    "INSERT INTO ai_schema_designs (name, ddl) VALUES ('deep', %s)",
]


def started(conn):
    return conn.execute("SELECT pg_postmaster_start_time()").fetchone()[0]


@pytest.mark.parametrize("shape", sorted(DEEP))
def test_deep_input_is_an_error_on_every_parsing_function_never_a_crash(dbs, shape):
    name = dbs.new()
    with dbs.connect(name) as watcher:
        before = started(watcher)
        for depth in (20000, 60000):
            ddl = f"CREATE TABLE t (x int CHECK ({DEEP[shape](depth)}))"
            for sql in PARSING:
                with dbs.connect(name) as conn:
                    with pytest.raises(psycopg.Error) as caught:
                        conn.execute(sql, (ddl,))
                    assert caught.value.sqlstate in ("54001", "42601"), (sql, caught.value)
                    assert "ai_schema:" in str(caught.value)
        # the watcher's own session survived: the postmaster did not restart every backend
        assert started(watcher) == before
        assert watcher.execute("SELECT 1").fetchone()[0] == 1


# -- a design's code never runs with the rights of whoever looks at it ---------------------------

SECRET = "sk-never-shown-4242"

# What an author's function tries, each observable after the call if it ever ran as the caller.
EFFECTS = {
    "sequence": "PERFORM nextval('public.canary');",
    "program": "COPY (SELECT 1) TO PROGRAM 'touch {marker}';",
    "secret": "RAISE EXCEPTION 'leak %', (SELECT string_agg(api_key, ',') FROM public.ai_schema_llm_keys);",
    "authid": "RAISE EXCEPTION 'leak %', (SELECT string_agg(rolpassword, ',') FROM pg_authid);",
    "role": "ALTER ROLE sec_author SUPERUSER;",
    "sleep": "PERFORM pg_sleep(30);",
}

# Where a design can make the server evaluate that function while it is only being built.
PLACES = {
    "matview": ("", "CREATE MATERIALIZED VIEW mv AS SELECT evil() AS x;"),
    "partition_bound": ("", "CREATE TABLE p (k int) PARTITION BY LIST (k); "
                            "CREATE TABLE p1 PARTITION OF p FOR VALUES IN (evil());"),
    "added_default": ("CREATE TABLE t (id int PRIMARY KEY);",
                      "CREATE TABLE t (id int PRIMARY KEY, c int DEFAULT evil());"),
    "check_on_add": ("CREATE TABLE t (id int PRIMARY KEY);",
                     "CREATE TABLE t (id int PRIMARY KEY, CONSTRAINT t_c CHECK (evil() > 0));"),
    "generated": ("CREATE TABLE t (id int PRIMARY KEY);",
                  "CREATE TABLE t (id int PRIMARY KEY, g int GENERATED ALWAYS AS (id + evil()) STORED);"),
}


def evil(effect, marker):
    return ("CREATE FUNCTION evil() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN "
            + EFFECTS[effect].format(marker=marker) + " RETURN 1; END $$;\n")


@pytest.fixture
def victim(dbs, cluster):
    """A database where a superuser (the victim) looks at designs an author wrote."""
    name = dbs.new()
    with dbs.connect(name) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'sec_author'").fetchone():
            conn.execute("CREATE ROLE sec_author LOGIN")
        conn.execute("ALTER ROLE sec_author NOSUPERUSER PASSWORD 'pw-secret-123'")
        conn.execute("CREATE SEQUENCE public.canary")
        conn.execute("CREATE SCHEMA app")
        conn.execute("INSERT INTO ai_schema_llm_keys (provider, api_key) VALUES ('openai', %s)", (SECRET,))
        conn.execute("GRANT SELECT, INSERT, UPDATE ON ai_schema_designs TO sec_author")
    return name


def observed(conn, marker):
    """Every side effect an attack could leave behind."""
    import os
    return {"sequence": conn.execute("SELECT is_called FROM public.canary").fetchone()[0],
            "program": os.path.exists(marker),
            "role": conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = 'sec_author'").fetchone()[0]}


def attempts(conn, old, new):
    """The calls through which a superuser looks at the design: results and errors as text."""
    out = []
    conn.execute("SET statement_timeout = '20s'")
    for sql, params in [
            ("SELECT up_migration, down_migration, impact_analysis::text FROM ai_generate_migration(%s, %s)",
             (old, new)),
            ("SELECT * FROM ai_analyze_schema_impact(%s, %s)", (new, old)),
            ("SELECT * FROM ai_compare_schemas(%s, %s)", (old, new)),
            ("SELECT ai_apply_schema('evil', true, '{\"target_schema\": \"app\"}')::text", ()),
            ("SELECT ai_submit_for_approval('evil', ARRAY['postgres'], 'r', 1, 'app')::text", ()),
            ("SELECT ai_reject_schema('evil', 'no')::text", ())]:
        try:
            out.append(str(conn.execute(sql, params).fetchall()))
        except psycopg.Error as exc:
            out.append(str(exc))
    return "\n".join(out)


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("effect", sorted(EFFECTS))
def test_a_designs_code_never_runs_as_the_superuser_who_looks_at_it(dbs, cluster, victim, place, effect):
    marker = f"{cluster.root}/pwned-{place}-{effect}"
    before, after = PLACES[place]
    old, new = before, evil(effect, marker) + after
    with dbs.connect(victim) as conn:
        conn.execute("SET SESSION AUTHORIZATION sec_author")
        conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('evil', %s)", (new,))
        conn.execute("RESET SESSION AUTHORIZATION")
        start = observed(conn, marker)
        text = attempts(conn, old, new)
        assert observed(conn, marker) == start == {"sequence": False, "program": False, "role": False}
        assert SECRET not in text
        assert "SCRAM-SHA-256" not in text
