"""Answers that head what follows, and things defined by what they are one of (docs/nl-dev-split.md,
stop 28, round 3): 'Q: What else do you track? A: Outings - we hold them …' (the speaker's list),
'Q: Catches? A: Members can log what they caught on an outing: the species, …' (a noun asked about
and answered with a sentence heads a paragraph; what is logged is the heading's thing), 'What do you
sell? Bicycles (road, mountain, gravel) …' (we sell; kinds, no field among them), 'Dogs can enter a
show … We record the show date, …' (the thing the next fields are named after), 'members borrow kayaks
… we keep the borrow date and the return date' (the act of the pair, again and again), 'This document
describes …' (the text is no thing), 'A delivery is one trip of a route by one van …, with the actual
departure and arrival times'. Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def test_noun_questions_head_their_answers(dbs):
    schema, tables = design("Q: What else do you track?\nA: Outings - we hold them every month and members sign up.\n"
                            "Q: Catches?\nA: Members can log what they caught on an outing: the species, the weight in "
                            "kg and the date.")
    assert "outings" in tables and {"species", "weight_kg"} <= set(columns(tables["catches"]))
    assert "species" not in columns(tables["members"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("What do you sell?\nBicycles (road, mountain, gravel) and spare parts. Each bicycle has a "
                            "frame size and a price.")
    bicycles = tables["bicycles"]
    assert "type IN ('road', 'mountain', 'gravel')" in " ".join(c.expression for c in bicycles.checks)
    assert not {"road", "mountain"} & set(columns(bicycles))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_named_by_the_fields_that_follow_and_acts_of_a_pair(dbs):
    schema, tables = design("We track dogs and breed classes. Dogs can enter a show for a breed class. We record the "
                            "show date, the placing and the judge name.")
    assert {"show_date", "judge_name"} <= set(columns(tables["shows"]))
    assert "show_date" not in columns(tables["dogs"])
    schema, tables = design("We track members and kayaks. Members borrow kayaks and bring them back. We keep the "
                            "borrow date and the return date.")
    act = next(t for t in tables.values() if {("member_id", "members"), ("kayak_id", "kayaks")} <= references(t))
    assert {"borrow_date", "return_date"} <= set(columns(act)) and not act.uniques
    assert "borrow_date" not in columns(tables["members"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_the_text_itself_and_a_thing_defined_as_one_of_another(dbs):
    schema, tables = design("This document describes what our van fleet system must store. Vans have a plate and a "
                            "capacity. Routes have a name. A delivery is one trip of a route by one van at a set time, "
                            "with the actual departure and arrival times.")
    assert "documents" not in tables
    deliveries = tables["deliveries"]
    assert {("route_id", "routes"), ("van_id", "vans")} <= references(deliveries)
    assert {"departure_time", "arrival_time"} <= set(columns(deliveries))
    assert "van_id" not in columns(tables["routes"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_stories_of_people_who_rent_and_things_reported_with_fields(dbs):
    """(stop 28, round 3) tenants who live in flats are people (no tenant row-level security); 'report a
    noise complaint about a neighbour, with the time it happened and a description' (a thing with its
    fields after a place); 'record donations from donors, including the items donated and their
    weight' (the fields of what is recorded); 'which of my friends borrowed which of my board games';
    'assignments with due dates and grades' (a due date each)."""
    schema, tables = design("As a tenant I can report a noise complaint about a neighbour in my flat, with the time "
                            "it happened and a description. As a manager I can see all complaints.")
    assert not any("tenant_isolation" in str(t) for t in schema.tables)
    complaints = tables["noise_complaints"]
    assert "description" in columns(complaints) and ("tenant_id", "tenants") in references(complaints)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("We record donations from donors, including the date, the items donated and their "
                            "weight.")
    assert {"date", "weight"} <= set(columns(tables["donations"]))
    schema, tables = design("a simple app to track which of my friends borrowed which of my board games and when")
    assert any({("friend_id", "friends"), ("board_game_id", "board_games")} <= references(t) for t in tables.values())
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("homework planner for students with subjects, assignments with due dates and grades")
    assert "due_date" in columns(tables["assignments"])


def test_each_thing_as_a_header_with_its_parts_and_its_agent(dbs):
    """(stop 28, round 3) 'Each shipment: one order and one courier, packed by one of our packers, with a
    tracking number': a header on 'each' names a thing; a participle with its agent is a reference, no
    field; 'with a tracking number' asks for no tracking of anything."""
    schema, tables = design("We track orders, couriers and packers. Each shipment: one order and one courier, packed "
                            "by one of our packers, with a tracking number.")
    shipments = tables["shipments"]
    assert {("order_id", "orders"), ("courier_id", "couriers"), ("packer_id", "packers")} <= references(shipments)
    assert "tracking_number" in columns(shipments) and "packed" not in columns(shipments)
    assert not {"as_records", "a_records"} & set(tables)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
