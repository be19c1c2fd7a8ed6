"""Verbs listed after one subject and records someone submits (docs/nl-dev-split.md, stop 56, round 7: from the
paraphrase set's photo one-liners, the dog-sitting fixture and the language-app notes), each tested with
other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_verbs_listed_with_commas_share_the_subject(dbs):
    """'tenants find flats, sign leases and report repairs': every verb is the tenants' (the leases had been
    the flats', the repairs lost)."""
    schema, tables = design("An app where tenants find flats, sign leases and report repairs.")
    assert ("tenant_id", "tenants") in references(tables["repairs"])
    assert "flat_leases" not in tables
    applies(dbs, schema, tables)


def test_a_second_verb_read_as_a_compound(dbs):
    """'Guests rent kayaks and reserve campsites': 'reserve' is a verb (no table of 'reserve campsites')."""
    schema, tables = design("Guests rent kayaks and reserve campsites.")
    assert "reserve_campsites" not in tables and "campsites" in tables
    applies(dbs, schema, tables)


def test_a_record_submitted_by_one_for_another(dbs):
    """'Every solution a player submits for a puzzle is saved: …': the solution refers to both; the player
    does not refer to a puzzle."""
    schema, tables = design("Players have a nickname. Puzzles have a title. Every solution a player submits for a "
                            "puzzle is saved: the moves and the time.")
    assert {("player_id", "players"), ("puzzle_id", "puzzles")} <= references(tables["solutions"])
    assert not references(tables["players"])
    applies(dbs, schema, tables)


def test_each_of_a_field_word_kept_with_fields(dbs):
    """'- every answer a student gives to a quiz is saved: the text, correct or not, when': the answers are
    a table (a word that mostly names a field), with those fields."""
    schema, tables = design("- students: name\n- quizzes: title\n- every answer a student gives to a quiz is saved: "
                            "the text, correct or not, when")
    assert {"text", "is_correct"} <= {c.name for c in tables["answers"].columns}
    applies(dbs, schema, tables)


def test_like_after_a_wish_or_a_modal_is_a_verb(dbs):
    """'As a walker I want to like dogs': 'like' is the verb after 'want to' (likes; each walker had
    referred to one dog). Stop 56, round 10: from the social app as stories."""
    schema, tables = design("Walkers have a name. Dogs have a breed. As a walker I want to like dogs.")
    assert references(tables["likes"]) == {("dog_id", "dogs"), ("walker_id", "walkers")}
    assert not references(tables["walkers"])
    applies(dbs, schema, tables)


def test_something_sent_to_a_person_is_a_record(dbs):
    """'As a member I want to send an invitation to another member': the invitations are a table (they had
    been mentioned, not modelled)."""
    schema, tables = design("Members have a name. As a member I want to send an invitation to another member.")
    assert ("member_id", "members") in references(tables["invitations"])
    applies(dbs, schema, tables)


def test_marked_as_a_state_spelled_as_its_verb(dbs):
    """'The secretary can mark a letter as read': a flag is_read ('read' is its own participle; only -ed
    forms had been read). Stop 56, round 11."""
    schema, tables = design("Members send letters to the board. The secretary can mark a letter as read.")
    assert "is_read" in {c.name for c in tables["letters"].columns}
    applies(dbs, schema, tables)


def test_people_doing_something_to_many_things(dbs):
    """'Guests can respond to surveys': each guest to many surveys, many guests each (each guest had referred
    to one survey); not 'players belong to teams'. Stop 56, round 12: from the alumni one-liners."""
    schema, tables = design("Guests have a name. Guests can respond to surveys.")
    assert references(tables["guest_surveys"]) == {("guest_id", "guests"), ("survey_id", "surveys")}
    assert not references(tables["guests"])
    applies(dbs, schema, tables)
    schema, tables = design("Players have a name. Players belong to teams. Teams have a name.")
    assert ("team_id", "teams") in references(tables["players"])
