"""ai_recommend_denormalization: the maintenance DDL runs on the server and keeps every copy equal to
its source through inserts, updates, deletes and TRUNCATE; the measured costs go down."""

import re

import psycopg
import pytest

SAAS = """
CREATE SCHEMA saas;
SET search_path = saas;
CREATE TABLE organizations (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (id), name text NOT NULL);
CREATE TABLE tasks (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE, title text NOT NULL);
INSERT INTO organizations (name) SELECT 'o' || g FROM generate_series(1, 20) g;
INSERT INTO projects (organization_id, name) SELECT 1 + g % 20, 'p' FROM generate_series(1, 400) g;
INSERT INTO tasks (project_id, title) SELECT 1 + g % 400, 't' FROM generate_series(1, 20000) g;
ANALYZE;
RESET search_path;
"""

CONSISTENT = """SELECT
    (SELECT count(*) FROM saas.tasks t JOIN saas.projects p ON p.id = t.project_id
      WHERE t.organization_id IS DISTINCT FROM p.organization_id),
    (SELECT count(*) FROM saas.projects p WHERE p.tasks_count <> (SELECT count(*) FROM saas.tasks t
      WHERE t.project_id = p.id)),
    (SELECT count(*) FROM saas.organizations o WHERE o.projects_count <> (SELECT count(*) FROM saas.projects p
      WHERE p.organization_id = o.id))"""


@pytest.fixture
def saas(conn):
    conn.execute(SAAS)
    return conn


def advise(conn, schema, goal="read_heavy", options="{}"):
    cur = conn.execute("SELECT * FROM ai_recommend_denormalization(%s, %s, %s::jsonb)", (schema, goal, options))
    return [dict(zip([d.name for d in cur.description], row)) for row in cur.fetchall()]


def test_copies_stay_equal_to_their_sources(saas):
    rows = advise(saas, "saas")
    assert {(r["table_name"], r["column_to_add"]) for r in rows} == {
        ("tasks", "organization_id bigint"), ("projects", "tasks_count integer"),
        ("organizations", "projects_count integer")}
    for row in rows:
        before, after = map(float, re.search(r"EXPLAIN cost ([\d.]+) -> ([\d.]+)", row["benefit"]).groups())
        assert after < before, row["benefit"]
    assert saas.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'saas.tasks'::regclass "
                        "AND attname = 'organization_id'").fetchone() == (0,)       # measuring left nothing behind
    for row in rows:
        saas.execute(row["maintenance_ddl"])
    assert saas.execute(CONSISTENT).fetchone() == (0, 0, 0)
    # inserts need not name the copy; moves, parent changes, deletes and TRUNCATE keep everything equal
    saas.execute("INSERT INTO saas.tasks (project_id, title) SELECT 1 + g % 7, 'n' FROM generate_series(1, 50) g")
    saas.execute("UPDATE saas.tasks SET project_id = 3 WHERE id % 10 = 0")
    saas.execute("UPDATE saas.projects SET organization_id = 5 WHERE id IN (3, 4)")
    saas.execute("DELETE FROM saas.tasks WHERE id % 7 = 0")
    saas.execute("DELETE FROM saas.projects WHERE id = 9")
    assert saas.execute(CONSISTENT).fetchone() == (0, 0, 0)
    with pytest.raises(psycopg.errors.ForeignKeyViolation):               # a wrong copy is refused
        saas.execute("UPDATE saas.tasks SET organization_id = 1 WHERE project_id = 2")
    saas.execute("TRUNCATE saas.tasks")
    assert saas.execute(CONSISTENT).fetchone() == (0, 0, 0)
    assert saas.execute("SELECT sum(tasks_count) FROM saas.projects").fetchone() == (0,)


def test_goals(saas):
    balanced = advise(saas, "saas", "balanced")
    assert [r["column_to_add"] for r in balanced] == ["organization_id bigint"]
    assert "CREATE TRIGGER" in balanced[0]["maintenance_ddl"]
    write_heavy = advise(saas, "saas", "write_heavy")
    assert [r["column_to_add"] for r in write_heavy] == ["organization_id bigint"]
    assert "TRIGGER" not in write_heavy[0]["maintenance_ddl"]
    saas.execute(write_heavy[0]["maintenance_ddl"])                    # applies: inserts name the copy themselves
    saas.execute("INSERT INTO saas.tasks (project_id, organization_id, title) "
                 "SELECT id, organization_id, 'w' FROM saas.projects WHERE id = 2")
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        saas.execute("INSERT INTO saas.tasks (project_id, organization_id, title) VALUES (2, 1, 'wrong')")
    limited = advise(saas, "saas", "read_heavy", '{"measure_max_rows": 10}')
    assert all("not measured: " in r["benefit"] for r in limited)
    assert len(advise(saas, "saas", "read_heavy", '{"max": 1}')) == 1


def test_design_ddl_applies(conn):
    ddl = SAAS.split("SET search_path = saas;")[1].split("INSERT")[0]
    rows = advise(conn, ddl)
    assert rows and all("EXPLAIN" not in r["benefit"] for r in rows)      # a design has no rows to measure
    conn.execute(ddl)
    for row in rows:
        conn.execute(row["maintenance_ddl"])
    conn.execute("INSERT INTO organizations (name) VALUES ('o'); INSERT INTO projects (organization_id, name) "
                 "VALUES (1, 'p'); INSERT INTO tasks (project_id, title) VALUES (1, 't')")
    assert conn.execute("SELECT organization_id FROM tasks").fetchone() == (1,)
    assert conn.execute("SELECT tasks_count FROM projects").fetchone() == (1,)


@pytest.mark.parametrize("goal,options,sqlstate", [("fast", "{}", "22023"), ("balanced", '{"bogus": 1}', "22023"),
                                                   ("balanced", '{"measure_max_rows": -1}', "22023")])
def test_bad_input(saas, goal, options, sqlstate):
    with pytest.raises(psycopg.Error) as info:
        advise(saas, "saas", goal, options)
    assert info.value.sqlstate == sqlstate
