"""Wholes named with their parts in passing, the fields of 'the date each X was V-ed', what is recorded
during an occasion or when something happens, people an occasion is booked for and with, and people a
record includes (docs/nl-dev-split.md, stop 55, round 2: from fresh long specs of mine), each tested with
other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_whole_divided_into_parts_in_passing(dbs):
    """'several zones, divided into aisles', 'its own orchard, split into beds': the parts are the whole's,
    the whole is a table, and the participle no field ('divided' had been a column; the aisles had
    referred to nothing)."""
    schema, tables = design("Each warehouse has several zones, divided into aisles. An aisle has a number.")
    assert ("zone_id", "zones") in references(tables["aisles"])
    applies(dbs, schema, tables)
    schema, tables = design("Each farm has its own orchard, split into beds. A bed has a number.")
    assert ("orchard_id", "orchards") in references(tables["beds"])
    assert "split" not in _columns(tables, "farms") and "orchard" not in _columns(tables, "farms")
    applies(dbs, schema, tables)


def test_the_date_each_thing_was_done(dbs):
    """'we record the weight and the date each parcel was delivered': the parcel's fields (they had been
    the depot's, the thing named first)."""
    schema, tables = design("Each depot has a manager. Parcels are stored in depots; we record the weight and the "
                            "date each parcel was delivered.")
    assert {"weight", "delivered_on"} <= _columns(tables, "parcels")
    assert "weight" not in _columns(tables, "depots")
    applies(dbs, schema, tables)


def test_an_occasion_booked_for_someone_with_someone(dbs):
    """'sessions are booked for a client with one therapist': the therapist is a table the session refers to
    (a text column had been made)."""
    schema, tables = design("Sessions are booked for a client with one therapist. Clients have a name.")
    assert {("client_id", "clients"), ("therapist_id", "therapists")} <= references(tables["sessions"])
    applies(dbs, schema, tables)


def test_people_a_record_includes(dbs):
    """'a trip can include several passengers': people are no parts of one record, many of each (each
    passenger had referred to one trip); 'a team includes several players' stays the team's."""
    schema, tables = design("A trip can include several passengers. Trips have a date.")
    assert references(tables["trip_passengers"]) == {("trip_id", "trips"), ("passenger_id", "passengers")}
    applies(dbs, schema, tables)
    schema, tables = design("A team includes several players. Players have a name.")
    assert ("team_id", "teams") in references(tables["players"])
    applies(dbs, schema, tables)


def test_what_is_recorded_during_an_occasion(dbs):
    """'During an inspection, the inspector records defects found, each with a severity': the inspection's
    (they had been the inspector's); a visit a vet may carry out treatments during is no table by this."""
    schema, tables = design("During an inspection, the inspector records defects found, each with a severity. "
                            "Inspectors inspect buildings.")
    assert "severity" in _columns(tables, "inspections") and "severity" not in _columns(tables, "inspectors")
    applies(dbs, schema, tables)
    schema, tables = design("During a consultation the doctor records prescriptions, each with a dose. Doctors have "
                            "a name. Prescriptions have a date.")
    assert ("consultation_id", "consultations") in references(tables["prescriptions"])
    assert ("doctor_id", "doctors") not in references(tables["prescriptions"])
    applies(dbs, schema, tables)


def test_what_is_recorded_when_something_happens(dbs):
    """'When a parcel arrives, the clerk logs the weight': the parcel's (the clerk's had been); 'When a ride
    ends we store the distance and the fare' names rides (it had been given a shop's tables)."""
    schema, tables = design("When a parcel arrives, the clerk logs the weight and the sender. Clerks have a name.")
    assert "weight" in _columns(tables, "parcels") and "weight" not in _columns(tables, "clerks")
    applies(dbs, schema, tables)
    schema, tables = design("When a ride ends we store the distance and the fare.")
    assert set(tables) == {"rides"} and {"distance", "fare"} <= _columns(tables, "rides")
    applies(dbs, schema, tables)
