"""The role a user story names with a word whose first WordNet sense is no person ('As a fan, …': a device
first; agent, operator, moderator) is a person of the text (docs/nl-dev-split.md, stop 51, round 3: from my
podcast text of round 1; tested with other texts). Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_a_role_that_is_a_person_in_another_sense_is_a_thing_of_the_text(dbs):
    """data/role_nouns.txt: nouns with a noun.person sense that is not their first (the role, and what it
    does, had been lost)."""
    schema, tables = design("As a fan, I want to follow clubs. Clubs have a name and a city.")
    assert {"fans", "clubs"} <= set(tables)
    assert any({("fan_id", "fans"), ("club_id", "clubs")} <= references(t) for t in tables.values())
    applies(dbs, schema, tables)
    schema, tables = design("As an agent, I want to handle tickets. Tickets have a subject.")
    assert "agents" in tables and ("agent_id", "agents") in references(tables["tickets"])
    applies(dbs, schema, tables)


def test_a_role_is_no_person_when_no_sense_of_it_is():
    """A story told from a place or a thing ('As the help desk, …') makes no table of it."""
    schema, tables = design("As the help desk, I want to log calls. Calls have a duration.")
    assert "help_desks" not in tables and "desks" not in tables


def test_a_role_that_makes_a_record_is_kept_and_named_by_it(dbs):
    """'As a member I want to book a session with a trainer': the session is the member's too; the role, named
    only at the head of stories, had been dropped as the app's user once another role was a table."""
    for text, role, record in (("As a member I want to book a session with a trainer. As a trainer I want to record "
                                "workouts.", "members", "sessions"),
                               ("As a client I want to place an order with a supplier. As a supplier I want to ship "
                                "parcels.", "clients", "orders")):
        schema, tables = design(text)
        assert role in tables and (role[:-1] + "_id", role) in references(tables[record]), (text, sorted(tables))
        applies(dbs, schema, tables)
