"""`make bench`, LLM part: what the LLM path costs besides the model's own time.

A scripted OpenAI-compatible server on 127.0.0.1 answers at once, so the figures are the
openai client, validation, the cache and the usage log inside the server; the offline
generator on the same description is the baseline, measured in the same run.
"""

import pathlib
import statistics
import sys
import time

import psycopg

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fakellm import FakeLLM  # noqa: E402
from pgcluster import ScratchCluster  # noqa: E402
from test_llm import DESCRIPTION, GOOD  # noqa: E402

RUNS = 30


def p50(conn, descriptions):
    times = []
    for d in descriptions:
        start = time.perf_counter()
        conn.execute("SELECT ai_generate_schema(%s)", (d,)).fetchone()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    fake = FakeLLM()
    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION ai_schema CASCADE")
            distinct = [f"{DESCRIPTION} (variant {i})" for i in range(RUNS)]
            conn.execute("SELECT ai_generate_schema(%s)", (DESCRIPTION,))          # warm the backend
            offline = p50(conn, distinct)
            conn.execute("INSERT INTO ai_schema_llm_endpoints (endpoint) VALUES (%s)", (fake.endpoint,))  # as an admin does
            for name, value in (("provider", "openai"), ("model", "bench"), ("endpoint", fake.endpoint)):
                conn.execute(f"SET ai_schema.llm_{name} = '{value}'")
            fake.reset(*[("answer", GOOD)] * (RUNS + 1))
            conn.execute("SELECT ai_generate_schema('warm up the openai client')")
            uncached = p50(conn, distinct)
            cached = p50(conn, distinct)
            calls = len(fake.requests)
    finally:
        cluster.stop()
        fake.close()
    print(f"llm: {RUNS} descriptions, instant local answers (model time excluded), in-server p50")
    print(f"offline generator (baseline)      {offline * 1000:7.1f} ms")
    print(f"LLM path, answer from the server  {uncached * 1000:7.1f} ms   {uncached / offline:5.2f}x offline")
    print(f"LLM path, answer from the cache   {cached * 1000:7.1f} ms   {cached / offline:5.2f}x offline "
          f"({calls} requests reached the server for {2 * RUNS + 1} calls)")


if __name__ == "__main__":
    main()
