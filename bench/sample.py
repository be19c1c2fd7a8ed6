"""`make bench`, sample data part: generate_sample_data on a 10-table schema (keys, foreign keys,
CHECKs, enums, uniques, partial and expression indexes), in rows per second (target >= 50,000).

Baseline, same run: a hand-written INSERT … SELECT FROM generate_series of trivial values into a
copy of the same tables (same indexes, keys and foreign-key checks), i.e. what the server needs
just to store the rows."""

import pathlib
import sys
import time

import psycopg

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from pgcluster import ScratchCluster  # noqa: E402
from run import schema_ddl  # noqa: E402

ROWS = 20_000
TABLES = 10
TRIVIAL = ("INSERT INTO base.entity_{i:03d} (parent_id, code, name, status, amount, quantity, attributes, created_at) "
           "SELECT {parent}, 'c' || g, 'n' || g, 'new', g % 100, g % 10, '{{}}', now() "
           "FROM generate_series(1, {rows}) g")


def main():
    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION ai_schema CASCADE")
            for schema in ("app", "base"):
                conn.execute(f"CREATE SCHEMA {schema}; SET search_path = {schema}")
                conn.execute(schema_ddl(TABLES))
            conn.execute("RESET search_path")
            conn.execute("SELECT generate_sample_data('app', NULL, 10, 1)")          # warm the backend
            start = time.perf_counter()
            counts = conn.execute("SELECT generate_sample_data('app', NULL, %s, 2)", (ROWS,)).fetchone()[0]
            seconds = time.perf_counter() - start
            start = time.perf_counter()
            for i in range(TABLES):
                parent = f"(SELECT min(id) FROM base.entity_{i - 1:03d}) + g % {ROWS}" if i else "NULL"
                conn.execute(TRIVIAL.format(i=i, parent=parent, rows=ROWS))
            baseline = time.perf_counter() - start
    finally:
        cluster.stop()
    total = sum(counts.values())
    print(f"sample data: {len(counts)} tables x {ROWS:,} rows = {total:,} rows in {seconds:.2f} s: "
          f"{total / seconds:,.0f} rows/s (target >= 50,000)")
    print(f"  baseline, trivial INSERT ... SELECT into the same tables: {TABLES * ROWS / baseline:,.0f} rows/s; "
          f"ours takes {seconds / baseline:.2f}x its time")


if __name__ == "__main__":
    main()
