"""ai_schema: schema design, checking and migration as a library and a PostgreSQL extension."""

__version__ = "0.2.0"
