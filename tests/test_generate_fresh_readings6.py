"""Readings the generator got wrong on the twenty-first batch of fresh-domain texts (tests/fixtures/nl-fresh,
docs/nl-dev-split.md, stop 63): a thing named with many of its parts in passing, a record made each time
someone does something to a thing, a value logged against things each day, a count of each thing per
occasion, when a pair's act was done. Each construction is tested over many nouns, with other texts than
the fixtures that showed it; each design is applied on the server."""

import pytest

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


@pytest.mark.parametrize("text, whole, parts", [
    ("An app for customers with one or more driveways.", "customers", "driveways"),
    ("Track farms with several fields, and the crops we grow.", "farms", "fields"),
    ("A tool to manage landlords with many properties and their tenants.", "landlords", "properties"),
    ("We keep warehouses with multiple loading bays and the trucks that use them.", "warehouses", "bays"),
])
def test_a_thing_with_many_parts_owns_them(dbs, text, whole, parts):
    """'customers with one or more driveways': each driveway is one customer's (as 'their driveways' says)."""
    schema, tables = design(text)
    table = next(t for t in tables if t.endswith(parts))
    assert (whole[:-1] + "_id", whole) in references(tables[table]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text", [
    "A shop with customers, orders with one or more products, and categories.",
    "Bookings with several rooms, guests and payments.",
])
def test_an_act_with_many_things_does_not_own_them(dbs, text):
    """'orders with one or more products': the products are a catalogue the orders pick from, not each
    one order's."""
    schema, tables = design(text)
    thing = "products" if "products" in tables else "rooms"
    assert not any(ref[1] in ("orders", "bookings") for ref in references(tables[thing])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, record, doer, done_to", [
    ("Customers have driveways. We record a visit each time a driver clears a driveway.", "visits", "drivers", "driveways"),
    ("Whenever a mechanic services a van, we note the mileage.", "services", "mechanics", "vans"),
    ("Keep a log of every time a volunteer walks a transect.", "walks", "volunteers", "transects"),
    ("We want an inspection record each time an inspector checks a lift.", "inspections", "inspectors", "lifts"),
])
def test_a_record_each_time_someone_does_something(dbs, text, record, doer, done_to):
    """'a visit each time a driver clears a driveway': a row per act, the driver's and the driveway's — not
    the driver's one driveway."""
    schema, tables = design(text)
    refs = references(tables[record])
    assert (doer[:-1] + "_id", doer) in refs and (done_to[:-1] + "_id", done_to) in refs, sorted(tables)
    assert not any(ref[1] == done_to for ref in references(tables[doer]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, period", [
    ("Employees log hours against projects each day. Projects belong to clients.", "day"),
    ("Drivers log fuel costs against vehicles every week.", "week"),
    ("Consultants log expenses against cost centres each month.", "month"),
])
def test_a_value_logged_against_things_each_period(dbs, text, period):
    """'employees log hours against projects each day': a row per day, with its day."""
    schema, tables = design(text)
    logged = next(t for t in tables if len(references(tables[t])) >= 2)
    assert period in columns(tables[logged]), (logged, columns(tables[logged]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, first, second", [
    ("Volunteers walk transects and record how many of each species they saw on every walk.", "species", "walks"),
    ("Anglers visit lakes and we note how many of each fish species they caught on each trip.", "fish_species", "trips"),
    ("Birders visit reserves and count how many of each bird they spot during every visit.", "birds", "visits"),
])
def test_a_count_of_each_thing_per_occasion(dbs, text, first, second):
    """'how many of each species they saw on every walk': a count per species and walk — not a species
    kept by the volunteers."""
    schema, tables = design(text)
    pair = next(t for t in tables if {r[1] for r in references(tables[t])} >= {first, second})
    assert any("quantity" in c or "count" in c for c in columns(tables[pair])), columns(tables[pair])
    assert not any(ref[1] in ("volunteers", "anglers", "birders") for ref in references(tables[first]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, first, second, fields", [
    ("Keep track of which neighbour borrowed which tool, when they took it and when they brought it back.",
     "neighbours", "tools", {"taken_at", "brought_back_at"}),
    ("Track which member hired which boat, when they took it out and when they returned it.",
     "members", "boats", {"taken_out_at", "returned_at"}),
    ("Record which pupil borrowed which instrument, when they got it and when they gave it back.",
     "pupils", "instruments", {"given_back_at"}),
])
def test_when_a_pairs_act_was_done(dbs, text, first, second, fields):
    """'which neighbour borrowed which tool, when they took it …': the dates are the pair's act's (the
    participle names them: taken, not 'took'), not acts of their own ('takes', 'bringings')."""
    schema, tables = design(text)
    pair = next(t for t in tables if {r[1] for r in references(tables[t])} >= {first, second})
    assert fields <= set(columns(tables[pair])), columns(tables[pair])
    assert not {"takes", "bringings", "gives", "gots"} & set(tables), sorted(tables)
    applies(dbs, schema, tables)
