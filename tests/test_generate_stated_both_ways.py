"""Relations and fields the generator got wrong in fresh texts of mine (docs/nl-dev-split.md, stop 50, round 7: a
blood bank's questions and answers, ten one-sentence relations of my own; aggregates only), each tested with
other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_shared_of_does_not_reach_a_field_word(dbs):
    """'date of birth and phone': a phone (a 'date_of_phone' had been made), as 'date of birth and weight'."""
    schema, tables = design("Volunteers have a name, date of birth and email.")
    assert {"date_of_birth", "email"} <= set(columns(tables["volunteers"]))
    assert "date_of_email" not in columns(tables["volunteers"])
    applies(dbs, schema, tables)


def test_references_stated_both_ways_are_both_kept(dbs):
    """'each nurse works on one ward, and each ward is led by one nurse': both references (the ward's
    reference had replaced the nurse's)."""
    schema, tables = design("Nurses have a name. Each nurse works on one ward, and each ward is led by one nurse.")
    assert ("ward_id", "wards") in references(tables["nurses"])
    assert any(ref == "nurses" for _, ref in references(tables["wards"]))
    applies(dbs, schema, tables)


def test_fields_of_each_thing_in_another_it_is_many_of(dbs):
    """'Recipes use ingredients; for each ingredient in a recipe we store the amount': the pair's field (it had
    gone to the ingredient); 'for each shelf in a bookcase we keep the height', a shelf in one bookcase, stays the
    shelf's."""
    schema, tables = design("Recipes have a title. Ingredients have a name. Recipes use ingredients; for each "
                            "ingredient in a recipe we store the amount.")
    pair = next(t for t in tables.values()
                if {("recipe_id", "recipes"), ("ingredient_id", "ingredients")} <= references(t))
    assert "amount" in columns(pair) and "amount" not in columns(tables["ingredients"])
    applies(dbs, schema, tables)
    schema, tables = design("Bookcases have a room. Each bookcase has many shelves. For each shelf in a bookcase "
                            "we keep the height.")
    assert "height" in columns(tables["shelves"])
    applies(dbs, schema, tables)
