"""Notes whose field lists follow a break in the line (docs/nl-dev-split.md, stop 57, round 1: the ninth batch
of paraphrases — a biobank and a streaming service as notes): 'boxes sit in a rack; shelf, …', 'a donor
signs forms... version, …', 'albums belong to an artist. title, …', a label with a dash on any line, a title
with an aside, 'tracks on an album: …'. Each tested with other texts; each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_list_after_a_semicolon_or_dots_or_a_lower_case_stop(dbs):
    """The list after '; ', '... ' or '. ' before lower case, to the end of the line, is the clause's thing's."""
    schema, tables = design("greenhouse notes\n"
                            "trays sit on a bench; tray code, seed type, sown on, germination rate\n"
                            "benches: name, length\n"
                            "sensors hang over a bench... model, serial number, battery level")
    assert {"tray_code", "seed_type", "germination_rate"} <= _columns(tables, "trays")
    assert {"serial_number", "battery_level"} <= _columns(tables, "sensors")
    applies(dbs, schema, tables)
    schema, tables = design("kennel notes\nrooms: name, size\ndogs stay in a room. name, breed, chip number, "
                            "arrival date")
    assert {"breed", "chip_number"} <= _columns(tables, "dogs")
    applies(dbs, schema, tables)


def test_a_semicolon_in_a_labels_line_keeps_the_labels_list(dbs):
    """'rooms: belong to a hotel; room number, floor' stays the rooms' list (the label owns it)."""
    schema, tables = design("hotels: name, city\nrooms: belong to a hotel; room number, floor, nightly price\n"
                            "guests: name, email")
    assert {"room_number", "floor"} <= _columns(tables, "rooms")
    applies(dbs, schema, tables)


def test_a_dash_label_on_any_line_and_a_titles_aside(dbs):
    """'patients - name, date of birth (d/m/y), ward' under a title with an aside '(v2)': the patients' list;
    the title names no table."""
    schema, tables = design("ward app (v2)\npatients - name, date of birth (d/m/y), blood group, ward\n"
                            "wards -> name, floor")
    assert {"date_of_birth", "blood_group"} <= _columns(tables, "patients")
    assert not any(t.startswith("ward_app") for t in tables)
    applies(dbs, schema, tables)


def test_a_dash_after_a_wrapped_line_is_no_label(dbs):
    """'We keep photographs of' over 'the rooms as well - file path, caption': a wrapped sentence, whose
    list is the photographs'."""
    schema, tables = design("Rooms have a name and a floor. We keep photographs of\n"
                            "rooms as well - file path, caption, and whether it is the cover image.")
    assert "caption" not in _columns(tables, "rooms")
    applies(dbs, schema, tables)


def test_a_label_with_a_place(dbs):
    """'posts in a forum: title, body, author': the posts' fields (the plural opening a label is no verb,
    though 'posts' could be one)."""
    schema, tables = design("forums: name, topic\nposts in a forum: title, body, author\nmembers: name")
    assert {"title", "body"} <= _columns(tables, "posts")
    assert "body" not in _columns(tables, "forums")
    assert ("forum_id", "forums") in references(tables["posts"])
    applies(dbs, schema, tables)


def test_labels_of_notes_name_tables_even_over_a_clause(dbs):
    """In notes whose lines open with plural labels, 'ratings: guest rates a room 1-5' names the ratings too
    (the clause after the colon had made the label a title)."""
    schema, tables = design("guests: name, email\nrooms: number, floor\nratings: guest rates a room 1-5\n"
                            "bookings: guest, room, nights")
    assert "ratings" in tables
    applies(dbs, schema, tables)


def test_a_label_of_things_of_another_with_an_arrow(dbs):
    """'sizes of a shoe -> width + length' under 'shoes: …': the sizes' fields, each size a shoe's."""
    schema, tables = design("shoes: sku, name\nsizes of a shoe -> width + length\nbrands: name")
    assert {"width", "length"} <= {c.name for c in tables["sizes"].columns}
    assert ("shoe_id", "shoes") in references(tables["sizes"])
    applies(dbs, schema, tables)
