"""A person a thing has (docs/nl-dev-split.md, stop 51, round 7: from my food-truck text of round 5; tested
with other texts). Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_a_person_a_thing_has_is_one_of_the_people_kept(dbs):
    """'each truck has a driver', 'each exhibition has a curator': a person is no field of the thing (it had
    been a text column 'driver'): a table of them, and the thing refers to one."""
    for text, thing, person in (("Each truck has a driver and a license plate. Trucks visit depots.", "trucks", "drivers"),
                                ("Each exhibition has a curator and an opening date.", "exhibitions", "curators")):
        schema, tables = design(text)
        assert person in tables and (person[:-1] + "_id", person) in references(tables[thing]), (text, sorted(tables))
        applies(dbs, schema, tables)


def test_a_role_of_the_people_kept_in_general_is_no_table_of_its_own(dbs):
    """'Members post messages. Each message has a sender …': the sender is one of the members."""
    schema, tables = design("Members post messages. Each message has a sender and a body.")
    assert "senders" not in tables, sorted(tables)
    applies(dbs, schema, tables)


def test_one_that_can_participate_in_many_is_paired_with_them(dbs):
    """'a lab can participate in many studies': participating is joining (cues.ASSOCIATION_VERBS), each
    study has many labs too (it had been one lab's studies)."""
    schema, tables = design("Studies have a title. A lab can participate in many studies. Labs have a name.")
    assert any({("lab_id", "labs"), ("study_id", "studies")} <= references(t) for t in tables.values()), sorted(tables)
    applies(dbs, schema, tables)


def test_one_sent_or_assigned_to_one_or_more_is_paired_with_them(dbs):
    """'each sample is sent to one or more labs', 'each employee can be assigned to one or more projects': a
    passive to many things pairs the two, as 'to several' did (each lab had had one sample, each project one
    employee)."""
    for text, a, b in (("Each sample is sent to one or more labs. Labs have a city.", "samples", "labs"),
                       ("Each employee can be assigned to one or more projects. Projects have a budget.", "employees",
                        "projects")):
        schema, tables = design(text)
        assert any({(a[:-1] + "_id", a), (b[:-1] + "_id", b)} <= references(t) for t in tables.values()), sorted(tables)
        applies(dbs, schema, tables)


def test_listed_owners_own_the_first_listed_thing(dbs):
    """'a farrier's app: horses, owners, shoeings and invoices': the horses are the owners' (each shoeing had
    referred to an owner, the horses to no one)."""
    schema, tables = design("a system for a farrier to track horses, owners, shoeings and invoices")
    assert ("owner_id", "owners") in references(tables["horses"]), sorted(tables)
    applies(dbs, schema, tables)


def test_a_listed_occurrence_named_after_an_act_refers_to_the_things_listed_before_it(dbs):
    """'vans, drivers and service orders', 'parts, suppliers and purchase orders': an order named after an act is
    an act of the list ('order' alone is first a command in WordNet, so they had referred to nothing)."""
    schema, tables = design("a fleet app with vans, drivers and service orders")
    assert {("van_id", "vans"), ("driver_id", "drivers")} <= references(tables["service_orders"]), sorted(tables)
    applies(dbs, schema, tables)
