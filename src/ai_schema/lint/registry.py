"""Lint rules: stable kebab-case ids, a severity, a hazard class, a doc, and a check.

A rule module declares its rules with ``@rule``; the check receives the schema
model and yields findings. Rules know nothing about suppression or output: the
runner (``lint/__init__.py``) applies options and ``-- ai_schema:disable=`` comments.
"""

from dataclasses import dataclass
from typing import Callable

SEVERITIES = ("error", "warning", "info")
# One vocabulary with migrations (#6): what a finding can cost.
HAZARDS = ("access_exclusive_lock", "share_lock", "table_rewrite", "deletes_data", "index_build",
           "breaks_clients", "correctness", "authz")


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: str
    object_name: str
    message: str
    fix: str | None
    hazard: str

    def row(self):
        return {"rule_id": self.rule_id, "severity": self.severity, "object_name": self.object_name,
                "message": self.message, "fix": self.fix, "hazard": self.hazard}


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    hazard: str
    doc: str                       # why it matters and how to fix it, one paragraph
    check: Callable
    kind: str = "schema"           # "schema": checks the model; "statement": checks migration steps

    def findings(self, subject):
        """Findings for a schema model (schema rules) or a list of migration steps (statement rules)."""
        for object_name, message, fix in self.check(subject):
            yield Finding(self.id, self.severity, object_name, message, fix, self.hazard)


RULES = {}


def rule(rule_id, severity, hazard, doc, kind="schema"):
    """Register the decorated check ``check(subject) -> iterable of (object, message, fix)``."""
    assert severity in SEVERITIES and hazard in HAZARDS and kind in ("schema", "statement"), rule_id

    def register(check):
        assert rule_id not in RULES, rule_id
        RULES[rule_id] = Rule(rule_id, severity, hazard, " ".join(doc.split()), check, kind)
        return check
    return register
