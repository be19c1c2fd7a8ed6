"""Readings the generator got wrong on the twenty-first batch of fresh-domain texts (tests/fixtures/nl-fresh,
docs/nl-dev-split.md, stop 63): a thing named with many of its parts in passing, a record made each time
someone does something to a thing, a value logged against things each day, a count of each thing per
occasion, when a pair's act was done. Each construction is tested over many nouns, with other texts than
the fixtures that showed it; each design is applied on the server."""

import pytest

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


@pytest.mark.parametrize("text, whole, parts", [
    ("An app for customers with one or more driveways.", "customers", "driveways"),
    ("Track farms with several fields, and the crops we grow.", "farms", "fields"),
    ("A tool to manage landlords with many properties and their tenants.", "landlords", "properties"),
    ("We keep warehouses with multiple loading bays and the trucks that use them.", "warehouses", "bays"),
])
def test_a_thing_with_many_parts_owns_them(dbs, text, whole, parts):
    """'customers with one or more driveways': each driveway is one customer's (as 'their driveways' says)."""
    schema, tables = design(text)
    table = next(t for t in tables if t.endswith(parts))
    assert (whole[:-1] + "_id", whole) in references(tables[table]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text", [
    "A shop with customers, orders with one or more products, and categories.",
    "Bookings with several rooms, guests and payments.",
])
def test_an_act_with_many_things_does_not_own_them(dbs, text):
    """'orders with one or more products': the products are a catalogue the orders pick from, not each
    one order's."""
    schema, tables = design(text)
    thing = "products" if "products" in tables else "rooms"
    assert not any(ref[1] in ("orders", "bookings") for ref in references(tables[thing])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, record, doer, done_to", [
    ("Customers have driveways. We record a visit each time a driver clears a driveway.", "visits", "drivers", "driveways"),
    ("Whenever a mechanic services a van, we note the mileage.", "services", "mechanics", "vans"),
    ("Keep a log of every time a volunteer walks a transect.", "walks", "volunteers", "transects"),
    ("We want an inspection record each time an inspector checks a lift.", "inspections", "inspectors", "lifts"),
])
def test_a_record_each_time_someone_does_something(dbs, text, record, doer, done_to):
    """'a visit each time a driver clears a driveway': a row per act, the driver's and the driveway's — not
    the driver's one driveway."""
    schema, tables = design(text)
    refs = references(tables[record])
    assert (doer[:-1] + "_id", doer) in refs and (done_to[:-1] + "_id", done_to) in refs, sorted(tables)
    assert not any(ref[1] == done_to for ref in references(tables[doer]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, period", [
    ("Employees log hours against projects each day. Projects belong to clients.", "day"),
    ("Drivers log fuel costs against vehicles every week.", "week"),
    ("Consultants log expenses against cost centres each month.", "month"),
])
def test_a_value_logged_against_things_each_period(dbs, text, period):
    """'employees log hours against projects each day': a row per day, with its day."""
    schema, tables = design(text)
    logged = next(t for t in tables if len(references(tables[t])) >= 2)
    assert period in columns(tables[logged]), (logged, columns(tables[logged]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, first, second", [
    ("Volunteers walk transects and record how many of each species they saw on every walk.", "species", "walks"),
    ("Anglers visit lakes and we note how many of each fish species they caught on each trip.", "fish_species", "trips"),
    ("Birders visit reserves and count how many of each bird they spot during every visit.", "birds", "visits"),
])
def test_a_count_of_each_thing_per_occasion(dbs, text, first, second):
    """'how many of each species they saw on every walk': a count per species and walk — not a species
    kept by the volunteers."""
    schema, tables = design(text)
    pair = next(t for t in tables if {r[1] for r in references(tables[t])} >= {first, second})
    assert any("quantity" in c or "count" in c for c in columns(tables[pair])), columns(tables[pair])
    assert not any(ref[1] in ("volunteers", "anglers", "birders") for ref in references(tables[first]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, first, second, fields", [
    ("Keep track of which neighbour borrowed which tool, when they took it and when they brought it back.",
     "neighbours", "tools", {"taken_at", "brought_back_at"}),
    ("Track which member hired which boat, when they took it out and when they returned it.",
     "members", "boats", {"taken_out_at", "returned_at"}),
    ("Record which pupil borrowed which instrument, when they got it and when they gave it back.",
     "pupils", "instruments", {"given_back_at"}),
])
def test_when_a_pairs_act_was_done(dbs, text, first, second, fields):
    """'which neighbour borrowed which tool, when they took it …': the dates are the pair's act's (the
    participle names them: taken, not 'took'), not acts of their own ('takes', 'bringings')."""
    schema, tables = design(text)
    pair = next(t for t in tables if {r[1] for r in references(tables[t])} >= {first, second})
    assert fields <= set(columns(tables[pair])), columns(tables[pair])
    assert not {"takes", "bringings", "gives", "gots"} & set(tables), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table", [
    ("Sellers book pitches for market days and pay a fee per pitch.", "market_days"),
    ("Stallholders book stalls for craft fair days.", "craft_fair_days"),
    ("Teams sign up for quiz nights at pubs.", "quiz_nights"),
    ("Members register for work days at the allotment; plots have a number.", "work_days"),
])
def test_the_day_of_an_event_is_a_thing_with_its_date(dbs, text, table):
    """'book pitches for market days': a market day is a thing of its own (what is booked refers to it), with
    its date — it had been 'mentioned, not modelled', a day being a field word."""
    schema, tables = design(text)
    assert table in tables and "date" in columns(tables[table]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, fields", [
    ("Bells have a number. When we ring a peal we record the date, the method rung and how long it took.",
     "peals", {"date", "method_rung"}),
    ("When we hold a concert, we note the venue and the ticket price.", "concerts", {"venue", "ticket_price"}),
    ("Boats have a name. When we run a race, we log the date and the course.", "races", {"date", "course"}),
])
def test_what_the_speaker_notes_when_making_an_occurrence_happen(dbs, text, table, fields):
    """'When we ring a peal we record the date, …': the peal (an occurrence the speaker makes happen) has the
    fields — not the bells, nor nothing at all."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[table])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, record, first, second", [
    ("Bells have a number. Ringers have a name. When we ring a peal we record the date and which ringer rang which bell.",
     "peals", "ringers", "bells"),
    ("Players have a name. Positions have a code. For each match we record the score and which player played which position.",
     "matches", "players", "positions"),
])
def test_which_does_which_within_a_record(dbs, text, record, first, second):
    """'… we record the date and which ringer rang which bell': many pairs per peal, a table referring to the
    peal and to both (not a text field 'ringer_rang')."""
    schema, tables = design(text)
    table = next(t for t in tables if {r[1] for r in references(tables[t])} >= {record, first, second})
    assert table != record
    assert not any("rang" in c or "played" in c for c in columns(tables[record]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, fields", [
    ("stock notes\n- suppliers, phone\n- ingredients: unit, cost\n- ingredient comes from 1 supplier", "suppliers", {"phone"}),
    ("club notes\n- coaches, phone, email\n- teams: name\n- each team has 1 coach", "coaches", {"phone", "email"}),
    ("menu notes\n- recipes = smoothies on menu, price\n- ingredients: unit", "recipes", {"price"}),
    ("garage notes\n- jobs = repairs on cars, labour hours\n- cars: plate", "jobs", {"labour_hours"}),
])
def test_a_notes_line_labels_a_thing_before_its_fields(dbs, text, table, fields):
    """'- suppliers, phone', '- recipes = smoothies on menu, price': a plural label, then fields only (after a
    comma, or after a definition) — the thing and its fields, not nothing."""
    schema, tables = design(text)
    assert table in tables and fields <= set(columns(tables[table])), sorted(tables)
    applies(dbs, schema, tables)


def test_a_notes_line_of_things_stays_a_list(dbs):
    """'- customers, orders, products': no field words after the comma — a list of things."""
    schema, tables = design("shop notes\n- customers, orders, products\n- products: name, price")
    assert {"customers", "orders", "products"} <= set(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, pair, field", [
    ("notes\n- recipes: name, price\n- ingredients: name, unit\n- recipe uses ingredients (amount)", "recipe_ingredients", "amount"),
    ("Recipes have a name. Ingredients have a unit. Recipes use ingredients (amount).", "recipe_ingredients", "amount"),
    ("Jobs have a date. Parts have a price. Jobs use parts (quantity).", "job_parts", "quantity"),
])
def test_fields_in_parentheses_after_a_pairing_verb(dbs, text, pair, field):
    """'recipe uses ingredients (amount)': how much of each ingredient each recipe uses — the pair's field,
    not the ingredient's; 'customers place orders (date)' stays the orders'."""
    schema, tables = design(text)
    assert field in columns(tables[pair]), sorted(tables)
    assert all(field not in columns(tables[t]) for t in tables if t != pair)
    applies(dbs, schema, tables)


def test_fields_in_parentheses_after_a_made_thing_are_its_own(dbs):
    schema, tables = design("Customers place orders (date, total).")
    assert {"date", "total"} <= set(columns(tables["orders"]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, agent, other", [
    ("Members sign up for hikes led by guides.", "hikes", "guides", "members"),
    ("Students enroll in courses taught by teachers.", "courses", "teachers", "students"),
    ("Walkers join walks guided by rangers.", "walks", "rangers", "walkers"),
])
def test_a_participle_after_a_thing_describes_that_thing(dbs, text, thing, agent, other):
    """'members sign up for hikes led by guides': each hike's guide (a reduced relative clause), not the
    members' one guide."""
    schema, tables = design(text)
    assert (agent[:-1] + "_id", agent) in references(tables[thing]), sorted(tables)
    assert not any(ref[1] == agent for ref in references(tables[other]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field", [
    ("Vehicles have a make. The team owns vehicles identified by registration.", "vehicles", "registration"),
    ("Vehicles are identified by registration. Vehicles have a make.", "vehicles", "registration"),
    ("Projects have a title. Every study runs under a project identified by a code.", "projects", "code"),
])
def test_identified_by_a_field_without_an_article(dbs, text, table, field):
    """'vehicles identified by registration': the registration is the vehicle's unique field, not a table of
    registrations."""
    schema, tables = design(text)
    assert field in columns(tables[table]) and field + "s" not in tables, sorted(tables)
    assert any(tuple(u.columns) == (field,) for u in tables[table].uniques)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, first, second", [
    ("Callouts have a date. Vehicles have a registration. Each callout may use one or more vehicles.", "callouts", "vehicles"),
    ("Jobs have a date. Tools have a name. Each job uses several tools.", "jobs", "tools"),
])
def test_what_each_one_uses_is_shared(dbs, text, first, second):
    """'each callout may use one or more vehicles': what is used (WordNet's verb.consumption) serves many —
    a table of pairs, not each vehicle's one callout."""
    schema, tables = design(text)
    assert not any(ref[1] == first for ref in references(tables[second])), sorted(tables)
    assert any({r[1] for r in references(tables[t])} == {first, second} for t in tables)
    applies(dbs, schema, tables)


