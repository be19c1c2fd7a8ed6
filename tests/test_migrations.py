"""ai_generate_migration on the corpus: every pair round-trips on the real server.

For each pair, in a fresh database: the to side's catalog is read inside a
rolled-back transaction; the from side is applied with its rows; the scripts come
from the server (which proves them itself); up runs → the catalog equals the to
side's; down runs → the catalog equals the from side's. Rows survive both ways where
the change allows. Each pair runs in plain and in safe mode.
"""

import json

import psycopg
import pytest
from psycopg.types.json import Jsonb

from ai_schema import catalog, sqlparser
from ai_schema.db import PsycopgExecutor
from ai_schema.ddl.parse import parse_ddl
from ai_schema.diff import compare, generate_migration
from pairs import expected, load_pairs

PAIRS = load_pairs()


def _read(conn):
    return catalog.introspect(PsycopgExecutor(conn), ["public"] + sorted(
        r[0] for r in conn.execute("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                                   "AND nspname NOT IN ('public', 'information_schema')")))


def _differences(a, b):
    return [(c.kind, c.name, c.action, sorted(c.fields)) for c in compare(a, b)]


def _run(conn, script):
    for statement in sqlparser.parse(script):
        conn.execute(statement.text)


def _counts(conn, tables):
    out = {}
    for table in tables:
        exists = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()[0]
        if exists:
            out[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    return out


def _catalog_of(conn, ddl):
    with conn.transaction(force_rollback=True):
        conn.execute(ddl)
        return _read(conn)


def _data_tables(pair):
    return sorted({t for t in __import__("re").findall(r"INSERT INTO (\w+)", pair.data)})


def test_corpus_is_large_and_covers_every_kind():
    assert len(PAIRS) >= 80
    assert len({p.name for p in PAIRS}) == len(PAIRS)
    text = " ".join(p.before + p.after for p in PAIRS)
    for kind in ("CREATE TYPE", "CREATE DOMAIN", "AS (", "CREATE SEQUENCE", "PARTITION OF", "CREATE EXTENSION",
                 "CREATE SCHEMA", "CREATE VIEW", "CREATE MATERIALIZED VIEW", "CREATE FUNCTION", "CREATE PROCEDURE",
                 "CREATE TRIGGER", "CREATE POLICY", "GRANT", "COMMENT ON", "EXCLUDE", "GENERATED ALWAYS AS (",
                 "IDENTITY", "REFERENCES", "CHECK", "UNIQUE", "CREATE INDEX", "COLLATE", "NOT VALID"):
        assert kind in text, kind


@pytest.mark.parametrize("safe", [False, True], ids=["plain", "safe"])
@pytest.mark.parametrize("pair", PAIRS, ids=[p.name for p in PAIRS])
def test_pair_round_trips(pair, safe, dbs):
    with dbs.connect(dbs.new()) as conn:
        up, down, impact = conn.execute("SELECT * FROM ai_generate_migration(%s, %s, %s)",
                                        (pair.before, pair.after, Jsonb({**pair.options, "safe": safe}))).fetchone()
        assert impact["verified"] is True, json.dumps(impact.get("verification"), indent=1) + "\n" + up
        assert pair.expect, f"pair {pair.name} has no expect line: python tests/pairs.py --record"
        assert expected(impact) == pair.expect["safe" if safe else "plain"], up    # hazards and locks as recorded
        after = _catalog_of(conn, pair.after)
        conn.execute(pair.before)
        if pair.data:
            conn.execute(pair.data)
        before = _read(conn)
        tables = _data_tables(pair)
        counts = _counts(conn, tables)
        _run(conn, up)
        assert _differences(_read(conn), after) == [], up
        renamed = pair.options.get("renames", {}).get("tables", {})
        survived = _counts(conn, [renamed.get(t, t) for t in tables])
        for table, n in counts.items():
            if renamed.get(table, table) in survived:
                assert survived[renamed.get(table, table)] == n, f"rows of {table} lost by up"
        _run(conn, down)
        assert _differences(_read(conn), before) == [], down
        for table, n in _counts(conn, tables).items():
            if renamed.get(table, table) in survived and table in counts:
                assert n == counts[table], f"rows of {table} lost by down"


def test_output_is_deterministic():
    pair = next(p for p in PAIRS if p.name == "blog_v1_to_v2")
    first = generate_migration(parse_ddl(pair.before), parse_ddl(pair.after), {"safe": True})
    second = generate_migration(parse_ddl(pair.before), parse_ddl(pair.after), {"safe": True})
    assert first == second


def test_identical_sides_give_empty_scripts_with_a_note(conn):
    ddl = "CREATE TABLE t (id int PRIMARY KEY); CREATE VIEW v AS SELECT id FROM t;"
    up, down, impact = conn.execute("SELECT * FROM ai_generate_migration(%s, %s)", (ddl, ddl)).fetchone()
    assert (up, down) == ("", "")
    assert impact["note"].startswith("the two sides are identical") and impact["risk_level"] == "none"


def test_live_side_is_compared_in_catalog_form(conn):
    """A view written by hand equals the server's own text of it: nothing to migrate."""
    ddl = "CREATE TABLE t (id int PRIMARY KEY, a text); CREATE VIEW v AS SELECT id, a FROM t WHERE a <> 'x';"
    conn.execute(ddl)
    up, _, impact = conn.execute("SELECT * FROM ai_generate_migration('live:public', %s)", (ddl,)).fetchone()
    assert up == "" and impact["verified"] is True


def test_safe_mode_is_the_default_against_a_live_schema(conn):
    conn.execute("CREATE TABLE t (id int PRIMARY KEY, a text)")
    conn.execute("INSERT INTO t SELECT g, 'x' FROM generate_series(1, 5000) g")
    conn.execute("ANALYZE t")
    target = "CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL); CREATE INDEX t_a_idx ON t (a);"
    up, down, impact = conn.execute("SELECT * FROM ai_generate_migration('live:public', %s)", (target,)).fetchone()
    assert impact["safe"] is True and impact["verified"] is True
    assert up.index("SET lock_timeout = '5s';") < up.index("BEGIN;")
    assert "-- outside a transaction block:\nCREATE INDEX CONCURRENTLY t_a_idx ON t (a);" in up
    assert "CHECK (a IS NOT NULL) NOT VALID" in up and "VALIDATE CONSTRAINT t_a_not_null" in up
    assert "DROP INDEX CONCURRENTLY t_a_idx" in down
    assert impact["row_estimates"] == {"t": 5000}
    statement = next(s for s in impact["statements"] if s["sql"].startswith("CREATE INDEX CONCURRENTLY"))
    assert statement == {**statement, "lock": "SHARE UPDATE EXCLUSIVE", "transactional": False, "rows": 5000}
    _run(conn, up)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 5000


def test_impact_classes_down_steps_and_flags_data_loss(conn):
    before = "CREATE TYPE s AS ENUM ('a', 'b'); CREATE TABLE t (id int PRIMARY KEY, s s, old text);"
    after = "CREATE TYPE s AS ENUM ('a', 'b', 'c'); CREATE TABLE t (id int PRIMARY KEY, s s, new text NOT NULL DEFAULT '');"
    up, down, impact = conn.execute("SELECT * FROM ai_generate_migration(%s, %s)", (before, after)).fetchone()
    assert impact["data_loss"] == ["the values of column t.old"]
    assert "column t.old is removed" in impact["breaking_changes"] and impact["risk_level"] == "high"
    classes = {s["sql"]: s["class"] for s in impact["down"]["steps"]}
    assert classes["ALTER TABLE t DROP COLUMN new"] == "lossy"
    assert classes["ALTER TABLE t ALTER COLUMN s TYPE s USING s::text::s"] == "irreversible"  # fails once rows use 'c'
    assert classes["DROP TYPE s_ai_old"] == "lossless"
    assert impact["down"]["classes"] == {"lossless": 4, "lossy": 1, "irreversible": 1}
    assert any("renames" in s for s in impact["rename_suggestions"])
    assert {h["rule_id"] for h in impact["hazards"]} >= {"ban-drop-column"}


def test_enum_value_used_later_is_added_outside_the_transaction():
    before = "CREATE TYPE s AS ENUM ('a'); CREATE TABLE t (id int, s s DEFAULT 'a');"
    after = "CREATE TYPE s AS ENUM ('a', 'b'); CREATE TABLE t (id int, s s DEFAULT 'b');"
    up, _, _ = generate_migration(parse_ddl(before), parse_ddl(after))
    assert up.index("-- outside a transaction block:\nALTER TYPE s ADD VALUE IF NOT EXISTS 'b' AFTER 'a';") < \
        up.index("BEGIN;")


def test_verification_reports_a_plan_that_cannot_run(conn):
    up, _, impact = conn.execute("SELECT * FROM ai_generate_migration(%s, %s)", (
        "CREATE TABLE t (id int)", "CREATE TABLE t (id int, x nosuchtype)")).fetchone()
    assert impact["verified"] is False
    assert 'type "nosuchtype" does not exist' in impact["verification"]["error"]
    assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'ai_schema_scratch%'").fetchone()[0] == 0


def test_verify_can_be_switched_off(conn):
    _, _, impact = conn.execute("SELECT * FROM ai_generate_migration(%s, %s, %s)", (
        "CREATE TABLE t (id int)", "CREATE TABLE t (id bigint)", Jsonb({"verify": False}))).fetchone()
    assert impact["verified"] is None and "verification" not in impact


def test_analyze_schema_impact(conn):
    conn.execute("CREATE TABLE t (id int PRIMARY KEY, note text)")
    conn.execute("INSERT INTO t SELECT g, 'x' FROM generate_series(1, 1000) g")
    conn.execute("ANALYZE t")
    row = conn.execute("SELECT * FROM ai_analyze_schema_impact(%s, 'live:public')",
                       ("CREATE TABLE t (id bigint PRIMARY KEY)",)).fetchone()
    breaking, performance, data_migration, downtime, risk = row
    assert {b["change"] for b in breaking} == {"column t.id changes type integer -> bigint", "column t.note is removed"}
    assert "rewrites t" in performance and data_migration is True and risk == "high"
    assert downtime.total_seconds() > 0


@pytest.mark.parametrize("args,sqlstate,text", [
    (("no_such_design", "CREATE TABLE t (id int)", "{}"), "42704", 'no design named "no_such_design"'),
    (("CREATE TABLE t (id int", "CREATE TABLE t (id int)", "{}"), "42601", "syntax error"),
    ((None, "CREATE TABLE t (id int)", "{}"), "22004", "from_schema"),
    (("CREATE TABLE t (id int)", "CREATE TABLE t (id int)", '{"bogus": 1}'), "22023", "unknown option 'bogus'"),
    (("CREATE TABLE t (id int)", "CREATE TABLE t (id int)", '{"safe": "yes"}'), "22023", "safe must be true or false"),
    (("CREATE TABLE t (id int)", "CREATE TABLE u (id int)", '{"renames": {"tables": {"x": "u"}}}'), "22023",
     'renames: table "x" must exist'),
    (("CREATE TABLE t (id int)", "CREATE TABLE t (id int)", '{"renames": ["t"]}'), "22023", "renames must be an object"),
    (("CREATE TABLE t (id int)", "CREATE TABLE t (id int)", '{"lock_timeout": "1s; DROP TABLE t"}'), "22023",
     "lock_timeout must be a duration"),
    (("CREATE TABLE e (a int, b int) PARTITION BY RANGE (a); CREATE TABLE e1 PARTITION OF e FOR VALUES FROM (0) TO (9)",
      "CREATE TABLE e (a int, b int) PARTITION BY RANGE (a); "
      "CREATE TABLE e1 PARTITION OF e FOR VALUES FROM (0) TO (9) PARTITION BY RANGE (b)",
      "{}"), "0A000", "cannot migrate in place: e1 (partition key none -> range (b))"),
    (("live:nope", "CREATE TABLE t (id int)", "{}"), "3F000", 'schema "nope" does not exist'),
    (("CREATE TABLE t (id int)", "DELETE FROM t", "{}"), "0A000", "DELETE"),
])
def test_bad_input_gets_a_clear_error(conn, args, sqlstate, text):
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT * FROM ai_generate_migration(%s, %s, %s::jsonb)", args)
    assert info.value.sqlstate == sqlstate, info.value
    assert text in str(info.value) and "Traceback" not in str(info.value)
    assert info.value.diag.message_primary.startswith("ai_schema: ")


@pytest.mark.parametrize("old,new,rewrite", [
    ("character varying(50)", "character varying(200)", False), ("character varying(50)", "text", False),
    ("character varying(200)", "character varying(50)", True), ("numeric(8,2)", "numeric(12,2)", False),
    ("numeric(8,2)", "numeric(8,3)", True), ("integer", "bigint", True), ("text", "integer", True),
    ("numeric(8,2)", "numeric", False), ("text[]", "text", True)])
def test_rewrite_flag_follows_binary_coercible_changes(old, new, rewrite):
    from ai_schema.ddl.costs import rewrites
    assert rewrites(old, new) is rewrite


def test_declared_rename_rewrites_identifiers_but_not_string_literals():
    from ai_schema.diff.renames import replace_name
    assert replace_name("(fullname <> 'fullname') AND lower(fullname) = t.fullname", "fullname", "name") == \
        "(name <> 'fullname') AND lower(name) = t.name"
    assert replace_name('"Full Name" IS NOT NULL', "Full Name", "name") == "name IS NOT NULL"
