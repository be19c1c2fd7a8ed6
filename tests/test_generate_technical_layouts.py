"""Technical layouts the generator misread, written by me (docs/nl-dev-split.md, stop 48, round 11: seven
layouts of tables and columns, chosen because a technical text that is misread loses every table), each
tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_heading_over_the_list_of_tables(dbs):
    """'Tables:' or 'Entities' over the tables: a heading, no table called 'tables' whose columns are the
    tables (that had been the whole design)."""
    schema, tables = design("Tables:\n- shelf (name, room)\n- bin (shelf, label)\n- part (code, name)")
    assert {"shelves", "bins", "parts"} <= set(tables) and "tables" not in tables
    schema, tables = design("Entities\n  Venue: name, city\n  Gig: date, venue, fee\n  Band: name, genre")
    assert ("venue_id", "venues") in references(tables["gigs"]) and "entities" not in tables
    applies(dbs, schema, tables)


def test_braced_entities_with_a_keyword(dbs):
    """'entity Vendor { name, email }': a table said outright, even with one column (the lines had been read
    as English)."""
    schema, tables = design("entity Author { name }\nentity Essay { title, author -> Author }")
    assert ("author_id", "authors") in references(tables["essays"])
    applies(dbs, schema, tables)


def test_column_lists_that_refer_to_each_other(dbs):
    """'Vendor(name, email)' and 'Invoice(number, amount, vendor_id -> Vendor)': lists that refer to each
    other are column lists, with no keyword."""
    schema, tables = design("Pilot(name, licence)\nFlight(number, date, pilot_id -> Pilot)")
    assert ("pilot_id", "pilots") in references(tables["flights"])
    applies(dbs, schema, tables)


def test_a_column_and_its_type_one_space_apart(dbs):
    """'Table orders' over '  id serial pk', '  total numeric(10,2)' (a table 'total_numerics' had been made)."""
    schema, tables = design("Table trips\n  id serial pk\n  driver_id int fk drivers\n  distance numeric(8,1)\n"
                            "Table drivers\n  id serial pk\n  name text")
    assert ("driver_id", "drivers") in references(tables["trips"])
    assert columns(tables["trips"])["distance"].type == "numeric(8,1)"
    applies(dbs, schema, tables)


def test_a_plural_subject_and_one_of_another(dbs):
    """'Players play for a club': each player's club (the players had been lost)."""
    schema, tables = design("Riders ride for a team. Teams have a name.")
    assert ("team_id", "teams") in references(tables["riders"])
    applies(dbs, schema, tables)
