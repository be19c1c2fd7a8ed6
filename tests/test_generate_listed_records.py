"""Records listed the way people write them down quickly (docs/nl-dev-split.md, stop 52, round 3: fresh texts
of mine — a wedding planner in bullets, warehouse stories, 'Entity:' lines, a plant log, a hackathon chat, a
ferry, a GP practice, a makerspace; tested with other texts than the ones that showed each fault). Each design
is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_entity_lines_are_column_lists(dbs):
    """'Entity: Book (book_id PK, title, author_id FK)': a column list after its label (the label had been
    read as a table's name and the lines as prose: books had an ISBN and a pair table with authors)."""
    schema, tables = design("Entity: Author (author_id PK, name)\nEntity: Book (book_id PK, title, author_id FK)")
    assert set(tables) == {"authors", "books"} and ("author_id", "authors") in references(tables["books"])
    applies(dbs, schema, tables)


def test_an_abbreviations_plural(dbs):
    """'- VMs: hostname, ram' and '- Backups: VM, …': 'VMs' is the plural of 'VM' (a three-letter word was
    never made singular, so the backup's VM had been a text column)."""
    schema, tables = design("- Clients: name\n- VMs: hostname, ram\n- Backups: VM, taken at, size")
    assert ("vm_id", "vms") in references(tables["backups"]), columns(tables["backups"])
    applies(dbs, schema, tables)


def test_a_participle_opening_a_labelled_list(dbs):
    """'- Goals: scored in a match; minute, scorer': the match each goal was scored in (the participle had
    been a field 'scored')."""
    schema, tables = design("- Matches: name, date\n- Goals: scored in a match; minute, scorer")
    assert ("match_id", "matches") in references(tables["goals"]) and "scored" not in columns(tables["goals"])
    applies(dbs, schema, tables)


def test_fields_listed_after_what_a_thing_belongs_to(dbs):
    """'players belong to a team, shirt number, position (…)': the players' fields (they had been lost);
    'tasters score wines on aroma, body and finish' lists no fields of the tasters."""
    schema, tables = design("* teams (name)\n* players belong to a team, shirt number, kit size (s, m, l)")
    assert {"shirt_number", "kit_size"} <= set(columns(tables["players"])), columns(tables["players"])
    assert ("team_id", "teams") in references(tables["players"])
    applies(dbs, schema, tables)


def test_what_is_logged_when_a_person_acts_on_a_thing(dbs):
    """'When a customer rents a bike we log the start time …': the rental's (a record of both), not the bike's,
    and no customer refers to one bike."""
    schema, tables = design("Customers have a name. Bikes have a frame number. When a customer rents a bike we "
                            "log the start time and the end time.")
    assert {"start_time", "end_time"} <= set(columns(tables["rentals"])), sorted(tables)
    assert {("customer_id", "customers"), ("bike_id", "bikes")} <= references(tables["rentals"])
    assert "bike_id" not in columns(tables["customers"]) and "start_time" not in columns(tables["bikes"])
    applies(dbs, schema, tables)


def test_a_link_named_by_what_it_points_to_is_a_field(dbs):
    """'a video link', 'a repo link': an address (a 'link' had always been read as a relation and dropped)."""
    schema, tables = design("Products have a name and a video link.")
    assert "video_link" in columns(tables["products"])
    applies(dbs, schema, tables)


def test_why_a_story_wants_it_names_no_table(dbs):
    """'… so that deliveries are tracked': the reason, no table of deliveries."""
    schema, tables = design("As a clerk, I want to scan parcels so that deliveries are tracked.")
    assert "deliveries" not in tables and "parcels" in tables, sorted(tables)
    applies(dbs, schema, tables)


def test_a_label_that_could_name_the_app_names_its_records(dbs):
    """'- Applications: candidate, job, submitted at': job applications, a table (the word also names software,
    and the list had been dropped)."""
    schema, tables = design("- Candidates: name, email\n- Applications: candidate, job, submitted at\n"
                            "- Jobs: title, salary")
    assert {("candidate_id", "candidates"), ("job_id", "jobs")} <= references(tables["applications"])
    applies(dbs, schema, tables)


def test_two_fields_joined_by_a_slash(dbs):
    """'check-in date / check-out date': two dates (the second had been lost)."""
    schema, tables = design("- Bookings: guest, room, check-in date / check-out date\n- Guests: name")
    assert {"check_in_date", "check_out_date"} <= set(columns(tables["bookings"])), columns(tables["bookings"])
    applies(dbs, schema, tables)
