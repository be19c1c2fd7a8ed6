"""Readings the generator got wrong on fresh sentences of my own (docs/nl-dev-split.md, stop 46, round 7: how
people give a thing its fields in passing), each class tested with other texts than the ones that showed it:
'comes with' (what a thing has); fields between slashes after a verb of having ('has brand/model/size'); a
label, a dash and two short items after another sentence ('Singers - name, voice type.'); a possessive's
record, file or profile that holds fields (the possessor's); each thing a stated one-reference names after the
first ('taught by one instructor in one studio'). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_fields_said_in_passing(dbs):
    schema, tables = design("Each kit comes with a manual and a warranty period.")
    assert {"manual", "warranty_period"} <= set(columns(tables["kits"])) and "manuals" not in tables
    schema2, tables2 = design("Each bike has brand/model/size.")
    assert {"brand", "model", "size"} <= set(columns(tables2["bikes"]))
    schema3, tables3 = design("Choirs have a name. Singers - name, voice type.")
    assert "voice_type" in columns(tables3["singers"])
    for s, t in ((schema, tables), (schema2, tables2), (schema3, tables3)):
        applies(dbs, s, t)


def test_a_possessives_file_and_one_thing_after_another(dbs):
    schema, tables = design("A member's file holds their address, phone and joining date.")
    assert "files" not in tables and {"address", "phone", "joining_date"} <= set(columns(tables["members"]))
    schema2, tables2 = design("A class is held by one coach in one hall.")
    assert ("hall_id", "halls") in references(tables2["classes"])
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)
