"""Value sets the generator missed in wordings of my own (docs/nl-dev-split.md, stop 48, round 7: eighteen
one-sentence value statements), each tested with other texts than the ones that showed it. Each design is
applied on the server."""

from test_generate_phrases import columns, design
from test_generate_sentences import applies


def _values(table, column):
    return [check.expression for check in table.checks if column in check.expression]


def test_values_written_with_pipes(dbs):
    """'a listing's state is draft | published | archived' (the state had been lost)."""
    schema, tables = design("Documents have a title. A document's status is draft | signed | void.")
    assert any("'signed'" in x for x in _values(tables["documents"], "status"))
    applies(dbs, schema, tables)


def test_the_kinds_a_thing_comes_in(dbs):
    """'seats come in economy, business and first class': its type's values (nothing had been read)."""
    schema, tables = design("Tents have a price. Tents come in solo, family and group.")
    assert any("'family'" in x for x in _values(tables["tents"], "type"))
    schema, tables = design("Orders have a total. Orders come in by phone or email.")
    assert "type" not in columns(tables["orders"])
    applies(dbs, schema, tables)


def test_the_values_of_a_property_after_a_colon(dbs):
    """'The size of a shirt: S, M, L, XL': the values of the size (each had become a column)."""
    schema, tables = design("Gloves have a price. The size of a glove: XS, S, M, L.")
    assert "size" in columns(tables["gloves"]) and "xs" not in columns(tables["gloves"])
    assert any("'xs'" in x.lower() for x in _values(tables["gloves"], "size"))
    applies(dbs, schema, tables)
