"""Readings the generator got wrong on the seventh batch of fresh-domain texts (tests/fixtures/nl-fresh,
docs/nl-dev-split.md, stop 59), each construction tested with other texts than the fixtures that showed it.
Each design is applied on the server."""

from ai_schema.targets import render
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


def test_what_someone_gives_of_theirs_is_their_fields(dbs):
    """'A customer opening an account gives their full name, date of birth and tax number': the customer's
    fields ('opening' a participle, no 'customer opening' thing; no births table)."""
    schema, tables = design("A customer opening an account gives their full name, date of birth and tax number.")
    assert {"date_of_birth", "tax_number"} <= _columns(tables, "customers")
    assert "births" not in tables
    applies(dbs, schema, tables)


def test_from_a_time_to_a_time_of_a_passive_subject(dbs):
    """'A match is played at one ground on a date, from a start time to an end time': the match's times, not
    the ground's."""
    schema, tables = design("Grounds have a name. A match is played at one ground on a date, from a start time to "
                            "an end time.")
    assert {"start_time", "end_time"} <= _columns(tables, "matches")
    assert "start_time" not in _columns(tables, "grounds")
    applies(dbs, schema, tables)


def test_a_max_or_total_of_a_thing_is_a_number(dbs):
    """'levels: name, max score, time limit' where scores are a table: a max score is a number, no reference."""
    schema, tables = design("scores: player, game, points\nlevels: name, max score, time limit")
    assert "max_score" in _columns(tables, "levels")
    assert not references(tables["levels"])
    applies(dbs, schema, tables)


def test_ones_stands_for_the_label(dbs):
    """'categories: the usual ones (fiction, poetry...) each has a name and a shelf': 'ones' names no table and
    no column."""
    schema, tables = design("books: title, author\ncategories: the usual ones (fiction, poetry...) each has a name "
                            "and a shelf")
    assert not any("one" in name for name in tables)
    assert {"name", "shelf"} <= _columns(tables, "categories")
    assert not any("one" in c for c in _columns(tables, "categories"))
    applies(dbs, schema, tables)


def test_a_label_over_what_happens_then_fields(dbs):
    """'results: runner finishes a race on a date, time, position': the result refers to the runner and the
    race and has the date (the race had been given a runner)."""
    schema, tables = design("runners: name, club\nraces: name, distance\nresults: runner finishes a race on a date, "
                            "time, position")
    assert {("runner_id", "runners"), ("race_id", "races")} <= set(references(tables["results"]))
    assert "date" in _columns(tables, "results")
    assert not references(tables["races"])
    applies(dbs, schema, tables)


def test_a_mass_noun_label_with_what_we_do(dbs):
    """'equipment we lend out: serial number, condition': the equipment's fields."""
    schema, tables = design("swimmers: name, club\nequipment we lend out: serial number, condition")
    assert {"serial_number", "condition"} <= _columns(tables, "equipment")
    applies(dbs, schema, tables)


def test_a_role_people_of_a_table_play(dbs):
    """'Coaches are swimmers too. Some swimmers have a coach': the coach is a swimmer (a reference to the same
    table in that role, not a text column)."""
    schema, tables = design("Swimmers have a name. Coaches are swimmers too. Some swimmers have a coach.")
    assert ("coach_id", "swimmers") in references(tables["swimmers"])
    assert "coach" not in _columns(tables, "swimmers")
    applies(dbs, schema, tables)


def test_things_kept_by_their_fields(dbs):
    """'record my coins by country, year and metal': the coins' fields, all three."""
    schema, tables = design("As a collector, I want to record my coins by country, year and metal.")
    assert {"country", "year", "metal"} <= _columns(tables, "coins")
    applies(dbs, schema, tables)


def test_each_thing_done_before_its_fields(dbs):
    """'We log each parcel delivered: the address, the weight and the time': the parcel's fields (they had
    gone to the rounds)."""
    schema, tables = design("Rounds have a date. We log each parcel delivered: the address, the weight and the "
                            "time.")
    assert {"address", "weight"} <= _columns(tables, "parcels")
    assert "address" not in _columns(tables, "rounds")
    applies(dbs, schema, tables)


