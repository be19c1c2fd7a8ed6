"""Formats the generator misread on the fresh-domain set's third batch (tests/fixtures/nl-fresh, docs/nl-dev-split.md,
stop 58, round 4: typed bullets under a label, acceptance criteria under stories, requirement numbers, a chat's
arrows and slashes, a title list's 'every X with …'), each tested with other texts than the fixtures that showed
it. Each design is applied on the server."""

from ai_schema.targets import render
from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_bulleted_fields_with_types_under_a_label(dbs):
    """'Courses:' over '- code: text, unique', '- fee: decimal(8,2)', '- course -> Courses': a table, its
    typed columns and its references (a bullet at the label's own indent)."""
    schema, tables = design("Courses:\n- code: text, unique\n- credits: integer\n- fee: decimal(8,2)\n\nEnrolments:\n"
                            "- course -> Courses\n- student_name: text\n- status: one of active, dropped, completed")
    assert {"code", "credits", "fee"} <= _columns(tables, "courses")
    fee = next(c for c in tables["courses"].columns if c.name == "fee")
    assert fee.type in ("numeric(8,2)", "decimal(8,2)")
    assert ("course_id", "courses") in references(tables["enrolments"])
    assert "status" in _columns(tables, "enrolments")
    applies(dbs, schema, tables)


def test_a_label_and_its_list_stay_a_label_under_a_title(dbs):
    """'Box office' over '- Tickets: booking code, seat, price': labels with lists, no table 'box office'."""
    schema, tables = design("Box office\n- Tickets: booking code (unique), seat, price\n- Shows: title, starts at")
    assert "box_office" not in tables and {"seat", "price"} <= _columns(tables, "tickets")
    applies(dbs, schema, tables)


def test_acceptance_criteria_under_a_story(dbs):
    """'Acceptance: a room has a number, …' under a story: the room's fields, no table of acceptances."""
    schema, tables = design("Story 1: As a manager I can add a room.\n  Acceptance: a room has a number, a floor and a "
                            "capacity.\nStory 2: As a guest I can book a room.\n  Acceptance criteria: a booking has a "
                            "start date and an end date.")
    assert "acceptances" not in tables and {"number", "floor", "capacity"} <= _columns(tables, "rooms")
    applies(dbs, schema, tables)


def test_requirement_numbers_name_nothing(dbs):
    """'REQ-2 Guests shall book rooms …', 'FR-3: …': the number opens the line, it names no table."""
    schema, tables = design("REQ-1 The system shall store rooms with a number and a floor.\nREQ-2 Guests shall book "
                            "rooms with a start date.\nFR-3: Guests have a name and an email.")
    assert not any(name.startswith(("req", "fr_")) for name in tables)
    assert {"name", "email"} <= _columns(tables, "guests")
    applies(dbs, schema, tables)


def test_an_item_of_a_title_list_each_with_fields(dbs):
    """'Climbing log: my routes, the gyms, and every climb with the grade, the date and …': each climb is a row,
    and its list goes on past 'the date'."""
    schema, tables = design("Climbing log: my routes, the gyms, and every climb with the grade, the date and the "
                            "number of attempts.")
    assert {"grade", "date", "num_attempts"} <= _columns(tables, "climbs")
    applies(dbs, schema, tables)


def test_which_pair_inside_a_things_list(dbs):
    """'… every outing with the date, the distance and which member took which boat': the outing refers to
    both, no table of member-boat pairs."""
    schema, tables = design("Boat club: our members, the boats, and every outing with the date, the distance and "
                            "which member took which boat.")
    assert {("member_id", "members"), ("boat_id", "boats")} <= references(tables["outings"])
    assert "member_boats" not in tables
    applies(dbs, schema, tables)


def test_a_chats_arrows_and_slashes(dbs):
    """'… lol. shops -> name/city/opening hours': the arrow after a sentence opens a label of its own, and
    a slashed list is its fields; 'gear -> item name, size, price' (a singular label)."""
    schema, tables = design("hey we need a db for the club. shops -> name/city/opening hours\nstaff -> name, phone, "
                            "role\ngear -> item name, size, price, stock")
    assert {"name", "city", "opening_hours"} <= _columns(tables, "shops")
    gear = next(name for name in tables if name.startswith("gear"))
    assert {"item_name", "size", "price"} <= _columns(tables, gear)
    applies(dbs, schema, tables)


