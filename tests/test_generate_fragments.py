"""Lines that name a thing, where it belongs and its fields (docs/nl-dev-split.md, stop 28):
'Maintenance jobs on each boat with a description, cost and the date they were done', 'Stock levels
per bin and item (quantity, last_counted_at)' (a verbless line: a table referring to what its
prepositions name), 'Transfers move a quantity of an item from one bin to another bin, with a
timestamp and …' (an act with its fields after a comma), 'booking needs the group name, number of
players, contact phone' (fields needed), 'the skippers who sail them and the charters customers
book' (a relative clause with no 'that'), 'A charter is one boat for a customer on a date, with a
skipper, a price …' (what a thing is one of). Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def test_verbless_lines_with_a_place_and_fields(dbs):
    schema, tables = design("Table warehouses: id, name, city.\nTable bins: id, warehouse_id references warehouses, "
                            "code unique, capacity int.\nTable items: id, sku unique, description.\n"
                            "Stock levels per bin and item (quantity, last_counted_at).\n"
                            "Transfers move a quantity of an item from one bin to another bin, with a timestamp and "
                            "the employee who did it.")
    levels = tables["stock_levels"]
    assert {"quantity", "last_counted_at"} <= set(columns(levels))
    assert {("bin_id", "bins"), ("item_id", "items")} <= references(levels)
    transfers = tables["transfers"]
    assert {("from_bin_id", "bins"), ("to_bin_id", "bins"), ("item_id", "items")} <= references(transfers)
    assert "quantity" in columns(transfers) and "quantity" not in columns(tables["items"])
    assert not {"employee", "occurred_at"} & set(columns(tables["bins"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("We look after a fleet of tractors and the farmers who drive them. Repair jobs on each "
                            "tractor with a description, cost and the date they were done.")
    assert ("tractor_id", "tractors") in references(tables["repair_jobs"])
    assert {"description", "cost"} <= set(columns(tables["repair_jobs"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_questions_answered_with_relative_clauses(dbs):
    schema, tables = design("What do you need to store?\nOur fleet of boats, the skippers who sail them and the "
                            "charters customers book.\nWhat do you know about a boat?\nName, length in metres, "
                            "berth in the marina, and how many guests it takes.\nWhat about charters?\nA charter is "
                            "one boat for a customer on a date, with a skipper, a price and a deposit paid or not.\n"
                            "Anything else?\nMaintenance jobs on each boat with a description, cost and the date "
                            "they were done.")
    assert {"boats", "skippers", "charters", "customers", "maintenance_jobs"} <= set(tables)
    assert "guests" not in tables and "sails" not in tables
    assert {("boat_id", "boats"), ("customer_id", "customers"), ("skipper_id", "skippers")} <= \
        references(tables["charters"])
    assert "price" in columns(tables["charters"]) and "customer_id" not in columns(tables["boats"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_fields_needed_after_a_dash_and_people_acting_on_a_plural(dbs):
    schema, tables = design("we run 2 bowling alleys, each alley has lanes (number, max players). ppl reserve a "
                            "lane for an hour - reservation needs the party name, number of bowlers, contact phone.")
    reservations = tables["reservations"]
    assert {"party_name", "contact_phone"} <= set(columns(reservations))
    assert not {"party_name", "contact_phone"} & set(columns(tables["lanes"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("We track our climbing gyms and the routes members climb. Each route has a grade and "
                            "a colour.")
    assert "routes" in tables and {"grade", "colour"} <= set(columns(tables["routes"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_heading_then_a_bare_list_of_fields(dbs):
    """'Spare parts. We buy them … Catalogue number (unique), description, …': a verbless list whose
    items are mostly fields lists the fields of what the paragraph is about; a list of examples
    ('projector, whiteboard, phone booth') does not."""
    schema, tables = design("We run a small bike repair shop for riders.\n\nSpare parts. We buy them from "
                            "wholesalers. Catalogue number (unique), description, purchase price, retail price, "
                            "quantity in stock.")
    parts = columns(tables["spare_parts"])
    assert {"catalogue_number", "description", "purchase_price", "retail_price"} <= set(parts)
    assert any(c.columns == ("catalogue_number",) for c in tables["spare_parts"].uniques)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("We rent out meeting rooms. Each room has a name and a capacity.\n\nRooms are fitted "
                            "out. Projector, whiteboard, standing desk, phone booth.")
    assert not {"projector", "phone_booth"} & set(columns(tables["rooms"]))


def test_a_story_that_looks_at_the_fields_of_one_thing(dbs):
    """'As a mechanic I want to see the frame size, the brand and the reported fault of each repair':
    the fields are the repair's, not the story's role's."""
    schema, tables = design("As a rider I want to book a repair. As a mechanic I want to see the frame size, the "
                            "brand and the reported fault of each repair.")
    assert {"frame_size", "brand", "reported_fault"} <= set(columns(tables["repairs"]))
    assert "mechanics" not in tables or "brand" not in columns(tables["mechanics"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
