"""What a story's role books, and whom with (docs/nl-dev-split.md, stop 54, round 9: from four fresh user stories
of mine — a sports club, a warehouse, a physiotherapy practice, dog licences), each tested with other texts than
the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_what_a_busy_role_books_refers_to_it(dbs):
    """'As a student, I want to book a lesson with a tutor. As a tutor, I want to set homework for the
    student': the lesson is the student's (only an idle role's records had referred to it)."""
    schema, tables = design("As a student, I want to book a lesson with a tutor. As a tutor, I want to set homework "
                            "for the student.")
    assert {("student_id", "students"), ("tutor_id", "tutors")} <= set(references(tables["lessons"]))
    applies(dbs, schema, tables)


def test_the_person_an_occasion_is_with(dbs):
    """'guests book a tour with a guide', 'each lesson is with an instructor': the guide and the instructor are
    tables the occasions refer to (they had been text columns, or lost); not 'the caller's phone number'."""
    schema, tables = design("Guests book a tour with a guide.")
    assert ("guide_id", "guides") in references(tables["tours"]) and "guide" not in _columns(tables, "tours")
    applies(dbs, schema, tables)
    schema, tables = design("Each lesson is with an instructor.")
    assert ("instructor_id", "instructors") in references(tables["lessons"])
    applies(dbs, schema, tables)
    schema, tables = design("As a call-taker, I want to log every emergency call with the caller's phone number.")
    assert "callers" not in tables
    applies(dbs, schema, tables)
