"""The linter reads its text one statement at a time and lets the trees of CREATE TABLE/INDEX statements go
(#20): a rule that still needs one reads it again from the statement's text, with the same result."""

from ai_schema import sqlparser
from ai_schema.lint import lint_text
from ai_schema.lint.migration import Steps

ENUM_USED = """BEGIN;
ALTER TYPE mood ADD VALUE 'ecstatic';
CREATE TABLE diary (id bigint PRIMARY KEY, feeling mood NOT NULL DEFAULT 'ecstatic');
COMMIT;"""


def test_a_statement_let_go_is_read_again_from_its_text():
    statement = list(sqlparser.each_statement(ENUM_USED))[2]
    raw = statement.raw
    statement.let_go()
    assert statement.raw == raw and type(statement.node).__name__ == "CreateStmt"


def test_a_rule_reads_a_create_table_that_was_let_go():
    """enum-value-used-in-same-transaction reads every statement of the transaction after ADD VALUE, the
    CREATE TABLE (let go once read) too."""
    found = {f.rule_id for f in lint_text(ENUM_USED)}
    assert "enum-value-used-in-same-transaction" in found


def test_steps_keep_their_flags_without_the_tree():
    """prefer-robust-statements reads IF NOT EXISTS from the step's flags: with it, no finding."""
    text = "CREATE TABLE IF NOT EXISTS a (id int);\nCREATE INDEX IF NOT EXISTS a_id ON a (id);\n"
    assert "prefer-robust-statements" not in {f.rule_id for f in lint_text(text)}
    walk = Steps()
    steps = [walk.step(st) for st in sqlparser.each_statement(text)]
    assert all(s.fields.get("if_not_exists") for s in steps)


def test_a_migration_on_existing_tables_keeps_its_trees():
    """Statements on tables the text did not create keep their trees: the rules read their commands."""
    text = ("ALTER TABLE users ADD COLUMN age int NOT NULL;\nCREATE INDEX users_age ON users (age);\n"
            "ALTER TABLE users ADD CONSTRAINT users_age_check CHECK (age > 0);\n")
    found = {f.rule_id for f in lint_text(text)}
    assert {"adding-required-field", "require-concurrent-index-creation", "constraint-missing-not-valid",
            "prefer-bigint"} <= found                       # (prefer-bigint: the added column's type)


def test_a_text_that_is_no_schema_keeps_its_statement_findings():
    """A table defined twice makes no model: the statement rules still run over every step."""
    text = "CREATE TABLE a (id int);\nCREATE TABLE a (id int);\nCREATE INDEX a_id ON a (id);\n"
    assert {f.rule_id for f in lint_text(text)} == {"prefer-robust-statements"}
