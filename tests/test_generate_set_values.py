"""Values set on a thing while acting on it, and states a thing is marked in (docs/nl-dev-split.md, stop 54,
round 1: from fresh user stories of mine), each tested with other texts than the ones that showed it. Each
design is applied on the server."""

from test_generate_phrases import design
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_value_set_after_an_act_is_the_acted_on_things(dbs):
    """'assign each article to a writer and set a deadline': the deadline is the article's (it had been
    'mentioned, not modelled'); after an act with a record of its own ('review claims and add a note') the
    record's; not the speaker's own ('add my phone number')."""
    schema, tables = design("As an editor I can assign each article to a writer and set a deadline.")
    assert "deadline" in _columns(tables, "articles")
    applies(dbs, schema, tables)
    schema, tables = design("As an adjuster I can review claims and add a note.")
    assert "note" in _columns(tables, "reviews") and "note" not in _columns(tables, "claims")
    applies(dbs, schema, tables)
    schema, tables = design("Landlords list flats and set a monthly rent.")
    assert "monthly_rent" in _columns(tables, "flats")
    applies(dbs, schema, tables)
    schema, tables = design("As a driver I want to accept rides and add my phone number.")
    assert "phone_number" not in _columns(tables, "rides")
    applies(dbs, schema, tables)


def test_a_thing_given_a_value(dbs):
    """'give each quiz a time limit': the second object is the first's field (nothing had been read)."""
    schema, tables = design("As a teacher I want to give each quiz a time limit.")
    assert "time_limit" in _columns(tables, "quizzes")
    applies(dbs, schema, tables)


def test_a_thing_marked_as_in_a_state(dbs):
    """'mark a book as lost': whether it is (is_lost); 'can be flagged as overdue' in a list of fields too
    (an 'overdue' text had been made); several states make a status with them."""
    schema, tables = design("As a librarian I can mark a book as lost. Books have a title.")
    column = next(c for c in tables["books"].columns if c.name == "is_lost")
    assert column.type == "boolean"
    applies(dbs, schema, tables)
    schema, tables = design("Each invoice has a number and an amount and can be flagged as overdue.")
    assert "is_overdue" in _columns(tables, "invoices") and "overdue" not in _columns(tables, "invoices")
    applies(dbs, schema, tables)
    schema, tables = design("As a referee I can mark each match as played or postponed. Matches have a date.")
    assert "status" in _columns(tables, "matches")
    assert "'played'" in str(schema) and "'postponed'" in str(schema)
    applies(dbs, schema, tables)


def test_what_a_story_notes_of_what_it_logs(dbs):
    """'log checkups of a horse, noting the weight and the heart rate': the checkup's fields (they had been
    the vet's, or lost)."""
    schema, tables = design("As a vet, I want to log checkups of a horse, noting the weight and the heart rate.")
    assert {"weight", "heart_rate"} <= _columns(tables, "checkups")
    applies(dbs, schema, tables)


def test_which_does_which_of_an_interaction_has_no_second_table(dbs):
    """'readers follow authors … which readers follow which authors': the follows hold the pair (a
    reader_authors table had been made too)."""
    schema, tables = design("Readers follow authors. As an editor I want to see which readers follow which authors.")
    assert "follows" in tables and "reader_authors" not in tables
    applies(dbs, schema, tables)
