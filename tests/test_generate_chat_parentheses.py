"""Fields in parentheses written with slashes or after a participle, and a measure listed beside things
(docs/nl-dev-split.md, stop 55, round 10: from fresh chat texts of mine), each tested with other texts
than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_fields_between_slashes_in_parentheses(dbs):
    """'horses (breed/colour/height)': three fields (they had been lost); 'consent (yes/no)' stays a flag."""
    schema, tables = design("riding school - riders, horses (breed/colour/height), lessons")
    assert {"breed", "colour", "height"} <= _columns(tables, "horses")
    applies(dbs, schema, tables)
    schema, tables = design("- trips have a destination and a date\n- parents give consent per student per trip (yes/no)")
    assert all("yes" not in {c.name for c in t.columns} for t in tables.values())
    applies(dbs, schema, tables)


def test_fields_after_a_participle(dbs):
    """'deliveries made (which van, date, weight)': the deliveries' fields (they had been lost)."""
    schema, tables = design("courier app - drivers, vans, deliveries made (which van, date, weight)")
    assert {"date", "weight"} <= _columns(tables, "deliveries")
    applies(dbs, schema, tables)


def test_a_measure_beside_things(dbs):
    """'recipes with ingredients and grams': grams say how much, no table of grams."""
    schema, tables = design("Cooks publish recipes with ingredients and grams.")
    assert "grams" not in tables
    applies(dbs, schema, tables)
