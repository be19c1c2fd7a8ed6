"""Things said to be 'between two' of another with an irregular participle or a generic head, left from round 6
(docs/nl-dev-split.md, stop 50, round 19), tested with other texts than the ones that showed them. Each design is
applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_an_irregular_participle_before_between(dbs):
    """'Duels are fought between two fencers': the duels refer to two fencers ('fought' had been read as a noun,
    the duels lost)."""
    schema, tables = design("Fencers have a name. Duels are fought between two fencers.")
    assert [ref for _, ref in references(tables["duels"])].count("fencers") == 2
    applies(dbs, schema, tables)


def test_a_generic_head_played_between_two(dbs):
    """'Games are played between two clubs': games, a word that alone names no thing, are things here."""
    schema, tables = design("Clubs have a name. Games are played between two clubs.")
    assert [ref for _, ref in references(tables["games"])].count("clubs") == 2
    applies(dbs, schema, tables)
