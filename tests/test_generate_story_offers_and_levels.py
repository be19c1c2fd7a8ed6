"""Acts made on a thing ('make an offer on an item'), the kind a made thing is at ('book a lesson at my
level (beginner, …)') and a count of two kinds ('the number of adults and children') (docs/nl-dev-split.md,
stop 55, round 7: from fresh user stories of mine), each tested with other texts than the ones that showed
it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_an_act_made_on_a_thing_is_a_record(dbs):
    """'investors make offers on properties', 'place a bid on an auction item', 'submit a request to the
    landlord': the offers, bids and requests are records of both (each property had referred to one
    investor; the bid and the request had been 'mentioned, not modelled')."""
    schema, tables = design("Investors make offers on properties. Properties have an address.")
    assert references(tables["offers"]) == {("investor_id", "investors"), ("property_id", "properties")}
    applies(dbs, schema, tables)
    schema, tables = design("As a fan I want to place a bid on an auction item. Auction items have a reserve.")
    assert {("fan_id", "fans"), ("auction_item_id", "auction_items")} <= references(tables["bids"])
    applies(dbs, schema, tables)
    schema, tables = design("As a tenant I want to submit a request to the landlord. Landlords have a name.")
    assert ("landlord_id", "landlords") in references(tables["requests"])
    applies(dbs, schema, tables)


def test_a_value_added_to_each_stays_a_field(dbs):
    """'add a score to each inspection' keeps the score a field (no scores table)."""
    schema, tables = design("Inspections have a date. As an inspector, I want to add a score to each inspection.")
    assert "scores" not in tables and "score" in _columns(tables, "inspections")
    applies(dbs, schema, tables)


def test_the_kind_a_made_thing_is_at(dbs):
    """'book sessions at a grade (easy, medium, hard)', 'schedule a training at a level (junior, senior or
    veteran)': the thing's grade or level with those values (each value had been a column; the training had
    been lost)."""
    schema, tables = design("Climbers book sessions at a grade (easy, medium, hard).")
    assert "grade" in _columns(tables, "sessions") and "easy" not in _columns(tables, "sessions")
    assert "'medium'" in str(schema)
    applies(dbs, schema, tables)
    schema, tables = design("As a coach I want to schedule a training at a level (junior, senior or veteran).")
    assert "level" in _columns(tables, "trainings") and "'veteran'" in str(schema)
    applies(dbs, schema, tables)


def test_a_count_of_two_kinds(dbs):
    """'the number of bedrooms and bathrooms, so that …': two counts (a bathrooms table had been made, the
    count of them lost)."""
    schema, tables = design("As a warden I want to register flats with the number of bedrooms and bathrooms, so that "
                            "rents are fair.")
    assert {"num_bedrooms", "num_bathrooms"} <= _columns(tables, "flats") and "bathrooms" not in tables
    applies(dbs, schema, tables)
