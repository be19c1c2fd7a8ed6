"""Readings the generator got wrong on fresh texts of my own (docs/nl-dev-split.md, stop 45, round 1: a
recycling centre in one line, beekeeping stories, moving-company notes, a podcast network, a crowdfunding
platform, a summer-camp spec, an escape room, thesis tracking), each class tested with other texts than the
ones that showed it: what the application a one-liner names does ('a co-op that repairs donated bicycles and
sells them to students'), the people it deals with, and a second verb of the same subject; adjectives in
-ing that are no verb's ('upcoming inspections'); money given to things ('fans donate money to streamers'),
an act the text also names as a thing (a record between the two, with the amount); a note's line 'X per Y,
fields' and 'paid or not'; a clause 'and if … we …' after a list; 'whether they can tow'; people who follow
things (a record, no one owner); an act a story names as a thing ('order bread …', 'the orders that include
my breads'); a participle opening a clause after ', and' ('accepted reports earn credits'); round 2 (the
camp, thesis and podcast texts again): a group the text names once ('a jury of referees') is several of its
members, and 'a referee can be international' a flag; values in parentheses ('(approved, minor changes, …)')
do not make 'the review' the whole the text is about; what is logged as given to someone ('logs cash handed to
a guest with …'); acts listed after an act ('sports (tennis, swimming, rowing)') are its kinds; round 3 (a
food co-op, wedding stories, dental-lab notes, elections): where things come from; 'their' after a second verb
(the first verb's object); a notes title with a dash; a field kept per pair ('the minutes per volunteer per
event', 'reported per team per round as a point total'); an adjective picks one of the things ('the original
job', 'other workshops'); what the speaker records when someone does an act ('When a member places a bid, we
record …'); round 4 (car sharing stories, hackerspace chat, a physiotherapy spec, a library in
bullets, a kennel one-liner, a brewery in prose): a second verb of the subject says when it starts ('is
refereed by an official, and starts at a set time'); an act's fields after its object's kinds and place ('book
caterers (…) for each event with the agreed price'); kinds in parentheses, then fields; how often ('groom
them daily') and two verbs of one object ('feed and groom them', 'approve or decline event proposals');
round 5 (one-liners of a dog-walking business, a food bank, a bike shop, concerts, a help desk, a cooking
school; teacher and gardener stories): 'which volunteers staff which stalls'; fields after 'a list of my
coins'; 'free text' (free_text); a list's last item with its clause ('…, and print jobs that use papers');
the header's 'mentioned, not modelled' leaves out a phrase a later reading made a field ('the agreed fee'). Each design is applied on the server."""

from ai_schema.generate import generate
from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_what_the_application_does_names_what_it_keeps(dbs):
    schema, tables = design("a bike co-op that repairs donated bicycles and sells them to students")
    assert {"bicycles", "students"} <= set(tables) and "courses" not in tables
    schema2, tables2 = design("a seed library that lends seed packets to gardeners and records harvests")
    assert {"seed_packets", "gardeners", "harvests"} <= set(tables2)
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_a_second_verb_of_the_application_and_adjectives_in_ing(dbs):
    schema, tables = design("a laundry that washes incoming garments by material and pays drivers per load")
    assert "garments" in tables and "incoming_garments" not in tables and "material" in columns(tables["garments"])
    assert ("driver_id", "drivers") in references(tables["payments"])
    schema2, tables2 = design("we log upcoming inspections and pending repairs for our buildings")
    assert {"inspections", "repairs", "buildings"} <= set(tables2)
    assert "upcoming_inspections" not in tables2 and "pending_repairs" not in tables2
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_money_given_to_things_is_an_act_between_giver_and_receiver(dbs):
    schema, tables = design("Fans donate money to streamers; every donation shows a message.")
    donations = tables["donations"]
    assert {("fan_id", "fans"), ("streamer_id", "streamers")} <= references(donations)
    assert {"amount", "message"} <= set(columns(donations))
    schema2, tables2 = design("Members pledge money to projects. A pledge can be cancelled. Projects have a title.")
    assert {("member_id", "members"), ("project_id", "projects")} <= references(tables2["pledges"])
    assert "amount" in columns(tables2["pledges"])
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_a_note_of_records_per_thing_with_a_flag_and_a_clause_after_the_list(dbs):
    schema, tables = design("sales: total, date\nreceipts per sale, printed or not\n"
                            "lockers per gym - number, size, and if a key is lost we charge a fee with amount + date")
    assert ("sale_id", "sales") in references(tables["receipts"]) and "is_printed" in columns(tables["receipts"])
    assert ("gym_id", "gyms") in references(tables["lockers"])
    assert {"number", "size"} <= set(columns(tables["lockers"])) and "fee" not in columns(tables["lockers"])
    assert {"amount", "date"} <= set(columns(tables["fees"]))
    applies(dbs, schema, tables)


