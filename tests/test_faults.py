"""Run it for years: operations on one target or design serialize, and a backend killed or a
server stopped in the middle of one leaves the target exactly as before, with a record that
says only what committed."""

import random
import threading
import time

import psycopg
import pytest
from psycopg.types.json import Jsonb

from pgcluster import ScratchCluster

V1 = ("CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL);\n"
      "CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;")
V2 = ("CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL, price numeric CHECK (price >= 0));\n"
      "CREATE INDEX products_name_idx ON products (name);\n"
      "CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;")

V3 = V2.replace("price numeric CHECK (price >= 0)", "price numeric CHECK (price >= 0), sku text")

CATALOG = """
SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM (
  SELECT 'class ' || c.relname || ' ' || c.relkind::text AS x FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'app'
  UNION ALL SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'app' AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL SELECT 'constraint ' || conname FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
   WHERE n.nspname = 'app'
  UNION ALL SELECT 'function ' || proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = 'app'
  UNION ALL SELECT 'scratch ' || nspname FROM pg_namespace WHERE nspname LIKE 'ai_schema_scratch%'
) s"""


def catalog(conn):
    return conn.execute(CATALOG).fetchone()[0]


def built(conn, ddl):
    """The catalog a DDL gives in app, read in a rolled-back transaction."""
    with conn.transaction(force_rollback=True):
        conn.execute("DROP SCHEMA app CASCADE; CREATE SCHEMA app; SET LOCAL search_path = app")
        conn.execute(ddl)
        return catalog(conn)


def apply(conn, design="shop", **options):
    return conn.execute("SELECT ai_apply_schema(%s, false, %s)",
                        (design, Jsonb({"target_schema": "app", **options}))).fetchone()[0]


@pytest.fixture
def shop(dbs):
    name = dbs.new()
    with dbs.connect(name) as conn:
        conn.execute("CREATE SCHEMA app")
        conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('shop', %s)", (V1,))
    return name


def test_simultaneous_applies_serialize_and_the_others_see_nothing_to_change(dbs, shop):
    barrier, results, errors = threading.Barrier(4), [], []

    def run():
        with dbs.connect(shop) as conn:
            conn.execute("SELECT ai_schema_version()")          # library loaded: the four really overlap
            barrier.wait()
            try:
                results.append(apply(conn))
            except psycopg.Error as exc:
                errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(r["applied"] and bool(r["statements"]) for r in results) == 1
    assert sum("nothing to do" in (r.get("note") or "") for r in results) == 3
    with dbs.connect(shop) as conn:
        assert catalog(conn) == built(conn, V1)


def test_eight_sessions_apply_roll_back_and_reapply_one_design(dbs, shop):
    with dbs.connect(shop) as conn:
        apply(conn)
        conn.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V2,))
    failures, returned = [], []

    def session(seed):
        rng = random.Random(seed)
        with dbs.connect(shop) as conn:
            conn.execute("SELECT ai_schema_version()")
            for _ in range(20):
                try:
                    if rng.random() < 0.5:
                        apply(conn)
                    else:
                        version = rng.choice(["1", "2"])
                        conn.execute("SELECT ai_rollback_schema('shop', %s, 'round')", (version,))
                    returned.append(1)
                except psycopg.Error as exc:
                    failures.append(exc)

    threads = [threading.Thread(target=session, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [str(f) for f in failures if not str(f).startswith("ai_schema:")] == []      # no raw error
    with dbs.connect(shop) as conn:
        apply(conn)
        ddl = conn.execute("SELECT ddl FROM ai_schema_designs WHERE name = 'shop'").fetchone()[0]
        assert catalog(conn) == built(conn, ddl)
        rows = conn.execute("SELECT id, at, status FROM ai_schema_deployments ORDER BY id").fetchall()
        assert len(rows) == len(returned) + 2              # every call that returned, and only those (+ 2 here)
        assert all(status in ("applied", "failed") for _, _, status in rows)
        audit = conn.execute("SELECT count(*) FROM ai_schema_audit_log WHERE action IN "
                             "('apply', 'rollback', 'apply_failed', 'rollback_failed')").fetchone()[0]
        assert audit == len(rows)                                                         # every one recorded


def test_concurrent_saves_of_one_design_give_versions_in_order(dbs, shop):
    barrier = threading.Barrier(8)
    errors = []

    def save(n):
        with dbs.connect(shop) as conn:
            barrier.wait()
            try:
                conn.execute("SELECT ai_generate_schema(%s, 'postgresql', %s)",
                             (f"a shop with products and {n + 2} kinds of tags", Jsonb({"save_as": "saved"})))
            except psycopg.Error as exc:
                errors.append(exc)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with dbs.connect(shop) as conn:
        versions = [v for v, in conn.execute("SELECT version_number FROM ai_schema_versions "
                                             "WHERE design_name = 'saved' ORDER BY created_at, version_number")]
        assert versions == list(range(1, len(versions) + 1))
        assert conn.execute("SELECT count(*) FROM ai_schema_versions WHERE design_name = 'saved' AND is_active"
                            ).fetchone()[0] == 1


def test_a_held_lock_gives_a_clear_error_with_a_retry_hint(dbs, shop):
    with dbs.connect(shop) as conn:
        apply(conn)
        conn.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V2,))
    with dbs.connect(shop, autocommit=False) as holder, dbs.connect(shop) as conn:
        holder.execute("LOCK TABLE app.products IN ACCESS EXCLUSIVE MODE")
        report = apply(conn, lock_timeout="200ms")
        assert report["applied"] is False
        assert "another session holds a lock" in report["error"] and "retry" in report["error"]
        holder.rollback()


