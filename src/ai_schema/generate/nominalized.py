"""Records named by a verb's act: 'objects are valued …; each valuation records …' (valuations point at
objects), 'boilers are serviced every year; for each service we record …' (services point at boilers), 'crew
members can report fatigue; each report has …' (the report's doer)."""

from . import lexicon
from .places import placed_in
from . import text as tx
from . import words as w


def relate(ex, s):
    """Each verb of s whose act is a thing of the text relates that thing to what the verb is done to."""
    toks = s.tokens
    for i, t in enumerate(toks):
        if s.tags[i] != tx.VERB:
            continue
        forms, lemma = w.nominalizations(t.text), lexicon.verb_lemma(t.text)
        nominal = next((k for k in ex.spec.entities if k.split("_")[-1] in forms), None)
        passive = i > 0 and toks[i - 1].text in ("is", "are", "was", "were", "be", "been", "get", "gets")
        if nominal is None and passive and lemma in ex.spec.entities and lemma in lexicon.act_nouns() and \
                not {lemma, w.plural(lemma)} & set(s.words):   # (not "posts are tagged with tags": the tags named,
            #                                                    a thing of their own)
            nominal = lemma                # "boilers are serviced every year; for each service …": the service,
            #                                the verb's own noun
        if nominal is None:
            if lemma in ex.spec.entities:  # ("report": a report)
                ex._record_of_doer(s, i, lemma)
            continue
        target = None
        if passive:
            p = next((q for q in reversed(s.phrases) if q.end <= i - 1), None)
            target = ex.entity_of(p)[0] if p else None
        else:
            q = s.next_phrase(i + 1)
            target = ex.entity_of(q)[0] if q is not None and q.start <= i + 2 else None
            if target and lexicon.holds_people(target) and nominal.split("_")[-1] not in lexicon.money_nouns():
                continue                 # "assign a teacher to each class": no record of homework (but
                #                          "pays drivers per load": each payment is to a driver)
            others = [k for k in (ex.entity_of(x)[0] for x in tx.joined_to(s, q)) if k and k not in (target, nominal)] \
                if target else []
            if others:                   # "members book desks and meeting rooms": a booking is of one or the other
                for k in [target] + others:
                    ex._relate(nominal, k, optional=True)
                continue
            ex._record_of_doer(s, i, nominal)   # "crew members can report fatigue; each report has …"
        if target and target != nominal:
            ex._relate(nominal, target)
            place = placed_in(s, lemma, q.lemma, ex.entity_of) if not passive and lemma and \
                s.words[q.end + 1:q.end + 2] in (["each"], ["every"]) else None
            if place not in (None, nominal, target):
                ex._relate(nominal, place)   # "we plant one crop in each field; for each planting …": the field too