def test_an_answer_that_says_it_in_full_after_a_short_question(dbs):
    """'Keycards? A keycard has a card number …': the answer is a sentence about keycards (it had become a
    label over it and a 'keycard' column)."""
    schema, tables = design("Q: What do you keep about lockers?\nA: Each locker has a number and a size.\n"
                            "Q: Keycards?\nA: A keycard has a card number and is issued to one member.")
    assert "card_number" in _columns(tables, "keycards")
    assert "keycard" not in _columns(tables, "keycards")
    applies(dbs, schema, tables)


def _pair(tables, a, b):
    return next((name for name, t in tables.items() if {ref for _, ref in references(t)} == {a, b} and
                 name not in (a, b)), None)


def test_the_things_each_person_does_something_to_are_shared(dbs):
    """'the songs each singer is learning', 'the books each member has borrowed': many of each (a pair table);
    'the kegs each batch fills' stays each keg's one batch."""
    for text, people, things in (("Choir app: singers, and the songs each singer is learning.", "singers", "songs"),
                                 ("We track members and the books each member has borrowed.", "members", "books")):
        schema, tables = design(text)
        assert _pair(tables, people, things), text
        applies(dbs, schema, tables)
    schema, tables = design("Brewery app: batches, and the kegs each batch fills.")
    assert ("batch_id", "batches") in references(tables["kegs"])
    applies(dbs, schema, tables)


def test_from_one_address_to_another(dbs):
    """'order deliveries from one address to another': two address fields of the delivery."""
    schema, tables = design("Customers order deliveries from one address to another.")
    assert {"from_address", "to_address"} <= _columns(tables, "deliveries")
    applies(dbs, schema, tables)


def test_a_measure_used_is_one_field(dbs):
    """'sprayings: date, product, litres used': how many litres, a field (not a reference to a litres
    table)."""
    schema, tables = design("fields: name, size\nsprayings: date, product, litres used")
    assert "litres_used" in _columns(tables, "sprayings")
    applies(dbs, schema, tables)


def test_a_title_of_two_nouns_is_no_clause(dbs):
    """'Kennel records' over bullets: a title ('records' no verb), no kennels table."""
    schema, tables = design("Kennel records\n- Dogs: name, breed\n- Runs: number, size")
    assert "kennels" not in tables and {"dogs", "runs"} <= set(tables)
    applies(dbs, schema, tables)


def test_an_acts_list_naming_many_things(dbs):
    """'orders: customer, date, products': an order has many products, each in many orders (a pair table);
    the customer stays one."""
    schema, tables = design("customers: name\nproducts: name, price\norders: customer, date, products")
    assert _pair(tables, "orders", "products")
    assert ("customer_id", "customers") in references(tables["orders"])
    assert "product_id" not in _columns(tables, "orders")
    applies(dbs, schema, tables)


def test_a_sized_type_in_parentheses(dbs):
    """'selling_price (numeric(8,2))' in a column list: the type, not a closed set of '8' and '2'."""
    schema, tables = design("Recipe: id (PK), name (text), selling_price (numeric(8,2)), cost (decimal(10,4))")
    types = {c.name: c.type for c in tables["recipes"].columns}
    assert types["selling_price"] in ("numeric(8,2)", "decimal(8,2)")
    assert types["cost"] in ("numeric(10,4)", "decimal(10,4)")
    assert "IN ('8'" not in render(schema, "postgresql")
    applies(dbs, schema, tables)


def test_values_written_with_their_unit(dbs):
    """'a gauge (8mm, Super 8, 16mm or 35mm)': the values as written, 8mm (not 8_mm)."""
    schema, tables = design("Reels have a gauge (8mm, Super 8, 16mm or 35mm).")
    sql = render(schema, "postgresql")
    assert "'8mm'" in sql and "'16mm'" in sql and "'super_8'" in sql
    applies(dbs, schema, tables)


