"""Differences between two schema models (the base of migrations, #6)."""

from .compare import Change, compare, summary

__all__ = ["Change", "compare", "summary"]
