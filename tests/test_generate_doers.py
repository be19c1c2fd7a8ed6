"""Who does what to which record (docs/nl-dev-split.md, stop 22): one thing handed to each of many
('assign a truck and a driver to each load'), people who act on a record ('a pharmacist fills a
prescription'), an act's passive agent and the party it is for ('prescriptions are written by doctors
for patients'), booking one thing ('members book a court'). Each design is applied on the server."""

from ai_schema.generate import lexicon
from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_acts import checks
from test_generate_phrases import columns, design, references


def test_one_thing_handed_to_each_of_many_is_referenced_by_each(dbs):
    schema, tables = design("Trucks have a plate. Drivers have a name. Loads have a weight. "
                            "Dispatchers assign a truck and a driver to each load.")
    assert {("truck_id", "trucks"), ("driver_id", "drivers")} <= references(tables["loads"])
    _, story = design("As a dispatcher I want to assign a truck and a driver to each load.")
    assert {"trucks", "drivers", "loads"} <= set(story)                       # handed out: things
    assert {("truck_id", "trucks"), ("driver_id", "drivers")} <= references(story["loads"])
    _, school = design("The school issues a laptop to every student.")
    assert ("laptop_id", "laptops") in references(school["students"])
    assert "schools" not in school or not references(school["schools"])     # the giver keeps none
    _, values = design("Tickets have a subject. Agents set a priority for each ticket.")
    assert "priorities" not in values                                        # a value, not a thing
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_people_who_act_on_a_record_are_named_by_it(dbs):
    schema, tables = design("Pharmacy system\n"
                            "- prescriptions are written by doctors for patients\n"
                            "- patients have a name and a date of birth\n"
                            "- a pharmacist fills a prescription\n")
    assert {("doctor_id", "doctors"), ("patient_id", "patients"), ("pharmacist_id", "pharmacists")} <= \
        references(tables["prescriptions"])
    assert not references(tables["doctors"])                                 # "for patients": the act's
    _, users = design("Users write posts. An editor approves a post before it is published.")
    assert "editors" not in users                                            # with users, a role of them
    _, club = design("A tennis club. Members book a court for a date and an hour.")
    assert {("member_id", "members"), ("court_id", "courts")} <= references(club["bookings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_thing_nouns_come_from_wordnet():
    assert {"truck", "laptop", "locker", "bike"} <= lexicon.thing_nouns()
    assert not {"priority", "deadline", "deposit", "court"} & lexicon.thing_nouns()   # a court of law first


def test_a_list_of_things_with_their_kinds_places_and_owners(dbs):
    schema, tables = design("Build a CRM: companies, contacts at companies, deals (amount, stage: lead/qualified/won/"
                            "lost) owned by a sales rep, and activities (calls, emails, meetings) logged against a "
                            "deal or a contact.")
    assert ("company_id", "companies") in references(tables["contacts"])         # "contacts at companies"
    assert ("sales_rep_id", "sales_reps") in references(tables["deals"])         # "owned by a sales rep"
    assert {("deal_id", "deals"), ("contact_id", "contacts")} <= references(tables["activities"])
    assert not references(tables["deals"]) - {("sales_rep_id", "sales_reps")}   # "a deal or a contact": either
    activity = columns(tables["activities"])
    assert "calls" not in activity and "'meeting'" in checks(tables["activities"])   # kinds, not fields
    books_schema, books = design("As a librarian I want to add books with ISBN, title and publication year.")
    assert {"isbn", "title", "publication_year"} <= set(columns(books["books"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    assert apply_in_empty_database(dbs, render(books_schema)) == set(books)


def test_a_sentence_of_plural_things_lists_what_to_keep(dbs):
    schema, tables = design("app for my dog walking business. clients + their dogs, walkers, walks (date, duration, "
                            "price), walkers get paid per walk.")
    assert {"clients", "dogs", "walkers", "walks"} <= set(tables)
    assert {("dog_id", "dogs"), ("walker_id", "walkers")} <= references(tables["walks"])   # listed together
    assert ("client_id", "clients") in references(tables["dogs"])                         # "their dogs"
    assert not references(tables["walkers"])                                              # "paid per walk": a rate
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_restaurants_tables_and_reserving_one(dbs):
    schema, tables = design("Table bookings for our restaurant. Guests reserve a table for a party size at a time "
                            "slot; we store their name and phone. Tables have a number and seats. Waiters are "
                            "assigned to sections, and each table belongs to a section.")
    assert {"number", "seats"} <= set(columns(tables["tables"]))               # tables described are things
    assert ("section_id", "sections") in references(tables["tables"])
    assert {("guest_id", "guests"), ("table_id", "tables")} <= references(tables["reservations"])
    _, design_words = design("The users table has a name column. Orders have a total.")
    assert "tables" not in design_words                                        # a database's table is none
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_storys_role_that_acts_on_records_is_a_thing(dbs):
    schema, tables = design("As a tenant I want to pay rent online so that I don't need checks. As a property "
                            "manager I want to schedule inspections for a unit and assign an inspector. As an "
                            "inspector I want to upload photos to an inspection report.")
    assert {"tenants", "payments", "inspections", "inspectors", "photos"} <= set(tables)
    assert ("tenant_id", "tenants") in references(tables["payments"])           # who pays is named by it
    assert ("inspector_id", "inspectors") in references(tables["inspections"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_coordinated_objects_and_chat_spellings(dbs):
    schema, tables = design("Authors write books, articles and poems. Authors have a name.")
    for table in ("books", "articles", "poems"):                              # each object of the verb
        assert ("author_id", "authors") in references(tables[table])
    _, gym = design("ok so basically we're a climbing gym. ppl buy day passes or memberships, staff teach intro "
                    "classes w/ max 8 ppl per class.")
    assert {"day_passes", "memberships", "intro_classes"} <= set(gym)          # "ppl", "we're", "w/"
    assert ("user_id", "users") in references(gym["memberships"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_states_set_by_marking_ratings_bounded_after_their_object_and_people_assigned_to_records(dbs):
    schema, tables = design("Couriers work out of depots. Couriers mark deliveries as picked up, in transit or "
                            "delivered. Customers rate couriers (1-5 stars) and leave a comment. Adjusters are "
                            "assigned to claims. Claims have an amount. Depots have an address.")
    assert ("depot_id", "depots") in references(tables["couriers"])          # "work out of": where from
    status = [c for c in tables["deliveries"].checks if c.expression.startswith("status IN")]
    assert status and "'in_transit'" in status[0].expression and "'picked_up'" in status[0].expression
    ratings = columns(tables["ratings"])
    assert ratings["score"].type == "smallint" and "comment" in ratings
    assert any("BETWEEN 1 AND 5" in c.expression for c in tables["ratings"].checks)
    assert ("adjuster_id", "adjusters") in references(tables["claims"])     # each claim has its adjuster
    assert "claim_id" not in columns(tables["adjusters"])
    _, tasks = design("Tasks can be marked as done or open. Tasks have a title. Guests rate hotels on a scale of "
                      "1 to 10.")
    assert any("'done'" in c.expression and "marked" not in c.expression for c in tasks["tasks"].checks)
    assert any("BETWEEN 1 AND 10" in c.expression for c in tasks["ratings"].checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_people_are_let_do_send_and_file_and_the_fields_said_with_it(dbs):
    schema, tables = design("The site lets owners list boats. Each boat has a name and a length. Sailors send "
                            "requests for boats; a request includes the sailor's experience, a start date and a status "
                            "(new, approved, declined). Damage reports can be filed by owners for a boat, describing "
                            "the damage and its severity (minor, major, severe). Sailors pay deposits and each payment "
                            "is recorded with the amount, the date and the method (card or transfer).")
    assert ("owner_id", "owners") in references(tables["boats"])             # "lets owners list boats"
    requests = tables["requests"]                                            # (a generic word sent by people)
    assert {("sailor_id", "sailors"), ("boat_id", "boats")} <= references(requests)
    assert {"experience", "start_date", "status"} <= set(columns(requests))
    assert "experience" not in columns(tables["sailors"])                    # the request's list
    reports = tables["damage_reports"]                                       # "can be filed by owners"
    assert {("owner_id", "owners"), ("boat_id", "boats")} <= references(reports)
    assert [c.expression for c in reports.checks if c.expression.startswith("severity IN")] == [
        "severity IN ('minor', 'major', 'severe')"] and "severities" not in tables
    assert {"amount", "date", "method"} <= set(columns(tables["payments"]))   # its own verb's "with"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_one_booked_for_a_time_kinds_in_parentheses_and_identifiers(dbs):
    schema, tables = design("Pilots have a name. A pilot books an aircraft for a day (start and end). Aircraft have "
                            "a registration. A client can hold several wallets (spending, savings). Wallets have a "
                            "balance. Every transfer has an amount, a currency and a timestamp. Clients are "
                            "identified by a national ID.")
    bookings = tables["bookings"]                          # a booking for a time: a record of its own
    assert {("pilot_id", "pilots"), ("aircraft_id", "aircraft")} <= references(bookings)
    wallets = tables["wallets"]
    assert [c.expression for c in wallets.checks if c.expression.startswith("type IN")] == [
        "type IN ('spending', 'savings')"] and "spending" not in columns(wallets)
    transfers = columns(tables["transfers"])
    assert transfers["currency"].type == "text" and "occurred_at" in transfers
    assert "national_ids" not in tables and ("national_id",) in [u.columns for u in tables["clients"].uniques]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_stories_that_save_into_record_one_and_describe_a_compound_by_its_head(dbs):
    schema, tables = design("As a listener I want to save songs to a playlist so I can play them later. As a clerk I "
                            "want to record the delivery of a parcel with a courier and a tracking number. As a guest "
                            "I want to apply a voucher code at checkout; each code has a percentage and an expiry "
                            "date. Songs have a title.")
    assert "playlists" in tables and any({"song_id", "playlist_id"} <= set(columns(t)) for t in tables.values())
    #                                                                                 saved into a playlist: on
    #                                                   many playlists, each with many songs (stop 54, round 8)
    assert {"courier", "tracking_number"} <= set(columns(tables["deliveries"]))     # "record the delivery of …"
    assert {"percentage", "expiry_date"} <= set(columns(tables["voucher_codes"]))   # "each code has …"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
