"""People joining an occasion, and a thing that stays open until someone closes it with a value
(docs/nl-dev-split.md, stop 55, round 8: from fresh prose of mine), each tested with other texts than the
ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_people_joining_an_occasion(dbs):
    """'volunteers join a campaign', 'patients give consent before they join a trial': many of each (each
    campaign had referred to one volunteer); 'runners … join a club' (a group) stays one club each."""
    schema, tables = design("Volunteers join a campaign. Campaigns have a goal.")
    assert references(tables["volunteer_campaigns"]) == {("volunteer_id", "volunteers"), ("campaign_id", "campaigns")}
    assert ("volunteer_id", "volunteers") not in references(tables["campaigns"])
    applies(dbs, schema, tables)
    schema, tables = design("Runners join a club. Clubs have a name.")
    assert ("club_id", "clubs") in references(tables["runners"])
    applies(dbs, schema, tables)
    # the form filled in before joining is a thing of its own now (generate/kept_mentions.py): each form is
    # one runner's for one club, as "runners sign a waiver before they join a club" reads
    schema, tables = design("Runners fill in a form before they join a club. Clubs have a name.")
    assert references(tables["forms"]) == {("runner_id", "runners"), ("club_id", "clubs")}
    applies(dbs, schema, tables)


def test_a_thing_closed_with_a_value(dbs):
    """'a defect stays open until an engineer fixes it with a note': the verb after 'a defect' is a verb (a
    'defect_stays' table had been made) and what 'it' is fixed with is the defect's."""
    schema, tables = design("Staff report defects on a machine, and a defect stays open until an engineer fixes "
                            "it with a note. Machines have a code.")
    assert "defect_stays" not in tables and "note" in _columns(tables, "defects")
    applies(dbs, schema, tables)
