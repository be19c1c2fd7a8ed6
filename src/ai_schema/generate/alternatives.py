"""One of two things: 'invoices go to the patient or the insurer, never both', 'a booking is for a desk
or a meeting room'. The plural is a thing that refers to each alternative, optionally (one of them is
set), and both alternatives are things."""

from . import text as tx

_GOING = frozenset("go goes sent issued addressed billed charged made given assigned".split())


def alternatives(s):
    """(the plural phrase, [the alternatives]) of 'Xs go to a A or a B', or None."""
    toks = s.tokens
    p = s.phrases[0] if s.phrases else None
    if p is None or not p.plural or any(s.tags[k] not in (tx.DET, tx.ADJ) for k in range(p.start)):
        return None
    k = p.end + (s.words[p.end:p.end + 1] in (["are"], ["get"], ["can"], ["must"], ["will"]))
    k += s.words[k:k + 1] == ["be"]
    if k + 2 >= len(toks) or s.words[k] not in _GOING or s.words[k + 1] not in ("to", "for"):
        return None
    first = s.next_phrase(k + 2)
    if first is None or first.plural or any(s.tags[j] != tx.DET for j in range(k + 2, first.start)):
        return None
    rest = tx.joined_to(s, first)
    if not rest or "or" not in s.words[first.end:rest[-1].start]:
        return None
    return p, [first] + rest


def vote_alternatives(s, vote):
    """Both sides of 'invoices go to the patient or the insurer' are things."""
    if "or" not in s.words:
        return
    found = alternatives(s)
    if found is not None:
        vote(found[0].lemma, 3)
        for q in found[1]:
            vote(q.lemma, 3)


def link_alternatives(s, entity_of, relate):
    """'Invoices go to the patient or the insurer': an invoice refers to one of them (both optional)."""
    if "or" not in s.words:
        return
    found = alternatives(s)
    if found is None:
        return
    source = entity_of(found[0])
    for q in found[1]:
        target = entity_of(q)
        if source and target and target != source:
            relate(source, target, optional=True)
