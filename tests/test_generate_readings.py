"""Readings the generator got wrong on fresh texts of my own (docs/nl-dev-split.md, stop 31): a count
named with a plural ('a servings count'), a pair's fields after a comma ('include parts, with a quantity
for each'), a trade that is no customer ('a director'), fields after 'per <thing>' ('fares per zone
(name and amount)'), what is kept after an act ('sign up for shifts and log the hours'), people or
things of a title list's item ('clients, their dogs'), 'What about X? A name, …', 'can be on several',
an act at a thing ('attendance at meetings') and 'who came', choosing things for each of another,
people a person registers, 'the repairs my truck has had' and a mass noun ('borrow equipment').
Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def applies(dbs, schema, tables):
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_count_named_with_a_plural_is_a_field(dbs):
    for text in ("Cocktails have a name, an ingredients count and a price.",
                 "Recipes have a title, a servings count and a cooking time in minutes."):
        schema, tables = design(text)
        assert len(tables) == 1, sorted(tables)
        table = next(iter(tables.values()))
        count = next(c for name, c in columns(table).items() if name.endswith("_count"))
        assert count.type == "integer"
        applies(dbs, schema, tables)


def test_a_pairs_fields_after_a_comma(dbs):
    schema, tables = design("Kits have a name. Kits include parts, with a quantity for each.")
    assert "quantity" in columns(tables["kit_parts"]) and "quantity" not in columns(tables["kits"])
    assert {("kit_id", "kits"), ("part_id", "parts")} <= references(tables["kit_parts"])
    applies(dbs, schema, tables)
    schema, tables = design("Meals have a name. Meals list ingredients, with an amount and a unit for each.")
    pair = tables["meal_ingredients"]
    assert {"amount", "unit"} <= set(columns(pair)) and "unit" not in columns(tables["meals"])
    applies(dbs, schema, tables)


def test_a_trade_is_no_customer(dbs):
    schema, tables = design("Each course has a title, an instructor and a length in hours. Customers review courses.")
    assert "instructor" in columns(tables["courses"])
    assert ("instructor_id", "customers") not in references(tables["courses"])
    applies(dbs, schema, tables)


def test_fields_after_per_a_thing(dbs):
    schema, tables = design("Each route has a number, and each route has fares per zone (fare name and amount). "
                            "Zones have a name.")
    assert "amount" in columns(tables["fares"]) and "amount" not in columns(tables["zones"])
    assert {("route_id", "routes"), ("zone_id", "zones")} <= references(tables["fares"])
    applies(dbs, schema, tables)


def test_what_is_kept_after_an_act_is_the_acts(dbs):
    schema, tables = design("Members book courts and log the score they got. Courts have a number.")
    assert "score" in columns(tables["bookings"]) and "score" not in columns(tables["courts"])
    applies(dbs, schema, tables)
    schema, tables = design("Shelters have a name. Shelters organise shifts, and volunteers sign up for shifts and "
                            "log the hours they worked.")
    act = next(t for t in tables.values() if ("volunteer_id", "volunteers") in references(t) and
               ("shift_id", "shifts") in references(t))
    assert "hours" in columns(act) and "hours" not in columns(tables["shelters"])
    assert ("shelter_id", "shelters") in references(tables["shifts"])      # (what a shelter organises is its own)
    applies(dbs, schema, tables)


def test_a_title_lists_people_or_things_of_an_item(dbs):
    schema, tables = design("an app for a riding school: riders, their horses, instructors and lessons with a price")
    assert {"riders", "horses", "instructors", "lessons"} == set(tables), sorted(tables)
    assert ("rider_id", "riders") in references(tables["horses"])
    assert "price" in columns(tables["lessons"])
    applies(dbs, schema, tables)
    schema, tables = design("medication reminder - my medications, their doses and a schedule of times")
    assert "doses" not in tables                                       # (a dose describes the medication)


def test_what_about_a_thing_answered_with_an_article(dbs):
    schema, tables = design("What do we track? Boats and skippers. What about boats? A name, a length in metres and "
                            "a home port.")
    assert {"name", "length_m", "home_port"} <= set(columns(tables["boats"]))
    applies(dbs, schema, tables)


def test_one_thing_on_several_others(dbs):
    schema, tables = design("Books have a title. Reading lists have a name. A book can be on several reading lists.")
    pair = tables["book_reading_lists"]
    assert {("book_id", "books"), ("reading_list_id", "reading_lists")} <= references(pair)
    applies(dbs, schema, tables)
    schema, tables = design("What do we store? Objects in our collection and the exhibitions where they are shown. "
                            "Can an object be in several exhibitions? Yes, over the years.")
    assert any({("object_id", "objects"), ("exhibition_id", "exhibitions")} <= references(t) for t in tables.values())
    assert ("object_id", "objects") not in references(tables["exhibitions"])
    applies(dbs, schema, tables)


def test_an_act_at_a_thing_and_who_came(dbs):
    schema, tables = design("Volunteers have a name. Also attendance at meetings. Meetings have a date and we note "
                            "who came.")
    act = tables["attendances"]
    assert {("meeting_id", "meetings"), ("volunteer_id", "volunteers")} <= references(act)
    assert any(set(u.columns) == {"meeting_id", "volunteer_id"} for u in act.uniques)
    assert "came" not in columns(tables["meetings"])
    applies(dbs, schema, tables)


def test_things_chosen_for_each_of_another(dbs):
    schema, tables = design("Players have a name. Tournaments have a date. For each tournament we select players "
                            "from our club.")
    assert {("tournament_id", "tournaments"), ("player_id", "players")} <= references(tables["tournament_players"])
    assert ("tournament_id", "tournaments") not in references(tables["players"])
    applies(dbs, schema, tables)


def test_people_a_person_registers_are_not_theirs(dbs):
    schema, tables = design("As a coach, I want to register athletes with their name and birth date. As a coach, I "
                            "want to add each athlete's results with a date and a time.")
    assert {"name", "birth_date"} <= set(columns(tables["athletes"]))
    assert not any(target == "coaches" for _, target in references(tables["athletes"]))
    applies(dbs, schema, tables)


def test_what_a_possessed_thing_has_had(dbs):
    schema, tables = design("Trucks have a plate. As a driver I want to see the repairs my truck has had.")
    assert ("truck_id", "trucks") in references(tables["repairs"])
    applies(dbs, schema, tables)


def test_a_mass_noun_is_many(dbs):
    schema, tables = design("Volunteers borrow equipment. Equipment has a name and a tag. Volunteers have a name.")
    assert ("equipment_id", "equipment") not in references(tables["volunteers"])
    assert any({("volunteer_id", "volunteers"), ("equipment_id", "equipment")} <= references(t) for t in tables.values())
    applies(dbs, schema, tables)


def test_a_log_that_asks_who_and_how_many_is_a_record(dbs):
    """'on a project the consultants log there labour - who, how many hours, which day': a possessed
    singular a keeping verb logs, then a list of questions, is a table of the project ('there' between a
    verb and a noun is 'their'; 'how many hours' is hours)."""
    schema, tables = design("Consultants have a name and a day rate. Projects have a title. On a project the "
                            "consultants log there labour - who, how many hours, which day.")
    labour = tables["labours"]
    assert {("project_id", "projects"), ("consultant_id", "consultants")} <= references(labour)
    assert "hours" in columns(labour) and "labour" not in columns(tables["consultants"])
    applies(dbs, schema, tables)


def test_what_is_recorded_when_things_are_used_on_another(dbs):
    """'when we use ingredients in a batch we record which ingredient, how many grams and the cost': a
    line between the two with what is recorded."""
    schema, tables = design("Batches have a date. Ingredients have a name. When we use ingredients in a batch we "
                            "record which ingredient, how many grams and the cost.")
    line = tables["batch_ingredients"]
    assert {("batch_id", "batches"), ("ingredient_id", "ingredients")} <= references(line)
    assert {"grams", "cost"} <= set(columns(line)) and "cost" not in columns(tables["ingredients"])
    applies(dbs, schema, tables)


def test_list_items_before_a_preposition_are_fields(dbs):
    """'it holds a date, notes for the editor, internal remarks for the desk only': plurals in a list
    after holds/has/with are fields even before 'for'; an adjective's plural is no verb (no 'internals'
    table)."""
    schema, tables = design("Articles have a title. An edit holds a date, notes for the editor, internal remarks for "
                            "the desk only, and a score.")
    assert set(tables) == {"articles", "edits"}, sorted(tables)
    assert {"date", "notes", "internal_remarks", "score"} <= set(columns(tables["edits"]))
    applies(dbs, schema, tables)


def test_a_membership_keeps_its_pair_beside_other_pairs(dbs):
    schema, tables = design("Members have a name. Clubs have a name. Can members belong to several clubs? Yes. Each "
                            "membership has a level: bronze, silver or gold. Events have a date. Events feature "
                            "several clubs.")
    membership = tables["memberships"]
    assert {("member_id", "members"), ("club_id", "clubs")} <= references(membership)
    assert ("club_id", "clubs") not in references(tables["members"])
    assert "club_members" not in tables and "member_clubs" not in tables
    applies(dbs, schema, tables)


def test_work_logged_against_a_thing_is_a_log(dbs):
    schema, tables = design("Drivers have a name. Trucks have a plate. Drivers log time on a truck: hours driven and "
                            "the date.")
    log = tables["time_logs"]
    assert {("driver_id", "drivers"), ("truck_id", "trucks")} <= references(log)
    assert "hours_driven" in columns(log) and "hours_driven" not in columns(tables["drivers"])
    applies(dbs, schema, tables)


def test_a_collection_is_made_of_its_things(dbs):
    for text, table in (("manage my vinyl record collection", "vinyl_records"), ("track my stamp collection", "stamps"),
                        ("keep my share portfolio", "shares")):
        schema, tables = design(text)
        assert table in tables and not any(n.endswith(("collections", "libraries")) for n in tables), (text, sorted(tables))
        applies(dbs, schema, tables)


def test_when_i_do_something_to_them(dbs):
    schema, tables = design("I want to record my bikes and when I service them, with the cost")
    service = tables["services"]
    assert ("bike_id", "bikes") in references(service) and "cost" in columns(service)
    assert "cost" not in columns(tables["bikes"])
    applies(dbs, schema, tables)
    schema, tables = design("track my hives and when I inspect them")
    assert ("hive_id", "hives") in references(tables["inspections"])


def test_an_act_with_no_object_is_done_on_what_was_named(dbs):
    schema, tables = design("a poll app where users create polls and vote")
    assert {("user_id", "users"), ("poll_id", "polls")} <= references(tables["votes"])
    applies(dbs, schema, tables)
    schema, tables = design("a job site where employers post vacancies and candidates apply")
    assert {("candidate_id", "candidates"), ("vacancy_id", "vacancies")} <= references(tables["applications"])
    applies(dbs, schema, tables)


def test_a_shop_sells_what_it_is_named_by(dbs):
    for text, goods in (("simple inventory for a small bookshop", "books"), ("a webshop for my flower shop", "flowers"),
                        ("an online store for my bike store", "bikes")):
        schema, tables = design(text)
        assert goods in tables and "products" not in tables, (text, sorted(tables))
        applies(dbs, schema, tables)


def test_user_stories_of_staff_about_members(dbs):
    """A secretary adding members, a coach seeing who signed up and a treasurer recording each member's
    payment: none of them owns the records; the payment is a table of the member's."""
    schema, tables = design("As a club secretary, I want to add members with their name and birth date.\n"
                            "As a coach, I want to create training sessions with a date and a location.\n"
                            "As a member, I want to sign up for a training session.\n"
                            "As a coach, I want to see who signed up for each session.\n"
                            "As a treasurer, I want to record each member's annual fee payment with the amount and "
                            "the date paid.")
    assert not any(target == "club_secretaries" for t in tables.values() for _, target in references(t))
    signups = next(t for t in tables.values() if ("member_id", "members") in references(t) and
                   ("training_session_id", "training_sessions") in references(t))
    assert ("coach_id", "coaches") not in references(signups)
    payments = tables["fee_payments"]
    assert ("member_id", "members") in references(payments) and "amount" in columns(payments)
    assert "treasurers" not in tables                   # (a story's role with nothing of its own: round 7)
    applies(dbs, schema, tables)


