"""Phrase-level constructions of the generator (docs/nl-dev-split.md, stop 20): shared heads,
kinds of one thing, values after a colon, records that state their fields, fields 'of each' thing,
titles with an article, compound subjects. Each design is applied on the server."""

import pytest

from ai_schema.generate import text as tx
from ai_schema.generate.pipeline import check_options, generate_model
from ai_schema.targets import render
from test_generate import apply_in_empty_database


def design(text):
    schema, _ = generate_model(text, check_options("{}"))
    return schema, {t.name: t for t in schema.tables}


def columns(table):
    return {c.name: c for c in table.columns}


def references(table):
    return {(fk.columns[0], fk.ref_table.name) for fk in table.foreign_keys}


def test_a_shared_head_gives_each_word_its_field(dbs):
    schema, tables = design("A staff directory: employees with their first and last name, their manager and their "
                            "start and end dates. People with their birth and death dates and their name and "
                            "email address.")
    assert set(tables) == {"employees", "people"}, sorted(tables)          # the title is no table
    assert {"first_name", "last_name", "start_date", "end_date"} <= set(columns(tables["employees"]))
    assert ("manager_id", "employees") in references(tables["employees"])
    people = columns(tables["people"])
    assert {"birth_date", "death_date", "name", "email"} <= set(people)
    assert "name_address" not in people and people["birth_date"].type == "date"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_words_before_a_shared_thing_are_its_kinds(dbs):
    schema, tables = design("household tracker: log the monthly readings from our electricity and gas meters")
    assert set(tables) == {"meters", "readings"}, sorted(tables)
    assert ("meter_id", "meters") in references(tables["readings"])
    check = " ".join(c.expression for c in tables["meters"].checks)
    assert "meter_type" in check and "'electricity'" in check and "'gas'" in check
    schema2, tables2 = design("A shop sells physical and digital products to customers; customers place orders "
                              "for products.")
    assert "product_type" in columns(tables2["products"]) and "physical_products" not in tables2
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    assert apply_in_empty_database(dbs, render(schema2)) == set(tables2)


@pytest.mark.parametrize("text, tokens", [
    ("their birth and death dates", "their birth date and death date"),
    ("our electricity and gas meters", "our electricity meters and gas meters"),
    ("their name and email address", "their name and email address"),          # name is a field of its own
    ("customers and order items", "customers and order items"),                 # a plural is a thing of its own
])
def test_which_coordinations_share_their_head(text, tokens):
    sentence, = tx.sentences(text)
    assert " ".join(sentence.words) == tokens