def test_which_people_took_part_each_time_with_a_record_of_the_act(dbs):
    """'For each callout we record which members attended': where the act has its own record (attendances),
    that record names the callout too."""
    schema, tables = design("Members have a name. Callouts have a date. For each callout we record which members "
                            "attended and the hours each spent.")
    assert {r[1] for r in references(tables["attendances"])} >= {"callouts", "members"}, sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field", [
    ("Lifeguards have a name. We record each lifeguard's qualification and when it expires.", "lifeguards", "expires_at"),
    ("Permits have a number. We record when it expires.", "permits", "expires_at"),
    ("Members have a name. We keep the date they joined and when their membership ends.", "members", "joined_on"),
])
def test_a_moment_to_come_is_named_by_its_verb(dbs, text, table, field):
    """'when it expires': expires_at (a moment to come, as starts_at and ends_at), not 'expired_at'."""
    schema, tables = design(text)
    assert field in columns(tables[table]), columns(tables[table])
    assert "expired_at" not in columns(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, source, column, target", [
    ("Shifts have a date. As a lifeguard I want to log an incident during my shift with a type and notes.",
     "incidents", "shift_id", "shifts"),
    ("Matches have a date. Referees record each foul during a match with the minute.", "fouls", "match_id", "matches"),
])
def test_something_during_an_occurrence_belongs_to_it(dbs, text, source, column, target):
    """'log an incident during my shift': the incident happened in one shift."""
    schema, tables = design(text)
    assert (column, target) in references(tables[source]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, fields", [
    ("Towers have a name. As a lifeguard I want to see my shifts with the tower and the start and end time.",
     "shifts", {"start_time", "end_time"}),
    ("Rooms have a number. Bookings with the room and the date.", "bookings", {"date"}),
])
def test_fields_after_a_reference_in_a_with_list(dbs, text, table, fields):
    """'my shifts with the tower and the start and end time': the tower is a reference, the times the shift's
    fields (they had been dropped with the reference)."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[table])), columns(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field", [
    ("pocket money tracker: each child with a weekly allowance and a savings goal", "children", "weekly_allowance"),
    ("plant care - each plant with a watering interval", "plants", "watering_interval"),
    ("reading list - every book with a rating", "books", "rating"),
])
def test_each_thing_with_a_field_after_a_title(dbs, text, table, field):
    """'track pocket money - each child with a weekly allowance': 'each X with a field' names a thing."""
    schema, tables = design(text)
    assert field in columns(tables[table]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field", [
    ("Members book cars by the hour and log the mileage at the end of each booking.", "bookings", "end_mileage"),
    ("Members book boats and record the fuel level at the start of each booking.", "bookings", "start_fuel_level"),
])
def test_a_value_taken_at_a_moment_of_each_thing(dbs, text, table, field):
    """'log the mileage at the end of each booking': the booking's end mileage (not a table of 'ends')."""
    schema, tables = design(text)
    assert field in columns(tables[table]) and "ends" not in tables and "starts" not in tables, sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, people", [
    ("An app for a car-sharing club where members book the club's cars by the hour.", "cars", "members"),
    ("A system for our museum: borrowers sign for the museum's objects, with a return date.", "objects", "borrowers"),
])
def test_the_business_possessive_names_no_other_thing(dbs, text, thing, people):
    """'members book the club's cars' in a text about a car-sharing club: the cars the club keeps."""
    schema, tables = design(text)
    assert thing in tables and people in tables, sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, role, record, fields", [
    ("As a therapist I want to see my clients. As the administrator I want to invoice parents every month for the "
     "sessions their children had.", "administrators", "invoices", set()),
    ("As a client, I want to book a photo shoot with a date. As the studio owner, I want to invoice each shoot with an "
     "invoice number, an amount and a paid date.", "studio_owners", "invoices", {"amount", "paid_date"}),
])
def test_a_charge_the_business_makes_is_no_roles(dbs, text, role, record, fields):
    """'As the administrator I want to invoice parents every month': the business charges the parents — no
    table of administrators each invoice refers to — and the fields after it are the invoice's."""
    schema, tables = design(text)
    assert role not in tables and fields <= set(columns(tables[record])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, owner", [
    ("Routes have a date. As a driver I want to see my route for the day with its stops in order.", "stops", "routes"),
    ("Playlists have a name. As a listener I want to play my playlist for the evening with its songs in order.", "songs",
     "playlists"),
])
def test_its_things_past_a_phrase_that_names_no_thing(dbs, text, table, owner):
    """'my route for the day with its stops': the stops are the route's ('the day' names no thing)."""
    schema, tables = design(text)
    assert any(ref[1] == owner for ref in references(tables[table])), sorted(tables)
    applies(dbs, schema, tables)


