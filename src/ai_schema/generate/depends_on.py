"""A value that depends on a thing: 'owners pay a monthly fee that depends on the livery package they chose',
'guests pay a nightly rate that depends on the room type'. The value is the thing's field (each package has its
fee), and the thing is a table — not a field of whoever pays it, nor a payment of its own."""

from . import lexicon
from . import words as w

DEPENDS = frozenset("depends depend varies vary".split())   # (also constructions' cheap gate)


def depends_on(s):
    """(value phrase, thing phrase, its owner's phrase or None) of each '<value> that depends on the <thing>'."""
    return s.once(_depends_on) if DEPENDS & set(s.words) else []


def _depends_on(s):
    out = []
    for value in s.phrases:
        k = value.end + (s.words[value.end:value.end + 1] in (["that"], ["which"]))
        if value.plural or k + 2 >= len(s.words) or s.words[k] not in DEPENDS or \
                s.words[k + 1] not in (("on", "upon") if s.words[k].startswith("depend") else ("by", "with")):
            continue                             # ("… that depends on the room type", "… varies by season")
        if not (w.field_word(value.head) or value.head in lexicon.money_nouns() or value.head in lexicon.measure_nouns()):
            continue
        thing, owner = s.next_phrase(k + 2), None
        if thing is not None and thing.possessive:   # "the dog's size (small, medium, large)": the size
            owner, thing = thing, s.next_phrase(thing.end + 1)
            thing = thing if thing is not None and s.words[thing.end:thing.end + 1] == ["("] else None
        if thing is not None and thing.start <= k + 6 and not thing.plural and not lexicon.holds_people(thing.head) \
                and (not w.field_word(thing.head) or len(thing.lemma) > 1 and thing.head in w.KIND_HEADS or
                     s.words[thing.start - 1] == "'s"):
            #                                    ("the room type", "their membership level": a table of kinds;
            #                                    "the dog's size (small, …)": each size has its price)
            out.append((value, thing, owner))
    return out


def vote(s, vote):
    for _, thing, _ in depends_on(s):
        vote(thing.lemma, 3)


def read(ex, s):
    """The value is the thing's field; the payer, or anything else the sentence names, does not hold it."""
    for value, thing, owner in depends_on(s):
        key, role = ex.entity_of(thing)
        if key is None or role:
            continue
        whose = ex.entity_of(owner)[0] if owner is not None else None
        if whose not in (None, key):
            ex._relate(whose, key)               # (each dog has one size)
            ex.spec.entities[whose].attributes.pop(key, None)
        name = w.snake(value.lemma)
        ex.spec.entities[key].attribute(name)
        for p in s.phrases:
            other = ex.entity_of(p)[0]
            if other not in (None, key) and name in ex.spec.entities[other].attributes:
                del ex.spec.entities[other].attributes[name]
