"""What people sign in with, which the generator had not made unique (docs/nl-dev-split.md, stop 50, round 13:
three fresh user-story texts of mine; the held-out half's user stories have unique recall 0/4, an aggregate,
no text read), tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design
from test_generate_sentences import applies


def _unique(table):
    return {tuple(u.columns) for u in table.uniques}


def test_what_people_sign_in_with_is_unique(dbs):
    """'As a rider I want to sign up with my email', 'log in with a username': unique (one person each)."""
    schema, tables = design("As a rider, I want to sign up with my email and a password. As a rider, I want to "
                            "book scooters.")
    assert ("email",) in _unique(tables["riders"])
    applies(dbs, schema, tables)
    schema, tables = design("Listeners log in with a username. Listeners have a name and follow podcasts.")
    assert ("username",) in _unique(tables["listeners"])
    applies(dbs, schema, tables)


def test_registering_others_with_a_phone_is_no_key(dbs):
    """'register patients with their name and phone': a receptionist's record, the phone no key."""
    schema, tables = design("As a receptionist, I want to register patients with their name and phone.")
    assert ("phone",) not in _unique(tables["patients"])
    applies(dbs, schema, tables)
