"""`ai-schema`: every feature from a shell, against any PostgreSQL (no extension needed).

Each command calls the same service as the SQL functions, over psycopg. Work on DDL text (generate,
lint, validate, diff, render, export) needs no database; designs, live:<schema> references, apply,
rollback and reviews connect with libpq's settings (--dsn, or PGHOST/PGDATABASE/…). Exit codes for
CI: 0 fine, 1 lint errors / invalid schema / failed apply, 2 bad input, 3 no connection.
"""

import argparse
import gc
import json
import os
import sys

from .. import __version__
from .. import options as defaults
from ..errors import AiSchemaError
from .lazy import Module

# Loaded when a command first reads them: a lint of a file starts its parse (reference) before the
# model, the linter and the service are imported (see sqlparser.parse_ahead).
refs, sarif, client = (Module(f"ai_schema.{name}") for name in ("refs", "interfaces.sarif", "interfaces.client"))

OK, FINDINGS, BAD_INPUT, NO_CONNECTION = 0, 1, 2, 3


class Session:
    """Arguments, the connection (opened when a command needs one) and the output."""

    def __init__(self, args):
        self.args = args
        self.conn = None

    def connection(self):
        """The session's connection, opened on first use (closed when the command ends)."""
        if self.conn is None:
            self.progress("connecting")
            import logging                    # the server's notices are logged (db.PsycopgExecutor)
            logging.basicConfig(format="%(message)s", level=logging.ERROR if self.args.quiet else logging.WARNING)
            self.conn = client.connect(self.args.dsn)
        return self.conn

    def service(self, *references, need=False):
        """The service, with a connection when asked for, when a reference needs one or when --dsn is given."""
        if need or self.args.dsn or any(not refs.is_ddl(r) for r in references if r is not None):
            return client.service(self.connection())
        return client.service(None)

    def progress(self, text):
        if not self.args.quiet:
            print(f"ai-schema: {text}…", file=sys.stderr, flush=True)

    def out(self, value, text=None):
        if self.args.json or text is None:
            print(json.dumps(value, indent=2, default=str))
        else:
            print(text.rstrip("\n"))


def reference(value):
    """A schema reference: '-' is standard input, an existing file is read, anything else is passed on
    (a design name, design@N, live:<schema> or DDL text)."""
    if value == "-":
        return _parsed_ahead(sys.stdin.read())
    if len(value) < 4096 and "\n" not in value and os.path.isfile(value):
        with open(value, encoding="utf-8") as f:
            return _parsed_ahead(f.read())
    return value


def _parsed_ahead(text):
    from .. import sqlparser
    sqlparser.parse_ahead(text)
    return text


def _options(pairs):
    """--option key=value (value parsed as JSON when it is JSON) -> a dict."""
    out = {}
    for pair in pairs or ():
        key, sep, value = pair.partition("=")
        if not sep:
            raise AiSchemaError(f"--option {pair!r} is not key=value", hint="For example --option id_style=uuid.")
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def cmd_generate(s):
    opts = _options(s.args.option)
    if s.args.save:
        opts["save_as"] = s.args.save
    engine = s.service(need=bool(s.args.save))
    text = engine.generate_schema(s.args.description, s.args.platform, opts)
    if s.args.erd:                           # the same design (deterministic), drawn for a person to look at
        from ..model import Schema
        from ..targets.erd import draw
        design = {**opts, "output": "json", "save_as": None}
        drawn = draw(Schema.from_json(engine.generate_schema(s.args.description, "postgresql", design)), s.args.erd)
        s.progress(f"drew the diagram in {drawn}")
    s.out({"ddl": text}, text)
    return OK


def cmd_render(s):
    ref = reference(s.args.schema)
    s.out({"ddl": (text := s.service(ref).render_schema(ref, s.args.platform, _options(s.args.option)))}, text)
    return OK


def _lint_options(args):
    return {k: v for k, v in (("disable", args.disable), ("only", args.only)) if v}


def _json_lines(items):
    """A JSON array with one item per line: json's C encoder writes each item (indent= falls back to
    its pure-Python encoder, a third of a large lint's run), and the output still diffs line by line."""
    return "[\n" + ",\n".join("  " + json.dumps(item) for item in items) + "\n]" if items else "[]"