def test_values_after_a_colon_close_the_field(dbs):
    schema, tables = design("Each ticket has a title and a priority: low, medium or high. A work order is issued "
                            "for one part and states the quantity to build, the due date and its status: planned, "
                            "released, in progress or completed. Customers: name, email, phone.")
    assert {"title", "priority"} <= set(columns(tables["tickets"])) and "low" not in columns(tables["tickets"])
    assert {"quantity", "due_date", "status"} <= set(columns(tables["work_orders"]))
    checks = " ".join(c.expression for t in tables.values() for c in t.checks)
    assert "'medium'" in checks and "'in_progress'" in checks
    assert {"name", "email", "phone"} <= set(columns(tables["customers"]))          # a header, no values
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_record_that_states_something_has_it_as_fields(dbs):
    schema, tables = design("Each invoice specifies the amount and the due date. Work orders have a quantity. "
                            "Patients have a name. Nurses record the temperature and blood pressure of each patient.")
    assert {"amount", "due_date"} <= set(columns(tables["invoices"]))
    assert "quantity" in columns(tables["work_orders"])                          # "Work orders have": a subject
    assert {"temperature", "blood_pressure"} <= set(columns(tables["patients"]))
    assert "temperature" not in columns(tables["nurses"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_people_always_have_a_name_and_their_relatives_are_people():
    _, tables = design("Family tree app: people with their birth and death dates, who their mother and father are.")
    people = columns(tables["people"])
    assert "name" in people
    assert {("mother_id", "people"), ("father_id", "people")} <= references(tables["people"])


def test_a_designers_questions_answered_with_values_no_or_a_description(dbs):
    schema, tables = design("What are the main things we track? Issues, users, and comments on issues. "
                            "What is on an issue? A title and a description. "
                            "Statuses? open, in progress, in review, closed. Priorities? low, medium, high - nothing else.\n"
                            "Comments? Plain text, with the author and a timestamp.\n"
                            "Change history / audit log? Not for now. Labels? No.")
    assert set(tables) == {"issues", "users", "comments"}, sorted(tables)       # declined: no audit log, no labels
    checks = " ".join(c.expression for c in tables["issues"].checks)
    assert "'in_review'" in checks and "'medium'" in checks
    assert ("issue_id", "issues") in references(tables["comments"])             # "comments on issues"
    assert any(target == "users" for _, target in references(tables["comments"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_in_a_story_a_list_after_a_colon_belongs_to_the_thing_it_describes():
    _, tables = design("As a restaurant owner, I want to manage my menu: dishes with a name, a description and a "
                       "price, grouped into menu sections such as Starters or Desserts.\n"
                       "Customers order dishes from restaurants.")
    assert {"name", "description", "price"} <= set(columns(tables["dishes"]))
    assert "restaurant_owners" not in tables or "price" not in columns(tables["restaurant_owners"])


def test_messy_lists_slashes_kinds_and_logged_records(dbs):
    schema, tables = design("we got customers - name, phone. every customer can have multiple cars. for a car i need "
                            "make, model, year and licence plate. when a car comes in we open a work order: date it "
                            "came in and status open / waiting on parts / done. The animals we take in are either "
                            "dogs or cats. Each volunteer has a name, and every walk is logged with the volunteer, "
                            "the animal and when the walk started.")
    assert {"make", "model", "year", "licence_plate"} <= set(columns(tables["cars"]))      # "need make, …": a list
    checks = " ".join(c.expression for t in tables.values() for c in t.checks)
    assert "'waiting_on_parts'" in checks and "'done'" in checks                          # values between slashes
    assert "animal_type" in columns(tables["animals"]) and "'dog'" in checks and "'cat'" in checks
    assert "dogs" not in tables
    assert "started_at" in columns(tables["walks"]) and "started_at" not in columns(tables["volunteers"])
    assert ("volunteer_id", "volunteers") in references(tables["walks"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_counted_generic_heads_are_records_and_a_verb_names_its_act(dbs):
    """'several applications' are records, not the application; 'adopters apply for animals' is what an
    application records; 'every application is dated, and its status is one of …'."""
    schema, tables = design("Adopters apply for animals. An animal often gets several applications. Every "
                            "application is dated, and its status is one of pending, approved or rejected.")
    assert {"adopters", "animals", "applications"} <= set(tables), sorted(tables)
    assert {("adopter_id", "adopters"), ("animal_id", "animals")} <= references(tables["applications"])
    assert {"status", "date"} <= set(columns(tables["applications"]))
    assert "'approved'" in " ".join(c.expression for c in tables["applications"].checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    _, tables = design("A booking application: customers book appointments.")
    assert "applications" not in tables                                        # the software itself


def test_nominalizations_come_from_the_verb():
    from ai_schema.generate import words
    assert {"application", "valuation", "booking", "rental", "acceptance"} & words.nominalizations("apply") == \
        {"application"}
    assert "enrolment" in words.nominalizations("enrol") and "booking" in words.nominalizations("book")


def test_the_field_of_a_thing_is_one_of_its_values_and_dash_headers(dbs):
    schema, tables = design("users - username (unique), email, reputation points. Users ask questions. Questions "
                            "have a title. The status of a question is always one of: open, answered or closed.")
    assert {"username", "email"} <= set(columns(tables["users"]))
    assert "'answered'" in " ".join(c.expression for c in tables["questions"].checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_named_kinds_a_status_that_moves_and_records_assigned_to_someone(dbs):
    schema, tables = design("Restaurants have a name. A restaurant can be tagged with several cuisines (Thai, Pizza, "
                            "Vegan). Couriers have a name. A courier sees the orders assigned to him. Customers place "
                            "orders, and I want to follow my order as it moves from placed to accepted, out for "
                            "delivery and delivered - or cancelled. Patients with their name and their visits (date, "
                            "reason, doctor).")
    assert "cuisines" in tables and any(t.primary_key and set(t.primary_key.columns) == {"restaurant_id", "cuisine_id"}
                                        for t in tables.values())
    assert ("courier_id", "couriers") in references(tables["orders"]) and "order_id" not in columns(tables["couriers"])
    check = " ".join(c.expression for c in tables["orders"].checks)
    assert "'out_for_delivery'" in check and "'cancelled'" in check
    assert ("patient_id", "patients") in references(tables["visits"])             # "their visits": theirs
    assert "doctor_id" not in columns(tables["visits"])                           # a doctor is no patient
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_definition_items_with_an_aside_or_a_description_before_their_fields(dbs):
    schema, tables = design("- **Organization** - name; plan (free, team or enterprise)\n"
                            "- **User** - belongs to one organization; full name; email (unique)\n"
                            "- **Envelope** (a signing request) - created by a user; email subject; status (draft, "
                            "sent, completed); expiry time\n"
                            "- **Audit event** - every action on an envelope: event type, IP address, timestamp\n")
    assert set(tables) == {"organizations", "users", "envelopes", "audit_events"}, sorted(tables)   # no "plans"
    assert {"email_subject", "status", "expiry_time"} <= set(columns(tables["envelopes"]))
    assert ("user_id", "users") in references(tables["envelopes"])
    assert {"event_type", "ip_address"} <= set(columns(tables["audit_events"]))
    assert ("envelope_id", "envelopes") in references(tables["audit_events"])
    assert "'enterprise'" in " ".join(c.expression for c in tables["organizations"].checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_named_examples_are_no_fields_and_a_product_title_is_no_table():
    _, tables = design("Product spec: ConfDesk, a conference management system. Conferences have a name. A "
                       "conference is divided into tracks - Research, Industry, Demo and so on - and each track has a "
                       "name.\n\nVehicles: Make, Model, Year.")
    assert "product_specs" not in tables
    assert not {"research", "industry", "demo"} & set(columns(tables["tracks"]))
    assert {"make", "model", "year"} <= set(columns(tables["vehicles"]))


def test_an_aside_between_dashes_a_relating_verb_and_fields_given_to_a_thing(dbs):
    schema, tables = design("The app knows a list of languages, each with its English name. A course teaches one "
                            "target language to speakers of another language - \"Spanish for English speakers\", for "
                            "example - and has a title and a difficulty level, which can be beginner, intermediate or "
                            "advanced. Calls have a time. I want to link each call to an incident - a new one or an "
                            "existing one - and give the incident its address and a triage priority.")
    assert set(columns(tables["languages"])) >= {"english_name"} and "title" not in columns(tables["languages"])
    assert {"title", "difficulty_level"} <= set(columns(tables["courses"]))
    assert "example" not in columns(tables["courses"]) and "beginner" not in columns(tables["courses"])
    assert {"address", "triage_priority"} <= set(columns(tables["incidents"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_made_record_with_its_fields_and_a_key_that_identifies(dbs):
    schema, tables = design("Customers are identified by their driving licence number, which must be unique. "
                            "Rentals have a date. If a car comes back damaged, the branch staff file a damage report "
                            "against the rental, with a description of the damage and an estimated repair cost.")
    customers = columns(tables["customers"])
    assert customers["driving_licence_number"] and any(u.columns == ("driving_licence_number",)
                                                       for u in tables["customers"].uniques)
    assert {"description", "estimated_repair_cost"} <= set(columns(tables["damage_reports"]))
    assert ("rental_id", "rentals") in references(tables["damage_reports"])
    assert "description" not in columns(tables["rentals"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_yes_no_field_is_a_flag_and_a_participle_ends_the_name(dbs):
    schema, tables = design("Route: short name shown on the vehicle, colour.\n\nStop: stop code, wheelchair accessible "
                            "yes/no, name.")
    assert "name_shown" not in columns(tables["routes"])
    flag = columns(tables["stops"])["wheelchair_accessible"]
    assert flag.type == "boolean"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_an_item_that_says_what_the_thing_is_names_what_it_refers_to():
    _, tables = design("* Route - long name, colour.\n* Service calendar - name, valid from date.\n"
                       "* Trip - one run of a route on a service calendar; headsign, direction (outbound or inbound).")
    assert {("route_id", "routes"), ("service_calendar_id", "service_calendars")} <= references(tables["trips"])
    assert "run" not in columns(tables["trips"])


def test_the_place_it_is_based_at_and_things_kept_with_fields(dbs):
    schema, tables = design("Ambulances have a call sign, the station it is based at and a status. As a supervisor, I "
                            "want stations and hospitals kept as reference data with a name and an address.")
    assert ("station_id", "stations") in references(tables["ambulances"])
    assert {"name", "address"} <= set(columns(tables["stations"])) & set(columns(tables["hospitals"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_fields_kept_for_each_pair_make_the_pair_a_table(dbs):
    schema, tables = design("Parts have a part number. Suppliers have a name. A part may be sourced from several "
                            "suppliers, and for each supplier of a part we keep the unit price they charge us and "
                            "their lead time in days.")
    pair = tables["supplier_parts"]
    assert {"unit_price", "lead_time_days"} <= set(columns(pair))
    assert {("supplier_id", "suppliers"), ("part_id", "parts")} <= references(pair)
    assert "part_id" not in columns(tables["suppliers"]) and "unit_price" not in columns(tables["parts"])
    assert any(set(u.columns) == {"supplier_id", "part_id"} for u in pair.uniques) or \
        (pair.primary_key and set(pair.primary_key.columns) == {"supplier_id", "part_id"})
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_put_in_a_container_each_with_fields_make_a_pair_table(dbs):
    schema, tables = design("Orders contain several products, each with a quantity and a unit price. Orders also "
                            "contain several order lines, each with a remark.")
    pair = tables["order_products"]
    assert {"quantity", "unit_price"} <= set(columns(pair))
    assert {("order_id", "orders"), ("product_id", "products")} <= references(pair)
    assert "quantity" not in columns(tables["products"])
    assert ("order_id", "orders") in references(tables["order_lines"])          # lines are the order's own
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_values_between_slashes_stop_at_the_next_item():
    _, tables = design("Tickets have a title, a status open / closed / done and a start/end date.")
    check = " ".join(c.expression for c in tables["tickets"].checks)
    assert "'done'" in check and "start" not in check


def test_things_with_several_others_own_them(dbs):
    schema, tables = design("As a teacher I want to create quizzes with several questions, each with a text and a "
                            "correct answer.")
    assert ("quiz_id", "quizzes") in references(tables["questions"])
    assert {"text", "correct_answer"} <= set(columns(tables["questions"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_records_a_where_clause_describes_refer_to_what_it_names():
    _, tables = design("Vet clinic: pets with their species and birth date, owners who bring their pets, and visits "
                       "where a vet examines a pet and writes notes.")
    assert ("pet_id", "pets") in references(tables["visits"])
    sentence, = tx.sentences("a vet examines a pet and writes notes")
    assert "pet notes" not in " ".join(sentence.words)                   # two verbs alike, no shared head


def test_verbs_a_one_liner_leaves_untagged(dbs):
    """(stop 25) 'Build a system …' (an imperative), 'a dental clinic to schedule appointments' (what it
    is for), 'where dog owners find sitters, book stays and leave reviews' (the plural's verb, then
    verbs alike: each object is a thing), 'a platform connecting tutors with students' (the app's
    participle), 'paid online lessons' (no 'paid' table name)."""
    schema, tables = design("An app where dog owners find sitters, book stays and leave reviews.")
    assert {"dog_owners", "sitters", "stays", "reviews"} <= set(tables) and "books" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Build a system for a dental clinic to schedule appointments between patients and "
                            "dentists and record the treatments done.")
    assert "appointments" in tables and "schedule_appointments" not in tables
    assert ("patient_id", "patients") in references(tables["appointments"])
    schema, tables = design("A platform connecting tutors with students for paid online lessons.")
    assert {"tutors", "students"} <= set(tables) and not any(n.startswith(("platform", "paid")) for n in tables)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_which_thing_and_who_did_it_name_the_acts_record(dbs):
    """(stop 26) 'customers rent bikes by the hour; track which bike, who rented it, start time, …': the
    list is the rental's (WordNet: rent → rental), which names the bike and the renter (a customer)."""
    schema, tables = design("Bike shop: customers rent bikes by the hour; track which bike, who rented it, start "
                            "time, end time and damage notes.")
    assert {("bike_id", "bikes"), ("renter_id", "customers")} <= references(tables["rentals"])
    assert {"start_time", "end_time", "damage_notes"} <= set(columns(tables["rentals"]))
    assert not any({("bike_id", "bikes"), ("customer_id", "customers")} <= references(t) for t in tables.values())
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
