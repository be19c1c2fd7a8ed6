"""Acts said with a phrasal verb: 'members check in at a gym', 'staff check guests in when they
arrive', 'we note when a machine breaks down'. WordNet names the act of such a verb (check-in,
breakdown, handover: data/phrasal_acts.tsv); each act is a row of its own, of the person it is done
by or to and of the place it is done at, with its time."""

from . import lexicon
from . import text as tx

_AFTER_PARTICLE = frozenset("at in on when whenever while and or , . ; to for with".split())
_CLAUSE_OPENERS = frozenset("when whenever time , ; that who which if as".split())


def phrasal_acts(s):
    """[(act noun, verb index, particle index)] of the phrasal verbs a sentence uses on their own
    ('check in at …', 'check members in when …'; not 'make up a course', which takes an object)."""
    toks, tags, out = s.tokens, s.tags, []
    for i, t in enumerate(toks[:-1]):
        if tags[i] != tx.VERB:
            continue
        verb = lexicon.verb_lemma(t.text)
        k = i + 1
        between = s.phrase_at(k) if k < len(toks) and tags[k] in (tx.NOUN, tx.DET) else None
        if between is not None and toks[k].text not in lexicon.PARTICLES:
            k = between.end                      # "check members in"
        if k >= len(toks) or toks[k].text not in lexicon.PARTICLES or (verb, toks[k].text) not in lexicon.phrasal_acts():
            continue
        if k + 1 < len(toks) and toks[k + 1].text not in _AFTER_PARTICLE or \
                s.words[k + 1:k + 3] in (["at", "most"], ["at", "least"]):
            continue                             # ("a sample sits in at most one box": a preposition)
        if k == i + 1 and i >= 2 and (k + 1 == len(toks) or toks[k + 1].text in (",", ".", ";")) and (
                toks[i - 1].text in ("they", "we", "i", "he", "she", "you") and tags[i - 2] == tx.NOUN or
                any(x in ("which", "what") for x in s.words[max(0, i - 6):i - 1]) or
                s.words[i - 2:i - 1] in (["each"], ["every"]) and tags[i - 1] == tx.NOUN):
            continue                             # ("the language pairs they work in", "which languages each
            #                                      translator works in", "the rack each bottle sits in": the pairs,
            #                                      the languages, the rack; no work-in)
        out.append((lexicon.phrasal_acts()[(verb, toks[k].text)], i, k))
    return out


def read_phrasal_acts(ex, s):
    """Each phrasal act is a table referring to the person who does it or to whom it is done, and to
    the place after 'at'/'in' or the one it is done on, with or for ('a warden checks in on each resident') —
    when the text has them as tables."""
    for noun, i, k in phrasal_acts(s):
        opened = max((j for j in range(i) if s.words[j] in _CLAUSE_OPENERS), default=-1)
        parties = [ex.entity_of(p)[0] for p in s.phrases if opened < p.start and p.end <= k and
                   ex.entity_of(p)[0] and not ex.entity_of(p)[1]]
        place = s.next_phrase(k + 2) if s.words[k + 1:k + 2] in (["at"], ["in"], ["on"], ["with"], ["for"]) else None
        where = ex.entity_of(place)[0] if place is not None and place.start <= k + 3 else None
        if not parties and where is None:
            continue
        words = tuple(noun.split("-"))
        key = "_".join(words)
        if key not in ex.spec.entities:
            ex._act_entity(key).words = words
        ex.spec.entities[key].attribute("occurred_at").hint = "timestamp"
        parties = sorted(set(parties + ([where] if where is not None else [])) - {key})
        for party in parties:
            ex._relate(key, party)
        met = {frozenset((a, b)) for a in parties for b in parties if a != b}
        ex.spec.many_to_many = [m for m in ex.spec.many_to_many if frozenset(m[:2]) not in met]
        for pair in met:                         # (the people and the place meet in the act's rows)
            ex._retract(*sorted(pair))
            ex._retract(*sorted(pair, reverse=True))
