"""Headings whose bullets say things as well as list fields (docs/nl-dev-split.md, stop 28, round 4):
'### Dogs' over '- belong to one owner' (said of the dogs), '- a dog stays in one kennel from …' (a
sentence of its own) and '- vaccination status: up to date / overdue' (a field with its values); and
'everyone booked gets a refund, which we record with the amount and the date' (what the speaker
records with fields is a thing). Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references

STABLE = """## Stable management

### Riders
- full name, phone, email (unique)

### Horses
- belong to one rider
- name, breed, height in hands
- shoeing status: done / due

### Lessons
- a rider books one horse for a lesson with one of our instructors
- price, notes

### Instructors
- name, qualification level (1, 2, 3)
"""


def test_heading_bullets_that_say_things(dbs):
    schema, tables = design(STABLE)
    horses = tables["horses"]
    assert {"name", "breed", "shoeing_status"} <= set(columns(horses))
    assert ("rider_id", "riders") in references(horses)
    assert "shoeing_status IN ('done', 'due')" in " ".join(c.expression for c in horses.checks)
    assert {"price", "notes"} <= set(columns(tables["lessons"])) and "belong" not in " ".join(columns(horses))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_thing_the_speaker_records_with_fields(dbs):
    schema, tables = design("We run boat trips for visitors. Visitors book seats on a trip. If the sea is rough a "
                            "trip is cancelled and everyone booked gets a refund, which we record with the amount and "
                            "the date.")
    assert {"amount", "date"} <= set(columns(tables["refunds"]))
    assert not {"amount", "date"} & set(columns(tables["trips"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_thing_bought_in_kinds_that_renews(dbs):
    """(stop 28, round 4) 'buy a gym membership (monthly, yearly or student) that renews automatically':
    a thing that a clause of its own describes, its kinds in parentheses; 'any special requests' is a
    noun, not a verb."""
    schema, tables = design("As a member I want to buy a gym membership (monthly, yearly or student) that renews "
                            "automatically. As an accountant I want to see all payments for memberships, with the "
                            "amount and the date.")
    memberships = tables["gym_memberships"]
    assert "type IN ('monthly', 'yearly', 'student')" in " ".join(c.expression for c in memberships.checks)
    assert ("member_id", "members") in references(memberships)
    assert ("gym_membership_id", "gym_memberships") in references(tables["payments"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_why_a_story_wants_something_is_no_data(dbs):
    """(stop 28, round 4) ', so that I have a place to eat' says why, nothing to keep; 'at a date and
    time' is when the reservation is, not a field of the guest ('hi!! so i need …' keeps its words)."""
    schema, tables = design("As a diner, I want to reserve a table at a date and time, so that I have a place to eat. "
                            "As a diner I want to see my reservations.")
    assert "place" not in columns(tables["diners"]) and "starts_at" not in columns(tables["diners"])
    assert "starts_at" in columns(tables["reservations"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_kept_in_order_likes_and_people_had(dbs):
    """(stop 28, round 5) 'a reading list has a name, is shared or not, and contains books in a given
    order' (a verb after ', and' that agrees with the subject; a pair table with each book's position),
    'readers can follow other readers and like books' (like is a verb after 'and'), 'books have a
    title and one or more authors' (people a thing has many of are a table)."""
    schema, tables = design("Readers have a username and an email. A reader can create reading lists; a reading list "
                            "has a name, is shared or not, and contains books in a given order. Books have a title and "
                            "one or more authors. Readers can follow other readers and like books.")
    ordered = next(t for t in tables.values() if {("reading_list_id", "reading_lists"), ("book_id", "books")}
                   <= references(t))
    assert "sort_order" in columns(ordered)
    assert "contains_book_id" not in columns(tables["reading_lists"])
    assert any({("reader_id", "readers"), ("book_id", "books")} <= references(t) for t in tables.values()
               if t is not ordered)
    assert "authors" in tables and "authors" not in columns(tables["books"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_list_in_the_order_things_happen(dbs):
    """(stop 28, round 7) 'for each tour we list the stops in the order they are visited, the guide and
    the price': the stops in order are a pair table with a position; 'the order' is no thing, and 'they
    are visited, the guide and the price' lists no kinds of tour."""
    schema, tables = design("We track tours and stops. Every stop has a name. For each tour we list the stops in "
                            "the order they are visited, the guide and the price.")
    pair = next(t for t in tables.values() if {("tour_id", "tours"), ("stop_id", "stops")} <= references(t))
    assert "sort_order" in columns(pair) and "orders" not in tables
    assert {"guide", "price"} <= set(columns(tables["tours"]))
    assert not any(" IN (" in c.expression for c in tables["tours"].checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
