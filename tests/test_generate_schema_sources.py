"""Descriptions that are already schemas (generate/schema_sources.py, technical.py, layout.py): SQL
CREATE TABLE statements, Prisma models, entity blocks with indented 'field: type' lines, plain
'table: id, …' lines and markdown field tables. The design they state is kept exactly (types,
NOT NULL, UNIQUE, value lists, foreign keys) and nothing is added; each is applied on the server."""

from ai_schema.generate import generate
from ai_schema.targets import render
from test_generate import apply_in_empty_database
from test_generate_phrases import columns, design, references


def checks(table):
    return " ".join(c.expression for c in table.checks)


def test_create_table_statements_are_the_design(dbs):
    schema, tables = design(
        "Stock portfolio tracker. Here is what I have so far:\n\n"
        "CREATE TABLE portfolios (id serial primary key, owner text not null, name text);\n"
        "CREATE TABLE holdings (id serial primary key, portfolio_id int references portfolios(id),\n"
        "  ticker varchar(10) not null unique, shares numeric(18,6),\n"
        "  side text check (side in ('long', 'short')), bought_at date);\n")
    assert set(tables) == {"portfolios", "holdings"}, sorted(tables)
    holdings = columns(tables["holdings"])
    assert holdings["ticker"].type == "character varying(10)" and not holdings["ticker"].nullable
    assert holdings["shares"].type == "numeric(18,6)" and holdings["shares"].nullable
    assert "'short'" in checks(tables["holdings"])
    assert ("portfolio_id", "portfolios") in references(tables["holdings"])
    assert not columns(tables["portfolios"])["owner"].nullable and "email" not in columns(tables["portfolios"])
    assert not any("create_table" in name for name in tables)
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_prisma_models_are_the_design(dbs):
    schema, tables = design(
        "model Channel {\n  id Int @id @default(autoincrement())\n  name String @unique\n"
        "  isPrivate Boolean @default(false)\n  messages Message[]\n}\n\n"
        "model Message {\n  id Int @id @default(autoincrement())\n  body String\n  sentAt DateTime @default(now())\n"
        "  channel Channel @relation(fields: [channelId], references: [id])\n  channelId Int\n"
        "  author User? @relation(fields: [authorId], references: [id])\n  authorId Int?\n}\n\n"
        "model User {\n  id Int @id @default(autoincrement())\n  email String @unique\n  name String?\n}\n")
    assert set(tables) == {"channels", "messages", "users"}, sorted(tables)
    messages = columns(tables["messages"])
    assert {("channel_id", "channels"), ("author_id", "users")} <= references(tables["messages"])
    assert messages["sent_at"].type == "timestamp with time zone" and not messages["body"].nullable
    assert messages["author_id"].nullable and columns(tables["users"])["name"].nullable
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_entity_blocks_and_table_lines_are_the_design(dbs):
    schema, tables = design(
        "Entities for the journal system:\n\nAuthor\n  id: uuid (pk)\n  full_name: text\n"
        "  orcid: varchar(19), unique\n\nManuscript\n  id: uuid (pk)\n  title: text\n"
        "  corresponding_author_id: uuid -> Author\n"
        "  decision: enum(accept, minor_revision, major_revision, reject), nullable\n")
    assert columns(tables["authors"])["orcid"].type == "varchar(19)"
    assert ("corresponding_author_id", "authors") in references(tables["manuscripts"])
    assert "'major_revision'" in checks(tables["manuscripts"])
    _, lines = design("users: id, email (unique), name\nrooms: id, name, capacity int, floor\n"
                      "bookings: id, room_id -> rooms, user_id -> users, status enum(tentative, confirmed)\n")
    assert set(lines) == {"users", "rooms", "bookings"} and "capacity" in columns(lines["rooms"])
    assert "'confirmed'" in checks(lines["bookings"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_a_markdown_field_table_under_a_heading_is_a_table(dbs):
    schema, tables = design("### users\n| column | type | notes |\n|---|---|---|\n| id | bigserial | primary key |\n"
                       "| email | varchar(255) | unique, not null |\n| display_name | text | |\n")
    users = columns(tables["users"])
    assert set(users) - {"id", "created_at", "updated_at"} == {"email", "display_name"}   # nothing added
    assert users["email"].type == "varchar(255)" and not users["email"].nullable
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_what_is_not_sql_is_read_as_prose(dbs):
    ddl = generate("Create tables for a library: members borrow books.")
    assert "CREATE TABLE members" in ddl and "CREATE TABLE books" in ddl
    assert {"members", "books"} <= apply_in_empty_database(dbs, ddl)


def test_statements_are_found_in_one_pass_and_hostile_text_is_prose(dbs):
    """CREATE TABLE statements end where their parentheses close and a semicolon (or the text)
    follows; unclosed heads, quotes holding parentheses and long runs of spaces are read as prose
    (the bench measures that the work stays linear: bench/generate.py)."""
    from ai_schema.generate import schema_sources, technical
    text = "CREATE TABLE a (x int) PARTITION BY RANGE (x); CREATE TABLE b (y text default ';(')"
    assert [text[s:e] for s, e in schema_sources._statements(text)] == [
        "CREATE TABLE a (x int) PARTITION BY RANGE (x);", "CREATE TABLE b (y text default ';(')"]
    assert schema_sources._statements("create table x ( a " * 50) == []
    assert technical.trim_end("a, b ) . ", ".", ")") == "a, b " and technical.trim_end(")", ")") == ")"
    for text in ("Customers have a name" + " " * 5000 + "and an email.",
                 "Author\n  a: x" + " " * 5000 + "y,\n  b: text\n  c: text\n"):
        ddl = generate(text)
        assert "CREATE TABLE" in ddl and apply_in_empty_database(dbs, ddl)


def test_a_type_no_server_has_is_not_copied(dbs):
    """An enum the text creates elsewhere, a typo or a made-up type would make the design fail to
    apply: such a column is typed from its name instead; known types are kept as written."""
    schema, tables = design("CREATE TYPE mood AS ENUM ('ok', 'sad');\n"
                            "CREATE TABLE people (id serial primary key, name varchar(80) not null, mood mood);\n\n"
                            "Pet\n  id: uuid (pk)\n  name: txet\n  born_on: date\n\n"
                            "model Toy {\n  id Int @id\n  label String @db.Wat(3)\n}\n")
    people, pets, toys = (columns(tables[t]) for t in ("people", "pets", "toys"))
    assert people["name"].type == "character varying(80)" and people["mood"].type != "mood"
    assert pets["name"].type != "txet" and pets["born_on"].type == "date"
    assert toys["label"].type == "text"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_labelled_entity_blocks_arrows_and_types_before_notes(dbs):
    """'Entity: Course' over '- level: enum(…)' lines, 'user_id -> User.id' without a colon, another
    system's 'datetime', 'id: uuid' (the keys are UUIDs), and 'code varchar(10) unique' in a column list."""
    schema, tables = design("Entity: Course\n  - id: uuid, primary key\n  - title: string, required\n"
                            "  - level: enum(beginner, intermediate, advanced)\n"
                            "Entity: Enrollment\n  - user_id -> User.id\n  - course_id -> Course.id\n"
                            "  - enrolled_at: datetime\n"
                            "Entity: User\n  - id: uuid\n  - email: string, unique\n\n"
                            "Tables:\n- warehouses(id PK, code varchar(10) unique, name text)\n")
    assert {"courses", "enrollments", "users", "warehouses"} <= set(tables)
    assert {("user_id", "users"), ("course_id", "courses")} <= references(tables["enrollments"])
    assert columns(tables["enrollments"])["enrolled_at"].type == "timestamptz"
    assert columns(tables["courses"])["id"].type == "uuid"
    assert "'intermediate'" in " ".join(c.expression for c in tables["courses"].checks)
    assert columns(tables["warehouses"])["code"].type == "varchar(10)"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_dbml_and_mermaid_diagrams_are_the_design(dbs):
    """DBML's 'Table x { col type [settings] }' with inline and separate refs and an Enum; a Mermaid
    erDiagram, where the side written with '{' is the many side and holds the key."""
    schema, tables = design(
        "Table members {\n  id int [pk, increment]\n  email varchar [unique, not null]\n  display_name varchar\n}\n\n"
        "Enum club_kind {\n  sports\n  arts\n}\n\n"
        "Table clubs {\n  id int [pk]\n  name varchar [unique]\n  kind club_kind\n  founded date\n}\n\n"
        "Table memberships {\n  member_id int [ref: > members.id]\n  club_id int\n  role varchar\n}\n\n"
        "Ref: memberships.club_id > clubs.id\n")
    assert set(tables) == {"members", "clubs", "memberships"}, sorted(tables)
    assert {("member_id", "members"), ("club_id", "clubs")} <= references(tables["memberships"])
    assert not columns(tables["members"])["email"].nullable and "'arts'" in checks(tables["clubs"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design(
        "erDiagram\n    CUSTOMER ||--o{ ORDER : places\n    ORDER ||--|{ LINE_ITEM : contains\n"
        "    PRODUCT ||--o{ LINE_ITEM : \"ordered in\"\n    STUDENT }o--o{ COURSE : takes\n"
        "    ORDER {\n        date placed_on\n        string status\n    }\n"
        "    PRODUCT {\n        string sku UK\n        decimal price\n    }\n    LINE_ITEM {\n        int quantity\n    }\n")
    assert {"customers", "orders", "line_items", "products", "students", "courses"} <= set(tables), sorted(tables)
    assert ("customer_id", "customers") in references(tables["orders"])
    assert {("order_id", "orders"), ("product_id", "products")} <= references(tables["line_items"])
    assert any({"students", "courses"} <= {r for _, r in references(t)} for t in tables.values())
    assert columns(tables["orders"])["placed_on"].type == "date" and "quantity" in columns(tables["line_items"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_json_and_aligned_column_blocks_are_the_design(dbs):
    """A JSON object of entities and their fields ('string unique', 'fk Library'); 'TABLE x' over
    aligned 'name  type  notes' columns; blocks nested under a heading, a field whose type is another
    block ('customer: Customer') and 'draft | sent | paid' values."""
    schema, tables = design(
        '{\n  "Library": {"name": "string", "city": "string"},\n'
        '  "Book": {"isbn": "string unique", "title": "string", "library_id": "fk Library"},\n'
        '  "Patron": {"card_number": "string unique", "name": "string"}\n}\n')
    assert set(tables) == {"libraries", "books", "patrons"}, sorted(tables)
    assert set(columns(tables["libraries"])) == {"id", "name", "city", "created_at", "updated_at"}
    assert ("library_id", "libraries") in references(tables["books"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design(
        "TABLE course\n  code        varchar(12)  PK\n  title       text         not null\n"
        "  department  -> department.id\n\nTABLE department\n  id          serial PK\n  name        text unique\n\n"
        "TABLE enrollment\n  course      -> course.code\n  term        char(6)\n  grade       one of A,B,C,D,F\n\n"
        "Model\n  Invoice\n    number: string, unique\n    customer: Customer\n    status: draft | sent | paid\n"
        "  Customer\n    name: string\n    country: char(2)\n")
    courses = columns(tables["courses"])
    assert courses["code"].type == "varchar(12)" and ("code",) in {u.columns for u in tables["courses"].uniques}
    assert ("department_id", "departments") in references(tables["courses"])
    assert ("course_id", "courses") in references(tables["enrollments"]) and "'f'" in checks(tables["enrollments"])
    assert ("customer_id", "customers") in references(tables["invoices"]) and "'paid'" in checks(tables["invoices"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_column_lists_name_their_references_and_notes(dbs):
    """A row-per-column markdown table; 'patient (FK)', 'reviewer_id (an author)', 'author_id' with
    no authors table (one of the users), a bare column named after a table ('ship', 'departure
    port'), 'voyage.arrival_port -> port' lines, 'stars int 1-5', 'difficulty (easy|medium|hard)',
    'due date', 'weight_tonnes', and a short 'ingredients: id PK, name UNIQUE' among other lists."""
    schema, tables = design(
        "| table | column | type | notes |\n|---|---|---|---|\n| vehicles | vin | text | unique |\n"
        "| vehicles | make | text | |\n| trips | vehicle_id | fk vehicles | |\n| trips | distance_km | numeric(7,1) | |\n")
    assert ("vehicle_id", "vehicles") in references(tables["trips"]) and "make" in columns(tables["vehicles"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design(
        "Entities:\n- Ward: name, floor (int), capacity (int)\n- Bed: ward (FK Ward), number, occupied (bool)\n"
        "- Admission: patient (FK), bed (FK), admitted_at (timestamp), reason\n"
        "- Patient: mrn (unique, text), first_name, last_name, dob (date)\n\n"
        "Ship: imo_number (unique), name, flag\nPort: unlocode (unique), name, country\n"
        "Voyage: ship, departure port, arrival port, departs_at\nCargo: voyage, description, weight_tonnes\n\n"
        "Relationships:\n- voyage.arrival_port -> port\n")
    assert {("patient_id", "patients"), ("bed_id", "beds")} <= references(tables["admissions"])
    assert {("ship_id", "ships"), ("departure_port_id", "ports"), ("arrival_port_id", "ports")} <= \
        references(tables["voyages"]) and "relationships" not in tables
    assert columns(tables["cargos"])["weight_tonnes"].type == "numeric"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design(
        "users: id, email (unique), username\nrecipes: id PK, title varchar(200), author_id FK users, "
        "difficulty (easy|medium|hard), due date\ningredients: id PK, name UNIQUE\n"
        "ratings: user_id FK users, recipe_id FK recipes, stars int 1-5\n"
        "reviews: id, recipe_id, reviewer_id (a user), body\ncomments: id, recipe_id, author_id, body\n")
    assert "ingredients" in tables and ("name",) in {u.columns for u in tables["ingredients"].uniques}
    assert "'hard'" in checks(tables["recipes"]) and columns(tables["recipes"])["due_date"].type == "date"
    assert "BETWEEN 1 AND 5" in checks(tables["ratings"]) and columns(tables["ratings"])["stars"].type == "integer"
    assert ("reviewer_id", "users") in references(tables["reviews"])
    assert ("author_id", "users") in references(tables["comments"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_names_in_backticks_are_column_lists(dbs):
    """Markdown code spans around table and column names ('- `bids`: `id`, `auction_id` → auctions')."""
    schema, tables = design("- `auctions`: `id`, `seller_id` (→ `users.id`), `title`, `reserve_price` numeric(12,2)\n"
                            "- `users`: `id`, `username` (unique), `email` (unique)\n"
                            "- `bids`: `id`, `auction_id` → auctions, `bidder_id` → users, `amount` numeric(12,2)\n")
    assert set(tables) == {"auctions", "users", "bids"}, sorted(tables)
    assert {("auction_id", "auctions"), ("bidder_id", "users")} <= references(tables["bids"])
    assert ("seller_id", "users") in references(tables["auctions"])
    assert columns(tables["bids"])["amount"].type == "numeric(12,2)"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_names_with_their_fields_in_one_line_are_tables(dbs):
    schema, tables = design("Objects: Tournament (name, start date, end date, venue), Team (name, coach), "
                            "Player (first name, last name, shirt number, team), Match (tournament, home team, "
                            "away team, kickoff time, home score, away score).")
    assert set(tables) == {"tournaments", "teams", "players", "matches"}, sorted(tables)
    assert {("home_team_id", "teams"), ("away_team_id", "teams"), ("tournament_id", "tournaments")} <= \
        references(tables["matches"])
    assert columns(tables["tournaments"])["start_date"].type == "date"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_another_servers_create_tables_are_read_through_sqlglot(dbs):
    """MySQL's backticks, AUTO_INCREMENT, ENUM(…) and ENGINE=…, SQLite's AUTOINCREMENT: the statements
    are translated to PostgreSQL (sqlglot) and then read like ours; an ENUM is text with a CHECK."""
    schema, tables = design(
        "CREATE TABLE `users` (\n  `id` INT NOT NULL AUTO_INCREMENT,\n  `email` VARCHAR(255) NOT NULL UNIQUE,\n"
        "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\nCREATE TABLE `items` (\n  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n"
        "  `seller_id` INT NOT NULL,\n  `item_condition` ENUM('new','used') DEFAULT 'used',\n"
        "  `starting_price` DECIMAL(10,2) NOT NULL,\n  FOREIGN KEY (`seller_id`) REFERENCES `users`(`id`)\n"
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n")
    assert set(tables) == {"users", "items"}, sorted(tables)
    assert ("seller_id", "users") in references(tables["items"]) and "'used'" in checks(tables["items"])
    assert columns(tables["items"])["starting_price"].type == "numeric(10,2)"
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design(
        "CREATE TABLE reviewers (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, email TEXT UNIQUE);\n"
        "CREATE TABLE assignments (reviewer_id INTEGER REFERENCES reviewers(id), due DATE);\n")
    assert ("reviewer_id", "reviewers") in references(tables["assignments"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_wrapped_lists_sections_and_underlined_blocks_are_the_design(dbs):
    """A 'Table: x - columns:' list wrapped onto unindented lines; 'Entity: Grant' over 'Attributes:'
    and 'Relations: belongs to Funder; has many Budget Lines'; a name underlined with dashes over
    aligned columns; a heading over '- id (PK)' bullets; 'manuscriptId (PK)' camelCase keys and
    '(enum: a, b)'; upper-case types."""
    schema, tables = design(
        "Table: properties - columns: id, owner_id (FK -> users), title VARCHAR(120), nightly_rate NUMERIC(10,2),\n"
        "max_guests, city, listed_at (timestamptz).\nTable: users - columns: id, email (unique),\nis_host (boolean).\n\n"
        "Entity: Grant\nAttributes: title, amount (numeric), status (draft|submitted|awarded)\n"
        "Relations: belongs to Funder; has many Budget Lines\n\nEntity: Funder\nAttributes: name (unique), country\n\n"
        "Entity: Budget Line\nAttributes: category, amount (numeric), year (int)\n")
    properties = columns(tables["properties"])
    assert {"max_guests", "city", "listed_at"} <= set(properties) and properties["title"].type == "varchar(120)"
    assert "is_host" in columns(tables["users"])
    assert ("funder_id", "funders") in references(tables["grants"])
    assert ("grant_id", "grants") in references(tables["budget_lines"]) and "'awarded'" in checks(tables["grants"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
    schema, tables = design(
        "auctions\n--------\nid            serial primary key\nitem_name     text not null\nseller        int references users\n\n"
        "users\n  - id (PK)\n  - email (unique)\n  - display_name\n  - rating (decimal 3,2)\n\n"
        "Collections:\n1. Review — fields: reviewId (PK), auctionId (FK), verdict (enum: fair, unfair), score (int 1-5)\n")
    assert ("seller_id", "users") in references(tables["auctions"]) and "item_name" in columns(tables["auctions"])
    assert columns(tables["users"])["rating"].type == "decimal(3,2)"
    assert ("email",) in {u.columns for u in tables["users"].uniques}
    reviews = columns(tables["reviews"])
    assert "review_id" not in reviews and ("auction_id", "auctions") in references(tables["reviews"])
    assert "'unfair'" in checks(tables["reviews"]) and "BETWEEN 1 AND 5" in checks(tables["reviews"])
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_django_models(dbs):
    """(stop 25) 'class Book(models.Model):' with its fields: the exact types (max_length, max_digits
    and decimal_places), unique and null, a ForeignKey's table, a ManyToManyField's table of pairs."""
    schema, tables = design("class Author(models.Model):\n    name = models.CharField(max_length=100)\n"
                            "    email = models.EmailField(unique=True)\n\n"
                            "class Book(models.Model):\n    title = models.CharField(max_length=200)\n"
                            "    author = models.ForeignKey(Author, on_delete=models.CASCADE)\n"
                            "    published_on = models.DateField(null=True)\n"
                            "    price = models.DecimalField(max_digits=8, decimal_places=2)\n"
                            "    tags = models.ManyToManyField('Tag')\n\n"
                            "class Tag(models.Model):\n    name = models.SlugField(unique=True)\n")
    books = columns(tables["books"])
    assert books["title"].type == "varchar(200)" and books["price"].type == "numeric(8,2)"
    assert ("author_id", "authors") in references(tables["books"]) and books["published_on"].nullable
    assert {("book_id", "books"), ("tag_id", "tags")} <= references(tables["book_tags"])
    assert ("email",) in [u.columns for u in tables["authors"].uniques]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)


def test_entities_with_lists_of_fields_and_references(dbs):
    """(stop 25) 'Customer:' then 'fields: [name, email (unique), phone]' and 'belongs_to: [Order,
    Product]': a YAML-like entity's fields and the tables it refers to; an unclosed list is no field."""
    schema, tables = design("entities:\n  Customer:\n    fields: [name, email (unique), phone]\n"
                            "  Order:\n    fields: [order date, total, status (pending|paid|shipped)]\n"
                            "    belongs_to: Customer\n  OrderLine:\n    fields: [quantity, unit price]\n"
                            "    belongs_to: [Order, Product]\n  Product:\n    fields: [sku (unique), name, price]\n")
    assert {"customers", "orders", "order_lines", "products"} == set(tables)
    assert {("order_id", "orders"), ("product_id", "products")} <= references(tables["order_lines"])
    assert "status IN ('pending', 'paid', 'shipped')" in " ".join(c.expression for c in tables["orders"].checks)
    assert ("sku",) in [u.columns for u in tables["products"].uniques]
    assert apply_in_empty_database(dbs, render(schema)) == set(tables)
