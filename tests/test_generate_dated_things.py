"""A thing named by a date ('tour dates'), left from round 11 (docs/nl-dev-split.md, stop 50, round 19), tested
with another text than the one that showed it. The design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_label_of_dates_with_fields_is_a_thing(dbs):
    """'Class dates: class, date, start time, places left', then 'Bookings: class date, …': the class dates are
    a table the bookings refer to (a date head had named no table, its fields lost)."""
    schema, tables = design("Classes have a title.\nClass dates: class, date, start time, places left.\n"
                            "Bookings: member email, class date, number of people.")
    assert {"date", "start_time"} <= set(columns(tables["class_dates"]))
    assert ("class_date_id", "class_dates") in references(tables["bookings"])
    applies(dbs, schema, tables)
