"""What an app is for ('a website for reserving campsites'), people acting on what a pronoun stands for,
things each one acts on, a kind of thing said with a plural possessive, and things people offer
(docs/nl-dev-split.md, stop 55, round 3: from fresh one-liners of mine), each tested with other texts
than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_people_acting_on_them(dbs):
    """'Owners list boats. Sailors charter them for a week', 'guests rent them': the people are kept and
    paired with the things 'them' stands for (the sailors had been lost)."""
    schema, tables = design("Owners list boats. Sailors charter them for a week.")
    assert references(tables["sailor_boats"]) == {("sailor_id", "sailors"), ("boat_id", "boats")}
    applies(dbs, schema, tables)
    schema, tables = design("hosts list cabins and guests rent them by the night")
    assert references(tables["rentals"]) == {("guest_id", "guests"), ("cabin_id", "cabins")}   # (each rental a
    #                                                                          record, since stop 68)
    applies(dbs, schema, tables)


def test_what_an_app_is_for(dbs):
    """'a website for reserving campsites': the reservations of campsites (the gerund had been read as a
    compound noun; the campsites had referred to an invented users table); 'an app for renting kayaks'
    keeps the kayaks (they had been lost)."""
    schema, tables = design("a website for reserving campsites")
    assert ("campsite_id", "campsites") in references(tables["reservations"]) and "users" not in tables
    applies(dbs, schema, tables)
    schema, tables = design("an app for renting kayaks. Customers have a name.")
    assert {"kayaks", "customers"} <= set(tables)
    applies(dbs, schema, tables)
    schema, tables = design("an app for parking spaces. Spaces have a number.")
    assert "spaces" in tables or "parking_spaces" in tables
    applies(dbs, schema, tables)


def test_what_people_offer_is_theirs(dbs):
    """'Hosts offer tours in several cities': each tour is one host's (a host–tour pair had been made)."""
    schema, tables = design("Hosts offer tours in several cities. Tours have a price.")
    assert ("host_id", "hosts") in references(tables["tours"]) and "host_tours" not in tables
    applies(dbs, schema, tables)


def test_a_kind_said_with_a_plural_possessive(dbs):
    """'a women's league', 'a children's swimming gala': a kind of league or gala, no women or children
    table."""
    schema, tables = design("A women's league has teams; teams have players.")
    assert "women" not in tables and ("team_id", "teams") in references(tables["players"])
    applies(dbs, schema, tables)
    schema, tables = design("app to run a children's swimming gala: swimmers, races, heats and times")
    assert "children" not in tables and "swimmers" in tables
    applies(dbs, schema, tables)


def test_the_things_each_one_acts_on(dbs):
    """'the crates each truck carries': each crate is one truck's (the verb had been read as a compound
    noun 'truck carries')."""
    schema, tables = design("We track the crates each truck carries. Trucks have a plate.")
    assert ("truck_id", "trucks") in references(tables["crates"])
    applies(dbs, schema, tables)
