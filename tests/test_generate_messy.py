"""Messy text (docs/nl-dev-split.md, stop 25): 'in batches - each batch is one beer' (a dash before a
clause of its own), 'w/ quantities' (a field of each line), 'packages = mini / standard / full day,
each w/ a price' (the kinds of a thing, then its fields), 'each feeding: date, flour grams, …, a rise
% after 4h' (no title list; units; a percentage), 'number of kids, and add-ons like cake or balloons'
(a count and examples are no things), 'levels: starfish, dolphin, shark … kids are in one level' (a
closed set labelled apart from its field), 'max 6 kids' / 'up to 12 guests' (a bound). Each design is
applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def checks(table):
    return " ".join(c.expression for c in table.checks)


def test_a_brewery_and_a_photographer_in_chat(dbs):
    schema, tables = design("ok so basically we're a tiny brewery. we brew beers (name, style, abv) in batches - "
                            "each batch is one beer, brewed on a date, with a volume in litres. pubs order from us, "
                            "an order can have multiple beers w/ quantities.")
    assert {"name", "style", "abv"} <= set(columns(tables["beers"])) and "quantities" not in tables
    line = next(t for t in tables.values() if {("order_id", "orders"), ("beer_id", "beers")} <= references(t))
    assert "quantity" in columns(line)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("need a db for my photography biz!! clients book shoots (date, location, package). "
                            "packages = mini / standard / full day, each w/ a price.")
    assert "type IN ('mini', 'standard', 'full_day')" in checks(tables["packages"])
    assert "price" in columns(tables["packages"]) and "mini" not in columns(tables["packages"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_feedings_parties_and_swimming_levels(dbs):
    schema, tables = design("hey - tracking our starter feedings lol. starters have a name and flour type. each "
                            "feeding: date, flour grams, water grams, and a rise % after 4h. feedings belong to "
                            "starters.")
    assert "flour_grams" not in tables and "water_grams" not in tables
    feedings = columns(next(t for t in tables.values() if t.name.endswith("feedings")))
    assert {"flour_grams", "water_grams", "rise_percent"} <= set(feedings) and feedings["rise_percent"].type == "numeric"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("parents book parties for a date + time slot, pick a theme (pirates, space, jungle), "
                            "number of kids, and add-ons like cake or balloons.")
    assert "kids" not in tables and "balloons" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("we teach swimming. levels: starfish, dolphin, shark. kids are in one level at a time, "
                            "lessons are weekly in groups, each group has an instructor + max 6 kids.")
    assert "level IN ('starfish', 'dolphin', 'shark')" in checks(tables["kids"])
    assert columns(tables["groups"])["max_kids"].type == "integer"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_question_in_a_title_list_and_things_logged_with_fields(dbs):
    """(stop 25) 'Simple inventory: warehouses, products, and how many of each product each warehouse
    holds' (a question about the things listed is no thing; the count is each pair's), 'each bus gets
    services at a depot, logged with mileage and cost' (the participle after the comma describes the
    services, not the depot: a thing with its fields; mileage is a number)."""
    schema, tables = design("Simple inventory: warehouses, products, and how many of each product each warehouse "
                            "holds.")
    pair = next(t for t in tables.values() if {("product_id", "products"), ("warehouse_id", "warehouses")}
                <= references(t))
    assert columns(pair)["quantity"].type == "integer" and "inventory" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Schedule maintenance for a fleet of buses: each bus gets services at a depot, logged "
                            "with mileage and cost.")
    assert {"mileage", "cost"} <= set(columns(tables["services"])) and "mileage" not in columns(tables["buses"])
    assert columns(tables["services"])["mileage"].type == "numeric"
    assert ("bus_id", "buses") in references(tables["services"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_listed_in_chat_and_orders_kept_as_a_sort_order(dbs):
    """(stop 26) 'pottery studio app - teachers (…), students w/ name + phone, classes = teacher + date +
    price' (a label with '=' after a comma opens a sentence of its own); 'a position within the course'
    is the table's sort order (a keyword is never a column name)."""
    schema, tables = design("pottery studio app - teachers (name, specialty, hourly rate), students w/ name + phone, "
                            "classes = teacher + date + price. Lessons have a title and a position within the course.")
    assert {"name", "specialty", "hourly_rate"} <= set(columns(tables["teachers"]))
    assert {"name", "phone"} <= set(columns(tables["students"]))
    assert ("teacher_id", "teachers") in references(tables["classes"]) and "price" in columns(tables["classes"])
    assert "sort_order" in columns(tables["lessons"]) and "position_value" not in columns(tables["lessons"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_keeps_track_of_is_tracks(dbs):
    """(stop 26, review) 'our orchestra keeps track of concerts: venue, …' reads 'tracks' (the third
    person kept: an earlier rewrite made 'kracks' and a table orchestra_kracks_concerts)."""
    schema, tables = design("Our orchestra keeps track of concerts: venue, date, ticket price.")
    assert not any("kracks" in name for name in tables)
    assert {"venue", "date", "ticket_price"} <= set(columns(tables["concerts"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_listed_one_after_another_each_with_its_fields(dbs):
    """'members (name, email, city), events (title, date, venue), venues (address, capacity)': each thing
    of a chat list gets its own fields, not only the first; 'events w/ title + date' after a thing's
    fields is a thing too."""
    schema, tables = design("club stuff: members (name, email, city), events (title, date, venue), venues (address, "
                            "capacity)")
    assert {"title", "date"} <= set(columns(tables["events"])) and ("venue_id", "venues") in references(tables["events"])
    assert {"address", "capacity"} <= set(columns(tables["venues"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    _, tables = design("players (name, email), matches w/ date + court + score")
    assert {"date", "score"} <= set(columns(tables["matches"]))
