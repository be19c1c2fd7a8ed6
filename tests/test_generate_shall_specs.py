"""Long specs in the 'the system shall …' manner (docs/nl-dev-split.md, stop 57, round 4: a twelfth batch of
paraphrases — the car rental, the blog and the timetable as specs), each construction tested with other texts
than the ones that showed it. Each design is applied on the server."""

from ai_schema.targets import render
from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_every_thing_in_a_place_and_its_list(dbs):
    """'The system shall record every boat in the marina: hull number (unique), name, length': the boats'
    fields (the marina names no table)."""
    schema, tables = design("The system shall record every boat in the marina: hull number (unique), name, length "
                            "and engine type.")
    assert {"hull_number", "length", "engine_type"} <= _columns(tables, "boats")
    applies(dbs, schema, tables)


def test_one_or_more_compound_records_against_a_thing(dbs):
    """'file one or more incident reports against the shift, each with …': the reports (not a verb
    'reports'), each the shift's."""
    schema, tables = design("Shifts have a date. Guards shall file one or more incident reports against the shift, "
                            "each with a description and a severity.")
    assert ("shift_id", "shifts") in references(tables["incident_reports"])
    assert "description" in _columns(tables, "incident_reports")
    applies(dbs, schema, tables)


def test_values_of_a_field_of_two_words(dbs):
    """'Boats have a hull type. Allowed hull types are monohull, catamaran and trimaran.' and 'The hull type
    is …': the field's closed set."""
    for text in ("Boats have a name and a hull type. Allowed hull types are monohull, catamaran and trimaran.",
                 "Boats have a name and a hull type. The hull type is monohull, catamaran or trimaran."):
        schema, tables = design(text)
        assert "'catamaran'" in render(schema)
        applies(dbs, schema, tables)


def test_a_role_that_is_itself_one_of_the_things(dbs):
    """'Each folder can belong to a parent folder, which is itself a folder': a reference to the folders."""
    schema, tables = design("Folders have a name. Each folder can belong to a parent folder, which is itself a folder.")
    assert any(target == "folders" for _, target in references(tables["folders"]))
    assert "parent_folders" not in tables
    applies(dbs, schema, tables)


def test_identified_by_and_valid_between_dates(dbs):
    """'A licence is identified by a code (e.g. "L-7") and is valid from one date to another': the licences,
    a unique code, and the two dates."""
    schema, tables = design('A licence is identified by a code (e.g. "L-7"). Each licence is valid from one date to '
                            'another.')
    assert {"code", "valid_from_date", "valid_to_date"} <= _columns(tables, "licences")
    applies(dbs, schema, tables)


def test_one_run_under_a_thing(dbs):
    """'A sitting is one session of a course under one timetable': the sitting refers to both."""
    schema, tables = design("Courses have a name. Timetables have a term. A sitting is one session of a course under "
                            "one timetable, with a room.")
    assert ("timetable_id", "timetables") in references(tables["sittings"])
    applies(dbs, schema, tables)


def test_both_unique_and_when_it_was_done(dbs):
    """'… a handle and an email, both unique', 'the date and time it was posted', 'a visit counter': two unique
    fields, one timestamp, a count."""
    schema, tables = design("Members have a handle and an email, both unique. A note has a body, the date and time it "
                            "was posted and a visit counter.")
    text = render(schema)
    assert "UNIQUE (handle)" in text and "UNIQUE (email)" in text
    assert "posted_at" in _columns(tables, "notes") and "date" not in _columns(tables, "notes")
    assert "visit_counter integer" in text
    applies(dbs, schema, tables)
