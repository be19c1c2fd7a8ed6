"""Run a workload with concurrent connections for a bounded time; latency percentiles and throughput.

Each simulated user is a thread with its own connection (psycopg), read-only by default
(default_transaction_read_only), so a SELECT that calls a writing function fails instead of
changing data; generated writes run in a READ WRITE transaction that is always rolled back. The
run stops on time: users stop starting queries at the deadline and the queries still running then
are cancelled (counted as cancelled, not as errors). Latencies go into log-spaced buckets (0.5%
resolution), so memory stays bounded however long the run is.
"""

import dataclasses
import math
import random
import threading
import time

from ..ddl.naming import quote_ident
from ..errors import AiSchemaError
from ..options import json_object, reject_unknown

CONFIG = ("duration_seconds", "concurrent_users", "rps", "write_ratio", "mix", "queries", "seed")
MIXES = ("oltp", "olap", "mixed")
MAX_SECONDS = 3600
MAX_USERS = 64
RESOLUTION = 100.0               # buckets per e-fold of latency (0.5% relative error)


@dataclasses.dataclass
class Stats:
    """Calls, errors and a latency histogram of one query (or of all)."""
    calls: int = 0
    errors: int = 0
    cancelled: int = 0
    total: float = 0.0
    high: float = 0.0
    buckets: dict = dataclasses.field(default_factory=dict)
    samples: list = dataclasses.field(default_factory=list)

    def add(self, seconds):
        self.calls += 1
        self.total += seconds
        self.high = max(self.high, seconds)
        bucket = round(math.log(max(seconds, 1e-7) * 1e6) * RESOLUTION)
        self.buckets[bucket] = self.buckets.get(bucket, 0) + 1

    def fail(self, message, cancelled=False):
        if cancelled:
            self.cancelled += 1
            return
        self.errors += 1
        if len(self.samples) < 5 and message not in self.samples:
            self.samples.append(message)

    def merge(self, other):
        self.calls += other.calls
        self.errors += other.errors
        self.cancelled += other.cancelled
        self.total += other.total
        self.high = max(self.high, other.high)
        for bucket, n in other.buckets.items():
            self.buckets[bucket] = self.buckets.get(bucket, 0) + n
        self.samples += [s for s in other.samples if s not in self.samples][:5 - len(self.samples)]

    def percentile(self, p):
        """Milliseconds below which p percent of the calls finished."""
        if not self.calls:
            return None
        rank, seen = math.ceil(self.calls * p / 100), 0
        for bucket in sorted(self.buckets):
            seen += self.buckets[bucket]
            if seen >= rank:
                return min(math.exp(bucket / RESOLUTION) / 1000, self.high * 1000)
        return self.high * 1000

    def row(self, seconds):
        def ms(value):
            return None if value is None or not self.calls else round(value, 3)
        return {"calls": self.calls, "errors": self.errors, "cancelled": self.cancelled,
                "mean_ms": ms(self.total / max(self.calls, 1) * 1000), "p50_ms": ms(self.percentile(50)),
                "p95_ms": ms(self.percentile(95)), "p99_ms": ms(self.percentile(99)), "max_ms": ms(self.high * 1000),
                "qps": round(self.calls / seconds, 1) if seconds else 0.0, "error_samples": self.samples}


