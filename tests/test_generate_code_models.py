"""Designs written as code or as column lists in forms the generator had not read (docs/nl-dev-split.md,
stop 62, round 2): TypeScript interfaces, SQLAlchemy models, Rails migrations (generate/code_models.py),
'orders table: …' lines, 'Entity: / Attributes: / Relationships:' sections; a field that a reference
later names gets the key's type; a title over written tables is no table. Each design is applied on the
server (a text column under a bigint foreign key would not apply)."""

import pytest

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def _types(table):
    return {c.name: c.type for c in table.columns}


def test_typescript_interfaces(dbs):
    schema, tables = design(
        "Types from our courier backend (TypeScript), please make the tables:\n\n"
        "interface Depot { id: number; code: string; city: string }\n"
        "interface Courier { id: number; depotId: number; name: string; vanPlate?: string }\n"
        "export interface Delivery {\n  id: number;\n  courierId: number;\n  depot: Depot;\n"
        "  status: 'queued' | 'out' | 'delivered';\n  deliveredAt?: Date;\n  weightKg: number;\n}\n")
    assert set(tables) == {"depots", "couriers", "deliveries"}, sorted(tables)
    assert ("depot_id", "depots") in references(tables["couriers"])
    assert {("courier_id", "couriers"), ("depot_id", "depots")} <= references(tables["deliveries"])
    delivered = _types(tables["deliveries"])
    assert delivered["delivered_at"] == "timestamp with time zone" and "weight_kg" in delivered
    checked = " ".join(c.expression for c in tables["deliveries"].checks)
    assert all(f"'{v}'" in checked for v in ("queued", "out", "delivered")), checked
    assert columns(tables["couriers"])["van_plate"].nullable
    applies(dbs, schema, tables)


def test_sqlalchemy_models(dbs):
    schema, tables = design(
        "SQLAlchemy models:\n\n"
        "class Club(Base):\n    __tablename__ = \"clubs\"\n    id = Column(Integer, primary_key=True)\n"
        "    name = Column(String(80), nullable=False, unique=True)\n\n"
        "class Player(Base):\n    __tablename__ = \"players\"\n    id = Column(Integer, primary_key=True)\n"
        "    club_id = Column(Integer, ForeignKey(\"clubs.id\"), nullable=False)\n"
        "    handicap = Column(Numeric(4, 1))\n    joined_on = Column(Date)\n\n"
        "class Round(Base):\n    __tablename__ = \"rounds\"\n    id: Mapped[int] = mapped_column(primary_key=True)\n"
        "    player_id: Mapped[int] = mapped_column(ForeignKey(\"players.id\"))\n"
        "    played_on: Mapped[date] = mapped_column(Date)\n    strokes: Mapped[int] = mapped_column(Integer)\n")
    assert set(tables) == {"clubs", "players", "rounds"}, sorted(tables)
    assert ("club_id", "clubs") in references(tables["players"]) and ("player_id", "players") in references(tables["rounds"])
    assert _types(tables["clubs"])["name"] == "varchar(80)" and _types(tables["players"])["handicap"] == "numeric(4,1)"
    assert _types(tables["rounds"])["strokes"] == "integer"
    applies(dbs, schema, tables)


def test_rails_migrations(dbs):
    schema, tables = design(
        "Rails migrations:\n\n"
        "create_table :authors do |t|\n  t.string :name, null: false\n  t.string :email, index: { unique: true }\n"
        "  t.timestamps\nend\n\n"
        "create_table :posts do |t|\n  t.references :author, foreign_key: true\n  t.string :title, limit: 120\n"
        "  t.text :body\n  t.datetime :published_at\nend\n\n"
        "create_table :comments do |t|\n  t.belongs_to :post\n  t.references :writer, foreign_key: { to_table: :authors }\n"
        "  t.decimal :score, precision: 3, scale: 1\nend\n")
    assert set(tables) == {"authors", "posts", "comments"}, sorted(tables)
    assert ("author_id", "authors") in references(tables["posts"])
    assert {("post_id", "posts"), ("writer_id", "authors")} <= references(tables["comments"])
    assert _types(tables["posts"])["title"] == "varchar(120)" and _types(tables["comments"])["score"] == "numeric(3,1)"
    applies(dbs, schema, tables)


