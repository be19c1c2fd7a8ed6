"""What people do to things and what they record of it (docs/nl-dev-split.md, stop 52, round 1: fresh texts of
mine — a car rental, a lab, a league, an estate agency, online courses, parking; tested with other texts than
the ones that showed each fault). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_plural_label_over_a_clause_titles_it(dbs):
    """'language courses: teachers run courses made of units, …': the label titles the clause after it (its
    items had been read as the courses' fields: courses referred to the exercises, which lost theirs)."""
    schema, tables = design("language courses: teachers run courses made of units, units contain exercises "
                            "(prompt, answer key).")
    assert ("exercise_id", "exercises") not in references(tables["courses"]), columns(tables["courses"])
    assert ("unit_id", "units") in references(tables["exercises"])
    assert {"prompt", "answer_key"} <= set(columns(tables["exercises"]))   # (one adjective-like item of two
    applies(dbs, schema, tables)                                            # made them kinds, and lost them)


def test_a_participle_after_had_things_is_no_part_of_their_name(dbs):
    """'Tasks may have several comments added': the comments, added (a table 'comments_addeds' had been made)."""
    schema, tables = design("Tasks may have several comments added. Tasks have a title.")
    assert set(tables) == {"tasks", "comments"} and ("task_id", "tasks") in references(tables["comments"])
    applies(dbs, schema, tables)
    schema, tables = design("Quizzes have a title, and the points awarded.")   # a field of one record stays one
    assert "points_awarded" in columns(tables["quizzes"])


def test_a_role_anyone_fills_is_no_customer(dbs):
    """'Each store has … a supervisor. Customers buy …': a store's supervisor is no customer (the only people
    table had been taken for every such role)."""
    schema, tables = design("Each store has a phone number and a supervisor. Customers buy products at a store.")
    assert ("supervisor_id", "customers") not in references(tables["stores"]), columns(tables["stores"])
    assert "supervisor" in columns(tables["stores"])
    applies(dbs, schema, tables)


def test_what_people_note_after_acting_on_a_thing_is_of_the_act(dbs):
    """'Surveyors inspect bridges and note the condition …': the second verb of the same people (tagged a noun
    before 'the', its fields were lost); 'technicians run tests on samples and record the result value …': the
    tests' (they had gone to the technicians)."""
    schema, tables = design("Surveyors inspect bridges and note the condition and the defects found.")
    assert {"condition", "defects_found"} <= set(columns(tables["inspections"])), sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("Nurses run checks on residents and record the pulse and the blood pressure. "
                            "Residents have a name and a room.")
    assert {"pulse", "blood_pressure"} <= set(columns(tables["checks"])), sorted(tables)
    assert not {"pulse", "blood_pressure"} & set(columns(tables["nurses"]))
    applies(dbs, schema, tables)


def test_when_a_thing_was_done_between_parties(dbs):
    """'Fixtures are played between two clubs on a date': the date it was played (a phrase between the verb
    and the date had hidden it)."""
    schema, tables = design("Fixtures are played between two clubs on a date.")
    assert "played_on" in columns(tables["fixtures"]), columns(tables["fixtures"])
    applies(dbs, schema, tables)


def test_the_time_a_booked_thing_starts(dbs):
    """'Clients book lessons with an instructor at a date and time': when the lesson starts (it had gone to
    the clients, and the lesson had a second time of its own)."""
    schema, tables = design("Clients book lessons with an instructor at a date and time.")
    assert "starts_at" in columns(tables["lessons"]) and "occurred_at" not in columns(tables["lessons"])
    assert "starts_at" not in columns(tables["clients"])
    applies(dbs, schema, tables)


def test_a_lister_who_is_a_person_in_some_sense(dbs):
    """'Operators list tours': each tour is one operator's, as 'landlords list apartments' (an operator is a
    person only in a later WordNet sense: a pair table had been made)."""
    schema, tables = design("Operators list tours. A tour has a name and a price.")
    assert ("operator_id", "operators") in references(tables["tours"]) and len(tables) == 2, sorted(tables)
    applies(dbs, schema, tables)


def test_things_filed_under_words_share_them(dbs):
    """'Photos are tagged (beach, family, holiday)', 'articles can be labelled with topics': a table of the
    words, their names unique, paired with the things (the examples had been a field's values, 'tagged___beach';
    the topics a text column). 'Labelled as explicit or clean' still gives a field's values."""
    for text, thing, words in (("Photos have a caption. Photos are tagged (beach, family, holiday).", "photos", "tags"),
                               ("Articles have a headline. Articles can be labelled with topics.", "articles", "topics")):
        schema, tables = design(text)
        pair = next(t for n, t in tables.items() if n not in (thing, words))
        assert {r[1] for r in references(pair)} == {thing, words}, (text, sorted(tables))
        assert not {c for c in columns(tables[thing]) if c.startswith(("type", "topics"))}
        applies(dbs, schema, tables)
    schema, tables = design("Songs have a title. Songs are labelled as explicit or clean.")
    assert set(tables) == {"songs"}
