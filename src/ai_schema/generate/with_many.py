"""A thing named with many of its parts in passing: 'customers with one or more driveways', 'farms with
several fields', 'a route with many stops'. Each of the parts is one thing's (the driveway its
customer's), as 'their driveways' says it — unless the parts are people (a paper with several authors:
people join many things), the thing is an act or a record (an order with several products: its lines
pick them from a catalogue) or the application itself (a blog with several authors)."""

from . import lexicon
from . import text as tx
from .cues import GENERIC_HEADS
from .tagging import APPS


def with_many(s):
    """(whole phrase, parts phrase) of each '<whole> with <many> <parts>' where no verb comes between."""
    return s.once(_with_many) if "with" in s.words else []


def _with_many(s):
    out = []
    for q in s.phrases:
        if not q.many or not q.plural or lexicon.holds_people(q.head):
            continue
        k = q.start - 1
        while k > 0 and s.words[k] != "with" and (s.tags[k] in (tx.QUANT, tx.DET, "NUMBER") or
                                                  s.words[k] in ("or", "more", "one", "than", "of", "number", "any")):
            k -= 1
        if k < 1 or s.words[k] != "with":
            continue
        whole = s.phrase_at(k - 1)
        if whole is None or whole.end != k or whole.head in APPS or whole.head in GENERIC_HEADS or \
                whole.head == q.head or whole.head in lexicon.act_nouns() or whole.head in lexicon.occurrence_nouns() or \
                not (whole.plural or whole.det in ("each", "every", "a", "an")):
            continue
        out.append((whole, q))
    return out


def link(s, key_of, relate):
    for whole, parts in with_many(s):
        a, b = key_of(parts), key_of(whole)
        if a is not None and b is not None and a != b:
            relate(a, b)
