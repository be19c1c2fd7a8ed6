"""'An object can be in several exhibitions', 'a book can be on several reading lists': one thing
placed in many of another is a many-to-many pair, and both are things of the text (a product in
several categories is still one product, each category holds many)."""

from . import text as tx
from . import words as w

_PLACING = ("in", "on")
_ATTACHING = ("to", "at")   # after a participle: "assigned to" (not "split into": the parts are its own;
#                             "shared with several people" says who may see it, read elsewhere)


def in_several(s):
    """(thing phrase, index of its modal or 'is', containers phrase) of each such clause. A participle
    between them places one thing just the same ('an issue can be fixed in several releases', 'a
    volunteer can be assigned to several shifts'); 'rooms are spread across several buildings' places each
    room in one."""
    toks, out = s.tokens, []
    for i, t in enumerate(toks):
        k = i + 1 if t.text in w.MODALS and s.words[i + 1:i + 2] == ["be"] else i if t.text in ("is", "are") else None
        participle = k is not None and k + 2 < len(toks) and tx.participle_like(toks[k + 1].text) and \
            s.tags[k + 1] in (tx.VERB, tx.ADJ) and toks[k + 2].text in _PLACING + _ATTACHING
        if participle:
            k += 1
        elif k is None or k + 1 >= len(toks) or toks[k + 1].text not in _PLACING:
            continue
        p = next((x for x in reversed(s.phrases) if x.end <= i), None)
        q = s.next_phrase(k + 2)
        if p is None or q is None or not q.many or q.start > k + 4 or p.head == q.head or participle and p.plural or \
                any(s.tags[j] not in (tx.ADV,) for j in range(p.end, i)):
            continue
        out.append((p, i, q))
    return out


def vote(s, vote_for):
    for p, _, q in in_several(s):
        vote_for(p.lemma, 2)
        vote_for(q.lemma, 3)
