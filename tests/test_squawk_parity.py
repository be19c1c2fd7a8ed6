"""Side by side with squawk on the project's corpus: every hazard squawk reports must be found by
ai_lint too. Where squawk flags a statement on a table created earlier in the same file (a new,
empty table), ai_lint deliberately stays quiet; those cases are listed, not counted as misses."""

import json
import pathlib
import shutil
import subprocess
import sys

import pytest

from ai_schema import sqlparser
from ai_schema.lint import lint_text
from ai_schema.lint.migration import Steps

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
CORPUS = sorted((FIXTURES / "ddl").glob("*.sql")) + sorted((FIXTURES / "migrations").glob("*.sql"))
SQUAWK = shutil.which("squawk") or str(pathlib.Path(sys.executable).parent / "squawk")

# squawk rule -> ai_lint rules that report the same hazard
EQUIVALENT = {
    "require-concurrent-index-creation": {"require-concurrent-index-creation"},
    "require-concurrent-index-deletion": {"require-concurrent-index-deletion"},
    "ban-concurrent-index-creation-in-transaction": {"concurrently-in-transaction"},
    "adding-field-with-default": {"adding-field-with-volatile-default"},
    "adding-required-field": {"adding-required-field"},
    "adding-not-nullable-field": {"setting-not-nullable-field"},
    "adding-foreign-key-constraint": {"adding-foreign-key-constraint"},
    "constraint-missing-not-valid": {"constraint-missing-not-valid", "adding-foreign-key-constraint",
                                     "disallowed-unique-constraint"},
    "disallowed-unique-constraint": {"disallowed-unique-constraint"},
    "adding-serial-primary-key-field": {"disallowed-unique-constraint"},
    "changing-column-type": {"changing-column-type"},
    "ban-drop-column": {"ban-drop-column"},
    "ban-drop-table": {"ban-drop-table"},
    "ban-drop-database": {"ban-drop-table"},
    "ban-drop-constraint": {"ban-drop-constraint"},
    "renaming-column": {"renaming-column-or-table"},
    "renaming-table": {"renaming-column-or-table"},
    "require-lock-timeout": {"require-lock-timeout"},
    "require-statement-timeout": {"require-statement-timeout"},
    "prefer-robust-stmts": {"prefer-robust-statements"},
    "prefer-bigint-over-int": {"prefer-bigint", "integer-primary-key"},
    "prefer-bigint-over-smallint": {"prefer-bigint", "integer-primary-key"},
    "prefer-text-field": {"prefer-text-to-varchar"},
    "prefer-timestamp-tz": {"timestamp-without-time-zone"},
    "ban-char-field": {"char-type"},
    "prefer-identity": {"prefer-identity"},
    "ban-create-domain-with-constraint": {"ban-create-domain-with-constraint"},
    "ban-alter-domain-with-add-constraint": {"ban-create-domain-with-constraint"},
    "require-enum-value-ordering": {"require-enum-value-ordering"},
    "ban-alter-identity": {"ban-alter-identity"},
}
# squawk rules about locking an existing table: on a table the same file created, not a hazard
LOCKING = {"require-concurrent-index-creation", "require-lock-timeout", "require-statement-timeout",
           "adding-foreign-key-constraint", "constraint-missing-not-valid", "disallowed-unique-constraint",
           "adding-serial-primary-key-field", "ban-alter-identity"}


def squawk(path):
    out = subprocess.run([SQUAWK, "--pg-version", "15.0", "--reporter", "json", str(path)],
                         capture_output=True, text=True)
    return [(f["rule_name"], f["line"] + 1) for f in json.loads(out.stdout or "[]")]


def new_table_lines(text):
    """Lines of statements that touch only tables the text created before them."""
    statements = sqlparser.parse(text)
    out = set()
    walk = Steps()
    for st, step in ((st, walk.step(st)) for st in statements):
        if not step.existing:
            first = step.line
            out |= set(range(first, first + st.text.count("\n") + 1))
    return out


def compare(path):
    text = path.read_text()
    ours = {f.rule_id for f in lint_text(text)}
    fresh = new_table_lines(text)
    misses, by_design = [], []
    for rule_name, line in squawk(path):
        if rule_name in LOCKING and line in fresh:
            by_design.append((path.name, rule_name, line))
        elif not EQUIVALENT.get(rule_name, set()) & ours:
            misses.append((path.name, rule_name, line))
    return misses, by_design


def test_corpus_is_large_enough():
    assert len(CORPUS) >= 50


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_ai_lint_finds_every_hazard_squawk_finds(path):
    misses, _ = compare(path)
    assert misses == []


def test_squawk_false_alarms_on_new_tables_are_the_only_difference():
    """Documented difference: squawk judges CREATE INDEX / ADD CONSTRAINT on a table created in
    the same file as if the table were live; ai_lint knows the table is new and empty."""
    by_design = [d for path in CORPUS for d in compare(path)[1]]
    assert by_design and {rule for _, rule, _ in by_design} <= LOCKING