def check_config(config, defaults=None):
    """The validated run settings."""
    opts = {**(defaults or {}), **json_object(config, '{"duration_seconds": 10, "concurrent_users": 4}')}
    reject_unknown(opts, CONFIG)
    out = {"duration_seconds": opts.get("duration_seconds", 10), "concurrent_users": opts.get("concurrent_users", 4),
           "rps": opts.get("rps"), "write_ratio": opts.get("write_ratio", 0), "mix": opts.get("mix", "oltp"),
           "queries": opts.get("queries"), "seed": opts.get("seed", 0)}
    number = (int, float)
    if not isinstance(out["duration_seconds"], number) or not 0 < out["duration_seconds"] <= MAX_SECONDS:
        raise AiSchemaError(f"duration_seconds must be more than 0 and at most {MAX_SECONDS}", hint="For example 10.")
    if not isinstance(out["concurrent_users"], int) or not 1 <= out["concurrent_users"] <= MAX_USERS:
        raise AiSchemaError(f"concurrent_users must be an integer from 1 to {MAX_USERS}", hint="For example 4.")
    if out["rps"] is not None and (not isinstance(out["rps"], number) or out["rps"] <= 0):
        raise AiSchemaError("rps must be a positive number of requests per second (or absent: as fast as possible)")
    if not isinstance(out["write_ratio"], number) or not 0 <= out["write_ratio"] <= 1:
        raise AiSchemaError("write_ratio must be between 0 and 1", hint="Writes are rolled back; 0.1 is 10%.")
    if out["mix"] not in MIXES:
        raise AiSchemaError(f"unknown mix {str(out['mix'])[:20]!r}", hint="oltp, olap or mixed.")
    if not isinstance(out["seed"], int):
        raise AiSchemaError("seed must be an integer")
    return out


def choose(queries, mix):
    """The queries a mix runs: oltp leaves out the aggregates, olap keeps mostly them."""
    if mix == "oltp":
        chosen = [q for q in queries if not q.olap]
    elif mix == "olap":
        chosen = [q for q in queries if q.olap or q.name.startswith("custom_")]
    else:
        chosen = list(queries)
    return chosen or list(queries)


class Run:
    """One bounded run: start(), then wait() from the caller's thread, then results."""

    def __init__(self, connect, queries, settings):
        self.connect, self.settings = connect, settings
        self.reads = [q for q in queries if not q.write]
        self.writes = [q for q in queries if q.write]
        if not self.reads:
            raise AiSchemaError("there is nothing to run: the schema has no rows to look up and no queries were given",
                                hint="Fill it first (generate_sample_data) or pass config->'queries'.")
        self.stats = {}
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.connections = []
        self.started = self.deadline = self.finished = 0.0

    def start(self):
        self.started = time.monotonic()
        self.deadline = self.started + self.settings["duration_seconds"]
        users = self.settings["concurrent_users"]
        self.threads = [threading.Thread(target=self._user, args=(i,), daemon=True) for i in range(users)]
        for thread in self.threads:
            thread.start()

    def wait(self, tick=None):
        """Until the deadline; tick() runs every 0.1 s (the server checks for cancellation there). Queries
        still running at the deadline are cancelled; whatever happens, every user is stopped."""
        try:
            while time.monotonic() < self.deadline and any(t.is_alive() for t in self.threads):
                time.sleep(min(0.1, max(self.deadline - time.monotonic(), 0)))
                if tick is not None:
                    tick()
        finally:
            self.stop.set()
            with self.lock:
                for conn in self.connections:
                    try:
                        conn.cancel_safe(timeout=2)
                    except Exception:           # already closed or broken: nothing to cancel
                        pass
            for thread in self.threads:
                thread.join(timeout=5)
            self.finished = time.monotonic()

    def _user(self, index):
        rng = random.Random(self.settings["seed"] * 1000 + index)
        local = {}
        try:
            conn = self.connect()
        except Exception as exc:
            with self.lock:
                self.stats.setdefault("connect", Stats()).fail(str(exc).splitlines()[0][:300])
            return
        with self.lock:
            self.connections.append(conn)
        cursor = conn.cursor()
        rate = self.settings["rps"]
        interval = self.settings["concurrent_users"] / rate if rate else 0.0
        due = time.monotonic()
        try:
            while not self.stop.is_set() and time.monotonic() < self.deadline:
                if interval:
                    due += interval
                    pause = due - time.monotonic()
                    if pause > 0:
                        if self.stop.wait(min(pause, max(self.deadline - time.monotonic(), 0))):
                            break
                        if time.monotonic() >= self.deadline:
                            break
                write = self.writes and rng.random() < self.settings["write_ratio"]
                query = rng.choice(self.writes if write else self.reads)
                stats = local.setdefault(query.name, Stats())
                params = (rng.choice(query.values),) if query.values else None
                began = time.monotonic()
                try:
                    if query.write:
                        cursor.execute("BEGIN READ WRITE")
                        try:
                            cursor.execute(query.sql, params)
                        finally:
                            cursor.execute("ROLLBACK")
                    else:
                        cursor.execute(query.sql, params)      # rows arrive whole; not turned into Python values
                    stats.add(time.monotonic() - began)
                except Exception as exc:
                    late = self.stop.is_set() or time.monotonic() >= self.deadline
                    stats.fail(str(exc).splitlines()[0][:300], cancelled=late)
                    if conn.closed:
                        break
                    if conn.info.transaction_status:      # not IDLE: a write's transaction was cut short
                        try:
                            conn.rollback()
                        except Exception:
                            break
        finally:
            with self.lock:
                for name, s in local.items():
                    self.stats.setdefault(name, Stats()).merge(s)
            try:
                conn.close()
            except Exception:                   # closing a cancelled connection may fail: it is gone anyway
                pass

    def seconds(self):
        return round(max(min(self.finished, self.deadline) - self.started, 1e-9), 3)

    def per_query(self, queries):
        text = {q.name: q.sql for q in queries}
        out = []
        for name in sorted(self.stats):
            out.append({"query_name": name, "query": text.get(name), **self.stats[name].row(self.seconds())})
        return out

    def total(self):
        merged = Stats()
        for stats in self.stats.values():
            merged.merge(stats)
        return merged.row(self.seconds())


