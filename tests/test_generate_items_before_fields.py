"""List items that name a thing with a relative clause or a preposition before their fields
(docs/nl-dev-split.md, stop 55, round 6: from fresh bulleted texts of mine), each tested with other
texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_an_item_with_a_relative_clause_before_its_fields(dbs):
    """'- plays we staged (title, playwright, year)': the plays and their fields (the plural had been read
    as a verb, 'plays', and the item lost)."""
    schema, tables = design("Theatre archive\n- plays we staged (title, playwright, year)\n- actors: name, agent")
    assert {"title", "playwright", "year"} <= _columns(tables, "plays")
    applies(dbs, schema, tables)
    schema, tables = design("Family library\n- books we lend (title, author, year)\n- friends: name, phone")
    assert {"title", "author"} <= _columns(tables, "books")
    applies(dbs, schema, tables)


def test_an_item_of_records_against_a_thing(dbs):
    """'- Refunds against an order, with a reason and an amount': a table of refunds, each one order's (the
    item had been lost)."""
    schema, tables = design("Shop admin\n- Orders: customer, date, total\n- Refunds against an order, with a "
                            "reason and an amount")
    assert ("order_id", "orders") in references(tables["refunds"])
    assert {"reason", "amount"} <= _columns(tables, "refunds")
    applies(dbs, schema, tables)
