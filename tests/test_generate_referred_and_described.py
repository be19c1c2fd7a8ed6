"""Readings the generator got wrong in relation wordings of my own (docs/nl-dev-split.md, stop 48, round 17),
tested with other texts. Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_field_word_referred_to_and_described(dbs):
    """'A shipment goes to one address. Addresses have a city.': a word that mostly names a field, referred to
    as one of a thing and given a field of its own, is a thing (the address had been lost)."""
    schema, tables = design("Each invoice is sent to an address. Addresses have a postcode.")
    assert ("address_id", "addresses") in references(tables["invoices"])
    assert "postcode" in columns(tables["addresses"])
    applies(dbs, schema, tables)


def test_records_about_things(dbs):
    """'Users write reviews about products', 'reviews are written by users about products': what the records
    are about is kept and referred to (the products had been lost; in the passive, the users had referred to them)."""
    schema, tables = design("Critics write reviews about films.")
    assert {("critic_id", "critics"), ("film_id", "films")} <= references(tables["reviews"])
    schema, tables = design("Essays are written by students about books.")
    assert ("book_id", "books") in references(tables["essays"])
    assert "book_id" not in columns(tables["students"])
    applies(dbs, schema, tables)
