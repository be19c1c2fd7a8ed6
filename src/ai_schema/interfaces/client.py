"""The library against any PostgreSQL over psycopg: the same service the SQL functions call.

Designs, versions, deployments and approvals live in the extension's tables when the extension is
installed, else in the same tables created by a plain-SQL bootstrap (bootstrap.sql, built from the
extension's own sql/ sources) in schema ai_schema: managed hosts that refuse plpython3u get every
feature, with this process doing the parsing the server would do. Connections take libpq's
standard settings: a URI or key=value string, else PGHOST, PGDATABASE, PGUSER, PGSERVICE, ….
"""

import ai_schema

from ..db import PsycopgExecutor
from ..ddl.naming import quote_ident
from ..errors import AiSchemaError
from .service import Service

BOOTSTRAP_SCHEMA = "ai_schema"
TABLES = "SELECT pg_catalog.to_regclass(%s) IS NOT NULL AS present"


class ConnectionFailed(AiSchemaError):
    """No server to talk to (exit code 3 in the command)."""


def connect(dsn=None):
    import psycopg
    try:
        return psycopg.connect(dsn or "", autocommit=True, application_name="ai-schema")
    except psycopg.Error as exc:
        raise ConnectionFailed(f"could not connect: {str(exc).strip().splitlines()[-1]}", sqlstate="08001",
                               hint="Pass --dsn postgresql://user@host/db, or set PGHOST, PGDATABASE, PGUSER "
                                    "(a password from PGPASSWORD or ~/.pgpass).") from None


def _package_files():
    import importlib.resources        # only with a server: a lint of a file never reads the scripts
    return importlib.resources.files("ai_schema")


def bootstrap_sql(schema=BOOTSTRAP_SCHEMA, name="bootstrap.sql"):
    text = _package_files().joinpath(name).read_text()
    return text.replace("@extschema@", quote_ident(schema))


def _release(version):
    return tuple(int(part) for part in version.split("."))


def upgrade_bootstrap(executor, schema):
    """Bring bootstrap tables made by an older command up to this version, step by step, as
    ALTER EXTENSION UPDATE does for the extension (tables made before 0.2.0 carry no version)."""
    comment = executor.query("SELECT pg_catalog.obj_description(pg_catalog.to_regnamespace(%s), "
                             "'pg_namespace') AS c", (quote_ident(schema),))[0]["c"] or ""
    have = comment.rsplit(" ", 1)[-1] if comment.startswith("ai_schema bootstrap ") else "0.1.0"
    steps = sorted((_release(f.name[len("bootstrap--"):].split("--")[0]), f.name)
                   for f in _package_files().iterdir()
                   if f.name.startswith("bootstrap--") and f.name.endswith(".sql"))
    pending = [name for start, name in steps if start >= _release(have)]
    if not pending:
        return
    with executor.atomic():
        executor.execute("SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('ai_schema bootstrap'))")
        for name in pending:
            executor.execute(bootstrap_sql(schema, name))
    executor.notice(f"ai_schema: upgraded the tables in schema {schema} from {have} to {ai_schema.__version__}")


def store_schema(executor, create=True, schema=BOOTSTRAP_SCHEMA):
    """Where designs live: the extension's schema, else the bootstrap schema (created on first use)."""
    from ..catalog import extension_schema         # the catalog reader only once there is a server
    found = extension_schema(executor, "ai_schema")
    if found:
        return found
    if executor.query(TABLES, (f"{quote_ident(schema)}.ai_schema_designs",))[0]["present"]:
        upgrade_bootstrap(executor, schema)
        return schema
    if not create:
        return None
    with executor.atomic():
        executor.execute(bootstrap_sql(schema))
    executor.notice(f"ai_schema: created the design and approval tables in schema {schema} "
                    "(the extension is not installed)")
    return schema


def current_schema(engine):
    """The schema a service's connection works in (where apply changes things when no target is named)."""
    return engine.executor.query("SELECT current_schema() AS s")[0]["s"]


def service(conn=None, create=True, llm=None):
    """The service over a connection (designs in the extension's or the bootstrap tables), or one for
    work that needs no database (generate, lint and diff of DDL text); llm as Service's."""
    if conn is None:
        return Service(None, None, llm)
    executor = PsycopgExecutor(conn)
    return Service(executor, store_schema(executor, create), llm)