def test_whether_they_can_do_something_is_a_flag_named_by_it(dbs):
    schema, tables = design("drivers: name, licence, whether they can tow")
    assert "can_tow" in columns(tables["drivers"]) and columns(tables["drivers"])["can_tow"].type == "boolean"
    applies(dbs, schema, tables)


def test_people_who_follow_things_keep_a_record_no_one_owns_the_things(dbs):
    schema, tables = design("Readers subscribe to newsletters and can follow authors. Authors have a name. "
                            "Newsletters have a title.")
    assert "reader_id" not in columns(tables["authors"])
    follows = next(t for t in tables.values() if {("reader_id", "readers"), ("author_id", "authors")} <= references(t))
    assert "name" not in columns(follows)
    applies(dbs, schema, tables)


def test_an_act_a_story_also_names_as_a_thing_is_a_record_of_both(dbs):
    schema, tables = design("As a baker I want to list my breads with a price per loaf and the quantity available. "
                            "As a shopper I want to order bread from several bakers in one basket. "
                            "As a baker I want to see the orders that include my breads.")
    assert {("shopper_id", "shoppers"), ("bread_id", "breads")} <= references(tables["orders"])
    assert "shopper_id" not in columns(tables["breads"]) and "bread_id" not in columns(tables["bakers"])
    applies(dbs, schema, tables)


def test_a_participle_opening_a_clause_after_and(dbs):
    schema, tables = design("Open data portal where citizens submit bug reports to agencies run by cities, moderators "
                            "rate priority, and accepted reports earn credits.")
    assert "credits" in tables and not any(name.startswith("accepted") for name in tables)
    applies(dbs, schema, tables)


def test_a_group_the_text_names_once_is_several_of_its_members(dbs):
    schema, tables = design("Matches have a date. A jury of referees is assigned to each match; a referee can be "
                            "international, in which case we store their federation.")
    pair = next(t for t in tables.values() if {("referee_id", "referees"), ("match_id", "matches")} <= references(t))
    assert pair is not None and "juries" not in tables
    referees = columns(tables["referees"])
    assert "federation" in referees and referees["is_international"].type == "boolean"
    applies(dbs, schema, tables)


def test_values_in_parentheses_do_not_make_a_thing_the_whole(dbs):
    schema, tables = design("Surgeries have a date. The review has a date, a reviewer and a verdict (approved, "
                            "minor changes, major changes, rejected).")
    assert {"date", "verdict"} <= set(columns(tables["reviews"]))
    applies(dbs, schema, tables)


def test_what_is_logged_as_given_to_someone_is_a_log_of_its_own(dbs):
    schema, tables = design("Guests have a name. The receptionist logs cash handed to a guest with the amount, "
                            "the time and the reason.")
    log = next(t for t in tables.values() if ("guest_id", "guests") in references(t))
    assert log.name != "receptionists" and {"amount", "reason"} <= set(columns(log))
    assert "cash" not in columns(tables["receptionists"])
    applies(dbs, schema, tables)


def test_acts_listed_after_an_act_are_its_kinds_not_its_fields(dbs):
    schema, tables = design("Sports (tennis, swimming, rowing) are taught on courts; members sign up for sports.")
    assert not {"tennis", "swimming", "rowing"} & set(columns(tables["sports"]))
    assert ("court_id", "courts") in references(tables["sports"])
    applies(dbs, schema, tables)


def test_where_things_come_from_is_kept(dbs):
    schema, tables = design("Ingredients come from farms. Chefs cook dishes.")
    assert ("farm_id", "farms") in references(tables["ingredients"])
    applies(dbs, schema, tables)


def test_their_after_a_second_verb_is_the_first_verbs_object(dbs):
    schema, tables = design("As a manager I want to hire waiters for a shift and note their phone number.")
    assert "phone_number" in columns(tables["waiters"])
    assert "managers" not in tables or "phone_number" not in columns(tables["managers"])
    applies(dbs, schema, tables)


def test_a_notes_title_with_a_dash_is_no_part_of_its_first_note(dbs):
    schema, tables = design("bakery - rough notes\nbakers bake loaves every morning\nloaves: name, price")
    assert "bakers" in tables and not any("notes" in name for name in tables)
    applies(dbs, schema, tables)


