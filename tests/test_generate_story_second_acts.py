"""Second acts of user stories the generator misread (docs/nl-dev-split.md, stop 54, round 5: from six fresh
user stories of mine — an animal shelter, a library, a restaurant, internships, a garden, an event's door), each
tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_second_verb_after_an_object_and_its_own_object(dbs):
    """'I can list flats and schedule viewings with a date': 'schedule' is a verb, the viewings a table with
    the date (a schedule_viewings table had been made)."""
    schema, tables = design("As a landlord I can list flats and schedule viewings with a date.")
    assert "viewings" in tables and "date" in _columns(tables, "viewings")
    assert not any(name.startswith("schedule") for name in tables)
    applies(dbs, schema, tables)


def test_what_a_second_verb_acts_on_is_no_pair_with_the_firsts_object(dbs):
    """'I can pick players and arrange matches': the coach arranges the matches, the players do not (a
    player-match pair had been made: the object of the first verb was read as the second's subject)."""
    schema, tables = design("As a coach I can pick players and arrange matches with a venue.")
    assert not any({"player_id", "match_id"} <= _columns(tables, name) for name in tables)
    assert "venue" in _columns(tables, "matches")
    applies(dbs, schema, tables)


def test_fields_of_each_of_two_acts(dbs):
    """'record each delivery and each collection with the driver and the time': both have them (only the
    collections had); 'log every feeding and grooming with the date': the feedings' (it had been lost)."""
    schema, tables = design("We record each delivery and each collection with the driver and the time.")
    assert "driver" in _columns(tables, "deliveries") and "driver" in _columns(tables, "collections")
    applies(dbs, schema, tables)
    schema, tables = design("As a keeper I want to log every feeding and grooming with the date.")
    assert "date" in _columns(tables, "feedings")
    applies(dbs, schema, tables)
