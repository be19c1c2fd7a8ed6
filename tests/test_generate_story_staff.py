"""What staff do in user stories (docs/nl-dev-split.md, stop 52, round 4: fresh user stories of mine — a library,
delivery routes, study rooms, maintenance requests, training plans, event tickets; tested with other texts than
the ones that showed each fault). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_what_a_role_adds_for_other_roles_is_the_catalogue(dbs):
    """'As a curator, I want to add artworks …' beside 'As a visitor, I want to rate artworks': the app's
    artworks, not the curator's (each had referred to one curator)."""
    schema, tables = design("As a curator, I want to add artworks with a title and a year. As a visitor, I want "
                            "to rate artworks.")
    assert not any(t.startswith("curator") for t in references(tables["artworks"])), references(tables["artworks"])
    assert {"title", "year"} <= set(columns(tables["artworks"]))
    applies(dbs, schema, tables)


def test_a_phrasal_verb_around_its_object(dbs):
    """'… to check guests in': a verb and its particle (the verb had been read as a noun: a table 'check_guests')."""
    schema, tables = design("As a host, I want to scan badges to check guests in. Guests have a name.")
    assert "guests" in tables and "check_guests" not in tables, sorted(tables)
    applies(dbs, schema, tables)


def test_a_value_given_for_each_thing_is_its_field(dbs):
    """'… get a tracking number for each parcel', '… a QR code per ticket': the thing's field (it had been
    lost)."""
    schema, tables = design("Customers send parcels and get a tracking number for each parcel.")
    assert "tracking_number" in columns(tables["parcels"]), columns(tables["parcels"])
    applies(dbs, schema, tables)
    schema, tables = design("Bikes have a frame size. A rental covers one bike, with a daily price per bike.")
    assert "daily_price" not in columns(tables["bikes"])                 # (a price per thing is no field of it)


def test_who_a_role_assigns_to_each_thing_is_the_things(dbs):
    """'As a manager I want to assign a technician to each job and track its status (…)': the job's technician
    and status (the manager had got both too)."""
    schema, tables = design("As a client I want to request jobs with a description. As a manager I want to "
                            "assign a technician to each job and track its status (new, active, closed).")
    assert ("technician_id", "technicians") in references(tables["jobs"]) and "status" in columns(tables["jobs"])
    assert "managers" not in tables or not {"status", "technician_id"} & set(columns(tables["managers"]))
    applies(dbs, schema, tables)