def test_a_status_bullet_with_slashed_values_in_a_headings_list(dbs):
    """'Tickets' over '- code (unique)', '- status: open / pending / closed', '- opened on': the ticket's
    fields, the status closed to its values (the bullet with a colon had broken the list: a table 'codes')."""
    schema, tables = design("Tickets\n- code (unique)\n- status: open / pending / closed\n- opened on")
    assert {"code", "status", "opened_on"} <= _columns(tables, "tickets") and "codes" not in tables
    applies(dbs, schema, tables)


def test_a_heading_that_names_models_over_their_fields(dbs):
    """'Models' over '- manufacturer', '- model name': a table of models (not a heading over other tables)."""
    schema, tables = design("Cars\n- plate\n- model\n\nModels\n- manufacturer\n- model name\n- seats")
    assert {"manufacturer", "model_name"} <= _columns(tables, "models")
    assert ("model_id", "models") in references(tables["cars"])
    applies(dbs, schema, tables)


def test_each_table_has_fields(dbs):
    """'I want to seat guests at tables; each table has a number and a number of seats': tables are a table."""
    schema, tables = design("Guests have a name. As a planner, I want to seat guests at tables; each table has a "
                            "number and a number of seats.")
    assert "number" in _columns(tables, "tables") and ("table_id", "tables") in references(tables["guests"])
    applies(dbs, schema, tables)


def test_numbered_stories_and_doing_it_twice(dbs):
    """'Story 2: As a player I can join a league.' (the number names nothing, the role speaks) and 'a player
    cannot join the same league twice': many of each, one row per pair."""
    schema, tables = design("Players have a name. Leagues have a name.\nStory 1: As an organiser I can add leagues.\n"
                            "Story 2: As a player I can join a league.\n  Acceptance: a player cannot join the same "
                            "league twice.")
    pair = next(t for t in tables.values() if {("player_id", "players"), ("league_id", "leagues")} <= references(t))
    assert pair.name not in ("players", "leagues") and "league_id" not in _columns(tables, "players")
    applies(dbs, schema, tables)


def test_which_one_did_it_for_each(dbs):
    """'record which nurse signed off each dose': each dose's one nurse (not a table of nurse-dose pairs; 'who
    turned up to each meeting' stays many)."""
    schema, tables = design("Nurses have a name. Doses have an amount. As a manager I can record which nurse signed "
                            "off each dose.")
    assert ("nurse_id", "nurses") in references(tables["doses"]) and "nurse_doses" not in tables
    applies(dbs, schema, tables)


def test_a_label_said_to_be_kinds_of_things(dbs):
    """'suppliers = farms & small companies: name, phone, organic yes or no': what the suppliers are, then
    their fields (no table of farms or of 'organic yes')."""
    schema, tables = design("products: name, price\nsuppliers = farms & small companies: name, phone, organic yes or no")
    assert {"name", "phone"} <= _columns(tables, "suppliers")
    assert not {"farms", "companies", "organic_yes"} & set(tables)
    applies(dbs, schema, tables)


def test_what_a_thing_has_then_their_fields(dbs):
    """'a sale has lines: product, qty, price': the lines are rows with those fields, each of one sale."""
    schema, tables = design("products: name, price\nsales: when, total. a sale has lines: product, qty, price")
    lines = next(name for name in tables if name.endswith("lines"))
    assert ("sale_id", "sales") in references(tables[lines]) and "qty" not in _columns(tables, "sales")
    applies(dbs, schema, tables)


def test_what_each_one_has_then_a_dash_and_their_fields(dbs):
    """'each trip has stops - stop code (unique), arrival time, platform': the stops are rows with those fields
    (a first field with a remark had made the dash a field's)."""
    schema, tables = design("trips: date, route\neach trip has stops - stop code (unique), arrival time, platform")
    assert {"arrival_time", "platform"} <= _columns(tables, "stops") and ("trip_id", "trips") in references(tables["stops"])
    applies(dbs, schema, tables)


