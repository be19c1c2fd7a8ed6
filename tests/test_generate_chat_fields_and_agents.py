"""What a passive's agent is said to act with, fields after a record per thing, records per thing in
shorthand, and a quantity before what people act on (docs/nl-dev-split.md, stop 55, round 4: from fresh
chat texts of mine), each tested with other texts than the ones that showed it. Each design is applied on
the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_fields_after_a_passives_agent(dbs):
    """'reviews are written by guests with a rating and a comment', 'articles get written by reporters with a
    headline': the subject's fields, and the agent one each (a review–guest pair had held them; the reporter
    had had the headline)."""
    schema, tables = design("Reviews are written by guests with a rating and a comment. Guests have a name.")
    assert {"rating", "comment"} <= _columns(tables, "reviews") and "review_guests" not in tables
    assert ("guest_id", "guests") in references(tables["reviews"])
    applies(dbs, schema, tables)
    schema, tables = design("Articles get written by reporters with a headline and a deadline.")
    assert {"headline", "deadline"} <= _columns(tables, "articles")
    assert "headline" not in _columns(tables, "reporters")
    applies(dbs, schema, tables)


def test_fields_after_a_record_per_thing(dbs):
    """'a daily log per truck - mileage, fuel used, notes': the log's fields (they had been the truck's)."""
    schema, tables = design("we fill in a daily log per truck - mileage, fuel used, notes. Trucks have a plate.")
    assert {"mileage", "notes"} <= _columns(tables, "logs") and "mileage" not in _columns(tables, "trucks")
    applies(dbs, schema, tables)


def test_records_per_thing_in_shorthand(dbs):
    """'statements monthly per customer': one customer's statements (they had been lost)."""
    schema, tables = design("statements monthly per customer. Customers have a name.")
    assert ("customer_id", "customers") in references(tables["statements"])
    applies(dbs, schema, tables)


def test_a_quantity_before_what_people_act_on(dbs):
    """'members rent 1 or 2 plots per year': the plots are kept and paired with the members (they had been
    'mentioned, not modelled')."""
    schema, tables = design("residents rent 1 or 2 lockers per year")
    assert references(tables["rentals"]) == {("resident_id", "residents"), ("locker_id", "lockers")}   # (each
    #                                                     rental a record, since stop 68: renting is lending for a price)
    applies(dbs, schema, tables)
