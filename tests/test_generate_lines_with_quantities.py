"""Things listed with how much of each ('orders with products and quantities', 'recipes with ingredients
and grams') (docs/nl-dev-split.md, stop 55, round 11: from round 10's bakery text), each tested with other
texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_things_listed_with_how_much_of_each(dbs):
    """'orders with products and quantities': the products are things and each pair holds its quantity (the
    products had been a text column of the order)."""
    schema, tables = design("Shoppers place orders with products and quantities.")
    assert references(tables["order_products"]) == {("order_id", "orders"), ("product_id", "products")}
    assert "quantity" in _columns(tables, "order_products") and "products" not in _columns(tables, "orders")
    applies(dbs, schema, tables)
    schema, tables = design("recipe cards: recipes with herbs and grams, tagged by season")
    assert "grams" in _columns(tables, "recipe_herbs") and "grams" not in tables
    applies(dbs, schema, tables)


def test_dates_and_grades_are_no_quantities(dbs):
    """'assignments with due dates and grades': fields, no table of grades."""
    schema, tables = design("homework planner for students with subjects, assignments with due dates and grades")
    assert "grades" not in tables and "due_date" in _columns(tables, "assignments")
    applies(dbs, schema, tables)
