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
