"""One definition of every default the interfaces share: SQL (sql/functions.toml), the command,
the SDK and the REST API agree on dry run and the approval quorum."""

import inspect
import pathlib
import re
import tomllib

from ai_schema.interfaces import cli, rest
from ai_schema import options, sdk

ROOT = pathlib.Path(__file__).resolve().parent.parent


def sql_default(function, argument):
    for f in tomllib.loads((ROOT / "sql" / "functions.toml").read_text())["function"]:
        if f["name"] == function:
            m = re.search(rf"\b{argument} \w+ DEFAULT (\w+)", f["args"])
            return {"false": False, "true": True, "NULL": None}[m.group(1)]
    raise AssertionError(function)


def cli_default(command, dest):
    parser = cli.parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    return next(a.default for a in sub._actions if a.dest == dest)


def test_dry_run_is_false_everywhere():
    assert options.DRY_RUN is False
    assert sql_default("ai_apply_schema", "dry_run") is options.DRY_RUN
    assert cli_default("apply", "dry_run") is options.DRY_RUN
    assert inspect.signature(sdk.GeneratedSchema.apply).parameters["dry_run"].default is options.DRY_RUN
    assert rest.ApplyIn.model_fields["dry_run"].default is options.DRY_RUN


def test_quorum_is_every_approver_everywhere():
    assert options.REQUIRED_APPROVALS is None
    assert sql_default("ai_submit_for_approval", "required_approvals") is options.REQUIRED_APPROVALS
    assert cli_default("review", "required") is options.REQUIRED_APPROVALS


def test_sql_reaches_only_the_sql_functions_calls():
    """_ai_schema_call takes a name from any role that may execute it: only the calls of
    sql/functions.toml and the designs trigger resolve, every other method of the service does not."""
    from ai_schema.interfaces import server, service
    calls = {f["call"] for f in tomllib.loads((ROOT / "sql" / "functions.toml").read_text())["function"]}
    triggers = set(re.findall(r"_ai_schema_call\('(\w+)'", (ROOT / "sql" / "rules.sql").read_text()))
    assert server.SQL_CALLS == calls | triggers
    api = server.Api(None, None)
    for name in dir(service.Service):
        if name not in server.SQL_CALLS and not name.startswith("__"):
            assert getattr(api, name, None) is None, name
    for name in ("reference", "service", "__class__", "_export"):
        assert server.dispatch(None, None, name, ["x"])["message"] == f"ai_schema: unknown function {name}"
