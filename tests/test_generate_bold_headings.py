"""Lists the generator misread in fresh bullet and technical texts of mine (docs/nl-dev-split.md, stop 50,
round 4: a warehouse written as bold headings over bullets, a clinic's column lists, a farmers' market's nested
bullets; aggregates only), each tested with other texts than the ones that showed it. Each design is applied on
the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_bold_lines_head_bullet_lists(dbs):
    """'**Boat**' over '- hull number (unique)', '- length': a heading, as '### Boat' is (the fields had
    become tables of their own)."""
    schema, tables = design("**Boat**\n- hull number (unique)\n- length\n- owner name\n\n__Mooring:__\n- boat\n"
                            "- berth\n- monthly fee\n")
    assert set(tables) == {"boats", "moorings"}
    assert {"hull_number", "length"} <= set(columns(tables["boats"]))
    assert ("boat_id", "boats") in references(tables["moorings"])
    applies(dbs, schema, tables)


def test_a_list_after_semicolons_that_follows_a_sentence(dbs):
    """'Shelves have a code. Loans: book; member; due date.': the label heads its items even when a sentence
    comes before it on the line (the loans had been lost)."""
    schema, tables = design("Members have a name. Loans: member; due date; returned on.")
    assert "loans" in tables and {"due_date", "member_id"} <= set(columns(tables["loans"]))
    applies(dbs, schema, tables)


def test_from_and_to_in_a_list_of_fields(dbs):
    """'transfer: from warehouse, to warehouse, quantity': two references by their roles (one warehouse_id
    had been made of both)."""
    schema, tables = design("Warehouses have a city. Shipments: from warehouse, to warehouse, weight.")
    assert {("from_warehouse_id", "warehouses"), ("to_warehouse_id", "warehouses")} <= \
        references(tables["shipments"])
    applies(dbs, schema, tables)


def test_a_field_asked_as_a_yes_no_question(dbs):
    """'refrigerated? (yes/no)': a flag (it had been text)."""
    schema, tables = design("Trucks: plate (unique); capacity; refrigerated? (yes/no).")
    flag = next(c for name, c in columns(tables["trucks"]).items() if name.endswith("refrigerated"))
    assert flag.type == "boolean"
    applies(dbs, schema, tables)
