"""Records a relative clause without 'that' names: 'each attempt a climber makes on a problem', 'every shot a player
takes in a game' — each attempt is a row of its own, made by one climber on one problem, and the 'with' list after
it is the attempt's, not the climber's. A time or a unit opening the sentence ('Every morning a warden checks in
on each resident', 'Each week a driver …') says how often, no record."""

import functools

from . import lexicon
from . import text as tx


@functools.lru_cache(maxsize=256)
def each_made(s):
    """((the record's phrase, the doer's, the place's or None, index past them), …) of 'each X a Y verbs (prep a
    Z)' — asked by discovery, by the extractor and at each 'with' of the sentence, read once."""
    out = []
    for p in s.phrases:
        doer = s.next_phrase(p.end) if p.det in ("each", "every") and p.end < len(s.tokens) else None
        if doer is None or doer.start != p.end + 1 or s.words[p.end] not in ("a", "an", "the") or doer.plural or \
                doer.end >= len(s.tokens) or s.tags[doer.end] != tx.VERB or \
                p.start == 1 and p.head in lexicon.measure_nouns():
            continue                # ('Every morning a warden checks in on each resident': how often, a time)
        end = doer.end + 1
        place = s.next_phrase(end + 1) if end < len(s.tokens) and s.tags[end] == tx.PREP else None
        if place is not None and place.start <= end + 2:
            end = place.end
        else:
            place = None
        if lexicon.doer_noun(doer.head) or p.start == 1 and s.words[end:end + 1] in (["has"], ["have"], ["with"]):
            out.append((p, doer, place, end))   # ('Every photo a camera takes has a timestamp': a thing's too, when
            #                                     the record opens the sentence and what it has follows)
    return tuple(out)


def read(ex, s):
    """Each such record refers to its doer and its place."""
    for p, doer, place, _ in each_made(s):
        key = ex.entity_of(p)[0]
        for q in (doer, place) if key is not None else ():
            other = ex.entity_of(q)[0] if q is not None else None
            if other not in (None, key):
                ex._relate(key, other)


def made_before(s, i):
    """The record phrase whose clause ends right before the 'with' at i ('… makes on a problem with …'), or None."""
    return next((p for p, _, _, end in each_made(s) if end == i or end == i - 1 and s.words[end] == ","), None)
