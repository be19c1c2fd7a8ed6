"""Column lists in the forms developers paste (docs/nl-dev-split.md, stop 52, round 7: fresh technical texts of
mine — a markdown column table, crow's-foot lines, Django models, JSON, YAML-like lists, relation schemas; tested
with other texts than the ones that showed each fault). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_relation_schemas_first_column_named_after_it_is_its_key(dbs):
    """'Supplier(supplier_id, name, phone)': supplier_id is the supplier's key (it had been a text column beside
    the id); 'Part(part_id, name, supplier_id)' refers to it."""
    schema, tables = design("Supplier(supplier_id, name, phone)\nPart(part_id, name, supplier_id)")
    assert "supplier_id" not in columns(tables["suppliers"]) and "part_id" not in columns(tables["parts"])
    assert ("supplier_id", "suppliers") in references(tables["parts"])
    applies(dbs, schema, tables)


def test_yaml_like_table_lists(dbs):
    """'- name: shelves' over 'columns: [id, code]' or a bulleted 'columns:' list: a column list per table (a
    table named 'columns' had been made)."""
    schema, tables = design("tables:\n  - name: shelves\n    columns: [id, code, aisle]\n  - name: books\n"
                            "    columns:\n      - id\n      - title\n      - shelf_id -> shelves")
    assert set(tables) == {"shelves", "books"}, sorted(tables)
    assert {"code", "aisle"} <= set(columns(tables["shelves"])) and ("shelf_id", "shelves") in references(tables["books"])
    applies(dbs, schema, tables)


def test_what_an_apps_name_says_it_keeps(dbs):
    """One-liners: 'a goal tracker' keeps goals (it had found nothing); 'a maintenance request system' keeps
    requests — a compound's last word is its head, an act before it only says which kind (a table of
    'maintenances' had been made); 'a club membership and donations database' keeps both lists (it had found nothing)."""
    schema, tables = design("a goal tracker")
    assert set(tables) == {"goals"}, sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("a maintenance request system")
    assert "requests" in tables and "maintenances" not in tables, sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("a club membership and donations database")
    assert {"memberships", "donations"} <= set(tables), sorted(tables)
    applies(dbs, schema, tables)


def test_two_verbs_of_one_object(dbs):
    """'Guests rate and review hotels': two acts on the hotels (the second verb had been read as a compound,
    'review hotels', and the hotels lost)."""
    schema, tables = design("Guests rate and review hotels.")
    assert "hotels" in tables and ("hotel_id", "hotels") in references(tables["reviews"]), sorted(tables)
    assert ("hotel_id", "hotels") in references(tables["ratings"])
    applies(dbs, schema, tables)


def test_what_an_app_is_for_is_kept(dbs):
    """Stop 53, round 2 (ten fresh one-liners of mine): 'a grooming appointment app for dogs' — the plural an
    application is for is kept with what its name keeps, and each record the name names is for one of them (the
    appointments had referred to nothing); WordNet files some such plurals as groups first ('a rota planner for
    choirs': the choirs had been lost)."""
    schema, tables = design("a grooming appointment app for dogs")
    assert ("dog_id", "dogs") in references(tables["appointments"]), sorted(tables)
    applies(dbs, schema, tables)
    schema, tables = design("a rota planner for choirs")
    assert {"choirs", "rotas"} <= set(tables), sorted(tables)
    applies(dbs, schema, tables)


def test_whose_list_follows_what_an_app_is_for(dbs):
    """'a booking app for a yoga studio with members, classes and teachers': the list is the studio's, what the
    app keeps (the first two, a singular and a plural, had ended the list: no classes, a table of yogas)."""
    schema, tables = design("a booking app for a yoga studio with members, classes and teachers")
    assert {"members", "classes", "teachers"} <= set(tables) and "yogas" not in tables, sorted(tables)
    applies(dbs, schema, tables)
