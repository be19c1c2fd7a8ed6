"""Records of acts on one thing at a time, and people written down on records (docs/nl-dev-split.md, stop 54,
round 7: from the round-6 laptop loan desk), each tested with other texts than the one that showed it. Each
design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_people_who_act_on_one_thing_at_a_time_are_in_the_record_of_the_act(dbs):
    """'members borrow a bike for a day; a loan has a start time …': each loan refers to the member and the
    bike (each member had referred to one bike, and the loans to no bike)."""
    schema, tables = design("Each bike has a frame number. Members borrow a bike for a day; a loan has a start time "
                            "and a return time.")
    assert {("member_id", "members"), ("bike_id", "bikes")} <= set(references(tables["loans"]))
    assert "bike_id" not in _columns(tables, "members")
    applies(dbs, schema, tables)


def test_who_is_recorded_on_each_record(dbs):
    """'the nurse who takes the blood sample is recorded on each visit', 'drivers who pick up children are
    logged on each trip': the record names them (each nurse had referred to one visit; the drivers had been
    lost)."""
    schema, tables = design("Visits have a date. The nurse who takes the blood sample is recorded on each visit.")
    assert ("nurse_id", "nurses") in references(tables["visits"]) and "visit_id" not in _columns(tables, "nurses")
    applies(dbs, schema, tables)
    schema, tables = design("Trips have a date. Drivers who pick up children are logged on each trip.")
    assert ("driver_id", "drivers") in references(tables["trips"])
    applies(dbs, schema, tables)


def test_a_value_people_log_against_things_is_kept_per_pair(dbs):
    """'consultants log hours against clients', 'technicians log minutes against jobs': one row per entry of
    the two (the hours had been each consultant's own field; the jobs sentence had been rewritten as periodic
    readings because the clause after the comma ended with 'monthly')."""
    schema, tables = design("Consultants log hours against clients. Clients have a name.")
    pair = next(name for name in tables if {"consultant_id", "client_id"} <= _columns(tables, name))
    assert "hours" in _columns(tables, pair) and "hours" not in _columns(tables, "consultants")
    applies(dbs, schema, tables)
    schema, tables = design("tracker - technicians log minutes against jobs and parts, supervisors sign reports "
                            "monthly")
    assert "readings" not in tables and "supervisors" in tables
    assert any({"technician_id", "job_id", "minutes"} <= _columns(tables, name) for name in tables)
    applies(dbs, schema, tables)


def test_what_values_are_logged_against_is_kept(dbs):
    """'employees log hours against projects and tasks': the projects and the tasks are tables (they had been
    lost when the text said nothing else of them), and the hours are kept per employee and project."""
    schema, tables = design("Employees log hours against projects and tasks.")
    assert {"projects", "tasks"} <= set(tables)
    assert any({"employee_id", "project_id", "hours"} <= _columns(tables, name) for name in tables)
    applies(dbs, schema, tables)