def test_fields_then_the_things_and_quantities_an_act_holds(dbs):
    """'orders: customer name, phone, plants and quantities': the order's fields, and a pair of order and plant
    with the quantity (it had been read as a title over a list of plants and a table of quantities)."""
    schema, tables = design("plants: name, price\norders: customer name, phone, plants and quantities")
    assert "quantities" not in tables
    assert {"customer_name", "phone"} <= _columns(tables, "orders")
    pair = _pair(tables, "orders", "plants")
    assert pair and "quantity" in _columns(tables, pair)
    applies(dbs, schema, tables)


def test_accented_words_and_kinds_between_two_colons(dbs):
    """'Venues: cafés and libraries mostly: name, address, …': 'cafés' is one word, and what the venues are,
    between the colons, is an aside (no columns 'caf', 'libraries_name')."""
    schema, tables = design("Venues: cafés and libraries mostly: name, address, and whether it is free to use.")
    assert {"name", "address"} <= _columns(tables, "venues")
    assert not any("caf" in c or "libraries" in c for c in _columns(tables, "venues"))
    applies(dbs, schema, tables)


def test_what_a_person_hosts_at_a_place_on_a_date(dbs):
    """'A member hosts a meetup at a venue on a date': the meetup is a thing (a word WordNet lacks) with its
    host, venue and date (it had been lost)."""
    schema, tables = design("Members have a name. A member hosts a meetup at a venue on a date.")
    assert {("member_id", "members"), ("venue_id", "venues")} <= set(references(tables["meetups"]))
    assert "date" in _columns(tables, "meetups")
    assert not references(tables["members"])
    applies(dbs, schema, tables)


def test_an_answer_that_is_a_list_of_the_things_asked_of(dbs):
    """'Languages? A list of languages with a name and an ISO code.': the languages' fields (no 'list')."""
    schema, tables = design("Q: Languages?\nA: A list of languages with a name and an ISO code.")
    assert {"name", "iso_code"} <= _columns(tables, "languages")
    assert "list" not in _columns(tables, "languages")
    applies(dbs, schema, tables)


def test_they_in_a_persons_list_is_that_person(dbs):
    """'Each member has …, the languages they want to practise, and the city they live in': the member's
    city (not the languages'), and languages shared by members even after 'members meet to practise
    languages' (it had made each language one member's)."""
    schema, tables = design("Members meet to practise languages. Languages have a name. Each member has a name, "
                            "the languages they want to practise, and the city they live in.")
    assert "city" in _columns(tables, "members") and "city" not in _columns(tables, "languages")
    assert _pair(tables, "members", "languages")
    assert not references(tables["languages"])
    applies(dbs, schema, tables)


def test_a_list_a_story_role_keeps_is_the_apps(dbs):
    """'As a head groundsman, I want to keep the list of pitches and pavilions with their name and capacity':
    both kinds of thing have the fields, and neither is the groundsman's (no head_groundsman_id)."""
    schema, tables = design("As a head groundsman, I want to keep the list of pitches and pavilions with their "
                            "name and capacity.")
    for name in ("pitches", "pavilions"):
        assert "capacity" in _columns(tables, name), name
        assert not references(tables[name]), name
    applies(dbs, schema, tables)


def test_a_role_assigns_each_thing_to_someone_and_sees_when(dbs):
    """'As a dispatcher, I want to assign each order to one courier and see when it was picked up and when it
    was delivered': the order's courier and its two times; no dispatcher's orders."""
    schema, tables = design("Orders have a number. Couriers have a name. As a dispatcher, I want to assign each "
                            "order to one courier and see when it was picked up and when it was delivered.")
    assert set(references(tables["orders"])) == {("courier_id", "couriers")}
    assert {"picked_up_at", "delivered_at"} <= _columns(tables, "orders")
    applies(dbs, schema, tables)


def test_a_closed_set_after_a_place_in_the_clause(dbs):
    """'For every exhibition we sell passes at a tier (standard, member or student)': the pass's tier, one of
    three (they had been columns, or lost)."""
    schema, tables = design("Exhibitions have a title. For every exhibition we sell passes at a tier (standard, "
                            "member or student) and record the visitor name.")
    assert "tier" in _columns(tables, "passes")
    assert not {"standard", "member"} & (_columns(tables, "passes") | _columns(tables, "exhibitions"))
    assert "'student'" in render(schema, "postgresql")
    applies(dbs, schema, tables)