def test_things_i_own_with_their_fields(dbs):
    schema, tables = design("As an owner I want to see all boats I own with their length and home port. Boats have "
                            "a name.")
    assert {"length", "home_port"} <= set(columns(tables["boats"]))
    applies(dbs, schema, tables)


def test_a_chat_description_of_a_pantry(dbs):
    """'donors drop off books' (a plural, a verb and its particle), 'which family got which box n when'
    (a pair with its date; 'got' asks, 'n' is 'and'; no 'family' field), 'register w/ us - name, …' (a
    dash before a list of short items is a colon)."""
    schema, tables = design("we run a pantry. donors drop off books, we log every donation (donor, date, how many "
                            "books). families register w/ us - name, household size, address. each week families get "
                            "a box, we need to know which family got which box n when")
    assert "donors" in tables and not any(n.startswith("donors_") or n.startswith("donor_drop") for n in tables)
    assert {"household_size", "address"} <= set(columns(tables["families"]))
    assert not {"family", "whiched_at"} & set(columns(tables["families"]))
    pair = next(t for t in tables.values() if {("family_id", "families"), ("box_id", "boxes")} <= references(t))
    assert any(name.endswith(("_on", "_at")) for name in columns(pair))
    applies(dbs, schema, tables)


def test_a_listed_act_refers_to_what_it_is_about(dbs):
    """'tutors, students, subjects and lessons': the lesson (WordNet's noun.act) refers to the tutor, the
    student and the subject; a subject (noun.communication) is what it is about, no act of its own."""
    schema, tables = design("app for a language school: teachers, learners, languages and lessons")
    assert {("teacher_id", "teachers"), ("learner_id", "learners")} <= references(tables["lessons"])
    schema, tables = design("app for a tutoring agency: tutors, students, subjects and lessons")
    assert {("tutor_id", "tutors"), ("student_id", "students"), ("subject_id", "subjects")} <= \
        references(tables["lessons"])
    assert not references(tables["subjects"])
    applies(dbs, schema, tables)


