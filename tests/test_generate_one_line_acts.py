"""Acts in one-liners the generator misread (docs/nl-dev-split.md, stop 54, round 3: from ten fresh one-liners
of mine — an orchestra, a wedding planner, a tattoo shop, a lost and found office, a kennel, a hackathon, a bike
shop, a running log, a course platform, an escape room), each tested with other texts than the ones that
showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_group_that_submits_things_acts_as_people(dbs):
    """'crews submit timesheets': the timesheets are a table each crew's (a 'timesheets' text column had been
    the crew's: a verb of telling said of a group is no record listing its fields)."""
    schema, tables = design("Crews submit timesheets.")
    assert "timesheets" in tables and ("crew_id", "crews") in references(tables["timesheets"])
    assert "timesheets" not in _columns(tables, "crews")
    applies(dbs, schema, tables)


def test_a_plural_and_its_verb_before_them(dbs):
    """'… and voters rank them': the voters are people acting (they had been read as a compound noun
    'voters rank' and lost)."""
    schema, tables = design("Players submit drawings and voters rank them.")
    assert "voters" in tables
    applies(dbs, schema, tables)


def test_what_a_second_verb_acts_on_is_not_the_firsts(dbs):
    """'patients register and leave reviews': the reviews are left, not what a registration is for (a
    registration had referred to a review)."""
    schema, tables = design("Patients register and leave reviews. Reviews have a rating.")
    assert not any("review_id" in _columns(tables, name) for name in tables)
    assert ("patient_id", "patients") in references(tables["reviews"])
    applies(dbs, schema, tables)


def test_who_attended_the_events_a_list_names(dbs):
    """'singers, concerts and who attended': one row per singer and concert (nothing had been kept)."""
    schema, tables = design("a choir app for singers, concerts and who attended")
    assert any({("singer_id", "singers"), ("concert_id", "concerts")} <= set(references(t)) for t in tables.values())
    applies(dbs, schema, tables)


def test_things_that_people_act_on_in_a_relative_clause(dbs):
    """'courts that players can book', 'machines (treadmills, bikes etc) that members can book': the people book
    the things, and each booking refers to both (the bookings had referred to neither, or been lost)."""
    for text, thing, people in (("Courts that players can book have a surface.", "court", "player"),
                                ("Our gym has machines (treadmills, bikes etc) that members can book.", "machine",
                                 "member")):
        schema, tables = design(text)
        assert {(f"{thing}_id", f"{thing}s"), (f"{people}_id", f"{people}s")} <= set(references(tables["bookings"]))
        applies(dbs, schema, tables)
