"""A thing named by a date ('tour dates') and a count of what is left, leftovers of round 11 (docs/nl-dev-split.md,
stop 50, rounds 19 and 20), tested with other texts than the one that showed them. Each design is applied on the
server."""

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


def test_what_is_left_in_a_list_is_a_count(dbs):
    """'Sailings: ferry, departs at, berths left': a count of berths remaining (it had been a text 'berths');
    'customers left reviews' stays a verb."""
    schema, tables = design("Ferries have a name. Sailings: ferry, date, berths left.")
    assert columns(tables["sailings"])["berths_remaining"].type == "integer"
    applies(dbs, schema, tables)
    schema, tables = design("Customers left reviews. Reviews have a rating.")
    assert ("customer_id", "customers") in references(tables["reviews"])
