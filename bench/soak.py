"""`make soak` (outside CI): many generated inputs through ai_generate_schema, ai_lint and
ai_generate_migration in one server; prints the figures. Goal: 0 backend crashes, 0 tracebacks,
every generated DDL applied.

Inputs are random but reproducible (seeded): descriptions built from a small grammar over
nouns, verbs and attribute phrases, in several styles, plus hostile texts (deep nesting,
control characters, huge words, SQL fragments). Each generated DDL is applied in a rolled-back
transaction, linted, and migrated to from the previous one.

    python bench/soak.py [N]      (default 10,000)
"""

import random
import sys
import time

import psycopg

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "tests"))
from pgcluster import ScratchCluster  # noqa: E402

NOUNS = ["customer", "order", "product", "invoice", "vet", "pet", "owner", "course", "student", "teacher",
         "ticket", "agent", "flight", "seat", "booking", "room", "guest", "warehouse", "shipment", "driver",
         "song", "album", "artist", "playlist", "recipe", "ingredient", "member", "loan", "book", "copy"]
VERBS = ["has many", "belongs to", "places", "writes", "books", "owns", "is assigned to", "contains", "lists"]
ATTRS = ["a name", "an email", "a price", "a due date", "a status (open, closed)", "a rating from 1 to 5",
         "a description", "a phone number", "an amount", "a start time"]
HOSTILE = ["x+" * 40000 + "x", "(" * 30000, "a\x00b\x1bc", "users; DROP TABLE users; --", "é" * 5000,
           "and " * 20000, "\n" * 10000, "CREATE TABLE t (" + "c int, " * 3000 + "d int)"]


def description(rng):
    style = rng.random()
    nouns = rng.sample(NOUNS, rng.randint(1, 8))
    if style < 0.1:
        return rng.choice(HOSTILE)
    parts = []
    for a, b in zip(nouns, nouns[1:]):
        parts.append(f"{a}s {rng.choice(VERBS)} {b}s")
    for n in nouns:
        if rng.random() < 0.6:
            parts.append(f"each {n} has {rng.choice(ATTRS)} and {rng.choice(ATTRS)}")
    if style < 0.3:
        return "\n".join("- " + p for p in parts)
    return ". ".join(parts) + "."


def main(n):
    rng = random.Random(20261201)
    cluster = ScratchCluster().start()
    counts = {"inputs": 0, "generated": 0, "refused": 0, "applied": 0, "apply_failed": 0, "linted": 0,
              "migrated": 0, "tracebacks": 0, "crashes": 0}
    started = time.perf_counter()
    try:
        conn = psycopg.connect(cluster.conninfo(), autocommit=True)
        conn.execute("CREATE EXTENSION ai_schema CASCADE")
        boot = conn.execute("SELECT pg_postmaster_start_time()").fetchone()[0]
        previous = None
        for _ in range(n):
            text = description(rng)
            counts["inputs"] += 1
            try:
                ddl = conn.execute("SELECT ai_generate_schema(%s)", (text,)).fetchone()[0]
                counts["generated"] += 1
            except psycopg.OperationalError:
                counts["crashes"] += 1
                conn = psycopg.connect(cluster.conninfo(), autocommit=True)
                continue
            except psycopg.Error as exc:
                counts["refused"] += 1
                counts["tracebacks"] += "Traceback" in str(exc)
                continue
            try:
                with conn.transaction(force_rollback=True):
                    conn.execute("CREATE SCHEMA soak; SET LOCAL search_path = soak")
                    conn.execute(ddl)
                counts["applied"] += 1
            except psycopg.Error:
                counts["apply_failed"] += 1
            for sql, params, key in (("SELECT count(*) FROM ai_lint(%s)", (ddl,), "linted"),
                                     ("SELECT up_migration FROM ai_generate_migration(%s, %s, "
                                      "'{\"verify\": false}')", (previous or ddl, ddl), "migrated")):
                try:
                    conn.execute(sql, params).fetchone()
                    counts[key] += 1
                except psycopg.OperationalError:
                    counts["crashes"] += 1
                    conn = psycopg.connect(cluster.conninfo(), autocommit=True)
                except psycopg.Error as exc:
                    counts["tracebacks"] += "Traceback" in str(exc)
            previous = ddl
        restarted = conn.execute("SELECT pg_postmaster_start_time()").fetchone()[0] != boot
        counts["crashes"] += restarted
    finally:
        cluster.stop()
    elapsed = time.perf_counter() - started
    print(f"soak: {counts['inputs']:,} inputs in {elapsed:.0f} s ({counts['inputs'] / elapsed:.1f}/s)")
    for key, value in counts.items():
        print(f"  {key:14} {value:8,}")
    ok = counts["crashes"] == 0 and counts["tracebacks"] == 0 and counts["apply_failed"] == 0
    print("soak: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
