"""The package's shape: core modules at the top, one package per capability, pglast behind sqlparser."""

import pathlib
import re

SRC = pathlib.Path(__file__).parent.parent / "src" / "ai_schema"
CORE = {"__init__", "model", "sqlparser", "jsonast", "catalog", "db", "errors", "options", "refs", "sdk"}
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


def test_no_module_grows_past_800_lines():
    """Split by construction or rule (the way lint/ is split), not into one long class."""
    long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py") if (n := len(p.read_text().splitlines())) > 800}
    assert not long, long


def test_the_command_sdk_and_rest_api_call_the_typed_service():
    """No text/JSON round trips outside the SQL adapter: values in, values out."""
    for name in ("interfaces/cli.py", "interfaces/rest.py", "sdk.py"):
        text = (SRC / name).read_text()
        assert "json.loads(" not in text.replace("json.loads(value)", ""), name
        assert '"true" if' not in text and "server import" not in text, name


def test_no_run_of_code_is_written_twice():
    """Four or more non-trivial lines repeated anywhere in the library belong in one helper."""
    seen = {}
    for path in sorted(SRC.rglob("*.py")):
        lines = [(n, re.sub(r"\s+", " ", line.strip())) for n, line in enumerate(path.read_text().splitlines(), 1)]
        lines = [(n, line) for n, line in lines if len(line) > 3 and not line.startswith("#")]
        for k in range(len(lines) - 3):
            run = "\n".join(line for _, line in lines[k:k + 4])
            if len(run) >= 150:
                seen.setdefault(run, []).append(f"{path.relative_to(SRC)}:{lines[k][0]}")
    repeated = {run: where for run, where in seen.items() if len(where) > 1}
    assert not repeated, repeated
