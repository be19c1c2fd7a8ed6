"""Readings the generator got wrong on the seventh batch of fresh-domain texts (tests/fixtures/nl-fresh,
docs/nl-dev-split.md, stop 59), each construction tested with other texts than the fixtures that showed it.
Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_people_put_on_an_occasion_take_part_in_many(dbs):
    """'assign one or more volunteers to a shift': a volunteer works many shifts over time, so the pair is a
    table of its own (not volunteers.shift_id), and the story's role refers to neither."""
    for text, people, occasion in (
            ("Shifts have a date and a start time. Volunteers have a name and a phone number. As a coordinator, "
             "I want to assign one or more volunteers to a shift.", "volunteers", "shifts"),
            ("Expeditions have a destination and a start date. Guides have a name. As an organiser, I want to "
             "assign one or more guides to an expedition.", "guides", "expeditions")):
        schema, tables = design(text)
        assert not any(ref == occasion for _, ref in references(tables[people])), text
        assert any({people, occasion} == {ref for _, ref in references(t)} for t in tables.values()), text
        applies(dbs, schema, tables)


def test_fields_after_a_place_and_a_date_are_the_planned_things(dbs):
    """'schedule pickups at a depot on a date with a start time and a weight limit': the list after the
    place and the date describes the pickups the verb plans, not the depot."""
    schema, tables = design("Depots have an address. Pickups have a reference. As a planner, I want to schedule "
                            "pickups at a depot on a date with a start time and a weight limit.")
    assert {"start_time", "weight_limit"} <= _columns(tables, "pickups")
    assert "start_time" not in _columns(tables, "depots")
    assert ("depot_id", "depots") in references(tables["pickups"])
    applies(dbs, schema, tables)


def test_each_with_after_several_things_is_theirs_alone(dbs):
    """'each shop to have one or more branches, each with an address and a phone number': the list is each
    branch's, not also the shop's."""
    schema, tables = design("As an admin, I want each shop to have one or more branches, each with an address "
                            "and a phone number. Shops have a name.")
    assert {"address", "phone_number"} <= _columns(tables, "branches")
    assert not {"address", "phone_number"} & _columns(tables, "shops")
    applies(dbs, schema, tables)


def test_my_profile_shows_my_fields(dbs):
    """'As a driver, I want my profile to show my name, my licence number and whether I own a van': the
    driver's own fields, no table of profiles."""
    schema, tables = design("As a driver, I want my profile to show my name, my licence number and whether I "
                            "own a van. As a dispatcher, I want to assign a driver to each delivery.")
    assert "profiles" not in tables
    assert {"name", "licence_number"} <= _columns(tables, "drivers")
    applies(dbs, schema, tables)


def test_notes_labelled_with_what_we_do_or_ending_at_a_comma(dbs):
    """'routes we run -> name, distance, …' labels the routes; 'crossings, date and departure time' among
    labelled lines labels the crossings."""
    schema, tables = design("ferries - name, capacity\nroutes we run -> name, distance, duration\n"
                            "crossings, date and departure time\nports: name, country")
    assert {"distance", "duration"} <= _columns(tables, "routes")
    assert {"date", "departure_time"} <= _columns(tables, "crossings")
    applies(dbs, schema, tables)


def test_a_note_ending_in_a_preposition_does_not_swallow_the_next_label(dbs):
    """In notes, '… the order they bat in' over 'matches: date, venue' ends its note: the next line's label
    is a table of its own (a line ending in 'in' is not wrapped there)."""
    schema, tables = design("teams: name, city\nplayers: name, position\nwhich players are in which team this "
                            "season and the order they bat in\nmatches: date, venue, score")
    assert {"date", "venue", "score"} <= _columns(tables, "matches")
    assert "venue" not in _columns(tables, "players")
    applies(dbs, schema, tables)