def test_what_is_kept_for_each_thing_sent(dbs):
    """'assign one or more trucks to a route and record, for each truck assigned, when it left the depot
    and when it returned': the pair is a table with those times; the planner owns no truck."""
    schema, tables = design("Trucks have a plate. Routes have a name. As a planner, I want to assign one or more "
                            "trucks to a route and record, for each truck assigned, when it left the depot and when "
                            "it returned.")
    pair = tables["route_trucks"]
    assert {("route_id", "routes"), ("truck_id", "trucks")} <= references(pair)
    assert {"left_at", "returned_at"} <= set(columns(pair))
    assert not references(tables["trucks"])
    applies(dbs, schema, tables)


def test_a_story_role_nothing_refers_to_is_no_table(dbs):
    """'As a receptionist, I want to …' with nothing of the receptionist's: who uses the app, said in the
    header, no table; 'add each owner's pets with a species' makes the pets the owner's."""
    schema, tables = design("As a receptionist, I want to register pet owners with their name and phone. As a "
                            "receptionist, I want to add each owner's pets with a species. As a vet, I want to record "
                            "every visit of a pet with a date and a diagnosis.")
    assert "receptionists" not in tables
    assert ("pet_owner_id", "pet_owners") in references(tables["pets"])
    assert {("pet_id", "pets"), ("vet_id", "vets")} <= references(tables["visits"])
    applies(dbs, schema, tables)
    from ai_schema.generate import generate
    assert "receptionist is a user story's role" in generate("As a receptionist, I want to register pet owners with "
                                                             "their name and phone. As a receptionist, I want to add "
                                                             "each owner's pets with a species. As a vet, I want to "
                                                             "record every visit of a pet with a date.")