def cmd_lint(s):
    ref = reference(s.args.schema)
    findings = s.service(ref).lint(ref, _lint_options(s.args))
    errors = sum(1 for f in findings if f["severity"] == "error")
    if s.args.format == "sarif":
        source = s.args.schema if os.path.isfile(s.args.schema) else None
        print(json.dumps(sarif.report(findings, ref if source else None, source), indent=2))
    elif s.args.format == "json" or s.args.json:
        print(_json_lines(findings))
    else:
        for f in findings:
            print(f"{f['severity']:7} {f['rule_id']:32} {f['object_name']}: {f['message']}"
                  + (f"\n        fix: {f['fix']}" if f["fix"] else ""))
        print(f"{len(findings)} finding(s), {errors} error(s)", file=sys.stderr)
    return FINDINGS if errors else OK


def cmd_validate(s):
    ref = reference(s.args.schema)
    row = s.service(ref).validate_schema(ref)
    lines = [f"valid: {'yes' if row['is_valid'] else 'no'}"]
    for key in ("issues", "warnings", "recommendations"):
        lines += [f"{key[:-1]}: {item}" for item in row[key]]
    s.out(row, "\n".join(lines))
    return OK if row["is_valid"] else FINDINGS


def cmd_diff(s):
    old, new = reference(s.args.from_schema), reference(s.args.to_schema)
    opts = _options(s.args.option)
    if s.args.safe:
        opts["safe"] = True
    s.progress("planning the migration")
    row = s.service(old, new).generate_migration(old, new, opts)
    if s.args.output_dir:
        import pathlib
        folder = pathlib.Path(s.args.output_dir)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "up.sql").write_text(row["up_migration"])
        (folder / "down.sql").write_text(row["down_migration"])
        (folder / "impact.json").write_text(json.dumps(row["impact_analysis"], indent=2))
        s.progress(f"wrote up.sql, down.sql and impact.json in {folder}")
        return OK
    s.out(row, row["down_migration"] if s.args.down else row["up_migration"])
    return OK


def cmd_apply(s):
    s.progress("dry run: planning and running the steps in a rolled-back transaction" if s.args.dry_run
               else "planning and applying")
    opts = _options(s.args.option)
    if s.args.target:
        opts["target_schema"] = s.args.target
    a = s.service(need=True)
    report = a.apply_schema(s.args.design, s.args.dry_run, opts, client.current_schema(a))
    lines = [f"{'dry run' if s.args.dry_run else 'apply'} of {s.args.design} on {report.get('target_schema')}: "
             f"{'ok' if report.get('applied') or report.get('ok') else 'FAILED'}"]
    lines += [f"  {st}" for st in report.get("statements", [])]
    if report.get("error"):
        lines.append(f"error: {report['error']}")
    s.out(report, "\n".join(lines))
    return OK if not report.get("error") else FINDINGS


def cmd_rollback(s):
    s.progress(f"rolling {s.args.design} back to {s.args.version}")
    report = s.service(need=True).rollback_schema(s.args.design, s.args.version, s.args.reason)
    s.out(report, json.dumps(report, indent=2, default=str))
    return OK if not report.get("error") else FINDINGS


def cmd_design(s):
    a = s.service(need=True)
    from ..designs.store import Store
    store = Store(a.executor, a.extschema)
    if s.args.action == "save":
        ddl = reference(s.args.file)
        store.save_design(s.args.name, ddl, s.args.description)
        version = store.design(s.args.name)["version"]
        s.out({"name": s.args.name, "version": version}, f"saved {s.args.name} as version {version}")
    elif s.args.action == "list":
        rows = store.designs()
        s.out(rows, "\n".join(f"{r['name']:30} v{r['versions']}  {r['status']:10} {r['description'] or ''}"
                              for r in rows) or "(no designs)")
    else:
        s.out({"ddl": (text := a.render_schema(s.args.name, "postgresql", {}))}, text)
    return OK


def cmd_review(s):
    a = s.service(need=True)
    if s.args.action == "submit":
        here = s.args.target or client.current_schema(a)
        value = a.submit_for_approval(s.args.design, s.args.approver or [], s.args.reason, s.args.required, here)
    elif s.args.action == "approve":
        value = a.approve_schema(s.args.design, s.args.comments)
    else:
        value = a.reject_schema(s.args.design, s.args.comments)
    s.out(value, json.dumps(value, indent=2, default=str))
    return OK


