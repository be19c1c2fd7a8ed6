"""Prose constructions (docs/nl-dev-split.md, stop 24): 'pets belonging to owners', 'gardens are
divided into plots', 'routes connect two airports, an origin and a destination', 'at each
consultation a vet examines one pet', 'a fare class' (no money). Each design is applied on the
server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def test_parts_owners_and_two_ends(dbs):
    schema, tables = design("The practice sees pets belonging to owners. Owners have a name. "
                            "Gardens are divided into plots. Plots have a number. "
                            "Routes connect two airports, an origin and a destination. Airports have a code. "
                            "Roads link two towns. Towns have a name. Bookings have a fare class and a price.")
    assert ("owner_id", "owners") in references(tables["pets"])
    assert ("garden_id", "gardens") in references(tables["plots"]) and "plot_id" not in columns(tables["gardens"])
    assert {("origin_airport_id", "airports"), ("destination_airport_id", "airports")} <= references(tables["routes"])
    assert {("from_town_id", "towns"), ("to_town_id", "towns")} <= references(tables["roads"])
    assert columns(tables["bookings"])["fare_class"].type == "text"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_an_occasion_at_which_someone_acts_on_something_is_a_record(dbs):
    schema, tables = design("At each consultation a vet examines one pet and writes notes. Vets have a name. "
                            "Pets have a name.")
    assert {("vet_id", "vets"), ("pet_id", "pets")} <= references(tables["consultations"])
    assert "pet_id" not in columns(tables["vets"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_field_of_each_pair_and_a_field_made_of_fields(dbs):
    """'the quantity of each product in each location is tracked': a table of the pairs holds it;
    'a primary contact (name, email, phone)' lists the contact's fields, not values."""
    schema, tables = design("Products have a SKU. Locations have a code. The quantity of each product in each "
                            "location is tracked. A family has a primary contact (name, email, phone).")
    pair = next(t for t in tables.values() if {("product_id", "products"), ("location_id", "locations")}
                <= references(t))
    assert "quantity" in columns(pair) and "location_id" not in columns(tables["products"])
    assert {"primary_contact_name", "primary_contact_email", "primary_contact_phone"} <= set(columns(tables["families"]))
    assert not tables["families"].checks or "'email'" not in " ".join(c.expression for c in tables["families"].checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_record_of_the_thing_a_paragraph_heads_is_that_thing(dbs):
    """'Families. A family account has a primary contact …': under a heading of plural nouns, 'a
    family account' (an account, edition, profile, record … of a family) is the family itself."""
    schema, tables = design("Families. A family account has a primary contact (name, email, phone) and a city.\n\n"
                            "Children. Each child has a first name and belongs to a family.")
    assert "family_accounts" not in tables and {"city", "primary_contact_email"} <= set(columns(tables["families"]))
    assert ("family_id", "families") in references(tables["children"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_one_liners_clauses_and_acts_with_fields(dbs):
    """'hosts list properties and guests book stays' (the second clause's subject is no object of the
    first), 'ingredients, suppliers, recipes, batches' (a generic word in a list of things is one),
    'track expenses by category' (what the speaker keeps), 'candidates apply to jobs with a CV' (the
    act's record, WordNet's noun of the verb, holds the fields)."""
    schema, tables = design("A rental platform where hosts list properties and guests book stays.")
    assert "host_guests" not in tables and ("host_id", "hosts") in references(tables["properties"])
    _, bakery = design("inventory tracker for a small bakery: ingredients, suppliers, recipes, batches")
    assert {"ingredients", "suppliers", "recipes", "batches"} <= set(bakery)
    _, expenses = design("expense tracker: track expenses by category and payment method")
    assert "expenses" in expenses
    _, jobs = design("Companies post jobs. Candidates apply to jobs with a CV and a cover letter.")
    assert {"cv", "cover_letter"} <= set(columns(jobs["applications"])) and "cv" not in columns(jobs["jobs"])
    assert {("job_id", "jobs"), ("candidate_id", "candidates")} <= references(jobs["applications"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_prose_of_places_and_the_things_in_them(dbs):
    """(stop 25) 'Records inside a box have a title' (no sentence opens on a verb in -s; 'inside a box'
    names the box), 'a component type such as plasma, platelets or red cells' (examples of an open set:
    no fields of their own), 'their blood group (A+, A-, …)' (codes are values, no table), 'Cars are
    parked at fixed bays' (each car at one bay), ', operated by one vessel' (the subject's one vessel),
    'on a given date and time' and 'the distance driven' (a number)."""
    schema, tables = design("Boxes have a barcode. Records inside a box have a title and an access level: open, "
                            "restricted or closed. Units have a component type such as plasma, platelets or red "
                            "cells, a volume in ml and an expiry date. Donors have a name and we keep their blood "
                            "group (A+, A-, B+, B-, AB+, AB-, O+, O-).")
    assert ("box_id", "boxes") in references(tables["records"]) and "record_id" not in columns(tables["boxes"])
    assert "access_level IN ('open', 'restricted', 'closed')" in " ".join(c.expression for c in tables["records"].checks)
    assert "platelets" not in columns(tables["units"]) and {"component_type", "volume_ml"} <= set(columns(tables["units"]))
    assert "blood_groups" not in tables and "blood_group" in columns(tables["donors"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Members book cars. Cars are parked at fixed bays, and each bay belongs to a "
                            "neighbourhood. A booking has a start time and the distance driven. Routes have a name. "
                            "Sailings are scheduled trips on a route on a given date and time, operated by one "
                            "vessel. Vessels have a name.")
    assert ("bay_id", "bays") in references(tables["cars"]) and not any(
        {("car_id", "cars"), ("bay_id", "bays")} <= references(t) for t in tables.values())
    assert columns(tables["bookings"])["distance_driven"].type == "numeric"
    assert ("vessel_id", "vessels") in references(tables["sailings"]) and "starts_at" in columns(tables["sailings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_partitives_stated_many_and_a_role_named_by_the_verb(dbs):
    """(stop 26) 'each piece of equipment' is equipment; 'clients order cakes … an order can have several
    cakes': the act's record is the one of a stated has-many (cakes refer to it, not
    the other way round); 'every thesis has a supervising lecturer … lecturers can supervise many theses':
    the reference in the verb's own role is the relation, no pair table besides it."""
    schema, tables = design("Each piece of equipment has a serial number and a model. Clients order "
                            "cakes. Each cake has a flavour. An order can have several cakes. "
                            "Every thesis has a supervising lecturer and a title. Lecturers have a name. "
                            "Lecturers can supervise many theses.")
    assert {"serial_number", "model"} <= set(columns(tables["equipment"]))
    assert ("order_id", "orders") in references(tables["cakes"]) and "cake_id" not in columns(tables["orders"])
    assert ("supervising_lecturer_id", "lecturers") in references(tables["theses"])
    assert not any({("lecturer_id", "lecturers"), ("thesis_id", "theses")} <= references(t) for t in tables.values())
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_pairs_act_field_times_and_flags_of_each_and_renters(dbs):
    """(stop 26) 'investors can own several funds and a fund can have several investors; we record the
    ownership stake as a percentage': the field named by the pair's act makes the act a table
    (ownerships: stake, both references, one row per pair); 'we record when each kayak is returned' and
    'whether each invoice was paid' are the named thing's; tenants who rent are people, not SaaS
    accounts (no row-level security)."""
    schema, tables = design("Investors can own several funds and a fund can have several investors; we record the "
                            "ownership stake as a percentage. Funds have a name. Investors have a name.")
    owning = columns(tables["ownerships"])
    assert owning["stake_percent"].type == "numeric" and {("investor_id", "investors"), ("fund_id", "funds")} <= \
        references(tables["ownerships"])
    assert "ownership_stake" not in columns(tables["investors"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("We rent out kayaks. We record when each kayak is returned. Kayaks have a colour. "
                            "Invoices have a number. We track whether each invoice was paid.")
    assert "returned_at" in columns(tables["kayaks"]) and columns(tables["invoices"])["is_paid"].type == "boolean"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Landlords own buildings. Tenants rent flats in buildings. Flats have a number. "
                            "Tenants have a phone.")
    assert "tenants" in tables and not any(t.row_security for t in tables.values())
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_relatives_after_a_preposition_keep_track_ordered_things_and_bounds(dbs):
    """(stop 26) 'sign up for shifts, which have a start time and a role' (the relative's antecedent,
    even after a preposition); 'keep track of concerts!! venue, date, …' (the phrasal verb tracks; a
    lower-case list after an exclamation is what was exclaimed about); 'the programme (pieces in order)'
    (a pair table with each one's sort order); 'a maximum passenger count', 'a minimum age' (numbers);
    'Mentors. We need their name and the skills they teach' (an answer of one plural owns the fields
    the speaker needs; the things they do something to are many to many with them)."""
    schema, tables = design("Volunteers sign up for shifts, which have a start time and a role. Volunteers have a name. "
                            "Our choir needs to keep track of concerts!! venue, date, ticket price, and the programme "
                            "(pieces in order). Pieces have a title and a composer. Each trip has a maximum passenger "
                            "count and a minimum age.")
    assert {"start_time", "role"} <= set(columns(tables["shifts"])) and "role" not in columns(tables["volunteers"])
    assert {"venue", "date", "ticket_price"} <= set(columns(tables["concerts"]))
    programme = next(t for t in tables.values() if {("concert_id", "concerts"), ("piece_id", "pieces")} <= references(t))
    assert columns(programme)["sort_order"].type == "integer"
    trips = columns(tables["trips"])
    assert trips["maximum_passenger_count"].type == "integer" and trips["minimum_age"].type == "integer"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Who runs the workshops? Mentors. We need their name and the skills they teach. "
                            "Workshops have a date.")
    assert "name" in columns(tables["mentors"]) and ("mentor_id", "mentors") in references(tables["workshops"])
    assert any({("mentor_id", "mentors"), ("skill_id", "skills")} <= references(t) for t in tables.values())
    assert "skill_id" not in columns(tables["workshops"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_capacity_kinds_named_later_and_a_stated_place_over_holding(dbs):
    """(stop 26) 'every bike is parked at a dock … each one holds a limited number of bikes': the dock's
    capacity, and the stated place wins over a pair guessed from holding; 'the vehicles we rent out are
    either vans or trucks … every trip is logged with the driver, the van …': the van is one of the
    vehicles (a reference to them), not a table of its own."""
    schema, tables = design("Every bike is parked at a dock. Docks have a code and each one holds a limited number "
                            "of bikes. Bikes have a frame number. The vehicles we rent out are either vans or trucks. "
                            "Each vehicle has a plate. Drivers take the vans out, and every trip is logged with the "
                            "driver, the van and the distance. Drivers have a name.")
    assert columns(tables["docks"])["capacity"].type == "integer" and "holds" not in columns(tables["docks"])
    assert ("dock_id", "docks") in references(tables["bikes"]) and len(tables) == 5
    assert "vans" not in tables and any(target == "vehicles" for _, target in references(tables["trips"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_when_an_act_happened_and_by_one_of_them(dbs):
    """(stop 26) 'every shipment is packed on a date by one of our warehouse workers and collected at a
    time': packed_on, collected_at, and the agent is one warehouse worker (a reference, not the other way)."""
    schema, tables = design("Every shipment is packed on a date by one of our warehouse workers and collected at a "
                            "time. Warehouse workers have a name.")
    shipments = columns(tables["shipments"])
    assert shipments["packed_on"].type == "date" and shipments["collected_at"].type == "timestamp with time zone"
    assert ("warehouse_worker_id", "warehouse_workers") in references(tables["shipments"])
    assert "shipment_id" not in columns(tables["warehouse_workers"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_one_thing_per_other_said_of_whoever_makes_it_is_unique_per_pair(dbs):
    """'each player may submit only one rating per match': a rating is the player's, on a match, and
    unique over the two — not one rating per match in all; said of no one, 'one X per Y' stays a
    one-to-one."""
    schema, tables = design("Players have a name. Matches have a date and a venue. Each player may submit only "
                            "one rating per match, with a score and a comment.")
    ratings = tables["ratings"]
    assert {("player_id", "players"), ("match_id", "matches")} <= references(ratings)
    assert [u.columns for u in ratings.uniques] == [("player_id", "match_id")]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Employees have a name. Projects have a code. Each employee submits one timesheet per "
                            "project, with the hours worked.")
    assert [u.columns for u in tables["timesheets"].uniques] == [("employee_id", "project_id")]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Orders have a total. Invoices have a number. One invoice per order.")
    assert ("order_id",) in [u.columns for u in tables["invoices"].uniques]


def test_how_often_is_no_thing_and_a_clause_ends_a_list(dbs):
    """'…, and it is performed many times': how often (after a passive verb) names no table of times,
    and the clause is no field of the list before it."""
    schema, tables = design("Every tour has a name, a guide and a start date, and it is run several times; each run "
                            "has a date and the number of guests. Guides have a name.")
    assert not {"times", "start_times"} & set(tables), sorted(tables)
    assert "times" not in columns(tables["tours"]) and "start_date" in columns(tables["tours"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_verb_that_is_also_a_noun_between_its_subject_and_a_preposition(dbs):
    """'Singers audition for parts', 'volunteers help at performances': the word after the plural
    subject is its verb (the singers are a table); '…, treatment plans with a number of sessions' stays
    a compound in a list."""
    schema, tables = design("Singers audition for parts in a show. Shows have a title and a date. Parts have a name.")
    assert {"singers", "parts", "shows"} <= set(tables), sorted(tables)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    _, tables = design("Physio clinic app: patients, therapists, treatment plans with a number of sessions.")
    assert "treatment_plans" in tables, sorted(tables)


def test_the_fields_of_each_act_after_a_keeping_verb(dbs):
    """'Operators are assigned to machines …; we keep the start and end date of each assignment': the
    assignment is a table (it has fields of its own) linking the two, and holds those fields."""
    schema, tables = design("Machines have a serial number. Operators have a name. Operators are assigned to "
                            "machines for periods of time; we keep the start and end date of each assignment.")
    assert {("operator_id", "operators"), ("machine_id", "machines")} <= references(tables["assignments"])
    assert not {"starts_at", "start_date"} & set(columns(tables["machines"]))
    assert len([c for c in columns(tables["assignments"]) if "start" in c or "date" in c]) >= 2
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
