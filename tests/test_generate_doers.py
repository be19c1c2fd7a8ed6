"""Who does what to which record (docs/nl-dev-split.md, stop 22): one thing handed to each of many
('assign a truck and a driver to each load'), people who act on a record ('a pharmacist fills a
prescription'), an act's passive agent and the party it is for ('prescriptions are written by doctors
for patients'), booking one thing ('members book a court'). Each design is applied on the server."""

from ai_schema.generate import lexicon
from ai_schema.targets import render
from test_generate import apply_in_fresh_database
from test_generate_phrases import design, references


def test_one_thing_handed_to_each_of_many_is_referenced_by_each(dbs):
    schema, tables = design("Trucks have a plate. Drivers have a name. Loads have a weight. "
                            "Dispatchers assign a truck and a driver to each load.")
    assert {("truck_id", "trucks"), ("driver_id", "drivers")} <= references(tables["loads"])
    _, story = design("As a dispatcher I want to assign a truck and a driver to each load.")
    assert {"trucks", "drivers", "loads"} <= set(story)                       # handed out: things
    assert {("truck_id", "trucks"), ("driver_id", "drivers")} <= references(story["loads"])
    _, school = design("The school issues a laptop to every student.")
    assert ("laptop_id", "laptops") in references(school["students"])
    assert "schools" not in school or not references(school["schools"])     # the giver keeps none
    _, values = design("Tickets have a subject. Agents set a priority for each ticket.")
    assert "priorities" not in values                                        # a value, not a thing
    assert apply_in_fresh_database(dbs, render(schema)) == set(tables)


def test_people_who_act_on_a_record_are_named_by_it(dbs):
    schema, tables = design("Pharmacy system\n"
                            "- prescriptions are written by doctors for patients\n"
                            "- patients have a name and a date of birth\n"
                            "- a pharmacist fills a prescription\n")
    assert {("doctor_id", "doctors"), ("patient_id", "patients"), ("pharmacist_id", "pharmacists")} <= \
        references(tables["prescriptions"])
    assert not references(tables["doctors"])                                 # "for patients": the act's
    _, users = design("Users write posts. An editor approves a post before it is published.")
    assert "editors" not in users                                            # with users, a role of them
    _, club = design("A tennis club. Members book a court for a date and an hour.")
    assert {("member_id", "members"), ("court_id", "courts")} <= references(club["bookings"])
    assert apply_in_fresh_database(dbs, render(schema)) == set(tables)


def test_thing_nouns_come_from_wordnet():
    assert {"truck", "laptop", "locker", "bike"} <= lexicon.thing_nouns()
    assert not {"priority", "deadline", "deposit", "court"} & lexicon.thing_nouns()   # a court of law first
