"""Readings the generator got wrong on fresh one-liners of my own (docs/nl-dev-split.md, stop 46, round 1: a
vineyard logbook, an orchestra, ferry tickets, fishing licences, investments, a ski school, a laundry service, a
chess club, parking permits, a greenhouse), each class tested with other texts than the ones that showed it: a
title that is an imperative ('Manage my garden: …') or that a list of things follows names no thing; a list
item that goes on with 'optionally with …'; a generic head ('trees', 'games') listed with fields or 'between'
two things; 'each X (which Y, date, …)' in a list; a record between two of a kind ('between two players', with
two references and its own fields); 'log their hikes by distance and duration'; 'apply for' (an application)
but not 'apply a coupon'; plurals after a title's 'with' ('a service with customers, repair requests …');
people 'booked into' or 'enrolled into' things (a record of each, no one thing theirs); kinds, then a field in
parentheses ('(small or large, capacity)'); readings per a thing in a title list; 'who came to each
rehearsal' (many of each). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_title_over_a_list_of_things_names_none(dbs):
    schema, tables = design("Manage my garden: beds with their size, plants per bed (species, planting date), and "
                            "harvests.")
    assert "gardens" not in tables and {"species", "planting_date"} <= set(columns(tables["plants"]))
    assert ("bed_id", "beds") in references(tables["plants"])
    schema2, tables2 = design("Bike hire: bikes with a frame size and a daily rate, customers rent bikes for a day, "
                              "optionally with a helmet (size, colour).")
    assert "bike_hires" not in tables2 and "frame_size" in columns(tables2["bikes"])
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_generic_heads_listed_with_fields_or_between_two_things(dbs):
    schema, tables = design("Orchard: trees (variety, age), pickers and harvests.")
    assert {"variety", "age"} <= set(columns(tables["trees"]))
    schema2, tables2 = design("Games between two players are recorded with the score.")
    assert "score" in columns(tables2["games"]) and "score" not in columns(tables2["players"])
    assert [fk.ref_table.name for fk in tables2["games"].foreign_keys] == ["players", "players"]
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_each_one_in_a_list_with_its_fields_and_a_record_between_two(dbs):
    schema, tables = design("Beekeeping log: hives with their location, each inspection (which hive, date, mood, "
                            "honey frames), and buyers.")
    assert {"date", "mood", "honey_frames"} <= set(columns(tables["inspections"]))
    assert ("hive_id", "hives") in references(tables["inspections"])
    schema2, tables2 = design("Transfers between two accounts with an amount and a date.")
    assert {"amount", "date"} <= set(columns(tables2["transfers"])) and "amount" not in columns(tables2["accounts"])
    assert len(tables2["transfers"].foreign_keys) == 2
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_logged_by_fields_and_applications(dbs):
    schema, tables = design("Hikers log their hikes by distance and duration.")
    assert {"distance", "duration"} <= set(columns(tables["hikes"])) and ("hiker_id", "hikers") in references(tables["hikes"])
    schema2, tables2 = design("Tenants apply for parking spaces.")
    assert {("tenant_id", "tenants"), ("parking_space_id", "parking_spaces")} <= references(tables2["applications"])
    assert "parking_space_id" not in columns(tables2["tenants"])
    schema3, tables3 = design("Shoppers apply a coupon at checkout; coupons have a code and a discount.")
    assert "applications" not in tables3
    for s, t in ((schema, tables), (schema2, tables2), (schema3, tables3)):
        applies(dbs, s, t)


def test_plurals_after_a_titles_with_and_people_put_into_things(dbs):
    schema, tables = design("A plumbing service with customers, repair requests and invoices.")
    assert {"customers", "repair_requests", "invoices"} <= set(tables)
    schema2, tables2 = design("Children are enrolled into classes.")
    assert "class_id" not in columns(tables2["children"])
    assert {("child_id", "children"), ("class_id", "classes")} <= references(tables2["enrollments"])
    schema3, tables3 = design("Yoga studio: teachers, classes, members booked into classes.")
    assert {("member_id", "members"), ("class_id", "classes")} <= references(tables3["bookings"])
    assert "class_id" not in columns(tables3["members"])
    for s, t in ((schema, tables), (schema2, tables2), (schema3, tables3)):
        applies(dbs, s, t)


def test_kinds_then_a_field_readings_per_thing_and_who_came(dbs):
    schema, tables = design("Cabins (small or large, capacity) are rented by guests.")
    cabins = tables["cabins"]
    assert "capacity" in columns(cabins) and any("'small'" in c.expression and "capacity" not in c.expression
                                                  for c in cabins.checks)
    schema2, tables2 = design("Weather station log: stations, hourly wind readings per station.")
    assert ("station_id", "stations") in references(tables2["wind_readings"])
    schema3, tables3 = design("Book club: members, meetings, and who turned up to each meeting.")
    pair = next(t for t in tables3.values() if {("member_id", "members"), ("meeting_id", "meetings")} <= references(t))
    assert "book_clubs" not in tables3 and pair.name not in ("members", "meetings")
    schema4, tables4 = design("Our choir: singers, rehearsals and who came to each one.")
    assert any({("singer_id", "singers"), ("rehearsal_id", "rehearsals")} <= references(t) for t in tables4.values())
    assert "singer_id" not in columns(tables4["rehearsals"])
    for s, t in ((schema, tables), (schema2, tables2), (schema3, tables3), (schema4, tables4)):
        applies(dbs, s, t)
