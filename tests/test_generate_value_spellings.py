"""Readings the generator got wrong on fresh sentences of my own (docs/nl-dev-split.md, stop 46, round 8: how
people spell a field's closed set), each class tested with other texts than the ones that showed it: values
between bars, capitalised, after any field's name ('a status: Active | Lapsed | Banned', 'a delivery option:
standard | express'); 'is marked new, triaged or fixed' (no 'as'; the first value had been 'marked_new');
'come in sizes small, medium and large' (no colon); '(enum: …)' and '(choices: …)' labels. Each design is
applied on the server."""

from test_generate_phrases import columns, design
from test_generate_sentences import applies


def checks(table):
    return " ".join(c.expression for c in table.checks)


def test_values_between_bars_and_marked_without_as(dbs):
    schema, tables = design("Members have a status: Active | Lapsed | Banned.")
    assert "'lapsed'" in checks(tables["members"]) and "active" not in columns(tables["members"])
    schema2, tables2 = design("Orders have a delivery option: standard | express.")
    assert "'express'" in checks(tables2["orders"]) and "delivery_option" in columns(tables2["orders"])
    schema3, tables3 = design("Each bug is marked new, triaged or fixed.")
    assert "'new'" in checks(tables3["bugs"]) and "marked_new" not in checks(tables3["bugs"])
    for s, t in ((schema, tables), (schema2, tables2), (schema3, tables3)):
        applies(dbs, s, t)


def test_sizes_without_a_colon_and_labelled_lists(dbs):
    schema, tables = design("Gloves come in sizes small, medium and large.")
    assert "'medium'" in checks(tables["gloves"])
    schema2, tables2 = design("Loans have a type (enum: personal, mortgage, auto) and an amount.")
    assert "'mortgage'" in checks(tables2["loans"])
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)
