"""'the parts used on a work order, with the quantity and the price charged', 'ingredients needed for each
recipe, with the amount': things of their own (a catalogue) that each of the others uses — a pair of the
two, one row per use, holding what the 'with' list gives (not each part one work order's)."""

from . import text as tx
from . import words as w

USING = frozenset("use consume need require fit install replace order".split())
_PLACES = ("on", "in", "for", "by")
_ONE = ("a", "an", "each", "every", "the", "one")


def used_on(s, i):
    """(used phrase, user phrase) of '<Xs> used on|in|for <a Y>' where the participle is at i, or None."""
    toks = s.tokens
    if i < 1 or i + 2 >= len(toks) or s.tags[i - 1] != tx.NOUN or not toks[i].text.endswith("ed") or \
            w.verb_base(toks[i].text) not in USING or toks[i + 1].text not in _PLACES or toks[i + 2].text not in _ONE:
        return None
    used, user = s.phrase_at(i - 1), s.next_phrase(i + 2)
    if used is None or user is None or not used.plural or user.start != i + 3 or user.plural:
        return None
    return used, user


def used_before(s, i):
    """The (used, user) phrases of a 'used on' clause that ends right before the 'with' at i ('…, with')."""
    end = i - (s.words[i - 1:i] == [","])
    for j in range(1, end):
        found = used_on(s, j)
        if found is not None and found[1].end == end:
            return found
    return None
