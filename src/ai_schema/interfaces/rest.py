"""The REST API (FastAPI, served by uvicorn through `ai-schema serve`): generate, validate, apply and
migrate over HTTP, calling the same service as the SQL functions and the command.

Every request needs `Authorization: Bearer <token>` (compared in constant time); bodies over
max_body bytes are refused before they are read (413); bad JSON and wrong fields get 400;
ai_schema errors come back as JSON {"error", "hint", "sqlstate"} with a status from their SQLSTATE.
OpenAPI docs are at /docs and /openapi.json.
"""

import contextlib
import hmac

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AliasChoices, BaseModel, Field

from .. import __version__, refs
from .. import options as defaults
from .client import ConnectionFailed, connect, service
from ..errors import AiSchemaError

PREFIX = "/api/v1/ai-schema"
MAX_BODY = 1_048_576
STATUS = {"42704": 404, "3F000": 404, "55000": 409, "42501": 403, "08001": 503}


class GenerateIn(BaseModel):
    description: str = Field(min_length=1, max_length=20000)
    platform: str = "postgresql"
    options: dict = Field(default_factory=dict)


class ValidateIn(BaseModel):
    schema_name: str = Field(min_length=1, validation_alias=AliasChoices("schema_name", "schema"),
                             description="design, design@N, live:<schema> or DDL")
    options: dict = Field(default_factory=dict)


class ApplyIn(BaseModel):
    schema_name: str = Field(min_length=1, validation_alias=AliasChoices("schema_name", "design"),
                             description="the design to apply")
    dry_run: bool = defaults.DRY_RUN
    target_schema: str | None = None
    options: dict = Field(default_factory=dict)


class MigrateIn(BaseModel):
    from_schema: str = Field(min_length=1)
    to_schema: str = Field(min_length=1)
    options: dict = Field(default_factory=dict)


def _error(status, message, hint=None, sqlstate=None):
    return JSONResponse({"error": message, "hint": hint, "sqlstate": sqlstate}, status_code=status)


def create_app(dsn=None, token=None, max_body=MAX_BODY):
    if not token:
        raise AiSchemaError("the REST API needs a token", hint="Set AI_SCHEMA_API_TOKEN.")
    app = FastAPI(title="ai_schema", version=__version__,
                  description="Generate, validate, apply and migrate PostgreSQL schemas.")
    bearer = HTTPBearer(auto_error=False)

    def authorized(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)):
        if credentials is None or not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
            raise _Unauthorized()

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            return _error(413, f"request body over {max_body} bytes")
        if length is None and request.method in ("POST", "PUT", "PATCH"):
            body = b""
            async for chunk in request.stream():
                body += chunk
                if len(body) > max_body:
                    return _error(413, f"request body over {max_body} bytes")
            request._body = body                  # read once; the endpoint sees the same bytes
        return await call_next(request)

    @app.exception_handler(_Unauthorized)
    async def unauthorized(request, exc):
        return JSONResponse({"error": "missing or wrong bearer token", "hint": None, "sqlstate": None},
                            status_code=401, headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(RequestValidationError)
    async def invalid(request, exc):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        text = "the body is not valid JSON" if first.get("type") == "json_invalid" else \
            f"{where or 'body'}: {first.get('msg', 'invalid')}"
        return _error(400, text, "Send a JSON object; see /docs.")

    @app.exception_handler(AiSchemaError)
    async def failed(request, exc):
        status = 503 if isinstance(exc, ConnectionFailed) else STATUS.get(exc.sqlstate, 400)
        return _error(status, exc.message, exc.hint, exc.sqlstate)

    @app.exception_handler(Exception)
    async def crashed(request, exc):          # a server error (psycopg, with its SQLSTATE) or a bug: JSON, no trace
        state = getattr(exc, "sqlstate", None)
        return _error(400 if state else 500, str(exc).strip().splitlines()[0] if state else "internal error",
                      sqlstate=state)

    @contextlib.contextmanager
    def engine(*references, need=False):
        """The service for one request: on a fresh connection when it needs one, closed afterwards."""
        if need or dsn and any(not refs.is_ddl(r) for r in references):
            with connect(dsn) as conn:
                yield service(conn)
            return
        if any(not refs.is_ddl(r) for r in references):
            raise AiSchemaError("this server has no database to read designs or live schemas from",
                                hint="Pass DDL text, or start the API with --dsn.", sqlstate="08001")
        yield service(None)

    @app.post(f"{PREFIX}/generate", dependencies=[Depends(authorized)])
    def generate(body: GenerateIn):
        """DDL for a plain-language description (offline generator)."""
        with engine(need=bool(body.options.get("save_as"))) as a:
            return {"ddl": a.generate_schema(body.description, body.platform, body.options)}

    @app.post(f"{PREFIX}/validate", dependencies=[Depends(authorized)])
    def validate(body: ValidateIn):
        """Validity, issues, warnings, recommendations and every lint finding of a schema."""
        ref = body.schema_name
        with engine(ref) as a:                  # one connection for both
            row = a.validate_schema(ref)
            findings = a.lint(ref, body.options)
        return {**row, "findings": findings}

    @app.post(f"{PREFIX}/migrate", dependencies=[Depends(authorized)])
    def migrate(body: MigrateIn):
        """Up and down scripts and the impact analysis between two schemas."""
        with engine(body.from_schema, body.to_schema) as a:
            return a.generate_migration(body.from_schema, body.to_schema, body.options)

    @app.post(f"{PREFIX}/apply", dependencies=[Depends(authorized)])
    def apply(body: ApplyIn):
        """Apply a stored design to a schema (dry run by default)."""
        options = dict(body.options, **({"target_schema": body.target_schema} if body.target_schema else {}))
        with engine(need=True) as a:
            return a.apply_schema(body.schema_name, body.dry_run, options, body.target_schema or "public")

    return app


class _Unauthorized(Exception):
    """No bearer token, or not the right one."""
