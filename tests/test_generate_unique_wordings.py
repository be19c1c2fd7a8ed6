"""Uniqueness the generator missed in wordings of my own (docs/nl-dev-split.md, stop 48, round 8: twelve
sentences saying a field is unique, chosen because the held-out half's unique recall — an aggregate of the
scorer's counts, no text read — is 0.67), each tested with other texts than the ones that showed it. Each
design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def _unique(table):
    return {k.columns for k in table.uniques} | {tuple(i.keys) for i in table.indexes if i.unique}


def test_a_things_field_is_unique(dbs):
    """'a room's number is unique', 'room numbers are unique': the thing's field, made if new (nothing had
    been read)."""
    schema, tables = design("Lockers have a size. A locker's code is unique.")
    assert ("code",) in _unique(tables["lockers"])
    schema, tables = design("Desks have a floor. Desk numbers are unique.")
    assert ("number",) in _unique(tables["desks"]) and "numbers" not in columns(tables["desks"])
    applies(dbs, schema, tables)


def test_unique_within_the_thing_it_is_in(dbs):
    """'a room's number is unique within its building': unique among the building's rooms, which refer to it."""
    schema, tables = design("A pitch's number is unique within its campsite. Campsites have a name.")
    assert ("campsite_id", "campsites") in references(tables["pitches"])
    assert ("campsite_id", "number") in _unique(tables["pitches"])
    applies(dbs, schema, tables)


def test_a_field_that_identifies_them(dbs):
    schema, tables = design("Volunteers have a pass number that identifies them. Volunteers have a name.")
    assert ("pass_number",) in _unique(tables["volunteers"])
    applies(dbs, schema, tables)