def test_a_field_kept_per_pair_is_the_pairs(dbs):
    schema, tables = design("Volunteers help at events. Events have a date. we log the minutes per volunteer per "
                            "event")
    pair = next(t for t in tables.values() if {("volunteer_id", "volunteers"), ("event_id", "events")} <= references(t))
    assert "minutes" in columns(pair) and "minutes" not in columns(tables["volunteers"])
    schema2, tables2 = design("Teams have a name. Rounds have a number. Scores are reported per team per round as a "
                              "point total.")
    assert {("team_id", "teams"), ("round_id", "rounds")} <= references(tables2["scores"])
    assert "point_total" in columns(tables2["scores"]) and "round_id" not in columns(tables2["teams"])
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_an_adjective_picks_one_of_the_things_it_names_no_other(dbs):
    schema, tables = design("Repairs have a date. A redo links each repair to the original job + a reason. Jobs have "
                            "a price.")
    assert "jobs" in tables and "original_jobs" not in tables and ("job_id", "jobs") in references(tables["repairs"])
    schema2, tables2 = design("tool loans: tools lent to other workshops, with a due date and the borrowing "
                              "workshop's contact person")
    assert "contact_person" in columns(tables2["workshops"]) and "users" not in tables2
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_what_the_speaker_records_when_someone_does_an_act_is_the_acts(dbs):
    schema, tables = design("Members have a name. When a member places a bid, we record the amount and the time.")
    assert ("member_id", "members") in references(tables["bids"]) and "amount" in columns(tables["bids"])
    assert "amount" not in columns(tables["members"])
    applies(dbs, schema, tables)


def test_a_second_verb_of_the_subject_says_when_it_starts(dbs):
    schema, tables = design("Each match is refereed by an official, and starts at a set time.")
    assert "starts_at" in columns(tables["matches"]) and "starts_at" not in columns(tables["officials"])
    applies(dbs, schema, tables)


def test_an_acts_fields_after_its_objects_kinds_and_place(dbs):
    schema, tables = design("As a coordinator I want to book caterers (vegan, halal, kosher) for each event with the "
                            "agreed price. Events have a date.")
    bookings = columns(tables["bookings"])
    assert "agreed_price" in bookings and "starts_at" not in bookings
    applies(dbs, schema, tables)


def test_kinds_in_parentheses_then_fields(dbs):
    schema, tables = design("* Vehicles (cars, vans, trucks) with plate, model and mileage")
    assert {"plate", "model", "mileage"} <= set(columns(tables["vehicles"]))
    applies(dbs, schema, tables)


def test_how_often_and_two_verbs_of_one_object(dbs):
    schema, tables = design("a cattery where owners drop off cats for stays, staff feed and groom them daily and log "
                            "each grooming")
    assert "owners" in tables and not {"dailies", "grooms"} & set(tables)
    schema2, tables2 = design("As a moderator I want to approve or decline event proposals. Moderators have a name.")
    assert not any(n.startswith("decline") for t in tables2.values() for n in [t.name, *columns(t)]), sorted(tables2)
    assert "'declined'" in " ".join(c.expression for c in tables2["event_proposals"].checks)   # (the outcome since
    #                                                                   stop 69: approve or decline, a status)
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_which_people_do_which_things_names_the_verb_between(dbs):
    schema, tables = design("app to track which volunteers staff which stalls at our fair")
    assert {("volunteer_id", "volunteers"), ("stall_id", "stalls")} <= references(tables["volunteer_stalls"])
    assert "volunteers_staff" not in tables
    applies(dbs, schema, tables)


def test_fields_after_a_list_of_my_things_are_the_things(dbs):
    schema, tables = design("As a collector, I want to keep a list of my coins with their year and condition.")
    assert {"year", "condition"} <= set(columns(tables["coins"]))
    applies(dbs, schema, tables)


def test_free_text_names_its_field_and_a_lists_last_item_keeps_its_clause(dbs):
    schema, tables = design("Reviews have a title. A review has free text and a star rating.")
    assert "free_text" in columns(tables["reviews"]) and "free" not in columns(tables["reviews"])
    schema2, tables2 = design("Simple app for a print shop: printers, papers, customers, and print jobs that use "
                              "papers")
    assert "print_jobs" in tables2
    applies(dbs, schema, tables)
    applies(dbs, schema2, tables2)


def test_the_header_lists_no_phrase_a_later_reading_made_a_field():
    text = "As a planner I want to book vendors for each wedding with the agreed fee. Weddings have a date."
    assert "agreed_fee" in generate(text) and "not modelled: agreed fee" not in generate(text)
