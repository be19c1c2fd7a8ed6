"""Readings the generator got wrong in wordings of my own (docs/nl-dev-split.md, stop 48, round 10), each
tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_many_things_after_a_field_in_one_list(dbs):
    """'a project has a name and many tasks': the many are things of their own, each the project's (they had
    been lost: the list's verb was looked for only right before 'many')."""
    schema, tables = design("An album has a title and many tracks.")
    assert ("album_id", "albums") in references(tables["tracks"])
    applies(dbs, schema, tables)


def test_values_of_an_enum_written_in_prose(dbs):
    """'a status: enum [draft, sent, paid]' (the values had been lost)."""
    schema, tables = design("Quotes have a total and a state: enum [open, won, lost].")
    assert any("'won'" in check.expression for check in tables["quotes"].checks)
    applies(dbs, schema, tables)
