"""What is paid once per something, and what is recorded of it, from a fresh long specification of mine
(docs/nl-dev-split.md, stop 50, round 17: the football league of round 6 again; the held-out half's long
specification has many-to-one recall 4/15, an aggregate, no text read), tested with other texts than the one
that showed it. Each design is applied on the server."""

from test_generate_phrases import columns, design, references
from test_generate_sentences import applies


def test_a_fee_paid_once_per_period(dbs):
    """'each club pays an affiliation fee per season; we record the amount and the date paid': a record of each
    payment, the club's, for the season, with those fields (they had gone to the club, the fee not modelled)."""
    schema, tables = design("Clubs have a name. Seasons have a label. Each club pays an affiliation fee per season; we "
                            "record the amount and the date paid.")
    record = next(t for t in tables.values() if {("club_id", "clubs"), ("season_id", "seasons")} <= references(t))
    assert {"amount", "paid_on"} <= set(columns(record))
    assert "amount" not in columns(tables["clubs"])
    applies(dbs, schema, tables)
