"""Notes whose labels follow a title line and whose field lists hold a clause (docs/nl-dev-split.md, stop 56,
round 8: from the paraphrase set's animal-shelter notes), tested with other texts than the one that showed
them. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_a_note_label_under_a_long_title_line(dbs):
    """'riding school db - notes from our staff meeting on tuesday' over 'horses: …': the label's line is
    its own (a table 'tuesday_horses' had been made of the two lines run together); 'name, colour, height,
    date we bought them' after it are the horses' fields (a clause in the last one)."""
    schema, tables = design("riding school db - notes from our staff meeting on tuesday\n"
                            "horses: only ponies or cobs. name, colour, height, date we bought them\n"
                            "riders: name, phone, level\nlessons: horse, rider, date")
    assert "tuesday_horses" not in tables
    assert {"colour", "height"} <= {c.name for c in tables["horses"].columns}
    assert ("horse_id", "horses") in references(tables["lessons"])
    applies(dbs, schema, tables)
