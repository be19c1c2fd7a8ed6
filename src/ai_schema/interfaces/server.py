"""The PL/Python side: one dispatcher that never raises.

Each SQL function is a PL/pgSQL wrapper around ``_ai_schema_call``; the
PL/Python body calls :func:`dispatch`, which returns an envelope (ok, value,
sqlstate, message, hint, detail). The wrapper raises the error itself, so users
see ``ERROR: ai_schema: …`` with a proper SQLSTATE and hint, never a Python
traceback in the error context.
"""

import json
import shlex

import ai_schema

from ..designs import approvals, lifecycle, templates
from .. import catalog, diff
from ..workload import loadtest, sample
from ..advice import denormalization, indexes as index_advice, partitioning
from .. import lint as linter
from .. import refs
from ..db import PlpyExecutor, notice
from ..ddl.parse import parse_ddl
from .. import targets
from ..options import json_object, reject_unknown
from ..targets import render
from ..errors import AiSchemaError, INTERNAL, NOT_SUPPORTED, TOO_COMPLEX, VERSION_MISMATCH
from ..generate import api as generator
from ..llm import source as llm_source
from ..sqlparser import check_text
from ..designs.store import Store


def check_version(expected):
    if ai_schema.__version__ != expected:
        raise AiSchemaError(
            f"library version {ai_schema.__version__} does not match extension version {expected}",
            hint="Run make install for this version, then ALTER EXTENSION ai_schema UPDATE.",
            sqlstate=VERSION_MISMATCH)


