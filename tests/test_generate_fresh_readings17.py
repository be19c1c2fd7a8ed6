"""Readings the generator got wrong on the fifty-second batch of fresh-domain texts (tests/fixtures/nl-fresh,
docs/nl-dev-split.md, stop 74): what an application is for ('a site to order parts from suppliers', 'a
website to rate films and review actors', 'farrier app - book visits …'). Each construction is tested over
several nouns, with other texts than the fixtures that showed it; each design is applied on the server; each
guard passes on the code before its round too."""

import pytest

from test_generate_phrases import design
from test_generate_sentences import applies


@pytest.mark.parametrize("text, things", [
    ("site to order parts from suppliers", {"parts", "suppliers"}),
    ("a website to rate films and review actors", {"films", "actors"}),
    ("an app to plan meals and list ingredients", {"meals", "ingredients"}),
    ("app to book rooms for guests", {"rooms", "guests"}),
    ("a tool to schedule shifts for nurses", {"shifts", "nurses"}),
])
def test_what_an_application_is_for(dbs, text, things):
    """'a site to order parts from suppliers': the verb after 'to' says what the application the text opens
    with is for, so its objects are things it keeps, as after 'I want to' (the parts, films and meals had been
    lost)."""
    schema, tables = design(text)
    assert things <= set(tables), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, things, absent", [
    ("farrier app - book visits to yards", {"visits", "yards"}, {"book_visits"}),
    ("pub app - book tables for groups", {"tables", "groups"}, {"book_tables"}),
])
def test_what_an_application_does_after_a_dash(dbs, text, things, absent):
    """'farrier app - book visits to yards': after the application and a dash, a verb's base form and its
    object are what the app does (no 'book_visits' table)."""
    schema, tables = design(text)
    assert things <= set(tables) and not absent & set(tables), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, things, absent", [
    ("Marina app: boat owners rent berths by the season.", {"boat_owners", "berths"}, {"owners_rent_berths"}),
    ("a tool for a theatre - shows, performances and tickets", {"shows", "performances", "tickets"}, set()),
    ("We send parcels to shoe shops.", {"parcels", "shoe_shops"}, set()),
])
def test_guard_a_subject_after_the_application_stays_one(dbs, text, things, absent):
    """Guard: after 'app:' a plural followed by its verb is the subject ('boat owners rent berths'), a list
    after a dash is a list, and 'to' before a compound is a preposition."""
    schema, tables = design(text)
    assert things <= set(tables) and not absent & set(tables), sorted(tables)
    applies(dbs, schema, tables)
