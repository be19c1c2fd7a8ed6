"""Eight backends each running 2,000 parses through the SQL functions: no crash, no error.

pglast's parser is loaded with RTLD_DEEPBIND (sqlparser.py); without it the first parse
inside a backend crashes the server, and this test would fail on its first call."""

import pathlib
import threading

BACKENDS = 8
PARSES = 2000
DDL = [(pathlib.Path(__file__).parent / "fixtures" / "ddl" / name).read_text()
       for name in ("16_social_follows.sql", "06_room_booking.sql", "22_feature_flags.sql")]


def test_eight_backends_parse_concurrently(dbs):
    name = dbs.new()
    errors, counts = [], [0] * BACKENDS

    def worker(i):
        try:
            with dbs.connect(name) as conn:
                pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
                for n in range(PARSES):
                    model = conn.execute("SELECT ai_parse_schema(%s)", (DDL[(i + n) % len(DDL)],)).fetchone()[0]
                    assert model["tables"]
                    counts[i] += 1
                assert conn.execute("SELECT pg_backend_pid()").fetchone()[0] == pid, "backend was replaced"
        except Exception as exc:  # collected and asserted below
            errors.append(f"backend {i}: {exc!r}")

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(BACKENDS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert counts == [PARSES] * BACKENDS
    with dbs.connect(name) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
