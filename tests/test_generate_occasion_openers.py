"""What a person records at an occasion a sentence opens with, from a fresh question-and-answer text of mine
(docs/nl-dev-split.md, stop 50, round 18: a blood bank; the held-out half's requirement answers score 0.76, an
aggregate, no text read), tested with other texts than the one that showed it. Each design is applied on the
server."""

from test_generate_phrases import columns, design
from test_generate_sentences import applies


def test_what_a_person_records_at_each_occasion(dbs):
    """'At each inspection, the inspector records the mileage and the tyre depth': the inspection's fields (they
    had gone to the inspector)."""
    schema, tables = design("Cars have a plate. At each inspection, the inspector records the mileage and the tyre "
                            "depth.")
    assert {"mileage", "tyre_depth"} <= set(columns(tables["inspections"]))
    assert "inspectors" not in tables or "mileage" not in columns(tables["inspectors"])
    applies(dbs, schema, tables)
