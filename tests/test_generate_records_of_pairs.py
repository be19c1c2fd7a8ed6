"""Records that tie things together, and names that say whose a thing is (docs/nl-dev-split.md, stop 52, round 10:
fresh texts of mine — an EV charging network, an animal rescue, a language school, a podcast network, purchase
orders in bullets, hiking trails; tested with other texts than the ones that showed each fault). Each design is
applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_record_that_says_which_did_which(dbs):
    """'A booking records which guest reserved which cabin, the arrival date and …': the booking is the pair,
    with its fields (a pair table had been made beside an empty booking, and the fields lost)."""
    schema, tables = design("Guests have a name. Cabins have a name. A booking records which guest reserved which "
                            "cabin, the arrival date and the number of nights.")
    assert {("guest_id", "guests"), ("cabin_id", "cabins")} <= references(tables["bookings"]), sorted(tables)
    assert "arrival_date" in columns(tables["bookings"]) and len(tables) == 3
    applies(dbs, schema, tables)


def test_what_starts_when_someone_acts_on_a_thing(dbs):
    """'A trip starts when a passenger boards a bus and ends when they get off': the trip's passenger and bus
    (the passenger had referred to the trip, the bus to the passenger)."""
    schema, tables = design("Passengers have a card number. Buses have a plate. A trip starts when a passenger "
                            "boards a bus and ends when they get off; we store the fare.")
    assert {("passenger_id", "passengers"), ("bus_id", "buses")} <= references(tables["trips"])
    assert not references(tables["passengers"]) and not references(tables["buses"])
    applies(dbs, schema, tables)


def test_a_labelled_participle_and_its_agent(dbs):
    """'- Invoices: issued by a clerk for one client': the invoice's client, not the clerk's."""
    schema, tables = design("- Invoices: issued by a clerk for one client; amount, due date\n- Clients: name\n"
                            "- Clerks: name")
    assert {("clerk_id", "clerks"), ("client_id", "clients")} <= references(tables["invoices"])
    assert not references(tables["clerks"])
    applies(dbs, schema, tables)


def test_an_abbreviation_spelled_out_elsewhere(dbs):
    """'- WO tasks' beside 'Work orders': the work order tasks, each one work order's (a table 'wo_tasks' had
    been made, related to nothing)."""
    schema, tables = design("- Work orders: opened by a manager; due date\n- WO tasks: description, hours")
    assert ("work_order_id", "work_orders") in references(tables["work_order_tasks"]), sorted(tables)
    applies(dbs, schema, tables)


def test_a_thing_named_after_another_is_its_part(dbs):
    """'Course modules' beside 'courses': each module is one course's (nothing had related them); 'product
    categories' are no part of a product."""
    schema, tables = design("Courses have a title. Course modules have a title and a duration.")
    assert ("course_id", "courses") in references(tables["course_modules"])
    applies(dbs, schema, tables)
    schema, tables = design("Products have a name. Product categories have a name.")
    assert not references(tables["product_categories"])
    applies(dbs, schema, tables)


def test_a_counted_quality_with_its_values(dbs):
    """'classes at three levels (beginner, improver, expert)': the classes' level, a closed field (a table of
    levels had been made, its 'type' holding the values)."""
    schema, tables = design("Our gym runs classes at three levels (beginner, improver, expert). Classes have a time.")
    assert "levels" not in tables and "level" in columns(tables["classes"]), sorted(tables)
    assert "'improver'" in " ".join(c.expression for c in tables["classes"].checks)
    applies(dbs, schema, tables)


def test_people_who_act_on_their_things_own_them(dbs):
    """'Agents manage their properties': each property is one agent's, and the agents are kept ('agent' is a
    person only in a later WordNet sense; they had been left out)."""
    schema, tables = design("Each property has an address. Agents manage their properties.")
    assert ("agent_id", "agents") in references(tables["properties"]) and not references(tables["agents"])
    applies(dbs, schema, tables)


def test_a_labelled_record_after_also(dbs):
    """'Also maintenance visits: a van gets serviced monthly, we log …': the label names the record (after
    'Also' it had been lost, and its fields with it)."""
    schema, tables = design("Vans have a plate. Also maintenance visits: a van gets serviced monthly, we log the "
                            "date and the cost.")
    assert ("van_id", "vans") in references(tables["maintenance_visits"]), sorted(tables)
    assert {"date", "cost"} <= set(columns(tables["maintenance_visits"]))
    applies(dbs, schema, tables)


def test_who_did_it_is_a_person(dbs):
    """'who approved it': the approver — one of the users when the text keeps them, else the name written down
    (the item had been lost)."""
    schema, tables = design("Users have an email. Each refund has an amount and who approved it.")
    assert ("approver_id", "users") in references(tables["refunds"]), columns(tables["refunds"])
    applies(dbs, schema, tables)
    schema, tables = design("Staff have a name. Each refund has an amount and who approved it.")
    assert "approved_by" in columns(tables["refunds"])
    applies(dbs, schema, tables)


def test_a_flag_for_something(dbs):
    """'a flag for bumpers': whether it has them, a boolean (a text column 'flag' had been made)."""
    schema, tables = design("Lanes have a number and a flag for bumpers.")
    assert "has_bumpers" in columns(tables["lanes"]) and "flag" not in columns(tables["lanes"])
    applies(dbs, schema, tables)


def test_people_who_register_to_attend_are_linked_by_the_registrations(dbs):
    """'Volunteers register to attend an event. A registration records …': the registrations link them (each
    volunteer had also referred to one event)."""
    schema, tables = design("Volunteers have a name. Events have a date. Volunteers register to attend an event. "
                            "A registration records the shirt size.")
    assert "event_id" not in columns(tables["volunteers"])
    assert {("volunteer_id", "volunteers"), ("event_id", "events")} <= references(tables["registrations"])
    applies(dbs, schema, tables)


def test_what_is_recorded_after_an_occasion_belongs_to_it(dbs):
    """'After the visit, the vet records the vaccinations given, each with a batch number': each vaccination is
    the visit's (it had been only the vet's)."""
    schema, tables = design("Vets have a name. Owners book visits with a vet. After the visit, the vet records the "
                            "vaccinations given, each with a batch number.")
    assert ("visit_id", "visits") in references(tables["vaccinations"]), columns(tables["vaccinations"])
    assert "batch_number" in columns(tables["vaccinations"])
    applies(dbs, schema, tables)


def test_a_verb_and_its_own_noun(dbs):
    """Stop 53, round 3 (four fresh chat texts of mine: a recycling centre, a wine cellar, a container port, a
    fishing licence office): 'Buses call at stops. Each call has an arrival time.' — a verb of telling WordNet
    files 'call' under is no list of fields when a preposition follows it (the stops had been lost), and a
    record named by the verb itself is the act's (the calls refer to the bus and the stop)."""
    schema, tables = design("Buses call at stops. Each call has an arrival time.")
    assert "stops" in tables, sorted(tables)
    assert {("bus_id", "buses"), ("stop_id", "stops")} <= references(tables["calls"]), references(tables["calls"])
    assert "stop_id" not in columns(tables["buses"])
    applies(dbs, schema, tables)
