"""Fields said in passing in user stories and lists (docs/nl-dev-split.md, stop 52, round 12: from the build case
food_delivery_app's misses; tested with other texts). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_its_fields_are_the_things_the_clause_before_was_about(dbs):
    """'a hotel can be tagged with amenities, and I want to see its name, phone and whether it is open all year':
    the hotel's (the story's 'its' list had been lost)."""
    schema, tables = design("As a guest, I want to browse hotels by city; a hotel can be tagged with several "
                            "amenities (pool, gym), and I want to see its name, phone and whether it is open all "
                            "year.")
    assert {"name", "phone"} <= set(columns(tables["hotels"])), columns(tables["hotels"])
    applies(dbs, schema, tables)


def test_a_field_word_is_no_thing_named_by_its_head(dbs):
    """'Each shop has a name and an address' beside delivery addresses: the shop's address (it had referred to a
    delivery address, the one table whose name ends in 'address')."""
    schema, tables = design("Customers save delivery addresses with a label. Each shop has a name and an address.")
    assert "address" in columns(tables["shops"]) and "delivery_address_id" not in columns(tables["shops"])
    applies(dbs, schema, tables)


def test_when_a_phrasal_verb_was_done(dbs):
    """'when it was dropped off', 'when it was picked up': dropped_off_at, picked_up_at (the items had been
    lost)."""
    schema, tables = design("Parcels have a weight. For each parcel we record when it was dropped off and when it "
                            "was picked up.")
    assert {"dropped_off_at", "picked_up_at"} <= set(columns(tables["parcels"])), columns(tables["parcels"])
    applies(dbs, schema, tables)


def test_two_spellings_of_one_thing_are_one_table(dbs):
    """'enrolled' (enroll: enrollment) and 'for each enrolment': one table (two had been made)."""
    schema, tables = design("Players can be enrolled in several leagues, and for each enrolment we keep the date "
                            "they joined. Leagues have a name. Players have a name.")
    assert "enrollments" not in tables and {("player_id", "players"), ("league_id", "leagues")} <= \
        references(tables["enrolments"]), sorted(tables)
    applies(dbs, schema, tables)


def test_the_points_they_have_collected(dbs):
    """'the reward points they have collected': a field (the 'points' had been read as a verb, and a table
    'rewards' made)."""
    schema, tables = design("Members join clubs. For each membership we keep the date it started and the reward "
                            "points they have collected. Clubs have a name.")
    assert "rewards" not in tables and "reward_points" in columns(tables["memberships"]), sorted(tables)
    applies(dbs, schema, tables)


def test_a_length_said_before_a_name_is_no_part_of_it(dbs):
    """'a three-letter code': code (three_letter_code had been made)."""
    schema, tables = design("Countries have a name and a three-letter code.")
    assert "code" in columns(tables["countries"])
    applies(dbs, schema, tables)


def test_a_value_someone_sets_for_themselves(dbs):
    """'Each runner sets a weekly target in kilometres': the runner's field (it had been listed as mentioned)."""
    schema, tables = design("Each runner sets a weekly target in kilometres. Runners have a name.")
    assert any(c.startswith("weekly_target") for c in columns(tables["runners"])), columns(tables["runners"])
    applies(dbs, schema, tables)


def test_the_date_an_act_carried_out_on_a_thing_was_done(dbs):
    """'An inspection is carried out on one site on a given date': inspected_on (the date had been lost)."""
    schema, tables = design("Sites have an address. An inspection is carried out on one site on a given date and "
                            "records the findings.")
    assert "inspected_on" in columns(tables["inspections"]), columns(tables["inspections"])
    applies(dbs, schema, tables)


def test_how_many_minutes_it_lasted(dbs):
    """'how many minutes it lasted': its duration in minutes (a count of minutes, and a table of minutes paired
    with the rides, had been made)."""
    schema, tables = design("Riders have a name. Every ride is logged with the rider and how many minutes it "
                            "lasted.")
    assert set(tables) == {"riders", "rides"} and "duration_minutes" in columns(tables["rides"]), sorted(tables)
    applies(dbs, schema, tables)


