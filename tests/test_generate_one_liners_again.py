"""One-liners the generator misread when build cases' facts were said in other words (docs/nl-dev-split.md,
stop 57, round 2: the one-liner paraphrases of the photo site, the family tree and the alumni network),
each tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_record_made_about_a_thing(dbs):
    """'users can leave a comment on a sketch' and '… like a sketch or write a comment under it': one
    comment, made about the sketch ('it' stands for the last thing named), is a table of its own."""
    schema, tables = design("gallery app: users post sketches; other users can like a sketch or write a comment "
                            "under it")
    assert {("sketch_id", "sketches"), ("user_id", "users")} <= references(tables["comments"])
    applies(dbs, schema, tables)
    schema, tables = design("Riders can leave a comment on a trip.")
    assert ("trip_id", "trips") in references(tables["comments"])
    applies(dbs, schema, tables)


def test_what_a_title_lists_of_its_people(dbs):
    """'band app: musicians, their emails, phone numbers, and gigs …': the emails and phone numbers are the
    musicians' fields (no table of phone numbers); 'people, their managers, phone numbers' makes people a
    table with them."""
    schema, tables = design("band app: musicians, their emails, phone numbers, and gigs with dates")
    assert {"email", "phone_number"} <= _columns(tables, "musicians") and "phone_numbers" not in tables
    applies(dbs, schema, tables)
    schema, tables = design("tiny CRM - people, their managers, phone numbers, and meetings with dates")
    assert "phone_number" in _columns(tables, "people") and "meetings" in tables
    applies(dbs, schema, tables)


def test_a_database_for_things_and_what_is_kept_of_them(dbs):
    """'I need a db for volunteers: their phone, …, where they served (shelter, role, hours) and which drives
    they signed up for': the volunteers' table; each place they served at a pair with its fields."""
    schema, tables = design("I need a db for volunteers: their phone, shirt size, where they served (shelter, role, "
                            "hours) and which drives they signed up for")
    assert {"phone", "shirt_size"} <= _columns(tables, "volunteers")
    assert {"role", "hours"} <= _columns(tables, "volunteer_shelters")
    assert {("volunteer_id", "volunteers"), ("shelter_id", "shelters")} <= references(tables["volunteer_shelters"])
    assert {("volunteer_id", "volunteers"), ("drive_id", "drives")} <= references(tables["volunteer_drives"])
    applies(dbs, schema, tables)


def test_a_past_written_with_an_apostrophe(dbs):
    """'which concerts they RSVP'd to': a verb after 'they', so a pair of the people and the concerts."""
    schema, tables = design("I need a db for fans: their nickname, city and which concerts they RSVP'd to")
    assert {("fan_id", "fans"), ("concert_id", "concerts")} <= references(tables["fan_concerts"])
    applies(dbs, schema, tables)


def test_the_places_each_one_did_something_at(dbs):
    """'singers (…), the venues each one performed at with date and fee': each performance a pair of the
    singer and the venue, with its fields."""
    schema, tables = design("choir portal: singers (voice part), the venues each one performed at with date and fee, "
                            "and concerts")
    assert {"date", "fee"} <= _columns(tables, "singer_venues")
    assert {("singer_id", "singers"), ("venue_id", "venues")} <= references(tables["singer_venues"])
    applies(dbs, schema, tables)


def test_an_individual_is_a_person(dbs):
    """'individuals with …, a mother and a father for each': WordNet's person synset names people too, so a
    mother and a father are two of them (references, not text columns)."""
    schema, tables = design("lineage db: individuals with a birth date, a mother and a father for each")
    assert {("mother_id", "individuals"), ("father_id", "individuals")} <= references(tables["individuals"])
    applies(dbs, schema, tables)


def test_what_people_make_and_a_pronoun_stands_for(dbs):
    """'recipes: cooks post them, and can rate or review other cooks' recipes': each recipe is one cook's
    (made, not many of each); the ratings and reviews are of recipes (whose they are is no thing), by the
    cooks (', and can' keeps the subject, past 'them')."""
    schema, tables = design("site for sharing recipes: cooks post them, and can like or comment on other cooks' "
                            "recipes")
    assert ("cook_id", "cooks") in references(tables["recipes"])
    assert {("cook_id", "cooks"), ("recipe_id", "recipes")} <= references(tables["comments"])
    assert {("cook_id", "cooks"), ("recipe_id", "recipes")} <= references(tables["likes"])
    applies(dbs, schema, tables)


def test_one_of_something_for_each_thing_again_and_again(dbs):
    """'with an inspection logged for each hive every week': many inspections per hive, a table of their own."""
    schema, tables = design("track our beehives, with an inspection logged for each hive every week")
    assert ("hive_id", "hives") in references(tables["inspections"])
    assert "inspection" not in {c.name for c in tables["hives"].columns}
    applies(dbs, schema, tables)


def test_what_a_tracker_keeps_where_we_enter_it(dbs):
    """'Depot tracker where we enter the diesel tank and the petrol tank readings every week': the readings,
    each of a tank (the tracker's words, depot, name nothing kept)."""
    schema, tables = design("Depot tracker where we enter the diesel tank and the petrol tank readings every week")
    assert ("tank_id", "tanks") in references(tables["readings"])
    assert "depots" not in tables
    applies(dbs, schema, tables)


def test_a_bare_noun_phrase_names_what_is_kept(dbs):
    """'weekly water + power meter readings for our office': the readings and the meters they are of (not a
    table of 'weeklies', nor of the speaker's one office)."""
    schema, tables = design("weekly water + power meter readings for our office")
    assert ("meter_id", "meters") in references(tables["readings"])
    assert "weeklies" not in tables and "offices" not in tables
    applies(dbs, schema, tables)


def test_a_second_clause_of_the_same_people(dbs):
    """'Volunteers have a name and a phone, and they can sign up to shifts': 'they' are the volunteers, and
    'they can …' ends the list (no column 'shifts')."""
    schema, tables = design("Volunteers have a name and a phone, and they can sign up to shifts.")
    assert "shifts" in tables and "shifts" not in _columns(tables, "volunteers")
    assert {("volunteer_id", "volunteers"), ("shift_id", "shifts")} <= references(tables["registrations"])
    applies(dbs, schema, tables)


def test_what_they_are_doing_is_what_they_do(dbs):
    """'Readers have a card number and the books they're reading': a pair of readers and books, as 'the books
    they read' says."""
    schema, tables = design("Readers have a card number and the books they're reading.")
    assert {("reader_id", "readers"), ("book_id", "books")} <= references(tables["reader_books"])
    assert "books" not in _columns(tables, "readers")
    applies(dbs, schema, tables)
