"""A decision between outcomes said as two verbs on one thing: 'approve or reject each application',
'accept or refuse a booking', 'confirm or cancel the order'. Each verb names one outcome the thing ends
in, so the thing keeps which one it got — a status whose values are the verbs' participles after
'pending', where each one starts before anyone decides (pending, approved, rejected). Only verbs of
judging, telling or dealing with others (WordNet's verb.cognition, verb.communication, verb.social)
decide: 'add or remove players', 'buy or sell shares', 'edit or delete a post' change things, no outcome
to keep."""

from . import lexicon
from . import text as tx
from . import words as w

_DECIDING = ("cognition", "communication", "social")
_SEEING = frozenset("see view browse read search find check know look watch".split())


def decisions(s):
    """[(the phrase decided on, (participle, participle …))] of a sentence."""
    words, tags, out = s.words, s.tags, []
    for i in range(len(words) - 3):
        if words[i + 1] != "or" or tags[i] != tx.VERB and i and words[i - 1] not in ("to", "can", "i", "we"):
            continue
        verbs = [lexicon.verb_lemma(words[i]), lexicon.verb_lemma(words[i + 2])]
        if None in verbs or verbs[0] == verbs[1] or any(v in _SEEING or lexicon.verb_class(v) not in _DECIDING
                                                        for v in verbs):
            continue
        p = s.next_phrase(i + 3)
        if p is None or p.start > i + 4 or p.start == i + 4 and tags[i + 3] not in (tx.DET, tx.QUANT):
            continue
        out.append((p, tuple(w.past_participle(v) for v in verbs)))
    return out


def read(ex, s):
    """Give each thing decided on its status (unless the text names its states itself)."""
    for p, values in decisions(s):
        key = ex.entity_of(p)[0]
        if key is None or key not in ex.spec.entities:
            continue
        status = ex.spec.entities[key].attributes.get("status")
        if status is None or not status.values:
            ex.spec.entities[key].attribute("status").values = ("pending",) + values
