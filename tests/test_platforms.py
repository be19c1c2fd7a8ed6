"""Platform exports checked by the tools they are for, and deployments through local fakes of the
platforms' HTTP APIs on 127.0.0.1: Supabase (migration applies on PostgreSQL with Supabase's auth
schema, tenant isolation holds), Kafka (fastavro parses every schema and round-trips a record),
Glue (botocore validates each CreateTable request), Neon (branch made, schema applied on the URI
it returns), PlanetScale (branch, password, DDL on MariaDB over TCP, deploy request)."""

import datetime
import decimal
import http.server
import io
import json
import pathlib
import re
import socket
import sys
import threading
import uuid

import pytest

from ai_schema import platforms, sqlparser
from ai_schema.ddl.parse import parse_ddl
from ai_schema.errors import AiSchemaError
from ai_schema.generate.pipeline import generate_model

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from mariadb import ScratchMariaDB  # noqa: E402

SAAS = ("Organizations have a name. Projects belong to organizations and have a name. Tasks belong to projects "
        "and have a title, a status (todo, doing, done) and a due date. Each task has an estimate in hours as a "
        "decimal.")
SUPABASE_AUTH = """
CREATE ROLE authenticated NOLOGIN;
CREATE SCHEMA auth;
CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE
    AS $$ SELECT coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;
GRANT USAGE ON SCHEMA auth TO authenticated;
"""


@pytest.fixture(scope="module")
def saas():
    model, _ = generate_model(SAAS, {})
    return model


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_supabase_migration_applies_and_isolates_tenants(conn, saas):
    files = platforms.export("supabase", saas, {"name": "init_schema", "timestamp": "20261125090000"})
    (path, text), = files.items()
    assert path == "supabase/migrations/20261125090000_init_schema.sql"
    assert all(s.node is not None for s in sqlparser.parse(text))
    conn.execute(SUPABASE_AUTH)
    conn.execute(text)
    conn.execute("GRANT USAGE ON SCHEMA public TO authenticated; GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public "
                 "TO authenticated")
    conn.execute("INSERT INTO organizations (name) VALUES ('a'), ('b')")
    conn.execute("INSERT INTO projects (organization_id, name) VALUES (1, 'p1'), (2, 'p2')")
    conn.execute("SET ROLE authenticated")
    conn.execute("""SELECT set_config('request.jwt.claims', '{"app_metadata": {"organization_id": "2"}}', false)""")
    assert conn.execute("SELECT name FROM projects").fetchall() == [("p2",)]
    assert conn.execute("SELECT name FROM organizations").fetchall() == [("b",)]
    with pytest.raises(Exception, match="row-level security"):
        conn.execute("INSERT INTO projects (organization_id, name) VALUES (1, 'sneaky')")


def _sample(kind):
    """A value of an Avro type, for a round trip."""
    if isinstance(kind, list):
        return _sample(kind[1])
    if isinstance(kind, dict):
        logical = kind.get("logicalType")
        if logical == "decimal":
            return decimal.Decimal("1." + "0" * kind["scale"]) if kind["scale"] else decimal.Decimal(1)
        if logical == "uuid":
            return str(uuid.uuid4())
        if logical == "date":
            return datetime.date(2026, 11, 25)
        if logical in ("timestamp-micros", "local-timestamp-micros"):
            return datetime.datetime(2026, 11, 25, 9, 0, tzinfo=datetime.timezone.utc if logical[0] == "t" else None)
        if logical == "time-micros":
            return datetime.time(9, 0)
        if kind["type"] == "enum":
            return kind["symbols"][0]
        if kind["type"] == "array":
            return [_sample(kind["items"])]
        if kind["type"] == "record":
            return {f["name"]: _sample(f["type"]) for f in kind["fields"]}
        return _sample(kind["type"])
    return {"int": 1, "long": 2, "float": 1.5, "double": 2.5, "boolean": True, "string": "s", "bytes": b"b"}.get(kind, "s")


