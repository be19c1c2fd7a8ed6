"""`make bench`, lifecycle part: ai_apply_schema on a 100-table design and its next release.

Figures: the first apply (empty schema -> design), a dry run and the apply of the release
(ALTERs on a live schema), and a rollback to the first version, against pglast's parse of the
two DDL texts (baseline, same run).
"""

import pathlib
import sys
import time

import psycopg

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from ai_schema import sqlparser# noqa: E402
from migrate import SERVER_TABLES, release  # noqa: E402
from pgcluster import ScratchCluster  # noqa: E402
from run import median_time, schema_ddl  # noqa: E402


def timed(conn, sql, params):
    start = time.perf_counter()
    result = conn.execute(sql, params).fetchone()[0]
    return time.perf_counter() - start, result


def main():
    old, new = schema_ddl(SERVER_TABLES), release(SERVER_TABLES)
    raw = median_time(lambda: (sqlparser.parse_sql(old), sqlparser.parse_sql(new)))
    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION ai_schema CASCADE")
            conn.execute("CREATE SCHEMA app")
            conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('bench', %s)", (old,))
            apply = "SELECT ai_apply_schema('bench', %s, '{\"target_schema\": \"app\"}')"
            first, report = timed(conn, apply, (False,))
            assert report["applied"], report["error"]
            conn.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'bench'", (new,))
            dry, report = timed(conn, apply, (True,))
            assert report["error"] is None, report["error"]
            second, report = timed(conn, apply, (False,))
            assert report["applied"], report["error"]
            steps = len(report["statements"])
            back, report = timed(conn, "SELECT ai_rollback_schema('bench', '1', 'bench')", ())
            assert report["applied"], report["error"]
    finally:
        cluster.stop()
    print(f"lifecycle: {SERVER_TABLES}-table design, release of {steps} steps")
    print(f"pglast parse of both versions (baseline) {raw * 1000:8.1f} ms")
    for label, seconds in (("first apply (empty schema)", first), ("dry run of the release", dry),
                           ("apply of the release", second), ("rollback to version 1", back)):
        print(f"{label:40} {seconds * 1000:8.1f} ms   {seconds / raw:5.1f}x pglast")


if __name__ == "__main__":
    main()