def test_the_date_it_arrived_somewhere(dbs):
    """'the date it arrived at the depot': arrived_on (a bare 'date' had been made)."""
    schema, tables = design("For every parcel we note its weight and the date it arrived at the depot.")
    assert "arrived_on" in columns(tables["parcels"]), columns(tables["parcels"])
    applies(dbs, schema, tables)


def test_a_gerund_field_with_its_unit_in_a_list(dbs):
    """'Campaigns (name, fundraising goal in euros, start date, end date)': the list goes on past the unit (it had
    stopped at the -ing word's item, and the dates were lost)."""
    schema, tables = design("Campaigns (name, fundraising goal in euros, start date, end date).")
    assert {"start_date", "end_date"} <= set(columns(tables["campaigns"])), columns(tables["campaigns"])
    applies(dbs, schema, tables)


def test_what_is_stored_as_another_thing_is_that_thing(dbs):
    """'Each refund made for an order is stored as an ordinary payment that points back to its order': one table
    (no self-reference 'ordinary_payment_id', no second table)."""
    schema, tables = design("Payments have an amount. Orders have a total. Each refund made for an order is stored "
                            "as an ordinary payment that points back to its order.")
    assert len(tables) == 2, sorted(tables)
    record = next(t for n, t in tables.items() if n != "orders")
    assert references(record) == {("order_id", "orders")}, columns(record)
    applies(dbs, schema, tables)


def test_a_flags_time_word_is_no_part_of_it(dbs):
    """'whether they are live yet': is_live (is_live_yet had been made)."""
    schema, tables = design("Releases have a name and whether they are live yet.")
    assert "is_live" in columns(tables["releases"]), columns(tables["releases"])
    applies(dbs, schema, tables)


def test_people_who_vote_on_a_thing(dbs):
    """'Readers can upvote or downvote an article': their votes (an unknown second verb had been read as a noun,
    and each article had referred to one reader)."""
    schema, tables = design("Readers have a name. Articles have a title. Readers can upvote or downvote an article.")
    assert "reader_id" not in columns(tables["articles"]), sorted(tables)
    assert any({("reader_id", "readers"), ("article_id", "articles")} <= references(t) for t in tables.values())
    applies(dbs, schema, tables)


def test_valid_from_and_valid_to_dates(dbs):
    """'valid from / valid to dates': two dates, valid_from and valid_to (one text column 'valid' had been made)."""
    schema, tables = design("* Offers - a title, a discount, valid from / valid to dates")
    assert {"valid_from", "valid_to"} <= set(columns(tables["offers"])), columns(tables["offers"])
    applies(dbs, schema, tables)


def test_the_time_of_an_act(dbs):
    """'the date of approval', 'the time of publication': approved_on, published_at (WordNet's verb of the act;
    a column 'date_of_approval' or an 'occurred_at' had been made)."""
    schema, tables = design("Grants have a title and the date of approval.")
    assert "approved_on" in columns(tables["grants"]), columns(tables["grants"])
    applies(dbs, schema, tables)


def test_how_a_thing_is_had_without_its_adverb(dbs):
    """'either imported or produced locally': the values imported and produced ('produced_locally' had been one)."""
    schema, tables = design("Products have a name. A product is either imported or produced locally.")
    checks = " ".join(c.expression for c in tables["products"].checks)
    assert "'produced'" in checks and "produced_locally" not in checks, checks
    applies(dbs, schema, tables)


def test_a_format_before_a_name_is_no_part_of_it(dbs):
    """'a SHA-1 fingerprint': fingerprint (sha_1_fingerprint had been made)."""
    schema, tables = design("Releases have a SHA-1 fingerprint and a date.")
    assert "fingerprint" in columns(tables["releases"]), columns(tables["releases"])
    applies(dbs, schema, tables)


def test_the_time_of_an_act_in_a_list(dbs):
    """'time of dispatch; date of delivery': dispatched_at, delivered_on (an 'occurred_at' and a
    'date_of_delivery' had been made)."""
    schema, tables = design("- Parcels - weight; time of dispatch; date of delivery")
    assert {"dispatched_at", "delivered_on"} <= set(columns(tables["parcels"])), columns(tables["parcels"])
    applies(dbs, schema, tables)