def test_a_label_with_per_after_a_chatty_line(dbs):
    """'refunds per sale - amount, reason' under a line that runs on without a stop: a label of its own."""
    schema, tables = design("sales: date, total\nstaff: name, phone. one of them does the tills and maybe another "
                            "the floor\nrefunds per sale - amount, reason, refunded at")
    assert {"amount", "reason"} <= _columns(tables, "refunds") and ("sale_id", "sales") in references(tables["refunds"])
    applies(dbs, schema, tables)


def test_whether_someone_did_it(dbs):
    """'whether the editor approved it': a flag is_approved."""
    schema, tables = design("Articles have a title, a body and whether the editor approved it.")
    assert "is_approved" in _columns(tables, "articles")
    applies(dbs, schema, tables)


def test_a_status_line_with_hyphenated_values(dbs):
    """'status: booked, attended, no-show, cancelled' after a label's line: the status takes all four."""
    schema, tables = design("visits: patient, date, time. status: booked, attended, no-show, cancelled")
    sql = render(schema, "postgresql")
    assert "'no-show'" in sql or "'no_show'" in sql
    applies(dbs, schema, tables)


def test_a_record_made_for_each_thing_in_a_title_list(dbs):
    """'A reading log: my books, a reading session for each book with the pages read and the minutes, …': one
    session a row, each of one book."""
    schema, tables = design("A reading log: my books, a reading session for each book with the pages read and the "
                            "minutes, and my reviews.")
    assert ("book_id", "books") in references(tables["reading_sessions"])
    assert "minutes" in _columns(tables, "reading_sessions")
    applies(dbs, schema, tables)


def test_answers_about_plural_things_and_answers_that_are_sentences():
    """'What do you store about the runs?' is about each run; 'And dogs? Dogs have a name, …' answers with a
    sentence of its own (not 'Each dog has dogs have …')."""
    from ai_schema.generate.plain import plain
    text = plain("Q: What do you store about the runs?\nA: Name, surface, length in metres.\nQ: And dogs?\n"
                 "A: Dogs have a name, a breed and a date of birth.")
    assert "Each run has name" in text and "Each dog has dogs" not in text and "Each runs" not in text


def test_a_list_after_has_that_opens_with_a_participle(dbs):
    """'Each horse has registered name, stable name, breed, …': a list of fields, not 'has registered'."""
    schema, tables = design("Each horse has registered name, stable name, breed, colour and date of birth.")
    assert {"registered_name", "stable_name", "breed"} <= _columns(tables, "horses")
    applies(dbs, schema, tables)


def test_a_label_with_a_relative_clause_and_what_they_are(dbs):
    """'suppliers that deliver to us = vendors: company name, phone, email': the suppliers and their fields."""
    schema, tables = design("products: name, price\nsuppliers that deliver to us = vendors: company name, phone, email")
    assert {"company_name", "phone", "email"} <= _columns(tables, "suppliers")
    applies(dbs, schema, tables)


def test_nested_bullets_under_bulleted_labels(dbs):
    """'- Rooms' over deeper '- number (unique)', '- type: dorm, private or suite', and '- Guests' over '- room
    they sleep in', '- paid? (yes/no)': tables with their columns, the type closed to its values, a reference
    to the room, a flag."""
    schema, tables = design("Hostel\n\n- Rooms\n  - number (unique)\n  - beds\n  - type: dorm, private or suite\n"
                            "- Guests\n  - name\n  - room they sleep in\n  - paid? (yes/no)\n")
    assert {"number", "beds", "type"} <= _columns(tables, "rooms")
    assert ("room_id", "rooms") in references(tables["guests"]) and "is_paid" in _columns(tables, "guests")
    sql = render(schema, "postgresql")
    assert "'dorm'" in sql and "'suite'" in sql
    applies(dbs, schema, tables)
    schema2, tables2 = design("Fleet maintenance\n- Vehicles\n  - registration number (unique)\n  - model\n"
                              "- Service visits\n  - which vehicle\n  - date\n")
    assert ("vehicle_id", "vehicles") in references(tables2["service_visits"])
    applies(dbs, schema2, tables2)
