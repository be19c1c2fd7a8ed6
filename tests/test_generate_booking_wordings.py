"""Booking wordings of chat notes the generator misread, written by me (docs/nl-dev-split.md, stop 49, round 6:
a hotel note of round 3), each tested with other texts than the one that showed it. Each design is applied on
the server."""

from test_generate_phrases import design
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_date_range_is_a_start_and_an_end(dbs):
    """'members reserve desks for a date range': when each reservation starts and ends (a table of date ranges
    had been made)."""
    schema, tables = design("Members reserve desks for a date range.")
    assert "date_ranges" not in tables
    assert {"start_date", "end_date"} <= _columns(tables, "reservations")
    applies(dbs, schema, tables)


def test_a_field_named_after_its_owner_with_values(dbs):
    """'…, order status (new, paid or shipped)': the order's status and its values (they had been lost in a
    sentence about the customers)."""
    schema, tables = design("Orders have a date. Customers place orders, order status (new, paid or shipped).")
    assert "status" in _columns(tables, "orders") and "order_status" not in _columns(tables, "orders")
    assert any("'shipped'" in c.expression for c in tables["orders"].checks)
    applies(dbs, schema, tables)


def test_the_owners_name_is_dropped_from_its_type(dbs):
    """'Shipments record the shipment type and the weight': the shipment's type (not shipment_type)."""
    schema, tables = design("Shipments record the shipment type, the weight and the date of dispatch.")
    assert "type" in _columns(tables, "shipments") and "shipment_type" not in _columns(tables, "shipments")
    applies(dbs, schema, tables)
