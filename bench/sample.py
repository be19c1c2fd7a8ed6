"""`make bench`, sample data part: generate_sample_data on a 10-table schema (keys, foreign keys,
CHECKs, enums, uniques, partial and expression indexes), in rows per second (target >= 50,000)."""

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


def main():
    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION ai_schema CASCADE")
            conn.execute("CREATE SCHEMA app")
            conn.execute("SET search_path = app")
            conn.execute(schema_ddl(10))
            conn.execute("RESET search_path")
            conn.execute("SELECT generate_sample_data('app', NULL, 10, 1)")          # warm the backend
            start = time.perf_counter()
            counts = conn.execute("SELECT generate_sample_data('app', NULL, %s, 2)", (ROWS,)).fetchone()[0]
            seconds = time.perf_counter() - start
    finally:
        cluster.stop()
    total = sum(counts.values())
    print(f"sample data: {len(counts)} tables x {ROWS:,} rows = {total:,} rows in {seconds:.2f} s: "
          f"{total / seconds:,.0f} rows/s (target >= 50,000)")


if __name__ == "__main__":
    main()
