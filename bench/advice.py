"""`make bench`, advice part: what each adviser finds on seeded data and what it costs, against
same-run baselines.

- ai_recommend_indexes with hypopg on a 50k-customer / 300k-order shop and a skewed workload:
  EXPLAIN cost of the workload before and after the recommended indexes (hypothetical, then real),
  and the time of the call against plain EXPLAINs of the same queries;
- ai_recommend_partitioning of a 300k-row event table: the pruning it reports, the call's time,
  and its migration's run time against a plain CREATE TABLE AS copy of the same rows;
- ai_recommend_denormalization on 200k tasks: the measured cost changes and the call's time.
"""

import json
import pathlib
import re
import sys
import time

import psycopg

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pgcluster import ScratchCluster  # noqa: E402

SHOP = """
CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id), status text NOT NULL,
    total numeric(12,2) NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO customers (email) SELECT 'c' || g || '@example.com' FROM generate_series(1, 50000) g;
INSERT INTO orders (customer_id, status, total, created_at)
SELECT 1 + (g::bigint * 7919) % 50000, CASE WHEN g % 500 = 0 THEN 'open' ELSE 'closed' END, g % 1000,
       timestamp '2026-01-01' - g * interval '1 minute' FROM generate_series(1, 300000) g;
CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text NOT NULL,
    created_at timestamptz NOT NULL, payload jsonb);
INSERT INTO events (kind, created_at) SELECT 'k' || g % 10, timestamptz '2024-01-01' + g * interval '5 minutes'
FROM generate_series(1, 300000) g;
CREATE TABLE organizations (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (id), name text NOT NULL);
CREATE TABLE tasks (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id), title text NOT NULL);
INSERT INTO organizations (name) SELECT 'o' || g FROM generate_series(1, 100) g;
INSERT INTO projects (organization_id, name) SELECT 1 + g % 100, 'p' FROM generate_series(1, 5000) g;
INSERT INTO tasks (project_id, title) SELECT 1 + g % 5000, 't' FROM generate_series(1, 200000) g;
ANALYZE;
"""
WORKLOAD = ["SELECT * FROM orders WHERE customer_id = 42",
            "SELECT id, total FROM orders WHERE status = 'open' ORDER BY created_at DESC LIMIT 10",
            "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = 'c7@example.com'"]


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def cost(conn, query):
    return conn.execute("EXPLAIN (FORMAT JSON) " + query).fetchone()[0][0]["Plan"]["Total Cost"]


def indexes(conn):
    conn.execute("CREATE EXTENSION hypopg")
    options = json.dumps({"queries": WORKLOAD})
    conn.execute("SELECT * FROM ai_recommend_indexes('public', 'oltp', %s::jsonb)", (options,))    # warm
    rows, seconds = timed(lambda: conn.execute(
        "SELECT index_ddl, benefit_score FROM ai_recommend_indexes('public', 'oltp', %s::jsonb)", (options,)).fetchall())
    before, explain = timed(lambda: sum(cost(conn, q) for q in WORKLOAD))
    for ddl, _ in rows:
        conn.execute(ddl)
    conn.execute("ANALYZE")
    after = sum(cost(conn, q) for q in WORKLOAD)
    print(f"index advice: {len(rows)} indexes, scores {', '.join(f'{s:.2f}' for _, s in rows)}; workload EXPLAIN "
          f"cost {before:,.0f} -> {after:,.0f} once built ({before / after:,.0f}x lower)")
    print(f"  call with hypopg proofs: {seconds * 1000:.0f} ms; plain EXPLAIN of the 3 queries (baseline): "
          f"{explain * 1000:.1f} ms; {seconds / explain:.0f}x")


def partitioning(conn):
    row, seconds = timed(lambda: conn.execute(
        "SELECT partition_strategy, partition_key, partition_ddl, benefit "
        "FROM ai_recommend_partitioning('public', 'events', 100000000)").fetchone())
    pruning = re.search(r"scans \d+ of \d+ partitions", row[3]).group(0)
    _, copy = timed(lambda: conn.execute("CREATE TABLE events_copy AS SELECT * FROM events"))
    _, migrate = timed(lambda: conn.execute(row[2]))
    rows = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    print(f"partitioning advice: {row[0]} on {row[1]}, a one-period query {pruning}; call {seconds * 1000:.0f} ms")
    print(f"  its migration moved {rows:,} rows in {migrate * 1000:.0f} ms; CREATE TABLE AS of the same rows "
          f"(baseline) {copy * 1000:.0f} ms; {migrate / copy:.1f}x")


def denormalization(conn):
    rows, seconds = timed(lambda: conn.execute(
        "SELECT table_name, column_to_add, benefit FROM ai_recommend_denormalization('public')").fetchall())
    tenant = [r for r in rows if r[0] == "tasks"]
    print(f"denormalization advice: {len(rows)} suggestions in {seconds * 1000:.0f} ms (each measured on the rows, "
          "rolled back)")
    for table, column, benefit in tenant + [r for r in rows if r[1].startswith("tasks_count")]:
        found = re.search(r"EXPLAIN cost ([\d.]+) -> ([\d.]+)", benefit)
        print(f"  {table}.{column.split()[0]}: query cost {float(found.group(1)):,.0f} -> {float(found.group(2)):,.0f}")


def main():
    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION ai_schema CASCADE")
            conn.execute(SHOP)
            indexes(conn)
            partitioning(conn)
            denormalization(conn)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
