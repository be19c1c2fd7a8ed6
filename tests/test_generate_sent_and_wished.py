"""Things sent to each of another, a story's role wishing for what is done to it, and values and units
read with what is logged (docs/nl-dev-split.md, stop 55, round 1: from fresh user stories of mine), each
tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_people_and_a_thing_sent_to_each(dbs):
    """'allocate nurses and a room to every surgery': several people sent to each one are a pair with it,
    one thing its reference (the room and the surgery had been lost); the sender is no pair of theirs."""
    schema, tables = design("As a scheduler I want to allocate nurses and a room to every surgery.")
    assert ("room_id", "rooms") in references(tables["surgeries"])
    assert references(tables["surgery_nurses"]) == {("surgery_id", "surgeries"), ("nurse_id", "nurses")}
    applies(dbs, schema, tables)
    schema, tables = design("The league office assigns two referees to each match. Teams play matches.")
    assert references(tables["match_referees"]) == {("match_id", "matches"), ("referee_id", "referees")}
    applies(dbs, schema, tables)
    schema, tables = design("Supervisors assign cleaners and a van to each house.")
    assert "supervisor_cleaners" not in tables and ("van_id", "vans") in references(tables["houses"])
    applies(dbs, schema, tables)


def test_a_value_given_to_each_is_no_thing(dbs):
    """'assign a priority to each ticket': a value, no table of priorities."""
    schema, tables = design("Agents assign a priority to each ticket.")
    assert "priorities" not in tables
    applies(dbs, schema, tables)


def test_a_role_wishing_to_be_placed(dbs):
    """'As a player I would like to be placed in a team': each player is (the players had been lost)."""
    schema, tables = design("As a player I would like to be placed in a team. As a coach I want to create teams.")
    assert ("team_id", "teams") in references(tables["players"])
    applies(dbs, schema, tables)
    schema, tables = design("As a steward, I want to be assigned to one gate. As a fan I want to find my seat.")
    assert ("gate_id", "gates") in references(tables["stewards"])
    applies(dbs, schema, tables)


def test_a_made_thing_with_an_adjective(dbs):
    """'write a short summary after each game': the summary is made as 'a summary' is (it had been
    'mentioned, not modelled')."""
    schema, tables = design("As a coach I want to write a short summary after each game. Players join games.")
    assert {("coach_id", "coaches"), ("game_id", "games")} <= references(tables["summaries"])
    applies(dbs, schema, tables)


def test_units_a_thing_is_logged_with(dbs):
    """'log deliveries with the kilometres and the fee': the delivery's values (a kilometres table had
    been made and the fee lost)."""
    schema, tables = design("As a courier I want to log deliveries with the kilometres and the fee.")
    assert {"kilometres", "fee"} <= _columns(tables, "deliveries") and "kilometres" not in tables
    applies(dbs, schema, tables)


def test_a_noun_and_an_adjective_share_no_head(dbs):
    """'a tenant, rent and remaining months': the rent and the remaining months (a 'rent_months' column
    had been made)."""
    schema, tables = design("Each lease has a tenant, rent and remaining months.")
    assert {"rent", "remaining_months"} <= _columns(tables, "leases") and "rent_months" not in _columns(tables, "leases")
    applies(dbs, schema, tables)
