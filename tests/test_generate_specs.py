"""Long specifications (docs/nl-dev-split.md, stop 22): numbered section headings over their
paragraphs, a record that covers a thing for a period (the period is the record's), an entry of a
generic thing ('each service entry has …'), sending each of many one record ('we send each owner an
invoice'), flags ('a paid flag', 'whether it has shore power'), a plural described with a list
('Addresses have a street and a city'). Each design is applied on the server."""

from ai_schema.generate import lexicon
from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references

MARINA = """Marina management system - requirements

1. Berths and docks
The marina is split into docks. Each dock has a number of berths. A berth has a code, a length and a width in \
meters, and whether it has shore power. Berth codes are unique.

2. Boats and owners
Boat owners register with their name, phone and email. An owner may have several boats. For every boat we record \
the name, registration number (unique), length overall and the boat type (sail, motor, catamaran).

3. Contracts
Owners rent berths through contracts. A contract covers one boat in one berth for a period (start date, end date) \
and has a monthly fee. A contract can be active, expired or terminated.

4. Services
Each service entry has a date, the staff member who did it, a quantity and a price. Staff members have a name and \
a role (harbour master, dock hand, mechanic).

5. Invoicing
Invoices have a number, an issue date, a due date and a paid flag. Each month we send each owner an invoice.
"""