class Api:
    """The functions SQL can call by name; arguments arrive as text."""

    def __init__(self, executor, extschema, llm=None):
        """llm: (config, caller) of an LLM called client-side (the SDK), instead of the session's settings."""
        self.executor = executor
        self.extschema = extschema
        self.llm = llm

    def resolve(self, reference, what="schema_name"):
        return refs.resolve(reference, self.executor, self.extschema, what)

    def version(self):
        return ai_schema.__version__

    def parse_schema(self, schema_name):
        return self.resolve(schema_name).dumps()

    def render_schema(self, schema_name, platform, options):
        opts = json_object(options, '{"engine": "InnoDB"}')
        reject_unknown(opts, targets.TARGET_OPTIONS)
        return self._say_lossy(render(self.resolve(schema_name), platform, opts), platform)

    def _say_lossy(self, text, platform):
        """A NOTICE when the DDL for another platform carries -- WARNING lines."""
        lossy = sum(1 for line in text.splitlines() if line.startswith("-- WARNING: "))
        if lossy:
            notice(self.executor, f"ai_schema: {lossy} part(s) of the schema do not map exactly to "
                                  f"{targets.check_platform(platform)}; see the -- WARNING lines of the DDL")
        return text

    def generate_schema(self, description, platform, options):
        """ai_generate_schema: DDL (or the IR / an ERD); with save_as, also stored as a design."""
        platform = generator.check_platform(platform)
        opts = generator.check_options(options)
        if self.llm is not None:
            source = llm_source.Source(self.executor, self.extschema, *self.llm)
        else:
            config = llm_source.settings(self.executor)
            source = llm_source.Source(self.executor, self.extschema, config) if config["provider"] != "offline" \
                else None
        schema, assumptions = generator.generate_model(description, opts, source)
        return self._output(description, platform, opts, schema, assumptions)

    def generate_from_template(self, template_name, customizations):
        """ai_generate_from_template: a template's design with customizations, like ai_generate_schema."""
        text, platform, opts, extra = templates.generate(template_name, customizations)
        schema, assumptions = generator.generate_model(text, opts)
        if extra is not None:
            schema = parse_ddl(render(schema) + extra(schema))
        assumptions = assumptions + [f"from template {template_name}"]
        return self._output(f"template {template_name}: {text}", platform, opts, schema, assumptions)

    def _output(self, description, platform, opts, schema, assumptions):
        """The text asked for (DDL, JSON, an ERD, models); with save_as, the DDL stored as a design."""
        text = self._say_lossy(generator.output_text(schema, assumptions, platform, opts["output"], opts), platform)
        if opts["save_as"]:                    # a design stores DDL, whatever the output asked for
            if self.executor is None:
                raise AiSchemaError("save_as stores a design in the database: there is no connection",
                                    sqlstate="08001", hint="Connect first (--dsn, or PGHOST/PGDATABASE …).")
            ddl = text if opts["output"] == "ddl" else generator.output_text(schema, assumptions, platform, "ddl", opts)
            Store(self.executor, self.extschema).save_design(opts["save_as"], ddl, description, platform)
        return text

    def lint(self, schema_name, options):
        """ai_lint: one JSON object per finding."""
        return json.dumps([f.row() for f in self._findings(schema_name, options)])

    def _findings(self, schema_name, options):
        opts = linter.check_options(options)
        check_text(schema_name, "schema_name")
        if refs.is_ddl(schema_name):           # DDL text may be a migration: statement rules apply too
            return linter.lint_text(schema_name, opts, self.executor)
        model, text = refs.resolve_with_text(schema_name, self.executor, self.extschema, "schema_name")
        return linter.lint(model, opts, text)

    def validate_schema(self, schema_name):
        """ai_validate_schema: one row (is_valid, issues, warnings, recommendations)."""
        is_valid, issues, warnings, recommendations = linter.validate(self._findings(schema_name, None))
        return json.dumps([{"is_valid": is_valid, "issues": issues, "warnings": warnings,
                            "recommendations": recommendations}])

    def compare_schemas(self, a, b):
        """ai_compare_schemas: one row of added/removed/modified tables and columns."""
        return json.dumps([diff.summary(self.resolve(a, "a"), self.resolve(b, "b"))])

    def generate_migration(self, from_schema, to_schema, options):
        """ai_generate_migration: one row (up_migration, down_migration, impact_analysis)."""
        up, down, report = self._migration(from_schema, to_schema, options)
        return json.dumps([{"up_migration": up, "down_migration": down, "impact_analysis": report}])

    def analyze_schema_impact(self, schema_name, current_schema):
        """ai_analyze_schema_impact: what moving current_schema to schema_name does."""
        _, _, report = self._migration(current_schema, schema_name, {"verify": False}, ("current_schema", "schema_name"))
        downtime = report["estimated_downtime_seconds"]
        return json.dumps([{
            "breaking_changes": [{"change": s["breaking"], "table": s["table"], "statement": s["sql"]}
                                 for s in report["statements"] if s["breaking"]],
            "performance_impact": diff.performance_summary(report),
            "data_migration_required": report["data_migration_required"],
            "estimated_downtime": None if downtime is None else f"{downtime} seconds",
            "risk_level": report["risk_level"]}])

    def _migration(self, from_ref, to_ref, options, names=("from_schema", "to_schema")):
        check_text(from_ref, names[0])
        check_text(to_ref, names[1])
        old = self.resolve(from_ref, names[0])
        new = self.resolve(to_ref, names[1])
        live = (refs.is_live(from_ref), refs.is_live(to_ref))
        rows = against = None
        if live[0]:
            namespaces = refs.live_namespaces(from_ref)
            rows = catalog.row_estimates(self.executor, namespaces)
            against = ",".join(namespaces)
        return diff.generate_migration(old, new, options, self.executor, rows, live, against)

    # lifecycle: apply, rollback, branches, approvals ------------------------------------------
    def apply_schema(self, schema_name, dry_run, options, caller_schema):
        check_text(schema_name, "schema_name")
        return json.dumps(lifecycle.apply(self.executor, self.extschema, schema_name, dry_run == "true", options,
                                          caller_schema))

    def rollback_schema(self, schema_name, target_version, reason):
        check_text(schema_name, "schema_name")
        check_text(target_version, "target_version")
        return json.dumps(lifecycle.rollback(self.executor, self.extschema, schema_name, target_version, reason))

    def create_schema_branch(self, base_schema, branch_name, description):
        check_text(base_schema, "base_schema")
        check_text(branch_name, "branch_name")
        return json.dumps(lifecycle.create_branch(self.executor, self.extschema, base_schema, branch_name,
                                                  description))

    def merge_schema_branch(self, branch_name, target_schema, strategy):
        check_text(branch_name, "branch_name")
        check_text(target_schema, "target_schema")
        return json.dumps(lifecycle.merge_branch(self.executor, self.extschema, branch_name, target_schema, strategy))

    def submit_for_approval(self, schema_name, approvers, reason, required_approvals, target_schema):
        check_text(schema_name, "schema_name")
        return json.dumps(approvals.submit(self.executor, self.extschema, schema_name,
                                           json.loads(approvers) if approvers else None, reason,
                                           required_approvals, target_schema))

    def approve_schema(self, schema_name, comments, approver_email=None):
        check_text(schema_name, "schema_name")
        return json.dumps(approvals.decide(self.executor, self.extschema, schema_name, "approve", comments,
                                           approver_email))

    def approve_schema_as(self, schema_name, approver_email, comments):
        check_text(approver_email, "approver_email")
        return self.approve_schema(schema_name, comments, approver_email)

    def reject_schema(self, schema_name, comments):
        check_text(schema_name, "schema_name")
        return json.dumps(approvals.decide(self.executor, self.extschema, schema_name, "reject", comments))

    def test_llm_connection(self):
        """ai_test_llm_connection: one small request through the configured provider, uncached."""
        config = llm_source.settings(self.executor)
        report = {"provider": config["provider"], "model": config["model"], "endpoint": config["endpoint"]}
        if config["provider"] == "offline":
            return json.dumps({**report, "ok": True, "latency_ms": 0,
                               "error": None, "note": "the offline generator needs no connection"})
        source = llm_source.Source(self.executor, self.extschema, config)
        messages = [{"role": "user", "content": 'Reply with the JSON object {"ok": true}.'}]
        result = llm_source.call(self.executor, self.extschema, source.request(messages, False, "test"))
        return json.dumps({**report, "ok": result["ok"], "latency_ms": result["latency_ms"],
                           "outcome": result["outcome"], "error": result["error"]})

    def generate_sample_data(self, schema_name, table_name, row_count, seed):
        """generate_sample_data: rows that satisfy every constraint, deterministic by seed."""
        namespace = refs.live_schema(schema_name, self.executor, self.extschema)
        return json.dumps(sample.fill(self.executor, namespace, table_name, int(row_count or 0), int(seed or 0)))

    def sample_rows(self, table_name, row_count, caller_path):
        """generate_sample_data(table_name, row_count): the rows it would insert, as JSON; nothing kept."""
        check_text(table_name, "table_name")
        return json.dumps(sample.preview(self.executor, table_name, int(row_count or 0), caller_path))

    def schema_tables(self, schema_name):
        """ai_schema_tables: the tables of a design or live schema, parents first."""
        model, namespace = refs.resolve_design_or_schema(schema_name, self.executor, self.extschema)
        return json.dumps(sample.tables(self.executor, model, namespace))

    def recommend_indexes(self, schema_name, workload, options):
        """ai_recommend_indexes: candidate indexes of a live schema, verified with hypopg when present."""
        namespace = refs.live_schema(schema_name, self.executor, self.extschema)
        return json.dumps(index_advice.recommend(self.executor, namespace, workload, options))

    def recommend_partitioning(self, schema_name, table_name, estimated_rows, options):
        """ai_recommend_partitioning: strategy, key, DDL and the pruning it buys, for one table."""
        check_text(table_name, "table_name")
        model, namespace = refs.resolve_design_or_schema(schema_name, self.executor, self.extschema)
        rows = None if estimated_rows is None else int(estimated_rows)
        return json.dumps([partitioning.recommend(self.executor, model, table_name, rows, options, namespace)],
                          default=str)

    def recommend_denormalization(self, schema_name, optimization_goal, options):
        """ai_recommend_denormalization: copies that save joins and counts, with the DDL that keeps them right."""
        model, namespace = refs.resolve_design_or_schema(schema_name, self.executor, self.extschema)
        rows = catalog.row_estimates(self.executor, [namespace]) if namespace else None
        return json.dumps(denormalization.recommend(self.executor, model, optimization_goal, options, namespace, rows))

    def _load(self, schema_name, settings):
        """A finished bounded run of the schema's generated workload (and the caller's queries)."""
        namespace = refs.live_schema(schema_name, self.executor, self.extschema)
        connect = loadtest.same_server(self.executor, namespace, settings["duration_seconds"])
        return loadtest.run(self.executor, namespace, settings, connect,
                            tick=lambda: self.executor.query("SELECT 1 AS alive"))   # lets a cancel request through

    def benchmark_schema(self, schema_name, duration_seconds, options):
        """ai_benchmark_schema: every generated query of a live schema under load, one row each, then all."""
        settings = loadtest.check_config(options, {"concurrent_users": 2, "mix": "mixed"})
        if duration_seconds is not None:
            settings = loadtest.check_config({**settings, "duration_seconds": float(duration_seconds)})
        run, queries = self._load(schema_name, settings)
        return json.dumps(run.per_query(queries) + [{"query_name": "(all)", "query": None, **run.total()}])

    def load_test_schema(self, schema_name, config):
        """ai_load_test_schema: concurrent users for a bounded time; throughput, latency percentiles, errors."""
        settings = loadtest.check_config(config)
        run, _ = self._load(schema_name, settings)
        total = run.total()
        return json.dumps([{"requests": total["calls"], "errors": total["errors"], "cancelled": total["cancelled"],
                            "throughput_rps": total["qps"], "avg_latency_ms": total["mean_ms"],
                            "p50_latency_ms": total["p50_ms"], "p95_latency_ms": total["p95_ms"],
                            "p99_latency_ms": total["p99_ms"], "max_latency_ms": total["max_ms"],
                            "duration_seconds": run.seconds(), "concurrent_users": settings["concurrent_users"],
                            "error_samples": total["error_samples"]}])

    # exports ------------------------------------------------------------------------------------
    def _export(self, target, schema_name, opts, credentials):
        """{path: text} of an export; credentials are refused (SQL text is logged and visible)."""
        if any(value is not None for value in credentials):
            raise AiSchemaError("credentials are not taken as arguments: SQL text shows up in pg_stat_activity and "
                                "the server log", sqlstate=NOT_SUPPORTED,
                                hint="Leave them out; the result is the files to register or create with your "
                                     "platform's own tools (or use the ai-schema command, which reads secrets "
                                     "from the environment).")
        from .. import platforms
        check_text(schema_name, "schema_name")
        model, namespace = refs.resolve_design_or_schema(schema_name, self.executor, self.extschema)
        return platforms.export(target, model, opts, namespace)

    def kafka_schemas(self, schema_name, schema_registry_url, api_key, options):
        """ai_generate_kafka_schemas: Avro schemas, topic configs and the CDC connector's config."""
        opts = json_object(options, '{"topic_prefix": "app"}')
        if schema_registry_url is not None:
            opts["schema_registry_url"] = schema_registry_url
        files = self._export("kafka", schema_name, opts, (api_key,))
        return json.dumps([{"path": path, "content": text} for path, text in sorted(files.items())])

    def glue_catalog(self, schema_name, database_name, region, aws_access_key, aws_secret_key, options):
        """ai_export_to_glue_catalog: one Glue CreateTable request per table."""
        opts = json_object(options, '{"s3_location": "s3://bucket/prefix"}')
        if database_name is not None:
            opts["database"] = database_name
        files = self._export("glue", schema_name, opts, (aws_access_key, aws_secret_key))
        where = f" --region {shlex.quote(region)}" if region else ""
        return json.dumps([{"table_name": path.split("/")[-1][:-5], "create_table_request": json.loads(text),
                            "aws_command": f"aws glue create-table{where} --cli-input-json "
                                           f"file://{shlex.quote(path.split('/')[-1])}"}
                           for path, text in sorted(files.items())])

    def normalize_design(self, ddl):
        """Model JSON of a design's DDL (used by the designs trigger)."""
        check_text(ddl, "ddl")
        return parse_ddl(ddl).dumps()


