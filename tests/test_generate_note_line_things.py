"""Readings the generator got wrong on fresh messy notes of my own (docs/nl-dev-split.md, stop 48, round 3:
a brewery's and a food bank's notes), each class tested with other texts than the ones that showed it.
Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_line_naming_things_by_how_they_are_made(dbs):
    """'batches brewed from a recipe, brew date, volume in liters': a plural, a participle placing it, then
    its fields after a comma (the batches had been lost: 'batch' alone names no thing)."""
    schema, tables = design("Doughs have a flour type. loaves baked from a dough, bake date, weight in grams.")
    assert {"bake_date", "weight_g"} <= set(columns(tables["loaves"]))
    assert ("dough_id", "doughs") in references(tables["loaves"])
    applies(dbs, schema, tables)


def test_rows_per_thing_opening_a_line(dbs):
    """'fermentation readings per batch (gravity, temp, taken at)': what opens a note's line, per something,
    with fields, is rows (they had been lost when the something is a loose word like 'batch')."""
    schema, tables = design("Builds have a date. test results per release (passed, duration).")
    assert {"passed", "duration"} <= set(columns(tables["test_results"]))
    applies(dbs, schema, tables)


def test_two_dashes_after_a_title(dbs):
    """'brewery tracking -- recipes w/ style & target abv': two dashes end a title as one does."""
    schema, tables = design("cider log -- orchards w/ region & acreage. pressings from an orchard, press date, "
                            "litres.")
    assert {"region", "acreage"} <= set(columns(tables["orchards"])) and "regions" not in tables
    applies(dbs, schema, tables)


def test_where_the_thing_is_now(dbs):
    """'where the keg is now (taproom / customer)': its location, with those values (a column named after
    the thing had been made)."""
    schema, tables = design("Boats have a name, and where the boat is now (harbour / yard).")
    assert "location" in columns(tables["boats"]) and "boat" not in columns(tables["boats"])
    assert any("harbour" in check.expression for check in tables["boats"].checks)
    applies(dbs, schema, tables)


def test_where_things_come_in_from(dbs):
    """'donations come in from donors: date, weight': a particle between the verb and 'from' (the fields had
    gone to the donors and the donations been lost)."""
    schema, tables = design("Parcels come in from couriers: date, weight.")
    assert {"date", "weight"} <= set(columns(tables["parcels"]))
    assert ("courier_id", "couriers") in references(tables["parcels"])
    applies(dbs, schema, tables)
