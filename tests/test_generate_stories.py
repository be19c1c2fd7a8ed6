"""User stories (docs/nl-dev-split.md, stop 24): the story's role is who acts, the things it names
are the data. 'As a coordinator, I want to register volunteers with their name, phone and skills'
keeps volunteers with those fields (no registrations between a coordinator and them); the record a
verb's act is kept in ('submit … for an assignment' and submissions) refers to who acts and to
what; people put in or on things ('enroll students in classes') are paired with the things. Each
design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def test_people_kept_with_their_fields_are_no_act_between_two(dbs):
    schema, tables = design("As a volunteer coordinator, I want to register volunteers with their name, phone "
                            "and skills so that I can match them to shifts. As a coordinator, I want to create "
                            "shifts with a start time and an end time.")
    assert {"name", "phone", "skills"} <= set(columns(tables["volunteers"])), columns(tables["volunteers"])
    assert "registrations" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_a_record_is_for_and_the_fields_a_logged_thing_has(dbs):
    schema, tables = design(
        "User stories:\n1. As a dispatcher I need to create a job for a customer with the address, the problem "
        "reported and a priority (low, normal, urgent).\n2. As a technician I want to close a job with a "
        "resolution note and the time spent in minutes.\n\n"
        "As a gardener I want to list my garden beds with their size in square metres. As a gardener I want to "
        "log every harvest from a bed with the weight in kg and the date.")
    assert "user_stories" not in tables and "weights" not in tables
    assert ("customer_id", "customers") in references(tables["jobs"])
    assert columns(tables["jobs"])["time_spent_minutes"].type == "integer"
    assert columns(tables["garden_beds"])["size_m2"].type == "numeric"
    assert columns(tables["harvests"])["weight_kg"].type == "numeric"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_the_record_of_an_act_refers_to_who_acts_and_to_what(dbs):
    schema, tables = design(
        "- As a teacher, I want to create assignments for my class with a title, instructions and a due date.\n"
        "- As a student, I want to submit my work for an assignment and attach files.\n"
        "- As a teacher, I want to grade each submission with a score out of 100 and leave feedback.\n"
        "- As an admin, I want to enroll students in classes and assign a teacher to each class.\n")
    assert "scores" not in tables and {"score", "feedback"} <= set(columns(tables["submissions"]))
    assert {("student_id", "students"), ("assignment_id", "assignments")} <= references(tables["submissions"])
    assert ("student_id", "students") not in references(tables["assignments"])
    assert {("student_id", "students"), ("class_id", "classes")} <= references(tables["enrollments"])
    assert ("teacher_id", "teachers") in references(tables["classes"])
    assert ("teacher_id", "teachers") not in references(tables["students"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_an_app_does_after_a_dash_and_a_verb_after_and(dbs):
    """'recipe manager - save recipes with ingredients': a verb WordNet uses mostly as a verb opens
    what the app does; 'and earn streaks' is a verb that is never a noun, no compound."""
    schema, tables = design("recipe manager - save recipes with ingredients and tag them")
    assert {"recipes", "ingredients"} <= set(tables) and "save_recipes" not in tables
    _, habits = design("A habit tracker where users log daily check-ins and earn streaks.")
    assert not any("earn" in c for t in habits.values() for c in columns(t))
    _, items = design("Simple invoicing for freelancers: clients, invoices, line items, payments")
    assert "line_items" in items and "lines" not in items
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_chat_fillers_definitions_with_plus_and_people_by_what_they_do(dbs):
    """Messy text: 'obvs', 'rn', 'lol' say nothing ('an IMO number' is no filler); 'a loan is item +
    borrower + when + due back' defines loans; a borrower (one who borrows, WordNet) is one of the
    users, named borrower_id; 'walkers (name, phone) walk dogs' is a clause after its list."""
    schema, tables = design("hey! building a tiny lending app for our office: ppl can lend stuff to each other. "
                            "items have an owner, a title, a category. a loan is item + borrower + when + due back. "
                            "want to see who has what rn")
    assert "loans" in tables and ("item_id", "items") in references(tables["loans"])
    assert ("borrower_id", "users") in references(tables["loans"]) and "date" in columns(tables["loans"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("walkers (name, phone) walk dogs, dogs belong to owners obvs. "
                            "each walk = one walker, date, price.")
    assert {"walkers", "dogs", "owners", "walks"} <= set(tables) and "owners_obvs" not in tables
    assert ("owner_id", "owners") in references(tables["dogs"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_records_kept_per_or_for_each_thing_and_things_that_happen_somewhere(dbs):
    """'we track merch sales per gig: item, qty, total' and 'we record visits for each pet: date,
    reason' are rows of their own with those fields; 'gigs happen at a venue'."""
    schema, tables = design("Gigs happen at a venue. We track merch sales per gig: item, qty, total. "
                            "We record visits for each pet: date, reason.")
    assert ("venue_id", "venues") in references(tables["gigs"])
    assert {"item", "qty", "total"} <= set(columns(tables["merch_sales"])) and "item" not in columns(tables["gigs"])
    assert ("gig_id", "gigs") in references(tables["merch_sales"])
    assert {"date", "reason"} <= set(columns(tables["visits"])) and ("pet_id", "pets") in references(tables["visits"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_fields_recorded_with_a_made_thing_and_things_kept_by_role(dbs):
    """'issue a ticket to a vehicle, recording the plate, the location and the time' (the ticket's
    fields), 'manage the menu: dishes with a name, allergens and a price' (a thing after a colon with
    fields), 'register every laptop with its serial number, model and purchase date' (kept, no
    registrations; 'model' shares no head with 'purchase date')."""
    schema, tables = design("As a parking officer, I want to issue a ticket to a vehicle, recording the plate, "
                            "the location and the time. As an admin, I want to manage the menu: dishes with a "
                            "name, allergens and a price. As an IT admin, I want to register every laptop with "
                            "its serial number, model and purchase date.")
    assert {"plate", "location"} <= set(columns(tables["tickets"]))
    assert {"name", "allergens", "price"} <= set(columns(tables["dishes"]))
    assert {"serial_number", "model", "purchase_date"} <= set(columns(tables["laptops"]))
    assert "registrations" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_counted_objects_and_chat_there_is(dbs):
    """'customers rent 1 or more bikes' (a verb before a count: customers are things that act),
    'theres customers, each one can have a few pets' (chat for 'there are')."""
    schema, tables = design("Bikes have a size. Customers rent 1 or more bikes for a day or a few days.")
    assert "customers" in tables and "customers_rents" not in tables
    assert any({("customer_id", "customers"), ("bike_id", "bikes")} <= references(t) for t in tables.values())
    _, pets = design("ok here goes: theres customers, each one can have a few pets, we groom them.")
    assert ("customer_id", "customers") in references(pets["pets"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_a_user_wants_of_a_thing_is_its_own(dbs):
    """(stop 25) 'I want each job to have …', 'I want families to be registered with their …', 'I want
    every guest to have a meal choice and a dietary note': the thing after the wish has the fields, not
    the story's role; 'I want to register donors with their name and phone' gives the donors', not the
    coordinator's; 'submit one project per team, with a title, …' the project's."""
    schema, tables = design("As a clerk, I want each job to have a paper size and a number of copies. "
                            "Customers order jobs. As a coordinator, I want to register donors with their name and "
                            "phone. As a coordinator, I want families to be registered with their household size "
                            "and postcode. As a planner I want every guest to have a meal choice and a dietary note.")
    assert {"paper_size", "num_copies"} <= set(columns(tables["jobs"]))
    assert {"household_size", "postcode"} <= set(columns(tables["families"]))
    assert {"meal_choice", "dietary_note"} <= set(columns(tables["guests"])) and "dietary_notes" not in tables
    assert {"name", "phone"} <= set(columns(tables["donors"]))
    assert "coordinators" not in tables or "phone" not in columns(tables["coordinators"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("As a participant, I want to join a team for a hackathon. As a team lead, I want to "
                            "submit one project per team, with a title and a repository URL. As a judge, I want to "
                            "score each project.")
    assert {"title", "repository_url"} <= set(columns(tables["projects"]))
    assert ("team_id", "teams") in references(tables["projects"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_kinds_of_people_answers_and_a_list_of_things(dbs):
    """'vendors (florist, caterer, photographer, band)': kinds of vendor (WordNet person nouns), no
    references; 'keep a list of vendors' is no field; 'their RSVP (yes, no, maybe)' three answers (a
    yes/no alone stays a flag); ', each table with a number and a capacity' makes tables a thing; 'record
    prescriptions from doctors for patients' refers to both, and no doctor to a patient."""
    schema, tables = design("As a wedding planner, I need to keep a list of vendors (florist, caterer, "
                            "photographer, band) with contact details. As a couple, we want to invite guests and "
                            "track their RSVP (yes, no, maybe) and meal choice. As a planner, I want to seat guests "
                            "at tables, each table with a number and a capacity. Cargos have a hazardous flag "
                            "(yes/no).")
    vendors = tables["vendors"]
    assert "type IN ('florist', 'caterer', 'photographer', 'band')" in " ".join(c.expression for c in vendors.checks)
    assert not any(column.split("_")[0] in ("florist", "caterer", "photographer") for column, _ in references(vendors))
    assert "contact_details" not in tables and all("list" not in columns(t) for t in tables.values())
    assert "rsvp IN ('yes', 'no', 'maybe')" in " ".join(c.expression for c in tables["guests"].checks)
    assert ("table_id", "tables") in references(tables["guests"]) and "capacity" in columns(tables["tables"])
    assert columns(tables["cargos"])["hazardous_flag"].type == "boolean"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("As a pharmacist I want to record prescriptions from doctors for patients. "
                            "Doctors have a name. Patients have a name.")
    assert {("doctor_id", "doctors"), ("patient_id", "patients")} <= references(tables["prescriptions"])
    assert "patient_id" not in columns(tables["doctors"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_registered_things_and_the_status_of_each(dbs):
    """(stop 25) 'a librarian registers new books with ISBN, title and author' (what is registered with
    its fields, no registrations table), 'assign a contractor to each issue and see its status (open,
    scheduled, fixed)' (the status of each issue)."""
    schema, tables = design("Story: a librarian registers new books with ISBN and title.\n"
                            "Story: a member borrows books.")
    assert "registrations" not in tables and {"isbn", "title"} <= set(columns(tables["books"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("As a tenant, I can report a maintenance issue for my unit, with a description and "
                            "photos. As a landlord, I can assign a contractor to each issue and see its status "
                            "(open, scheduled, fixed).")
    issues = tables["maintenance_issues"]
    assert "status IN ('open', 'scheduled', 'fixed')" in " ".join(c.expression for c in issues.checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_role_with_things_of_its_own(dbs):
    """(stop 26) 'As a photographer I want to upload my galleries': the role has things, so it is a
    table and its things refer to it (no fields were given to the role anywhere)."""
    schema, tables = design("As a photographer I want to upload my galleries. Galleries have a title.")
    assert ("photographer_id", "photographers") in references(tables["galleries"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_is_wanted_of_each_is_said_of_each(dbs):
    """(stop 26) 'As the office manager, I want every desk to belong to one floor and have a desk number
    and a monitor count': the wish is a statement about each desk (a reference and two fields)."""
    schema, tables = design("As the office manager, I want every desk to belong to one floor and have a desk number "
                            "and a monitor count. Floors have a level.")
    assert ("floor_id", "floors") in references(tables["desks"])
    assert {"desk_number", "monitor_count"} <= set(columns(tables["desks"])) and "office_managers" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_the_role_of_a_story_does_the_act_and_chooses_its_kind(dbs):
    """(stop 26) 'As a guest, I want to sign up for a dinner and choose a seat type (indoor or terrace)':
    the registration names the guest (the story's role, a table now), not the host of another story,
    and the chosen seat type with its values is the registration's; 'one rating per match' left by a
    player is a record of its own."""
    schema, tables = design("As a host, I want to create dinners with a date and a menu. As a guest, I want to sign "
                            "up for a dinner and choose a seat type (indoor or terrace). Players join matches. A "
                            "player can leave one rating per match with a score 1-10. Matches have a date.")
    signups = next(t for t in tables.values() if ("dinner_id", "dinners") in references(t) and t.name != "dinners")
    assert ("guest_id", "guests") in references(signups) and ("host_id", "hosts") not in references(signups)
    assert "seat_type" in columns(signups) and "'terrace'" in " ".join(c.expression for c in signups.checks)
    assert {("player_id", "players"), ("match_id", "matches")} <= references(tables["ratings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_states_of_my_thing_in_parentheses(dbs):
    """(stop 26) 'As a patient, I want to track my claim status (submitted, approved, paid)': participles
    in parentheses after my thing are its states (values of a field), not a table of statuses."""
    schema, tables = design("As a patient, I want to submit insurance claims with an amount. As a patient, I want "
                            "to track my claim status (submitted, approved, paid).")
    assert not any(name.endswith("statuses") for name in tables)
    claims = next(t for t in tables.values() if t.name.endswith("claims"))
    assert "'approved'" in " ".join(c.expression for c in claims.checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_a_wish_acts_on_in_each_place_with_fields_and_a_time_seen(dbs):
    """'catalogue the artworks in each room, with a title, …': the fields after the place are the acted-on
    things' (a table, in its place); 'the time seen' is seen_at (a participle WordNet knows is kept)."""
    schema, tables = design("As a curator, I want to catalogue the artworks in each room, with a title, an artist "
                            "name and a year. Rooms have a name and a floor.")
    assert {"title", "artist_name", "year"} <= set(columns(tables["artworks"]))
    assert ("room_id", "rooms") in references(tables["artworks"])
    assert "curators" not in tables       # the curator acts on all of them, no one (and is only the story's role)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("The ranger logs the sightings at each station, with the species, a count and the time "
                            "seen. Stations have a code.")
    assert "seen_at" in columns(tables["sightings"]) and ("station_id", "stations") in references(tables["sightings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_the_role_of_a_story_that_acts_on_a_thing_is_a_table(dbs):
    """'As a pupil, I want to hand in an assignment …': the pupil acts on one of the text's things, so
    pupils are a table (as the teacher who posts them is); 'as the front desk, …' names no person."""
    schema, tables = design("As a teacher, I want to post homework assignments with a title and a due date.\n"
                            "As a pupil, I want to hand in an assignment by uploading a file.")
    assert {"teachers", "pupils", "homework_assignments"} <= set(tables), sorted(tables)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
