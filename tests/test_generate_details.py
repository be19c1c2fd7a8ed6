"""What a text says of a thing's details (docs/nl-dev-split.md, stop 51, round 12: fresh attribute wordings of
mine; tested with other texts). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_things_details_are_its_fields(dbs):
    """'a supplier's contact details include …', 'a donor's details are …': the possessor's fields (a table
    'details' had been made, and a CHECK listing the fields as values)."""
    for text, table, wanted in (("A supplier's contact details include a phone, an email and a contact person.",
                                 "suppliers", {"phone", "email", "contact_person"}),
                                ("A donor's details are name, address and blood group.", "donors",
                                 {"name", "address", "blood_group"})):
        schema, tables = design(text)
        assert set(tables) == {table} and wanted <= set(columns(tables[table])), (text, sorted(tables))
        assert not tables[table].checks or not any("'address'" in c.expression for c in tables[table].checks)
        applies(dbs, schema, tables)


def test_a_plurals_possessive_is_each_ones(dbs):
    """"Donors' details are …", "the players' scores": an apostrophe after a plural's s is its possessive (it
    had opened a quoted string running to the next apostrophe, and the text's things were lost)."""
    schema, tables = design("Donors' details are name, address and blood group. Donations have a volume.")
    assert {"name", "address", "blood_group"} <= set(columns(tables["donors"])), sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("We record the players' scores and their positions. Players belong to teams.")
    assert set(tables) == {"players", "teams"}, sorted(tables)
    applies(dbs, schema, tables)


def test_people_who_do_an_act_the_text_names_are_named_by_it(dbs):
    """'Clients can order for delivery. Each order has …': the clients are kept and each order names one (with
    a preposition after the verb and no object, they had been lost)."""
    schema, tables = design("Clients can order for delivery. Each order has a total and an address.")
    assert "clients" in tables and ("client_id", "clients") in references(tables["orders"]), sorted(tables)
    applies(dbs, schema, tables)


def test_people_who_act_on_them_act_on_what_was_named(dbs):
    """'hosts list spaces and guests apply for them': an application of a guest for a space ('for them' had lost
    it; 'guests apply' alone already made one)."""
    schema, tables = design("Hosts list spaces and guests apply for them.")
    assert any({("guest_id", "guests"), ("space_id", "spaces")} <= references(t) for t in tables.values()), sorted(tables)
    applies(dbs, schema, tables)