def test_each_one_on_a_date_at_a_place(dbs):
    """'A course runs for several sessions, each on a date at a room': each session's date and room (the
    sessions had been lost)."""
    schema, tables = design("Courses. A course runs for several sessions, each on a date at a room.")
    assert {"date", "room"} <= _columns(tables, "sessions")
    assert ("course_id", "courses") in references(tables["sessions"])
    applies(dbs, schema, tables)


def test_the_things_it_verbs_are_shared(dbs):
    """'A playlist has a name and the songs it includes': many songs, each in many playlists (not one song a
    playlist); 'the stops it calls at' (with a preposition) stays unread by this rule."""
    schema, tables = design("Songs have a title. A playlist has a name and the songs it includes.")
    assert _pair(tables, "playlists", "songs")
    assert "song_id" not in _columns(tables, "playlists")
    applies(dbs, schema, tables)


def test_generic_things_that_go_into_another(dbs):
    """'pieces go into a batch, we track owner and whether it cracked': the pieces are things (a word that
    is often generic), each in one batch."""
    schema, tables = design("batches: date, oven\npieces go into a batch, we track owner and whether it cracked")
    assert ("batch_id", "batches") in references(tables["pieces"])
    assert "owner" in _columns(tables, "pieces")
    applies(dbs, schema, tables)


def test_a_kind_and_its_values_in_a_list(dbs):
    """'tickets: seat, type adult or child, price': the type, one of two (no column type_adult)."""
    schema, tables = design("shows: title, date\ntickets: seat, type adult or child, price")
    assert "type" in _columns(tables, "tickets") and "type_adult" not in _columns(tables, "tickets")
    assert "'child'" in render(schema, "postgresql")
    applies(dbs, schema, tables)


def test_people_doing_something_in_notes(dbs):
    """'members pay weekly, some just come to classes': the members are a table (they had been lost)."""
    schema, tables = design("gym notes\n\nmembers pay weekly, some just come to classes\nclasses: name, coach")
    assert "members" in tables
    applies(dbs, schema, tables)


def test_the_name_a_thing_is_called(dbs):
    """'Each parcel, known as a consignment, has a weight and a destination': one table, named as the text
    calls it, with both fields (a destinations table had been made and the weight lost)."""
    schema, tables = design("Each parcel, known as a consignment, has a weight and a destination.")
    assert {"weight", "destination"} <= _columns(tables, "consignments")
    assert "parcels" not in tables and "destinations" not in tables
    applies(dbs, schema, tables)


def test_the_whole_that_stores_things(dbs):
    """'The food bank stores donations of tinned food': the food bank is the whole, no table."""
    schema, tables = design("The food bank stores donations of tinned food. Each donation has a date and a weight.")
    assert "food_banks" not in tables and not references(tables["donations"])
    applies(dbs, schema, tables)


def test_an_act_run_on_a_thing_then_what_we_note(dbs):
    """'we run a health check on a hive: we note the date, the brood pattern and …': the check is a table of
    the hive, with those fields (they had gone to the hive)."""
    schema, tables = design("Hives have a number. Every spring we run a health check on a hive: we note the date, "
                            "the brood pattern and the number of frames.")
    assert ("hive_id", "hives") in references(tables["health_checks"])
    assert "brood_pattern" in _columns(tables, "health_checks")
    assert "brood_pattern" not in _columns(tables, "hives")
    applies(dbs, schema, tables)


def test_whenever_someone_does_something_we_log_it(dbs):
    """'Whenever a driver checks in, they log the time, the depot and the odometer reading': a record of each
    check-in (a phrasal verb's act, verb-particle), the driver's, with those fields (they had gone to the
    drivers)."""
    schema, tables = design("Drivers have a name. Whenever a driver checks in, they log the time, the depot and "
                            "the odometer reading.")
    assert ("driver_id", "drivers") in references(tables["check_ins"])
    assert "odometer_reading" in _columns(tables, "check_ins")
    assert "odometer_reading" not in _columns(tables, "drivers")
    applies(dbs, schema, tables)


