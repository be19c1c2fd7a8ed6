"""A field named with an -ing word ('opening hours', 'shipping address') after 'has' or after a field in a
list (docs/nl-dev-split.md, stop 51, round 2: from my coworking text of round 1; tested with other texts).
Each design is applied on the server."""

from test_generate_phrases import columns, design
from test_generate_sentences import applies


def test_an_ing_word_after_has_opens_a_field(dbs):
    """'has opening hours, …': no verb's -ing form follows 'has' (the whole list had been lost)."""
    for text, table, wanted in (("Each studio has opening hours, a name and a phone number.", "studios",
                                 {"opening_hours", "name", "phone_number"}),
                                ("Every parcel has tracking codes and a weight. Couriers deliver parcels.",
                                 "parcels", {"tracking_code", "weight"})):
        schema, tables = design(text)
        assert wanted <= set(columns(tables[table])), (text, columns(tables[table]))
        applies(dbs, schema, tables)


def test_an_ing_field_after_a_field_in_a_list_is_one_more_field(dbs):
    """'see each museum's address, opening hours and ticket price': a field word before the comma makes the
    -ing word a field of the list, not a clause of its own ('…, adding dishes')."""
    schema, tables = design("As a visitor I want to see each museum's address, opening hours and ticket price.")
    assert {"address", "opening_hours", "ticket_price"} <= set(columns(tables["museums"])), columns(tables["museums"])
    applies(dbs, schema, tables)


def test_an_ing_field_with_a_unit_in_a_list(dbs):
    """'running time in minutes', 'waiting time in hours': an -ing noun (WordNet's) before a field word or a unit
    is a field, whatever follows it (the item had ended the list: '…, giving trees like …' does)."""
    schema, tables = design("- Films: title, director, running time in minutes, rating\n- Cinemas: name, address")
    assert {"title", "director", "rating"} <= set(columns(tables["films"])), columns(tables["films"])
    assert any(c.startswith("running_time") for c in columns(tables["films"])), columns(tables["films"])
    applies(dbs, schema, tables)


def test_a_date_or_time_and_a_participle_name_when_it_happened(dbs):
    """'date joined', 'date returned', 'time given': joined_on, returned_on, given_at (they had been 'date', or
    'date_paid' typed as money); 'time spent in minutes' stays a duration."""
    schema, tables = design("Members have a name, date joined and an email.\n"
                            "Loans: book, member, date borrowed, date returned, date paid.\n"
                            "Doses: drug, time given. Jobs: title, time spent in minutes.")
    assert "joined_on" in columns(tables["members"]), columns(tables["members"])
    loans = columns(tables["loans"])
    assert {"borrowed_on", "returned_on", "paid_on"} <= set(loans) and loans["paid_on"].type == "date", loans
    assert "given_at" in columns(tables["doses"]) and "time_spent_minutes" in columns(tables["jobs"])
    applies(dbs, schema, tables)
