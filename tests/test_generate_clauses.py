"""Readings the generator got wrong on fresh texts of my own (docs/nl-dev-split.md, stop 32): a count
in a column list ('total_spaces'), examples in parentheses that look like a clause ('police reports
are …'), the kinds listed and the kind named, passives with 'against', an apposition with fields ('an
adjuster, an employee with …'), chat labels ('recipe = …', 'name n type'), a singular with its fields
in parentheses, a second verb after 'by the hour', an act on things joined by 'and', when a thing
happens and how long it lasts, an occasion that holds many, a relative clause before the verb, a
record made for each thing, 'they do not need their own table', 'add my car (licence plate, length)'
and 'get a refund …, with the amount'. Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_fresh_database
from test_generate_phrases import columns, design, references


def applies(dbs, schema, tables):
    assert apply_in_fresh_database(dbs, render(schema)) == set(tables)


def test_a_count_in_a_column_list_is_no_reference(dbs):
    schema, tables = design("warehouses(id, name, total_shelves)\nshelves(id, warehouse_id -> warehouses, code)")
    assert columns(tables["warehouses"])["total_shelves"].type == "integer"
    assert references(tables["warehouses"]) == set()
    assert ("warehouse_id", "warehouses") in references(tables["shelves"])
    applies(dbs, schema, tables)


def test_examples_in_parentheses_are_no_clause_and_close_the_kind(dbs):
    schema, tables = design("Claims are filed against policies. Files (photos, invoices, police reports) are attached to "
                            "a claim; we store the file name, the kind of file and when it was attached.")
    assert "police" not in tables and "police_reports" not in tables
    files = columns(tables["files"])
    assert "kind" in files and "type" not in files
    assert ("claim_id", "claims") in references(tables["files"])
    applies(dbs, schema, tables)


def test_the_other_end_of_a_passive_is_a_thing(dbs):
    schema, tables = design("Complaints are lodged against landlords. Each complaint has a date and a text.")
    assert {"complaints", "landlords"} <= set(tables)
    assert ("landlord_id", "landlords") in references(tables["complaints"])
    applies(dbs, schema, tables)


def test_an_apposition_gives_its_fields_to_what_it_renames(dbs):
    schema, tables = design("Each parcel is delivered by a courier, a driver with a name and a van number.")
    assert {"name", "van_number"} <= set(columns(tables["couriers"]))
    assert "van_number" not in columns(tables["parcels"])
    assert ("courier_id", "couriers") in references(tables["parcels"])
    applies(dbs, schema, tables)


def test_chat_labels_and_a_singular_with_fields_in_parentheses(dbs):
    schema, tables = design("keep our brews!! each brew is one recipe (recipe = name, style, bitterness). "
                            "hops have name n origin")
    assert {"name", "style", "bitterness"} <= set(columns(tables["recipes"]))
    assert ("recipe_id", "recipes") in references(tables["brews"])
    assert {"name", "origin"} <= set(columns(tables["hops"])) and "name_n_origin" not in columns(tables["hops"])
    applies(dbs, schema, tables)


def test_a_second_verb_after_a_manner_and_an_act_on_joined_things(dbs):
    schema, tables = design("a studio app where members book rooms and lockers by the day and pay monthly invoices")
    assert {"invoices", "rooms", "lockers", "bookings"} <= set(tables)
    bookings = tables["bookings"]
    assert {("room_id", "rooms"), ("locker_id", "lockers")} <= references(bookings)
    assert columns(bookings)["room_id"].nullable and columns(bookings)["locker_id"].nullable
    applies(dbs, schema, tables)


def test_when_a_thing_happens_and_how_long_it_lasts(dbs):
    schema, tables = design("Tutors run lessons. A lesson happens at a scheduled time and lasts a number of minutes.")
    lesson = columns(tables["lessons"])
    assert lesson["scheduled_at"].type == "timestamp with time zone" and lesson["duration_minutes"].type == "integer"
    applies(dbs, schema, tables)


def test_an_occasion_that_holds_many_and_a_relative_clause(dbs):
    schema, tables = design("Owners register their horses with a name. Our riders, who each have a licence number, "
                            "take horses out on rides; a ride happens at a scheduled time and can include several "
                            "horses.")
    assert {("ride_id", "rides"), ("horse_id", "horses")} <= references(tables["ride_horses"])
    assert ("rider_id", "riders") in references(tables["rides"])
    assert "horse_id" not in columns(tables["rides"]) and "horse_id" not in columns(tables["riders"])
    assert "licence_number" in columns(tables["riders"])
    applies(dbs, schema, tables)


def test_a_record_made_for_each_thing(dbs):
    schema, tables = design("Inspectors visit farms. The inspector writes a short report for every field on a farm.")
    assert "reports" in tables
    assert ("field_id", "fields") in references(tables["reports"]) or "field" in columns(tables["reports"])
    applies(dbs, schema, tables)


def test_what_needs_no_table_gets_none(dbs):
    schema, tables = design("Q: Who uses it? A: Trainers and members. Receptionists too, but they do not need their "
                            "own table. Q: Do members book classes? A: Yes, members book classes taught by trainers.")
    assert "receptionists" not in tables
    assert {"trainers", "members", "classes"} <= set(tables)
    applies(dbs, schema, tables)


def test_a_thing_of_mine_with_its_fields_and_a_sum_someone_gets(dbs):
    schema, tables = design("As a guest, I want to book a room for a stay. As a guest, I want to add my car (licence "
                            "plate, length) to a stay. As a guest, I want to get a refund when a stay is cancelled, "
                            "with the amount and the date.")
    assert {"licence_plate", "length"} <= set(columns(tables["cars"]))
    refunds = tables["refunds"]
    assert {"amount", "date"} <= set(columns(refunds)) and "amount" not in columns(tables["guests"])
    assert ("guest_id", "guests") in references(refunds) and "refund_id" not in columns(tables["guests"])
    applies(dbs, schema, tables)