def test_a_record_named_after_a_generic_word(dbs):
    """'A service record has the date, the work done and the invoice total': a table of service records
    ('service' alone names nothing; they had been lost)."""
    schema, tables = design("Vans have a plate. A service record has the date, the work done and the invoice total.")
    assert "invoice_total" in _columns(tables, "service_records")
    applies(dbs, schema, tables)


def test_the_thing_it_belongs_to_is_a_thing(dbs):
    """'Each locker has a number and the room it belongs to': a reference to a rooms table (it had been a
    text column)."""
    schema, tables = design("Members have a name. Each locker has a number and the room it belongs to.")
    assert ("room_id", "rooms") in references(tables["lockers"])
    applies(dbs, schema, tables)


def test_plurals_of_words_ending_in_a_hard_ch(dbs):
    """'techs: name, phone': the table is techs (not teches)."""
    schema, tables = design("repair shop\ntechs: name, phone\njobs: device, fault")
    assert "techs" in tables and "teches" not in tables
    applies(dbs, schema, tables)


def test_the_states_things_go_through(dbs):
    """'orders go through: placed > packed > shipped > delivered': the order's status, one of four (the text
    had been refused: no entities)."""
    schema, tables = design("orders go through: placed > packed > shipped > delivered")
    assert "status" in _columns(tables, "orders")
    assert "'shipped'" in render(schema, "postgresql")
    applies(dbs, schema, tables)


def test_the_things_each_person_did_something_for(dbs):
    """'the companies each graduate worked for, …': a verb with its preposition left at the end still names a
    shared pair (it had been read as the preposition's object further on, and the pair lost)."""
    schema, tables = design("Graduates have a name. Companies have a name. We track the companies each graduate "
                            "worked for, and their degrees.")
    assert _pair(tables, "graduates", "companies")
    applies(dbs, schema, tables)


def test_an_age_range_is_no_rating(dbs):
    """'sessions for children aged 8 to 16': how old they are, no table of ratings."""
    schema, tables = design("Children have a name. The club runs weekly sessions for children aged 8 to 16.")
    assert "ratings" not in tables
    applies(dbs, schema, tables)


def test_a_doer_the_texts_people_are_not_said_to_be(dbs):
    """'Each wine has a name, a producer and a price' beside club members: the producer is no member (a text
    field; it had referred to members), while a reviewer of reports is one of the app's users."""
    schema, tables = design("Members have a name and an email. Each wine has a name, a producer and a price.")
    assert "producer" in _columns(tables, "wines") and not references(tables["wines"])
    applies(dbs, schema, tables)
    schema, tables = design("Users have a name and an email. Each report has a title and a reviewer.")
    assert ("reviewer_id", "users") in references(tables["reports"])
    applies(dbs, schema, tables)


def test_the_one_person_a_story_role_enrols(dbs):
    """'As a parent, I want to enrol my child in one or more classes': the child is a thing, the parent's (it
    had been lost: only 'my children' counted)."""
    schema, tables = design("Classes have a style. As a parent, I want to enrol my child in one or more classes.")
    assert ("parent_id", "parents") in references(tables["children"])
    applies(dbs, schema, tables)


def test_which_people_did_something_at_each_occasion(dbs):
    """'For each shift we record which volunteers turned up': a set of volunteers each time, each at many (a
    pair; it had been each volunteer's one shift)."""
    schema, tables = design("Shifts have a date. Volunteers have a name. For each shift we record which volunteers "
                            "turned up.")
    assert _pair(tables, "shifts", "volunteers")
    assert "shift_id" not in _columns(tables, "volunteers")
    applies(dbs, schema, tables)


def test_which_people_came_to_each_part_of_a_whole(dbs):
    """'mark attendance for each class session: which children came': 'came' is the verb (it had been a
    column children_came), the children a set each session, and each class session stays its class's."""
    schema, tables = design("Classes have a style. Children have a name. As a teacher, I want to mark attendance for "
                            "each class session: which children came.")
    assert _pair(tables, "class_sessions", "children")
    assert ("class_id", "classes") in references(tables["class_sessions"])
    assert "children_came" not in _columns(tables, "class_sessions")
    applies(dbs, schema, tables)
