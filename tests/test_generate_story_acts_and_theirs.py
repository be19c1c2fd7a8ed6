"""What a story's act is for, and fields said with 'and their' (docs/nl-dev-split.md, stop 54, round 6: from
the round-5 stories — internships, a library), each tested with other texts than the ones that showed it.
Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_what_a_storys_act_is_for_and_what_it_is_made_with(dbs):
    """'As an artist I can apply to an exhibition with my portfolio and a statement': the application refers to
    the exhibition and has the portfolio and the statement (all three had been 'mentioned, not modelled')."""
    schema, tables = design("As an artist I can apply to an exhibition with my portfolio and a statement.")
    assert ("exhibition_id", "exhibitions") in references(tables["applications"])
    assert {"portfolio", "statement"} <= _columns(tables, "applications")
    applies(dbs, schema, tables)


def test_fields_said_with_and_their(dbs):
    """'see my routes and their distances', 'track machines and their serial numbers': the things' fields
    (nothing had been read; the routes had been lost); 'list their subjects and their hourly rate': both
    the subject's, not the subjects' rate."""
    schema, tables = design("As a driver I want to see my routes and their distances.")
    assert ("driver_id", "drivers") in references(tables["routes"])
    assert any(c.startswith("distance") for c in _columns(tables, "routes"))
    applies(dbs, schema, tables)
    schema, tables = design("We track machines and their serial numbers.")
    assert "serial_number" in _columns(tables, "machines")
    applies(dbs, schema, tables)
    schema, tables = design("Tutors list their subjects and their hourly rate.")
    assert "hourly_rate" not in _columns(tables, "subjects")
    applies(dbs, schema, tables)


def test_one_of_each_said_of_people_is_theirs_not_a_tie_between_the_two(dbs):
    """'courses run at several campuses. Students are enrolled in exactly one course at one campus': each
    student's course and campus; the course–campus pair stays (a course had referred to one campus, and the
    pair had been dropped as if the students were its record); 'campuses' is the plural of one campus (a
    'campus' and a 'campuses' table had both been made)."""
    schema, tables = design("Courses run at several campuses. Students are enrolled in exactly one course at one "
                            "campus, with a start date.")
    assert "campuses" in tables and "campus" not in tables
    assert "campus_id" not in _columns(tables, "courses")
    assert any({("course_id", "courses"), ("campus_id", "campuses")} <= set(references(t))
               for name, t in tables.items() if name != "students")
    assert {("course_id", "courses"), ("campus_id", "campuses")} <= set(references(tables["students"]))
    applies(dbs, schema, tables)
