"""Answers that name things and their fields ('Which things? …', 'Anything about volunteers? …'), a number
of others a question asks about, 'more than one' said of one thing, and a column list's type after a
name (docs/nl-dev-split.md, stop 55, round 5: from fresh technical and question-and-answer texts of mine),
each tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_answers_naming_things_and_their_fields(dbs):
    """'Which things? Rooms, guests, stays.' and 'Anything about guests? Name, phone …': the things kept and
    the fields of one of them (the fields had been lost); 'How do they relate?' says nothing itself."""
    schema, tables = design("1. Which things? Rooms, guests, stays. 2. How do they relate? Each stay is in one room; "
                            "guests book stays. 3. Anything about guests? Name, phone, and their passport number. "
                            "4. Anything about rooms? Number, floor, nightly rate.")
    assert {"rooms", "guests", "stays"} <= set(tables)
    assert {"phone", "passport_number"} <= _columns(tables, "guests")
    assert {"floor", "nightly_rate"} <= _columns(tables, "rooms")
    applies(dbs, schema, tables)


def test_no_to_a_question_of_two(dbs):
    """'Can a lesson have two teachers? No, always one.': each lesson has its teacher (the answer's 'one' had
    been left after the statement)."""
    schema, tables = design("Lessons have a date. Can a lesson have two teachers? No, always one.")
    assert ("teacher_id", "teachers") in references(tables["lessons"])
    applies(dbs, schema, tables)


def test_more_than_one_of_a_thing(dbs):
    """'Does a coach work at more than one club? Yes', 'a nurse can work at more than one clinic': many of
    each (the coaches had been lost)."""
    schema, tables = design("Does a coach work at more than one club? Yes, some work at two.")
    assert references(tables["coach_clubs"]) == {("coach_id", "coaches"), ("club_id", "clubs")}
    applies(dbs, schema, tables)
    schema, tables = design("A nurse can work at more than one clinic.")
    assert references(tables["nurse_clinics"]) == {("nurse_id", "nurses"), ("clinic_id", "clinics")}
    applies(dbs, schema, tables)


def test_a_type_after_a_name_in_a_typed_column_list(dbs):
    """'[id serial pk, mrn text unique, full_name text, dob date]': dob is a date (a dob_date column had been
    made); 'Tournament (name, start date, end date)' keeps its start_date (a list of names, not types)."""
    schema, tables = design("tables:\n  - name: members\n    columns: [id serial pk, card_no text unique, "
                            "full_name text, joined date]\n")
    cols = {c.name: c for c in tables["members"].columns}
    assert "joined" in cols and cols["joined"].type == "date" and "joined_date" not in cols
    applies(dbs, schema, tables)
    schema, tables = design("Objects: Season (name, start date, end date), Team (name, coach).")
    assert {"start_date", "end_date"} <= _columns(tables, "seasons")
    applies(dbs, schema, tables)
