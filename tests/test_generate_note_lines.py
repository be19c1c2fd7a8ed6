"""Readings the generator got wrong on fresh messy notes of my own (docs/nl-dev-split.md, stop 46, round 12: a
grooming salon, a band, a plant nursery), each class tested with other texts than the ones that showed it: notes
whose lines end no sentence and hold none, none indented under another, are one note each even when some are
as long as a wrapped line (they had been joined into one sentence: 'a price' over 'groomers work shifts' made
a table price_groomers); the plural of 'cafe' (inflection says 'caves') and the singular of 'gloves' ('glofe');
round 13 (rental-shop, school-trip and study-tracker bullets): a span of time with fields in parentheses ('for a
period (start date, end date)') is no thing. Each design is applied on the server."""

from test_generate_phrases import design
from test_generate_sentences import applies


def test_lines_of_notes_are_notes(dbs):
    schema, tables = design("kennel notes\nkennels: number, size, heated or not\nvisits are booked per dog per night "
                            "with a price paid upfront\ncats too sometimes but same flow as dogs really\nstaff clean "
                            "kennels every morning and log who cleaned which one\n")
    assert "staff" in tables and not any(name.startswith("upfront") for name in tables)
    applies(dbs, schema, tables)


def test_cafes_are_cafes(dbs):
    schema, tables = design("Roasters supply cafes. Each cafe has an address.")
    assert "cafes" in tables and "caves" not in tables
    schema2, tables2 = design("Mittens and scarves are knitted; mittens have a size and scarves have a length.")
    assert {"mittens", "scarves"} <= set(tables2)
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_a_span_of_time_with_fields_is_no_thing(dbs):
    schema, tables = design("A lease covers one flat for a period (start date, end date) and has a monthly rent.")
    assert "periods" not in tables and {"start_date", "end_date"} <= {c.name for c in tables["leases"].columns}
    applies(dbs, schema, tables)
