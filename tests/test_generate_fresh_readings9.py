"""Readings the generator got wrong on the twenty-eighth batch of fresh-domain texts (tests/fixtures/nl-fresh,
docs/nl-dev-split.md, stop 66): 'the date it entered service', 'the date it will be ready', the counts from
thirteen to nineteen, 'is done by one tailor', a list label that names acts over a clause of the act's verb
('Surveys: each hedge is surveyed by a volunteer on a date, noting …'), 'the price quoted' in a title list's
fields, ', with …' after 'brought in by customers', people who act on 'the' things, 'made from' plurals. Each
construction is tested over many nouns, with other texts than the fixtures that showed it; each design is
applied on the server."""

import pytest

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


@pytest.mark.parametrize("text, table, field", [
    ("Buses have a fleet number and the date it entered service.", "buses", "entered_service_on"),
    ("Ships have a name, a tonnage and the date it left port.", "ships", "left_port_on"),
    ("Each volunteer has a name and the date they joined.", "volunteers", "joined_on"),
    ("Repairs have a fault, a price and the date it will be ready.", "repairs", "ready_on"),
    ("Orders have a total and the date it will be delivered.", "orders", "delivered_on"),
])
def test_the_date_a_clause_names(dbs, text, table, field):
    """'the date it entered service': the clause's verb and its bare object name the field (entered_service_on);
    'the date it will be ready': the adjective does (ready_on) — not a bare 'date'."""
    schema, tables = design(text)
    assert field in columns(tables[table]) and "date" not in columns(tables[table]), columns(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("number", ["thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen"])
def test_a_count_is_no_part_of_a_name(dbs, number):
    """'several of the fourteen allergens': the allergens, not a 'fourteen allergen'."""
    schema, tables = design(f"Recipes have a title. A recipe can use several of the {number} spices. Spices have a name.")
    assert not any(number in t for t in tables), sorted(tables)
    assert not any(number in c for t in tables.values() for c in columns(t)), tables
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, ref", [
    ("Each garment is done by one tailor. Garments have a price.", "garments", ("tailor_id", "tailors")),
    ("Every haircut is done by one stylist. Haircuts have a price.", "haircuts", ("stylist_id", "stylists")),
    ("Each translation is done by a translator. Translations have a word count.", "translations",
     ("translator_id", "translators")),
])
def test_done_by_one_is_a_passive(dbs, text, table, ref):
    """'is done by one tailor': 'done' is a participle (irregular), so the clause is passive and the thing
    refers to its doer."""
    schema, tables = design(text)
    assert ref in references(tables[table]), references(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, act, thing, doer, fields", [
    ("- Turbines: a serial number and a model\n- Inspections: each turbine is inspected by an engineer on a date, "
     "recording its noise level", "inspections", "turbines", "engineers", {"date", "noise_level"}),
    ("- Ponds: a name and an area\n- Samples: each pond is sampled by a student on a date, noting its ph (acid, "
     "neutral, alkaline)", "samples", "ponds", "students", {"date", "ph"}),
    ("- Boilers: a serial number and an address\n- Services: an engineer services each boiler on a date and "
     "records its pressure", "services", "boilers", "engineers", {"date", "pressure"}),
    ("- Pianos: a maker and a serial number\n- Tunings: a tuner tunes each piano on a date and notes its pitch",
     "tunings", "pianos", "tuners", {"date", "pitch"}),
])
def test_a_label_of_acts_over_a_clause_of_its_verb(dbs, text, act, thing, doer, fields):
    """'Inspections: each turbine is inspected by an engineer on a date, recording …': the label names the acts,
    so the clause's parties, its moment and what it records are each act's — the turbine keeps none of them."""
    schema, tables = design(text)
    assert act in tables, sorted(tables)
    refs = {t for _, t in references(tables[act])}
    assert {thing, doer} <= refs, refs
    assert fields <= set(columns(tables[act])), columns(tables[act])
    assert not fields & set(columns(tables[thing])), columns(tables[thing])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, fields", [
    ("repair desk - clocks with the fault reported, the price quoted and the size", "clocks",
     {"price_quoted", "size"}),
    ("print shop - jobs with the paper chosen, the price agreed and the deadline", "jobs", {"price_agreed", "deadline"}),
    ("alterations tailor - garments with the alteration wanted, the price quoted and the date it will be ready",
     "garments", {"alteration", "price_quoted", "ready_on"}),
])
def test_a_field_said_with_its_participle_in_a_title_list(dbs, text, table, fields):
    """'the price quoted' after a title's things: the participle says which value (a field), not a clause that
    ends the item's fields."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[table])), columns(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, doers, fields", [
    ("repair shop - bikes brought in by customers, with the fault and the price", "bikes", "customers",
     {"fault", "price"}),
    ("sign shop - signs ordered by clients, with a size and a wording", "signs", "clients", {"size", "wording"}),
    ("laundry - bags dropped off by students, with a weight and a colour", "bags", "students", {"weight", "colour"}),
])
def test_fields_after_a_doer_are_the_things_done(dbs, text, table, doers, fields):
    """'bikes brought in by customers, with the fault …': the fields after the comma are the bikes', who
    brought them is a reference."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[table])), columns(tables[table])
    assert not fields & set(columns(tables[doers])), columns(tables[doers])
    assert any(t == doers for _, t in references(tables[table])), references(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, people, act", [
    ("Engineers inspect the turbines. An inspection records the date and the engineer.", "engineers", "inspections"),
    ("Nurses vaccinate the calves. A vaccination records the date and the nurse.", "nurses", "vaccinations"),
    ("Auditors review the accounts. A review records the date and the auditor.", "auditors", "reviews"),
])
def test_people_who_act_on_the_things_are_kept(dbs, text, people, act):
    """'Engineers inspect the turbines; an inspection records … the engineer': people doing the act to the
    (plural) things are a table the act refers to, as with a bare plural."""
    schema, tables = design(text)
    assert people in tables and any(t == people for _, t in references(tables[act])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, pair", [
    ("Dishes are made from ingredients. Ingredients have a name and a cost. Dishes have a name.", "dish_ingredients"),
    ("Candles are made from waxes. Waxes have a melting point. Candles have a price.", "candle_waxes"),
    ("Beers are brewed from malts. Malts have a colour. Beers have a strength.", "beer_malts"),
])
def test_what_things_are_made_from_goes_into_many(dbs, text, pair):
    """'Dishes are made from ingredients': each dish has several and each ingredient is in many dishes — a pair
    table, not one reference."""
    schema, tables = design(text)
    assert pair in tables, sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("Sensors send sensor readings every minute. Alerts are raised from abnormal readings.")
    assert ("sensor_reading_id", "sensor_readings") in references(tables["alerts"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, part, whole", [
    ("Tutors run courses of weekly sessions. Sessions have a date.", "sessions", "courses"),
    ("Guides lead tours of several stops. Stops have a name.", "stops", "tours"),
    ("Coaches plan programmes of daily lessons. Lessons have a topic.", "lessons", "programmes"),
])
def test_occasions_made_of_occasions(dbs, text, part, whole):
    """'courses of weekly sessions', 'tours of several stops': occasions counted or recurring that a whole
    occasion is made of — each one the whole's, not the whole's one session."""
    schema, tables = design(text)
    assert any(t == whole for _, t in references(tables[part])), references(tables[part])
    assert not any(t == part for _, t in references(tables[whole])), references(tables[whole])
    applies(dbs, schema, tables)
    schema, tables = design("We organise performances of plays in our theatres. Plays have a title. Theatres have a city.")
    assert ("play_id", "plays") in references(tables["performances"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, act, fee", [
    ("Students sign up for a course and pay a fee.", "registrations", "fee"),
    ("Students enrol in courses and pay a fee.", "enrolments", "fee"),
    ("Sellers book pitches and pay a fee.", "bookings", "fee"),
])
def test_a_sum_paid_with_an_act_is_the_acts(dbs, text, act, fee):
    """'students sign up for a course and pay a fee': the fee is the registration's field, no payments table
    beside it ('members pay a fee' alone is still a payment)."""
    schema, tables = design(text)
    assert fee in columns(tables[act]) and "payments" not in tables, sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("Members pay a fee.")
    assert "payments" in tables
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, occasion, people", [
    ("Tutors run courses of weekly sessions. Students sign up for a course, and we mark who attended each session.",
     "sessions", "students"),
    ("Coaches run programmes of daily lessons. Pupils register for a programme. We record who attended each lesson.",
     "lessons", "pupils"),
])
def test_who_attended_each_is_the_people_who_act_on_the_whole(dbs, text, occasion, people):
    """'we mark who attended each session': the people who sign up for the course the sessions are part of
    (not the tutors who run it) — a record per person and session, not the session's one student."""
    schema, tables = design(text)
    pair = next(t for t in tables if {occasion, people} <= {x for _, x in references(tables[t])})
    assert pair not in (occasion, people), sorted(tables)
    assert not any(t == people for _, t in references(tables[occasion])), references(tables[occasion])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, act, person, thing", [
    ("Members borrow tools and return them later.", "loans", "members", "tools"),
    ("Members rent kayaks and return them later.", "rentals", "members", "kayaks"),
    ("As a guest, I want to rent a bike and return it afterwards.", "rentals", "guests", "bikes"),
    ("Residents hire ladders and bring them back the next day.", "hires", "residents", "ladders"),   # (WordNet's
    #                                                          noun for the act, since stop 68: a hire)
])
def test_taken_and_given_back_is_a_record_of_each_time(dbs, text, act, person, thing):
    """'borrow tools and return them later': an act that lasts — a record of each time between the person and
    the thing, with when it came back; not a pair kept once, nor the person's one thing."""
    schema, tables = design(text)
    assert act in tables, sorted(tables)
    assert {person, thing} <= {t for _, t in references(tables[act])}, references(tables[act])
    assert "returned_on" in columns(tables[act]), columns(tables[act])
    assert not any(t == thing for _, t in references(tables[person])), references(tables[person])
    applies(dbs, schema, tables)
    schema, tables = design("We track members and kayaks. Members borrow kayaks and bring them back. We keep the "
                            "borrow date and the return date.")
    assert "returned_on" not in columns(tables["loans"]) and "return_date" in columns(tables["loans"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field, values", [
    ("Repair requests have a description and how urgent it is (low, normal, emergency).", "repair_requests",
     "urgency", {"low", "normal", "emergency"}),
    ("Complaints have a summary and how serious it is (minor, major).", "complaints", "seriousness", {"minor", "major"}),
    ("Walks have a route and how busy it was.", "walks", "busyness", None),
    ("Plants have a name and how often we water them (daily/weekly).", "plants", "frequency", {"daily", "weekly"}),
])
def test_how_an_adjective_it_is_names_its_noun(dbs, text, table, field, values):
    """'how urgent it is (low, normal, emergency)': the noun WordNet derives the adjective with (urgency) when it
    names no attribute of its own (data/measured.tsv), with the values in parentheses."""
    schema, tables = design(text)
    assert field in columns(tables[table]), columns(tables[table])
    if values:
        checks = " ".join(c.expression for c in tables[table].checks)
        assert all(f"'{v}'" in checks for v in values), checks
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, person, thing", [
    ("Members borrow books. Books have an isbn. Members have a name.", "members", "books"),
    ("Volunteers borrow equipment. Equipment has a name and a tag. Volunteers have a name.", "volunteers", "equipment"),
    ("As a reader I want an account with a unique nickname and an email. As a reader I want to borrow books.",
     "readers", "books"),
])
def test_borrowing_is_a_loan_of_each_time(dbs, text, person, thing):
    """'members borrow books': each time is a loan between the member and the book, with when it went out, is
    due and came back (the usual dates of a thing lent, not a money loan's amount); no pair kept once, no
    member's one book."""
    schema, tables = design(text)
    assert {person, thing} <= {t for _, t in references(tables["loans"])}, sorted(tables)
    assert {"borrowed_on", "due_on", "returned_on"} <= set(columns(tables["loans"])) and \
        "amount" not in columns(tables["loans"])
    assert not any(t == thing for _, t in references(tables[person]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, holder, thing, field", [
    ("The library lends books to members and we note when each one is due back.", "members", "books", "due_on"),
    ("As the props manager, I want to lend props to productions and know when each one is due back.",
     "productions", "props", "due_on"),
    ("Visitors hire a boat for an hour and we note when it came back.", "visitors", "boats", "returned_on"),
])
def test_lent_to_someone_until_it_is_back(dbs, text, holder, thing, field):
    """'lends books to members and we note when each one is due back': the one it goes to holds it (not the
    speaker), each time a record with the date said; the thing is no member's own."""
    schema, tables = design(text)
    act = next(t for t in tables if {holder, thing} <= {x for _, x in references(tables[t])})
    assert field in columns(tables[act]), columns(tables[act])
    assert not any(t == holder for _, t in references(tables[thing])), references(tables[thing])
    applies(dbs, schema, tables)


