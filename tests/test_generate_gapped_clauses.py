"""Readings the generator got wrong in relation wordings of my own (docs/nl-dev-split.md, stop 48, round 19),
tested with other texts. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_a_verb_said_once_for_a_chain_of_clauses(dbs):
    """'Each seat belongs to a row, each row to a section, each section to a venue': the verb said once serves
    the clauses after it (all but the first reference had been lost)."""
    schema, tables = design("Each desk belongs to a room, each room to a floor, and each floor to a building.")
    assert ("room_id", "rooms") in references(tables["desks"])
    assert ("floor_id", "floors") in references(tables["rooms"])
    assert ("building_id", "buildings") in references(tables["floors"])
    applies(dbs, schema, tables)
