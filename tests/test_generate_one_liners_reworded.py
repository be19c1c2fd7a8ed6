"""One-liners and stories the generator misread when the build cases' facts were said in other words
(docs/nl-dev-split.md, stop 56, round 3: paraphrases of the build one-liners and the Q&A notes), each
tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_persons_listed_with_fields_are_a_table(dbs):
    """'address book: persons with a phone number and an email': people with fields of their own (the text
    had been refused: no entities)."""
    schema, tables = design("address book: persons with a phone number and an email")
    assert {"phone_number", "email"} <= _columns(tables, "people")
    applies(dbs, schema, tables)


def test_kinds_before_a_compound_name_the_first_word_s_kinds(dbs):
    """'our water and electricity meter readings': readings of meters of two kinds, not two tables of
    readings."""
    schema, tables = design("log our water and electricity meter readings each week")
    assert set(tables) == {"meters", "readings"}, sorted(tables)
    assert ("meter_id", "meters") in references(tables["readings"])
    assert "meter_type" in _columns(tables, "meters")
    applies(dbs, schema, tables)


def test_a_second_verb_after_a_pronoun_object(dbs):
    """'… rate them and write reviews on them': the reviews are a thing too."""
    schema, tables = design("a site where members share recipes and other members rate them and write reviews "
                            "on them")
    assert "reviews" in tables
    applies(dbs, schema, tables)


def test_a_history_with_its_fields_is_rows_of_one_owner(dbs):
    """'Each driver has a licence history (licence class, issue date and expiry date)': many rows per
    driver, with those fields (it had been one text column)."""
    schema, tables = design("Each driver has a licence history (licence class, issue date and expiry date).")
    assert ("driver_id", "drivers") in references(tables["licence_histories"])
    assert {"licence_class", "issue_date", "expiry_date"} <= _columns(tables, "licence_histories")
    assert not references(tables["drivers"])
    applies(dbs, schema, tables)


def test_a_story_role_s_own_account(dbs):
    """'As a reader I want an account with a unique nickname …': the reader's own record, not a table of
    accounts beside the readers."""
    schema, tables = design("As a reader I want an account with a unique nickname and an email. As a reader I "
                            "want to borrow books.")
    assert "accounts" not in tables and "nickname" in _columns(tables, "readers")
    applies(dbs, schema, tables)
