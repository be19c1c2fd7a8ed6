"""Lint a schema model: run the registered rules, honour options and suppression comments.

``lint(schema, options, text)`` returns findings sorted by severity, rule and object;
``validate(schema)`` folds them into ai_validate_schema's (is_valid, issues, warnings, recommendations).
A ``-- ai_schema:disable=<rule-id>[,<rule-id>…]`` comment anywhere in DDL text disables those
rules for that text; options ``{"disable": [...]}`` and ``{"only": [...]}`` do the same by call.
"""

import itertools
import re
from dataclasses import replace

from .. import sqlparser
from ..ddl.parse import Parser, parse_ddl
from ..errors import AiSchemaError
from ..options import json_object, reject_unknown
from . import constraints, migration, naming, security, structure, types
from .registry import RULES, SEVERITIES, Finding, Rule

FAMILIES = (structure, types, naming, constraints, security, migration)   # importing them registers their rules

__all__ = ["RULES", "Finding", "Rule", "lint", "lint_text", "validate", "check_options"]

DISABLE_COMMENT = re.compile(r"--[ \t]*ai_schema:disable=([a-z0-9, \t-]+)", re.I)
OPTIONS = ("disable", "only", "against", "transaction", "max_findings")
# A few KB each: 800,000 findings of 8 MB of tiny statements held 3 GB in one backend. Past this
# many, the rest are counted, not kept, and one last finding says how many were left out.
MAX_FINDINGS = 50_000
SCHEMA_KINDS = frozenset(("CreateStmt", "CreateEnumStmt", "CreateSeqStmt", "CreateSchemaStmt", "CreateExtensionStmt",
                          "CreateDomainStmt", "CompositeTypeStmt", "ViewStmt", "CreateFunctionStmt"))


def _rule_ids(value, option):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AiSchemaError(f"option {option} must be a list of rule ids", hint='For example {"disable": ["char-type"]}.')
    unknown = sorted(set(value) - set(RULES))
    if unknown:
        raise AiSchemaError(f"unknown rule id {unknown[0]!r} in option {option}",
                            hint="Rule ids: " + ", ".join(sorted(RULES)) + ".")
    return set(value)


def check_options(options):
    options = json_object(options)
    reject_unknown(options, OPTIONS)
    limit = options.get("max_findings", MAX_FINDINGS)
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 10 * MAX_FINDINGS:
        raise AiSchemaError(f"option max_findings must be a whole number from 1 to {10 * MAX_FINDINGS}",
                            hint='For example {"max_findings": 1000}.')
    return options


class _Bounded(list):
    """Findings up to a limit; past it only counted (memory stays bounded on huge inputs)."""

    def __init__(self, limit):
        super().__init__()
        self.limit, self.left_out = limit, 0

    def extend(self, items):
        items = iter(items)
        super().extend(itertools.islice(items, max(0, self.limit - len(self))))
        self.left_out += sum(1 for _ in items)

    def append(self, item):
        if len(self) < self.limit:
            super().append(item)
        else:
            self.left_out += 1

    def result(self):
        out = _ordered(self)
        if self.left_out:
            out.append(Finding("findings-truncated", "info", "(all)",
                               f"{self.left_out:,} more findings were counted but not listed (limit {self.limit:,})",
                               "Lint smaller parts, disable noisy rules, or raise options->>'max_findings'.",
                               "none"))
        return out


def _enabled(options, text):
    disabled = _rule_ids(options.get("disable", []), "disable")
    only = _rule_ids(options["only"], "only") if "only" in options else set(RULES)
    for m in DISABLE_COMMENT.finditer(text or ""):
        disabled |= {x.strip() for x in m.group(1).split(",") if x.strip() in RULES}
    return only - disabled


def _ordered(findings):
    rank = {s: n for n, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: (rank[f.severity], f.rule_id, f.object_name, f.message))


def _created_part(steps):
    """The schema a migration creates: its CREATE statements and what it does to those tables."""
    keep = [s.text for s in steps if s.kind in SCHEMA_KINDS or (s.kind in ("IndexStmt", "AlterTableStmt")
                                                                  and not s.existing)]
    try:
        return parse_ddl(";\n".join(keep)) if keep else None
    except AiSchemaError:
        return None


