"""Readings the generator got wrong on the twenty-third batch of fresh-domain texts (tests/fixtures/nl-fresh,
docs/nl-dev-split.md, stop 64): nouns whose plural is the singular, a list that ends with 'every Y with …',
'how many I picked', a recurring record listed with things, an act done to one thing for a period, 'each X
in a place with fields', a title's people before things with fields. Each construction is tested over many
nouns, with other texts than the fixtures that showed it; each design is applied on the server."""

import pytest

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


@pytest.mark.parametrize("text, whole, parts", [
    ("A farm app: my fields, the sheep in each field, and their ear tags.", "fields", "sheep"),
    ("An airline: airports, and the aircraft at each airport with a registration.", "airports", "aircraft"),
    ("A fish farm: ponds and the trout in each pond with a weight.", "ponds", "trout"),
    ("A deer park: enclosures and the deer in each enclosure.", "enclosures", "deer"),
    ("Aquarium log: my tanks, the fish in each tank, and weekly water tests.", "tanks", "fish"),
])
def test_a_noun_whose_plural_is_the_singular(dbs, text, whole, parts):
    """'the fish in each tank': 'fish', 'sheep', 'deer', 'aircraft' are plurals without a singular determiner
    — a table of them, each in one of the places (they had been lost)."""
    schema, tables = design(text)
    assert parts in tables and (whole[:-1] + "_id", whole) in references(tables[parts]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text", [
    "a fish shop: fish with a price and a weight",
    "A zoo keeps one fish per tank.",
])
def test_a_singular_fish_stays_one(dbs, text):
    """'one fish per tank', 'fish with a price': the table is named as said, never 'fishes' nor 'fishs'."""
    schema, tables = design(text)
    assert not {"fishes", "fishs"} & set(tables), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, record, fields", [
    ("A birding diary: species with their latin name, and every sighting with the spot, the date and how many I "
     "saw.", "species", "sightings", {"spot", "date", "quantity"}),
    ("A garden diary: my beds with their size, and every sowing with the seed, the date and how many I sowed.",
     "beds", "sowings", {"seed", "date", "quantity"}),
    ("A wine log: bottles with their vintage, and each tasting with the date and a score.", "bottles", "tastings",
     {"date", "score"}),
    ("A foraging diary: species with their latin name and whether they are edible, and every find with the spot, "
     "the date, and how many I picked.", "species", "finds", {"spot", "date", "quantity"}),
])
def test_a_list_that_ends_with_every_record_with_fields(dbs, text, thing, record, fields):
    """'species with their latin name, and every sighting with the spot, …': the sighting is a thing of its
    own with its fields (it had been lost, or its fields given to the species), and refers to the thing listed
    before it."""
    schema, tables = design(text)
    assert record in tables and fields <= set(columns(tables[record])), sorted(tables)
    assert (("species_id" if thing == "species" else thing[:-1] + "_id"), thing) in references(tables[record])
    assert not fields - {"date"} & set(columns(tables[thing])), columns(tables[thing])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table", [
    ("market stalls with the day and how many we sold", "market_stalls"),
    ("sowings with the variety, the date and how many I sowed", "sowings"),
    ("A log: catches with the river, the date and how many we caught.", "catches"),
])
def test_how_many_i_did_is_a_quantity(dbs, text, table):
    """'how many I picked', 'how many we sold': a count of the row, named quantity."""
    schema, tables = design(text)
    assert "quantity" in columns(tables[table]), columns(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, record", [
    ("A pond log: ponds, fish, and weekly water tests with temperature and oxygen.", "ponds", "water_tests"),
    ("Greenhouse log: greenhouses, plants, and daily readings with humidity and temperature.", "greenhouses",
     "readings"),
    ("Aquarium log: tanks, fish and weekly water tests with pH and nitrate.", "tanks", "water_tests"),
])
def test_a_recurring_record_listed_with_things_refers_to_them(dbs, text, thing, record):
    """'tanks, fish, and weekly water tests': a record made every week, listed with things, is of them."""
    schema, tables = design(text)
    assert (thing[:-1] + "_id", thing) in references(tables[record]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, doer, thing", [
    ("Students rent a locker for a school year and pay a deposit.", "student", "locker"),
    ("Families rent a cabin for a week.", "family", "cabin"),
    ("Members rent a plot for a season. Plots have a number and a size.", "member", "plot"),
    ("Tenants rent a garage for a year and pay a fee.", "tenant", "garage"),
])
def test_an_act_done_to_one_thing_for_a_period_is_a_record(dbs, text, doer, thing):
    """'students rent a locker for a school year': a rental each time (WordNet's noun of 'rent'), of one
    locker by one student — not a locker owned by a student, nor a plain pair; what is paid is the rental's."""
    schema, tables = design(text)
    assert "rentals" in tables, sorted(tables)
    refs = {column for column, _ in references(tables["rentals"])}
    assert {doer + "_id", thing + "_id"} <= refs, refs
    assert not any(column == doer + "_id" for column, _ in references(tables[next(t for t in tables if t.startswith(thing))]))
    paid = {"deposit", "fee"} & set(text.replace(".", "").split())
    assert paid <= set(columns(tables["rentals"])), columns(tables["rentals"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, place, fields", [
    ("As the exams officer, I want to schedule each exam paper in a room with a start time and duration.",
     "exam_papers", "rooms", {"start_time", "duration"}),
    ("As the coordinator, I want to schedule each interview in a room with a start time and duration.",
     "interviews", "rooms", {"start_time", "duration"}),
    ("As the organiser, I want to put each talk in a hall with a title and a speaker name.", "talks", "halls",
     {"title", "speaker_name"}),
    ("As the secretary, I want to hold each meeting in a room with an agenda and a date.", "meetings", "rooms",
     {"agenda", "date"}),
])
def test_each_thing_in_a_place_with_fields(dbs, text, table, place, fields):
    """'schedule each exam paper in a room with a start time and duration': the exam paper is a thing with
    those fields, in one room (it had been 'mentioned, not modelled')."""
    schema, tables = design(text)
    assert table in tables and fields <= set(columns(tables[table])), sorted(tables)
    assert (place[:-1] + "_id", place) in references(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, people, things, fields", [
    ("blood pressure tracker for me and my parents: readings with systolic, diastolic and pulse", "parents",
     "readings", {"systolic", "diastolic", "pulse"}),
    ("fitness tracker for my kids: workouts with duration, distance and calories", "kids", "workouts",
     {"duration", "distance", "calories"}),
    ("a budget app for me and my partner: expenses with amount, date and category", "partners", "expenses",
     {"amount", "date"}),
])
def test_a_titles_people_before_things_with_fields(dbs, text, people, things, fields):
    """'a tracker for my parents: readings with systolic, …': the readings have the fields, not the
    parents, and the parents do not refer to a reading."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[things])), sorted(tables)
    assert people not in tables or not fields & set(columns(tables[people]))
    assert people not in tables or not any(ref[1] == things for ref in references(tables[people]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, given, whom, giver, place", [
    ("A trainer gives each member an induction on a machine.", "inductions", "members", "trainers", "machines"),
    ("Vets give pets a vaccination.", "vaccinations", "pets", "vets", None),
    ("The club awards each runner a medal for a race.", "medals", "runners", None, "races"),
    ("Referees give players a booking in a match.", "bookings", "players", "referees", "matches"),
    ("Members join a woodwork shop. A trainer gives them an induction on a machine.", "inductions", None, "trainers",
     "machines"),
])
def test_something_given_to_someone(dbs, text, given, whom, giver, place):
    """'a trainer gives each member an induction on a machine': what is given (an act, an event: WordNet) is a
    record of the giver, the recipient and the place — the recipient does not refer to it, nor the giver to the
    recipient."""
    schema, tables = design(text)
    refs = {table for _, table in references(tables[given])}
    assert {x for x in (whom, giver, place) if x} <= refs, (sorted(tables), refs)
    for person in (whom, giver):
        assert person is None or not {given, place, whom} & {t for _, t in references(tables[person])}
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field", [
    ("Staff give each member a number.", "members", "number"),
    ("Teachers give each pupil a grade.", "pupils", "grade"),
    ("The office gives each employee a badge number.", "employees", "badge_number"),
])
def test_a_value_given_is_a_field(dbs, text, table, field):
    """'give each member a number': a field of the member, no record of one giving."""
    schema, tables = design(text)
    assert field in columns(tables[table]), sorted(tables)
    assert not {"numbers", "grades", "badge_numbers"} & set(tables), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, place", [
    ("sellers book pitches at upcoming sales and pay a fee per pitch", "pitches", "sales"),
    ("traders book stalls at markets and pay a fee per stall", "stalls", "markets"),
    ("Clubs book lanes at galas and pay a fee per lane.", "lanes", "galas"),
])
def test_a_later_record_verb_keeps_the_first_verbs_links(dbs, text, thing, place):
    """'sellers book pitches at sales and pay a fee per pitch': the payment a later verb records does not
    make the whole sentence the record's — the pitches are still at the sales."""
    schema, tables = design(text)
    assert (place[:-1] + "_id", place) in references(tables[thing]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, many, things", [
    ("Customers can keep a wishlist of products they like, and they can review products.", "wishlists", "products"),
    ("Users build a playlist of songs, and they can rate songs.", "playlists", "songs"),
])
def test_a_list_of_things_refers_to_none_of_them(dbs, text, many, things):
    """'a wishlist of products': many products in each — not a wishlist of one product."""
    schema, tables = design(text)
    assert many in tables and not any(t == things for _, t in references(tables[many])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, people, thing", [
    ("Organisers create events at beaches, volunteers sign up, and after each event we log the weather.",
     "volunteers", "events"),
    ("Hosts create parties and guests sign up.", "guests", "parties"),
    ("Coaches create training camps and players sign up.", "players", "training_camps"),
])
def test_signing_up_without_an_object_is_for_the_thing_made_before(dbs, text, people, thing):
    """'organisers create events, volunteers sign up': a registration of a volunteer for an event (the phrasal
    verb is one act), and the volunteers are kept."""
    schema, tables = design(text)
    refs = {t for _, t in references(tables["registrations"])}
    assert {people, thing} <= refs, (sorted(tables), refs)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, people, thing", [
    ("Mechanics log the hours they spend on a job.", "mechanics", "jobs"),
    ("Volunteers log the hours they work on a project.", "volunteers", "projects"),
    ("Jobs have a description. Mechanics log the hours they spend on a job.", "mechanics", "jobs"),
])
def test_the_hours_they_spend_on_a_thing(dbs, text, people, thing):
    """'mechanics log the hours they spend on a job': the hours are logged per mechanic and job — not a field
    of the mechanics, and the job is kept."""
    schema, tables = design(text)
    pair = next(t for t in tables if {r[1] for r in references(tables[t])} >= {people, thing})
    assert "hours" in columns(tables[pair]) and "hours" not in columns(tables[people]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, things, fields", [
    ("Jobs have a description. Parts used on a job come from our parts stock, where we keep a part number, a name "
     "and the price.", "parts", {"part_number", "price"}),
    ("Our books catalogue, where we keep the title, the author and the ISBN.", "books", {"title", "isbn"}),
])
def test_a_stock_of_things_is_those_things(dbs, text, things, fields):
    """'our parts stock, where we keep a part number, …': the fields are the parts' (a stock, a catalogue, a
    list of a plural holds them)."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[things])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, things, where", [
    ("Jobs have a description. Parts have a price. The parts used on a job come from our stock.", "parts", "jobs"),
    ("Jobs have a description. The tools used on a job come from our workshop, where we keep a name and a price.",
     "tools", "jobs"),
    ("Mechanics log the hours they spend on a job, and the parts used on a job come from our parts stock, where we "
     "keep a part number, a name and the price.", "parts", "jobs"),
])
def test_things_used_on_a_thing_then_their_verb(dbs, text, things, where):
    """'the parts used on a job come from our stock': 'come' is the plural's verb (not 'job come'), the parts
    are used on many jobs (a pair), and a list before ends at them (the parts' fields are not the hours')."""
    schema, tables = design(text)
    assert any({r[1] for r in references(tables[t])} >= {things, where} for t in tables), sorted(tables)
    assert not any("part_number" in columns(tables[t]) for t in tables if t != things)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, role, things", [
    ("As a puppeteer, I want to see which shows I perform in and on which dates.", "puppeteers", "shows"),
    ("As a player, I want to see which matches I play in.", "players", "matches"),
    ("As a drummer, I want to see which gigs I play at.", "drummers", "gigs"),
    ("As a volunteer, I want to see which events I am working at.", "volunteers", "events"),
])
def test_which_things_a_story_role_takes_part_in(dbs, text, role, things):
    """'As a puppeteer, I want to see which shows I perform in': the role is kept (it had been dropped as only
    using the app), and each takes part in many, each with many of them — a pair table."""
    schema, tables = design(text)
    assert any({r[1] for r in references(tables[t])} == {role, things} for t in tables), sorted(tables)
    applies(dbs, schema, tables)


def test_which_things_a_story_role_made_are_its_own(dbs):
    """'which orders I placed': each order is one customer's, no pair."""
    schema, tables = design("As a customer, I want to see which orders I placed.")
    assert ("customer_id", "customers") in references(tables["orders"]) and len(tables) == 2, sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, things, each", [
    ("As the director, I want to record the puppets each show needs, with who made each puppet.", "puppets", "shows"),
    ("We keep the tools each job needs.", "tools", "jobs"),
    ("Record the skills each role requires.", "skills", "roles"),
])
def test_the_things_each_one_needs_are_shared(dbs, text, things, each):
    """'the puppets each show needs': what is needed is shared, as what is used ('the ingredients each recipe
    uses') — a pair table, not a puppet of one show."""
    schema, tables = design(text)
    assert any({r[1] for r in references(tables[t])} == {things, each} for t in tables), sorted(tables)
    assert not any(t == each for _, t in references(tables[things]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field", [
    ("As the director, I want to record the puppets each show needs, with who made each puppet.", "puppets",
     "made_by"),
    ("I want to record the costumes each play needs, with who made each costume.", "costumes", "made_by"),
    ("Record repairs with the date and who did each one.", "repairs", "done_by"),
])
def test_who_made_each_one(dbs, text, table, field):
    """'with who made each puppet': the maker (made_by), one per puppet — not a field named 'puppet', nor a
    pair of the story's role and the puppets."""
    schema, tables = design(text)
    assert field in columns(tables[table]) and table[:-1] not in columns(tables[table]), columns(tables[table])
    assert not any(t.startswith("director") for t in tables), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, field", [
    ("Owners keep their horses with us and pay a monthly fee that depends on the livery package they chose.",
     "livery_packages", "monthly_fee"),
    ("Guests pay a nightly rate that depends on the room type.", "room_types", "nightly_rate"),
    ("Members pay an annual fee that depends on their membership level.", "membership_levels", "annual_fee"),
])
def test_a_value_that_depends_on_a_thing_is_its_field(dbs, text, thing, field):
    """'a monthly fee that depends on the livery package': each package has its fee (a table of packages);
    the payer does not hold it."""
    schema, tables = design(text)
    assert field in columns(tables[thing]), sorted(tables)
    assert not any(field in columns(tables[t]) for t in tables if t != thing)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, place, fields", [
    ("Each horse has a name and lives in a stable or a paddock.", "horses", "stables", {"name"}),
    ("Each cow has a tag number and lives in a field.", "cows", "fields", {"tag_number"}),
    ("Each boat has a name and is kept in a boathouse.", "boats", "boathouses", {"name"}),
    ("Each kayak has a colour, a length, and is stored in a rack.", "kayaks", "racks", {"colour", "length"}),
])
def test_a_field_list_then_where_the_thing_lives(dbs, text, thing, place, fields):
    """'each horse has a name and lives in a stable': a second predicate after the list — where it is (a
    reference), not a field named 'lives' or 'stable'."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[thing])) and (place[:-1] + "_id", place) in references(tables[thing])
    assert not {"stable", "lives", "kept", "stored"} & set(columns(tables[thing])), columns(tables[thing])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, fields, marker", [
    ("A supervisor assigns each report to a cleaning crew, and the crew marks it cleaned with the date and the "
     "method used.", "reports", {"cleaned_on", "method"}, "cleaning_crews"),
    ("Couriers collect parcels and mark each parcel delivered with the date and the signature.", "parcels",
     {"delivered_on", "signature"}, "couriers"),
    ("The gardener waters each plant and marks it watered with the date.", "plants", {"watered_on"}, None),
    ("Staff mark each order shipped with the date and the courier used.", "orders", {"shipped_on"}, None),
])
def test_a_thing_marked_done_with_fields(dbs, text, table, fields, marker):
    """'the crew marks it cleaned with the date and the method used': when it was done (cleaned_on) and the
    fields are the thing's, not the marker's."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[table])), columns(tables[table])
    assert marker is None or not fields & set(columns(tables[marker]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table", [
    ("As a referee I can mark each match as played or postponed. Matches have a date.", "matches"),
    ("As a technician, I want to mark each print job as queued, printing, done or failed.", "print_jobs"),
])
def test_marked_as_one_of_several_states_is_no_moment(dbs, text, table):
    """'mark each match as played or postponed': states (values), no played_at moment."""
    schema, tables = design(text)
    assert not any(c.endswith(("_at", "_on")) and c.split("_")[0] in ("played", "queued")
                   for c in columns(tables[table])), columns(tables[table])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, tables_wanted", [
    ("tool shop notes\ntools - name, brand, price\nsuppliers, each tool can come from several suppliers w/ their "
     "price + lead time\ncustomers?? name + phone\norders -> lines w/ tool & qty", {"tools", "suppliers", "customers",
                                                                                     "orders", "lines"}),
    ("garden centre stuff\nplants - name, pot size, price\ngrowers?? name + email\ntrays: items w/ plant & qty",
     {"plants", "growers", "trays", "items"}),
])
def test_notes_lines_are_notes_even_with_a_question(dbs, text, tables_wanted):
    """Lines of notes without full stops are one note each, also when one asks ('customers?? name + phone':
    a doubt, then the customers' fields) — they had been joined into one run-on sentence."""
    schema, tables = design(text)
    assert tables_wanted <= set(tables), sorted(tables)
    people = "customers" if "customers" in tables_wanted else "growers"
    assert {"name", "phone" if people == "customers" else "email"} <= set(columns(tables[people]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, things, lines, fields", [
    ("orders: lines with product and qty", "orders", "lines", {"product", "qty"}),
    ("invoices - line items with description, qty and price", "invoices", "line_items", {"description", "qty"}),
    ("purchase orders to suppliers -> lines w/ part & qty", "purchase_orders", "lines", {"part", "qty"}),
    ("trays: items w/ plant & qty", "trays", "items", {"qty"}),
])
def test_a_label_then_its_lines_with_fields(dbs, text, things, lines, fields):
    """'purchase orders: lines with part and qty': the label names things that have lines — both tables, each
    line one order's ('purchase orders' is WordNet's compound, not a verb 'orders')."""
    schema, tables = design(text)
    assert things in tables and fields <= set(columns(tables[lines])), sorted(tables)
    assert (things[:-1] + "_id", things) in references(tables[lines])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, people, things, fields", [
    ("customers: name, phone, bikes they bring in (make, frame number)", "customers", "bikes", {"make", "frame_number"}),
    ("members: name, email, boats they own (name, length)", "members", "boats", {"length"}),
])
def test_things_people_own_with_fields_in_parentheses(dbs, text, people, things, fields):
    """'boats they own (name, length)': each boat is one member's (not a pair), with the fields in parentheses."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[things])), sorted(tables)
    assert (people[:-1] + "_id", people) in references(tables[things])
    assert not any({r[1] for r in references(tables[t])} == {people, things} for t in tables if t != things)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, thing, sources, fields", [
    ("each part can come from several suppliers w/ their price + lead time", "parts", "suppliers",
     {"price", "lead_time"}),
    ("Each fabric can be bought from multiple mills w/ their price", "fabrics", "mills", {"price"}),
    ("Each ingredient can come from several farms.", "ingredients", "farms", set()),
    ("Products: name, price. Each product comes from one or more farms.", "products", "farms", set()),
])
def test_a_thing_from_several_sources(dbs, text, thing, sources, fields):
    """'each part can come from several suppliers w/ their price + lead time': sources supply many things —
    a pair, which holds the price and lead time (not the supplier, nor a supplier of one part)."""
    schema, tables = design(text)
    pair = next(t for t in tables if {r[1] for r in references(tables[t])} == {thing, sources})
    assert fields <= set(columns(tables[pair])), (pair, columns(tables[pair]))
    assert not any(t == thing for _, t in references(tables[sources]))
    applies(dbs, schema, tables)


def test_a_range_of_stars_is_no_source(dbs):
    """'rate recipes from 1 to 5 stars': a range, no table of stars."""
    schema, tables = design("A recipe site: members post recipes with a list of ingredients, and rate other members' "
                            "recipes from 1 to 5 stars.")
    assert "stars" not in tables, sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table", [
    ("customers rent skis for a week", "skis"),
    ("A ski shop: skis with a length, and every service with the date", "skis"),
    ("Kiwis have a weight and a grower.", "kiwis"),
])
def test_a_plural_in_is_whose_singular_is_a_noun(dbs, text, table):
    """'skis': WordNet has 'ski', not 'skis' — the plural of a noun in -i (the skis had been lost, 'skis' kept as
    its own singular); 'analysis', 'tennis' stay as they are."""
    schema, tables = design(text)
    assert table in tables, sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, doer, things", [
    ("customers rent skis and boots for a number of days and leave a deposit", "customer", ("ski", "boot")),
    ("guests rent bikes and helmets for a number of hours and leave a deposit", "guest", ("bike", "helmet")),
    ("customers rent skis and boots for a week", "customer", ("ski", "boot")),
])
def test_renting_two_kinds_of_thing_for_a_period(dbs, text, doer, things):
    """'rent skis and boots for a number of days': one rental of both (not a pair of customers and boots), with
    what is left with it."""
    schema, tables = design(text)
    refs = {c for c, _ in references(tables["rentals"])}
    assert {doer + "_id"} | {t + "_id" for t in things} <= refs, (sorted(tables), refs)
    assert "deposit" not in text or "deposit" in columns(tables["rentals"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, fields", [
    ("events where we hand out packets (date, place)", "events", {"date", "place"}),
    ("markets where we sell jam (date, town)", "markets", {"date", "town"}),
    ("- venues where bands play (name, capacity)", "venues", {"name", "capacity"}),
])
def test_things_where_something_happens_then_their_fields(dbs, text, table, fields):
    """'events where we hand out packets (date, place)': the fields are the events' (not the packets')."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[table])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, first, second, record", [
    ("guitar teacher app: my students, the songs each student is learning, and every lesson with the date",
     "students", "songs", "lessons"),
    ("music teacher app: my pupils, the pieces each pupil is learning, and every lesson with the date", "pupils",
     "pieces", "lessons"),
])
def test_a_record_listed_after_a_pair_is_of_the_first_things(dbs, text, first, second, record):
    """'my students, the songs each student is learning, and every lesson with the date': the pair stays (the
    lesson does not take its place) and each lesson is a student's — not a song's."""
    schema, tables = design(text)
    assert any({r[1] for r in references(tables[t])} == {first, second} for t in tables), sorted(tables)
    assert {r[1] for r in references(tables[record])} == {first}
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, whose, kind, field", [
    ("owners book grooming appointments for their dogs and pay a price that depends on the dog's size (small, "
     "medium, large)", "dogs", "sizes", "price"),
    ("clients book sessions for their horses and pay a price that depends on the horse's size (pony, cob, full)",
     "horses", "sizes", "price"),
])
def test_a_value_that_depends_on_a_things_quality(dbs, text, whose, kind, field):
    """'a price that depends on the dog's size (small, medium, large)': each size has its price, and each dog
    one size."""
    schema, tables = design(text)
    assert field in columns(tables[kind]) and (kind[:-1] + "_id", kind) in references(tables[whose]), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, fields, other", [
    ("Members have a name and an email, and at every meeting we record the date and the venue.", "meetings",
     {"date", "venue"}, "members"),
    ("Volunteers have a phone number, and for every shift we note the start time and the place.", "shifts",
     {"start_time", "place"}, "volunteers"),
    ("Boats have a name, and after each race we log the finishing position.", "races", {"finishing_position"},
     "boats"),
    ("We keep each volunteer's name and phone number, and for every Sunday we note the colour theme and what the "
     "flowers cost.", "sundays", {"flowers_cost"}, "volunteers"),
])
def test_a_clause_for_each_thing_after_another(dbs, text, table, fields, other):
    """'…, and for every Sunday we note the colour theme': a clause of its own after a field list — its fields
    are the Sunday's, not the volunteers' (the first list had run on into it)."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[table])), sorted(tables)
    assert not fields & set(columns(tables[other]))
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table, field", [
    ("Vaccinations matter a lot to us: for each pet we log which vaccine was given and the date.", "pets", None),
    ("- Results: for each entry we record the finish time and the position.", "results", "entry_id"),
])
def test_for_each_opening_a_label_keeps_its_reading(dbs, text, table, field):
    """'Results: for each entry we record …', 'Vaccinations …: for each pet we log …': a clause opening the
    text after a label is the label's record — the pet does not take the fields."""
    schema, tables = design(text)
    assert field is None or field in columns(tables[table]), sorted(tables)
    assert "date" not in columns(tables["pets"]) if "pets" in tables else True
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, made, fields", [
    ("Each artist plays one or more sets on a stage, with a start time and a length in minutes.", "sets",
     {"start_time", "length_minutes"}),
    ("Each band plays several gigs at a venue, with a date and a fee.", "gigs", {"date", "fee"}),
    ("Each team plays one or more matches on a pitch, with a kick-off time and a score.", "matches",
     {"kick_off_time", "score"}),
])
def test_fields_after_the_many_things_a_verb_makes(dbs, text, made, fields):
    """'each artist plays one or more sets on a stage, with a start time and a length': each set has them —
    not the artist."""
    schema, tables = design(text)
    assert fields <= set(columns(tables[made])), sorted(tables)
    assert not any(fields & set(columns(tables[t])) for t in tables if t != made)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, person", [
    ("As the manager, I want to invoice each family monthly for the sessions they booked.", "families"),
    ("As the treasurer, I want to invoice each member monthly for the classes they attended.", "members"),
])
def test_how_often_after_each_one(dbs, text, person):
    """'invoice each family monthly': how often (no 'family monthlies' table); each invoice is a family's."""
    schema, tables = design(text)
    assert not any("monthl" in t for t in tables), sorted(tables)
    assert (person[:-1] if person != "families" else "family") + "_id" in {c for c, _ in references(tables["invoices"])}
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, kin, role", [
    ("As a parent, I want to book my child into club sessions. As a parent, I want to record my child's allergies.",
     "children", "parents"),
    ("As a parent, I want to enrol my child in swimming lessons. As a parent, I want to record my child's date of "
     "birth.", "children", "parents"),
])
def test_a_story_roles_kin_is_theirs(dbs, text, kin, role):
    """'As a parent, I want to book my child …': the child is the parent's (WordNet's relatives: child, kid,
    spouse), and the parent is kept — 'my patients' stay no one doctor's."""
    schema, tables = design(text)
    assert (role[:-1] + "_id", role) in references(tables[kin]), sorted(tables)
    applies(dbs, schema, tables)