def test_what_a_loan_includes_and_what_is_listed_lent_stay_as_said(dbs):
    """'Can one loan include several tools? Yes.': the loan's tools are a pair, not the loan's one tool;
    'projectors, tablets and phones lent to teachers': each kind its own teacher, no loan of one of them;
    'neighbours lend their tools': the tools are still theirs; 'the borrowing workshop's contact person' is the
    workshop's."""
    schema, tables = design("- Who rents equipment? Members of our tool library.\n- What can they borrow? Tools, each "
                            "with a name and a condition.\n- How long is a loan? Two weeks; we record the loan date "
                            "and due date.\n- Can one loan include several tools? Yes.")
    assert "loan_tools" in tables and ("member_id", "members") in references(tables["loans"])
    assert "tool_id" not in columns(tables["loans"])
    applies(dbs, schema, tables)
    schema, tables = design("A school equipment register: projectors, tablets and phones lent to teachers.")
    assert all(("teacher_id", "teachers") in references(tables[t]) for t in ("projectors", "tablets", "phones"))
    applies(dbs, schema, tables)
    schema, tables = design("Neighbours lend their tools to each other. Neighbours have a name.")
    assert ("neighbour_id", "neighbours") in references(tables["tools"])
    applies(dbs, schema, tables)
    schema, tables = design("tool loans: tools lent to other workshops, with a due date and the borrowing "
                            "workshop's contact person")
    assert "contact_person" in columns(tables["workshops"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, record, things", [
    ("Firings have a kiln, a date and which pots went in. Pots have a maker.", "firings", "pots"),
    ("Trips have a date and which pupils came. Pupils have a name.", "trips", "pupils"),
    ("Rehearsals have a date and which singers were there. Singers have a voice part.", "rehearsals", "singers"),
])
def test_which_things_were_in_each_record_is_a_set(dbs, text, record, things):
    """'the kiln, the date and which pots went in': a set of kept things asked of each record — a pair, not
    the record's one pot nor a 'pots' text field."""
    schema, tables = design(text)
    pair = next(t for t in tables if {record, things} <= {x for _, x in references(tables[t])})
    assert pair not in (record, things) and things not in columns(tables[record]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, occasion, fields, doers", [
    ("Fitters measure riders and record the saddle height and reach set at each fitting.", "fittings",
     {"saddle_height", "reach"}, "fitters"),
    ("Coaches record the weight lifted at each session. Sessions have a date.", "sessions", {"weight"}, "coaches"),
    ("Keepers log the temperature measured at each feeding. Feedings have a time.", "feedings", {"temperature"},
     "keepers"),
])
def test_what_is_noted_at_each_occasion_is_the_occasions(dbs, text, occasion, fields, doers):
    """'record the saddle height and reach set at each fitting': the fields noted at each of a thing are its
    own, not the recorder's nor a recorder–fitting pair's ('the parts used on each phone' stays a pair of
    things)."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[occasion])), columns(tables[occasion])
    assert not fields & set(columns(tables[doers])), columns(tables[doers])
    applies(dbs, schema, tables)
    schema, tables = design("phone repair counter: customers drop off phones with the model and the fault, we quote "
                            "a price for each phone, and we record the parts used on each phone")
    assert "parts" in tables and "parts" not in columns(tables["phones"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, record, refs, field", [
    ("- Runners: name, club\n- Courses: colour, length\n- Results: a runner's time on a course, and whether they "
     "finished", "results", {"runners", "courses"}, None),
    ("- Climbers: name\n- Walls: name\n- Ascents: a climber's grade on a wall and the date", "ascents",
     {"climbers", "walls"}, "grade"),
    ("- Players: name\n- Scores: a player's score and the round", "scores", {"players"}, "score"),
])
def test_a_things_field_at_the_head_of_a_record_names_it(dbs, text, record, refs, field):
    """'Results: a runner's time on a course': each result is a runner's and a course's; 'a guest record holds
    the guest's full name' stays the guest's own field (no reference to itself)."""
    schema, tables = design(text)
    assert refs <= {t for _, t in references(tables[record])}, references(tables[record])
    assert field is None or field in columns(tables[record])
    applies(dbs, schema, tables)
    schema, tables = design("Guests stay in rooms. A guest record holds the guest's full name, email address, "
                            "phone number and nationality.")
    assert "guest" not in columns(tables["guests"]) and "nationality" in columns(tables["guests"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, part, whole", [
    ("Players join a team of five players. Teams have a name.", "players", "teams"),
    ("Bakers bake a batch of loaves. Loaves have a weight. Batches have a date.", "loaves", "batches"),
    ("Speakers give a series of talks. Talks have a title. Series have a theme.", "talks", "series"),
])
def test_a_group_of_things_holds_them(dbs, text, part, whole):
    """'a team of five players', 'a batch of loaves': a group (WordNet's noun.group) said of a bare plural holds
    several of them, each one the group's — not the group's one player ('a box of wines' is no group)."""
    schema, tables = design(text)
    assert any(t == whole for _, t in references(tables[part])), references(tables[part])
    assert not any(t == part for _, t in references(tables[whole])), references(tables[whole])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, record, fields", [
    ("garden bird watch - each count has a date, the weather and how many of each species we saw", "counts",
     {"date", "weather"}),
    ("Each tally has a date and the weather. Species have a name.", "tallies", {"date", "weather"}),
])
def test_a_measure_with_a_date_is_a_record(dbs, text, record, fields):
    """'each count has a date, the weather and …': a word of measure with a date among its fields is a record of
    an occasion (and 'how many of each species we saw' its pair's count); 'each day has a date' stays a field."""
    schema, tables = design(text)
    assert record in tables and fields <= set(columns(tables[record])), sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("Each day has a date and an opening time.")
    assert "days" not in tables
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, people", [
    ("Volunteers work shifts. Each shift needs two or three volunteers. Shifts have a date.", "shifts", "volunteers"),
    ("Each game needs two referees. Games have a date. Referees have a name.", "games", "referees"),
    ("Each operation requires several nurses. Operations have a date. Nurses have a name.", "operations", "nurses"),
])
def test_people_a_thing_needs_are_shared(dbs, text, thing, people):
    """'each shift needs two or three volunteers': people a thing needs work many of them too — a pair, not the
    volunteer's one shift."""
    schema, tables = design(text)
    pair = next(t for t in tables if {thing, people} <= {x for _, x in references(tables[t])})
    assert pair not in (thing, people), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, kept, fields, refs", [
    ("We log the vaccinations given to animals on each visit, with the vaccine and the batch number. Visits have a "
     "date.", "vaccinations", {"vaccine", "batch_number"}, {"animals", "visits"}),
    ("We record the medicines given to patients on each ward round, with the dose and the time. Ward rounds have a "
     "date.", "medicines", {"dose"}, {"patients", "ward_rounds"}),
])
def test_kept_things_a_participle_describes_hold_the_fields(dbs, text, kept, fields, refs):
    """'log the vaccinations given to animals on each visit, with the vaccine and the batch number': the fields
    are the kept things', and they refer to each thing the participle's phrases name (not the animals to the
    visit)."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[kept])), columns(tables[kept])
    assert refs <= {t for _, t in references(tables[kept])}, references(tables[kept])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, act, refs, fields", [
    ("Gardeners mow gardens every fortnight and we note the date and whether it was paid.", "mowings",
     {"gardeners", "gardens"}, {"date", "is_paid"}),
    ("A cleaner cleans each office every week, and we note the date and the hours.", "cleanings",
     {"cleaners", "offices"}, {"date"}),
    ("lawn care round: gardens with an address and lawn size, a gardener mows each garden every fortnight, and we "
     "note the date", "mowings", {"gardeners", "gardens"}, set()),
])
def test_an_act_done_again_and_noted_is_a_record(dbs, text, act, refs, fields):
    """'a gardener mows each garden every fortnight, and we note the date …': each time is a record of the act
    (its WordNet noun, or its -ing form), with what is noted — not the gardener's date; a title over things
    with fields names the app, not a table ('lawn care round')."""
    schema, tables = design(text)
    assert act in tables, sorted(tables)
    assert refs <= {t for _, t in references(tables[act])}, references(tables[act])
    assert fields <= set(columns(tables[act])), columns(tables[act])
    assert not any("round" in t for t in tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, holder, field", [
    ("- Music: pieces with a title and a composer, stored in numbered folders", "pieces", "folders", "number"),
    ("Bottles have a vintage and are stored in numbered racks.", "bottles", "racks", "number"),
    ("Samples have a label and are kept in labelled boxes.", "samples", "boxes", "label"),
])
def test_things_told_apart_by_a_number_are_a_table(dbs, text, thing, holder, field):
    """'stored in numbered folders': the folders are things told apart by their number — a table each piece
    refers to, not a 'numbered_folders' field."""
    schema, tables = design(text)
    assert any(t == holder for _, t in references(tables[thing])), references(tables[thing])
    assert field in columns(tables[holder]), columns(tables[holder])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, found, record", [
    ("An inspection records the date, the engineer and any faults found. Each fault has a description and a "
     "severity.", "faults", "inspections"),
    ("Each test has a date and the defects found. Defects have a severity.", "defects", "tests"),
    ("Each survey has a date and the pests spotted. Pests have a name.", "pests", "surveys"),
])
def test_what_came_to_light_at_a_record_is_its_own(dbs, text, found, record):
    """'… and any faults found': things found (or seen: WordNet's verb.perception) at a record are its own, not
    a 'faults_found' field; 'the cakes ordered', 'materials used' stay shared (a pair)."""
    schema, tables = design(text)
    assert any(t == record for _, t in references(tables[found])), references(tables[found])
    assert not any(c.startswith(found) for c in columns(tables[record])), columns(tables[record])
    applies(dbs, schema, tables)
    schema, tables = design("Each job has a summary, travel hours and materials used.")
    assert "job_materials" in tables
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, pair, field", [
    ("As the committee, I want to pick the films for each season and set a screening date for each one.",
     "season_films", "screening_date"),
    ("The coach picks the players for each match and sets a shirt number for each one. Players have a name.",
     "match_players", "shirt_number"),
    ("The sommelier chooses the wines for each dinner and sets a price for each one. Wines have a vintage.",
     "dinner_wines", "price"),
])
def test_things_chosen_for_each_occasion_are_a_pair_with_its_values(dbs, text, pair, field):
    """'pick the films for each season and set a screening date for each one': things chosen again for each of
    another are a pair (not the film's one season), and a value set for each one is the pair's."""
    schema, tables = design(text)
    assert pair in tables and field in columns(tables[pair]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, short, compound, field", [
    ("An app for my running club where members log their runs with distance and time, and we organise group runs "
     "that members sign up for.", "runs", "group_runs", "distance"),
    ("An app for my cycling club where members log their rides with distance and time, and we organise group rides "
     "that members sign up for.", "rides", "group_rides", "distance"),
])
def test_a_word_said_with_its_own_fields_is_not_its_compound(dbs, text, short, compound, field):
    """'members log their runs with distance and time, and we organise group runs …': the bare word, given fields
    of its own, names other things than the compound — two tables ('maintenance tickets … each ticket' stays one)."""
    schema, tables = design(text)
    assert {short, compound} <= set(tables) and field in columns(tables[short]), sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("Customers open maintenance tickets. Each ticket has a priority.")
    assert "maintenance_tickets" in tables and "tickets" not in tables
    applies(dbs, schema, tables)
