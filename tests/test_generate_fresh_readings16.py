"""Readings the generator got wrong on the forty-ninth batch of fresh-domain texts (tests/fixtures/nl-fresh,
docs/nl-dev-split.md, stop 73). Each construction is tested over several nouns, with other texts than the
fixtures that showed it; each design is applied on the server."""

import pytest

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


@pytest.mark.parametrize("text, table, column", [
    ("Tables:\n- project (key text unique, name)\n- flag (project_id -> project, key text, archived bool)\n",
     "flags", "key"),
    ("Tables:\n- store (name, city)\n- setting (store_id -> store, key text, value text)\n", "settings", "key"),
    ("Table: pages - columns: id, title, index int, check (bool)", "pages", "index"),
])
def test_a_column_named_like_a_keyword(dbs, text, table, column):
    """'key text', 'index int', 'check (bool)': a column whose name is also a constraint's keyword is a column
    (the whole table had been lost when its list had one item fewer than it read)."""
    schema, tables = design(text)
    assert table in tables and column in columns(tables[table]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, absent", [
    ("Table: pages - columns: id, title, slug, KEY (slug), INDEX by_title (title)", "pages", {"key", "index"}),
    ("Table: bookings - columns: id, starts_at timestamptz, ends_at timestamptz, CHECK (ends_at > starts_at)",
     "bookings", {"check", "check_value"}),
])
def test_a_constraint_is_no_column(dbs, text, table, absent):
    """'KEY (slug)', 'INDEX by_title (title)', 'CHECK (…)': a keyword before a parenthesised list of columns or an
    expression is a constraint, no column."""
    schema, tables = design(text)
    assert not absent & set(columns(tables[table])), columns(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, column, values", [
    ("Tables:\n- store (name, city)\n- flag (store_id -> store, kind enum(boolean, multivariate), archived bool)\n",
     "flags", "kind", ("boolean", "multivariate")),
    ("Tables:\n- form (title)\n- field (form_id -> form, type enum(text, date, integer), label text)\n",
     "fields", "type", ("text", "date", "integer")),
])
def test_enum_values_that_are_type_words(dbs, text, table, column, values):
    """'kind enum(boolean, multivariate)': the values of an enum are values even when one is a type's name (the
    column had become a boolean)."""
    schema, tables = design(text)
    assert columns(tables[table])[column].type != "boolean", columns(tables[table])[column].type
    checks = [c.expression for c in tables[table].checks if column in c.expression]
    assert checks and all(f"'{v}'" in checks[0] for v in values), tables[table].checks
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, person, thing", [
    ("A scaffolding firm erects scaffolds for builders at their sites and inspects every scaffold weekly.",
     "builders", "scaffolds"),
    ("We print catalogues for publishers every season.", "publishers", "catalogues"),
])
def test_a_person_named_by_what_they_do(dbs, text, person, thing):
    """'erects scaffolds for builders': a noun in -er on a verb with a person sense (WordNet files 'builder' as a
    detergent's first) is a person the things are for, a table (it had been listed as mentioned only)."""
    schema, tables = design(text)
    assert person in tables and thing in tables, sorted(tables)
    assert (person[:-1] + "_id", person) in references(tables[thing]), references(tables[thing])
    applies(dbs, schema, tables)


def test_a_role_of_the_users_stays_a_user():
    """'users ask questions … moderators can close a question': with users kept, a person in a role is one of them,
    not a table of its own."""
    schema, tables = design("Users ask questions and write answers. Moderators can close a question.")
    assert "moderators" not in tables, sorted(tables)
