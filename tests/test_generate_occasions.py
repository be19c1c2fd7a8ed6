"""Acts, parties and fields said in passing (docs/nl-dev-split.md, stop 29, round 1): 'every time we
inspect or refill them' (a table per act, of what it is done to, with what is noted), 'whenever they
visit a shelter' (whose visit), words WordNet knows only as adverbs ('afterwards') name no thing, a
field headed by an -ing word before '(unique)', 'leave a rating and a review for the host', a
many-to-many said both ways beside a record of the pair, money records that belong to one
('projects incur expenses'), 'belong to a cuisine', 'which pupils went to which lessons', 'a home club
against an away club', 'raise a complaint about one of my flats, giving …', 'my trips' in a story,
'are cast in operas in a role', 'a referee is assigned to each match', 'fills in a survey with …',
'log each repair (bike, cost, date)', 'the date issued'. Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def test_every_time_an_act_is_done_it_is_a_row(dbs):
    schema, tables = design("We keep a register of our fire extinguishers, and every time we inspect or refill them "
                            "we note the pressure. Extinguishers have a serial number.")
    for act in ("inspections", "refillings"):
        assert ("extinguisher_id", "extinguishers") in references(tables[act])
        assert columns(tables[act])["occurred_on"].type == "date"
    assert "pressure" in columns(tables["refillings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Volunteers walk dogs at our shelters. Volunteers sign up once and then check in whenever "
                            "they visit a shelter. Shelters have an address.")
    assert {("shelter_id", "shelters"), ("volunteer_id", "volunteers")} <= references(tables["visits"])
    schema, tables = design("a diary of my bonsai trees, where each tree stands in the garden, and every time I prune "
                            "or feed them")
    assert {"prunings", "feedings"} <= set(tables)
    assert ("tree_id", "trees") in references(tables["prunings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_adverbs_and_ing_headed_fields_are_no_things(dbs):
    schema, tables = design("a site where mentors advise startups and afterwards write reports for them")
    assert not {t for t in tables if t.startswith("afterward")}
    schema, tables = design("Box office\n- Tickets: booking code (unique), seat, price\n- Shows: title, starts at")
    assert {"booking_code", "seat", "price"} <= set(columns(tables["tickets"]))
    assert any(u.columns == ("booking_code",) for u in tables["tickets"].uniques)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_second_object_and_both_ways_and_money_records(dbs):
    schema, tables = design("Hosts list rooms. Guests book rooms and afterwards leave a rating and a review for the "
                            "host.")
    assert "rating" in columns(tables["reviews"]) and ("host_id", "hosts") in references(tables["reviews"])
    assert "guest_id" not in columns(tables["hosts"])
    schema, tables = design("A landlord applies for a licence for a flat. A licence records the date issued. Flats "
                            "have an address. Landlords can own several flats and a flat may have more than one "
                            "landlord.")
    pair = next(t for t in tables.values() if {("landlord_id", "landlords"), ("flat_id", "flats")} <= references(t))
    assert pair.name != "licences" and "issued_on" in columns(tables["licences"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Projects incur expenses; each expense has an amount and a date. Projects have a name.")
    assert ("project_id", "projects") in references(tables["expenses"]) and len(tables) == 2
    schema, tables = design("Recipes belong to a cuisine and have a cooking time.")
    assert ("cuisine_id", "cuisines") in references(tables["recipes"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_pairs_roles_and_stories(dbs):
    schema, tables = design("Pupils have a name. Lessons have a date. We want to know which pupils went to which "
                            "lessons.")
    assert any({("pupil_id", "pupils"), ("lesson_id", "lessons")} <= references(t) for t in tables.values())
    schema, tables = design("Matches: a home club against an away club at a stadium, with a kickoff time. Clubs have a "
                            "name.")
    assert {("home_club_id", "clubs"), ("away_club_id", "clubs")} <= references(tables["matches"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("As a tenant, I want to raise a complaint about one of my flats, giving the date and a "
                            "description.")
    assert {"date", "description"} <= set(columns(tables["complaints"]))
    assert {("flat_id", "flats"), ("tenant_id", "tenants")} <= references(tables["complaints"])
    assert ("tenant_id", "tenants") in references(tables["flats"])
    schema, tables = design("As a driver, I want to see my trips and the fare of each trip.")
    assert ("driver_id", "drivers") in references(tables["trips"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_casts_assignments_forms_and_kept_lists(dbs):
    schema, tables = design("Operas have a title. Singers are cast in operas in a role. Singers have a voice type.")
    pair = next(t for t in tables.values() if {("singer_id", "singers"), ("opera_id", "operas")} <= references(t))
    assert "role" in columns(pair)
    schema, tables = design("Matches have a date. A referee is assigned to each match.")
    assert ("referee_id", "referees") in references(tables["matches"])
    assert "match_id" not in columns(tables["referees"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Guests stay in rooms. After each stay the guest fills in a survey with a score and "
                            "comments.")
    assert {"score", "comments"} <= set(columns(tables["surveys"])) and "score" not in columns(tables["guests"])
    schema, tables = design("We repair bikes for customers. We log each repair (bike, cost, date). Bikes have a frame "
                            "number.")
    assert {"cost", "date"} <= set(columns(tables["repairs"])) and ("bike_id", "bikes") in references(tables["repairs"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_thing_that_links_two_others_is_their_pair(dbs):
    """Round 2: 'assignments link engineers to projects with a role', 'a booking connects a guest to a
    room and has a check-in date' (the linking thing refers to both and keeps what is said with it);
    'which teacher teaches which class in which room' (the third is the pair's too)."""
    schema, tables = design("Engineers have a name. Projects have a code. Assignments link engineers to projects with "
                            "a role (lead, member).")
    assert {("engineer_id", "engineers"), ("project_id", "projects")} <= references(tables["assignments"])
    assert columns(tables["assignments"])["role"].type != "text" or tables["assignments"].checks
    assert "role" not in columns(tables["projects"]) and len(tables) == 3
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Guests have a name. Rooms have a number. A booking connects a guest to a room and has a "
                            "check-in date.")
    assert {("guest_id", "guests"), ("room_id", "rooms")} <= references(tables["bookings"])
    assert "check_in_date" in columns(tables["bookings"]) and len(tables) == 3
    schema, tables = design("Rooms have a number. We record which teacher teaches which class in which room.")
    pair = next(t for t in tables.values() if {("teacher_id", "teachers"), ("class_id", "classes")} <= references(t))
    assert ("room_id", "rooms") in references(pair) and not pair.uniques
    assert "room_id" not in columns(tables["teachers"]) and "class_id" not in columns(tables["rooms"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_chat_headings_and_stories_say_where_things_end(dbs):
    """Round 2: 'clients (name email phone)' (field words with no commas), 'they book sessions' (the
    plural before the pronoun), 'register once with their …', a heading whose bullets are sentences
    ('- dogs stay in one kennel'), '…, and closes it when done' (a verb, no field), ', so the landlord
    can …' (why, no data), 'I want to see for each athlete …' (a look refers to nothing), 'write a
    report after each home visit', 'buy tickets for their children' (people of their own)."""
    schema, tables = design("we have clients (name email phone), they book sessions - a session has a date and a price")
    assert {"name", "email", "phone"} <= set(columns(tables["clients"]))
    assert ("client_id", "clients") in references(tables["sessions"])
    schema, tables = design("Voters register once with their national id and date of birth.")
    assert {"national_id", "date_of_birth"} <= set(columns(tables["voters"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("## Kennels\n- each kennel has a number and a size\n## Dogs\n- dogs stay in one kennel\n"
                            "- owners have a name and a phone")
    assert ("kennel_id", "kennels") in references(tables["dogs"]) and {"name", "phone"} <= set(columns(tables["owners"]))
    schema, tables = design("A clerk opens a case with a summary and a priority, and closes it when done. Clerks have a "
                            "name.")
    assert set(columns(tables["cases"])) >= {"summary", "priority"} and "closes" not in columns(tables["cases"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("As a tenant I want to report a fault with a description, so the landlord can send a "
                            "plumber.")
    assert not {"landlords", "plumbers"} & set(tables)
    schema, tables = design("As a coach, I want to see for each athlete their best time. Athletes have a name.")
    assert "athlete_id" not in columns(tables.get("coaches") or tables["athletes"])
    schema, tables = design("Nurses have a name. Home visits have a date. A nurse writes a report after each home "
                            "visit.")
    assert ("home_visit_id", "home_visits") in references(tables["reports"])
    schema, tables = design("Guardians buy tickets for their children. Tickets have a price.")
    assert ("child_id", "children") in references(tables["tickets"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_column_lists_acts_and_what_each_has_one_of(dbs):
    """Round 3: '- warehouse(code PK, name, city)' under a 'Tables' line (a table, not a field of
    'tables'); 'When the appointment ends we store …' (the thing the clause is about); 'book appointments
    with doctors' (the doctor is a party, not a part); 'a plumber accepts the request' (the act names
    the person); 'a blend is made from several teas, with a weight for each' (the pair's field); 'record
    what I harvest from each hive, with …' (the act's table); 'each courier rides one bike at a time'
    (the one is a thing)."""
    schema, tables = design("Tables\n- warehouse(code PK, name, city)\n- shipment(id, origin -> warehouse, destination "
                            "-> warehouse, sent_at)\n- carrier(id, name unique, phone)")
    assert set(tables) == {"warehouses", "shipments", "carriers"}
    assert {("origin_id", "warehouses"), ("destination_id", "warehouses")} <= references(tables["shipments"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Patients book appointments with doctors. When the appointment ends we store the diagnosis "
                            "and the fee.")
    assert {"diagnosis", "fee"} <= set(columns(tables["appointments"])) and "fee" not in columns(tables["patients"])
    assert ("doctor_id", "doctors") in references(tables["appointments"])
    assert "appointment_id" not in columns(tables["doctors"])
    schema, tables = design("Tenants raise repair requests. A plumber accepts the request. Plumbers have a phone number.")
    assert ("plumber_id", "plumbers") in references(tables["repair_requests"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Blends have a name and a price. Teas have a name. A blend is made from several teas, with a "
                            "weight for each.")
    pair = next(t for t in tables.values() if {("blend_id", "blends"), ("tea_id", "teas")} <= references(t))
    assert "weight" in columns(pair) and "weight" not in columns(tables["teas"])
    schema, tables = design("As a beekeeper I want to record what I harvest from each hive, with the date and the "
                            "weight. Hives have a location.")
    assert ("hive_id", "hives") in references(tables["harvests"]) and "weight" in columns(tables["harvests"])
    assert "weight" not in columns(tables.get("beekeepers") or tables["hives"])
    schema, tables = design("Couriers have a name. Each courier rides one bike at a time. Bikes have a frame number.")
    assert ("bike_id", "bikes") in references(tables["couriers"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_chat_joins_definitions_by_parts_and_logged_subjects(dbs):
    """Round 4: 'owners + their cats (breed, age, any medications)' ('+' joins; 'X and their Ys' opening
    a line; a plural field among field words), '… each w/ a price' (kinds, each with a price), 'appts'
    and 'hrs' (chat spellings), '… and can follow their favourite sellers' (the subject before 'and can'),
    'a lesson is a weekday, a start time and a length' (made of fields, not kinds), 'shows air in weekly
    slots', 'lost umbrellas found in a room are logged with …' (a subject with its reduced relative)."""
    schema, tables = design("need an app for my cat sitting biz. owners + their cats (breed, age, any medications). "
                            "grooming services: bath, nail trim, full groom each w/ a price")
    assert {"breed", "age", "medications"} <= set(columns(tables["cats"]))
    assert ("owner_id", "owners") in references(tables["cats"])
    assert "price" in columns(tables["grooming_services"]) and "bath" not in columns(tables["grooming_services"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("clients book appts, each appt is about 2 hrs with a price")
    assert "appointments" in tables and "appts" not in tables
    schema, tables = design("Sellers list products. Buyers leave reviews on products and can follow their favourite "
                            "sellers.")
    assert {("buyer_id", "buyers"), ("seller_id", "sellers")} <= references(tables["follows"])
    schema, tables = design("Courses have a title. A lesson is a weekday, a start time and a length. Each course meets "
                            "in one lesson.")
    assert {"weekday", "start_time", "length"} <= set(columns(tables["lessons"])) and not tables["lessons"].checks
    schema, tables = design("Shows have a title. Shows air in weekly slots: a slot is a weekday, a start time and a "
                            "length.")
    assert "slots" in tables and {"weekday", "start_time"} <= set(columns(tables["slots"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Rooms have a number. Lost umbrellas found in a room are logged with a colour and the date "
                            "found.")
    assert {"colour", "found_on"} <= set(columns(tables["umbrellas"])) and ("room_id", "rooms") in references(
        tables["umbrellas"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_values_counts_and_precision_said_in_words(dbs):
    """Round 5: 'tickets are rated by severity: minor, major or critical' (a field and its values),
    'how many hours were spent' (a count named by what was done), 'priority (1=low, 2=normal,
    3=urgent)' (the labels of the codes), 'an interest rate with two decimals' (the scale), 'the term
    in months' (a whole number)."""
    schema, tables = design("Incidents are rated by severity: minor, major or critical. Each incident stores how many "
                            "hours were spent and whether the client was billed.")
    incidents = columns(tables["incidents"])
    assert {"severity", "hours_spent", "is_billed"} <= set(incidents)
    assert any("minor" in c.expression for c in tables["incidents"].checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Jobs: title (text), due at (timestamp), urgency (1=low, 2=normal, 3=high).")
    assert any("'normal'" in c.expression and "'2'" not in c.expression for c in tables["jobs"].checks)
    schema, tables = design("Every mortgage records the amount borrowed, the interest rate (a percentage with two "
                            "decimals) and the term in months.")
    cols = columns(tables["mortgages"])
    assert cols["interest_rate"].type == "numeric(10,2)" and cols["term_months"].type == "integer"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_a_clause_makes_keeps_the_fields(dbs):
    """Round 6: 'signs a contract for one locker, with a start date and a monthly fee' (a WordNet
    occurrence made by the verb keeps the fields, not the one who signs); 'ring up a sale with …' (an
    occurrence with fields is a thing)."""
    schema, tables = design("Lockers have a number. A member signs a contract for one locker, with a start date and a "
                            "monthly fee.")
    assert {"start_date", "monthly_fee"} <= set(columns(tables["contracts"]))
    assert {("locker_id", "lockers"), ("member_id", "members")} <= references(tables["contracts"])
    assert "monthly_fee" not in columns(tables["members"])
    schema, tables = design("As a teller I want to ring up a withdrawal with an amount and a currency.")
    assert {"amount", "currency"} <= set(columns(tables["withdrawals"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_labels_placed_by_a_participle_and_sentences_that_are_no_values(dbs):
    """Round 7: '- Treatments given during a stay: drug, dose, time' (a thing with its fields, of the
    place the participle names); 'a seat is for one show and, if booked, one row' (no values of a
    'type')."""
    schema, tables = design("- Stays: ward, admitted at\n- Treatments given during a stay: drug, dose, time given")
    assert {"drug", "dose"} <= set(columns(tables["treatments"])) and ("stay_id", "stays") in references(
        tables["treatments"])
    assert "drug" not in columns(tables["stays"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Shows have a title. A seat is for one show and, if booked, one row. Seats have a number.")
    assert not tables["seats"].checks or not any("for_one" in c.expression for c in tables["seats"].checks)


def test_parts_said_by_possessives_part_of_and_make_up(dbs):
    """Round 8: "a patient's visits have a date and a reason" (the possessed plural is the subject and refers
    to its possessor), 'chapters are part of a book', 'stanzas make up a poem' (the parts refer to the
    whole)."""
    schema, tables = design("Patients have a name. A patient's visits have a date and a reason.")
    assert {"date", "reason"} <= set(columns(tables["visits"])) and ("patient_id", "patients") in references(
        tables["visits"])
    assert "reason" not in columns(tables["patients"])
    schema, tables = design("Books have a title. Chapters are part of a book and have a number.")
    assert ("book_id", "books") in references(tables["chapters"]) and "number" in columns(tables["chapters"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Poems have a title. Stanzas make up a poem; each stanza has a number.")
    assert ("poem_id", "poems") in references(tables["stanzas"]) and "stanza_id" not in columns(tables["poems"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
