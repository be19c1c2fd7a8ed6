"""Readings the generator got wrong on fresh user stories of my own (docs/nl-dev-split.md, stop 48, round 4:
'As a dispatcher, I want to assign each delivery to a driver and a van'), tested with other texts: one thing
given to two others at once refers to both, and both are kept (the second had been lost). Each design is
applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_assigned_to_two_things(dbs):
    schema, tables = design("Each shipment is assigned to a courier and a truck.")
    assert {("courier_id", "couriers"), ("truck_id", "trucks")} <= references(tables["shipments"])
    applies(dbs, schema, tables)


def test_assigning_each_to_two_things(dbs):
    schema, tables = design("We assign each job to a plumber and a van.")
    assert {("plumber_id", "plumbers"), ("van_id", "vans")} <= references(tables["jobs"])
    applies(dbs, schema, tables)


def test_belonging_to_two_things(dbs):
    schema, tables = design("Each booking belongs to a guest and a cabin.")
    assert {("guest_id", "guests"), ("cabin_id", "cabins")} <= references(tables["bookings"])
    applies(dbs, schema, tables)
