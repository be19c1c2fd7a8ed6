"""Acts and their records in the generator (docs/nl-dev-split.md, stop 21): what a verb makes
('members book classes' → bookings, 'pay fees' → payments), who a participle's agent is ('classes
taught by trainers'), what a header's act refers to ('Reservations: a guest reserves one room'),
paragraph headings, ranges and values after 'of'. Each design is applied on the server."""

from ai_schema.generate import generate, text as tx
from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def checks(table):
    return " ".join(c.expression for c in table.checks)


def test_booking_a_thing_that_is_no_occurrence_makes_bookings(dbs):
    schema, tables = design("A gym membership app where members book classes taught by trainers and pay monthly fees.")
    assert set(tables) == {"members", "classes", "trainers", "bookings", "payments"}, sorted(tables)
    assert {("member_id", "members"), ("class_id", "classes")} <= references(tables["bookings"])
    assert ("trainer_id", "trainers") in references(tables["classes"])          # the participle's agent
    assert ("member_id", "members") in references(tables["payments"])           # the subject "and pay" shares
    assert "monthly_fees" not in columns(tables["bookings"])
    _, appointments = design("Clients book appointments with a stylist.")
    assert "bookings" not in appointments                                       # the appointment is the booking
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_headers_act_refers_to_both_parties(dbs):
    schema, tables = design("Hotel reservations\n"
                            "* Hotels: name, city, star rating (1-5)\n"
                            "* Rooms: belong to a hotel; room number, floor, nightly price\n"
                            "* Guests: full name, email (unique), phone\n"
                            "* Reservations: a guest reserves one room for a check-in date and a check-out date; "
                            "status is booked, checked in, checked out or cancelled\n")
    assert {("guest_id", "guests"), ("room_id", "rooms")} <= references(tables["reservations"])
    assert not references(tables["guests"])                                     # no guest -> room
    assert "BETWEEN 1 AND 5" in checks(tables["hotels"])                        # a range, not values 1 and 5
    assert "'checked_in'" in checks(tables["reservations"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_plural_heading_over_a_paragraph_names_a_thing(dbs):
    schema, tables = design("Clinic scheduling - spec\n\n"
                            "Clinics. Each clinic has a name and an address.\n\n"
                            "Appointments. A patient books an appointment at a clinic for a start time; it has a "
                            "status of scheduled, completed, cancelled or no-show.\n\n"
                            "Invoices. After an appointment we issue at most one invoice with the amount, the due "
                            "date and whether it was paid.\n")
    assert "invoices" in tables and {"amount", "due_date"} <= set(columns(tables["invoices"]))
    assert "'no-show'" in checks(tables["appointments"])                        # values after "a status of"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_values_after_of_and_a_colon_close_at_the_list():
    sentence, = tx.sentences("each task has a priority of low, normal or urgent")
    assert " ".join(sentence.words).endswith("priority ( low , normal or urgent )")
    sentence, = tx.sentences("the role of a member: chair, senior member or member")
    assert "( chair , senior member or member )" in " ".join(sentence.words)
    sentence, = tx.sentences("Invoices")
    assert sentence.tags == [tx.NOUN]                                           # a heading, no imperative


def test_a_passive_booking_a_role_that_is_a_thing_and_the_fields_of_each_act(dbs):
    schema, tables = design(
        "Our orchestra needs a system for its concert seasons. Musicians play one or more instruments, and each "
        "musician has a name, an email and the section they sit in (strings, woodwind, brass or percussion). A "
        "season contains concerts; every concert has a date, a venue and a conductor, who is also a musician. "
        "For each concert we plan a programme of pieces in a running order; a piece has a title, a composer and "
        "a duration in minutes. Musicians are booked for concerts, and for each booking we record the fee agreed.")
    assert {("musician_id", "musicians"), ("concert_id", "concerts")} <= references(tables["bookings"])
    assert "fee_agreed" in columns(tables["bookings"]) and "fee_agreed" not in columns(tables["musicians"])
    assert ("conductor_id", "musicians") in references(tables["concerts"])      # "who is also a musician"
    assert "conductor" not in columns(tables["concerts"])
    assert {"title", "composer"} <= set(columns(tables["pieces"]))              # "a piece has …": a thing
    assert {("musician_id", "musicians"), ("instrument_id", "instruments")} <= \
        references(tables["musician_instruments"])                              # "play one or more": both ways
    assert "'percussion'" in checks(tables["musicians"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_an_equals_sign_after_a_plural_opens_its_list(dbs):
    schema, tables = design("we sell kegs to bars - each keg is filled from one batch and we need to know which "
                            "bar has it. batches have a brew date. bars = name + address + contact person")
    assert {"name", "address", "contact_person"} <= set(columns(tables["bars"]))
    assert ("batch_id", "batches") in references(tables["kegs"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_answers_to_what_we_track_and_what_a_thing_is(dbs):
    schema, tables = design(
        "Warehouse inventory - answers to our questions.\n\n"
        "What do we track? Warehouses, bins, products, suppliers and stock movements.\n\n"
        "What is a warehouse? A code (unique) and an address.\n\n"
        "Bins? Each bin belongs to one warehouse and has a label.\n\n"
        "Products? SKU (unique), name, unit weight in grams and the supplier we buy it from.\n\n"
        "Can a product be stored in several bins? Yes, with the quantity in each bin.\n\n"
        "Stock movements? Every movement moves a quantity of one product from one bin to another bin, at a "
        "time, done by an employee.\n\n"
        "Employees? Name and badge number, unique.\n")
    assert {"suppliers", "product_bins"} <= set(tables), sorted(tables)
    assert {"code", "address"} <= set(columns(tables["warehouses"]))          # "What is a warehouse? …"
    assert "quantity" in columns(tables["product_bins"])                       # "… in each bin": the pair's
    moves = tables["stock_movements"]
    assert {("from_bin_id", "bins"), ("to_bin_id", "bins"), ("product_id", "products"),
            ("employee_id", "employees")} <= references(moves)                 # a route; ", done by …"
    assert "quantity" in columns(moves)                                        # "moves a quantity"
    assert not references(tables["products"]) - {("supplier_id", "suppliers")}
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_every_record_the_speaker_keeps_with_fields_is_a_thing(dbs):
    schema, tables = design(
        "As a landlord I want to record tenants (name, phone, email) and the leases they sign for a property.\n"
        "As a landlord I want to record every rent payment against a lease: the amount, the date paid and the "
        "payment method (cash, transfer or card).\n")
    assert {"tenants", "leases", "rent_payments"} <= set(tables), sorted(tables)
    assert {"amount", "payment_method"} <= set(columns(tables["rent_payments"]))
    assert "amount" not in columns(tables["leases"])
    assert ("lease_id", "leases") in references(tables["rent_payments"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_acts_listed_with_things_refer_to_them(dbs):
    schema, tables = design("an app for a dog walking business: owners, dogs, walkers and the walks they do")
    assert {("dog_id", "dogs"), ("walker_id", "walkers")} <= references(tables["walks"])
    assert references(tables["dogs"]) <= {("owner_id", "owners")} and not references(tables["walkers"])   # things
    #                                       refer to no act (the dogs to their owners: test_generate_people_had.py)
    header = generate("an app for a dog walking business: owners, dogs, walkers and the walks they do")
    assert "each walk refers to a dog (listed together" in header                 # said in the header
    _, fleet = design("a fleet management tool to track vehicles, drivers, trips and fuel purchases")
    assert {"vehicles", "drivers", "trips", "fuel_purchases"} <= set(fleet)         # the whole list is kept
    assert {("vehicle_id", "vehicles"), ("driver_id", "drivers")} <= references(fleet["trips"])
    _, school = design("school timetable: teachers, subjects, classrooms, classes of students and weekly lessons")
    assert {("teacher_id", "teachers"), ("classroom_id", "classrooms")} <= references(school["lessons"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_list_after_a_dash_and_fields_in_a_title_list(dbs):
    schema, tables = design("a ticketing system for a theatre - shows, performances, seats and tickets sold to "
                            "customers")
    assert {"shows", "performances", "seats", "tickets", "customers"} <= set(tables), sorted(tables)
    _, hospital = design("Hospital: doctors, patients, appointments (date, reason), prescriptions (drug, dose)")
    assert {"drug", "dose"} <= set(columns(hospital["prescriptions"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_bare_plurals_with_a_thing_are_its_own_and_others_act_on_it(dbs):
    schema, tables = design("a recipe sharing site where cooks publish recipes with ingredients and steps, and "
                            "others rate and save them")
    # (stop 32) a recipe's ingredients are things of their own, each in many recipes
    assert {("recipe_id", "recipes"), ("ingredient_id", "ingredients")} <= references(tables["recipe_ingredients"])
    assert {("cook_id", "cooks"), ("recipe_id", "recipes")} <= references(tables["ratings"])   # other cooks
    assert not {"others", "save", "steps"} & set(columns(tables["recipes"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_list_items_plural_label_names_the_record_of_its_act(dbs):
    schema, tables = design(
        "Library of Things (tool lending)\n\n"
        "- Members: name, email, phone, joined on\n"
        "- Items: name, category, condition (new, good, worn, broken), replacement value; each item sits at one "
        "branch\n"
        "- Branches: name, address, opening hours\n"
        "- Loans: member borrows an item from a branch; borrowed at, due at, returned at (empty until returned)\n"
        "- Late fees: charged per loan, amount and whether paid\n")
    loans = tables["loans"]
    assert {("member_id", "members"), ("item_id", "items"), ("branch_id", "branches")} <= references(loans)
    assert ("member_id", "members") not in references(tables["items"])       # the loan's parties, not the item's
    assert {"borrowed_at", "due_at", "returned_at"} <= set(columns(loans)) and columns(loans)["returned_at"].nullable
    assert "opening_hours" in columns(tables["branches"])                    # "opening" is no verb here
    fees = columns(tables["late_fees"])
    assert {"amount", "is_paid", "loan_id"} <= set(fees) and "charged" not in fees
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_stories_that_create_things_with_fields_and_sign_up_for_one(dbs):
    schema, tables = design(
        "User stories for the volunteer scheduling app\n\n"
        "- As a coordinator, I can create events with a title, a location and a date.\n"
        "- As a coordinator, I can define shifts for an event, each with a start time and an end time.\n"
        "- As a volunteer, I can sign up for a shift; I can't sign up twice for the same shift.\n"
        "- As a coordinator, I can see each volunteer's phone number and emergency contact.\n")
    assert {"title", "location"} <= set(columns(tables["events"]))            # "create events with a title"
    assert ("event_id", "events") in references(tables["shifts"])
    assert "users" not in tables                                               # "User stories" names no users
    assert {("volunteer_id", "volunteers"), ("shift_id", "shifts")} <= references(tables["registrations"])
    assert {"phone_number", "emergency_contact"} <= set(columns(tables["volunteers"]))   # a possessive's fields
    _, appointments = design("As a patient I can book an appointment with a doctor")
    assert "bookings" not in appointments
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_messy_notes_with_equals_how_long_how_often_and_if(dbs):
    schema, tables = design(
        "need a db for my cleaning company asap!! we have like 12 cleaners, each one has name, phone and the area "
        "they cover. clients are houses or offices, we need address + contact name + phone + how often we clean "
        "(weekly/biweekly/monthly). every job = one cleaner at one client on a date, plus how long it took in hours "
        "and if the client paid. supplies we buy (name, unit cost)")
    assert "likes" not in tables                                       # "like 12 cleaners": about twelve
    assert {"phone", "area"} <= set(columns(tables["cleaners"]))       # "12 cleaners, each one has …"
    assert "'biweekly'" in checks(tables["clients"]) and "frequency" in columns(tables["clients"])
    jobs = tables["jobs"]
    assert {("cleaner_id", "cleaners"), ("client_id", "clients")} <= references(jobs)
    assert {"date", "duration_hours", "is_paid"} <= set(columns(jobs))
    assert columns(jobs)["duration_hours"].type == "numeric"                     # "how long": not a count
    assert "unit_cost" in columns(tables["supplies"])                  # "supplies we buy (name, unit cost)"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_numbered_spec_with_headings_roles_and_records_linking_two(dbs):
    schema, tables = design(
        "Product requirements: Field Inspection App\n\n"
        "1. Sites. Inspectors visit sites. A site has a name and an address. Every site is owned by exactly one "
        "client company.\n\n"
        "2. Client companies. We store the company name, its VAT number (unique) and a billing email.\n\n"
        "3. Inspectors. Each inspector has a full name and a mobile phone.\n\n"
        "4. Inspections. An inspection is carried out by one inspector at one site on a given date. An inspection "
        "can produce several findings.\n\n"
        "5. Findings. Each finding belongs to an inspection and has a description. A finding can be assigned to a "
        "follow-up inspection that closes it.\n")
    assert "product_requirements" not in tables                      # a title, not a table
    assert {"name", "vat_number"} <= set(columns(tables["client_companies"]))
    assert "company_name" not in columns(tables["client_companies"])  # the owner's own name is its name
    assert ("client_company_id", "client_companies") in references(tables["sites"])
    assert "inspector_sites" not in tables                             # the inspections link the two
    assert ("follow_up_inspection_id", "inspections") in references(tables["findings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_money_records_per_thing_and_periods(dbs):
    schema, tables = design("an app to track my expenses by category with a monthly budget per category")
    assert set(tables) == {"expenses", "categories", "budgets"}, sorted(tables)
    assert ("category_id", "categories") in references(tables["expenses"])      # "by category"
    assert ("category_id", "categories") in references(tables["budgets"])       # "a budget per category"
    assert {"amount", "date"} <= set(columns(tables["expenses"]))               # money: an amount on a day
    assert {"amount", "month"} <= set(columns(tables["budgets"]))               # "monthly": the month it is for
    _, rooms = design("Hotels have a name. Rooms have a number and a price per night.")
    assert "nights" not in rooms                                                # a unit of time prices, no table
    _, accounts = design("Users have a display name and an email (one account per email). Users write posts.")
    assert "accounts" not in accounts                                           # "one X per Y": Y is unique
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_kinds_of_an_act_and_things_in_things(dbs):
    schema, tables = design("a stock portfolio tracker: portfolios hold positions in stocks, and I record every buy "
                            "and sell trade")
    assert {("portfolio_id", "portfolios"), ("stock_id", "stocks")} <= references(tables["positions"])
    assert "'sell'" in checks(tables["trades"])                                 # "every buy and sell trade"
    assert not references(tables["stocks"]) and "amount" not in columns(tables["stocks"])   # a stock is owned
    _, mail = design("email newsletter tool where subscribers join lists and we send campaigns to lists")
    assert {"subscribers", "lists", "campaigns"} <= set(mail)                   # lists acted on are records
    assert ("list_id", "lists") in references(mail["campaigns"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_roles_that_are_things_acts_that_replace_pairs_and_rates_per_unit(dbs):
    schema, tables = design(
        "Employees have a name, a job title and a hire date. Each employee reports to a manager, who is another "
        "employee. Employees work in departments; a department has a name and a budget. Employees can be assigned "
        "to several projects, and for each assignment we store the role and the hours per week.")
    assert ("manager_id", "employees") in references(tables["employees"])     # "a manager, who is another employee"
    assignments = tables["assignments"]
    assert {("employee_id", "employees"), ("project_id", "projects")} <= references(assignments)
    assert "employee_projects" not in tables                                   # the assignment is the pair
    assert {"role", "hours_per_week"} <= set(columns(assignments))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_kinds_in_parentheses_particles_and_places(dbs):
    schema, tables = design(
        "Our IT helpdesk: staff raise tickets about assets (laptops, phones, monitors). Each asset has a serial "
        "number and a model. Technicians pick up tickets, add notes, and close them with a resolution.")
    assert "'laptop'" in checks(tables["assets"])                              # kinds, not ticket fields
    assert not {"laptops", "phones"} & set(columns(tables["tickets"]))
    assert ("asset_id", "assets") in references(tables["tickets"])             # "tickets about assets"
    assert "technicians" in tables                                             # "pick up": a particle
    _, rooms = design("A conference room booking tool. Rooms are in buildings and have a capacity. People book a "
                      "room for a time slot; a booking has a start, an end and a purpose.")
    assert ("building_id", "buildings") in references(rooms["rooms"])          # "rooms are in buildings"
    assert {"starts_at", "ends_at", "purpose"} <= set(columns(rooms["bookings"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_thing_between_two_roles_and_acts_during_a_record(dbs):
    schema, tables = design("Teams have a name. Referees have a name. A match is between a home team and an away team "
                            "on a date, with the final score of each side and one referee.")
    matches = tables["matches"]
    assert {("home_team_id", "teams"), ("away_team_id", "teams"), ("referee_id", "referees")} <= references(matches)
    assert "final_score" in columns(matches) and "final_score" not in columns(tables["teams"])
    _, vet = design("Veterinary practice: owners bring pets; each pet has a species (dog, cat, bird, other), a breed "
                    "and a birth date. Vets examine pets during visits and may prescribe medications with a dosage.")
    assert {("vet_id", "vets"), ("pet_id", "pets")} <= references(vet["visits"])   # "during visits"
    assert "vet_pets" not in vet and "medications" in vet
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_story_verbs_after_want_to_and_records_of_interactions(dbs):
    schema, tables = design("As a resident, I want to report problems with a description. As a resident, I want to "
                            "follow the status of my reports. As a resident, I want to upvote reports from my "
                            "neighbours so that urgent problems rise to the top. Reports have a title.")
    assert {("resident_id", "residents"), ("report_id", "reports")} <= references(tables["votes"])   # "to upvote"
    assert "follows" not in tables                                   # "follow the status of": no follow record
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_sql_types_written_after_a_field_are_its_type_not_its_name(dbs):
    schema, tables = design(
        "Products have a name varchar(200), a price numeric(10,2), a weight (real), a sku char(12) and metadata as "
        "jsonb. Orders have a total as decimal(12,2), a placed_at timestamptz, a note (text), an external id (uuid) "
        "and a delivery window (tstzrange). Customers have a birthday (date), a loyalty points integer, an is_vip "
        "boolean and tags as a text array. Subscriptions have a period (interval) and a discount rate double "
        "precision.")
    types = {(t, c.name): c.type for t, table in tables.items() for c in table.columns}
    assert types[("products", "name")] == "varchar(200)" and types[("products", "price")] == "numeric(10,2)"
    assert types[("products", "weight")] == "real" and types[("products", "sku")] == "char(12)"
    assert types[("orders", "total")] == "numeric(12,2)" and types[("orders", "delivery_window")] == "tstzrange"
    assert types[("customers", "loyalty_points")] == "integer" and types[("customers", "tags")] == "text[]"
    assert types[("customers", "is_vip")] == "boolean" and types[("customers", "birthday")] == "date"
    assert types[("subscriptions", "discount_rate")] == "double precision"
    assert "loyalties" not in tables                                           # "points" is no verb before a type
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_value_lists_and_uniqueness_said_in_other_words(dbs):
    schema, tables = design(
        "Tickets have a title and a status that can be one of: open, pending, closed. Priority: low | medium | high.\n"
        "Courses have a name and a level; levels are beginner, intermediate and advanced.\n"
        "Invoices have a number and a state (allowed values: draft, sent, paid).\n"
        "Users have a username and an email. No two users can have the same email.\n"
        "Coupons have a code; each code can be used only once.\n"
        "Orders have a total. Orders go through placed → packed → shipped → delivered.\n")
    assert "'high'" in checks(tables["tickets"]) and "priority" in columns(tables["tickets"])
    assert "'intermediate'" in checks(tables["courses"]) and "levels" not in tables
    assert "'paid'" in checks(tables["invoices"])
    assert "'packed'" in checks(tables["orders"])
    assert columns(tables["users"])["email"].name in {c for u in tables["users"].uniques for c in u.columns}
    assert "code" in {c for u in tables["coupons"].uniques for c in u.columns}
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_each_thing_is_assigned_to_is_a_thing(dbs):
    schema, tables = design("Reports have a title. As a dispatcher, I want to assign each report to a crew and set a "
                            "priority.")
    assert ("crew_id", "crews") in references(tables["reports"])
    _, tickets = design("Tickets have a subject. Managers assign each ticket to an agent.")
    assert ("agent_id", "agents") in references(tickets["tickets"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
