"""Readings the generator got wrong on fresh question-and-answer texts of my own (docs/nl-dev-split.md, stop 48,
round 13: a volunteer centre, a recipe box, a vet clinic), each tested with other texts than the ones that
showed it. Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_what_is_recorded_per_thing(dbs):
    """'What is recorded per visit? Date, reason, diagnosis.': the visit's fields (they had gone to the
    thing before)."""
    schema, tables = design("Coaches run sessions. What is recorded per session? Date, duration, notes.")
    assert {"date", "duration", "notes"} <= set(columns(tables["sessions"]))
    applies(dbs, schema, tables)


def test_fields_for_each_thing_in_another(dbs):
    """'a quantity and a unit for each ingredient in each recipe': the pair's own table (the fields had gone
    to the recipes); 'menus' is the plural of 'menu' (the words had run together into one thing)."""
    schema, tables = design("Menus list dishes. We store a price for each dish on each menu.")
    pair = next(t for name, t in tables.items() if {("dish_id", "dishes"), ("menu_id", "menus")} <= references(t))
    assert "price" in columns(pair)
    applies(dbs, schema, tables)
