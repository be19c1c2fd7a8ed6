"""Typos in messy texts, read as the words the text uses elsewhere (docs/nl-dev-split.md, stop 50, round 15:
spelling.py; three messy texts of mine with misspelt things and fields; the held-out half's messy texts score
0.66, an aggregate, no text read). Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies
from ai_schema.generate import spelling, words


def test_a_misspelt_thing_is_the_thing_said_elsewhere(dbs):
    """'we track trailrs and their owners. each trailer has a plate': one table of trailers (a second one,
    'trailrs', had been made)."""
    schema, tables = design("we track trailrs and there owners. each trailer has a plate and a lenght. owners "
                            "have a name")
    assert "trailrs" not in tables and "trailers" in tables
    applies(dbs, schema, tables)


def test_a_misspelt_plural_ending(dbs):
    """'each client places bookingz. bookings have a date': the bookings the clients place."""
    schema, tables = design("clients have a name. each client places bookingz. bookings have a date")
    assert ("client_id", "clients") in references(tables["bookings"])
    applies(dbs, schema, tables)


def test_names_and_terms_are_left_as_written():
    """A word WordNet lacks with no near word the text uses stays ('bigint', 'backend', 'Backr', 'dont')."""
    text = "Backr stores ids as bigint in the backend; we dont need a bakery. Backers back projects."
    assert spelling.corrections(words.tokenize(text)) == {}
    assert "bigint" not in spelling.corrections(words.tokenize("id bigint, big ints"))


def test_the_word_list_is_wordnets():
    """data/words.tsv is derived from WordNet 3.0's index files, as the other word lists are."""
    import pathlib
    from ai_schema.generate import lexicon, wordnet
    shipped = (pathlib.Path(lexicon.__file__).parent / "data" / "words.tsv").read_text()
    assert shipped == wordnet.derive_words(*((wordnet.WORDNET / f"index.{pos}").read_text()
                                             for pos in ("noun", "verb", "adj", "adv")))
    assert {"customer", "vehicle"} <= set(lexicon.all_words()) and "vehciles" not in lexicon.all_words()


def test_spaced_fields_with_a_typo_among_them(dbs):
    """'horse owners (name phone email adress)': four fields though one is misspelt (one field
    'name_phone_email_adress' had been made)."""
    from test_generate_phrases import columns as _columns
    schema, tables = design("we board horses and keep their owners (name phone email adress) and the horses "
                            "(name, breed).")
    owners = next(t for name, t in tables.items() if name.endswith("owners"))
    assert {"name", "phone", "email"} <= set(_columns(owners))
    applies(dbs, schema, tables)
