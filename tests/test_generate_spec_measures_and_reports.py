"""A measure listed before a reduced relative, and a record written at each occasion (docs/nl-dev-split.md,
stop 55, round 9: from fresh long specs of mine), each tested with other texts than the ones that showed
it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_measure_before_things_used(dbs):
    """'a summary, travel hours and materials used': the hours are a field (a travel_hours table had been
    made: 'materials used' had been read as a clause whose subject the list was)."""
    schema, tables = design("Each job has a summary, travel hours and materials used.")
    assert "travel_hours" in _columns(tables, "jobs") and "travel_hours" not in tables
    applies(dbs, schema, tables)


def test_a_record_written_at_each_occasion(dbs):
    """'After each match, a referee checks the pitch and writes a report': the report is the match's (the
    match had referred to one referee, the report to the referee only)."""
    schema, tables = design("After each match, a referee checks the pitch and writes a report with a rating. "
                            "Matches have a date.")
    assert {("match_id", "matches"), ("referee_id", "referees")} <= references(tables["reports"])
    assert ("referee_id", "referees") not in references(tables["matches"])
    applies(dbs, schema, tables)
