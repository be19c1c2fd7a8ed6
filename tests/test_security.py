"""Safe to install: what an attacker tried, each as a test with real roles on the server.

No role can crash the cluster through the parser, run code with another role's rights,
hold a backend hostage, or smuggle statements through generated text."""

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

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
        conn.execute("GRANT SELECT ON ai_schema_versions, ai_schema_approval_status TO sec_author")
        conn.execute("GRANT SELECT, INSERT ON ai_schema_approval_requests, ai_schema_audit_log TO sec_author")
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
    conn.execute("SET statement_timeout = '5s'")    # bounds the pg_sleep attack where the sandbox evaluates it
    for sql, params in [
            ("SELECT up_migration, down_migration, impact_analysis::text FROM ai_generate_migration(%s, %s)",
             (old, new)),
            ("SELECT * FROM ai_analyze_schema_impact(%s, %s)", (new, old)),
            ("SELECT * FROM ai_compare_schemas(%s, %s)", (old, new)),
            ("SELECT * FROM ai_validate_schema(%s)", (new,)),
            ("SELECT ai_apply_schema('evil', true, '{\"target_schema\": \"app\"}')::text", ()),
            ("SET SESSION AUTHORIZATION sec_author", ()),
            ("SELECT ai_submit_for_approval('evil', ARRAY['postgres'], 'r', 1, 'app')::text", ()),
            ("RESET SESSION AUTHORIZATION", ()),
            ("SELECT ai_approve_schema('evil', 'fine')::text", ()),
            ("SELECT ai_reject_schema('evil', 'no')::text", ())]:
        try:
            out.append(str(conn.execute(sql, params).fetchall() if sql.startswith("SELECT") else
                           conn.execute(sql, params)))
        except psycopg.Error as exc:
            out.append(str(exc))
    conn.execute("RESET SESSION AUTHORIZATION")
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
        assert "internal error" not in text