def test_what_the_story_role_assigns_to_each_is_not_the_roles(dbs):
    """'As the owner I want to assign a van and a driver to each route': each route's van and driver — no
    owners table with a route."""
    schema, tables = design("Vans have a plate. Drivers have a name. Routes have a date. As the owner I want to assign "
                            "a van and a driver to each route.")
    assert "owners" not in tables
    assert {r[1] for r in references(tables["routes"])} >= {"vans", "drivers"}
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, record, people", [
    ("Volunteers have a name. Volunteers check the fridge twice a day and log the temperature.", "checks", "volunteers"),
    ("Wardens have a name. Wardens inspect the hut every morning and record the water level.", "inspections", "wardens"),
])
def test_an_act_done_at_a_frequency_then_recorded(dbs, text, record, people):
    """'volunteers check the fridge twice a day and log the temperature': each check is a record with the
    temperature (not the volunteers' temperature)."""
    schema, tables = design(text)
    assert any(ref[1] == people for ref in references(tables[record])), sorted(tables)
    assert len(columns(tables[record])) > len(columns(tables[people])) - 2
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field, absent", [
    ("Guides run tours and note the number of visitors.", "tours", "num_visitors", "runs"),
    ("Guides lead tours and note the number of visitors.", "tours", "num_visitors", "leaderships"),
    ("Rangers lead patrols and record the water level at the end of each patrol.", "patrols", "end_water_level",
     "leaderships"),
])
def test_what_is_noted_after_making_an_occurrence_is_its_own(dbs, text, table, field, absent):
    """'guides run tours and note the number of visitors': the tour (an occurrence) has the count — no table of
    'runs'; and a '-ship' noun (leadership) names no act to record."""
    schema, tables = design(text)
    assert field in columns(tables[table]) and absent not in tables, sorted(tables)
    applies(dbs, schema, tables)


