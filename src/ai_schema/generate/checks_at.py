"""What someone does to each of many at each occasion, writing things down: 'At each session a nurse screens
every donor who turns up, recording their haemoglobin level and whether they are fit to donate', 'at each
visit the vet examines every cow, noting its weight'. Each time is a record of the act (WordNet's noun of the
verb: screening, examination), referring to the occasion, the one acted on and the doer, with the fields
written down."""

from . import lexicon
from . import text as tx
from . import words as w

_AT = frozenset("at during in".split())
_WRITING = frozenset("recording noting logging measuring checking writing entering taking".split())


def checks_at(s):
    """[(occasion, doer, verb base, thing, index where the fields start)] of each such clause of a sentence, found
    once (the votes and the reading both ask)."""
    return s.once(_checks_at) if "each" in s.words or "every" in s.words else []


def _checks_at(s):
    toks, tags, words, out = s.tokens, s.tags, s.words, []
    for i in range(len(toks) - 6):
        if words[i] not in _AT or words[i + 1] not in ("each", "every"):
            continue
        where = s.next_phrase(i + 2)
        if where is None or where.start != i + 2 or where.head not in lexicon.occurrence_nouns():
            continue
        k = where.end + (words[where.end:where.end + 1] == [","])
        doer = s.next_phrase(k)
        if doer is None or doer.start > k + 1 or doer.plural or doer.head not in lexicon.person_nouns() or \
                doer.end >= len(toks) or tags[doer.end] != tx.VERB:
            continue
        verb = w.verb_base(toks[doer.end].text) or lexicon.verb_lemma(toks[doer.end].text)
        thing = s.next_phrase(doer.end + 1)
        if verb is None or thing is None or thing.start > doer.end + 2 or thing.det not in ("each", "every") or \
                thing.head in lexicon.measure_nouns():
            continue
        fields = next((j + 1 for j in range(thing.end, len(toks) - 1)
                       if words[j] in _WRITING and words[j - 1] in (",", "and")), None)
        if fields is not None:
            out.append((where, doer, verb, thing, fields))
    return out


def checked_things(s, vote):
    """Vote for the occasion, the thing acted on and the doer."""
    for where, doer, _, thing, _ in checks_at(s):
        vote(where.lemma, 3)
        vote(thing.lemma, 3)
        vote(doer.lemma, 3)                  # (each record names its doer)


def read_checks_at(ex, s):
    """Each act is a table referring to the occasion, the thing and the doer, with the fields written down."""
    from .occasions import act_noun            # (occasions reads cues, which reads the constructions: here)
    for where, doer, verb, thing, fields in checks_at(s):
        keys = [ex.entity_of(p)[0] for p in (where, thing, doer)]
        act = act_noun(verb)
        if keys[0] is None or keys[1] is None or act in keys:
            continue
        ex._act_entity(act)
        ex._retract(keys[0], keys[1])            # (the donors screened are the screenings', not each session's)
        for key in keys:
            if key is not None:
                ex._relate(act, key)
        ex.claimed_with.add((id(s), fields - 1))
        ex._attributes(act, s, fields)