def cmd_export(s):
    import pathlib
    from .. import platforms
    ref = reference(s.args.schema)
    found = s.service(ref).reference(ref, "schema")
    written = platforms.write(s.args.target, found.model(), pathlib.Path(s.args.out), _options(s.args.option),
                              found.namespace)
    s.out({"files": [str(p) for p in written]}, "\n".join(str(p) for p in written))
    return OK


def cmd_deploy(s):
    from .. import platforms
    ref = reference(s.args.schema)
    model = s.service(ref).resolve(ref, "schema")
    result = platforms.deploy(s.args.platform, model, _options(s.args.option), s.progress)
    s.out(result, json.dumps(result, indent=2))
    return OK


def cmd_load_test(s):
    gc.enable()
    from ..workload import loadtest
    from ..db import PsycopgExecutor
    settings = loadtest.check_config(_options(s.args.option))
    namespace = s.service(need=True).reference(s.args.schema, "schema", refs.SCHEMA).live_namespace()
    connect = loadtest.client_connector(s.args.dsn, namespace, settings["duration_seconds"])
    s.progress(f"{settings['concurrent_users']} users for {settings['duration_seconds']} s")
    run, queries = loadtest.run(PsycopgExecutor(s.connection()), namespace, settings, connect)
    total = run.total()
    s.out({"total": total, "queries": run.per_query(queries)},
          f"{total['calls']} requests, {total['errors']} errors, {total['qps']} requests/s, "
          f"p50 {total['p50_ms']} ms, p95 {total['p95_ms']} ms, p99 {total['p99_ms']} ms")
    return OK if not total["errors"] else FINDINGS


def cmd_serve(s):
    gc.enable()
    import uvicorn
    from .rest import create_app
    token = os.environ.get("AI_SCHEMA_API_TOKEN")
    if not token:
        raise AiSchemaError("AI_SCHEMA_API_TOKEN is not set", hint="The REST API refuses to run without a token.")
    uvicorn.run(create_app(dsn=s.args.dsn, token=token), host=s.args.host, port=s.args.port, log_level="warning")
    return OK


