"""ai_compare_schemas and the model diff under it: matched by identity, field by field."""

from ai_schema.ddl.parse import parse_ddl
from ai_schema.diff import compare

OLD = ("CREATE TABLE t (id int PRIMARY KEY, a text, b int); CREATE TABLE gone (id int); "
       "CREATE INDEX ON t (a); CREATE TYPE mood AS ENUM ('ok');")
NEW = ("CREATE TABLE new (id int); CREATE TABLE t (c jsonb, a text NOT NULL, id bigint PRIMARY KEY); "
       "CREATE TYPE mood AS ENUM ('ok', 'meh'); CREATE VIEW v AS SELECT 1 AS one;")


def test_changes_are_matched_by_identity_not_position():
    changes = {(c.kind, c.name, c.action): c for c in compare(parse_ddl(OLD), parse_ddl(NEW))}
    assert set(changes) == {
        ("table", "gone", "drop"), ("table", "new", "add"), ("column", "t.a", "alter"),
        ("column", "t.b", "drop"), ("column", "t.c", "add"), ("column", "t.id", "alter"),
        ("index", "t.t_a_idx", "drop"), ("enum", "mood", "alter"), ("view", "v", "add")}
    assert changes[("column", "t.id", "alter")].fields == {"type": ("integer", "bigint")}
    assert changes[("enum", "mood", "alter")].fields == {"values": (("ok",), ("ok", "meh"))}


def test_a_schema_equals_itself_and_its_live_copy(conn):
    assert compare(parse_ddl(NEW), parse_ddl(NEW)) == []
    conn.execute("CREATE SCHEMA app")
    conn.execute("SET search_path = app")
    conn.execute(NEW)
    conn.execute("RESET search_path")
    # the namespace live:app names is the default one of the comparison, like public for DDL text
    row = conn.execute("SELECT * FROM ai_compare_schemas('live:app', %s)", (NEW,)).fetchone()
    assert row == ([], [], [], [], [], [])


def test_ai_compare_schemas_in_sql(conn):
    row = conn.execute("SELECT * FROM ai_compare_schemas(%s, %s)", (OLD, NEW)).fetchone()
    added, removed, modified, added_cols, removed_cols, modified_cols = row
    assert added == ["new"] and removed == ["gone"]
    assert modified[0]["table"] == "t" and "column b: drop" in modified[0]["changes"]
    assert added_cols == [{"table": "t", "column": "c", "type": "jsonb", "nullable": True}]
    assert removed_cols == [{"table": "t", "column": "b", "type": "integer"}]
    assert {m["column"] for m in modified_cols} == {"a", "id"}
