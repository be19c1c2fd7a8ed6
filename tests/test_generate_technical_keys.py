"""Column lists written as a technical person writes them (docs/nl-dev-split.md, stop 51, round 4: four fresh
technical texts of mine — shipping, a warehouse, a vet practice in one-line models, a library in 'Entity
(col PK, col FK)' lines; the held-out half's technical texts score 0.59, an aggregate, no text read), each
tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_one_line_model_with_commas_is_a_column_list(dbs):
    """'model Gig { id, band -> Band, fee: decimal(8,2) }' on one line is no Prisma model (Prisma writes a field
    a line, no commas): its columns had been 'id,' and nothing else."""
    schema, tables = design("model Band { id, name: string, formed_on: date }\n"
                            "model Gig { id, band -> Band, played_at: datetime, fee: decimal(8,2) }")
    assert {"name", "formed_on"} <= set(columns(tables["bands"])) and not any("," in c for c in columns(tables["bands"]))
    assert ("band_id", "bands") in references(tables["gigs"]) and columns(tables["gigs"])["fee"].type == "numeric(8,2)"
    applies(dbs, schema, tables)


def test_a_key_marked_fk_refers_to_the_table_whose_natural_key_it_is(dbs):
    """'iata_code FK' names no table, but another line makes 'iata_code PK' its key: a reference to that
    table (it had been a text column); a natural key is unique beside the surrogate id."""
    schema, tables = design("Airport (iata_code PK, name, city)\n"
                            "Flight (flight_no PK, iata_code FK, departs_at TIMESTAMP)")
    assert any(ref == "airports" for _, ref in references(tables["flights"]))
    assert any(c.columns == ("iata_code",) for c in tables["airports"].uniques)
    applies(dbs, schema, tables)


def test_a_two_word_name_before_a_column_list_is_a_table(dbs):
    """'Order line (line_no PK, qty int, sku_code FK)': a table of two words ('line_no_pk' had been a column
    of an English reading, its key lost)."""
    schema, tables = design("Product (sku_code PK, title)\nOrder line (line_no PK, qty int, sku_code FK)")
    assert "order_lines" in tables and any(ref == "products" for _, ref in references(tables["order_lines"]))
    assert "line_no" in columns(tables["order_lines"])
    applies(dbs, schema, tables)


def test_values_in_brackets_and_a_type_left_nullable(dbs):
    """'priority [low|normal|high]' lists the values; 'checked_out date null' is a date that may be empty."""
    schema, tables = design("Ticket (ticket_no PK, title, priority [low|normal|high])\n"
                            "Stay: room_no int, checked_in date, checked_out date null")
    assert any("'normal'" in c.expression for c in tables["tickets"].checks)
    assert columns(tables["stays"])["checked_out"].type == "date"
    applies(dbs, schema, tables)
