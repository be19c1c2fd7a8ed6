"""'Memberships link users to workspaces with a role', 'an enrolment connects a student to a course and
has a grade': a thing said to link two others is their pair table — it refers to both, carries the
fields said with it, and the two no longer link each other directly."""

from . import lexicon
from . import text as tx

_LINKING = frozenset("link links linking connect connects connecting join joins joining tie ties pair pairs "
                     "associate associates map maps relate relates".split())
_BETWEEN = ("to", "with", "and")


def linking(s):
    """(the linking thing, the first linked, the second linked, index after them) of the sentence, or None."""
    toks, tags = s.tokens, s.tags
    if not _LINKING & set(s.words) or not s.phrases:
        return None
    x = s.phrases[0]
    k = x.end
    while k < len(toks) and (tags[k] == tx.ADV or toks[k].text in ("can", "also", "simply", "each")):
        k += 1
    if k >= len(toks) or toks[k].text not in _LINKING:
        return None
    a = s.next_phrase(k + 1)
    if a is None or not all(tags[j] in (tx.DET, tx.QUANT, tx.ADJ) for j in range(k + 1, a.start)):
        return None
    b = s.next_phrase(a.end + 1)
    if b is None or a.end >= len(toks) or toks[a.end].text not in _BETWEEN or \
            not all(tags[j] in (tx.DET, tx.QUANT, tx.ADJ) for j in range(a.end + 1, b.start)):
        return None
    if a.head == b.head or x.head in lexicon.person_nouns() or a.det in ("each", "every"):
        return None                      # ("a route connects an origin port to a destination port": two roles;
    #                                      "dispatchers link each call to an incident": people doing it, each one's)
    return x, a, b, b.end


def vote(s, vote_for):
    """The linking thing and both linked things are things of the text."""
    found = linking(s)
    if found is not None:
        for p in found[:3]:
            vote_for(p.lemma, 3)


def read(ex, s):
    """The linking thing refers to both and takes the fields said with it ('with a role', 'and has a
    grade'). Read before the sentence's other rules, so that its 'with' is claimed."""
    found = linking(s)
    if found is None:
        return
    x, a, b, end = found
    keys = tuple(ex.entity_of(p)[0] for p in (x, a, b))
    if None in keys or len(set(keys)) < 3:
        return
    ex.junctions.append(keys)
    ex.pair_tables.add(keys[0])
    words = s.words
    at = end + (words[end:end + 1] == [","])
    if words[at:at + 1] == ["with"]:
        ex.claimed_with.add((id(s), at))
        ex._attributes(keys[0], s, at + 1)
    elif words[at:at + 2] in (["and", "has"], ["and", "have"], ["and", "records"], ["and", "stores"]):
        ex._attributes(keys[0], s, at + 2)


def finish(ex):
    """Once every reference is read: the linking thing refers to both, nothing else links the three."""
    for key, first, second in ex.junctions:
        ex.spec.many_to_many = [m for m in ex.spec.many_to_many if not {m[0], m[1]} <= {key, first, second}]
        for one, other in ((first, second), (second, first), (first, key), (second, key)):
            ex._retract(one, other)
        for other in (first, second):
            if not any(r.source == key and r.target == other for r in ex.spec.relations):
                ex._relate(key, other)