def test_tables_named_before_the_word_table(dbs):
    """'orders table: order_id (PK), customer_id (FK to customers), …': the references hold, and each one
    is a key of the key's type (the field 'customer_id' had stayed text under a bigint foreign key)."""
    schema, tables = design(
        "orders table: order_id (PK), customer_id (FK to customers), order_date, status (new/paid/shipped)\n"
        "customers table: customer_id (PK), first_name, last_name, email (unique)\n"
        "order_lines table: order_id (FK to orders), product_id (FK to products), qty, unit_price\n"
        "products table: product_id (PK), sku (unique), title, price\n")
    assert set(tables) == {"orders", "customers", "order_lines", "products"}, sorted(tables)
    assert ("customer_id", "customers") in references(tables["orders"])
    assert {("order_id", "orders"), ("product_id", "products")} <= references(tables["order_lines"])
    assert _types(tables["orders"])["customer_id"] == "bigint"
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text", [
    "Orders have a customer_id and a total. Each order belongs to a customer. Customers have a name.",
    "Table: rentals - columns: id, bike_id, started_at\nEach rental is of one bike. Bikes have a frame size.",
])
def test_a_field_a_reference_names_has_the_keys_type(dbs, text):
    schema, tables = design(text)
    for table in tables.values():
        for fk in table.foreign_keys:
            assert _types(table)[fk.columns[0]] == "bigint", (table.name, fk.columns)
    applies(dbs, schema, tables)


def test_entity_sections_with_attributes_and_relationships(dbs):
    schema, tables = design(
        "Entity: Garage\n  Attributes: name, town, bays (integer)\n"
        "Entity: Car\n  Attributes: registration (unique), make, mileage (integer)\n"
        "Entity: Repair\n  Attributes: booked_on (date), cost (numeric(8,2)), status (open, done)\n"
        "  Relationships: belongs to Garage; belongs to Car\n")
    assert set(tables) == {"garages", "cars", "repairs"}, sorted(tables)
    assert {("garage_id", "garages"), ("car_id", "cars")} <= references(tables["repairs"])
    assert _types(tables["repairs"])["cost"] == "numeric(8,2)" and "attributes" not in columns(tables["cars"])
    applies(dbs, schema, tables)


@pytest.mark.parametrize("title", ["Parcel lockers - tables", "Boarding kennels - proposed schema",
                                   "Types from our backend - we need the Postgres tables:"])
def test_a_title_over_written_tables_is_no_table(dbs, title):
    schema, tables = design(f"{title}\n\nTable: lockers - columns: id, code (unique), town\n"
                            "Table: slots - columns: id, locker_id (FK -> lockers.id), size (S, M or L)\n")
    assert set(tables) == {"lockers", "slots"}, sorted(tables)
    applies(dbs, schema, tables)


@pytest.mark.parametrize("text, table", [
    ("As a coach I want to schedule sessions at a date and time.", "sessions"),
    ("As a programmer I want to schedule performances of a production at a date and time.", "performances"),
    ("As a teacher I want to schedule exams of a course at a date and time.", "exams"),
    ("Coaches plan trainings for a date and time.", "trainings"),
])
def test_when_a_thing_is_scheduled_is_the_things(dbs, text, table):
    """'… schedule sessions at a date and time': when the session starts, not a field of the coach."""
    schema, tables = design(text)
    assert "starts_at" in columns(tables[table])
    assert not any("starts_at" in columns(t) for name, t in tables.items() if name != table)
    applies(dbs, schema, tables)