def test_which_things_are_in_which_with_their_order(dbs):
    """'which pieces are in which concert and the order they are sung in': a pair read through 'are in', and
    the order is the pair's (a piece's place in that concert)."""
    schema, tables = design("concerts: title, date\npieces: title, composer\nwhich pieces are in which concert "
                            "and the order they are sung in")
    pair = next(name for name, t in tables.items()
                if {ref for _, ref in references(t)} == {"pieces", "concerts"})
    assert "sort_order" in _columns(tables, pair)
    assert "sort_order" not in _columns(tables, "concerts")
    assert "concert_id" not in _columns(tables, "pieces")
    applies(dbs, schema, tables)


def test_the_verb_name_makes_no_table_of_names(dbs):
    """'A student may name a backup contact with a name and a phone number': 'name' here is a verb whose
    WordNet act is the field word 'name' — no names table (it had taken the students' first names as a
    reference), and the contact is the student's."""
    schema, tables = design("Students. A student has a first name and an email. A student may name a backup "
                            "contact with a name and a phone number.")
    assert "names" not in tables
    assert "first_name" in _columns(tables, "students")
    assert {"name", "phone_number"} <= _columns(tables, "backup_contacts")
    applies(dbs, schema, tables)


def test_one_of_each_booked_together_are_the_bookings_not_each_others(dbs):
    """'booked for one client with one trainer in one gym hall': the hall is the session's, not the
    trainer's."""
    schema, tables = design("Clients have a name. Trainers have a name. A session is booked for one client with "
                            "one trainer in one gym hall, with a start time.")
    assert ("gym_hall_id", "gym_halls") in references(tables["sessions"])
    assert not references(tables["trainers"])
    applies(dbs, schema, tables)


def test_what_someone_receives_after_an_occasion_is_that_occasions(dbs):
    """'After each shift, the nurse receives a timesheet' (and 'After a shift, …'): the timesheet refers to
    the shift (it had been the shift's timesheet_id, or nothing)."""
    for opener in ("After each shift,", "After a shift,"):
        schema, tables = design("Shifts have a date. Nurses have a name. Timesheets have the hours worked and a "
                                f"rate. {opener} the nurse receives a timesheet.")
        assert ("shift_id", "shifts") in references(tables["timesheets"]), opener
        assert not any(ref == "timesheets" for _, ref in references(tables["shifts"])), opener
        applies(dbs, schema, tables)


def test_an_answer_that_is_a_sentence_about_what_was_asked(dbs):
    """'What is a voucher? A voucher belongs to one customer and has …', 'What is a ticket? It belongs to
    one event …': the answer says it (no 'voucher' column; the ticket's event)."""
    schema, tables = design("Q: What is a voucher?\nA: A voucher belongs to one customer and has a code and an "
                            "expiry date.\nQ: What is a ticket?\nA: It belongs to one event and has a seat number.")
    assert "voucher" not in _columns(tables, "vouchers")
    assert {"code", "expiry_date"} <= _columns(tables, "vouchers")
    assert ("event_id", "events") in references(tables["tickets"])
    applies(dbs, schema, tables)


def test_one_thing_got_with_its_fields_is_a_table(dbs):
    """'Each order gets one invoice with a total and a due date': the invoice is a table with those fields
    (it had been a column of the order, and the total lost)."""
    for verb in ("gets", "has"):
        schema, tables = design(f"Orders have a date. Each order {verb} one invoice with a total and a due date.")
        assert {"total", "due_date"} <= _columns(tables, "invoices"), verb
        assert not {"invoice", "total", "due_date"} & _columns(tables, "orders"), verb
        applies(dbs, schema, tables)


def test_a_verb_after_a_clause_opening_subject(dbs):
    """'…, and the market manager logs every stall with a pitch number': 'logs' is the clause's verb (it
    had been read as 'market manager logs', a table)."""
    schema, tables = design("Farmers sell vegetables at markets, and the market manager logs every stall with "
                            "a pitch number and a fee.")
    assert "market_manager_logs" not in tables
    assert {"pitch_number", "fee"} <= _columns(tables, "stalls")
    applies(dbs, schema, tables)
