"""A title, then what the app keeps (docs/nl-dev-split.md, stop 25): 'wine cellar inventory:
bottles by producer and vintage, stored in racks, with tasting notes' (one plural thing described
by a participle, 'with' or 'by'), 'my medications, their doses' (a field), 'harvests with weights'
(WordNet's noun.attribute names a field), 'daily entries', 'every fill-up with …', 'for my cars:',
'log X into categories' and 'their cost and renewal date'. Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def test_one_thing_described_after_a_title(dbs):
    schema, tables = design("wine cellar inventory: bottles by producer and vintage, stored in racks, "
                            "with tasting notes")
    assert set(tables) == {"bottles"}
    assert {"producer", "vintage", "tasting_notes"} <= set(columns(tables["bottles"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("recipe box: recipes with ingredients and quantities, tagged by cuisine")
    assert "recipes" in tables and "recipe_boxes" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_their_fields_in_a_title_list_and_property_nouns(dbs):
    """'their doses' after 'my medications' is a field of theirs, not a thing; 'the items in each room,
    their purchase price' the items'; 'harvests with weights' has a weight (a measure), no weights
    table; a list item starting with a plural after ', and' is a noun ('and harvests with …')."""
    schema, tables = design("medication reminder - my medications, their doses and a schedule of times "
                            "to take each one")
    assert set(tables) == {"medications"} and "doses" in columns(tables["medications"])
    schema, tables = design("home inventory: rooms, the items in each room, their purchase price and "
                            "warranty end date")
    assert ("room_id", "rooms") in references(tables["items"])
    assert {"purchase_price", "warranty_end_date"} <= set(columns(tables["items"]))
    schema, tables = design("garden planner - beds, the crops planted in each bed per season, and harvests "
                            "with weights")
    assert {"beds", "crops", "harvests"} == set(tables) and columns(tables["harvests"])["weights"].type == "numeric"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_records_a_log_keeps(dbs):
    """'daily entries' are the journal's records (not 'dailies'); 'every fill-up with litres, …' is a
    thing with fields; 'fuel log for my cars:' is about cars; ', and record deposits toward each goal'
    keeps deposits of a goal; 'their cost and renewal date' are two fields, not a 'cost date'."""
    schema, tables = design("mood journal - daily entries with a mood from 1 to 5 and optional notes, "
                            "plus tags for activities")
    assert "entries" in tables and "dailies" not in tables and {"mood", "notes"} <= set(columns(tables["entries"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("fuel log for my cars: every fill-up with litres, price and odometer reading")
    assert {"cars", "fill_ups"} == set(tables) and "odometers" not in tables
    assert {"litres", "price", "odometer_reading"} <= set(columns(tables["fill_ups"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("savings goals app - set goals with a target amount and a deadline, and record "
                            "deposits toward each goal")
    assert ("goal_id", "goals") in references(tables["deposits"]) and "deposits" not in columns(tables["goals"])
    schema, tables = design("subscription tracker - record my subscriptions with their cost and renewal date")
    assert {"cost", "renewal_date"} <= set(columns(tables["subscriptions"]))
    assert "cost_date" not in columns(tables["subscriptions"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_a_verb_puts_into_things_is_in_one_of_them(dbs):
    """'log my expenses and income into categories': categories are things and each expense is in
    one; 'split a bill into shares' names parts, not where the bill goes; '… at each rehearsal' is a
    thing."""
    schema, tables = design("expense tracker - log my expenses into categories and set a budget per category")
    assert ("category_id", "categories") in references(tables["expenses"])
    assert ("category_id", "categories") in references(tables["budgets"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("We split each bill into shares. Bills have a total. Shares have an amount.")
    assert "share_id" not in columns(tables["bills"])
    schema, tables = design("band rehearsal planner: members, songs, and which songs we practise at each rehearsal")
    assert "rehearsals" in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_where_people_act_on_things_is_a_thing(dbs):
    """'shoppers collect parcels at lockers': the lockers, said in the plural after an act on things,
    are a table too (one-liners name their places this way)."""
    schema, tables = design("a parcel app where shoppers collect parcels at lockers and rate the service")
    assert {"shoppers", "parcels", "lockers"} <= set(tables), sorted(tables)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
