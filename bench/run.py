"""`make bench`: figures for a generated 500-table schema, with same-run baselines.

- parse -> IR (ddl.parse) against pglast's parse_sql of the same text (target <= 0.5x);
- render IR -> DDL;
- live introspection of the applied schema, client-side (psycopg) and in the server
  (ai_parse_schema('live:public')), target <= 250 ms in the server.
Each figure is the median of several runs.
"""

import pathlib
import statistics
import sys
import time

import psycopg

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from ai_schema import sqlparser# noqa: E402
from ai_schema.catalog import introspect  # noqa: E402
from ai_schema.db import PsycopgExecutor  # noqa: E402
from ai_schema.ddl.parse import parse_ddl  # noqa: E402
from ai_schema.targets import render  # noqa: E402
from pgcluster import ScratchCluster  # noqa: E402

TABLES = 500


def schema_ddl(n=TABLES):
    """A realistic wide schema: keys, FKs, checks, defaults, enums, partial and expression indexes."""
    out = ["CREATE TYPE status AS ENUM ('new', 'active', 'suspended', 'closed');"]
    for i in range(n):
        parent = f"REFERENCES entity_{i - 1:03d} (id) ON DELETE CASCADE" if i else ""
        out.append(f"""
CREATE TABLE entity_{i:03d} (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint {parent},
    code varchar(32) NOT NULL UNIQUE,
    name text NOT NULL CHECK (char_length(name) > 0),
    status status NOT NULL DEFAULT 'new',
    amount numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
    quantity integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    attributes jsonb NOT NULL DEFAULT '{{}}',
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX entity_{i:03d}_parent_idx ON entity_{i:03d} (parent_id);
CREATE INDEX entity_{i:03d}_live_idx ON entity_{i:03d} (created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX entity_{i:03d}_lower_name_idx ON entity_{i:03d} (lower(name));
COMMENT ON TABLE entity_{i:03d} IS 'Entity number {i}';""")
    return "\n".join(out)


def median_times(*fns, runs=7):
    """Median time of each function, runs interleaved so machine noise hits all alike."""
    times = [[] for _ in fns]
    for _ in range(runs):
        for fn, bucket in zip(fns, times):
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    return [statistics.median(bucket) for bucket in times]


def median_time(fn, runs=5):
    return median_times(fn, runs=runs)[0]


def main():
    text = schema_ddl()
    print(f"schema: {TABLES} tables, {len(text) / 1024:.0f} KiB of DDL, "
          f"{len(sqlparser.parse_sql(text))} statements")
    model = parse_ddl(text)
    rendered = render(model)
    raw, to_ir, render_time = median_times(lambda: sqlparser.parse_sql(text), lambda: parse_ddl(text),
                                           lambda: render(model))
    print(f"pglast raw parse (baseline)      {raw * 1000:8.1f} ms")
    print(f"parse -> IR                      {to_ir * 1000:8.1f} ms   {to_ir / raw:5.2f}x pglast (target <= 0.5x)")
    print(f"render IR -> DDL                 {render_time * 1000:8.1f} ms   {render_time / raw:5.2f}x pglast")

    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION ai_schema CASCADE")
            conn.execute(rendered)
            executor = PsycopgExecutor(conn)
            live = introspect(executor, ["public"])
            assert live == model, "live model differs from the DDL model"
            client = median_time(lambda: introspect(executor, ["public"]))
            conn.execute("SELECT ai_parse_schema('live:public')")  # warm the backend (imports)
            server = median_time(lambda: conn.execute("SELECT ai_parse_schema('live:public')").fetchone())
        to_json = median_time(model.dumps)
        print(f"live introspection, client side  {client * 1000:8.1f} ms   (target < 1000 ms)")
        print(f"live introspection, in server    {server * 1000:8.1f} ms   (target <= 250 ms; "
              f"includes the model as jsonb, {len(model.dumps()) // 1024} KiB, {to_json * 1000:.0f} ms to serialise)")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
