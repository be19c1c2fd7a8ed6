"""A throw-away PostgreSQL 15 cluster for tests, `make demo` and `make bench`.

initdb and pg_ctl refuse to run as root, so as root the cluster runs as the
``postgres`` user, in a temp dir chowned to it, on a free port, with its
socket in that dir (nothing listens on TCP).
"""

import os
import pathlib
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile

PG_BINDIR = pathlib.Path(os.environ.get("AI_SCHEMA_PG_BINDIR", "/usr/lib/postgresql/15/bin"))


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ScratchCluster:
    def __init__(self):
        self.root = pathlib.Path(tempfile.mkdtemp(prefix="ai_schema_pg_"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        os.chmod(self.root, 0o755)

    def _run(self, *args, check=True):
        cmd = [str(a) for a in args]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--"] + cmd
        return subprocess.run(cmd, check=check, capture_output=True, text=True)

    def start(self, settings=""):
        """settings: more -c options for the server (e.g. shared_preload_libraries)."""
        self._run(PG_BINDIR / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self.options = (f"-p {self.port} -k {self.root} -c listen_addresses='' -c fsync=off "
                        f"-c max_connections=50 -c shared_buffers=64MB {settings}")
        return self._start()

    def _start(self):
        result = self._run(PG_BINDIR / "pg_ctl", "-D", self.data, "-l", self.root / "server.log",
                           "-o", self.options, "-w", "start", check=False)
        if result.returncode != 0:
            raise RuntimeError("pg_ctl start failed:\n" + result.stdout + result.stderr + self.log())
        return self

    def restart(self):
        """Stop at once, as a crash would (no checkpoint), then start again (crash recovery)."""
        self._run(PG_BINDIR / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop", check=False)
        return self._start()

    def log(self):
        path = self.root / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def conninfo(self, dbname="postgres", user="postgres"):
        return f"host={self.root} port={self.port} user={user} dbname={dbname}"

    def run_tool(self, tool, *args, check=True):
        """Run a client program (psql, pg_dump, …) against this cluster."""
        return self._run(PG_BINDIR / tool, "-h", self.root, "-p", self.port, "-U", "postgres", *args, check=check)

    def stop(self):
        self._run(PG_BINDIR / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def demo(description):
    """`make demo`: a throw-away cluster, the extension, a real generation, applied and printed."""
    import psycopg
    cluster = ScratchCluster().start()
    try:
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION ai_schema CASCADE")
            version = conn.execute("SELECT ai_schema_version()").fetchone()[0]
            ddl = conn.execute("SELECT ai_generate_schema(%s, 'postgresql', '{\"save_as\": \"blog\"}')",
                               (description,)).fetchone()[0]
            conn.execute("CREATE SCHEMA blog")
            with conn.transaction():
                conn.execute("SET LOCAL search_path = blog")
                conn.execute(ddl)
            tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'blog'").fetchone()[0]
        print(f"-- ai_schema {version}: SELECT ai_generate_schema('{description}');")
        print(ddl)
        print(f"-- applied in one transaction: {tables} tables in schema blog; stored as design 'blog'")
    finally:
        cluster.stop()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "demo":
        demo(sys.argv[2])
    else:
        sys.exit("usage: pgcluster.py demo '<description>'")
