"""Clauses about a pair or a holder (docs/nl-dev-split.md, stop 28, round 2): 'which buyer bought which
crop at what price' (a table of the pair with the price; 'and when': a date, many rows), 'the stage each
candidate is in' (a field of each), 'we assign it to one of our electricians and track its status' (the
thing just opened, one electrician each), 'I want to record each vaccination with the pet, the vaccine,
…' (the vaccination's fields, not the vet's), 'every week members pay a fee' (a time, no 'week
members'), 'a section has up to 12 singers and a leader name', 'a performance is one play in one of our
theatres', 'seats are booked per performance' (not 'priced per copy'). Each design is applied on the
server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def test_which_one_does_which_other(dbs):
    schema, tables = design("We track farms and buyers, and which buyer bought which crop at what price. Crops have "
                            "a name.")
    pair = next(t for t in tables.values() if {("buyer_id", "buyers"), ("crop_id", "crops")} <= references(t))
    assert "price" in columns(pair) and pair.uniques
    assert "buyer_id" not in columns(tables["crops"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("We keep books and readers, and which reader borrowed which book and when.")
    pair = next(t for t in tables.values() if {("reader_id", "readers"), ("book_id", "books")} <= references(t))
    assert columns(pair)["borrowed_on"].type == "date" and not pair.uniques
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_each_is_in_and_what_was_just_opened(dbs):
    schema, tables = design("A recruiting tool - candidates, openings, and the stage each candidate is in.")
    assert "stage" in columns(tables["candidates"]) and "stages" not in tables
    schema, tables = design("We look after office buildings. When a lamp fails, staff open a repair ticket describing "
                            "the fault; we assign it to one of our electricians and track its status.")
    tickets = tables["repair_tickets"]
    assert ("electrician_id", "electricians") in references(tickets) and "status" in columns(tickets)
    assert "repair_ticket_id" not in columns(tables["electricians"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_stories_and_prose_about_one_thing_at_a_time(dbs):
    schema, tables = design("As a vet I want to register pets. As a vet I want to record each vaccination with the "
                            "pet, the vaccine, the batch number and the date.")
    assert {"vaccine", "batch_number"} <= set(columns(tables["vaccinations"]))
    assert ("pet_id", "pets") in references(tables["vaccinations"])
    assert not {"vaccine", "batch_number"} & set(columns(tables["vets"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("We run a gym for members. Every week members pay a fee, and we record each payment "
                            "with the amount.")
    assert "week_members" not in tables and ("member_id", "members") in references(tables["payments"])
    schema, tables = design("A choir has sections; a section has up to 12 singers and a leader name.")
    assert "leader_name" in columns(tables["sections"])
    assert ("section_id", "sections") in references(tables["singers"])
    schema, tables = design("We track plays and theatres. A performance is one play in one of our theatres at a set "
                            "time. Seats are booked per performance with a row and a number. Programmes are priced "
                            "per copy.")
    assert {("play_id", "plays"), ("theatre_id", "theatres")} <= references(tables["performances"])
    assert ("performance_id", "performances") in references(tables["seats"]) and "copies" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_the_speaker_keeping_a_list_of_things_gives_them_to_no_one(dbs):
    """'we keep a list of ingredients + suppliers' after a paragraph about orders: the things kept are
    the business's, not each order's (but 'we need their name and the skills they teach' still speaks
    of the mentors)."""
    schema, tables = design("customers order cakes, we need there name + phone. each order = one cake, pickup date, "
                            "flavour, price. also we keep a list of ingredients + suppliers, which supplier sells "
                            "which ingredient at what price")
    assert "order_id" not in columns(tables["ingredients"]) and "customer_id" not in columns(tables["suppliers"])
    assert any({("supplier_id", "suppliers"), ("ingredient_id", "ingredients")} <= references(t)
               for t in tables.values())
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_the_act_between_two_things_named_by_its_verb(dbs):
    """(stop 28, round 6) 'each school can book many coaches; for each booking we track the agreed price
    and the pickup time': the thing named by the verb that relates the two, with fields of its own, is
    the act between them (it refers to both; they no longer refer to each other)."""
    schema, tables = design("School trips\n* schools: name, address\n* coaches: registration, seats\n* each school can "
                            "hire many coaches; for each hire we track the agreed price, the pickup time and the "
                            "driver name")
    hires = tables["hires"]
    assert {("school_id", "schools"), ("coach_id", "coaches")} <= references(hires)
    assert {"agreed_price", "driver_name"} <= set(columns(hires))
    assert "school_id" not in columns(tables["coaches"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
