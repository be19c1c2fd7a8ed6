"""The Python SDK: the seeds' AISchemaArchitect, over the same service as the SQL functions and the command.

    from ai_schema.sdk import Architect                            # also named AISchemaArchitect
    architect = Architect(dsn="postgresql://app@db/app")          # or Architect() offline
    architect = Architect(llm_provider="openai", api_key="sk-…")  # the LLM called from this process
    schema = architect.generate_schema("a blog with users, posts and tags", platform="postgresql")
    schema.ddl; schema.validate().is_valid; schema.save("blog"); schema.apply(target_schema="blog")
"""

import dataclasses

from . import options as defaults
from .interfaces.client import connect, current_schema, service
from .llm.source import client_side


@dataclasses.dataclass(frozen=True)
class Validation:
    is_valid: bool
    issues: list
    warnings: list
    recommendations: list
    findings: list


class Architect:
    """Designs schemas; with a connection (dsn, libpq's PG* settings, or a psycopg connection) it also
    stores, applies and migrates them, in the extension's tables or their plain-SQL bootstrap."""

    def __init__(self, dsn=None, connection=None, offline=False, llm_provider=None, api_key=None, model=None,
                 endpoint=None, timeout_ms=30000):
        self._dsn, self._conn, self._offline = dsn, connection, offline
        self._llm = client_side(llm_provider, api_key, model, endpoint, timeout_ms) if llm_provider else None
        self._service = None

    @property
    def service(self):
        """The service, made once: the connection and the lookup of where designs live happen once."""
        if self._service is None:
            if self._offline:
                self._service = service(None, llm=self._llm)
            else:
                if self._conn is None:
                    self._conn = connect(self._dsn)
                self._service = service(self._conn, llm=self._llm)
        return self._service

    def close(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._service = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def generate_schema(self, description, platform="postgresql", **options):
        """A GeneratedSchema for a plain-language description (options as ai_generate_schema's)."""
        engine = service(None, llm=self._llm) if self._offline or (self._dsn is None and self._conn is None) \
            else self.service
        text = engine.generate_schema(description, platform, options)
        return GeneratedSchema(self, description, platform, text)

    def migrate(self, from_schema, to_schema, **options):
        """(up, down, impact) between two schema references."""
        row = self.service.generate_migration(from_schema, to_schema, options)
        return row["up_migration"], row["down_migration"], row["impact_analysis"]


@dataclasses.dataclass
class GeneratedSchema:
    architect: Architect
    description: str
    platform: str
    ddl: str
    name: str | None = None

    def validate(self):
        engine = service(None)
        row = engine.validate_schema(self.ddl)
        return Validation(row["is_valid"], row["issues"], row["warnings"], row["recommendations"],
                          engine.lint(self.ddl, {}))

    def draw(self, path):
        """Draw the design's diagram to path (.svg, .png or .pdf, with Graphviz); the path."""
        from .model import Schema
        from .targets.erd import draw
        engine = service(None, llm=self.architect._llm)       # the same design again (offline: deterministic)
        return draw(Schema.from_json(engine.generate_schema(self.description, "postgresql", {"output": "json"})), path)

    def save(self, name):
        """Store it as a design (a new version when it changed)."""
        from .designs.store import Store
        engine = self.architect.service
        Store(engine.executor, engine.extschema).save_design(name, self.ddl, self.description, self.platform)
        self.name = name
        return self

    def apply(self, target_schema=None, dry_run=defaults.DRY_RUN, name=None, **options):
        """Apply it to a schema of the database (saved first, as name or the generated one); the report."""
        if self.platform != "postgresql":
            raise ValueError(f"only PostgreSQL DDL can be applied, this is {self.platform}")
        if name or self.name is None:
            self.save(name or _design_name(self.description))
        engine = self.architect.service
        here = current_schema(engine)
        if target_schema:
            options["target_schema"] = target_schema
        return engine.apply_schema(self.name, dry_run, options, here)


AISchemaArchitect = Architect


def _design_name(description):
    words = "".join(c if c.isalnum() else " " for c in description.lower()).split()
    return "_".join(words[:6])[:60] or "design"
