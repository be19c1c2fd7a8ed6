"""Fields said in passing in user stories and lists (docs/nl-dev-split.md, stop 52, round 12: from the build case
food_delivery_app's misses; tested with other texts). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_its_fields_are_the_things_the_clause_before_was_about(dbs):
    """'a hotel can be tagged with amenities, and I want to see its name, phone and whether it is open all year':
    the hotel's (the story's 'its' list had been lost)."""
    schema, tables = design("As a guest, I want to browse hotels by city; a hotel can be tagged with several "
                            "amenities (pool, gym), and I want to see its name, phone and whether it is open all "
                            "year.")
    assert {"name", "phone"} <= set(columns(tables["hotels"])), columns(tables["hotels"])
    applies(dbs, schema, tables)


def test_a_field_word_is_no_thing_named_by_its_head(dbs):
    """'Each shop has a name and an address' beside delivery addresses: the shop's address (it had referred to a
    delivery address, the one table whose name ends in 'address')."""
    schema, tables = design("Customers save delivery addresses with a label. Each shop has a name and an address.")
    assert "address" in columns(tables["shops"]) and "delivery_address_id" not in columns(tables["shops"])
    applies(dbs, schema, tables)


def test_when_a_phrasal_verb_was_done(dbs):
    """'when it was dropped off', 'when it was picked up': dropped_off_at, picked_up_at (the items had been
    lost)."""
    schema, tables = design("Parcels have a weight. For each parcel we record when it was dropped off and when it "
                            "was picked up.")
    assert {"dropped_off_at", "picked_up_at"} <= set(columns(tables["parcels"])), columns(tables["parcels"])
    applies(dbs, schema, tables)
