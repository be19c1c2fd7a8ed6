"""Differences between two schema models, and the migrations that close them."""

from .compare import Change, compare, summary
from .impact import performance_summary
from .migration import generate as generate_migration

__all__ = ["Change", "compare", "summary", "generate_migration", "performance_summary"]