def test_a_long_spec_with_numbered_sections(dbs):
    schema, tables = design(MARINA)
    assert {"docks", "berths", "owners", "boats", "contracts", "services", "staff_members", "invoices"} <= set(tables)
    assert {"name", "phone", "email"} <= set(columns(tables["owners"]))          # not the boats'
    assert ("owner_id", "owners") in references(tables["boats"])
    assert {"start_date", "end_date", "monthly_fee"} <= set(columns(tables["contracts"]))   # the record's period
    assert {("boat_id", "boats"), ("berth_id", "berths")} <= references(tables["contracts"])
    assert "start_date" not in columns(tables["boats"])
    assert ("staff_member_id", "staff_members") in references(tables["services"])
    assert ("owner_id", "owners") in references(tables["invoices"])              # "send each owner an invoice"
    assert columns(tables["invoices"])["is_paid"].type == "boolean"
    berth = columns(tables["berths"])
    assert berth["has_shore_power"].type == "boolean" and "shore_power" not in berth
    _, addresses = design("Shipments have a tracking number. Each shipment goes to an address. Addresses have a "
                          "street and a city.")
    assert ("address_id", "addresses") in references(addresses["shipments"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_log_of_things_names_its_rows(dbs):
    schema, tables = design("We run a community garden. The garden is divided into plots, and each plot is rented by "
                            "one gardener per season. Gardeners can sign up for work shifts, and we keep a log of "
                            "harvests: which plot, what crop, the weight in kilograms and the date.")
    assert "logs" not in tables and {"crop", "weight_kg", "date"} <= set(columns(tables["harvests"]))
    assert ("plot_id", "plots") in references(tables["harvests"])              # "which plot"
    assert "crop" not in columns(tables["work_shifts"])                        # (not the shifts' fields)
    assert len(columns(tables["work_shifts"])) > 3                             # a kept thing is called something
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_where_things_come_from_and_what_a_passive_relates_to_many(dbs):
    schema, tables = design("Our veterinary lab receives samples from clinics. Each sample belongs to an animal. "
                            "Analytes have a name. Each sample is tested for one or more analytes. Orders have a "
                            "total. Each order is shipped in one or more parcels. Parcels have a weight.")
    assert {("clinic_id", "clinics"), ("animal_id", "animals")} <= references(tables["samples"])
    assert {("sample_id", "samples"), ("analyte_id", "analytes")} <= references(tables["sample_analytes"])
    assert ("order_id", "orders") in references(tables["parcels"])              # shipped in: the order's parcels
    assert "order_type" not in columns(tables["orders"])                       # "one or more" is no value list
    _, recipes = design("Each recipe is tagged with several tags.")
    assert len(columns(recipes["recipes"])) > 3                                # a kept thing is called something
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_someone_has_with_its_own_fields_is_a_thing_of_theirs(dbs):
    schema, tables = design("Volunteer portal - volunteers with their phone and email, their certifications (which "
                            "courses, grade, from/to date), and shifts they can sign up for. Athletes with their birth "
                            "date and club, their injury history (which clinics, severity, date).")
    certifications = columns(tables["certifications"])
    assert {"grade", "start_date", "end_date"} <= set(certifications)         # "from/to date"
    assert {("volunteer_id", "volunteers"), ("course_id", "courses")} <= references(tables["certifications"])
    assert {("athlete_id", "athletes"), ("clinic_id", "clinics")} <= references(tables["injury_histories"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_who_did_what_to_whom_is_a_record_between_two_of_them(dbs):
    schema, tables = design("Party members with their name and region, and who nominated whom and when. Players "
                            "with their rating, and who challenged whom and when.")
    for act, people in (("nominations", "party_members"), ("challenges", "players")):
        assert [t for _, t in sorted(references(tables[act]))] == [people, people]     # two of them
    assert columns(tables["nominations"])["nominated_on"].type == "date"             # "and when"
    assert "region" not in columns(tables["nominations"])                              # the people's, not the act's
    assert {"nominate": "nomination", "marry": "marriage", "adopt": "adoption"}.items() <= \
        {v: lexicon.verb_act(v) for v in ("nominate", "marry", "adopt")}.items()
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_that_have_fields_in_a_later_clause_or_after_a_passive(dbs):
    schema, tables = design("Ferry booking system. Routes connect two ports and have a duration. Ports have a "
                            "name, a country and a timezone. Bookings have a date. Vehicles can be added to a "
                            "booking: plate, length, type (car, motorbike, van).")
    assert "duration" in columns(tables["routes"])                             # "… and have a duration"
    assert {"plate", "length"} <= set(columns(tables["vehicles"]))             # the passive's subject's fields
    assert ("booking_id", "bookings") in references(tables["vehicles"])
    assert "plate" not in columns(tables["bookings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_people_assigned_to_things_with_a_field_of_the_pair(dbs):
    schema, tables = design("Crew members have a name. Flights have a number. Crew members are assigned to flights "
                            "with a role (pilot, first officer, cabin crew). Passengers hold boarding passes issued "
                            "for a specific flight.")
    pair = tables["crew_member_flights"]
    assert "role" in columns(pair) and "role" not in columns(tables["flights"])   # the pair's role
    assert "'cabin_crew'" in " ".join(c.expression for c in pair.checks)
    assert {("passenger_id", "passengers"), ("flight_id", "flights")} <= references(tables["boarding_passes"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_records_that_record_fields_people_served_and_stages(dbs):
    schema, tables = design("The firm handles cases for clients. A case has a case number and a title. Time entries "
                            "record hours worked by a staff member on a case, with a date, a description and a "
                            "billable flag. Staff members have a name. Leads come in from our website with a name, "
                            "phone and address. Projects go through stages: permitting, installation, inspection, "
                            "activation. Projects have a name. Listeners can subscribe to shows and download "
                            "episodes; we record each download with a timestamp. Shows have a title. Episodes have a title.")
    assert ("client_id", "clients") in references(tables["cases"])          # "cases for clients"
    entries = columns(tables["time_entries"])                                 # (not "times")
    assert {"hours", "date", "description", "is_billable"} <= set(entries)
    assert {("case_id", "cases"), ("staff_member_id", "staff_members")} <= references(tables["time_entries"])
    assert "description" not in columns(tables["staff_members"])              # one list, the entries'
    assert {"name", "phone", "address"} <= set(columns(tables["leads"]))
    projects = columns(tables["projects"])
    assert "permitting" not in projects and [c.expression for c in tables["projects"].checks
                                             if c.expression.startswith("status IN")] == [
        "status IN ('permitting', 'installation', 'inspection', 'activation')"]
    assert "timestamps" not in tables and ("episode_id", "episodes") in references(tables["listener_episodes"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_thing_said_to_be_a_person_or_place_with_fields_and_more_predicates_after_a_list(dbs):
    schema, tables = design("Each match has a date and a score, takes place in one stadium and is refereed by one "
                            "referee. Stadiums have a name. Referees have a name. A venue is a place with a name "
                            "and an address. Anyone who logs in is a person with a full name and an affiliation.")
    matches = tables["matches"]
    assert {("stadium_id", "stadia"), ("referee_id", "referees")} <= references(matches)
    assert not {"place", "referee", "place_id"} & set(columns(matches))          # predicates, not fields
    assert {"name", "address"} <= set(columns(tables["venues"])) and "places" not in tables
    assert {"name", "affiliation"} <= set(columns(tables["people"]))          # "is a person with …"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_title_over_a_clause_list_items_that_look_like_verbs_and_units(dbs):
    schema, tables = design("Fleet maintenance: trucks have a VIN, plate, make, model and odometer reading. Fuel "
                            "fill-ups record liters, price per liter, the odometer and the station. Staff request "
                            "time off; a request has start and end dates, a type (vacation, sick, unpaid) and a "
                            "status. Employees have a name. Each employee has a manager, who is also an employee.")
    assert "fleet_maintenances" not in tables                                # a title
    trucks = columns(tables["trucks"])
    assert {"vin", "plate", "make", "model", "odometer_reading"} <= set(trucks)   # "make" is an item
    assert trucks["odometer_reading"].type == "numeric"
    fills = columns(tables["fuel_fill_ups"])
    assert "liters" not in tables and fills["liters"].type == "numeric" and "price_per_liter" in fills
    assert {"start_date", "end_date", "type", "status"} <= set(columns(tables["requests"]))   # "has start …"
    employees = tables["employees"]
    assert ("manager_id", "employees") in references(employees) and "employee" not in columns(employees)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_participles_say_which_ones_subjects_before_parentheses_and_what_is_kept_at_each(dbs):
    schema, tables = design("Certified inspectors have a name. Frozen meals have a price. Clinics (clinic name, city) "
                            "enroll patients. Patients have a date of birth. Checkups have a date. At each checkup we "
                            "record measurements (blood pressure, heart rate) and any findings with severity (mild, "
                            "moderate, severe).")
    assert "name" in columns(tables["inspectors"])                           # "certified inspectors"
    assert "price" in columns(tables["meals"])                               # "frozen meals"
    assert {("clinic_id", "clinics"), ("patient_id", "patients")} <= references(tables["enrollments"])
    assert ("checkup_id", "checkups") in references(tables["measurements"])   # kept at each checkup
    assert ("checkup_id", "checkups") in references(tables["findings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_every_change_logged_is_a_record_and_a_role_who_is_one_of_them(dbs):
    schema, tables = design("Products have a name. Staff have a name. Every change of price is recorded: which "
                            "product, the old price, the new price, the staff member who made the change and when it "
                            "happened. Nurses have a name. Each ward has a unique name and is run by a head nurse, who "
                            "is one of our nurses.")
    changes = tables["price_changes"]                          # "every change of price": the changes are rows
    assert ("product_id", "products") in references(changes)
    assert {"old_price", "new_price"} <= set(columns(changes))
    assert ("nurse_id", "nurses") in references(tables["wards"]) and "head_nurses" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_each_time_someone_acts_on_a_thing_the_act_is_a_row(dbs):
    schema, tables = design("Members have a name. Doors have a code. Every time a member swipes a door, we record the "
                            "time and whether access was granted. Players have a handle. Puzzles have a title. Each "
                            "time a player completes a puzzle we store how long it took and when they completed it.")
    swipes = tables["swipes"]
    assert {("member_id", "members"), ("door_id", "doors")} <= references(swipes)
    assert columns(swipes)["is_access_granted"].type == "boolean"   # (stop 32: what was granted is named)
    solutions = tables["completions"]                         # (WordNet's noun of the act)
    assert {("player_id", "players"), ("puzzle_id", "puzzles")} <= references(solutions)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_spec_with_ranks_certifications_and_responders(dbs):
    """(stop 25) 'Every member has … a rank. Ranks are firefighter, crew leader, …' (a field given
    before closes, no ranks table), 'needs to keep track of its members, equipment, …' (things, no
    fields), 'Members hold certifications (for example first aid), each with an issue date …' (a thing
    with fields, after its examples), 'Several members respond to each incident; for each responder we
    note the role they had and the hours spent' (the responder is one pair: its fields are the pair's)."""
    schema, tables = design(FIRE_BRIGADE)
    assert "ranks" not in tables and "responders" not in tables
    assert "rank IN ('firefighter', 'crew_leader', 'lieutenant', 'chief')" in " ".join(
        c.expression for c in tables["members"].checks)
    assert {"issue_date", "expiry_date"} <= set(columns(tables["certifications"]))
    assert all("track" not in columns(t) for t in tables.values())
    pair = next(t for t in tables.values() if {("member_id", "members"), ("incident_id", "incidents")} <= references(t))
    assert {"role", "hours_spent"} <= set(columns(pair))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


FIRE_BRIGADE = """Requirements for the Volunteer Fire Brigade Records System

1. Overview
The brigade needs to keep track of its members, equipment, incidents and training. Today everything is on paper.

2. Members
Every member has a membership number, a full name, date of birth, phone and a rank. Ranks are firefighter, crew \
leader, lieutenant and chief. Members hold certifications (for example breathing apparatus or first aid), each with \
an issue date and an expiry date.

3. Equipment
Equipment items are identified by an asset tag. We record the type, the purchase date and the date of the last \
inspection. Each item is stored at one station. Stations have a name and an address.

4. Incidents
When the brigade is called out, we log an incident with the call time, the address, the incident type and a short \
description. Several members respond to each incident; for each responder we note the role they had and the hours \
spent. Vehicles used at the incident are recorded too.

5. Training
Training sessions have a date, a topic and a trainer, who is one of the members. Attendance is recorded per member.
"""


def test_a_named_table_a_labelled_set_inside_parentheses_and_when_of_an_act(dbs):
    """(stop 26) 'Also add a tastings table: wine, taster name, score 1-100, notes' (the table's name
    heads its fields; a field named by a thing refers to it); 'sheds (code, climate: dry, damp)' (a
    labelled closed set inside the parenthesis is one field); 'submissions: a photographer submits a
    photo …; we store the title, whether it was valid and when' (when the act happened: submitted_at)."""
    schema, tables = design("Wines have a name. Also add a tastings table: wine, taster name, score 1-100, notes. "
                            "Bins are kept in sheds (code, climate: dry, damp). Every bin has a label.\n"
                            "submissions: a photographer submits a photo to a contest; we store the title, whether it "
                            "was valid and when. Photographers have a name.")
    assert ("wine_id", "wines") in references(tables["tastings"]) and "taster_name" in columns(tables["tastings"])
    assert {"code", "climate"} <= set(columns(tables["sheds"])) and "dry" not in columns(tables["bins"])
    assert {"submitted_at", "is_valid"} <= set(columns(tables["submissions"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
