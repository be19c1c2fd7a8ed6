"""Wholes and their parts, and lists written the way people write them (docs/nl-dev-split.md, stop
23): 'a concert consists of pieces', 'teams are made up of players', 'a piece has a composer and a
duration' (a word that is mostly a measure — a piece, a lot — names a thing when it is described),
'Table parking_lots: id, …, holder name, valid_from date, kind ('a', 'b')', 'Donors, with blood type
(A+, A-, …), date of birth, and phone'. Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def _values(table, column):
    """The values a CHECK (column IN (…)) allows."""
    for check in table.checks:
        if check.expression.startswith(f"{column} IN"):
            return [v.strip(" '") for v in check.expression.split("(", 1)[1].rstrip(")").split(",")]
    return None


def test_a_whole_and_its_parts(dbs):
    schema, tables = design("Concerts consist of pieces; a piece has a composer and a duration. A team is made up "
                            "of players, and a player has a name and a shirt number. Each kit comprises parts; each "
                            "part has a code and a price.")
    assert {"concerts", "pieces", "teams", "players", "kits", "parts"} <= set(tables), sorted(tables)
    assert "duration" in columns(tables["pieces"]) and ("composer_id", "composers") in references(tables["pieces"])
    #                                        (a person a thing has is kept: test_generate_people_had.py)
    assert ("concert_id", "concerts") in references(tables["pieces"])
    assert ("team_id", "teams") in references(tables["players"])
    assert ("kit_id", "kits") in references(tables["parts"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_table_lines_with_spoken_names_types_after_names_and_quoted_values(dbs):
    schema, tables = design("Table parking_lots: id, name, address, total_spaces int.\n"
                            "Table spaces: id, lot_id references parking_lots, label varchar(10), "
                            "kind ('regular', 'disabled', 'ev').\n"
                            "Table permits: id, vehicle_plate unique, holder name, valid_from date, valid_to date.\n"
                            "Table sessions: space_id, permit_id nullable, entered_at timestamptz, fee numeric(8,2).")
    assert set(tables) == {"parking_lots", "spaces", "permits", "sessions"}     # "lots" is a table here
    assert columns(tables["parking_lots"])["total_spaces"].type == "integer"
    assert ("lot_id", "parking_lots") in references(tables["spaces"])
    assert _values(tables["spaces"], "kind") == ["regular", "disabled", "ev"]
    permits = columns(tables["permits"])
    assert "holder_name" in permits and permits["valid_from"].type == "date"
    assert {("space_id", "spaces"), ("permit_id", "permits")} <= references(tables["sessions"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_an_answer_that_lists_fields_and_values_with_signs(dbs):
    schema, tables = design("Who donates? Donors, with blood type (A+, A-, B+, B-, AB+, AB-, O+, O-), date of "
                            "birth, and phone. Each donation is made by a donor on a date.")
    donors = columns(tables["donors"])
    assert {"blood_type", "date_of_birth", "phone"} <= set(donors) and "date_of_phone" not in donors
    assert _values(tables["donors"], "blood_type") == ["a+", "a-", "b+", "b-", "ab+", "ab-", "o+", "o-"]
    assert ("donor_id", "donors") in references(tables["donations"])
    _, grades = design("Donors have a name and a blood group (A, B, AB or O).")
    assert _values(grades["donors"], "blood_group") == ["a", "b", "ab", "o"]
    _, people = design("People have years of birth and death.")               # (no comma: "of" is shared)
    assert {"year_of_birth", "year_of_death"} <= set(columns(people["people"]))
    _, horses = design("Horses have a name, a date of birth and height.")     # a property is its own field
    assert {"date_of_birth", "height"} <= set(columns(horses["horses"]))
    _, tenants = design("Tenants have a name. Each tenant holds one parking permit at a time. Permits have a "
                        "number.")                                         # "at a time": at once, no time field
    assert "occurred_at" not in columns(tenants["tenants"]) and "time" not in columns(tenants["tenants"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_verbs_ending_like_participles_and_fields_named_by_their_event(dbs):
    schema, tables = design("Rehearsals happen before concerts and have a date, a start time and a room. Concerts "
                            "have a title. Loans have a borrowed date, due date and returned date.")
    assert {"date", "start_time", "room"} <= set(columns(tables["rehearsals"]))     # "happen" is a verb
    assert ("concert_id", "concerts") in references(tables["rehearsals"])
    assert {"borrowed_date", "due_date", "returned_date"} <= set(columns(tables["loans"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_values_measured_again_and_again_are_readings_and_lowercase_lists_are_fields(dbs):
    schema, tables = design("Each greenhouse has zones; sensors are installed in zones and report temperature, "
                            "humidity and soil moisture every five minutes. Workers water trays and log each "
                            "watering with the amount in liters. Trays have a label.")
    readings = columns(tables["readings"])
    assert {"temperature", "humidity", "soil_moisture"} <= set(readings)
    assert ("sensor_id", "sensors") in references(tables["readings"])
    assert not {"temperature", "humidity"} & set(columns(tables["sensors"]))
    assert "amount_l" in columns(tables["waterings"])                  # (a "log … with" list is read once)
    _, devices = design("Devices are installed in rooms. Devices send readings (temperature, humidity, co2 level) "
                        "every minute.")
    assert {"temperature", "humidity", "co2_level"} <= set(columns(devices["readings"]))
    assert "name" not in columns(devices["readings"])                   # fields, not named examples
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_a_thing_has_and_lists_after_a_keeping_verb(dbs):
    schema, tables = design("Shows have hosts (people) and episodes. Episodes have a title. Exhibitions have a "
                            "start and end date. As a registrar I want to record loans of shows to other networks, "
                            "with the borrowing network, the loan dates and the insurance value. As a conservator I "
                            "want to log condition checks for an episode (date, condition: good, fair, poor, and "
                            "notes).")
    assert ("show_id", "shows") in references(tables["hosts"])                # "have hosts": not a verb
    assert ("show_id", "shows") in references(tables["episodes"])             # past the parenthesis
    assert {"start_date", "end_date"} <= set(columns(tables["exhibitions"]))
    loans = tables["loans"]
    assert ("borrowing_network_id", "networks") in references(loans) and "insurance_value" in columns(loans)
    assert "loan_dates" not in tables
    checks = tables["condition_checks"]
    assert "notes" in columns(checks)
    assert [c.expression for c in checks.checks if c.expression.startswith("condition IN")] == [
        "condition IN ('good', 'fair', 'poor')"]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_each_line_of_a_list_and_what_a_record_becomes(dbs):
    schema, tables = design("Each invoice lists products, quantities and prices. Products have a name. Recipes "
                            "include ingredients with a quantity and a unit. Ingredients have a name. Albums contain "
                            "songs with a title and a duration. If the customer accepts, the quote becomes a project. "
                            "Quotes have a price. Projects have a name.")
    lines = tables["invoice_products"]                 # one row per product on an invoice, with its own fields
    assert {("invoice_id", "invoices"), ("product_id", "products")} <= references(lines)
    assert {"quantity", "price"} <= set(columns(lines)) and "quantities" not in columns(lines)
    assert {"quantity", "unit"} <= set(columns(tables["recipe_ingredients"]))
    assert "quantity" not in columns(tables["ingredients"])
    assert ("album_id", "albums") in references(tables["songs"]) and "album_songs" not in tables   # its own fields
    assert ("quote_id", "quotes") in references(tables["projects"])           # made from the quote
    assert "project_id" not in columns(tables["quotes"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_thing_with_its_own_described_things_and_many_of_them(dbs):
    schema, tables = design("Workspaces have a name. Documents have a title. Each workspace defines its own tags "
                            "(name and colour) and a document can carry any number of them. Each school has its own "
                            "houses (name and motto), and a pupil can join several of them. Pupils have a name.")
    assert {"name", "colour"} <= set(columns(tables["tags"]))                 # "tags (name and colour)"
    assert ("workspace_id", "workspaces") in references(tables["tags"])       # its own: one workspace's
    assert {("document_id", "documents"), ("tag_id", "tags")} <= references(tables["document_tags"])
    assert "number" not in columns(tables["documents"])                       # "any number of them": a count
    assert ("school_id", "schools") in references(tables["houses"])
    assert {("pupil_id", "pupils"), ("house_id", "houses")} <= references(tables["pupil_houses"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_held_by_another_coordinated_logs_and_bounds_of_a_count(dbs):
    schema, tables = design("Wines have a name. Tasting events have a date. Each event features several wines. "
                            "Medicines have a name. A prescription is written by a vet for an animal and lists "
                            "medicines with a dosage and a duration in days. Each workshop has a title and a maximum "
                            "of 12 participants. Each plant has a name. I want to log every watering and every "
                            "repotting with the date.")
    assert {("tasting_event_id", "tasting_events"), ("wine_id", "wines")} <= references(tables["tasting_event_wines"])
    lines = tables["prescription_medicines"]                       # "lists medicines with a dosage": per line
    assert {"dosage", "duration_days"} <= set(columns(lines)) and "dosage" not in columns(tables["medicines"])
    assert ("vet_id", "vets") in references(tables["prescriptions"])
    assert columns(tables["workshops"])["max_participants"].type == "integer"
    assert {"waterings", "repottings"} <= set(tables)               # both logged
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_held_somewhere_by_an_irregular_participle_and_chat_n(dbs):
    schema, tables = design("Depots have an address. Tools exist as models (code, name) and as physical units held at "
                            "a depot; each unit has a serial number. we rent drills n saws, each tool has a price.")
    assert ("depot_id", "depots") in references(tables["units"])              # "held at a depot"
    assert "drills_n_saws" not in tables                                      # "n" is "and"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_parts_known_only_by_what_they_have_belong_to_their_owner(dbs):
    """'Invoices have lines with a description and an amount': the lines are the invoice's parts (a
    table of its own with those fields), not a pair of invoices and lines; 'an order has lines w/ qty'
    alike; things named elsewhere ('each order contains products with a quantity') still make a pair."""
    schema, tables = design("Invoices have lines with a description and an amount. Shipments have parcels with a "
                            "weight and a tracking code.")
    assert {"description", "amount"} <= set(columns(tables["lines"])) and ("invoice_id", "invoices") in \
        references(tables["lines"]) and "invoice_lines" not in tables
    assert {"weight", "tracking_code"} <= set(columns(tables["parcels"]))
    assert ("shipment_id", "shipments") in references(tables["parcels"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    _, tables = design("Customers place orders. An order has lines w/ qty.")
    assert "qty" in columns(tables["lines"]) and ("order_id", "orders") in references(tables["lines"])
    _, tables = design("Each order contains products with a quantity and a unit price. Products have a name.")
    assert "quantity" in columns(tables["order_products"])