def test_an_act_then_recorded_still_makes_its_record(dbs):
    schema, tables = design("Mechanics service vans and record the mileage.")
    assert "mileage" in columns(tables["services"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, absent", [
    ("Q: What is a piece of music?\nA: A title, a composer and the number of copies we own.\nQ: Anything else?\n"
     "A: Concert programmes: which pieces were performed at which concert.", "pieces", "musics"),
    ("Each item of clothing has a size. Items are lent to actors for shows.", "items", "clothings"),
])
def test_pieces_named_on_their_own_are_the_things(dbs, text, table, absent):
    """'What is a piece of music? … which pieces were performed': the pieces are the things (the text names them
    alone too), not 'musics'."""
    schema, tables = design(text)
    assert table in tables and absent not in tables, sorted(tables)
    applies(dbs, schema, tables)


def test_a_piece_of_a_mass_noun_is_the_mass_nouns_thing(dbs):
    schema, tables = design("We track each piece of equipment with a serial number.")
    assert "equipment" in tables and "serial_number" in columns(tables["equipment"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, field", [
    ("A tool to track which employees have which certifications and when they expire.", "expires_on"),
    ("Record which volunteer visited which family and when they visited.", "visited_on"),
])
def test_when_a_pair_does_something_next(dbs, text, field):
    """'which employees have which certifications and when they expire': the pair's date is named by what it
    says happens (expires_on), not 'occurred_on'."""
    schema, tables = design(text)
    pair = next(t for t in tables if len(references(tables[t])) == 2)
    assert field in columns(tables[pair]), columns(tables[pair])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, column, place, agent", [
    ("Conference app: attendees register for talks given by speakers in rooms.", "talks", "room_id", "rooms", "speakers"),
    ("Classes taught by coaches at venues, and members who book them.", "classes", "venue_id", "venues", "coaches"),
])
def test_where_a_thing_done_by_someone_is_held(dbs, text, thing, column, place, agent):
    """'talks given by speakers in rooms': each talk's room, not the speakers'."""
    schema, tables = design(text)
    assert (column, place) in references(tables[thing]), sorted(tables)
    assert not any(ref[1] == place for ref in references(tables[agent]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, field, agent", [
    ("Talks given by speakers have a title.", "talks", "title", "speakers"),
    ("Books written by authors have an ISBN.", "books", "isbn", "authors"),
    ("Orders placed by customers have a total.", "orders", "total", "customers"),
])
def test_a_subject_with_its_doer_then_its_fields(dbs, text, thing, field, agent):
    """'Talks given by speakers have a title': the talks have the title and refer to a speaker (the talks had
    been lost, the title given to the speakers)."""
    schema, tables = design(text)
    assert field in columns(tables[thing]), sorted(tables)
    assert any(ref[1] == agent for ref in references(tables[thing]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, act, field", [
    ("Track our office plants, who waters them and when.", "waterings", "watered_by"),
    ("We keep our vans, who services them and when.", "services", "serviced_by"),
])
def test_who_does_it_to_them_and_when(dbs, text, act, field):
    """'track our office plants, who waters them and when': each watering is a row, with who did it and the
    date."""
    schema, tables = design(text)
    assert {field, "occurred_on"} <= set(columns(tables[act])), sorted(tables)
    applies(dbs, schema, tables)


