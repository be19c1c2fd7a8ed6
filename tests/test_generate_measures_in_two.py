"""Readings the generator got wrong on a fresh prose text of my own (docs/nl-dev-split.md, stop 48, round 16:
a ferry company), tested with other texts. Each design is applied on the server."""

from test_generate_phrases import columns, design
from test_generate_sentences import applies


def test_one_measure_counted_in_two_things(dbs):
    """'a capacity in passengers and cars': a passenger capacity and a car capacity (a column 'cars' had been
    made, and the capacity counted in nothing)."""
    schema, tables = design("Each bus has a plate and a capacity in seats and wheelchairs.")
    assert {"seat_capacity", "wheelchair_capacity"} <= set(columns(tables["buses"]))
    applies(dbs, schema, tables)


def test_in_which_case(dbs):
    """', in which case we record its registration': no field 'case'."""
    schema, tables = design("Bookings may include a pet, in which case we record its breed and weight.")
    assert not [c for c in columns(tables["bookings"]) if c.startswith("case")]
    applies(dbs, schema, tables)
