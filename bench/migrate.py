"""`make bench`, migration part: ours and migra on the same corpus pairs, in the same run.

For every pair of tests/fixtures/pairs: database A holds the from side, B the to side.
Each tool plans up (A -> B) and down (B -> A) from the two live databases; the time
is that planning (reading both catalogs included), so both do the same work. Then each
tool's scripts run on a fresh copy of A: up, compare the catalog with B's; down, compare
with A's (by ai_schema's catalog reader). Pass = both round trips equal. migra is run
unsafe (it refuses drops otherwise) and with privileges; ours in plain mode without the
server-side proof.
"""

import pathlib
import statistics
import sys
import time
import warnings

import psycopg

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from ai_schema import catalog, sqlparser# noqa: E402
from ai_schema.db import PsycopgExecutor  # noqa: E402
from ai_schema.diff import compare, generate_migration  # noqa: E402
from pairs import load_pairs  # noqa: E402
from pgcluster import ScratchCluster  # noqa: E402
from run import median_times, schema_ddl  # noqa: E402

SERVER_TABLES = 100


def release(n):
    """The next version of schema_ddl(n): a column, a wider type, a new index and a dropped check per table."""
    text = schema_ddl(n).replace("    deleted_at timestamptz\n", "    deleted_at timestamptz,\n    note text\n")
    text = text.replace("code varchar(32)", "code varchar(64)").replace(" CHECK (quantity >= 0)", "")
    return text + "".join(f"\nCREATE INDEX entity_{i:03d}_status_idx ON entity_{i:03d} (status);" for i in range(n))


