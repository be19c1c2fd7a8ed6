"""Errors that point at the statement they are about (its position in the text)."""

from .. import sqlparser
from ..errors import AiSchemaError, NOT_SUPPORTED


def error_at(statement, message, hint=None, sqlstate=NOT_SUPPORTED):
    return AiSchemaError(f"{message} ({statement.where()})", hint=hint, sqlstate=sqlstate)


def not_schema(statement):
    return error_at(statement, f"{describe(statement)} is not a schema definition statement",
                  hint="ai_schema accepts CREATE TABLE/INDEX/TYPE/SEQUENCE/SCHEMA/EXTENSION/VIEW/"
                       "FUNCTION/TRIGGER/POLICY, COMMENT, GRANT and the ALTER TABLE forms pg_dump emits.")


def describe(statement):
    """The statement's leading keywords, e.g. 'DELETE FROM', 'COPY', 'DROP TABLE'."""
    words = []
    for token in sqlparser.scan(statement.text)[:3]:
        if token.kind == "NO_KEYWORD":
            break
        words.append(statement.text[token.start:token.end + 1].upper())
    return " ".join(words) or statement.kind

