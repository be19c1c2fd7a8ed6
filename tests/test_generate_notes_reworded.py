"""Chat notes the generator misread when the build cases' facts were said in other words (docs/nl-dev-split.md,
stop 56, round 6: the fifth batch of paraphrases — a bug tracker and a podcast host as quick notes), each
tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_notes_whose_lines_run_long_are_still_notes(dbs):
    """A note ending '… booked by' over 'bookings: room, …': each label's line is its own (the bookings had
    been a column of the rooms)."""
    schema, tables = design(
        "studio booking notes from the owner (long lines, sorry, i just type as it comes to me, no time to format)\n"
        "rooms: name, hourly rate, size in square metres, whether it has a piano or not, and the floor it is on, "
        "booked by\nbookings: room, band, start time, end time, paid y/n\nbands: name, contact phone")
    assert {("band_id", "bands"), ("room_id", "rooms")} <= references(tables["bookings"])
    assert "bookings" not in _columns(tables, "rooms")
    applies(dbs, schema, tables)


def test_a_role_in_each_of_many(dbs):
    """'Members can be in many clubs with a role (…)': each membership's role, not the club's."""
    schema, tables = design("Members can be in many clubs with a role (member, treasurer or chair). Clubs have a name.")
    assert "role" in _columns(tables, "member_clubs") and "role" not in _columns(tables, "clubs")
    applies(dbs, schema, tables)


def test_a_line_of_a_field_and_its_values(dbs):
    """'severity low/medium/high/urgent' under 'tickets: …': the tickets' closed field; 'status a|b|c' in a
    list too."""
    schema, tables = design("tickets: subject, body\nseverity low/medium/high/urgent\nchannels: name")
    assert "severity" in _columns(tables, "tickets")
    applies(dbs, schema, tables)
    schema, tables = design("orders: total, status pending|shipped|delivered, placed at\ncustomers: name\nitems: sku")
    assert "status" in _columns(tables, "orders") and "status_pending" not in _columns(tables, "orders")
    applies(dbs, schema, tables)


def test_things_per_another_with_fields(dbs):
    """'lanes are per board (title, position)': each board's lanes with their fields."""
    schema, tables = design("boards: name\nlanes are per board (title, position)\ncards: title")
    assert ("board_id", "boards") in references(tables["lanes"]) and "title" in _columns(tables, "lanes")
    applies(dbs, schema, tables)


def test_an_example_after_a_field_and_shorthand(dbs):
    """'version like 3.1.0, date, notes': the example ends no list; 'img url', 'lang': image, language."""
    schema, tables = design("releases: version like 3.1.0, date, notes\napps: name\nbuilds: number")
    assert {"version", "date", "notes"} <= _columns(tables, "releases")
    applies(dbs, schema, tables)
    schema, tables = design("photos: caption, img url, lang")
    assert {"image_url", "language"} <= _columns(tables, "photos")
    applies(dbs, schema, tables)
