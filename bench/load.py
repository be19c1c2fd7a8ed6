"""`make bench`, load part: ai_load_test_schema on the ecommerce template filled with 10,000 rows per
table (4 users, 3 s, oltp mix), against pgbench's built-in select-only run (-S: one lookup by key
per transaction) with the same clients and time in the same cluster: the load generator's own
overhead shows in the ratio of their throughputs."""

import pathlib
import re
import sys

import psycopg

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pgcluster import ScratchCluster  # noqa: E402

USERS, SECONDS = 4, 3


def main():
    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION ai_schema CASCADE")
            ddl = conn.execute("SELECT ai_generate_from_template('ecommerce')").fetchone()[0]
            conn.execute("CREATE SCHEMA app; SET search_path = app")
            conn.execute(ddl)
            conn.execute("RESET search_path")
            conn.execute("SELECT generate_sample_data('app', NULL, 10000, 1)")
            conn.execute("ANALYZE")
            cur = conn.execute("SELECT * FROM ai_load_test_schema('app', %s::jsonb)",
                               (f'{{"duration_seconds": {SECONDS}, "concurrent_users": {USERS}}}',))
            row = dict(zip([d.name for d in cur.description], cur.fetchone()))
        cluster.run_tool("pgbench", "-i", "-q", "-s", "1", "postgres")
        out = cluster.run_tool("pgbench", "-S", "-n", "-c", str(USERS), "-j", str(USERS), "-T", str(SECONDS),
                               "postgres").stdout
        tps = float(re.search(r"tps = ([\d.]+)", out).group(1))
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:     # the same lookups, by us
            cur = conn.execute("SELECT * FROM ai_load_test_schema('public', %s::jsonb)",
                               (f'{{"duration_seconds": {SECONDS}, "concurrent_users": {USERS}}}',))
            same = dict(zip([d.name for d in cur.description], cur.fetchone()))
    finally:
        cluster.stop()
    print(f"load test: {USERS} users x {SECONDS} s on ecommerce with 10,000 rows per table: "
          f"{row['throughput_rps']:,.0f} requests/s, p50 {row['p50_latency_ms']:.2f} ms, "
          f"p95 {row['p95_latency_ms']:.2f} ms, p99 {row['p99_latency_ms']:.2f} ms, {row['errors']} errors, "
          f"stopped after {row['duration_seconds']:.2f} s")
    print(f"  pgbench -S, same clients and time (baseline): {tps:,.0f} tps; ours on pgbench's own tables (lookups "
          f"by key): {same['throughput_rps']:,.0f} requests/s, {same['throughput_rps'] / tps:.2f}x; "
          f"p50 {same['p50_latency_ms']:.2f} ms")


if __name__ == "__main__":
    main()