def _wait_until_waiting(watcher, pid):
    for _ in range(200):
        row = watcher.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
        if row and row[0] == "Lock":
            return
        time.sleep(0.05)
    raise AssertionError("the operation never waited")


# Each long operation, stopped while it waits on a lock another session holds (a deterministic
# point in its middle): (what holds the lock, the call).
OPERATIONS = {
    "apply": ("LOCK TABLE app.products IN ACCESS EXCLUSIVE MODE",
              "SELECT ai_apply_schema('shop', false, '{\"target_schema\": \"app\", \"lock_timeout\": \"60s\"}')"),
    "rollback": ("LOCK TABLE app.products IN ACCESS EXCLUSIVE MODE",
                 "SELECT ai_rollback_schema('shop', '1', 'back')"),
    "merge": ("SELECT 1 FROM ai_schema_designs WHERE name = 'shop' FOR UPDATE",
              "SELECT ai_merge_schema_branch('shop_branch', 'shop', 'theirs')"),
    "sample_data": ("LOCK TABLE app.products IN ACCESS EXCLUSIVE MODE",
                    "SELECT generate_sample_data('app', 'products', 50)"),
}


def _prepare(conn):
    apply(conn)
    conn.execute("SELECT ai_create_schema_branch('shop', 'shop_branch', 'b')")
    conn.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop_branch'",
                 (V1 + "\nCREATE TABLE tags (id int PRIMARY KEY, label text);",))
    conn.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V2,))
    apply(conn)                                              # app at V2: rollback to 1 has work to do
    conn.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V3,))   # apply would alter products


def _state(conn):
    return (catalog(conn), conn.execute("SELECT count(*) FROM app.products").fetchone()[0],
            conn.execute("SELECT array_agg(status ORDER BY id) FROM ai_schema_deployments").fetchone()[0],
            conn.execute("SELECT ddl FROM ai_schema_designs WHERE name = 'shop'").fetchone()[0])


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_a_terminated_backend_leaves_everything_as_before(dbs, shop, operation):
    hold, call = OPERATIONS[operation]
    with dbs.connect(shop) as conn:
        _prepare(conn)
        before = _state(conn)
    with dbs.connect(shop, autocommit=False) as holder, dbs.connect(shop) as watcher:
        holder.execute(hold)
        victim = dbs.connect(shop)
        pid = victim.info.backend_pid
        outcome = {}

        def run():
            try:
                victim.execute(call)
            except psycopg.Error as exc:
                outcome["error"] = exc

        thread = threading.Thread(target=run)
        thread.start()
        _wait_until_waiting(watcher, pid)
        watcher.execute("SELECT pg_terminate_backend(%s)", (pid,))
        thread.join(timeout=30)
        holder.rollback()
        victim.close()
        assert "error" in outcome
        assert _state(watcher) == before