def in_server(cluster):
    """ai_generate_migration in the server on a 100-table release, with and without the proof,
    against pglast's parse of both texts (baseline, same run)."""
    old, new = schema_ddl(SERVER_TABLES), release(SERVER_TABLES)
    with psycopg.connect(cluster.conninfo(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE bench_server")
    with psycopg.connect(cluster.conninfo("bench_server"), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION ai_schema CASCADE")
        query = "SELECT * FROM ai_generate_migration(%s, %s, %s::jsonb)"
        up, _, impact = conn.execute(query, (old, new, '{"safe": true}')).fetchone()
        assert impact["verified"] is True, impact["verification"]
        raw, plain, proven = median_times(
            lambda: (sqlparser.parse_sql(old), sqlparser.parse_sql(new)),
            lambda: conn.execute(query, (old, new, '{"verify": false}')).fetchone(),
            lambda: conn.execute(query, (old, new, '{}')).fetchone(), runs=3)
    print(f"in server: {SERVER_TABLES}-table release ({impact['steps']} up steps), "
          f"ai_generate_migration median of 3")
    print(f"pglast parse of both sides (baseline) {raw * 1000:8.1f} ms")
    print(f"without the proof                     {plain * 1000:8.1f} ms   {plain / raw:5.1f}x pglast")
    print(f"with the proof (both directions run)  {proven * 1000:8.1f} ms   {proven / raw:5.1f}x pglast")


def read(conninfo):
    with psycopg.connect(conninfo, autocommit=True) as conn:
        return catalog.introspect(PsycopgExecutor(conn), ["public"])


def ours(cluster, a, b, pair):
    started = time.perf_counter()
    old, new = read(cluster.conninfo(a)), read(cluster.conninfo(b))
    up, down, _ = generate_migration(old, new, {**pair.options, "safe": False, "verify": False})
    return time.perf_counter() - started, up, down


def migra(cluster, a, b, pair):
    from migra import Migration
    from sqlalchemy.pool import NullPool
    from sqlbag import S

    def url(db):
        return f"postgresql+psycopg2://postgres@/{db}?host={cluster.root}&port={cluster.port}"

    started = time.perf_counter()
    scripts = []
    for x, y in ((a, b), (b, a)):
        with S(url(x), poolclass=NullPool) as sx, S(url(y), poolclass=NullPool) as sy:  # the databases are dropped
            m = Migration(sx, sy)
            m.set_safety(False)
            m.add_all_changes(privileges=True)
            scripts.append(m.sql)
    return time.perf_counter() - started, scripts[0], scripts[1]


def round_trips(cluster, admin, pair, up, down, n):
    """Does before+up equal after, and after+down equal before (by catalog)?"""
    db = f"rt{n}"
    admin.execute(f"CREATE DATABASE {db} TEMPLATE template0")
    try:
        with psycopg.connect(cluster.conninfo(db), autocommit=True) as conn:
            conn.execute(pair.before)
            if pair.data:
                conn.execute(pair.data)
            before = catalog.introspect(PsycopgExecutor(conn), ["public"])
            for statement in sqlparser.parse(up) if up.strip() else ():
                conn.execute(statement.text)
            if compare(catalog.introspect(PsycopgExecutor(conn), ["public"]), pair.after_model):
                return False
            for statement in sqlparser.parse(down) if down.strip() else ():
                conn.execute(statement.text)
            return not compare(catalog.introspect(PsycopgExecutor(conn), ["public"]), before)
    except Exception as exc:                 # the tool's script does not run: a failed round trip
        print(f"  {pair.name}: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}", file=sys.stderr)
        return False
    finally:
        admin.execute(f"DROP DATABASE {db} WITH (FORCE)")


def main():
    warnings.simplefilter("ignore")
    pairs = [p for p in load_pairs() if "CREATE SCHEMA" not in p.before + p.after]   # both tools read public only
    if len(sys.argv) > 1:
        pairs = [p for p in pairs if p.name in sys.argv[1:]]
    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as admin:
            results = {"ai_schema": [], "migra": []}
            for n, pair in enumerate(pairs):
                admin.execute("CREATE DATABASE side_a TEMPLATE template0")
                admin.execute("CREATE DATABASE side_b TEMPLATE template0")
                with psycopg.connect(cluster.conninfo("side_a"), autocommit=True) as conn:
                    conn.execute(pair.before)
                with psycopg.connect(cluster.conninfo("side_b"), autocommit=True) as conn:
                    conn.execute(pair.after)
                pair.after_model = read(cluster.conninfo("side_b"))
                for name, tool in (("migra", migra), ("ai_schema", ours)):
                    try:
                        seconds, up, down = tool(cluster, "side_a", "side_b", pair)
                        ok = round_trips(cluster, admin, pair, up, down, n)
                    except Exception as exc:     # the tool cannot plan this pair
                        print(f"  {name} {pair.name}: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}",
                              file=sys.stderr)
                        seconds, ok = None, False
                    results[name].append((pair.name, seconds, ok))
                admin.execute("DROP DATABASE side_a WITH (FORCE)")
                admin.execute("DROP DATABASE side_b WITH (FORCE)")
        report(pairs, results)
        in_server(cluster)
    finally:
        cluster.stop()


def report(pairs, results):
    print(f"migrations: {len(pairs)} corpus pairs (tests/fixtures/pairs), plan up+down from two live databases")
    medians = {}
    for name, rows in results.items():
        times = [s for _, s, _ in rows if s is not None]
        medians[name] = statistics.median(times)
        passed = sum(ok for _, _, ok in rows)
        print(f"{name:10} round-trip pass {passed:3}/{len(rows)} ({100 * passed / len(rows):5.1f}%)   "
              f"median {medians[name] * 1000:7.1f} ms/pair   total {sum(times):6.1f} s")
    print(f"ai_schema / migra time per pair: {medians['ai_schema'] / medians['migra']:.2f}x")
    failed = [name for name, _, ok in results["migra"] if not ok]
    print("migra fails on: " + (", ".join(failed) if failed else "none"))
    ours_failed = [name for name, _, ok in results["ai_schema"] if not ok]
    print("ai_schema fails on: " + (", ".join(ours_failed) if ours_failed else "none"))


if __name__ == "__main__":
    main()
