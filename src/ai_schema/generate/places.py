"""Places where people act on things: "riders unlock bikes at stations", "customers collect parcels
at lockers", "I want to schedule classes in rooms". The place, said in the plural after an act on a thing, is a thing of the text too (a
table the act's record refers to); said of one ("at the front desk") or as a time ("at night"), not."""

from . import lexicon
from . import text as tx
from . import words as w

PLACE_PREPOSITIONS = ("at", "in", "from")


def acted_at(s, vote):
    """Vote for the plural place after a verb, its plural object and 'at'/'in'/'from'."""
    toks, tags = s.tokens, s.tags
    if not any(t.text in PLACE_PREPOSITIONS for t in toks):
        return
    for p in s.phrases:
        k = tx.governor(s, p)
        if k < 1 or tags[k] != tx.VERB or not p.plural or p.end + 1 >= len(toks) or \
                toks[p.end].text not in PLACE_PREPOSITIONS or w.verb_base(toks[k].text) in ("be", "have"):
            continue
        doer = s.phrase_at(k - 1)
        speaker = toks[k - 1].text in w.SUBJECT_PRONOUNS or (toks[k - 1].text == "to" and bool(
            {"i", "we"} & set(s.words[:k - 1])))      # "As a manager, I want to schedule classes in rooms"
        if not speaker and (doer is None or not doer.plural or doer.head not in lexicon.person_nouns()):
            continue
        q = s.next_phrase(p.end + 1)
        if q is not None and q.start <= p.end + 2 and q.plural and q.det in (None, "our", "any", "different") and \
                q.head in lexicon.thing_nouns() and q.head not in lexicon.measure_nouns():
            vote(q.lemma, 3)
