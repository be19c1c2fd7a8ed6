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


def test_what_a_role_acts_on_is_kept(dbs):
    """Stop 53, round 1 (six fresh stories of mine: a tattoo studio, a brewery, movers, a ski school, a pharmacy,
    a theatre): 'As a coordinator, I can assign a crew and a van to each job' — what a story's role acts on (a
    made thing, a person, a group or an occurrence) is kept, as what a plural subject acts on is (both had been
    lost); so is the one object of two verbs ('approve or reject expense claims')."""
    schema, tables = design("As a coordinator, I can assign a crew and a van to each job. Jobs have an address.")
    assert {"crew_id", "van_id"} <= {c for c, _ in references(tables["jobs"])}, references(tables["jobs"])
    assert not any(t.startswith("coordinator") for t in tables), sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("As a reviewer I want to approve or reject expense claims.")
    assert "expense_claims" in tables, sorted(tables)
    applies(dbs, schema, tables)


def test_a_roles_recorded_values_stay_fields(dbs):
    """The limits of the rule above (it would break these): what a role records with 'a' is a value of the
    thing ('record a grade and a comment'), and 'the library of songs' keeps songs, not a table of libraries."""
    schema, tables = design("Stores have an address. As an inspector I want to inspect a store and record a "
                            "score and a remark.")
    assert "remarks" not in tables and "scores" not in tables, sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("As a DJ I want to curate the library of tracks. Tracks have a title and a BPM.")
    assert "libraries" not in tables, sorted(tables)
    applies(dbs, schema, tables)


def test_people_a_role_sends_somewhere_are_not_the_roles(dbs):
    """'As a manager I want to assign volunteers to stalls': each volunteer is on one stall; no pair of
    managers and volunteers (a people-to-people pair had been made; 'supervisors assign rooms to housekeepers'
    was read, people to things was not), and 'record which club they compete for' names their club, not a
    club of theirs."""
    schema, tables = design("As a manager I want to assign volunteers to stalls. Stalls have a name.")
    assert ("stall_id", "stalls") in references(tables["volunteers"]), references(tables["volunteers"])
    assert not any(t.startswith("manager") for t in tables), sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("Organisers assign judges to categories. Categories have a name.")
    assert ("category_id", "categories") in references(tables["judges"]), references(tables["judges"])
    assert not any("organiser" in t and "judge" in t for t in tables), sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("As a trainer I want to enrol athletes and record which club they compete for.")
    assert "athlete_id" not in columns(tables["clubs"])
    applies(dbs, schema, tables)


def test_an_adjective_after_a_prepositions_noun_is_how(dbs):
    """'pay the invoice for my move online': 'online' says how (it had made a phrase 'move online')."""
    schema, tables = design("Moves have a date. As a customer, I can pay the invoice for my move online.")
    assert any(("move_id", "moves") in references(t) for t in tables.values()), sorted(tables)
    assert not any("online" in t or "online" in c for t in tables for c in columns(tables[t])), sorted(tables)
    applies(dbs, schema, tables)


def test_what_a_role_records_for_a_thing_after_its_fields(dbs):
    """Stop 53, round 4 (from round 1's brewery story): 'As a vet I want to record vitals (time, pulse,
    temperature) for an animal' — what the record is for still follows its fields in parentheses (the vitals
    had referred to the vet only); 'which crates were packed from which shipment' — each crate from one shipment
    (a pair table of crates and shipments had been made)."""
    schema, tables = design("As a vet I want to record vitals (time, pulse, temperature) for an animal. Animals "
                            "have a name.")
    assert ("animal_id", "animals") in references(tables["vitals"]), references(tables["vitals"])
    applies(dbs, schema, tables)
    schema, tables = design("Shipments have an arrival date. We record which crates were packed from which "
                            "shipment.")
    assert ("shipment_id", "shipments") in references(tables["crates"]), sorted(tables)
    assert not any("crate" in t and "shipment" in t for t in tables), sorted(tables)
    applies(dbs, schema, tables)