def test_sample_data_refuses_a_table_whose_trigger_someone_else_wrote(dbs):
    name = dbs.new()
    with dbs.connect(name) as conn:
        for role in ("sec_owner", "sec_filler"):
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute("CREATE SCHEMA shop AUTHORIZATION sec_owner")
        conn.execute("CREATE SEQUENCE public.trigger_canary")
        conn.execute("GRANT USAGE ON SCHEMA shop TO sec_filler")
        conn.execute("SET ROLE sec_owner")
        conn.execute("CREATE TABLE shop.items (id int PRIMARY KEY, label text)")
        conn.execute("CREATE FUNCTION shop.grab() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                     "PERFORM nextval('public.trigger_canary'); RETURN NEW; END $$")
        conn.execute("CREATE TRIGGER grab BEFORE INSERT ON shop.items FOR EACH ROW EXECUTE FUNCTION shop.grab()")
        conn.execute("GRANT INSERT, SELECT ON shop.items TO sec_filler")
        conn.execute("RESET ROLE")
        conn.execute("GRANT USAGE ON SEQUENCE public.trigger_canary TO sec_filler, sec_owner")
        conn.execute("SET ROLE sec_filler")
        for sql in ("SELECT generate_sample_data('shop', 'items', 5)",
                    "SELECT generate_sample_data('shop.items', 5)"):
            with pytest.raises(psycopg.Error) as info:
                conn.execute(sql)
            assert info.value.sqlstate == "42501" and "belongs to role sec_owner" in str(info.value)
        conn.execute("RESET ROLE")
        assert conn.execute("SELECT is_called FROM public.trigger_canary").fetchone()[0] is False
        # the owner vouches for its own trigger
        conn.execute("SET ROLE sec_owner")
        conn.execute("SELECT generate_sample_data('shop', 'items', 5)")
        conn.execute("RESET ROLE")
        assert conn.execute("SELECT count(*) FROM shop.items").fetchone()[0] == 5


def test_names_with_newlines_stay_inside_comments(conn):
    """A table name with a newline must not break out of a -- comment of generated text."""
    from ai_schema import sqlparser
    conn.execute('CREATE SCHEMA evil')
    conn.execute('CREATE TABLE evil."t\nCREATE ROLE pwned;--" (id bigint PRIMARY KEY, '
                 'created_at timestamptz NOT NULL DEFAULT now())')
    row = conn.execute("SELECT partition_ddl FROM ai_recommend_partitioning('live:evil', %s, 50000000)",
                       ("t\nCREATE ROLE pwned;--",)).fetchone()
    kinds = {s.kind for s in sqlparser.parse(row[0])}
    assert "CreateRoleStmt" not in kinds
    rendered = conn.execute("SELECT ai_render_schema('live:evil', 'mysql')").fetchone()[0]
    import sqlglot
    assert "-- WARNING: t\\nCREATE ROLE" in rendered          # the name stays inside its comment
    assert [type(s).__name__ for s in sqlglot.parse(rendered, read="mysql") if s is not None] == ["Create"]


def test_backslashes_cannot_end_a_snowflake_or_mysql_literal():
    from ai_schema.ddl.parse import parse_ddl
    from ai_schema.targets import render
    import sqlglot
    model = parse_ddl("CREATE TABLE t (id int PRIMARY KEY, a text DEFAULT 'x\\', b text DEFAULT 'y');")
    for platform in ("snowflake", "mysql"):
        ddl = render(model, platform, {})
        statements = [s for s in sqlglot.parse(ddl, read=platform) if s is not None]
        assert len(statements) == 1, (platform, ddl)


def test_index_advice_never_explains_another_roles_query():
    """A query another role ran (and pg_stat_statements kept) names that role's IMMUTABLE function,
    which planning would evaluate: advice for a superuser must not EXPLAIN it."""
    from pgcluster import ScratchCluster
    cluster = ScratchCluster().start("-c shared_preload_libraries=pg_stat_statements")
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as admin:
            admin.execute("CREATE EXTENSION ai_schema CASCADE")
            admin.execute("CREATE EXTENSION pg_stat_statements")
            admin.execute("CREATE EXTENSION hypopg")
            admin.execute("CREATE ROLE plotter LOGIN")
            admin.execute("CREATE SEQUENCE public.advice_canary")
            admin.execute("CREATE SCHEMA app AUTHORIZATION plotter")
            admin.execute("GRANT USAGE ON SEQUENCE public.advice_canary TO plotter")
        with psycopg.connect(cluster.conninfo(user="plotter"), autocommit=True) as plotter:
            plotter.execute("CREATE TABLE app.orders (id int PRIMARY KEY, customer int)")
            plotter.execute("CREATE FUNCTION app.spend() RETURNS bigint LANGUAGE sql VOLATILE "
                            "AS $$ SELECT nextval('public.advice_canary') $$")
            plotter.execute("CREATE FUNCTION app.looks_pure() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ "
                            "BEGIN IF current_user <> 'plotter' THEN PERFORM app.spend(); END IF; RETURN 1; END $$")
            plotter.execute("SELECT * FROM app.orders WHERE customer = app.looks_pure()")
            plotter.execute("SELECT * FROM app.orders WHERE customer = app.looks_pure()")
        with psycopg.connect(cluster.conninfo(), autocommit=True) as admin:
            kept = admin.execute("SELECT count(*) FROM pg_stat_statements WHERE query ~ 'looks_pure'").fetchone()[0]
            assert kept >= 1
            admin.execute("SELECT * FROM ai_recommend_indexes('live:app')").fetchall()
            assert admin.execute("SELECT is_called FROM public.advice_canary").fetchone()[0] is False
    finally:
        cluster.stop()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(effects=st.lists(st.sampled_from(sorted(set(EFFECTS) - {"sleep"})), min_size=1, max_size=3, unique=True),
       places=st.lists(st.sampled_from(sorted(PLACES)), min_size=1, max_size=3, unique=True))
def test_designs_mixing_attacks_have_no_observable_effect(dbs, cluster, victim, effects, places):
    """Designs made of several attacking functions in several places at once, through every entry point."""
    marker = f"{cluster.root}/pwned-mixed"
    body = " ".join(EFFECTS[e].format(marker=marker) for e in effects)
    before, after = [], []
    for n, place in enumerate(places):
        old, new = PLACES[place]
        # each place gets its own names in one pass: t → t_0, p1 → p1_0, mv → mv_0 …
        import re
        old, new = (re.sub(r"\b(t|t_c|p|p1|mv)\b", lambda m: f"{m.group()}_{n}", x) for x in (old, new))
        before.append(old)
        after.append(new)
    function = ("CREATE FUNCTION evil() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN "
                + body + " RETURN 1; END $$;\n")
    old_ddl, new_ddl = "\n".join(before), function + "\n".join(after)
    with dbs.connect(victim) as conn:
        conn.execute("DELETE FROM ai_schema_designs WHERE name = 'evil'")
        conn.execute("SET SESSION AUTHORIZATION sec_author")
        conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('evil', %s)", (new_ddl,))
        conn.execute("RESET SESSION AUTHORIZATION")
        text = attempts(conn, old_ddl, new_ddl)
        assert observed(conn, marker) == {"sequence": False, "program": False, "role": False}
        assert SECRET not in text and "SCRAM-SHA-256" not in text and "internal error" not in text


def test_rest_migrate_builds_a_stored_design_without_the_callers_rights(dbs, cluster):
    """REST /migrate against a database (bootstrap tables, no extension), connected as a superuser:
    the design's function reads a secret table and raises it; nothing leaks into the HTTP answer."""
    import socket
    import threading
    import time
    import http.client
    import json
    import uvicorn
    from ai_schema.interfaces import client
    from ai_schema.interfaces.rest import create_app
    from ai_schema.designs.store import Store

    name = dbs.new(with_extension=False)
    with dbs.connect(name) as conn:
        conn.execute("CREATE TABLE public.vault (secret text); REVOKE ALL ON public.vault FROM PUBLIC")
        conn.execute("INSERT INTO public.vault VALUES (%s)", (SECRET,))
        conn.execute("CREATE SEQUENCE public.canary")
        engine = client.service(conn)
        ddl = ("CREATE FUNCTION evil() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN "
               "PERFORM nextval('public.canary'); "
               "RAISE EXCEPTION 'leak %', (SELECT string_agg(secret, ',') FROM public.vault); RETURN 1; END $$;\n"
               "CREATE MATERIALIZED VIEW mv AS SELECT evil() AS x;\n"
               "CREATE TABLE p (k int) PARTITION BY LIST (k);\n"
               "CREATE TABLE p1 PARTITION OF p FOR VALUES IN (evil());")
        Store(engine.executor, engine.extschema).create_design("evil", ddl, None)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(dsn=cluster.conninfo(name), token="t", max_body=65536),
                                           host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.05)
        http_conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        http_conn.request("POST", "/api/v1/ai-schema/migrate",
                          body=json.dumps({"from_schema": "CREATE TABLE x (id int);", "to_schema": "evil"}),
                          headers={"Authorization": "Bearer t", "Content-Type": "application/json"})
        response = http_conn.getresponse()
        body = response.read().decode()
        assert SECRET not in body
        with dbs.connect(name) as conn:
            assert conn.execute("SELECT is_called FROM public.canary").fetchone()[0] is False
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.mark.parametrize("statement, sqlstate", [
    (None, "22004"), ("", "22004"), ("   ", "22004"), ("SELECT 1; " * 900_000, "54000"),
    ("ALTER ROLE sec_caller SUPERUSER", "42501"), ("COPY (SELECT 1) TO PROGRAM 'true'", "42501"),
    ("SELECT * FROM ai_schema_llm_keys", "42501")])
def test_the_sandbox_function_refuses_bad_input_with_an_ai_schema_error(dbs, cluster, statement, sqlstate):
    """_ai_schema_sandbox_exec is callable by anyone (it only takes rights away): NULL, empty, oversized
    and malicious statements each get a clear ai_schema error."""
    name = dbs.new()
    with dbs.connect(name) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'sec_caller'").fetchone():
            conn.execute("CREATE ROLE sec_caller LOGIN")
    with psycopg.connect(cluster.conninfo(name, user="sec_caller"), autocommit=True) as caller:
        with pytest.raises(psycopg.Error) as info:
            caller.execute("SELECT public._ai_schema_sandbox_exec(%s)", (statement,))
        assert info.value.sqlstate == sqlstate and str(info.value).startswith("ai_schema:"), info.value
    with dbs.connect(name) as conn:
        assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = 'sec_caller'").fetchone() == (False,)
