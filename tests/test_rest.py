"""The REST API over real HTTP on 127.0.0.1 (uvicorn), against a database without the extension:
token auth, body limits, JSON errors, and each endpoint's result."""

import http.client
import json
import socket
import threading
import time

import pytest
import uvicorn

from ai_schema.interfaces.rest import create_app

TOKEN = "s3cret-token"


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(dbs, cluster):
    name = dbs.new(with_extension=False)
    port = _free_port()
    config = uvicorn.Config(create_app(dsn=cluster.conninfo(name), token=TOKEN, max_body=65536), host="127.0.0.1",
                            port=port, log_level="error")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(200):
        if instance.started:
            break
        time.sleep(0.05)
    with dbs.connect(name) as conn:
        yield port, conn
    instance.should_exit = True
    thread.join(timeout=10)


def request(port, path, body=None, token=TOKEN, raw=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    sent = {"Content-Type": "application/json", **(headers or {})}
    if token:
        sent["Authorization"] = f"Bearer {token}"
    conn.request("POST" if data is not None else "GET", path, body=data, headers=sent)
    response = conn.getresponse()
    payload = response.read()
    conn.close()
    return response.status, json.loads(payload) if payload else None


GENERATE = "/api/v1/ai-schema/generate"


def test_auth_limits_and_json_errors(server):
    port, _ = server
    assert request(port, GENERATE, {"description": "a blog"}, token=None)[0] == 401
    status, body = request(port, GENERATE, {"description": "a blog"}, token="wrong")
    assert status == 401 and body["error"] == "missing or wrong bearer token"
    status, body = request(port, GENERATE, raw=b"{not json")
    assert status == 400 and body["error"] == "the body is not valid JSON"
    status, body = request(port, GENERATE, {"platform": "mysql"})
    assert status == 400 and "description" in body["error"]
    status, body = request(port, GENERATE, raw=json.dumps({"description": "x" * 70000}).encode())
    assert status == 413 and "over 65536 bytes" in body["error"]
    # a chunked body (no Content-Length) is counted as it arrives
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.putrequest("POST", GENERATE)
    for name, value in (("Authorization", f"Bearer {TOKEN}"), ("Content-Type", "application/json"),
                        ("Transfer-Encoding", "chunked")):
        conn.putheader(name, value)
    conn.endheaders()
    for _ in range(10):
        chunk = b"x" * 10000
        conn.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
    conn.send(b"0\r\n\r\n")
    assert conn.getresponse().status == 413
    status, body = request(port, GENERATE, {"description": "a blog", "options": {"id_style": "sideways"}})
    assert status == 400 and body["sqlstate"] == "22023" and "id_style" in body["error"]
    status, body = request(port, "/api/v1/ai-schema/apply", {"design": "nope"})
    assert status == 404 and 'no design named "nope"' in body["error"]


def test_endpoints(server):
    port, conn = server
    status, body = request(port, GENERATE, {"description": "a shop with customers, products and orders",
                                            "options": {"save_as": "shop"}})
    assert status == 200 and "CREATE TABLE" in body["ddl"]
    status, body = request(port, "/api/v1/ai-schema/validate", {"schema_name": "shop"})     # the seeds' field
    assert status == 200 and body["is_valid"] is True and isinstance(body["findings"], list)
    status, body = request(port, "/api/v1/ai-schema/validate", {"schema": "CREATE TABLE t (id int)"})
    assert status == 200 and body["is_valid"] is False
    conn.execute("CREATE SCHEMA app")
    status, body = request(port, "/api/v1/ai-schema/apply", {"design": "shop", "target_schema": "app",
                                                             "dry_run": True})
    assert status == 200 and body["dry_run"] is True and body["statements"]
    assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'app'").fetchone() == (0,)
    status, body = request(port, "/api/v1/ai-schema/apply", {"schema_name": "shop", "target_schema": "app",
                                                             "dry_run": False})
    assert status == 200 and body["applied"] is True
    status, body = request(port, "/api/v1/ai-schema/migrate", {"from_schema": "live:app", "to_schema": "shop"})
    assert status == 200 and body["up_migration"] == "" and body["impact_analysis"]["steps"] == 0   # applied
    status, body = request(port, "/api/v1/ai-schema/migrate", {
        "from_schema": "CREATE TABLE t (id int PRIMARY KEY);", "to_schema": "CREATE TABLE t (id int PRIMARY KEY, n int);"})
    assert status == 200 and "ADD COLUMN n integer" in body["up_migration"] and "DROP COLUMN n" in body["down_migration"]
    conn.execute("CREATE SCHEMA m; SET search_path = m; CREATE TABLE t (id int PRIMARY KEY)")
    conn.execute(body["up_migration"])                            # both scripts run on the server
    assert conn.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'm.t'::regclass "
                        "AND attname = 'n'").fetchone() == (1,)
    conn.execute(body["down_migration"])
    assert conn.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'm.t'::regclass AND attname = 'n' "
                        "AND NOT attisdropped").fetchone() == (0,)
    conn.execute("RESET search_path")
    status, spec = request(port, "/openapi.json", token=None)
    assert status == 200 and {"/api/v1/ai-schema/" + p for p in ("generate", "validate", "apply", "migrate")} <= \
        set(spec["paths"])
