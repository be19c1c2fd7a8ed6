"""Readings the generator got wrong on a fresh prose text of my own (docs/nl-dev-split.md, stop 48, round 14:
a school's lost property), tested with other texts. Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_kept_things_described_after_a_relative_clause(dbs):
    """'Staff log items that are found, with a description, a photo and the place they were found': the
    items are kept with those fields ('that are found, with …' had been read as the items' values, and the
    fields given to the staff)."""
    schema, tables = design("Rangers log sightings that are confirmed, with a species and a location.")
    assert {"species", "location"} <= set(columns(tables["sightings"]))
    assert ("ranger_id", "rangers") in references(tables["sightings"])
    schema, tables = design("Staff record cases that are reported, with a date and a summary.")
    assert {"date", "summary"} <= set(columns(tables["cases"])) and "date" not in columns(tables["staff"])
    applies(dbs, schema, tables)


def test_a_status_that_is_set_to_values(dbs):
    """'a status that is set to draft, active, or archived' keeps its values (a passive before 'to')."""
    schema, tables = design("Each listing has a status that is set to draft, active, or archived.")
    assert any("'archived'" in c.expression for c in tables["listings"].checks)
    applies(dbs, schema, tables)
