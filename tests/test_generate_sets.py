"""Closed sets and uniqueness said in more ways (docs/nl-dev-split.md, stop 25): a set of kinds is a
type and a set of states a status ('rooms are single, double or suite' / 'orders can be cancelled,
shipped or delivered'), a property said alone ('Visibility is public or private'), a field named by
its verb ('prioritized as P1, P2 or P3'), a life told in steps ('starts as pending, becomes active
…, and ends as repaid or defaulted'), sets named apart from their field ('three plans - basic, pro
and enterprise', 'What kinds of accounts are there? …'), 'a priority: low/medium/high', 'each ISBN
appears only once', 'every plate number is distinct' and 'a member can only review a book once'.
Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def checks(table):
    return " ".join(c.expression for c in table.checks)


def test_kinds_are_a_type_and_states_a_status(dbs):
    schema, tables = design("Rooms have a number. Rooms are single, double or suite. Orders have a total. "
                            "Orders can be cancelled, shipped or delivered. Shifts have a date. "
                            "A shift is morning, afternoon or evening.")
    assert "type IN ('single', 'double', 'suite')" in checks(tables["rooms"])
    assert "status IN ('cancelled', 'shipped', 'delivered')" in checks(tables["orders"])
    assert "type IN ('morning', 'afternoon', 'evening')" in checks(tables["shifts"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_fields_said_alone_by_their_verb_and_by_steps(dbs):
    schema, tables = design("Posts have a title. Visibility is public or private. Bugs are prioritized as "
                            "P1, P2 or P3. Bugs have a title. Hotels are graded as budget, standard or luxury. "
                            "A loan starts as pending, becomes active when funded, and ends as repaid or "
                            "defaulted. Loans have an amount. Claims have an amount and a status that goes "
                            "from submitted to under review and then to paid or denied.")
    assert "visibility IN ('public', 'private')" in checks(tables["posts"])
    assert "priority IN ('p1', 'p2', 'p3')" in checks(tables["bugs"])
    assert "grade IN ('budget', 'standard', 'luxury')" in checks(tables["hotels"])
    assert "status IN ('pending', 'active', 'repaid', 'defaulted')" in checks(tables["loans"])
    assert "status IN ('submitted', 'under_review', 'paid', 'denied')" in checks(tables["claims"])
    assert "paid" not in columns(tables["claims"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_sets_named_apart_from_their_field(dbs):
    """The count must match the values: 'three rooms, a kitchen and a garden' closes nothing."""
    schema, tables = design("We support three plans - basic, pro and enterprise. Customers have a name and "
                            "a plan. What kinds of accounts are there? Checking and savings. Accounts have a "
                            "number and a balance. Tasks have a name and a priority: low/medium/high.")
    assert "plan IN ('basic', 'pro', 'enterprise')" in checks(tables["customers"])
    assert "type IN ('checking', 'savings')" in checks(tables["accounts"])
    assert "priority IN ('low', 'medium', 'high')" in checks(tables["tasks"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Houses have an address and a kind. The house has three kinds, a kitchen and a garden.")
    assert "kind IN" not in checks(tables["houses"])


def test_uniqueness_said_of_one_field_and_of_a_pair(dbs):
    """'only once per order' is one per order, no pair."""
    schema, tables = design("Cars have a plate number. Every plate number is distinct. Books have an ISBN, "
                            "and each ISBN appears only once. Members review books. A member can only review "
                            "a book once. Reviews have a rating.")
    assert "plate_numbers" not in tables and "isbns" not in tables
    assert ("plate_number",) in [u.columns for u in tables["cars"].uniques]
    assert ("isbn",) in [u.columns for u in tables["books"].uniques]
    assert ("member_id", "book_id") in [u.columns for u in tables["reviews"].uniques]
    assert columns(tables["reviews"])["rating"].type == "integer"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Customers order meals. Customers can review a restaurant, but only once per order. "
                            "Reviews have a comment.")
    assert "reviews" in tables and all(len(u.columns) == 1 for u in tables["reviews"].uniques)
