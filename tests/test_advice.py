"""ai_recommend_indexes on a seeded database with a skewed workload: the recommended indexes
lower the EXPLAIN cost (hypopg's before/after numbers) and none duplicates an existing index."""

import json
import re

import psycopg
import pytest

WORKLOAD = ["SELECT * FROM orders WHERE customer_id = 42",
            "SELECT id, total FROM orders WHERE status = 'open' ORDER BY created_at DESC LIMIT 10",
            "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = 'c7@example.com'"]


@pytest.fixture
def shop(conn):
    conn.execute("""
        CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
        CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            customer_id bigint NOT NULL REFERENCES customers (id), status text NOT NULL,
            total numeric(12,2) NOT NULL, created_at timestamptz NOT NULL);
        CREATE INDEX orders_created_at_idx ON orders (created_at);
        INSERT INTO customers (email) SELECT 'c' || g || '@example.com' FROM generate_series(1, 20000) g;
        INSERT INTO orders (customer_id, status, total, created_at)
        SELECT 1 + g % 20000, CASE WHEN g % 500 = 0 THEN 'open' ELSE 'closed' END, g % 1000,
               timestamp '2026-01-01' - g * interval '1 minute' FROM generate_series(1, 100000) g;
        ANALYZE customers; ANALYZE orders;""")
    return conn


def recommend(conn):
    return conn.execute("SELECT * FROM ai_recommend_indexes('public', 'oltp', %s::jsonb)",
                        (json.dumps({"queries": WORKLOAD}),)).fetchall()


def test_hypothetical_indexes_lower_the_cost(shop):
    shop.execute("CREATE EXTENSION hypopg")
    rows = recommend(shop)
    ddls = {r[2] for r in rows}
    assert "CREATE INDEX orders_customer_id_idx ON orders (customer_id);" in ddls
    assert "CREATE INDEX orders_status_created_at_idx ON orders (status, created_at);" in ddls
    assert "CREATE INDEX customers_email_idx ON customers (email);" in ddls
    for table, name, ddl, score, cost, reason in rows:
        before, after = map(float, re.search(r"([\d.]+) -> ([\d.]+) with a hypothetical index", reason).groups())
        assert after < before and 0 < score <= 1, reason
        assert "orders (created_at)" not in ddl                 # that one exists already
    # an index that exists is never recommended again
    shop.execute("CREATE INDEX orders_customer_id_idx ON orders (customer_id)")
    assert "orders_customer_id_idx" not in {r[1] for r in recommend(shop)}


def test_without_hypopg_it_says_so(shop):
    rows = recommend(shop)
    assert rows and all("hypopg is not installed" in r[5] for r in rows)


def test_bad_input(shop):
    for options, sqlstate in (('{"queries": ["DELETE FROM orders"]}', "0A000"), ('{"bogus": 1}', "22023")):
        with pytest.raises(psycopg.Error) as info:
            shop.execute("SELECT * FROM ai_recommend_indexes('public', 'oltp', %s::jsonb)", (options,))
        assert info.value.sqlstate == sqlstate
    assert shop.execute("SELECT count(*) FROM orders").fetchone()[0] == 100000
