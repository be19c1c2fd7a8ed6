"""Wordings the generator read wrongly or lost (docs/nl-dev-split.md, stop 30): two-word nouns that
WordNet knows ('board games', 'power tools': the second word is no verb there, and a generic head such as
'tool' or 'game' names a thing), 'which power tools our neighbours borrow' (the gapped object of a
clause), counts said with a noun ('a couple of distributors', 'lots of concerts'), a possessive in a
user story ('As a ranger, I record each trail's length'), what a keeping verb keeps in each of a thing
('the equipment on each truck, with …'), a possessive written without its apostrophe ('a patients
home address', whose list ends at the subject's next verb), 'each one can have several', a story's place,
kind and question ('schedule classes in rooms', 'my department', 'see which players joined') and the
acts of phrasal verbs ('check in at a shelter', 'breaks down'). Each design is applied on the server."""

import pathlib

from ai_schema.generate import lexicon, wordnet
from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def test_wordnet_compounds_are_one_noun(dbs):
    shipped = (pathlib.Path(lexicon.__file__).parent / "data" / "noun_compounds.txt").read_text()
    assert shipped == wordnet.derive_compounds(*((wordnet.WORDNET / x).read_text() for x in ("index.noun", "index.verb")))
    assert lexicon.compound_noun("board", "game") and not lexicon.compound_noun("customer", "order")
    schema, tables = design("track which power tools our neighbours borrow and when")
    pair = next(t for t in tables.values() if {("neighbour_id", "neighbours"), ("power_tool_id", "power_tools")}
                <= references(t))
    assert "occurred_on" in columns(pair)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("an app for the board games my kids play with their cousins. Board games have a title "
                            "and a number of players.")
    assert "board_games" in tables and "boards" not in tables


def test_counts_said_with_a_noun(dbs):
    for count in ("a couple of", "a few", "a handful of", "lots of"):
        schema, tables = design(f"The clinic orders vaccines from {count} distributors. Vaccines have a batch number "
                                "and an expiry date.")
        assert ("distributor_id", "distributors") in references(tables["vaccines"]), count
        assert "couples" not in tables and "handfuls" not in tables
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_story_role_records_what_another_thing_has(dbs):
    schema, tables = design("As a ranger, I record each trail's length and difficulty. Rangers patrol trails.")
    assert {"length", "difficulty"} <= set(columns(tables["trails"]))
    assert not {"length", "difficulty"} & set(columns(tables["rangers"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_is_kept_in_each_of_a_thing_is_a_thing(dbs):
    schema, tables = design("As a quartermaster, I can record the equipment on each truck, with a serial number and "
                            "a condition.")
    assert {"serial_number", "condition"} <= set(columns(tables["equipment"]))
    assert ("truck_id", "trucks") in references(tables["equipment"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("We keep track of the tools in every workshop, with a purchase date. Workshops have an "
                            "address.")
    assert ("workshop_id", "workshops") in references(tables["tools"]) and "purchase_date" in columns(tables["tools"])


def test_a_possessive_without_its_apostrophe(dbs):
    schema, tables = design("Every delivery goes to a patients home address. Patients have a name and a phone "
                            "number. Deliveries have a time slot.")
    assert ("patient_id", "patients") in references(tables["deliveries"])
    assert "home_address" in columns(tables["patients"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_each_one_can_have_several(dbs):
    """'theres owners, each one can have several horses': the modal's verb is 'have' (one owner's
    horses), and what each one has several of makes the plural before a thing."""
    schema, tables = design("there are owners, each one can have several horses, we shoe them.")
    assert ("owner_id", "owners") in references(tables["horses"]) and len(tables) == 2
    schema, tables = design("Each visit is at a farmers field and gets one vet. Farmers have a name and a phone.")
    assert ("farmer_id", "farmers") in references(tables["visits"])
    assert not any(fk[0].startswith("vet") for fk in references(tables["farmers"]))
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_story_places_acts_and_shares_kinds(dbs):
    """'I want to shelve books in bookcases' (a place the speaker acts at), 'see my department' (one
    of a kind many share is the role's one), 'see which players joined my team' (a question, no
    object), 'rate a dish I ordered from 1 to 5 and leave a comment' (past the relative clause)."""
    schema, tables = design("As a librarian, I want to shelve books in bookcases. Books have a title.")
    assert ("bookcase_id", "bookcases") in references(tables["books"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("As an employee, I want to see my department and its budget. Departments have a name. "
                            "Employees have a name.")
    assert ("department_id", "departments") in references(tables["employees"])
    schema, tables = design("As a coach, I want to see which players joined my team. Coaches have a licence. Teams "
                            "have a name. Players have a name.")
    assert not any({("coach_id", "coaches"), ("player_id", "players")} <= references(t) for t in tables.values())
    schema, tables = design("As a diner, I want to rate a dish I ordered from 1 to 5 and leave a comment. Dishes "
                            "have a name.")
    assert {"score", "comment"} <= set(columns(tables["ratings"])) and columns(tables["ratings"])["score"].type == "smallint"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_acts_of_phrasal_verbs(dbs):
    """WordNet names the act of a phrasal verb (check-in, breakdown): a row per act, of who or what
    does it and where, with its time; a preposition after the verb is no particle."""
    from ai_schema.generate import lexicon, wordnet
    shipped = (pathlib.Path(lexicon.__file__).parent / "data" / "phrasal_acts.tsv").read_text()
    assert shipped == wordnet.derive_phrasal_acts(*((wordnet.WORDNET / x).read_text()
                                                    for x in ("index.verb", "index.noun", "data.noun")))
    schema, tables = design("Volunteers check in at a shelter when their shift starts. Shelters have an address. "
                            "Volunteers have a name.")
    assert {("volunteer_id", "volunteers"), ("shelter_id", "shelters")} <= references(tables["check_ins"])
    assert columns(tables["check_ins"])["occurred_at"].type == "timestamp with time zone"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Receptionists check patients in when they arrive. Patients have a name.")
    assert ("patient_id", "patients") in references(tables["check_ins"])
    assert not any({("receptionist_id", "receptionists"), ("patient_id", "patients")} <= references(t)
                   for name, t in tables.items() if name != "check_ins")
    schema, tables = design("We log every time a lift breaks down. Lifts have a serial number.")
    assert ("lift_id", "lifts") in references(tables["breakdowns"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design("Each animal sits in at most one cage. Cages have a number. Animals have a name.")
    assert set(tables) == {"animals", "cages"}