def llm_complete(plpy, extschema, request):
    """The body of _ai_schema_llm_complete (SECURITY DEFINER): one LLM request, as JSON text."""
    from ..llm import request as llm_request
    try:
        return json.dumps(llm_request.complete(PlpyExecutor(plpy), extschema, json.loads(request)))
    except plpy.SPIError:     # a cancel or terminate request while waiting: PostgreSQL's own error
        raise
    except Exception as exc:  # never a traceback, never the key (the client scrubs what it reports)
        return json.dumps({"ok": False, "content": None, "errors": [], "outcome": "error", "cached": False,
                           "latency_ms": 0, "error": f"internal error: {type(exc).__name__}"})


def _failure(sqlstate, message, hint=None, detail=None):
    return {"ok": False, "value": None, "sqlstate": sqlstate, "message": message, "hint": hint, "detail": detail}


def dispatch(plpy, extschema, function, args):
    """Run an Api method and return the envelope the SQL wrapper unpacks."""
    executor = PlpyExecutor(plpy)
    try:
        method = getattr(Api(executor, extschema), function, None)
        if method is None or function.startswith("_"):
            return _failure(INTERNAL, f"ai_schema: unknown function {function}")
        return {"ok": True, "value": method(*(args or ())), "sqlstate": None, "message": None,
                "hint": None, "detail": None}
    except AiSchemaError as exc:
        return _failure(exc.sqlstate, "ai_schema: " + exc.message, exc.hint, exc.detail)
    except plpy.SPIError as exc:
        return _failure(getattr(exc, "sqlstate", None) or INTERNAL, "ai_schema: " + str(exc).split("\n")[0],
                        getattr(exc, "hint", None))
    except RecursionError:
        return _failure(TOO_COMPLEX, "ai_schema: the statement is nested too deeply",
                        "Simplify the expression.")
    except MemoryError:
        return _failure("53200", "ai_schema: out of memory while processing the input")
    except Exception as exc:  # a bug: report it plainly, without a traceback
        return _failure(INTERNAL, f"ai_schema: internal error: {type(exc).__name__}: {str(exc)[:200]}",
                        "This is a bug in ai_schema; please report it with the input that caused it.")
