"""Readings the generator got wrong on fresh sentences of my own (docs/nl-dev-split.md, stop 46, round 14: how people
head what they keep about a thing), each class tested with other texts than the ones that showed it: what is
kept about a thing, named after it ('Member details include …', 'Venue info: …') is the thing's (a table
member_details or venue_info had been made beside the members and venues); 'we keep for each order the courier
and …', 'we record the carrier, … for each shipment' (the thing named by 'for each' right after the verb, or
after its list, owns the list). Each design is applied on the server."""

from test_generate_phrases import columns, design
from test_generate_sentences import applies


def test_details_and_information_about_a_thing_are_its_fields(dbs):
    schema, tables = design("Room information: floor, capacity and whether it has a projector.")
    assert "room_information" not in tables and {"floor", "capacity", "has_projector"} <= set(columns(tables["rooms"]))
    schema2, tables2 = design("Guests have a name. Guest details include a passport number and a nationality.")
    assert set(tables2) == {"guests"} and "passport_number" in columns(tables2["guests"])
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_fields_kept_for_each_thing_named_after_the_verb_or_the_list(dbs):
    schema, tables = design("Orders have a date. We keep for each order the courier and the delivery slot.")
    assert {"courier", "delivery_slot"} <= set(columns(tables["orders"]))
    schema2, tables2 = design("We record the carrier, the tracking code and the weight for each shipment.")
    assert {"carrier", "tracking_code", "weight"} <= set(columns(tables2["shipments"]))
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)
