"""generate_sample_data: every template filled with 10,000 rows per table without a constraint
violation; the same seed gives the same rows."""

import psycopg
import pytest

from ai_schema.designs import templates


def _load(conn, name, schema="app"):
    ddl = conn.execute("SELECT ai_generate_from_template(%s)", (name,)).fetchone()[0]
    conn.execute(f"CREATE SCHEMA {schema}")
    conn.execute(f"SET search_path = {schema}")
    conn.execute(ddl)
    conn.execute("RESET search_path")


def _tables(conn, schema="app"):
    return [r[0] for r in conn.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1", (schema,))]


@pytest.mark.parametrize("name", sorted(templates.TEMPLATES))
def test_every_template_fills_10000_rows_per_table(conn, name):
    _load(conn, name)
    counts = conn.execute("SELECT generate_sample_data('app', NULL, 10000, 7)").fetchone()[0]
    tables = _tables(conn)
    assert sorted(counts) == sorted(tables)
    for table in counts:
        assert counts[table] == 10000, (table, counts[table])
        assert conn.execute(f"SELECT count(*) FROM app.{table}").fetchone()[0] >= 10000


def test_same_seed_same_rows(conn):
    for schema in ("a", "b"):
        _load(conn, "ecommerce", schema)
        conn.execute("SELECT generate_sample_data(%s, NULL, 500, 3)", (schema,))
    for table in _tables(conn, "a"):
        digest = "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM {}.{} t"
        assert conn.execute(digest.format("a", table)).fetchone() == conn.execute(digest.format("b", table)).fetchone()
    _load(conn, "ecommerce", "c")
    conn.execute("SELECT generate_sample_data('c', NULL, 500, 4)")
    digest = "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM {}.customers t"
    assert conn.execute(digest.format("a")).fetchone() != conn.execute(digest.format("c")).fetchone()


def test_one_table_fills_its_empty_parents_and_respects_checks(conn):
    _load(conn, "ecommerce")
    counts = conn.execute("SELECT generate_sample_data('app', 'reviews', 2000, 1)").fetchone()[0]
    assert counts["reviews"] == 2000 and counts["products"] == 2000 and counts["customers"] == 2000
    low, high = conn.execute("SELECT min(rating), max(rating) FROM app.reviews").fetchone()
    assert 1 <= low <= high <= 5
    again = conn.execute("SELECT generate_sample_data('live:app', 'reviews', 100, 2)").fetchone()[0]
    assert again == {"reviews": 100}                        # parents have rows now


@pytest.mark.parametrize("args,sqlstate,text", [
    (("app", "nope", 10, 0), "42704", 'table "nope" does not exist'),
    (("nope", None, 10, 0), "3F000", 'schema "nope" does not exist'),
    (("app", None, -1, 0), "22023", "row_count must be between 0"),
])
def test_bad_input(conn, args, sqlstate, text):
    conn.execute("CREATE SCHEMA app")
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT generate_sample_data(%s, %s, %s, %s)", args)
    assert info.value.sqlstate == sqlstate and text in str(info.value)


def test_seed_pipeline_keeps_rows_for_tests_and_changes_nothing(conn):
    _load(conn, "ecommerce")
    listed = conn.execute("SELECT table_name, parents FROM ai_schema_tables('app')").fetchall()
    names = [n for n, _ in listed]
    assert names.index("app.customers") < names.index("app.orders") < names.index("app.order_items")
    assert dict(listed)["app.reviews"] == ["customers", "products"]
    conn.execute("INSERT INTO ai_schema_test_data (schema_name, table_name, sample_rows) "
                 "SELECT 'app', table_name, generate_sample_data(table_name, 50) FROM ai_schema_tables('app')")
    kept = dict(conn.execute("SELECT table_name, sample_rows FROM ai_schema_test_data").fetchall())
    assert sorted(kept) == sorted(names) and all(len(rows) == 50 for rows in kept.values())
    assert all(1 <= r["rating"] <= 5 for r in kept["app.reviews"])
    assert not any(r["name"].split()[0] in ("Ada", "Grace", "Alan") for r in kept["app.categories"])
    assert conn.execute("SELECT count(*) FROM app.customers").fetchone() == (0,)     # nothing was kept
    conn.execute("SET search_path = app, public")                                   # the caller's path finds it
    assert len(conn.execute("SELECT generate_sample_data('reviews', 3)").fetchone()[0]) == 3
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT generate_sample_data('nope', 3)")
    assert info.value.sqlstate == "42704"
