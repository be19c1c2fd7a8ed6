"""ai_load_test_schema and ai_benchmark_schema: concurrent users run the generated workload on a
filled schema, stop on time, change no data and report consistent percentiles."""

import time

import psycopg
import pytest

CHECKSUM = ("SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (SELECT * FROM app.customers "
            "UNION ALL SELECT c.* FROM app.customers c JOIN app.orders o ON o.customer_id = c.id) t")


@pytest.fixture
def shop(conn):
    ddl = conn.execute("SELECT ai_generate_from_template('ecommerce')").fetchone()[0]
    conn.execute("CREATE SCHEMA app; SET search_path = app")
    conn.execute(ddl)
    conn.execute("RESET search_path")
    conn.execute("SELECT generate_sample_data('app', NULL, 500, 1)")
    conn.execute("ANALYZE")
    return conn


def load(conn, config):
    cur = conn.execute("SELECT * FROM ai_load_test_schema('app', %s::jsonb)", (config,))
    return dict(zip([d.name for d in cur.description], cur.fetchone()))


def test_load_test_reports_and_changes_nothing(shop):
    before = shop.execute(CHECKSUM).fetchone()
    row = load(shop, '{"duration_seconds": 1.5, "concurrent_users": 3, "write_ratio": 0.5, "mix": "mixed"}')
    assert row["requests"] > 0 and row["errors"] == 0, row["error_samples"]
    assert row["p50_latency_ms"] <= row["p95_latency_ms"] <= row["p99_latency_ms"] <= row["max_latency_ms"]
    assert row["concurrent_users"] == 3 and 1.4 <= row["duration_seconds"] <= 1.6
    assert shop.execute(CHECKSUM).fetchone() == before                   # the writes were rolled back


def test_stops_on_time_and_cancels_what_runs(shop):
    started = time.monotonic()
    row = load(shop, '{"duration_seconds": 1, "concurrent_users": 2, "queries": ["SELECT pg_sleep(30)"], '
                     '"mix": "olap"}')
    assert time.monotonic() - started < 10
    assert row["cancelled"] >= 1 and row["errors"] == 0


def test_pacing_and_read_only_users(shop):
    shop.execute("CREATE TABLE app.marks (n int); CREATE FUNCTION app.mark() RETURNS int LANGUAGE sql "
                  "AS 'INSERT INTO app.marks VALUES (1) RETURNING 1'")
    row = load(shop, '{"duration_seconds": 1.5, "concurrent_users": 2, "rps": 20, "queries": ["SELECT mark()"]}')
    assert 0 < row["requests"] + row["errors"] <= 20 * 1.5 + 2
    assert row["errors"] > 0 and any("read-only transaction" in s for s in row["error_samples"])
    assert shop.execute("SELECT count(*) FROM app.marks").fetchone() == (0,)


def test_benchmark_rows_per_query(shop):
    rows = shop.execute("SELECT query_name, calls, errors, p50_ms, p99_ms, qps FROM ai_benchmark_schema('app', 1)"
                        ).fetchall()
    names = [r[0] for r in rows]
    assert names[-1] == "(all)" and "customers.by_key" in names and "orders.of_customers" in names
    assert rows[-1][1] == sum(r[1] for r in rows[:-1]) > 0
    assert all(r[2] == 0 for r in rows)


@pytest.mark.parametrize("config,sqlstate,text", [
    ('{"concurrent_users": 0}', "22023", "concurrent_users must be"),
    ('{"duration_seconds": 7200}', "22023", "duration_seconds must be"),
    ('{"queries": ["DELETE FROM app.customers"]}', "0A000", "is not a single SELECT"),
    ('{"write_ratio": 2}', "22023", "write_ratio"),
    ('{"users": 3}', "22023", "users"),
])
def test_bad_config(shop, config, sqlstate, text):
    with pytest.raises(psycopg.Error) as info:
        load(shop, config)
    assert info.value.sqlstate == sqlstate and text in str(info.value)


def test_nothing_to_run(conn):
    conn.execute("CREATE SCHEMA app; CREATE TABLE app.empty (id int PRIMARY KEY)")
    with pytest.raises(psycopg.Error) as info:
        load(conn, '{"duration_seconds": 1}')
    assert "nothing to run" in str(info.value)