def test_who_did_it_in_a_with_list_stays_the_records(dbs):
    """'Every stage change is logged with the old stage, the new stage, who changed it and when': the stage
    change's fields — no table of 'changes'."""
    schema, tables = design("Stories move through stages. Every stage change is logged with the old stage, the new "
                            "stage, who changed it and when.")
    assert "changes" not in tables
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, occasion, people", [
    ("Climbers have a name. Sessions have a date and a number of spaces. A climber can book several sessions.",
     "sessions", "climbers"),
    ("Members have a name. Classes have a title and a capacity. Members book classes.", "classes", "members"),
])
def test_booking_an_occasion_with_room_for_many(dbs, text, occasion, people):
    """'sessions have a number of spaces … a climber can book several sessions': many book each session —
    bookings of their own, not each session's one climber."""
    schema, tables = design(text)
    assert not any(ref[1] == people for ref in references(tables[occasion])), sorted(tables)
    assert any({r[1] for r in references(tables[t])} >= {occasion, people} for t in tables)
    applies(dbs, schema, tables)


def test_booking_an_occasion_of_ones_own(dbs):
    """'patients book appointments': the appointment is the booking (one patient's), as before."""
    schema, tables = design("Patients have a name. Appointments have a date. Patients book appointments.")
    assert ("patient_id", "patients") in references(tables["appointments"]) and "bookings" not in tables
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, absent", [
    ("Customers bring devices (phone, laptop, tablet) with a fault description.", "devices", {"laptop", "tablet"}),
    ("Residents book the shared facilities (gym, meeting room, rooftop) for a date.", "facilities", {"gym", "rooftop"}),
])
def test_things_in_parentheses_are_kinds_not_fields(dbs, text, table, absent):
    """'devices (phone, laptop, tablet)': most items name things — kinds or rows of it, not its fields (a
    field word among them, 'phone', had made them fields)."""
    schema, tables = design(text)
    assert not absent & set(columns(tables[table])), columns(tables[table])
    applies(dbs, schema, tables)