def parser():
    def common(default):
        """The general options, accepted before and after the command."""
        c = argparse.ArgumentParser(add_help=False)
        c.add_argument("--dsn", default=os.environ.get("DATABASE_URL") if default else argparse.SUPPRESS,
                       help="connection URI or key=value string (default: DATABASE_URL, else libpq's PG* settings)")
        c.add_argument("--json", action="store_true", default=False if default else argparse.SUPPRESS,
                       help="print JSON")
        c.add_argument("--quiet", "-q", action="store_true", default=False if default else argparse.SUPPRESS,
                       help="no progress on standard error")
        return c

    p = argparse.ArgumentParser(prog="ai-schema", description="Schema architect for PostgreSQL.",
                                parents=[common(True)])
    p.add_argument("--version", action="version", version=f"ai-schema {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    after = common(False)

    def command(name, fn, text):
        c = sub.add_parser(name, help=text, description=text, parents=[after])
        c.set_defaults(fn=fn)
        return c

    def options(c):
        c.add_argument("--option", "-o", action="append", metavar="KEY=VALUE", help="an option (repeatable)")

    c = command("generate", cmd_generate, "DDL for a plain-language description")
    c.add_argument("description")
    c.add_argument("--platform", default="postgresql")
    c.add_argument("--save", metavar="DESIGN", help="also store it as a design")
    c.add_argument("--erd", metavar="FILE", help="also draw the diagram (.svg, .png or .pdf, with Graphviz)")
    options(c)
    c = command("render", cmd_render, "a schema's DDL for a platform (postgresql, mysql, sqlite, …)")
    c.add_argument("schema", help="file, '-', design, design@N, live:<schema> or DDL")
    c.add_argument("--platform", default="postgresql")
    options(c)
    for name, fn, text in (("lint", cmd_lint, "lint findings; exit 1 when there are errors"),
                           ("validate", cmd_validate, "is the schema valid; exit 1 when not")):
        c = command(name, fn, text)
        c.add_argument("schema", help="file, '-', design, design@N, live:<schema> or DDL")
        if name == "lint":
            c.add_argument("--format", choices=("text", "json", "sarif"), default="text")
            c.add_argument("--disable", action="append", metavar="RULE")
            c.add_argument("--only", action="append", metavar="RULE")
    c = command("diff", cmd_diff, "the migration from one schema to another (up, or --down)")
    c.add_argument("from_schema")
    c.add_argument("to_schema")
    c.add_argument("--down", action="store_true")
    c.add_argument("--safe", action="store_true", help="lock-friendly steps (CONCURRENTLY, NOT VALID …)")
    c.add_argument("--output-dir", help="write up.sql, down.sql and impact.json there")
    options(c)
    c = command("apply", cmd_apply, "apply a design to a schema (the plan runs in one transaction)")
    c.add_argument("design")
    c.add_argument("--target", help="schema to change (default public)")
    c.add_argument("--dry-run", action="store_true")
    options(c)
    c = command("rollback", cmd_rollback, "move the last target of a design back to a version")
    c.add_argument("design")
    c.add_argument("version", help="a version number or any schema reference")
    c.add_argument("--reason", default="rollback from ai-schema")
    c = command("design", cmd_design, "save, list or show stored designs")
    c.add_argument("action", choices=("save", "list", "show"))
    c.add_argument("name", nargs="?")
    c.add_argument("file", nargs="?", help="DDL file or '-' (save)")
    c.add_argument("--description")
    c = command("review", cmd_review, "submit a design for approval, approve or reject it")
    c.add_argument("action", choices=("submit", "approve", "reject"))
    c.add_argument("design")
    c.add_argument("--approver", action="append", help="role or e-mail (submit; repeatable)")
    c.add_argument("--required", type=int, default=defaults.REQUIRED_APPROVALS,
                   help="approvals needed (default: every approver)")
    c.add_argument("--reason")
    c.add_argument("--target")
    c.add_argument("--comments")
    c = command("export", cmd_export, "files for another platform: supabase, kafka, glue")
    c.add_argument("target", choices=("supabase", "kafka", "glue"))
    c.add_argument("schema")
    c.add_argument("--out", default=".")
    options(c)
    c = command("deploy", cmd_deploy, "deploy through a platform's HTTP API: neon, planetscale")
    c.add_argument("platform", choices=("neon", "planetscale"))
    c.add_argument("schema")
    options(c)
    c = command("load-test", cmd_load_test, "concurrent users run the schema's generated workload")
    c.add_argument("schema", help="a schema of the database")
    options(c)
    c = command("serve", cmd_serve, "the REST API (token in AI_SCHEMA_API_TOKEN)")
    c.add_argument("--host", default="127.0.0.1")
    c.add_argument("--port", type=int, default=8080)
    return p


def main(argv=None):
    args = parser().parse_args(argv)
    session = Session(args)
    try:
        return args.fn(session)
    except client.ConnectionFailed as exc:
        print(f"ai-schema: {exc.message}\nhint: {exc.hint}", file=sys.stderr)
        return NO_CONNECTION
    except AiSchemaError as exc:
        print(f"ai-schema: {exc.message}" + (f"\nhint: {exc.hint}" if exc.hint else ""), file=sys.stderr)
        return BAD_INPUT
    except Exception as exc:                 # a server error (psycopg) or a bug: one line, no traceback
        state = getattr(exc, "sqlstate", None)
        print(f"ai-schema: {str(exc).strip()}" + (f" (SQLSTATE {state})" if state else ""), file=sys.stderr)
        return BAD_INPUT if state else FINDINGS
    finally:
        if session.conn is not None:
            session.conn.close()


def run():
    """The console script: main() without the cycle collector (a command is one short run: the
    collector would only walk the objects its imports and its output make, some 50 times), then out
    without the interpreter's teardown, which frees every object a large lint made one at a time
    (some 10 ms of a 1,000-table lint, after its output is written). Connections and files are
    closed by then; a failed flush is an error, as at exit. The long-running commands (serve,
    load-test) turn the collector back on."""
    gc.disable()
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        code = code or FINDINGS
    os._exit(code or OK)


if __name__ == "__main__":
    run()
