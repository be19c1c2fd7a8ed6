"""Readings the generator got wrong on fresh texts of my own (docs/nl-dev-split.md, stop 32): a count
in a column list ('total_spaces'), examples in parentheses that look like a clause ('police reports
are …'), the kinds listed and the kind named, passives with 'against', an apposition with fields ('an
adjuster, an employee with …'), chat labels ('recipe = …', 'name n type'), a singular with its fields
in parentheses, a second verb after 'by the hour', an act on things joined by 'and', when a thing
happens and how long it lasts, an occasion that holds many, a relative clause before the verb, a
record made for each thing, 'they do not need their own table', 'add my car (licence plate, length)'
and 'get a refund …, with the amount'. Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def applies(dbs, schema, tables):
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_count_in_a_column_list_is_no_reference(dbs):
    schema, tables = design("warehouses(id, name, total_shelves)\nshelves(id, warehouse_id -> warehouses, code)")
    assert columns(tables["warehouses"])["total_shelves"].type == "integer"
    assert references(tables["warehouses"]) == set()
    assert ("warehouse_id", "warehouses") in references(tables["shelves"])
    applies(dbs, schema, tables)


def test_examples_in_parentheses_are_no_clause_and_close_the_kind(dbs):
    schema, tables = design("Claims are filed against policies. Files (photos, invoices, police reports) are attached to "
                            "a claim; we store the file name, the kind of file and when it was attached.")
    assert "police" not in tables and "police_reports" not in tables
    files = columns(tables["files"])
    assert "kind" in files and "type" not in files
    assert ("claim_id", "claims") in references(tables["files"])
    applies(dbs, schema, tables)


def test_the_other_end_of_a_passive_is_a_thing(dbs):
    schema, tables = design("Complaints are lodged against landlords. Each complaint has a date and a text.")
    assert {"complaints", "landlords"} <= set(tables)
    assert ("landlord_id", "landlords") in references(tables["complaints"])
    applies(dbs, schema, tables)


def test_an_apposition_gives_its_fields_to_what_it_renames(dbs):
    schema, tables = design("Each parcel is delivered by a courier, a driver with a name and a van number.")
    assert {"name", "van_number"} <= set(columns(tables["couriers"]))
    assert "van_number" not in columns(tables["parcels"])
    assert ("courier_id", "couriers") in references(tables["parcels"])
    applies(dbs, schema, tables)


def test_chat_labels_and_a_singular_with_fields_in_parentheses(dbs):
    schema, tables = design("keep our brews!! each brew is one recipe (recipe = name, style, bitterness). "
                            "hops have name n origin")
    assert {"name", "style", "bitterness"} <= set(columns(tables["recipes"]))
    assert ("recipe_id", "recipes") in references(tables["brews"])
    assert {"name", "origin"} <= set(columns(tables["hops"])) and "name_n_origin" not in columns(tables["hops"])
    applies(dbs, schema, tables)


def test_a_second_verb_after_a_manner_and_an_act_on_joined_things(dbs):
    schema, tables = design("a studio app where members book rooms and lockers by the day and pay monthly invoices")
    assert {"invoices", "rooms", "lockers", "bookings"} <= set(tables)
    bookings = tables["bookings"]
    assert {("room_id", "rooms"), ("locker_id", "lockers")} <= references(bookings)
    assert columns(bookings)["room_id"].nullable and columns(bookings)["locker_id"].nullable
    applies(dbs, schema, tables)


def test_when_a_thing_happens_and_how_long_it_lasts(dbs):
    schema, tables = design("Tutors run lessons. A lesson happens at a scheduled time and lasts a number of minutes.")
    lesson = columns(tables["lessons"])
    assert lesson["scheduled_at"].type == "timestamp with time zone" and lesson["duration_minutes"].type == "integer"
    applies(dbs, schema, tables)


def test_an_occasion_that_holds_many_and_a_relative_clause(dbs):
    schema, tables = design("Owners register their horses with a name. Our riders, who each have a licence number, "
                            "take horses out on rides; a ride happens at a scheduled time and can include several "
                            "horses.")
    assert {("ride_id", "rides"), ("horse_id", "horses")} <= references(tables["ride_horses"])
    assert ("rider_id", "riders") in references(tables["rides"])
    assert "horse_id" not in columns(tables["rides"]) and "horse_id" not in columns(tables["riders"])
    assert "licence_number" in columns(tables["riders"])
    applies(dbs, schema, tables)


def test_a_record_made_for_each_thing(dbs):
    schema, tables = design("Inspectors visit farms. The inspector writes a short report for every field on a farm.")
    assert "reports" in tables
    assert ("field_id", "fields") in references(tables["reports"]) or "field" in columns(tables["reports"])
    applies(dbs, schema, tables)


def test_what_needs_no_table_gets_none(dbs):
    schema, tables = design("Q: Who uses it? A: Trainers and members. Receptionists too, but they do not need their "
                            "own table. Q: Do members book classes? A: Yes, members book classes taught by trainers.")
    assert "receptionists" not in tables
    assert {"trainers", "members", "classes"} <= set(tables)
    applies(dbs, schema, tables)


def test_a_thing_of_mine_with_its_fields_and_a_sum_someone_gets(dbs):
    schema, tables = design("As a guest, I want to book a room for a stay. As a guest, I want to add my car (licence "
                            "plate, length) to a stay. As a guest, I want to get a refund when a stay is cancelled, "
                            "with the amount and the date.")
    assert {"licence_plate", "length"} <= set(columns(tables["cars"]))
    refunds = tables["refunds"]
    assert {"amount", "date"} <= set(columns(refunds)) and "amount" not in columns(tables["guests"])
    assert ("guest_id", "guests") in references(refunds) and "refund_id" not in columns(tables["guests"])
    applies(dbs, schema, tables)


def test_a_record_done_to_one_thing_by_people_and_staff_who_share_fields(dbs):
    schema, tables = design("Each sample is ordered by a doctor. Tests are run on samples by technicians. Doctors and "
                            "technicians are staff members with a name and an employee number.")
    assert {("sample_id", "samples"), ("technician_id", "technicians")} <= references(tables["tests"])
    assert "technician_id" not in columns(tables["samples"]) and "test_samples" not in tables
    for staff in ("doctors", "technicians"):
        assert "employee_number" in columns(tables[staff])
    applies(dbs, schema, tables)


def test_one_row_per_pair_in_a_column_list(dbs):
    schema, tables = design("Table rentals: customer_id, bike_id, rented_at; one rental per customer per bike\n"
                            "Table customers: id, name\nTable bikes: id, code")
    rentals = tables["rentals"]
    assert ("customer_id", "bike_id") in [u.columns for u in rentals.uniques]
    assert "one" not in columns(rentals)
    applies(dbs, schema, tables)


def test_unwrapped_notes_a_pair_and_when_and_events_that_happen(dbs):
    schema, tables = design("allotment notes. plots get rented to members per season - need plot number, size in m2, "
                            "and the rent per season paid\nwe lend tools, keep track of which member has which tool "
                            "n when its due back\nwork days happen once a month, members sign up for them")
    plots = columns(tables["plots"])
    assert {"plot_number", "size_m2"} <= set(plots) and plots["size_m2"].type == "numeric"
    assert ("member_id", "members") in references(tables["plots"])
    assert "due_back_on" in columns(tables["member_tools"]) and "due_back" not in plots
    assert "plot_id" not in columns(tables["tools"])
    assert {("member_id", "members"), ("work_day_id", "work_days")} <= references(tables["registrations"])
    applies(dbs, schema, tables)


def test_what_an_app_is_to_track_and_the_person_who_did_it(dbs):
    schema, tables = design("an app for a piano tuning business to track clients, their pianos, tuning visits and the "
                            "tuner who did the visit")
    assert {"clients", "pianos", "tuning_visits", "tuners"} <= set(tables)
    assert ("client_id", "clients") in references(tables["pianos"])
    assert {("tuner_id", "tuners"), ("piano_id", "pianos")} <= references(tables["tuning_visits"])
    applies(dbs, schema, tables)


def test_an_act_with_made_things_holds_many_of_them(dbs):
    schema, tables = design("Shop: customers, suppliers, orders with products")
    assert {("order_id", "orders"), ("product_id", "products")} <= references(tables["order_products"])
    assert "order_id" not in columns(tables["products"])
    applies(dbs, schema, tables)


def test_what_staff_record_in_stories_is_not_theirs(dbs):
    schema, tables = design("As a reader, I want to reserve a title. As a clerk, I want to record each checkout with "
                            "the copy, the reader, the checkout date and the due date. As a clerk, I want to know "
                            "which copies of a title are available. As a reader, I want to pay a fine when I return "
                            "a copy late, with the amount and the date paid.")
    assert "clerks" not in tables
    assert {("copy_id", "copies"), ("reader_id", "readers")} <= references(tables["checkouts"])
    assert {"amount", "paid_on"} <= set(columns(tables["fines"]))
    assert "amount" not in columns(tables["copies"]) and "copy_lates" not in tables
    applies(dbs, schema, tables)


def test_a_relative_clause_after_one_and_a_second_verb_of_a_list(dbs):
    schema, tables = design("Every bike belongs to a rider, who has a name, a phone number and an address. A race has "
                            "a name, a start line, a finish line, a start time and uses one course. Courses have a "
                            "length.")
    assert {"phone_number", "address"} <= set(columns(tables["riders"]))
    assert "address" not in columns(tables["bikes"])
    assert ("course_id", "courses") in references(tables["races"])
    applies(dbs, schema, tables)


def test_what_a_thing_is_done_for_is_not_made_by_it(dbs):
    schema, tables = design("Funds have a name and a target. Concerts have a date and a venue. Each concert raises "
                            "money for one fund.")
    assert ("fund_id", "funds") in references(tables["concerts"])
    assert "concert_id" not in columns(tables["funds"])
    applies(dbs, schema, tables)


def test_a_clause_of_its_own_after_and_and_fields_of_the_act(dbs):
    schema, tables = design("a hiring tool where firms post vacancies, applicants apply with a letter and agents "
                            "schedule interviews")
    assert {"agents", "interviews", "vacancies", "firms"} <= set(tables)
    assert not any(t.startswith("applicant_agent") for t in tables)
    schema, tables = design("guests book rooms for some nights - we need arrival + departure date, how many guests, "
                            "and if breakfast is included.")
    assert "nights" not in tables
    bookings = columns(tables["bookings"])
    assert {"arrival_date", "departure_date", "is_breakfast_included"} <= set(bookings)
    assert "arrival_date" not in columns(tables["rooms"])
    applies(dbs, schema, tables)


def test_a_record_named_by_a_persons_verb_is_theirs(dbs):
    schema, tables = design("Pilots have a licence number. Pilots can report incidents; each report has a date, a "
                            "severity from 1 to 5 and optional notes.")
    assert ("pilot_id", "pilots") in references(tables["reports"])
    applies(dbs, schema, tables)


def test_my_people_a_booking_for_them_and_the_things_i_teach(dbs):
    schema, tables = design("As a parent, I want to register my children with their name, age and school year. "
                            "As a parent, I want to book a coach for one of my children for a sport, at a date and "
                            "time. As a coach, I want to list the sports I teach and my hourly rate. As a parent, I "
                            "want to see my past bookings.")
    assert ("parent_id", "parents") in references(tables["children"])
    assert {("child_id", "children"), ("sport_id", "sports"), ("coach_id", "coaches")} <= references(tables["bookings"])
    assert "child_id" not in columns(tables["coaches"]) and "sport_id" not in columns(tables["coaches"])
    assert {("coach_id", "coaches"), ("sport_id", "sports")} <= references(tables["coach_sports"])
    assert "past_bookings" not in tables
    applies(dbs, schema, tables)


def test_people_come_in_for_visits_of_a_length_billed_to_one_of_two(dbs):
    schema, tables = design("dental clinic!! patients come in for visits w/ one of our dentists, each visit is 20 or "
                            "40 min.\ninvoices go to the patient or the insurer, never both")
    visits = tables["visits"]
    assert {("patient_id", "patients"), ("dentist_id", "dentists")} <= references(visits)
    assert columns(visits)["duration_minutes"].type == "integer"
    invoices = tables["invoices"]
    assert {("patient_id", "patients"), ("insurer_id", "insurers")} <= references(invoices)
    assert columns(invoices)["patient_id"].nullable and columns(invoices)["insurer_id"].nullable
    applies(dbs, schema, tables)


def test_listed_people_and_the_record_of_a_mass_noun(dbs):
    schema, tables = design("app for a yoga studio: members, instructors, classes by style and level, term passes "
                            "and payments")
    assert ("member_id", "members") in references(tables["term_passes"])
    assert references(tables["payments"]) == {("member_id", "members")}
    schema, tables = design("Boats undergo servicing; for each servicing job we store the date and the cost. Boats "
                            "have a name.")
    assert ("boat_id", "boats") in references(tables["servicing_jobs"])
    schema, tables = design("a platform where owners list cabins, guests sign leases and pay rent every month")
    assert ("guest_id", "guests") in references(tables["payments"])
    applies(dbs, schema, tables)


def test_a_long_markdown_table_without_types_and_a_measure_in_units(dbs):
    schema, tables = design("| table | column | notes |\n|---|---|---|\n| boards | name | unique |\n"
                            "| boards | owner_id | references people |\n| cards | title | |\n"
                            "| cards | board_id | references boards |\n| cards | stage | todo / doing / done |\n"
                            "| people | email | unique |")
    assert ("board_id", "boards") in references(tables["cards"]) and ("owner_id", "people") in references(tables["boards"])
    schema, tables = design("Trucks. Each truck has a plate (unique), a make and a capacity in kilograms.")
    assert columns(tables["trucks"])["capacity_kg"].type == "numeric"
    applies(dbs, schema, tables)


def test_copies_each_with_fields_an_order_with_one_or_more_and_a_yes_and_we(dbs):
    schema, tables = design("Archive system\n- records: reference (unique), title\n- scans of records, each with a "
                            "file path and a resolution")
    assert {"file_path", "resolution"} <= set(columns(tables["scans"]))
    assert "file_path" not in columns(tables["records"])
    schema, tables = design("Diners have an email. We create a booking with one or more seats; each seat has a "
                            "unique label. Can seats be swapped? Yes, and we keep the swap date.")
    assert ("booking_id", "bookings") in references(tables["seats"])
    assert "swap_date" in columns(tables["seats"])
    applies(dbs, schema, tables)


def test_many_records_made_for_one_thing(dbs):
    schema, tables = design("As a gardener, I want to record soil readings for a greenhouse over time.")
    assert ("greenhouse_id", "greenhouses") in references(tables["soil_readings"])
    applies(dbs, schema, tables)
