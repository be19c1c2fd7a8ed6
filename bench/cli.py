"""`make bench`, client part: the ai-schema command and the REST API, against same-run baselines.

- `ai-schema lint` of a 1,000-table schema file as a process (start-up included) against the
  `squawk --reporter=json` command on the same file (squawk's default reporter prints a framed
  excerpt per finding and takes some 40 times longer: not a fair baseline), and the start-up alone
  (`ai-schema --help`). The command runs as installed, its modules byte-compiled (pip compiles
  them on install); the development install is editable and, where PYTHONDONTWRITEBYTECODE is set,
  would otherwise compile every module again at each start (some 25 ms);
- POST /api/v1/ai-schema/generate over HTTP on 127.0.0.1 (uvicorn) against the same generation
  called in-process, p50 of 50 calls each: what HTTP, FastAPI and JSON add;
- `ai-schema apply` of a 100-table design to a database without the extension (bootstrap tables),
  against pglast parsing the design's DDL.
"""

import compileall
import json
import pathlib
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import psycopg

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from ai_schema import sqlparser# noqa: E402
from ai_schema.interfaces.client import service  # noqa: E402
from pgcluster import ScratchCluster  # noqa: E402
from run import median_times, schema_ddl  # noqa: E402

BIN = pathlib.Path(sys.executable).parent
COMMAND, SQUAWK = str(BIN / "ai-schema"), shutil.which("squawk") or str(BIN / "squawk")
DESCRIPTION = "a shop with customers, products, categories, orders, order items, payments and reviews"


def lint(folder):
    compileall.compile_dir(ROOT / "src", quiet=1)
    path = folder / "schema.sql"
    path.write_text(schema_ddl(1000))
    ours, theirs, start = median_times(
        lambda: subprocess.run([COMMAND, "-q", "lint", str(path), "--format", "json"], capture_output=True),
        lambda: subprocess.run([SQUAWK, "--reporter=json", str(path)], capture_output=True),
        lambda: subprocess.run([COMMAND, "--help"], capture_output=True), runs=3)
    print(f"ai-schema lint, 1,000 tables, whole process: {ours * 1000:.0f} ms; squawk --reporter=json on the "
          f"same file (baseline): {theirs * 1000:.0f} ms; {ours / theirs:.2f}x (target <= 2x); of which "
          f"ai-schema's start-up {start * 1000:.0f} ms")


def rest():
    import uvicorn
    from ai_schema.interfaces.rest import create_app
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(token="t"), host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    body = json.dumps({"description": DESCRIPTION}).encode()

    def post():
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/ai-schema/generate", data=body,
                                         headers={"Authorization": "Bearer t", "Content-Type": "application/json"})
        with urllib.request.urlopen(request) as response:
            return response.read()

    engine = service(None)
    over_http, in_process = [], []
    for _ in range(50):
        start = time.perf_counter()
        post()
        over_http.append(time.perf_counter() - start)
        start = time.perf_counter()
        engine.generate_schema(DESCRIPTION, "postgresql", {})
        in_process.append(time.perf_counter() - start)
    server.should_exit = True
    http_p50, local_p50 = statistics.median(over_http), statistics.median(in_process)
    print(f"REST generate p50: {http_p50 * 1000:.1f} ms; the same call in-process (baseline) "
          f"{local_p50 * 1000:.1f} ms; {http_p50 / local_p50:.2f}x")


def apply():
    cluster = ScratchCluster().start()
    try:
        ddl = schema_ddl(100)
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE SCHEMA app")
        dsn = cluster.conninfo()
        with tempfile.NamedTemporaryFile("w", suffix=".sql") as f:
            f.write(ddl)
            f.flush()
            subprocess.run([COMMAND, "-q", "--dsn", dsn, "design", "save", "big", f.name], check=True,
                           capture_output=True)
        start = time.perf_counter()
        subprocess.run([COMMAND, "-q", "--dsn", dsn, "apply", "big", "--target", "app"], check=True,
                       capture_output=True)
        seconds = time.perf_counter() - start
        parse, = median_times(lambda: sqlparser.parse_sql(ddl), runs=5)
    finally:
        cluster.stop()
    print(f"ai-schema apply, 100-table design, no extension: {seconds * 1000:.0f} ms (process included); "
          f"pglast parse of its DDL (baseline) {parse * 1000:.1f} ms; {seconds / parse:.0f}x")


def main():
    with tempfile.TemporaryDirectory() as folder:
        lint(pathlib.Path(folder))
    rest()
    apply()


if __name__ == "__main__":
    main()
