"""PlanetScale: a development branch, a short-lived password for it, the schema's MySQL DDL applied
on the branch, then a deploy request into the production branch — all through PlanetScale's HTTP
API except the DDL, which goes over the MySQL protocol (pymysql) as PlanetScale requires. The
service token comes from PLANETSCALE_SERVICE_TOKEN_ID and PLANETSCALE_SERVICE_TOKEN."""

import urllib.parse

from ..errors import AiSchemaError
from ..targets import render
from . import httpjson, scrub, secret

ENDPOINT = "https://api.planetscale.com/v1"


def deploy(model, options, progress):
    token_id = secret("PLANETSCALE_SERVICE_TOKEN_ID", options)
    token = secret("PLANETSCALE_SERVICE_TOKEN", options)
    endpoint = options.get("endpoint", ENDPOINT).rstrip("/")
    org, database = options.get("organization"), options.get("database")
    if not org or not database:
        raise AiSchemaError("options organization and database are needed",
                            hint="-o organization=<org> -o database=<database>.")
    branch, into = options.get("branch", "ai-schema"), options.get("into_branch", "main")
    headers = {"Authorization": f"{token_id}:{token}"}
    base = f"{endpoint}/organizations/{urllib.parse.quote(org, safe='')}/databases/{urllib.parse.quote(database, safe='')}"
    secrets = (token, token_id)
    progress(f"creating PlanetScale branch {branch} from {into}")
    httpjson.call("POST", f"{base}/branches", headers, {"name": branch, "parent_branch": into}, secrets=secrets)
    password = httpjson.call("POST", f"{base}/branches/{urllib.parse.quote(branch, safe='')}/passwords", headers,
                             {"name": "ai-schema", "role": "admin"}, secrets=secrets)
    host, _, port = password["access_host_url"].partition(":")
    ddl = render(model, "mysql", {})
    progress(f"applying the schema on branch {branch}")
    import pymysql
    import pymysql.constants.CLIENT  # noqa: F401
    try:
        conn = pymysql.connect(host=host, port=int(port or 3306), user=password["username"],
                               password=password["plain_text"], database=options.get("mysql_database", database),
                               ssl={"ca": None} if options.get("tls", True) else None, connect_timeout=20,
                               client_flag=pymysql.constants.CLIENT.MULTI_STATEMENTS)
        try:
            with conn.cursor() as cur:
                cur.execute(ddl)
                while cur.nextset():
                    pass
            conn.commit()
        finally:
            conn.close()
    except pymysql.MySQLError as exc:
        raise AiSchemaError(f"the schema did not apply on PlanetScale branch {branch}: "
                            f"{scrub(str(exc), password['plain_text'], token)}") from None
    finally:
        if password.get("id"):
            httpjson.call("DELETE", f"{base}/branches/{urllib.parse.quote(branch, safe='')}/passwords/"
                                    f"{urllib.parse.quote(str(password['id']), safe='')}", headers, secrets=secrets)
    request = httpjson.call("POST", f"{base}/deploy-requests", headers, {"branch": branch, "into_branch": into},
                            secrets=secrets)
    return {"platform": "planetscale", "organization": org, "database": database, "branch": branch,
            "deploy_request": request.get("number"), "state": request.get("state"), "tables": len(model.tables)}
