"""The package's shape: core modules at the top, one package per capability, pglast behind sqlparser."""

import pathlib
import re

SRC = pathlib.Path(__file__).parent.parent / "src" / "ai_schema"
CORE = {"__init__", "model", "sqlparser", "catalog", "db", "errors", "options", "refs", "sdk"}
CAPABILITIES = {"ddl", "diff", "generate", "lint", "llm", "targets", "advice", "platforms", "designs", "interfaces",
                "workload", "__pycache__"}


def test_top_level_is_core_and_capability_packages():
    modules = {p.stem for p in SRC.glob("*.py")}
    packages = {p.name for p in SRC.iterdir() if p.is_dir()}
    assert modules == CORE, modules ^ CORE
    assert packages <= CAPABILITIES, packages - CAPABILITIES
    for package in packages - {"__pycache__"}:
        assert (SRC / package / "__init__.py").read_text().startswith('"""'), package


def test_pglast_is_reached_only_through_sqlparser():
    for path in SRC.rglob("*.py"):
        if path.name == "sqlparser.py":
            continue
        assert not re.search(r"^\s*(from|import) pglast\b", path.read_text(), re.M), path
