"""What a thing goes for, said after the act that passes it on: 'each lot is sold to one buyer at a hammer
price', 'tickets are sold at a fixed price', 'each van is let at a daily rate'. The price is the thing's own field
(named as written, 'hammer_price'), the act being said of the thing itself (a passive whose subject it is)."""

from . import lexicon
from . import text as tx
from . import words as w


def read(ex, s):
    """Give the passive's subject the field named by 'at a/an … <price>'."""
    if "at" not in s.words or not s.phrases:
        return
    subject = s.phrases[0]
    key = ex.entity_of(subject)[0]
    be = subject.end
    if key is None or s.words[be:be + 1] not in (["is"], ["are"], ["gets"], ["get"]) or \
            s.tags[be + 1:be + 2] != [tx.VERB] or not s.words[be + 1].endswith(("ed", "en", "ld", "nt", "et")):
        return
    for p in s.phrases[1:]:
        k = p.start - 1
        while k > 0 and s.tags[k] in (tx.DET, tx.ADJ):
            k -= 1                               # ("at a fixed price")
        if p.det in ("a", "an") and s.words[k] == "at" and not p.plural and \
                (p.head in lexicon.money_nouns() or w.field_word(p.head) and (p.head in lexicon.property_nouns() or
                                                               p.head in lexicon.measure_nouns())) and \
                ex.entity_of(p)[0] is None and (p.end == len(s.words) or s.words[p.end] in (".", ",", ";", "and")):
            name = w.snake([x for x in p.words if x not in ("a", "an")])
            if name not in ex.spec.entities[key].attributes:
                ex.spec.entities[key].attribute(name)
            return
