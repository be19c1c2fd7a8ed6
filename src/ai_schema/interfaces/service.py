"""The service: every feature as a method that takes and returns Python values.

The SQL functions (through :mod:`.server`'s text adapter), the command, the SDK and the REST API all
call this one class, so a feature behaves the same wherever it is called from. Arguments are
Python values (``bool``, ``int``, ``dict`` options, ``list``); results are text (DDL), a
:class:`~ai_schema.model.Schema`, or plain dicts and lists. Methods whose SQL function returns one
row return that row as a dict.
"""

import json
import shlex

import ai_schema

from .. import lint as linter
from ..db import notice
from ..ddl.parse import parse_ddl
from ..options import json_object, reject_unknown
from ..refs import DESIGN, EITHER, SCHEMA, Reference
from ..errors import AiSchemaError, NOT_SUPPORTED, VERSION_MISMATCH
from ..sqlparser import check_text
from ..designs.store import Store
from .lazy import Module

# loaded on first use (lazy.py): a command that lints never imports the generator or the advisers
approvals, lifecycle, templates = (Module(f"ai_schema.designs.{x}") for x in ("approvals", "lifecycle", "templates"))
catalog, diff, targets = Module("ai_schema.catalog"), Module("ai_schema.diff"), Module("ai_schema.targets")
loadtest, sample = Module("ai_schema.workload.loadtest"), Module("ai_schema.workload.sample")
denormalization, index_advice, partitioning = (Module(f"ai_schema.advice.{x}") for x in ("denormalization", "indexes",
                                                                                          "partitioning"))
generator, llm_source = Module("ai_schema.generate.pipeline"), Module("ai_schema.llm.source")


def render(*args, **kwargs):
    return targets.render(*args, **kwargs)


def check_version(expected):
    if ai_schema.__version__ != expected:
        raise AiSchemaError(
            f"library version {ai_schema.__version__} does not match extension version {expected}",
            hint="Run make install for this version, then ALTER EXTENSION ai_schema UPDATE.",
            sqlstate=VERSION_MISMATCH)