def test_kafka_avro_schemas_parse_and_round_trip(saas, tmp_path):
    import fastavro
    written = platforms.write("kafka", saas, tmp_path, {"topic_prefix": "shop", "partitions": 3})
    names = {p.name for p in written}
    assert {"shop.public.tasks-value.avsc", "shop.public.tasks-key.avsc", "topics.json", "connector.json"} <= names
    for path in written:
        if path.suffix != ".avsc":
            continue
        schema = fastavro.parse_schema(json.loads(path.read_text()))
        record = _sample(json.loads(path.read_text()))
        if "Envelope" in schema["name"]:                     # after names the Value record before defines
            value = json.loads(path.read_text())["fields"][0]["type"][1]
            record.update(before=None, after=_sample(value), op="c", ts_ms=1)
        buffer = io.BytesIO()
        fastavro.schemaless_writer(buffer, schema, record)
        buffer.seek(0)
        assert fastavro.schemaless_reader(buffer, schema) is not None
    tasks = json.loads((tmp_path / "kafka" / "shop.public.tasks-value.avsc").read_text())
    after = {f["name"]: f["type"] for f in tasks["fields"][0]["type"][1]["fields"]}
    assert after["due_date"] == ["null", {"type": "int", "logicalType": "date"}] and after["title"] == "string"
    from ai_schema.platforms.kafka import avro_type
    assert avro_type("numeric(12,2)", {}, "n") == {"type": "bytes", "logicalType": "decimal", "precision": 12,
                                                   "scale": 2}
    assert avro_type("mood", {"mood": ("happy", "sad")}, "n")["symbols"] == ["happy", "sad"]
    assert avro_type("mood", {"mood": ("so-so",)}, "n") == "string"           # not an Avro name
    topics = json.loads((tmp_path / "kafka" / "topics.json").read_text())
    assert {t["topic"] for t in topics} == {"shop.public.organizations", "shop.public.projects", "shop.public.tasks"}
    assert all(t["partitions"] == 3 and t["config"]["cleanup.policy"] == "compact" for t in topics)


def test_glue_requests_validate_with_botocore(saas):
    import botocore.session
    from botocore.validate import ParamValidator
    shape = botocore.session.get_session().get_service_model("glue").operation_model("CreateTable").input_shape
    files = platforms.export("glue", saas, {"database": "analytics", "s3_location": "s3://lake/app"})
    assert set(files) == {"glue/organizations.json", "glue/projects.json", "glue/tasks.json"}
    for text in files.values():
        report = ParamValidator().validate(json.loads(text), shape)
        assert not report.has_errors(), report.generate_report()
    tasks = json.loads(files["glue/tasks.json"])["TableInput"]["StorageDescriptor"]["Columns"]
    assert {"Name": "due_date", "Type": "date"} in tasks
    broken = json.loads(files["glue/tasks.json"])
    del broken["TableInput"]["Name"]
    assert ParamValidator().validate(broken, shape).has_errors()          # the check can fail


class FakeApi(http.server.BaseHTTPRequestHandler):
    """Answers from the server's routes; records every request."""

    def _reply(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        self.server.seen.append((self.command, self.path, dict(self.headers), body))
        if self.headers.get("Authorization") != self.server.auth:
            return self._send(401, {"message": "bad credentials"})
        for (method, pattern), answer in self.server.routes.items():
            if method == self.command and re.fullmatch(pattern, self.path.split("?")[0]):
                return self._send(200, answer(body) if callable(answer) else answer)
        return self._send(404, {"message": "not found"})

    do_GET = do_POST = do_DELETE = _reply

    def _send(self, status, payload):
        raw = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeApi)
    server.seen, server.routes = [], {}
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


def test_neon_deploy_through_the_api(fake, dbs, cluster, saas, monkeypatch):
    branch_db = dbs.new(with_extension=False)
    uri = f"postgresql:///{branch_db}?host={cluster.root}&port={cluster.port}&user=postgres"
    fake.auth = "Bearer neon-key-123"
    fake.routes = {("POST", r"/api/v2/projects/proj-1/branches"): {
        "branch": {"id": "br-1", "name": "feature"}, "connection_uris": [{"connection_uri": uri}]}}
    options = {"endpoint": f"http://127.0.0.1:{fake.server_port}/api/v2", "project_id": "proj-1", "branch": "feature"}
    with pytest.raises(AiSchemaError, match="NEON_API_KEY is not set"):
        platforms.deploy("neon", saas, options)
    with pytest.raises(AiSchemaError, match="cannot be an option"):
        platforms.deploy("neon", saas, {**options, "NEON_API_KEY": "x"})
    monkeypatch.setenv("NEON_API_KEY", "neon-key-123")
    result = platforms.deploy("neon", saas, options)
    assert result["branch_id"] == "br-1" and result["applied"] and "neon-key-123" not in json.dumps(result)
    method, path, _, body = fake.seen[-1]
    assert (method, body["branch"]["name"], body["endpoints"][0]["type"]) == ("POST", "feature", "read_write")
    with dbs.connect(branch_db) as conn:
        tables = {t for t, in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"organizations", "projects", "tasks"}
    monkeypatch.setenv("NEON_API_KEY", "wrong")
    with pytest.raises(AiSchemaError, match="HTTP 401") as info:
        platforms.deploy("neon", saas, options)
    assert "wrong" not in str(info.value.message)


