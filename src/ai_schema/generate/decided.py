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


def decisions(s, previous=None):
    """[(the phrase decided on, (participle, participle …))] of a sentence (and of the sentence before, what 'it'
    stands for)."""
    words, tags, out = s.words, s.tags, []
    for i in range(len(words) - 3):
        if words[i + 1] != "or" or tags[i] != tx.VERB and i and words[i - 1] not in ("to", "can", "i", "we") and \
                not (words[i].endswith("s") and (tags[i + 2] == tx.VERB or words[i + 3] in ("it", "them") or
                                                 tags[i + 3] in (tx.DET, tx.QUANT))):
            continue                             # ("the customer approves or declines it": verbs read as nouns)
        verbs = [lexicon.verb_lemma(words[i]), lexicon.verb_lemma(words[i + 2])]
        if None in verbs or verbs[0] == verbs[1] or any(v in _SEEING for v in verbs) or \
                lexicon.verb_class(verbs[0]) not in _DECIDING or lexicon.verb_class(verbs[1]) not in _DECIDING + ("change",):
            continue                             # ("approve or decline": the second verb's first sense may be another)
        if words[i + 3] in ("it", "them"):
            p = _done_to_before(s, i) or (_done_to_before(previous, len(previous.words)) if previous else None)
        elif (p := s.next_phrase(i + 3)) is not None and (p.start > i + 4 or p.start == i + 4 and
                                                        tags[i + 3] not in (tx.DET, tx.QUANT)):
            p = None
        if p is None:
            continue
        out.append((p, tuple(w.past_participle(v) for v in verbs)))
    return out


def read(ex, s):
    """Give each thing decided on its status (unless the text names its states itself)."""
    n = ex.position.get(id(s))
    for p, values in decisions(s, ex.sentences[n - 1] if n else None):
        key = ex.entity_of(p)[0]
        if key is None or key not in ex.spec.entities:
            continue
        status = ex.spec.entities[key].attributes.get("status")
        if status is None or not status.values:
            ex.spec.entities[key].attribute("status").values = ("pending",) + values


def _done_to_before(s, i):
    """What 'it' stands for in 'a clockmaker writes an estimate for each clock; the customer approves or declines
    it', 'editors review each draft and approve or reject it': the first thing a verb of the sentence acted on
    before (no person), or None."""
    verb = next((k for k in range(i) if s.tags[k] == tx.VERB), None)
    p = s.next_phrase(verb + 1) if verb is not None else None
    return p if p is not None and p.end <= i and p.head not in lexicon.person_nouns() else None
