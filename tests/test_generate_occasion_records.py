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


def test_a_passives_agent_is_no_owner_of_what_follows_it(dbs):
    """'A reservation is made by one guest for one room': the reservation's room, not the guest's (each guest
    had referred to one room)."""
    schema, tables = design("Guests have a name. Rooms have a number. A reservation is made by one guest for one "
                            "room.")
    assert "room_id" not in columns(tables["guests"])
    assert {("guest_id", "guests"), ("room_id", "rooms")} <= references(tables["reservations"])
    applies(dbs, schema, tables)


def test_registered_people_are_no_registrations(dbs):
    """'Volunteers must be registered members': which members (a table 'registrations' had been made)."""
    schema, tables = design("Volunteers must be registered members. Members have a name. Volunteers run stalls.")
    assert "registrations" not in tables, sorted(tables)
    applies(dbs, schema, tables)


def test_a_reference_said_outright_stays_beside_a_pair(dbs):
    """'Each booking is made by one guest. A guest can also be a companion on many bookings.': the booking's
    guest beside the pairs (the pair table had replaced it)."""
    schema, tables = design("Each booking is made by one guest. A guest can also be a companion on many bookings. "
                            "Guests have a name.")
    assert ("guest_id", "guests") in references(tables["bookings"]), columns(tables["bookings"])
    applies(dbs, schema, tables)


def test_our_whole_made_of_things_is_no_table(dbs):
    """'Our collection is made up of paintings': the business's one collection, no table of collections."""
    schema, tables = design("Our collection is made up of paintings. Paintings have a title.")
    assert set(tables) == {"paintings"}, sorted(tables)
    applies(dbs, schema, tables)
