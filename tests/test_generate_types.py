"""Types stated in other words (docs/nl-dev-split.md, stop 22): 'a price stored as decimal(10,2)',
'Store the tags as an array of strings', 'Tags are stored as a text array', 'a happened at timestamp with
time zone', 'a recorded_at timestamp', 'a value (float)', 'a location as a point', 'an is_active flag',
'ids are UUIDs'. Each design is applied on the server."""

from ai_schema.generate.pipeline import check_options, generate_model
from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def types_of(tables):
    return {(t, c.name): c.type for t, table in tables.items() for c in table.columns}


def test_a_type_said_in_words_is_the_columns_type_and_no_thing(dbs):
    schema, tables = design(
        "Products have a name, a price stored as decimal(10,2), and metadata as JSON. Store the tags as an array of "
        "strings. Sensor readings have a value (float), a recorded_at timestamp and a location as a point. Events "
        "have a payload (jsonb), a happened at timestamp with time zone and an is_active flag (bool). Amounts are "
        "in cents (integer).")
    types = types_of(tables)
    assert types[("products", "price")] == "numeric(10,2)" and types[("products", "tags")] == "text[]"
    assert types[("products", "metadata")] == "jsonb"
    assert types[("sensor_readings", "value")] == "double precision"
    assert types[("sensor_readings", "recorded_at")] == "timestamp"   # (the type as stated, since stop 68)
    assert types[("sensor_readings", "location")] == "point"
    assert types[("events", "happened_at")] == "timestamptz" and types[("events", "is_active")] == "boolean"
    assert not {"decimals", "cents", "tags"} & set(tables)                    # types and units are no things
    _, passive = design("Products have a name and a price. Tags are stored as a text array.")
    assert types_of(passive)[("products", "tags")] == "text[]" and "tags" not in passive
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_uuid_keys_when_the_text_asks_for_them(dbs):
    schema, tables = design("All tables use UUID primary keys. Users have an email. Posts have a title.")
    types = types_of(tables)
    assert types[("users", "id")] == "uuid" and types[("posts", "user_id")] == "uuid"
    _, assumptions = generate_model("Ids are UUIDs. Users have an email.", check_options("{}"))
    assert "keys are UUIDs, as the text says" in assumptions
    _, chosen = design("Users have an email and a uuid.")
    assert types_of(chosen)[("users", "id")] == "bigint"                      # a uuid field is no key style
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_values_of_a_field_named_with_its_owner_and_kinds_after_an_article(dbs):
    schema, tables = design("A payment method is card, cash or bank transfer. Payments have an amount and a method. "
                            "Each room is a single, double or suite. Rooms have a number. An episode is a draft, "
                            "scheduled or published. Episodes have a title.")
    checks = {t: " ".join(c.expression for c in table.checks) for t, table in tables.items()}
    assert "method" in checks["payments"] and "'bank_transfer'" in checks["payments"]
    assert "type IN" in checks["rooms"] and "'suite'" in checks["rooms"]      # kinds of room
    assert "status IN" in checks["episodes"]                                   # states, not kinds
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_uniqueness_said_in_other_words(dbs):
    schema, tables = design(
        "Products have a name and a SKU. No two products share a SKU. Books have a title and an ISBN; the ISBN "
        "uniquely identifies a book. Users have a username and an email. Duplicate emails are not allowed. "
        "Coupons have a code which must be distinct. Each employee has an employee number that is never reused. "
        "Every vehicle is identified by its VIN. Vehicles have a make and a model.")
    unique = {(t, c) for t, table in tables.items() for u in table.uniques for c in u.columns if len(u.columns) == 1}
    assert {("products", "sku"), ("books", "isbn"), ("users", "email"), ("coupons", "code"),
            ("employees", "employee_number"), ("vehicles", "vin")} <= unique
    _, late = design("Usernames are unique. Users have a username and a bio.")
    assert ["username"] in [list(u.columns) for u in late["users"].uniques]     # said before the field was
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_fields_said_as_clauses_and_through_a_profile(dbs):
    schema, tables = design(
        "For each bike we know its frame number, the model, when it was bought and its current condition. Bikes "
        "are parked at stations. Every invoice shows the invoice date and whether it has been sent to the client. "
        "Riders rent bikes. A rider's profile includes a nickname, the date they joined and how many rides they have "
        "taken. For a candidate we store their full name, where they live and a link to their CV.")
    bikes, invoices, riders, candidates = (set(c.name for c in tables[t].columns)
                                           for t in ("bikes", "invoices", "riders", "candidates"))
    assert {"frame_number", "model", "bought_at", "condition"} <= bikes                # "we know its …"
    assert ("station_id", "stations") in {(f.columns[0], f.ref_table.name) for f in tables["bikes"].foreign_keys}
    assert {"invoice_date", "is_sent"} <= invoices                                     # "shows", "whether"
    assert {"nickname", "joined_on", "ride_count"} <= riders and "profile" not in riders
    assert {"address", "cv_url"} <= candidates                                         # "where they live"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_an_array_of_things_and_a_typed_field_that_is_a_person_word(dbs):
    schema, tables = design("Products have a name and an array of tags. Users have an email, an avatar (bytea) and "
                            "a bio. Employees have a name and a manager.")
    types = types_of(tables)
    assert types[("products", "tags")] == "text[]" and "tags" not in tables
    assert types[("users", "avatar")] == "bytea"                               # a stated type: no reference
    assert ("employees", "manager_id") in types                                # a person word without one is
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_no_column_is_named_by_a_word_that_opens_a_statement(dbs):
    """'set', 'update' are unreserved in PostgreSQL, but a CHECK starting with one reads as that
    statement when translated for MySQL or SQLite (the dev set's MariaDB test caught a 'set IN (…)')."""
    schema, tables = design("Rules have a name, a set (draft, live or retired) and an update.")
    names = set(c.name for c in tables["rules"].columns)
    assert not {"set", "update"} & names and {"set_value", "update_value"} <= names
    for target in ("mysql", "sqlite"):
        assert "set_value" in render(schema, target)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_slash_inside_a_comma_list_is_one_value_and_a_plural_closing_a_list_is_a_field(dbs):
    schema, tables = design("Drills have a name, a format (multiple choice, true/false, open) and points. Tickets "
                            "have a status (open/closed/pending) and a title.")
    drills = tables["drills"]
    assert [c.expression for c in drills.checks if c.expression.startswith("format IN")] == [
        "format IN ('multiple_choice', 'true_false', 'open')"]
    assert columns(drills)["points"].type == "integer"                        # "… and points": no verb
    assert [c.expression for c in tables["tickets"].checks if c.expression.startswith("status IN")] == [
        "status IN ('open', 'closed', 'pending')"]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_kinds_of_two_words_values_said_by_count_ages_and_yes_no_marks(dbs):
    schema, tables = design("Partner agencies (soup kitchens, shelters) place orders for food. Orders have a date. "
                            "Each locker has many compartments of three sizes: small, medium, large. Rooms come in "
                            "three types: single, double and suite. Rooms have a number. Students have a name and an "
                            "age. Sittings have a date and deposit paid y/n. As a music director I want to keep a "
                            "library of songs with artist, title and duration.")
    agencies = tables["partner_agencies"]
    assert [c.expression for c in agencies.checks if c.expression.startswith("type IN")] == [
        "type IN ('soup_kitchen', 'shelter')"] and not {"soup_kitchens", "shelters"} & set(tables)
    assert [c.expression for c in tables["compartments"].checks if c.expression.startswith("size IN")] == [
        "size IN ('small', 'medium', 'large')"] and "medium" not in columns(tables["lockers"])
    assert [c.expression for c in tables["rooms"].checks if c.expression.startswith("type IN")] == [
        "type IN ('single', 'double', 'suite')"]
    assert columns(tables["students"])["age"].type == "integer"
    assert columns(tables["sittings"])["is_deposit_paid"].type == "boolean"
    assert "libraries" not in tables and {"artist", "title"} <= set(columns(tables["songs"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_header_list_with_notes_on_a_field_and_flags_said_or_not(dbs):
    schema, tables = design("Spares: spare number (unique, from the supplier catalog), description, cost price. Invoices "
                            "have a number, a total and paid or not. For a boat I need make, model, hull id which is "
                            "unique ofc, and name.")
    spares = columns(tables["spares"])                    # the label's own list (a field's notes group nothing)
    assert {"spare_number", "description", "cost_price"} <= set(spares) and "suppliers" not in tables
    assert any(u.columns == ("spare_number",) for u in tables["spares"].uniques)
    assert columns(tables["invoices"])["is_paid"].type == "boolean"
    assert not [c for c in tables["boats"].checks if " IN " in c.expression]   # "which is unique ofc": no values
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_uniqueness_in_more_words_and_a_unique_field_is_no_thing(dbs):
    schema, tables = design("Lockers are identified by a number painted on the door - every locker has a different "
                            "number. Riders sign up with an email and a handle, and handles are unique. Editors have a "
                            "name and an email address that no one else uses. Patrons have a name and an email. An "
                            "email address can only be used for one account.")
    uniques = {t: [u.columns for u in tables[t].uniques] for t in tables}
    assert ("number",) in uniques["lockers"]                     # "every locker has a different number"
    assert "handles" not in tables and ("handle",) in uniques["riders"]   # "handles are unique": a field
    assert ("email",) in uniques["editors"] and ("email",) in uniques["patrons"]   # (email address: email)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_two_items_with_one_head_keep_their_words_and_names_said_unique(dbs):
    schema, tables = design('Lines: short name shown on the bus (e.g. "42"), long name, colour. Short names are '
                            'unique. Badges have a name. Badge names are unique. Users have a name. Posts have '
                            'topics. Topic names are unique.')
    lines = columns(tables["lines"])
    assert {"short_name", "long_name", "colour"} <= set(lines)                 # (both were "name")
    assert ("short_name",) in [u.columns for u in tables["lines"].uniques]
    assert ("name",) in [u.columns for u in tables["badges"].uniques]         # "badge names": a badge's name
    assert ("name",) not in [u.columns for u in tables["users"].uniques]      # (not any thing's name)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_yes_no_closing_a_sentence_and_a_number_abbreviated_before_the_next_one(dbs):
    schema, tables = design("Rooms have a number and wheelchair accessible yes/no. Drivers have a name and a "
                            "licence no. Trucks have a plate.")
    assert columns(tables["rooms"])["wheelchair_accessible"].type == "boolean"    # ("no." is no "number" here)
    assert "licence_number" in columns(tables["drivers"]) and "plate" in columns(tables["trucks"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_the_date_of_the_thing_itself_and_money_that_is_due(dbs):
    """'the date of registration' in a registration is its date (no reference to itself); 'the fee
    due' and 'the amount due' are money, not dates."""
    schema, tables = design("Registrations record the registration type, the fee due, the amount due and the "
                            "date of registration.")
    registrations = columns(tables["registrations"])
    assert not references(tables["registrations"]) and registrations["date_of_registration"].type == "date"
    assert registrations["fee_due"].type == registrations["amount_due"].type == "numeric(12,2)"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_more_ways_to_say_a_closed_set(dbs):
    """', which is open, in progress or closed', 'picks a plan: free, team or enterprise', 'with the
    values requested, approved, disbursed and repaid' ('a, b and c' in a list), 'go through these
    stages: …' (no stages table, no field per stage), 'reviewed and then accepted' (no 'then')."""
    schema, tables = design("Tickets have a status, which is open, in progress or closed. Members have a name. "
                            "Each member picks a plan: free, team or enterprise. Loans have a status with the "
                            "values requested, approved, disbursed and repaid. Grants have a title. Grants go "
                            "through these stages: draft, submitted, under review, awarded, closed.")
    checks = {t: " ".join(c.expression for c in tables[t].checks) for t in tables}
    assert "'in_progress'" in checks["tickets"] and "'enterprise'" in checks["members"]
    assert "'disbursed'" in checks["loans"] and "'repaid'" in checks["loans"]
    assert "'under_review'" in checks["grants"] and "stages" not in tables and "draft" not in columns(tables["grants"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_closed_sets_after_one_of_classified_as_and_which_can_be(dbs):
    """'a fuel type, one of petrol, diesel, electric or hybrid'; 'classified as standard, deluxe or
    suite' and 'set to draft, active, or archived' (no verb in the values); 'a method which can be
    card, cash or transfer' (the field before 'which')."""
    schema, tables = design("Vehicles have a fuel type, one of petrol, diesel, electric or hybrid. Rooms are "
                            "classified as standard, deluxe or suite. Each listing has a status that is set to "
                            "draft, active, or archived. Payments have a method which can be card, cash or transfer.")
    checks = {t: " ".join(c.expression for c in tables[t].checks) for t in tables}
    assert "fuel_type IN ('petrol'" in checks["vehicles"] and "'standard'" in checks["rooms"]
    assert "'draft'" in checks["listings"] and "set_to" not in checks["listings"]
    assert "method IN ('card', 'cash', 'transfer')" in checks["payments"]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_column_list_says_enum_and_its_values(dbs):
    """'severity enum: low/high/critical' in a table's column list: the values close the column."""
    schema, tables = design("Tables:\nincidents (id, title, severity enum: low/high/critical, opened_at timestamptz)")
    assert [c.expression for c in tables["incidents"].checks if c.expression.startswith("severity IN")] == [
        "severity IN ('low', 'high', 'critical')"]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
