"""Records kept when something happens, and chat shorthand (docs/nl-dev-split.md, stop 52, round 5: a long
blood-bank brief, a pub-quiz chat and a bakery chat of mine; tested with other texts than the ones that showed
each fault). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_the_record_kept_when_something_happens_is_of_its_parties(dbs):
    """'When a patient attends a clinic, we record a visit: …': the visit's patient and clinic (only the clinic
    had been kept)."""
    schema, tables = design("Patients have a name. Clinics have a city. When a patient attends a clinic, we "
                            "record a visit: the reason and the outcome.")
    assert {("patient_id", "patients"), ("clinic_id", "clinics")} <= references(tables["visits"])
    assert {"reason", "outcome"} <= set(columns(tables["visits"]))
    applies(dbs, schema, tables)


def test_whether_there_was_one_is_a_flag(dbs):
    """'whether there was a penalty': has_penalty, a boolean (it had been a text column 'penalty')."""
    schema, tables = design("Matches have a date. Each match records whether there was a penalty.")
    assert "has_penalty" in columns(tables["matches"]) and "penalty" not in columns(tables["matches"])
    applies(dbs, schema, tables)


def test_one_or_two_of_them_is_several(dbs):
    """'Each farm has a barn or two': a farm has several barns, each barn one farm's (the farm had referred to
    one barn)."""
    schema, tables = design("Each farm has a barn or two. Barns have a size.")
    assert ("farm_id", "farms") in references(tables["barns"]) and "barn_id" not in columns(tables["farms"])
    applies(dbs, schema, tables)


def test_chat_contractions_without_an_apostrophe(dbs):
    """'a courier whos a driver': who is (a column 'courier_whos' had been made); the role's reference alone,
    no plain one to the drivers beside it."""
    schema, tables = design("deliveries have a courier whos a driver. drivers have a name.")
    assert references(tables["deliveries"]) == {("courier_id", "drivers")}, columns(tables["deliveries"])
    applies(dbs, schema, tables)
