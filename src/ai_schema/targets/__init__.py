"""Schema model -> DDL for every supported platform."""

from ..ddl.render import render_postgresql
from ..errors import AiSchemaError, NOT_SUPPORTED
from .citus import Citus
from .django import django_models
from .erd import dot, mermaid
from .markdown import markdown
from .mysql import MySQL
from .prisma import prisma_schema
from .snowflake import Snowflake
from .sqlalchemy import sqlalchemy_models
from .sqlite import SQLite

DIALECTS = {"mysql": MySQL, "sqlite": SQLite, "snowflake": Snowflake, "citus": Citus}
ALIASES = {"postgres": "postgresql", "pg": "postgresql", "mariadb": "mysql", "sqlite3": "sqlite"}
PLATFORMS = ("postgresql",) + tuple(DIALECTS)
WRITERS = {"mermaid": mermaid, "dot": dot, "markdown": markdown, "sqlalchemy": sqlalchemy_models,
           "django": django_models, "prisma": prisma_schema}

__all__ = ["PLATFORMS", "WRITERS", "check_platform", "render", "dot", "markdown", "mermaid", "sqlalchemy_models", "django_models", "prisma_schema"]


def check_platform(platform):
    """The canonical platform name, or an error listing the supported ones."""
    key = "postgresql" if platform is None else platform.strip().lower()
    key = ALIASES.get(key, key)
    if key not in PLATFORMS:
        raise AiSchemaError(f'platform "{str(platform)[:40]}" is not supported', sqlstate=NOT_SUPPORTED,
                            hint="Supported platforms: " + ", ".join(PLATFORMS) + ".")
    return key


def render(schema, platform="postgresql", options=None):
    """DDL of a model for a platform."""
    key = check_platform(platform)
    if key == "postgresql":
        return render_postgresql(schema)
    return DIALECTS[key](schema, options).render()