def test_a_story_roles_patients_are_not_theirs(dbs):
    """'As a doctor, I want to see my patients': patients are no kin; no doctor owns them."""
    schema, tables = design("Patients have a name. As a doctor, I want to see my patients and their appointments.")
    assert not any(t == "doctors" for _, t in references(tables["patients"])), sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, people, things, fields", [
    ("keep my family's vaccination records: family members, the vaccines each of them got, with the date and the "
     "clinic", "family_members", "vaccines", {"date", "clinic"}),
    ("family members, the books each of them read, with the date finished", "family_members", "books",
     {"finished_on"}),
    ("my students, and the songs each of them is learning", "students", "songs", set()),
])
def test_the_things_each_of_them_did_with_fields(dbs, text, people, things, fields):
    """'family members, the vaccines each of them got, with the date and the clinic': 'each of them' is each of
    the plural before — a pair of person and vaccine, which holds the date and the clinic (not the vaccines,
    nor the people)."""
    schema, tables = design(text)
    pair = next(t for t in tables if {r[1] for r in references(tables[t])} == {people, things})
    assert fields <= set(columns(tables[pair])), (pair, columns(tables[pair]))
    assert not fields & (set(columns(tables[people])) | set(columns(tables[things])))
    applies(dbs, schema, tables)


def test_the_records_each_one_got_with_fields_are_theirs(dbs):
    """'my dogs, and the vaccinations each of them got, with the date': each vaccination (WordNet's act of
    'vaccinate') is one dog's and holds the date — no pair."""
    schema, tables = design("my dogs, and the vaccinations each of them got, with the date")
    assert "date" in columns(tables["vaccinations"]) and ("dog_id", "dogs") in references(tables["vaccinations"])
    assert "date" not in columns(tables["dogs"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, doer, thing", [
    ("Boat owners rent berths by the season.", "boat_owner", "berth"),
    ("Campers rent pitches by the night.", "camper", "pitch"),
    ("Traders rent stalls by the day.", "trader", "stall"),
])
def test_renting_by_the_period_whatever_wordnets_first_sense(dbs, text, doer, thing):
    """'boat owners rent berths by the season': a rental each time — also when WordNet's first sense of the
    thing is an act ('berth': a job); only a thing that is itself a verb's act ('bookings') is not rented."""
    schema, tables = design(text)
    refs = {c for c, _ in references(tables["rentals"])}
    assert {doer + "_id", thing + "_id"} <= refs, (sorted(tables), refs)
    applies(dbs, schema, tables)
