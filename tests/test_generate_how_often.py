"""How often something is done, said with a participle and frequencies (docs/nl-dev-split.md, stop 51, round
15: my 'subscriptions are billed monthly or yearly', left in stop 50; tested with other texts). Each design is
applied on the server."""

from test_generate_phrases import columns, design
from test_generate_sentences import applies


def test_a_participle_and_frequencies_are_how_often(dbs):
    """'memberships are renewed monthly or yearly', 'wages are paid weekly or monthly': a frequency field named
    after the act, the frequencies its values (it had been a status 'renewed_monthly', 'yearly')."""
    for text, table, field in (("Memberships are renewed monthly or yearly. Members have a name.", "memberships",
                                "renewal_frequency"),
                               ("Wages are paid weekly or monthly. Workers have a name.", "wages",
                                "payment_frequency")):
        schema, tables = design(text)
        assert field in columns(tables[table]), (text, columns(tables[table]))
        assert any("'monthly'" in c.expression for c in tables[table].checks), text
        applies(dbs, schema, tables)
