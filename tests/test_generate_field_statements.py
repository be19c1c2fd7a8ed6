"""Readings the generator got wrong on fresh sentences of my own (docs/nl-dev-split.md, stop 46, round 5: how
people say a field's values, bounds and dates), each class tested with other texts than the ones that showed
it: a possessive's field and its values ('a ticket's status is open, closed or pending' had found no thing at
all, or made tables of the values); 'the F of an X is one of: a, b, c' (no 'or'); 'a priority that can be
low/medium/high'; 'a handicap between 0 and 54' (a bound, where 'and' had split the item); a generic head's life
('an application moves from draft to submitted …'); 'described by address, type (…), and year built'; 'records
when it was borrowed and when it is due' (borrowed_at, due_on). Each design is applied on the server."""

from test_generate_phrases import columns, design
from test_generate_sentences import applies


def checks(table):
    return " ".join(c.expression for c in table.checks)


def test_a_possessives_field_and_a_field_of_a_thing(dbs):
    schema, tables = design("A shipment's status is booked, in transit or delivered.")
    assert set(tables) == {"shipments"} and "'in_transit'" in checks(tables["shipments"])
    schema2, tables2 = design("Each parcel has a weight. The priority of a parcel is one of: standard, express, "
                              "overnight.")
    assert set(tables2) == {"parcels"} and "'overnight'" in checks(tables2["parcels"])
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_values_bounds_and_a_life_said_in_a_clause(dbs):
    schema, tables = design("Shirts have a size that can be small/medium/large.")
    assert "'medium'" in checks(tables["shirts"]) and "medium" not in columns(tables["shirts"])
    schema2, tables2 = design("Golfers have a handicap between 0 and 54 and a home club.")
    assert "handicap BETWEEN 0 AND 54" in checks(tables2["golfers"])
    schema3, tables3 = design("A service moves from requested to scheduled to completed.")
    assert "'scheduled'" in checks(tables3["services"])
    for s, t in ((schema, tables), (schema2, tables2), (schema3, tables3)):
        applies(dbs, s, t)


def test_described_by_fields_and_dates_said_as_clauses(dbs):
    schema, tables = design("Houses are described by address, style (cottage, villa, terrace), and year built.")
    houses = tables["houses"]
    assert {"address", "style", "year_built"} <= set(columns(houses)) and "'villa'" in checks(houses)
    schema2, tables2 = design("Each rental records when it was collected and when it is due back.")
    rentals = columns(tables2["rentals"])
    assert "collected_at" in rentals and rentals["due_on"].type == "date"
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)
