"""Objects of user stories and list items the generator misread, written by me (docs/nl-dev-split.md, stop 49,
round 2: from the same twelve fresh texts as round 1), each tested with other texts than the ones that showed
it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_second_verb_after_and(dbs):
    """'I can open a project and add tasks with a due date': 'add' is the second verb (an 'add_tasks' table had
    been made)."""
    schema, tables = design("As a manager, I can open a project and add tasks with a due date and an estimate.")
    assert "tasks" in tables and not any(name.startswith("add_") for name in tables)
    assert "due_date" in _columns(tables, "tasks")
    applies(dbs, schema, tables)


def test_the_second_object_made_for_each(dbs):
    """'record drivers and the permit for each truck, with a start date and a fee': the permit is kept too
    (only the first object had been)."""
    schema, tables = design("As an owner I want to record drivers and the permit for each truck, with a "
                            "start date and a yearly fee.")
    assert "permits" in tables and ("truck_id", "trucks") in references(tables["permits"])
    assert {"start_date", "yearly_fee"} <= _columns(tables, "permits")
    applies(dbs, schema, tables)


def test_an_object_ends_with_its_list_item(dbs):
    """'boats with a length, skippers assigned to boats, and repairs with a cost': the repairs are another item
    of the list, not a second thing the skippers are assigned to (a skipper-repair table had been made)."""
    schema, tables = design("marina log - boats with a name and a length, skippers assigned to boats, and repairs "
                            "with a date and a cost")
    assert "repairs" in tables and {"date", "cost"} <= _columns(tables, "repairs")
    assert not any("skipper_id" in {c.name for c in t.columns} and "repair_id" in {c.name for c in t.columns}
                   for t in tables.values())
    applies(dbs, schema, tables)


def test_two_bounds_of_one_count(dbs):
    """'rooms with min/max guests', 'a minimum and maximum number of players': two counts of the thing (a
    'guests' table with a type min or max had been made)."""
    schema, tables = design("Escape room bookings: rooms with min/max guests and a duration, bookings of a room.")
    assert {"min_guests", "max_guests"} <= _columns(tables, "rooms") and "guests" not in tables
    schema2, tables2 = design("Courses have a minimum and maximum number of students.")
    assert {"min_students", "max_students"} <= _columns(tables2, "courses")
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)
