"""Spec clauses and story wishes the generator misread (docs/nl-dev-split.md, stop 56, round 1: from
paraphrases of build cases in other styles — a numbered requirements spec, user stories), each tested
with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_numbered_sub_clauses_are_items_of_their_section(dbs):
    """'1.1 Members sign up with …' under '1. Members': each numbered clause is read as a sentence of its
    own (the members had been lost in their section's heading)."""
    schema, tables = design(
        "Gym booking system - requirements\n\n1. Members\n1.1 Members sign up with an email and a nickname.\n"
        "1.2 The email must be unique.\n\n2. Classes\n2.1 For each class the system shall store a title, a start "
        "time and a capacity.\n2.2 Each class must be taught by one instructor.\n\n3. Instructors\n"
        "3.1 Instructors have a name and a phone number.\n")
    assert {"email", "nickname"} <= _columns(tables, "members")
    assert ("instructor_id", "instructors") in references(tables["classes"])
    applies(dbs, schema, tables)


def test_signing_up_with_fields_gives_fields(dbs):
    """'Players register with an email and a screen name': fields of the players, no table of screen names."""
    schema, tables = design("Players register with an email and a screen name. Players join guilds.")
    assert "screen_names" not in tables and "screen_name" in _columns(tables, "players")
    applies(dbs, schema, tables)


def test_a_modal_passive_states_a_reference(dbs):
    """'Volunteers must be assigned to a station' says what 'are assigned to a station' says; 'shall be
    recorded with' what 'is recorded with' says."""
    schema, tables = design("Each volunteer has a name and a phone number. Volunteers must be assigned to a station.")
    assert ("station_id", "stations") in references(tables["volunteers"])
    applies(dbs, schema, tables)
    schema, tables = design("Every play of a track shall be recorded with a timestamp, the device and the country. "
                            "Tracks belong to albums.")
    assert ("track_id", "tracks") in references(tables["plays"]) and "country" in _columns(tables, "plays")
    applies(dbs, schema, tables)


def test_a_reference_by_role_beside_the_plain_one(dbs):
    """'A finding is assigned to a follow-up audit' beside 'belongs to an audit': a second reference, by its
    role."""
    schema, tables = design("Each finding belongs to an audit and has a note. A finding is assigned to a "
                            "follow-up audit. Audits have a date.")
    assert {("audit_id", "audits"), ("follow_up_audit_id", "audits")} <= references(tables["findings"])
    applies(dbs, schema, tables)


def test_a_generic_head_placed_in_another_thing_is_a_thing(dbs):
    """'The story is placed in one issue and has a headline': a story is a thing here, not a user story."""
    schema, tables = design("Editors plan issues. The story is placed in one issue and has a headline and a word "
                            "count. Issues have a date.")
    assert ("issue_id", "issues") in references(tables["stories"])
    assert {"headline", "word_count"} <= _columns(tables, "stories")
    applies(dbs, schema, tables)


def test_a_wish_for_what_is_done_to_a_thing(dbs):
    """'I want every desk recorded with its floor, …' says what 'every desk is recorded with …' says."""
    schema, tables = design("As an office manager, I want every desk recorded with its floor, its number and "
                            "whether it has a monitor. Desks belong to an office. Offices have a city.")
    assert {"floor", "number", "has_monitor"} <= _columns(tables, "desks")
    applies(dbs, schema, tables)


def test_registering_each_thing_at_a_place(dbs):
    """'As a dispatcher I want to register every van at a depot with its plate, …': the van's fields and
    depot; nothing refers to the dispatcher, who keeps them."""
    schema, tables = design("As a dispatcher I want to register every van at a depot with its plate, its model and "
                            "its capacity. Depots have an address.")
    assert {"plate", "model", "capacity"} <= _columns(tables, "vans")
    assert ("depot_id", "depots") in references(tables["vans"])
    assert "dispatchers" not in tables or not references(tables["dispatchers"])
    applies(dbs, schema, tables)