def run(executor, namespace, settings, connect, tick=None):
    """A finished bounded run of a schema's generated workload (and the caller's own queries); the run
    and the queries it drew from."""
    from .. import catalog
    from . import queries as workload
    custom = workload.custom(settings["queries"]) if settings["queries"] is not None else []
    model = catalog.introspect(executor, [namespace])
    queries = choose(workload.build(executor, model, namespace), settings["mix"]) + custom
    bounded = Run(connect, queries, settings)
    bounded.start()
    bounded.wait(tick)
    connect_failure(bounded)
    return bounded, queries


SERVER = ("SELECT pg_catalog.current_setting('unix_socket_directories') AS sockets, "
          "pg_catalog.current_setting('port') AS port, pg_catalog.current_database() AS dbname, "
          "session_user AS login, current_user AS role")


def same_server(executor, namespace, seconds):
    """A connect() for users of this server and database, as the session's own login (never another
    role, database or host), in the caller's role, with the namespace first on the search_path."""
    import psycopg

    me = executor.query(SERVER)[0]
    socket = next((d.strip() for d in me["sockets"].split(",") if d.strip()), None)
    # no TLS or GSS on a connection to the same machine: libpq then never touches the libssl the
    # server process has loaded already
    conninfo = psycopg.conninfo.make_conninfo(host=socket or "localhost", port=me["port"], dbname=me["dbname"],
                                              user=me["login"], application_name="ai_schema load test",
                                              sslmode="disable", gssencmode="disable")
    return client_connector(conninfo, namespace, seconds, me["role"] if me["role"] != me["login"] else None)


def client_connector(conninfo, namespace, seconds, role=None):
    """A connect() for users: read-only sessions, a statement timeout past the run's end, the
    namespace first on the search_path (and the role, when the caller had SET ROLE)."""
    import psycopg

    def connect():
        conn = psycopg.connect(conninfo or "", autocommit=True, connect_timeout=10)
        conn.execute("SELECT pg_catalog.set_config('default_transaction_read_only', 'on', false), "
                     "pg_catalog.set_config('statement_timeout', %s, false), "
                     "pg_catalog.set_config('search_path', %s, false)",
                     (f"{int((seconds + 5) * 1000)}", quote_ident(namespace)))
        if role is not None:
            conn.execute("SELECT pg_catalog.set_config('role', %s, false)", (role,))
        return conn
    return connect


def connect_failure(run):
    """An error when no user could connect: the run measured nothing."""
    failed = run.stats.get("connect")
    if failed and not any(s.calls for s in run.stats.values()):
        raise AiSchemaError(f"the load test could not connect to this server: {failed.samples[0]}", sqlstate="08001",
                            hint="Its users connect as the session's login over the local socket: allow that in "
                                 "pg_hba.conf (with a password in the server's ~/.pgpass when it is not trusted), "
                                 "or run it from a client with the ai-schema command.")