def _rows_of(finding, rows):
    """Live rows of the table a finding names ("t", "t.col", "s.t" or "s.t.col")."""
    parts = finding.object_name.split(".")
    for name in (".".join(parts[:2]), parts[0]):
        if name in rows:
            return rows[name]
    return None


@sqlparser.collector_paused()
def lint_text(text, options=None, executor=None, before=None):
    """Lint DDL text that may be a migration: schema rules on what it creates, statement rules on
    every step, severities from live table sizes when options name a schema in ``against``;
    ``before`` is the model the text runs against when known (the planner passes its old side)."""
    options = check_options(options)
    steps, schema, added = _read(text, bool(options.get("transaction", False)), before)
    enabled = _enabled(options, text)
    findings = _Bounded(options.get("max_findings", MAX_FINDINGS))
    added_schema = parse_ddl(added) if added else None
    for rule_id in sorted(enabled):
        r = RULES[rule_id]
        if r.kind == "schema" and schema is not None:
            findings.extend(r.findings(schema))
        if r.kind == "schema" and added_schema is not None and r.check.__module__ == types.__name__:
            findings.extend(r.findings(added_schema))      # the types of added columns
    rows = _rows(options.get("against"), executor)
    for rule_id in sorted(enabled):
        r = RULES[rule_id]
        if r.kind == "statement":
            for f in r.findings(steps):
                findings.append(replace(f, severity=migration.severity_for(f.severity, f.hazard, _rows_of(f, rows)))
                                if rows else f)
    return findings.result()


# What a schema is mostly made of, and what no rule reads further than a step's flags unless the
# statement touches a table the text did not create.
_LET_GO = frozenset(("CreateStmt", "IndexStmt"))


def _read(text, in_transaction, before):
    """(steps, model, its ADD COLUMNs as CREATE TABLE text) of a text read once, one statement at a
    time: each statement goes to the model and to the steps, then its tree is let go (a schema's trees
    held at once cost more to make and to free than the statements take to read). The model is None,
    or what the text's CREATE statements make, if it is not a schema by itself."""
    walk, parser, steps = migration.Steps(in_transaction, before), Parser(), migration.StepList()
    # Long names are findings here; a syntax error may come after the first statements (a text
    # parsed ahead, in pieces): nothing read so far is kept.
    for st in sqlparser.each_statement(text, long_names="allow", early=True):
        step = walk.step(st)
        steps.append(step)
        if parser is not None:
            try:
                parser.statement(st)
            except AiSchemaError:
                parser = None
        if step.kind in _LET_GO and not step.existing:
            st.let_go()
    try:
        schema = parser.result() if parser is not None else None
    except AiSchemaError:
        schema = None
    return steps, schema if schema is not None else _created_part(steps), walk.added_columns()


def _rows(against, executor):
    """Row estimates of the tables in the namespaces ``against`` names ('public' or 'live:a,b')."""
    if not against:
        return {}
    if not isinstance(against, str):
        raise AiSchemaError("option against must name a schema of this database", hint='For example {"against": "public"}.')
    if executor is None:
        raise AiSchemaError("option against needs a database connection")
    names = [n.strip() for n in against.removeprefix("live:").split(",") if n.strip()]
    from ..catalog import row_estimates             # only with a server: a file's lint never loads it
    return row_estimates(executor, names)


def lint(schema, options=None, text=None):
    """Findings of every enabled schema rule for a model (design or live schema), most severe first."""
    options = check_options(options)
    findings = _Bounded(options.get("max_findings", MAX_FINDINGS))
    for rule_id in sorted(_enabled(options, text)):
        if RULES[rule_id].kind == "schema":
            findings.extend(RULES[rule_id].findings(schema))
    return findings.result()


def validate(findings):
    """(is_valid, issues, warnings, recommendations): errors, warnings, and infos with fixes."""
    issues = [f"{f.rule_id}: {f.message}" for f in findings if f.severity == "error"]
    warnings = [f"{f.rule_id}: {f.message}" for f in findings if f.severity == "warning"]
    recommendations = [f"{f.rule_id}: {f.message}" + (f" ({f.fix})" if f.fix else "")
                       for f in findings if f.severity == "info"]
    return not issues, issues, warnings, recommendations
