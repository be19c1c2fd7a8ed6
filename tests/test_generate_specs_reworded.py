"""Specs, bullets and stories the generator misread when the build cases' facts were said in other words
(docs/nl-dev-split.md, stop 56, round 4: the third batch of paraphrases — a food-delivery spec, car-rental
stories, a bug-tracker spec, one-liners), each tested with other texts than the ones that showed it. Each
design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_one_who_signs_up_with_fields_is_a_thing(dbs):
    """'A member signs up with an email and a phone number' (the text had been refused)."""
    schema, tables = design("A member signs up with an email and a phone number.")
    assert {"email", "phone_number"} <= _columns(tables, "members")
    applies(dbs, schema, tables)


def test_labels_defined_with_fields_are_a_table(dbs):
    """'Each team defines labels with a name and a colour': labels, a word that mostly names a field, are
    things here (they had been lost)."""
    schema, tables = design("Each team defines labels with a name and a colour. Teams have a name.")
    assert ("team_id", "teams") in references(tables["labels"]) and "colour" in _columns(tables, "labels")
    applies(dbs, schema, tables)


def test_points_on_a_scale_are_no_table(dbs):
    """'review a stay once, with 1 to 10 points': a rating's scale, no table of points."""
    schema, tables = design("Guests book stays. A guest can review a stay once, with 1 to 10 points and a comment.")
    assert "points" not in tables and "reviews" in tables
    applies(dbs, schema, tables)


def test_a_place_named_by_what_happens_there(dbs):
    """'the depot where the van is loaded' is a reference by role ('the load depot'), and the list goes on;
    'with the loading depot and the unloading depot, the date …': two references, then the fields."""
    schema, tables = design("Vans have a plate. Depots have a name. I want to log each trip with the depot where the "
                            "van is loaded, the date and the distance.")
    assert {"date", "distance"} <= _columns(tables, "trips")
    applies(dbs, schema, tables)
    schema, tables = design("Vans have a plate. Depots have a name. I want to log each trip for one driver, with the "
                            "loading depot and the unloading depot, the date and the distance.")
    assert {("loading_depot_id", "depots"), ("unloading_depot_id", "depots")} <= references(tables["trips"])
    assert {"date", "distance"} <= _columns(tables, "trips")
    applies(dbs, schema, tables)


def test_a_possessive_before_an_adjective_and_a_field(dbs):
    """'each patient's full name, blood type and allergies': the patient's fields."""
    schema, tables = design("Patients see doctors. As a nurse I want to know each patient's full name, blood type and "
                            "allergies.")
    assert {"blood_type", "allergies"} <= _columns(tables, "patients")
    applies(dbs, schema, tables)


def test_like_among_a_subject_s_verbs(dbs):
    """'Students upload essays, like essays and comment on essays': 'like' is a verb there (likes)."""
    schema, tables = design("Students upload essays, like essays and comment on essays.")
    assert references(tables["likes"]) == {("essay_id", "essays"), ("student_id", "students")}
    applies(dbs, schema, tables)