def test_fields_in_parentheses_stay_fields(dbs):
    schema, tables = design("Members (name, phone, email) borrow tools. Tools have a code.")
    assert {"name", "phone", "email"} <= set(columns(tables["members"]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, column, people", [
    ("Clients book appointments online or by phone; an appointment is with one stylist.", "appointments", "client_id",
     "clients"),
    ("Customers order cakes online or in the shop.", "orders", "customer_id", "customers"),
])
def test_how_a_thing_is_done_is_no_part_of_it(dbs, text, table, column, people):
    """'clients book appointments online or by phone': 'online' says how (WordNet has it only as an adjective),
    not a kind of appointment — the appointment had lost its client."""
    schema, tables = design(text)
    assert (column, people) in references(tables[table]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, first, second", [
    ("Appointments have a date. An appointment can include several services, like a cut, colour or blow-dry, each of "
     "which has a standard price.", "appointments", "services"),
    ("Boxes have a size. A box can include several treats, like a brownie or a cookie.", "boxes", "treats"),
    ("Tours have a date. A tour can include several stops, such as a museum or a castle.", "tours", "stops"),
])
def test_several_things_given_with_examples_are_a_list_shared(dbs, text, first, second):
    """'an appointment can include several services, like a cut …': kinds from a list the salon keeps, each in
    many appointments — a table of pairs, not each service's one appointment."""
    schema, tables = design(text)
    assert not any(ref[1] == first for ref in references(tables[second])), sorted(tables)
    assert any({r[1] for r in references(tables[t])} == {first, second} for t in tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, record, role", [
    ("Books have a title. As a member I want to write a review of each book.", "reviews", "members"),
    ("Recipes have a title. As a cook I want to write a comment on each recipe.", "comments", "cooks"),
])
def test_what_a_story_role_writes_refers_to_it(dbs, text, record, role):
    """'As a member I want to write a review of each book': the review is the member's (an interaction's
    record, not only WordNet's occurrences, is what a role makes) — the role had been dropped as idle."""
    schema, tables = design(text)
    assert any(ref[1] == role for ref in references(tables[record])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field", [
    ("Permits have a number. As a resident I want to see when my permit expires.", "permits", "expires_at"),
    ("Permits have a number. As a resident I want to pay for an approved permit and see when it expires.", "permits",
     "expires_at"),
    ("Loans have a date. As a member I want to know when each loan is due.", "loans", "due_on"),
])
def test_seeing_when_a_thing_does_something(dbs, text, table, field):
    """'I want to see when my permit expires': the moment is the permit's field (read as the list item 'when
    it expires' is)."""
    schema, tables = design(text)
    assert field in columns(tables[table]), columns(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field, absent", [
    ("Laps have a number. We record the lap time for every lap.", "laps", "lap_time", "lap_times"),
    ("Races have a date. We record the finish time for every race.", "races", "finish_time", "finish_times"),
])
def test_a_field_recorded_for_every_thing(dbs, text, table, field, absent):
    """'we record the lap time for every lap': a field of each lap (a time is no record of its own), while
    'writes a short report for every dog' still makes reports."""
    schema, tables = design(text)
    assert field in columns(tables[table]) and absent not in tables, sorted(tables)
    applies(dbs, schema, tables)


def test_a_record_made_for_every_thing_is_its_own(dbs):
    schema, tables = design("Dogs have a name. The walker writes a short report for every dog.")
    assert ("dog_id", "dogs") in references(tables["reports"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, place", [
    ("Drivers have a name. Heats have a date. We record the laps each driver does in a heat, with the lap time.",
     "laps", "heats"),
    ("Players have a name. Rounds have a number. We keep the holes each player plays in a round.", "holes", "rounds"),
])
def test_the_things_each_one_does_somewhere(dbs, text, thing, place):
    """'the laps each driver does in a heat': where each is done is the thing's (the lap's heat), not the
    doer's."""
    schema, tables = design(text)
    assert any(ref[1] == place for ref in references(tables[thing])), sorted(tables)
    assert not any(ref[1] == place for t in ("drivers", "players") if t in tables for ref in references(tables[t]))
    applies(dbs, schema, tables)
