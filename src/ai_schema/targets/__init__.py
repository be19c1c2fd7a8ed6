"""Schema model -> DDL for every supported platform, and the other outputs (ORM models, ERDs)."""

import re

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

_NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")
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


TARGET_OPTIONS = {"engine": ("InnoDB", "Aria", "MyISAM"), "charset": _NAME, "collation": _NAME,
                  "use_clustering": bool, "use_streams": bool, "distribution_column": _NAME,
                  "distribution_table": _NAME}


def check_options(options):
    """The platform options of render (engine, charset, collation, use_clustering, use_streams,
    distribution_column, distribution_table)."""
    out = {}
    for name, allowed in TARGET_OPTIONS.items():
        value = (options or {}).get(name)
        if value is None:
            continue
        ok = isinstance(value, bool) if allowed is bool else (
            value in allowed if isinstance(allowed, tuple) else isinstance(value, str) and allowed.match(value))
        if not ok:
            raise AiSchemaError(f"option {name} has an invalid value", hint={
                "engine": "One of InnoDB, Aria, MyISAM.", "charset": "A name such as utf8mb4.",
                "collation": "A name such as utf8mb4_unicode_ci.", "distribution_column": "A column name.",
                "distribution_table": "A table name."}.get(name, "true or false."))
        out[name] = value
    return out


def render(schema, platform="postgresql", options=None):
    """DDL of a model for a platform."""
    key = check_platform(platform)
    if key == "postgresql":
        return render_postgresql(schema)
    return DIALECTS[key](schema, check_options(options)).render()
