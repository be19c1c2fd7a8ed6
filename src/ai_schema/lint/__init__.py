"""Lint a schema model: run the registered rules, honour options and suppression comments.

``lint(schema, options, text)`` returns findings sorted by severity, rule and object;
``validate(schema)`` folds them into HeliosDB's (is_valid, issues, warnings, recommendations).
A ``-- ai_schema:disable=<rule-id>[,<rule-id>…]`` comment anywhere in DDL text disables those
rules for that text; options ``{"disable": [...]}`` and ``{"only": [...]}`` do the same by call.
"""

import json
import re

from ..errors import AiSchemaError
from . import constraints, naming, security, structure, types
from .registry import RULES, SEVERITIES, Finding, Rule

FAMILIES = (structure, types, naming, constraints, security)   # importing them registers their rules

__all__ = ["RULES", "Finding", "Rule", "lint", "validate", "check_options"]

DISABLE_COMMENT = re.compile(r"--[ \t]*ai_schema:disable=([a-z0-9, \t-]+)", re.I)
OPTIONS = ("disable", "only", "against")


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
    if options is None or options == "":
        return {}
    if isinstance(options, str):
        try:
            options = json.loads(options)
        except ValueError as exc:
            raise AiSchemaError(f"options is not valid JSON: {exc}", hint="Pass a jsonb object such as '{}'.")
    if not isinstance(options, dict):
        raise AiSchemaError("options must be a JSON object", hint="Pass '{}' for the defaults.")
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise AiSchemaError(f"unknown option {unknown[0]!r}", hint="Valid options: " + ", ".join(OPTIONS) + ".")
    return options


def lint(schema, options=None, text=None):
    """Findings of every enabled rule, most severe first."""
    options = check_options(options)
    disabled = _rule_ids(options.get("disable", []), "disable")
    only = _rule_ids(options["only"], "only") if "only" in options else set(RULES)
    for m in DISABLE_COMMENT.finditer(text or ""):
        disabled |= {x.strip() for x in m.group(1).split(",") if x.strip() in RULES}
    findings = []
    for rule_id in sorted(only - disabled):
        findings.extend(RULES[rule_id].findings(schema))
    rank = {s: n for n, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: (rank[f.severity], f.rule_id, f.object_name, f.message))


def validate(schema, text=None):
    """(is_valid, issues, warnings, recommendations): errors, warnings, and infos with fixes."""
    findings = lint(schema, None, text)
    issues = [f"{f.rule_id}: {f.message}" for f in findings if f.severity == "error"]
    warnings = [f"{f.rule_id}: {f.message}" for f in findings if f.severity == "warning"]
    recommendations = [f"{f.rule_id}: {f.message}" + (f" ({f.fix})" if f.fix else "")
                       for f in findings if f.severity == "info"]
    return not issues, issues, warnings, recommendations