@pytest.mark.parametrize("operation", ["apply", "rollback"])
def test_an_immediate_server_stop_leaves_everything_as_before(operation):
    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION ai_schema CASCADE")
            conn.execute("CREATE SCHEMA app")
            conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('shop', %s)", (V1,))
            _prepare(conn)
            before = _state(conn)
        hold, call = OPERATIONS[operation]
        holder = psycopg.connect(cluster.conninfo())
        holder.execute(hold)
        victim = psycopg.connect(cluster.conninfo(), autocommit=True)
        pid = victim.info.backend_pid
        thread = threading.Thread(target=lambda: _swallow(victim, call))
        thread.start()
        with psycopg.connect(cluster.conninfo(), autocommit=True) as watcher:
            _wait_until_waiting(watcher, pid)
        cluster.restart()                                      # pg_ctl stop -m immediate, then start
        thread.join(timeout=30)
        for c in (holder, victim):
            try:
                c.close()
            except psycopg.Error:
                pass
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            assert _state(conn) == before
    finally:
        cluster.stop()


def _swallow(conn, sql):
    try:
        conn.execute(sql)
    except psycopg.Error:
        pass


def test_a_second_apply_waits_for_the_first_and_then_has_nothing_to_do(dbs, shop):
    """The first apply is held inside its work (a table lock elsewhere); the second must wait on the
    target's advisory lock, not plan against the half-done state, and then find nothing to do."""
    with dbs.connect(shop) as conn:
        apply(conn)
        conn.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V2,))
    results = {}
    with dbs.connect(shop, autocommit=False) as holder, dbs.connect(shop) as watcher, \
            dbs.connect(shop) as first, dbs.connect(shop) as second:
        holder.execute("LOCK TABLE app.products IN ACCESS EXCLUSIVE MODE")

        def run(name, conn):
            results[name] = apply(conn, lock_timeout="30s")

        one = threading.Thread(target=run, args=("first", first))
        one.start()
        _wait_until_waiting(watcher, first.info.backend_pid)
        two = threading.Thread(target=run, args=("second", second))
        two.start()
        _wait_until_waiting(watcher, second.info.backend_pid)
        waits_on = watcher.execute("SELECT wait_event FROM pg_stat_activity WHERE pid = %s",
                                   (second.info.backend_pid,)).fetchone()[0]
        assert waits_on == "advisory"                        # serialized, not planning on a moving target
        holder.rollback()
        one.join(timeout=30)
        two.join(timeout=30)
    assert results["first"]["applied"] is True and results["first"]["statements"]
    assert results["second"]["statements"] == [] and "nothing to do" in results["second"]["note"]


def test_a_partition_migration_stopped_midway_leaves_the_table_as_it_was(dbs):
    """The migration ai_recommend_partitioning writes for a live table is one transaction: stopped while
    it waits for its lock, the table is still the plain one with every row, and nothing was staged."""
    name = dbs.new()
    with dbs.connect(name) as conn:
        conn.execute("CREATE SCHEMA app; CREATE TABLE app.events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                     "created_at timestamptz NOT NULL, kind text); INSERT INTO app.events (created_at, kind) "
                     "SELECT timestamptz '2025-01-01' + g * interval '1 hour', 'k' FROM generate_series(1, 2000) g")
        conn.execute("ANALYZE app.events")
        ddl = conn.execute("SELECT partition_ddl FROM ai_recommend_partitioning('live:app', 'events', 20000000)"
                           ).fetchone()[0]
        assert "LOCK TABLE" in ddl
        before = catalog(conn)
    with dbs.connect(name, autocommit=False) as holder, dbs.connect(name) as watcher:
        holder.execute("LOCK TABLE app.events IN ACCESS EXCLUSIVE MODE")
        victim = dbs.connect(name)
        pid = victim.info.backend_pid
        thread = threading.Thread(target=lambda: _swallow(victim, ddl))
        thread.start()
        _wait_until_waiting(watcher, pid)
        watcher.execute("SELECT pg_terminate_backend(%s)", (pid,))
        thread.join(timeout=30)
        holder.rollback()
        victim.close()
        assert catalog(watcher) == before
        assert watcher.execute("SELECT relkind::text, (SELECT count(*) FROM app.events) FROM pg_class "
                               "WHERE oid = 'app.events'::regclass").fetchone() == ("r", 2000)
