"""Lint findings as SARIF 2.1.0, the format code-scanning tools (GitHub, GitLab, Azure DevOps)
show inline on pull requests. A finding points at the line of the file where its object is
created (or first named), else at line 1."""

import re

from .. import __version__
from ..lint import RULES

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _line(text, object_name):
    """1-based line of the statement that creates the object, else of its first mention."""
    if not text:
        return 1
    numbered = re.match(r"line (\d+)", object_name)
    if numbered:                                   # statement rules name the line itself
        return int(numbered.group(1))
    name = re.escape(object_name.split(".")[-1].split("(")[0].strip('"'))
    for pattern in (rf"CREATE\s[^;]*?\b{name}\b", rf"\b{name}\b"):
        found = re.search(pattern, text, re.IGNORECASE)
        if found:
            return text.count("\n", 0, found.end()) + 1
    return 1


def report(findings, text=None, uri=None):
    """The SARIF log of one lint run; text and uri locate findings in the linted file."""
    used = sorted({f["rule_id"] for f in findings})
    rules = [{"id": rule, "name": rule,
              "shortDescription": {"text": RULES[rule].doc.split(". ")[0] if rule in RULES else rule},
              "fullDescription": {"text": RULES[rule].doc if rule in RULES else rule},
              "defaultConfiguration": {"level": LEVELS.get(RULES[rule].severity, "note") if rule in RULES else "note"},
              "helpUri": "https://github.com/ai-schema/ai_schema#check-a-schema"} for rule in used]
    results = []
    for f in findings:
        message = f["message"] + (f" Fix: {f['fix']}" if f.get("fix") else "")
        result = {"ruleId": f["rule_id"], "ruleIndex": used.index(f["rule_id"]),
                  "level": LEVELS.get(f["severity"], "note"), "message": {"text": message},
                  "properties": {"object": f["object_name"], "hazard": f.get("hazard")}}
        if uri:
            result["locations"] = [{"physicalLocation": {
                "artifactLocation": {"uri": uri},
                "region": {"startLine": _line(text, f["object_name"])}}}]
        results.append(result)
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "ai-schema", "version": __version__, "informationUri":
                            "https://github.com/ai-schema/ai_schema", "rules": rules}},
        "results": results}]}