@pytest.fixture(scope="module")
def mariadb_tcp():
    port = _free_port()
    server = ScratchMariaDB().start(port)
    assert server.run("CREATE DATABASE shop; CREATE USER 'ps'@'%' IDENTIFIED BY 'branch-pass'; "
                      "GRANT ALL ON shop.* TO 'ps'@'%';")[0] == 0
    try:
        yield server, port
    finally:
        server.stop()


def test_planetscale_deploy_through_the_api(fake, mariadb_tcp, saas, tmp_path, monkeypatch):
    server, port = mariadb_tcp
    fake.auth = "tok-id:tok-secret"
    base = r"/v1/organizations/acme/databases/shop"
    fake.routes = {
        ("POST", base + "/branches"): {"name": "ai-schema"},
        ("POST", base + "/branches/ai-schema/passwords"): {"id": "pw1", "username": "ps", "plain_text": "branch-pass",
                                                           "access_host_url": f"127.0.0.1:{port}"},
        ("DELETE", base + "/branches/ai-schema/passwords/pw1"): {},
        ("POST", base + "/deploy-requests"): {"number": 7, "state": "open"}}
    config = tmp_path / "secrets.json"
    config.write_text(json.dumps({"PLANETSCALE_SERVICE_TOKEN_ID": "tok-id", "PLANETSCALE_SERVICE_TOKEN": "tok-secret"}))
    monkeypatch.delenv("PLANETSCALE_SERVICE_TOKEN", raising=False)
    options = {"endpoint": f"http://127.0.0.1:{fake.server_port}/v1", "organization": "acme", "database": "shop",
               "tls": False, "config_file": str(config)}
    result = platforms.deploy("planetscale", saas, options)
    assert result["deploy_request"] == 7 and "tok-secret" not in json.dumps(result)
    assert [(m, p.rsplit("/", 1)[-1]) for m, p, _, _ in fake.seen] == [
        ("POST", "branches"), ("POST", "passwords"), ("DELETE", "pw1"), ("POST", "deploy-requests")]
    code, output = server.run("SHOW TABLES;", "shop")
    assert code == 0 and {"organizations", "projects", "tasks"} <= set(output.split())


def test_sdk(dbs, cluster):
    from ai_schema.sdk import Architect
    library = "Authors have a name. Books have a title and a unique ISBN. Each book belongs to an author."
    offline = Architect().generate_schema(library)
    assert "CREATE TABLE books" in offline.ddl and offline.validate().is_valid
    name = dbs.new(with_extension=False)
    with Architect(dsn=cluster.conninfo(name)) as architect:
        schema = architect.generate_schema(library, platform="postgresql")
        with dbs.connect(name) as conn:
            conn.execute("CREATE SCHEMA lib")
            report = schema.apply(target_schema="lib", name="library")
            assert report["applied"] is True
            assert {t for t, in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'lib'")} >= \
                {"books", "authors"}
        up, down, impact = architect.migrate("live:lib", "library")
        assert up == "" and impact["steps"] == 0
    assert parse_ddl(offline.ddl).tables


def test_sql_functions(conn):
    conn.execute("CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL)")
    files = dict(conn.execute("SELECT path, content FROM ai_generate_kafka_schemas('public', "
                              "schema_registry_url => 'http://registry:8081', options => '{\"topic_prefix\": \"p\"}')"))
    assert set(files) == {"kafka/p.public.users-key.avsc", "kafka/p.public.users-value.avsc", "kafka/topics.json",
                          "kafka/connector.json"}
    assert json.loads(files["kafka/connector.json"])["config"]["value.converter.schema.registry.url"] == \
        "http://registry:8081"
    rows = conn.execute("SELECT * FROM ai_export_to_glue_catalog('public', 'analytics', 'eu-west-1')").fetchall()
    assert rows[0][0] == "users" and rows[0][1]["DatabaseName"] == "analytics"
    assert rows[0][2] == "aws glue create-table --region eu-west-1 --cli-input-json file://users.json"
    for call in ("SELECT * FROM ai_generate_kafka_schemas('public', api_key => 'confluent_SECRET')",
                 "SELECT * FROM ai_export_to_glue_catalog('public', aws_secret_key => 'aws_SECRET')"):
        with pytest.raises(Exception) as info:
            conn.execute(call)
        assert info.value.sqlstate == "0A000" and "SECRET" not in str(info.value)
