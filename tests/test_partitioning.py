"""ai_recommend_partitioning: the recommended DDL runs on the server and gives a partitioned table
that keeps the rows and every dependent; the pruning in the benefit is EXPLAIN's."""

import re

import psycopg
import pytest

SHOP = """
CREATE SCHEMA shop;
SET search_path = shop;
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE events (id bigserial PRIMARY KEY, user_id bigint REFERENCES users (id),
    kind text NOT NULL CHECK (kind <> ''), created_at timestamptz NOT NULL, payload jsonb);
CREATE INDEX events_created_at_idx ON events (created_at);
CREATE VIEW recent_events AS SELECT id, kind FROM events WHERE created_at >= '2025-03-01';
COMMENT ON TABLE events IS 'what happened';
CREATE FUNCTION no_empty() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN
    IF NEW.payload = '{}' THEN RAISE EXCEPTION 'empty payload'; END IF; RETURN NEW; END$$;
CREATE TRIGGER events_no_empty BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION no_empty();
CREATE TABLE posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, author_id bigint NOT NULL REFERENCES users (id),
    title text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE comments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE, body text);
INSERT INTO users (email) SELECT 'u' || g || '@example.com' FROM generate_series(1, 100) g;
INSERT INTO events (user_id, kind, created_at)
    SELECT 1 + g % 100, 'k', timestamptz '2025-01-01' + g * interval '10 minutes' FROM generate_series(1, 20000) g;
INSERT INTO posts (author_id, title) SELECT 1 + g % 100, 't' FROM generate_series(1, 1000) g;
INSERT INTO comments (post_id, body) SELECT 1 + g % 1000, 'b' FROM generate_series(1, 3000) g;
ANALYZE;
RESET search_path;
"""


@pytest.fixture
def shop(conn):
    conn.execute(SHOP)
    return conn


def recommend(conn, *args):
    cur = conn.execute("SELECT * FROM ai_recommend_partitioning(%s, %s, %s, %s::jsonb)", args)
    return dict(zip([d.name for d in cur.description], cur.fetchone()))


def test_time_range_migration_keeps_rows_and_dependents(shop):
    row = recommend(shop, "shop", "events", 20_000_000, "{}")
    assert (row["partition_strategy"], row["partition_key"]) == ("range", "created_at")
    scanned, total = map(int, re.search(r"scans (\d+) of (\d+) partitions", row["benefit"]).groups())
    assert scanned == 1 and total > 4
    assert any("events_pkey" in note for note in row["notes"])
    shop.execute(row["partition_ddl"])
    assert shop.execute("SELECT relkind FROM pg_class WHERE oid = 'shop.events'::regclass").fetchone() == ("p",)
    assert shop.execute("SELECT count(*) FROM shop.events").fetchone() == (20000,)
    # the view reads the new table, the trigger and the comment moved, the sequence survives the old table
    assert shop.execute("SELECT count(*) FROM shop.recent_events").fetchone()[0] > 0
    assert shop.execute("SELECT count(*) FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid "
                        "WHERE r.ev_class = 'shop.recent_events'::regclass "
                        "AND d.refobjid = 'shop.events'::regclass").fetchone()[0] > 0
    assert shop.execute("SELECT obj_description('shop.events'::regclass, 'pg_class')").fetchone() == ("what happened",)
    shop.execute("DROP TABLE shop.events_unpartitioned")
    new_id = shop.execute("INSERT INTO shop.events (kind, created_at) VALUES ('x', now()) RETURNING id").fetchone()[0]
    assert new_id == 20001
    with pytest.raises(psycopg.errors.RaiseException):
        shop.execute("INSERT INTO shop.events (kind, created_at, payload) VALUES ('x', now(), '{}')")
    # one month's query touches one partition
    plan = shop.execute("EXPLAIN (FORMAT JSON) SELECT * FROM shop.events WHERE created_at >= '2025-02-01' "
                        "AND created_at < '2025-03-01'").fetchone()[0]
    assert set(re.findall(r"'Relation Name': '(\w+)'", str(plan))) == {"events_2025_q1"}


def test_referenced_table_is_hashed_on_its_key_and_keeps_foreign_keys(shop):
    row = recommend(shop, "shop", "posts", 20_000_000, "{}")
    assert (row["partition_strategy"], row["partition_key"]) == ("hash", "id")
    assert "comments reference" in row["benefit"] and "scans 1 of 4 partitions" in row["benefit"]
    shop.execute(row["partition_ddl"])
    fk = shop.execute("SELECT confrelid::regclass::text, convalidated FROM pg_constraint "
                      "WHERE conname = 'comments_post_id_fkey'").fetchone()
    assert fk == ("shop.posts", True)
    shop.execute("DELETE FROM shop.posts WHERE id = 1")             # ON DELETE CASCADE still there
    assert shop.execute("SELECT count(*) FROM shop.comments WHERE post_id = 1").fetchone() == (0,)
    assert shop.execute("INSERT INTO shop.posts (author_id, title) VALUES (1, 'n') RETURNING id").fetchone() == (1001,)


def test_design_gets_create_table_that_applies(conn):
    ddl = ("CREATE TABLE readings (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
           "recorded_at timestamptz NOT NULL, sensor text NOT NULL, value numeric NOT NULL)")
    row = recommend(conn, ddl, "readings", 2_000_000_000, '{"start": "2026-01-01", "periods_ahead": 2}')
    assert row["partition_strategy"] == "range" and "scans 1 of" in row["benefit"]
    text = row["partition_ddl"]
    assert "PARTITION BY RANGE (recorded_at)" in text and "PRIMARY KEY (id, recorded_at)" in text
    assert "readings_2026_01_01 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2026-01-02')" in text
    assert recommend(conn, ddl, "readings", 2_000_000_000, '{"start": "2026-01-01", "periods_ahead": 2}') == row
    conn.execute(text)
    conn.execute("INSERT INTO readings (recorded_at, sensor, value) VALUES ('2026-01-01 10:00', 's', 1)")
    assert conn.execute("SELECT tableoid::regclass::text FROM readings").fetchone() == ("readings_2026_01_01",)


def test_small_and_partitioned_tables(shop):
    small = recommend(shop, "shop", "events", None, "{}")            # the live estimate: 20,000 rows
    assert small["partition_strategy"] == "none" and small["partition_ddl"] is None
    assert "not worth it at 20,000 rows" in small["benefit"] and "RANGE (created_at)" in small["benefit"]
    shop.execute("CREATE TABLE shop.logs (at date NOT NULL) PARTITION BY RANGE (at)")
    assert recommend(shop, "shop", "logs", 10**9, "{}")["partition_strategy"] == "existing"


@pytest.mark.parametrize("args,sqlstate,text", [
    (("shop", "nope", 10, "{}"), "42704", 'table "nope" does not exist'),
    (("shop", "posts", 10**8, '{"key": "created_at"}'), "0A000", "referenced by foreign keys"),
    (("shop", "posts", 10**8, '{"key": "title", "strategy": "range"}'), "0A000", "RANGE partitions are made by time"),
    (("CREATE TABLE t (id int PRIMARY KEY)", "t", None, "{}"), "22004", "estimated_rows is needed"),
    (("shop", "events", 10, '{"bogus": 1}'), "22023", "bogus"),
    (("shop", "events", 10**8, '{"start": "soon"}'), "22023", "option start must be a date"),
])
def test_bad_input(shop, args, sqlstate, text):
    with pytest.raises(psycopg.Error) as info:
        recommend(shop, *args)
    assert info.value.sqlstate == sqlstate and text in str(info.value)