class Service:
    """The features, over an executor (None: work on DDL text only) and the schema designs live in."""

    def __init__(self, executor, extschema, llm=None):
        """llm: (config, caller) of an LLM called client-side (the SDK), instead of the session's settings."""
        self.executor = executor
        self.extschema = extschema
        self.llm = llm

    def reference(self, reference: str, what="schema_name", plain=DESIGN) -> Reference:
        """One schema argument, resolved by the rules in :mod:`ai_schema.refs`."""
        return Reference(reference, self.executor, self.extschema, what, plain)

    def resolve(self, reference: str, what="schema_name"):
        return self.reference(reference, what).model()

    def version(self) -> str:
        return ai_schema.__version__

    def parse_schema(self, schema_name: str):
        return self.resolve(schema_name)

    def render_schema(self, schema_name: str, platform: str, options: dict) -> str:
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

    def generate_schema(self, description: str, platform: str, options: dict) -> str:
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

    def generate_from_template(self, template_name: str, customizations: dict) -> str:
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

    def lint(self, schema_name: str, options: dict) -> list:
        """ai_lint: one dict per finding."""
        return [f.row() for f in self._findings(schema_name, options)]

    def _findings(self, schema_name, options):
        opts = linter.check_options(options)
        ref = self.reference(schema_name)
        if ref.kind == "ddl":                  # DDL text may be a migration: statement rules apply too
            return linter.lint_text(ref.text, opts, self.executor)
        return linter.lint(ref.model(), opts, ref.ddl())

    def validate_schema(self, schema_name: str) -> dict:
        """ai_validate_schema: is_valid, issues, warnings, recommendations."""
        is_valid, issues, warnings, recommendations = linter.validate(self._findings(schema_name, None))
        return {"is_valid": is_valid, "issues": issues, "warnings": warnings, "recommendations": recommendations}

    def compare_schemas(self, a: str, b: str) -> dict:
        """ai_compare_schemas: added/removed/modified tables and columns."""
        return diff.summary(self.resolve(a, "a"), self.resolve(b, "b"))

    def generate_migration(self, from_schema: str, to_schema: str, options: dict) -> dict:
        """ai_generate_migration: up_migration, down_migration, impact_analysis."""
        up, down, report = self._migration(from_schema, to_schema, options)
        return {"up_migration": up, "down_migration": down, "impact_analysis": report}

    def analyze_schema_impact(self, schema_name: str, current_schema: str) -> dict:
        """ai_analyze_schema_impact: what moving current_schema to schema_name does."""
        _, _, report = self._migration(current_schema, schema_name, {"verify": False}, ("current_schema", "schema_name"))
        downtime = report["estimated_downtime_seconds"]
        return {
            "breaking_changes": [{"change": s["breaking"], "table": s["table"], "statement": s["sql"]}
                                 for s in report["statements"] if s["breaking"]],
            "performance_impact": diff.performance_summary(report),
            "data_migration_required": report["data_migration_required"],
            "estimated_downtime": None if downtime is None else f"{downtime} seconds",
            "risk_level": report["risk_level"]}

    def _migration(self, from_ref, to_ref, options, names=("from_schema", "to_schema")):
        old_ref, new_ref = self.reference(from_ref, names[0]), self.reference(to_ref, names[1])
        old, new = old_ref.model(), new_ref.model()
        rows = against = None
        if old_ref.kind == "live":
            rows = catalog.row_estimates(self.executor, old_ref.namespaces)
            against = ",".join(old_ref.namespaces)
        return diff.generate_migration(old, new, options, self.executor, rows,
                                       (old_ref.kind == "live", new_ref.kind == "live"), against)

    # lifecycle: apply, rollback, branches, approvals ------------------------------------------
    def apply_schema(self, schema_name: str, dry_run: bool, options: dict, caller_schema: str) -> dict:
        check_text(schema_name, "schema_name")
        return lifecycle.apply(self.executor, self.extschema, schema_name, dry_run, options, caller_schema)

    def rollback_schema(self, schema_name: str, target_version: str, reason: str) -> dict:
        check_text(schema_name, "schema_name")
        check_text(target_version, "target_version")
        return lifecycle.rollback(self.executor, self.extschema, schema_name, target_version, reason)

    def create_schema_branch(self, base_schema: str, branch_name: str, description: str) -> dict:
        check_text(base_schema, "base_schema")
        check_text(branch_name, "branch_name")
        return lifecycle.create_branch(self.executor, self.extschema, base_schema, branch_name, description)

    def merge_schema_branch(self, branch_name: str, target_schema: str, strategy: str) -> dict:
        check_text(branch_name, "branch_name")
        check_text(target_schema, "target_schema")
        return lifecycle.merge_branch(self.executor, self.extschema, branch_name, target_schema, strategy)

    def submit_for_approval(self, schema_name: str, approvers: list, reason: str, required_approvals: int,
                            target_schema: str) -> dict:
        check_text(schema_name, "schema_name")
        return approvals.submit(self.executor, self.extschema, schema_name, approvers, reason,
                                required_approvals, target_schema)

    def approve_schema(self, schema_name: str, comments: str, approver_email: str = None) -> dict:
        check_text(schema_name, "schema_name")
        return approvals.decide(self.executor, self.extschema, schema_name, "approve", comments, approver_email)

    def approve_schema_as(self, schema_name: str, approver_email: str, comments: str) -> dict:
        check_text(approver_email, "approver_email")
        return self.approve_schema(schema_name, comments, approver_email)

    def reject_schema(self, schema_name: str, comments: str) -> dict:
        check_text(schema_name, "schema_name")
        return approvals.decide(self.executor, self.extschema, schema_name, "reject", comments)

    def test_llm_connection(self) -> dict:
        """ai_test_llm_connection: one small request through the configured provider, uncached."""
        config = llm_source.settings(self.executor)
        report = {"provider": config["provider"], "model": config["model"], "endpoint": config["endpoint"]}
        if config["provider"] == "offline":
            return {**report, "ok": True, "latency_ms": 0,
                    "error": None, "note": "the offline generator needs no connection"}
        source = llm_source.Source(self.executor, self.extschema, config)
        messages = [{"role": "user", "content": 'Reply with the JSON object {"ok": true}.'}]
        result = llm_source.call(self.executor, self.extschema, source.request(messages, False, "test"))
        return {**report, "ok": result["ok"], "latency_ms": result["latency_ms"],
                "outcome": result["outcome"], "error": result["error"]}

    # live rows: sample data, workload, advice -------------------------------------------------
    def generate_sample_data(self, schema_name: str, table_name: str, row_count: int, seed: int) -> list:
        """generate_sample_data: rows that satisfy every constraint, deterministic by seed."""
        namespace = self.reference(schema_name, plain=SCHEMA).live_namespace()
        return sample.fill(self.executor, namespace, table_name, row_count or 0, seed or 0)

    def sample_rows(self, table_name: str, row_count: int, caller_path: str) -> list:
        """generate_sample_data(table_name, row_count): the rows it would insert; nothing kept."""
        check_text(table_name, "table_name")
        return sample.preview(self.executor, table_name, row_count or 0, caller_path)

    def schema_tables(self, schema_name: str) -> list:
        """ai_schema_tables: the tables of a design or live schema, parents first."""
        ref = self.reference(schema_name, plain=EITHER)
        return sample.tables(self.executor, ref.model(), ref.namespace)

    def recommend_indexes(self, schema_name: str, workload: str, options: dict) -> list:
        """ai_recommend_indexes: candidate indexes of a live schema, verified with hypopg when present."""
        namespace = self.reference(schema_name, plain=SCHEMA).live_namespace()
        return index_advice.recommend(self.executor, namespace, workload, options)

    def recommend_partitioning(self, schema_name: str, table_name: str, estimated_rows: int,
                               options: dict) -> dict:
        """ai_recommend_partitioning: strategy, key, DDL and the pruning it buys, for one table."""
        check_text(table_name, "table_name")
        ref = self.reference(schema_name, plain=EITHER)
        return partitioning.recommend(self.executor, ref.model(), table_name, estimated_rows, options,
                                      ref.namespace)

    def recommend_denormalization(self, schema_name: str, optimization_goal: str, options: dict) -> list:
        """ai_recommend_denormalization: copies that save joins and counts, with the DDL that keeps them right."""
        ref = self.reference(schema_name, plain=EITHER)
        rows = catalog.row_estimates(self.executor, [ref.namespace]) if ref.namespace else None
        return denormalization.recommend(self.executor, ref.model(), optimization_goal, options, ref.namespace, rows)

    def _load(self, schema_name, settings):
        """A finished bounded run of the schema's generated workload (and the caller's queries)."""
        namespace = self.reference(schema_name, plain=SCHEMA).live_namespace()
        connect = loadtest.same_server(self.executor, namespace, settings["duration_seconds"])
        return loadtest.run(self.executor, namespace, settings, connect,
                            tick=lambda: self.executor.query("SELECT 1 AS alive"))   # lets a cancel request through

    def benchmark_schema(self, schema_name: str, duration_seconds: float, options: dict) -> list:
        """ai_benchmark_schema: every generated query of a live schema under load, one row each, then all."""
        settings = loadtest.check_config(options, {"concurrent_users": 2, "mix": "mixed"})
        if duration_seconds is not None:
            settings = loadtest.check_config({**settings, "duration_seconds": duration_seconds})
        run, queries = self._load(schema_name, settings)
        return run.per_query(queries) + [{"query_name": "(all)", "query": None, **run.total()}]

    def load_test_schema(self, schema_name: str, config: dict) -> dict:
        """ai_load_test_schema: concurrent users for a bounded time; throughput, latency percentiles, errors."""
        settings = loadtest.check_config(config)
        run, _ = self._load(schema_name, settings)
        total = run.total()
        return {"requests": total["calls"], "errors": total["errors"], "cancelled": total["cancelled"],
                "throughput_rps": total["qps"], "avg_latency_ms": total["mean_ms"],
                "p50_latency_ms": total["p50_ms"], "p95_latency_ms": total["p95_ms"],
                "p99_latency_ms": total["p99_ms"], "max_latency_ms": total["max_ms"],
                "duration_seconds": run.seconds(), "concurrent_users": settings["concurrent_users"],
                "error_samples": total["error_samples"]}

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
        ref = self.reference(schema_name, plain=EITHER)
        return platforms.export(target, ref.model(), opts, ref.namespace)

    def kafka_schemas(self, schema_name: str, schema_registry_url: str, api_key: str, options: dict) -> list:
        """ai_generate_kafka_schemas: Avro schemas, topic configs and the CDC connector's config."""
        opts = json_object(options, '{"topic_prefix": "app"}')
        if schema_registry_url is not None:
            opts["schema_registry_url"] = schema_registry_url
        files = self._export("kafka", schema_name, opts, (api_key,))
        return [{"path": path, "content": text} for path, text in sorted(files.items())]

    def glue_catalog(self, schema_name: str, database_name: str, region: str, aws_access_key: str,
                     aws_secret_key: str, options: dict) -> list:
        """ai_export_to_glue_catalog: one Glue CreateTable request per table."""
        opts = json_object(options, '{"s3_location": "s3://bucket/prefix"}')
        if database_name is not None:
            opts["database"] = database_name
        files = self._export("glue", schema_name, opts, (aws_access_key, aws_secret_key))
        where = f" --region {shlex.quote(region)}" if region else ""
        return [{"table_name": path.split("/")[-1][:-5], "create_table_request": json.loads(text),
                 "aws_command": f"aws glue create-table{where} --cli-input-json "
                                f"file://{shlex.quote(path.split('/')[-1])}"}
                for path, text in sorted(files.items())]

    def normalize_design(self, ddl: str):
        """The model of a design's DDL (used by the designs trigger)."""
        check_text(ddl, "ddl")
        return parse_ddl(ddl)
