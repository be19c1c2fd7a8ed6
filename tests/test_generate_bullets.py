"""Bulleted entity lists (docs/nl-dev-split.md, stop 24): a generic head with its fields is a table
('- Tools: name, brand'), a field said to be another thing is a reference to it ('location (a
shelf)', 'a co-supervisor'), a label with the kinds it covers heads fields ('applicants (companies or
people): name, …'), a bullet that is a sentence is not the next bullet's name, 'start/end dates',
'cost centre' (no money). Each design is applied on the server."""

from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def test_generic_heads_with_fields_and_fields_said_to_be_things(dbs):
    schema, tables = design("Makerspace inventory\n- Tools: name, brand, serial number (unique), condition "
                            "(good/worn/broken), location (a shelf)\n- Shelves: label, room\n"
                            "- Members: name, email\n- Checkouts: a member checks out a tool; due at, returned at\n")
    assert {"tools", "shelves", "members", "checkouts"} <= set(tables), sorted(tables)
    assert ("location_id", "shelves") in references(tables["tools"])
    assert ("tool_id", "tools") in references(tables["checkouts"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_roles_kinds_sentences_between_bullets_and_slashed_pairs(dbs):
    schema, tables = design(
        "Patent office system:\n- applicants (companies or people): name, country, address\n"
        "- inventors: name, nationality — an application lists one or more inventors\n"
        "- applications: application number (unique), title, filing date, applicant\n"
        "- examiners: employee number, name\n- each application is assigned to one examiner\n"
        "- office actions: an examiner issues office actions on an application; date, type (objection, "
        "final rejection, allowance), text\n\n"
        "Theses have a title, a main supervisor and optionally a co-supervisor. Supervisors have a name and a "
        "cost centre. Trips: purpose, destination, start/end dates.\n")
    assert ("applicant_id", "applicants") in references(tables["applications"])
    assert not tables["inventors"].checks                                  # no values from the remark
    assert {("examiner_id", "examiners"), ("application_id", "applications")} <= references(tables["office_actions"])
    assert {("supervisor_id", "supervisors"), ("co_supervisor_id", "supervisors")} <= references(tables["theses"])
    assert columns(tables["supervisors"])["cost_centre"].type == "text"
    assert {"start_date", "end_date"} <= set(columns(tables["trips"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_shared_vocabulary_is_many_to_many_and_things_added_with_too(dbs):
    """'every film has 1..5 genres, genre names are unique': genres (a kind, WordNet) with
    only a unique name are shared, many-to-many; 'a project has many tasks; task names are unique'
    stays one-to-many (a task is an act). 'Reviews too' adds a thing; 'replies under reviews'."""
    schema, tables = design("Films have a title. Every film has 1..5 genres, genre names are unique. "
                            "A project has many tasks. Task names are unique. Reviews too. "
                            "Cooks write replies under reviews.")
    assert any({("film_id", "films"), ("genre_id", "genres")} <= references(t) for t in tables.values())
    assert "film_id" not in columns(tables["genres"])
    assert ("project_id", "projects") in references(tables["tasks"])
    assert "reviews" in tables and ("review_id", "reviews") in references(tables["replies"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_more_bullet_layouts_and_agents_that_are_several(dbs):
    """'•' and '–' bullets, lettered items ('a) …', 'b) …'), nested bullets indented by four, a name
    over same-indent bullets of fields ('start date', 'lead researcher'), and 'written by several
    researchers' (people who each write many: many-to-many)."""
    for text in ("Research office\n• Researchers: name, email, department\n• Projects: title, start date, budget\n",
                 "Research office\n– Researchers: name, email, department\n– Projects: title, start date, budget\n",
                 "Research office\na) Researchers - name, email, department\nb) Projects - title, start date, budget\n",
                 "Research office\n* Researchers\n    * name\n    * email\n    * department\n"
                 "* Projects\n    * title\n    * start date\n    * budget\n"):
        _, tables = design(text)
        assert set(tables) == {"researchers", "projects"}, (text, sorted(tables))
        assert {"email", "department"} <= set(columns(tables["researchers"])) and \
            {"title", "start_date", "budget"} <= set(columns(tables["projects"]))
    schema, tables = design("Research office database\n\nResearchers\n- name\n- email\n\nProjects\n- title\n"
                            "- start date\n- lead researcher\n\nPublications have a title and are written by "
                            "several researchers.")
    assert ("lead_researcher_id", "researchers") in references(tables["projects"])
    assert any({("publication_id", "publications"), ("researcher_id", "researchers")} <= references(t)
               for t in tables.values())
    assert "publication_id" not in columns(tables["researchers"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_kinds_with_fields_parts_and_logged_tasks(dbs):
    """(stop 25) 'Ticket types: standard, VIP, speaker, each with a price' (the rows' names, then what
    each has), 'Order lines - product, quantity' (a part named after another thing is that thing's),
    'Cleaning tasks are logged per room with start and end time' (the tasks' fields, not the room's;
    'end' is no verb there), 'Attendees register with name, company, email' (a thing with fields)."""
    schema, tables = design("Conference badges\n* Attendees register with name, company, email (unique)\n"
                            "* Ticket types: standard, VIP, speaker, each with a price\n"
                            "* Orders - placed by an attendee, with a date\n* Order lines - ticket type, quantity\n"
                            "* Cleaning tasks are logged per room with start and end time and any issues found\n"
                            "* Rooms: number (unique), floor")
    assert {"name", "company", "email"} <= set(columns(tables["attendees"]))
    types = tables["ticket_types"]
    assert "name IN ('standard', 'vip', 'speaker')" in " ".join(c.expression for c in types.checks)
    assert "price" in columns(types) and "vip" not in columns(types)
    assert ("order_id", "orders") in references(tables["order_lines"])
    assert {"start_time", "end_time", "issues_found"} <= set(columns(tables["cleaning_tasks"]))
    assert "start_time" not in columns(tables["rooms"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_things_with_fields_under_a_title_and_a_table_of_kinds(dbs):
    """(stop 26) A title over '- enclosures (name, area)' bullets: each bullet is a thing with its
    fields, not a field of the title (nor the next bullet's definition); 'box types (classic, deluxe,
    vegan) with a monthly price': a table of kinds names its rows, then has its fields."""
    schema, tables = design("Zoo keeper app\n- enclosures (name, area)\n- animals (name, species, birth date)\n"
                            "- box types (classic, deluxe, vegan) with a monthly price\n")
    assert "zoo_keeper_apps" not in tables
    assert {"name", "area"} <= set(columns(tables["enclosures"]))
    assert {"name", "species", "birth_date"} <= set(columns(tables["animals"]))
    kinds = columns(tables["box_types"])
    assert "monthly_price" in kinds and not {"classic", "deluxe", "vegan"} & set(kinds)
    assert any("classic" in c.expression and "vegan" in c.expression for c in tables["box_types"].checks)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_an_item_naming_several_things_by_prepositions_refers_to_each(dbs):
    """'lessons: a student with an instructor in a car, …': the lesson refers to the student, the
    instructor and the car (each named after a preposition in one item)."""
    schema, tables = design("Climbing gym.\n- coaches: name, phone\n- climbers: name, email\n- walls: code, height\n"
                            "- sessions: a climber with a coach on a wall, start time, price")
    assert {("climber_id", "climbers"), ("coach_id", "coaches"), ("wall_id", "walls")} <= references(tables["sessions"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
