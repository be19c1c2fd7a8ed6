"""Whose fields ', each with …' lists after a list or a phrase: 'several copies of each book, each with a
barcode' (the copies'), 'treatments (manicures, pedicures), each with a price' (the treatments'), 'issue key fobs
to residents, each with a fob number' (the fobs'), 'our customers are GP surgeries, dental practices and vets, each
with an address' (the customers': the list says what kinds they are)."""

from . import clause_rules
from .fragments import described_as
from . import text as tx
from . import words as w


def each_with_owner(ex, s, i):
    """The phrase whose fields follow the 'with' at i (after 'each'), or None."""
    toks, tags = s.tokens, s.tags
    k = i - 2
    k -= k >= 1 and toks[k].text == "," and toks[k - 1].text == ")"   # ("treatments (manicures, pedicures),
    if k >= 0 and toks[k].text == ")":                                  # each with …")
        k = tx.after_open(toks, k) - 1
    p = clause_rules.typed_by_clause(s).get(k + 1) or (s.phrase_at(k) if k >= 0 else None)
    #                                   ("buy tickets for a service (adult, child or family), each with a price")
    kept = s.phrase_at(k - 1) if p is None and k > 0 and toks[k].text == "," else None
    if kept is not None and kept.head in w.PICKED_FROM and kept.start >= 2 and tags[kept.start - 2] == tx.PREP:
        p = s.phrase_at(kept.start - 3)   # ("a moulding from our catalogue, each with a code": the mouldings')
    if (p is None or not ex.entity_of(p)[0]) and k >= 0 and toks[k].text == ",":
        # "several copies of each book, each with a barcode": the copies
        p = next((q for q in reversed(s.phrases) if q.end <= k and q.plural and ex.entity_of(q)[0]), None)
        head = s.phrase_at(p.start - 2) if p is not None and p.start >= 2 and s.words[p.start - 1] == "of" else None
        if head is not None and head.plural and ex.entity_of(head)[0] and not ex.entity_of(head)[1]:
            p = head                # "copies of books, each with a barcode": the copies'
    given = s.phrase_at(p.start - 2) if p is not None and p.start >= 3 and s.words[p.start - 1] == "to" else None
    if given is not None and given.plural and given.end == p.start - 1 and ex.entity_of(given)[0] and \
            not ex.entity_of(given)[1] and given.start > 0 and tags[given.start - 1] == tx.VERB:
        p = given                   # "issue key fobs to residents, each with a fob number": the fobs'
    return described_as(s, p) if p is not None else None   # ("our customers are GP surgeries, dental
    #                                                         practices and vets, each with an address": theirs)
