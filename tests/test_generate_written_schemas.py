"""Schemas written in a notation the generator misread, written by me (docs/nl-dev-split.md, stop 49, round 7:
five fresh technical texts — braces, SQL-ish lists, Prisma, indented 'name: columns' lines, Django; the held-out
half's type recall is 0.63 and its unique recall 0.69, aggregates, no text read), each tested with other texts
than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_indented_tables_under_a_heading(dbs):
    """'Tables we need:' over indented 'name: columns' lines: the heading is no table (it had been one, with
    a column per table)."""
    schema, tables = design("Tables we need:\n"
                            "  vessels: id, imo_number (unique), name, built_year (integer)\n"
                            "  voyages: id, vessel_id -> vessels, departs_on (date), status (planned | sailing | done)\n")
    assert set(tables) == {"vessels", "voyages"}, sorted(tables)
    assert ("vessel_id", "vessels") in references(tables["voyages"])
    assert ("imo_number",) in {k.columns for k in tables["vessels"].uniques}
    applies(dbs, schema, tables)


def test_a_prisma_enum(dbs):
    """'level Level' over 'enum Level { BEGINNER ADVANCED }': the field's values (they had been lost)."""
    schema, tables = design("model Course {\n  id Int @id @default(autoincrement())\n  title String\n"
                            "  level Level\n}\n\nenum Level {\n  BEGINNER\n  INTERMEDIATE\n  ADVANCED\n}\n")
    checks = " ".join(c.expression for c in tables["courses"].checks)
    assert "'intermediate'" in checks.lower()
    applies(dbs, schema, tables)
