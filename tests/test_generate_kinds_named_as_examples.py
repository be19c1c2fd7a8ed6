"""Readings the generator got wrong on a fresh prose text of my own (docs/nl-dev-split.md, stop 48, round 15:
a wedding planner), tested with other texts. Each design is applied on the server."""

from test_generate_phrases import columns, design
from test_generate_sentences import applies


def test_kinds_named_with_such_as(dbs):
    """'Vendors such as florists, caterers and photographers': kinds of vendors, as in parentheses (each kind
    had become a table of its own, and the vendors been lost)."""
    schema, tables = design("Festivals have a date. Suppliers such as bakers, brewers and printers are booked "
                            "for a festival.")
    assert "suppliers" in tables and not {"bakers", "brewers", "printers"} & set(tables)
    assert any("'brewer'" in c.expression for c in tables["suppliers"].checks)
    schema, tables = design("Shops sell products such as books, games and toys. Products have a price.")
    assert "type" in columns(tables["products"])
    applies(dbs, schema, tables)
