"""Neon: a new branch through Neon's HTTP API (POST /projects/{id}/branches with a read-write
endpoint), then the schema's DDL applied on that branch in one transaction over the connection URI
the API returns. The API key comes from NEON_API_KEY (environment or config file)."""

import urllib.parse

from ..ddl.render import render_postgresql
from ..errors import AiSchemaError
from . import httpjson, scrub, secret

ENDPOINT = "https://console.neon.tech/api/v2"


def deploy(model, options, progress):
    key = secret("NEON_API_KEY", options)
    endpoint = options.get("endpoint", ENDPOINT).rstrip("/")
    project = options.get("project_id")
    if not project:
        raise AiSchemaError("option project_id is needed", hint="-o project_id=<your Neon project id>.")
    branch = options.get("branch", "ai-schema")
    headers = {"Authorization": f"Bearer {key}"}
    base = f"{endpoint}/projects/{urllib.parse.quote(str(project), safe='')}"
    progress(f"creating Neon branch {branch}")
    created = httpjson.call("POST", f"{base}/branches", headers,
                            {"branch": {"name": branch}, "endpoints": [{"type": "read_write"}]}, secrets=(key,))
    branch_id = created.get("branch", {}).get("id")
    uris = [u.get("connection_uri") for u in created.get("connection_uris", []) if u.get("connection_uri")]
    if not uris:
        query = urllib.parse.urlencode({"branch_id": branch_id, "database_name": options.get("database", "neondb"),
                                        "role_name": options.get("role", "neondb_owner")})
        uris = [httpjson.call("GET", f"{base}/connection_uri?{query}", headers, secrets=(key,))["uri"]]
    ddl = render_postgresql(model)
    progress(f"applying the schema on branch {branch_id}")
    import psycopg
    try:
        with psycopg.connect(uris[0], connect_timeout=20) as conn, conn.transaction():
            conn.execute(ddl)
    except psycopg.Error as exc:
        raise AiSchemaError(f"the schema did not apply on Neon branch {branch_id}: "
                            f"{scrub(str(exc).splitlines()[0], key, uris[0])}", hint="Nothing was changed on it.")
    return {"platform": "neon", "project_id": project, "branch": branch, "branch_id": branch_id,
            "tables": len(model.tables), "applied": True}
