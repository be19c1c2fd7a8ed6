"""What a user says they want of a thing, in a story or a request: 'I want each job to have a
paper size, …', 'I want every guest to have a meal choice', 'I want families to be registered
with their household size'. The thing after the wishing verb is what the rest of the clause is
about: it has the fields (attributes.py reads them), so it is a thing of its own."""

from . import text as tx

# verbs of wishing whose object is what the rest of the clause is about
WANTING = frozenset("want wants need needs like expect expects require requires".split())


def wanted_to_have(s, vote):
    """'I want each job to have …', 'we need families to be registered with …': the object has fields."""
    toks = s.tokens
    for p in s.phrases:
        if p.start < 1 or p.end + 2 >= len(toks) or toks[p.end].text != "to" or \
                not any(x in WANTING for x in s.words[max(0, p.start - 3):p.start]):
            continue
        verb = toks[p.end + 1].text
        if verb in ("have", "has", "include", "show", "list", "record") or (
                verb == "be" and s.tags[p.end + 2] == tx.VERB and "with" in s.words[p.end + 3:p.end + 6]):
            vote(p.lemma, 3)
