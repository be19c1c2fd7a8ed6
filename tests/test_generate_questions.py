"""Answers to a designer's questions and the records that link two things (docs/nl-dev-split.md,
stop 22): 'Q: … A: …' on one line, 'Who uses the system?', 'What does a landlord own?', 'Can a tenant
rent more than one unit? Yes, through leases', 'students take courses via enrolments', 'each winery
is located in a region', 'we keep each patient's insurance id'. Each design is applied on the server."""

from ai_schema.generate import text as tx, words as w
from ai_schema.generate.pipeline import check_options, generate_model
from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references

LANDLORDS = ("Q: Who uses the system? A: Landlords and tenants.\n"
             "Q: What does a landlord own? A: Buildings, each with many units.\n"
             "Q: Can a tenant rent more than one unit? A: Yes, through leases; each lease has a start date, an end "
             "date and a monthly rent.\n"
             "Q: What about repairs? A: Tenants file maintenance requests for a unit; a request has a description "
             "and a status (open, scheduled, done).\n")


def test_answers_on_the_questions_line_are_statements(dbs):
    schema, tables = design(LANDLORDS)
    assert {"landlords", "tenants", "buildings", "units", "leases", "maintenance_requests"} <= set(tables)
    assert ("landlord_id", "landlords") in references(tables["buildings"])      # "what does a landlord own?"
    assert ("building_id", "buildings") in references(tables["units"])          # "each with many units"
    assert {("tenant_id", "tenants"), ("unit_id", "units")} <= references(tables["leases"])   # "through leases"
    assert ("tenant_id", "tenants") not in references(tables["units"])
    assert {"description", "status"} <= set(columns(tables["maintenance_requests"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_question_read_back_keeps_its_modal_and_its_verbs():
    sentence = tx.sentences("Q: Can a tenant rent more than one unit? A: Yes.")[0]
    assert sentence.words[:4] == ["a", "tenant", "can", "rent"] and sentence.tags[3] == tx.VERB
    sentence, = tx.sentences("Tenants file maintenance requests for a unit.")
    assert sentence.tags[1] == tx.VERB                                          # a plural noun modifies no noun
    assert w.verb_lemma("rent") == "rent"                                       # not the past of "rend"


def test_a_record_through_which_two_things_relate_links_them(dbs):
    schema, tables = design("Students take courses via enrolments. Each enrolment has a grade.")
    assert {("student_id", "students"), ("course_id", "courses")} <= references(tables["enrolments"])
    assert not references(tables["students"])
    _, wine = design("Wineries have a name. Each winery is located in a region.")
    assert ("region_id", "regions") in references(wine["wineries"])            # a place is a thing
    _, clinic = design("Every dose has a lot number and an expiry date. We keep each patient's insurance id "
                       "(unique) and allergies.")
    assert {"insurance_id", "allergies"} <= set(columns(clinic["patients"]))
    assert "insurance_id" not in columns(clinic["doses"])                      # the patient's, not the dose's
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_request_that_names_no_things_keeps_the_nouns_it_uses(dbs):
    schema, tables = design("a recipe sharing site")
    assert set(tables) == {"recipes", "users"}                                  # not "sites"
    assert ("user_id", "users") in references(tables["recipes"])
    _, office = design("a system for a dentist office")
    assert "dentists" in office and "systems" not in office
    _, assumptions = generate_model("a recipe sharing site", check_options("{}"))
    assert any("names no things outright" in x for x in assumptions)           # and the header says so
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_answers_that_name_one_per_thing_several_and_where_it_meets(dbs):
    schema, tables = design("Can a student take several courses? Yes.\n"
                            "Does a course have a fixed teacher? Yes, exactly one teacher per course.\n"
                            "Are classrooms tracked? Yes, each course meets in one classroom, classrooms have a "
                            "building and a room number.")
    assert {"students", "courses", "teachers", "classrooms"} <= set(tables), sorted(tables)
    courses = references(tables["courses"])
    assert {("teacher_id", "teachers"), ("classroom_id", "classrooms")} <= courses    # one teacher per course
    assert "course_id" not in columns(tables["teachers"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_the_one_record_of_an_act_keeps_the_pair_the_text_relates(dbs):
    schema, tables = design("Members borrow tools. Tools have a name. Loans have a due date and a returned date. "
                            "Members pay a yearly fee.")
    assert {("member_id", "members"), ("tool_id", "tools")} <= references(tables["loans"])
    assert "member_tools" not in tables
    assert ("tool_id", "tools") not in references(tables["payments"])       # (a payment is no such record)
    _, visits = design("Doctors treat patients. Visits have a date and notes.")
    assert {("doctor_id", "doctors"), ("patient_id", "patients")} <= references(visits["visits"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_one_stated_beats_a_guessed_many_and_things_said_once_in_passing(dbs):
    schema, tables = design("Coaches teach workshops. Each workshop has exactly one coach and a capacity. An observer "
                            "records a sighting: the species, how many individuals and the time. Species have a name. "
                            "Observers belong to local clubs. Photos can be attached to a sighting. Productions run "
                            "for a season and have performances. Performances have a start time. Machines have a "
                            "serial number and a name.")
    workshops = tables["workshops"]
    assert ("coach_id", "coaches") in references(workshops) and "capacity" in columns(workshops)
    assert "coach_workshops" not in tables                                   # "exactly one coach" was said
    assert columns(tables["sightings"])["num_individuals"].type == "integer"
    assert ("sighting_id", "sightings") in references(tables["photos"])
    assert ("production_id", "productions") in references(tables["performances"])
    assert any(t.startswith("local_club") or t == "clubs" for t in tables)
    assert columns(tables["machines"])["serial_number"].type == "text"       # no serial column
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_one_thing_per_another_is_a_unique_reference(dbs):
    schema, tables = design("Repair jobs have a date. We make an invoice for the repair job; ONE invoice per repair "
                            "job, never two. Invoices have a total. Bookings have a total. Each booking can have at "
                            "most one review. Reviews have a rating. Members have a name. Each member has exactly one "
                            "locker. Lockers have a number. Courses have a title; exactly one teacher per course.")
    for table, column in (("invoices", "repair_job_id"), ("reviews", "booking_id"), ("lockers", "member_id")):
        assert (column,) in [u.columns for u in tables[table].uniques], table
        assert column in columns(tables[table])
    assert "review_id" not in columns(tables["bookings"]) and "locker_id" not in columns(tables["members"])
    assert ("teacher_id", "teachers") in references(tables["courses"])       # a person: each course's teacher
    assert not tables["teachers"].uniques or ("course_id",) not in [u.columns for u in tables["teachers"].uniques]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_more_question_forms_and_what_the_speaker_keeps(dbs):
    """'What can members book? Classes.', 'Who uses it? Members and staff.', 'an instructor (a staff
    member)', 'Do we track check-ins? Yes', 'Who does the maintenance? Mechanics - name and level',
    'What happens in a service? A mechanic services a vehicle …', 'What about parts? Part number
    (unique), name, unit price.', 'one service can use many parts, with a quantity per part'."""
    schema, tables = design(
        "Q: Who uses it?\nA: Members and staff. Members have a name and an email.\nQ: What can members book?\n"
        "A: Classes. Each class has a title, an instructor (a staff member) and a start time.\n"
        "Q: Do we track check-ins?\nA: Yes.\n")
    assert {("class_id", "classes"), ("member_id", "members")} <= references(tables["bookings"])
    assert ("instructor_id", "staff") in references(tables["classes"]) and "check_ins" in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design(
        "What do we store about a vehicle? Plate number (unique), make, model.\n"
        "Who does the maintenance? Mechanics - name and certification level.\n"
        "What happens in a service? A mechanic services a vehicle on a date.\n"
        "Can one service use many parts? Yes, with a quantity per part.\n"
        "What about parts? Part number (unique), name, unit price.\n")
    assert {"name", "certification_level"} <= set(columns(tables["mechanics"]))
    assert {("mechanic_id", "mechanics"), ("vehicle_id", "vehicles")} <= references(tables["services"])
    assert {"part_number", "unit_price"} <= set(columns(tables["parts"])) and "quantities" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_more_questions_a_designer_asks(dbs):
    """(stop 25) 'What is tracked for each tree?', 'How are courses described?', 'What else about
    students?', 'Who rents equipment? Members of our tool library.' (the answer does what the question
    asks), 'we record the loan date, due date …' (the loan's, named in its first field), 'No, one tree
    per job' (a thing per act: each job is on one tree), street trees are no hierarchy."""
    schema, tables = design("Q: What is tracked for each tree?\nA: Species, planting date and condition: good, fair "
                            "or poor.\nQ: What work is done?\nA: Crews carry out pruning jobs on trees. Each job has "
                            "a date and notes.\nQ: Can a job involve several trees?\nA: No, one tree per job.")
    assert {"species", "planting_date", "condition"} <= set(columns(tables["trees"]))
    assert ("tree_id", "trees") in references(tables["jobs"]) and "job_id" not in columns(tables["trees"])
    assert "parent_id" not in columns(tables["trees"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("1. What does the system store?\nStudents and courses.\n2. How are courses described?\n"
                            "A code (unique), a title, and credits.\n3. What else about students?\nName, email, year "
                            "of study.")
    assert {"code", "title", "credits"} <= set(columns(tables["courses"]))
    assert {"name", "email", "year_of_study"} <= set(columns(tables["students"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("- Who rents equipment? Members of our tool library.\n- What can they borrow? Tools, "
                            "each with a name and a condition.\n- How long is a loan? Two weeks; we record the loan "
                            "date and due date.\n- Can one loan include several tools? Yes.")
    assert "members" in tables and {"loan_date", "due_date"} <= set(columns(tables["loans"]))
    assert "loan_date" not in columns(tables["members"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_answers_about_how_many(dbs):
    """'Can a musician play in more than one concert? Yes.' (many concerts per musician and, a concert
    being no one's, many musicians per concert) and 'every piece has one composer' after 'pieces have
    composers' (said outright: each piece's composer)."""
    schema, tables = design("Musicians have a name. Concerts have a date. Can a musician play in more than one "
                            "concert? Yes. Do pieces have composers? Yes, every piece has one composer, and "
                            "composers have a name.")
    pair = next(t for t in tables.values() if {("musician_id", "musicians"), ("concert_id", "concerts")}
                <= references(t))
    assert pair.name not in ("musicians", "concerts")
    assert ("composer_id", "composers") in references(tables["pieces"]) and "piece_id" not in columns(tables["composers"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_how_many_answered(dbs):
    """(stop 25) 'Can a course have more than one teacher? No, exactly one.' (each has its one; the
    declined question is no noun question), 'Can students take many courses? Yes, and each enrollment
    has a grade' (people with many things: a pair, kept in the enrolment), 'Can a patient see more than
    one therapist? Yes.' (people to people: many on both sides), 'Does every session belong to one
    therapist and one patient? Yes.' (the verb agrees again), 'Do we need buyers? Not for now.'"""
    schema, tables = design("Can a course have more than one teacher? No, exactly one. Can students take many "
                            "courses? Yes, and each enrollment has a grade. Courses have a title. Teachers have a "
                            "name. Students have a name. Do we need buyers? Not for now.")
    assert ("teacher_id", "teachers") in references(tables["courses"]) and "buyers" not in tables
    assert {("student_id", "students"), ("course_id", "courses")} <= references(tables["enrollments"])
    assert "student_id" not in columns(tables["courses"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Can a patient see more than one therapist? Yes. Does every session belong to one "
                            "therapist and one patient? Yes. Patients have a name. Therapists have a name. Sessions "
                            "have a date.")
    assert {("therapist_id", "therapists"), ("patient_id", "patients")} <= references(tables["sessions"])
    assert "patient_id" not in columns(tables["therapists"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_who_the_people_are_and_a_yes_with_fields(dbs):
    """(stop 26) 'Who are the tenants? Students and young professionals; we need name, phone …': the
    answer says what they are and the fields the speaker needs are theirs; 'Do we log repairs? Yes -
    date, cost, contractor name': the affirmed thing with its fields; 'What do they sell? Products:
    gadgets, cables, chargers': plural kinds after a colon close the thing's type."""
    schema, tables = design("Who are the guests? Families and school groups; we need name, phone and arrival date. "
                            "Do we log breakages? Yes - date, cost, item description. "
                            "What do guests rent? Bikes: tandems, cruisers, scooters. Each bike has a frame number.")
    assert {"name", "phone", "arrival_date"} <= set(columns(tables["guests"]))
    assert {"date", "cost", "item_description"} <= set(columns(tables["breakages"]))
    bikes = columns(tables["bikes"])
    assert "type" in bikes and not {"tandems", "cruisers", "scooters", "tandem"} & set(bikes)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_who_the_users_are_and_what_they_do_several_of(dbs):
    """(stop 26) 'Who are the users? Coaches and athletes.' (the users are the things named, no users
    table); 'What does a coach have? A name, sports they coach, …' (what they do something to is many to
    many with them, even beside a record that names both)."""
    schema, tables = design("Who are the users? Coaches and athletes. What does a coach have? A name, sports they "
                            "coach, and a certification level. Sports have a name. An athlete books a session with "
                            "a coach for a sport.")
    assert {"coaches", "athletes"} <= set(tables) and "users" not in tables
    assert "certification_level" in columns(tables["coaches"])
    assert any({("coach_id", "coaches"), ("sport_id", "sports")} == references(t) for t in tables.values())
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_main_things_also_fields_participles_and_any_of_them(dbs):
    """(stop 26) 'What are the main things? Boats, skippers, charters.' (the answer lists the things);
    'What identifies a boat? Its hull number. Also name and length.' (a list after "Also" goes on);
    'Do we record charters? Yes: date, the skipper hired and any extras booked' (a participle after its
    noun says which one: a reference; 'any extras' are many, each the charter's)."""
    schema, tables = design("What are the main things? Boats, skippers, charters, extras. What identifies a boat? "
                            "Its hull number. Also name and length. Skippers have a licence. Extras have a price. "
                            "Do we record charters? Yes: date, the skipper hired and any extras booked.")
    assert {"hull_number", "name", "length"} <= set(columns(tables["boats"]))
    assert ("skipper_id", "skippers") in references(tables["charters"]) and "skipper_hired" not in columns(tables["charters"])
    assert ("charter_id", "charters") in references(tables["extras"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_the_business_tracks_and_the_whole_the_text_is_about(dbs):
    """'What does the bakery need to track? Orders, customers and cakes.' is what we track (no table of
    bakeries, no 'tracks' in a name); 'The museum has galleries and exhibits' names the whole the text is
    about (one museum: no table, said in the header); a thing said of each ('each gym has trainers') or
    of several stays a table."""
    schema, tables = design("Q: What does the bakery need to track?\nA: Orders, customers and cakes.\n"
                            "Q: What do we know about a cake?\nA: Its name, flavour and price.\n"
                            "Q: What about orders?\nA: Pickup date, the customer and the cakes ordered.")
    assert {"orders", "customers", "cakes"} <= set(tables) and "bakeries" not in tables, sorted(tables)
    assert not any("track" in c for t in tables.values() for c in columns(t))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    text = ("The museum has galleries and exhibits. Each gallery has a name and a floor. Exhibits have a title "
            "and an opening date, and each exhibit is shown in one gallery.")
    schema, assumptions = generate_model(text, check_options("{}"))
    tables = {t.name: t for t in schema.tables}
    assert {"galleries", "exhibits"} == set(tables), sorted(tables)
    assert any("museum" in a and "not a table" in a for a in assumptions)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Each gym has trainers and members. Gyms have an address. Trainers have a name.")
    assert "gyms" in tables and ("gym_id", "gyms") in references(tables["trainers"])
