"""A field kept for each of another thing, said inside a thing's list: 'recipes with ingredients and a quantity for
each ingredient', 'routes with stops and a pickup time at each stop' — the value belongs to the pair of the two
(one row per recipe and ingredient), not to the recipe, nor lost; 'the stop location in each village' is the
village's own; 'the brood pattern at each inspection', where hives are inspected, is the inspection's (done_in)."""

from . import lexicon
from . import text as tx
from . import words as w

_PER = ("for", "at", "per", "on", "of", "in")


def field_for_each(ex, owner, s, idx):
    """Read list item idx of owner's list as 'a F for/at/in each B': F is a field of the pair (owner, B), of owner
    itself when B is owner (or a thing the pair owner names), of B when B is the act of a verb the sentence says
    of owner. Returns the field's name, or None."""
    words = [s.words[i] for i in idx]
    k = next((n for n in range(1, len(words) - 1) if words[n] in _PER and words[n + 1] in ("each", "every")), None)
    if k is None or not 1 <= k - (words[0] in ("a", "an", "the")) <= 3 or words[0] == "and" and k < 2:
        return None
    start = 1 if words[0] in ("a", "an", "the", "and") else 0
    start += start < k and words[start] in ("a", "an", "the")
    field = words[start:k]
    each = s.next_phrase(idx[k + 1] + 1)
    if not field or each is None or each.start != idx[k + 1] + 1 or each.end != idx[-1] + 1 or \
            any(s.tags[idx[n]] != tx.NOUN and s.tags[idx[n]] != tx.ADJ for n in range(start, k)):
        return None
    other, role = ex.entity_of(each)
    if other is None or role or ex.entity_of_words(tuple(field))[0]:
        return None
    name = w.snake(field)
    if done_in(s, each):                   # ("hives are inspected weekly and we note the brood pattern at each
        ex.spec.entities[other].attribute(name)   # inspection": the inspection's, one hive's)
        ex._relate(other, owner)
        return name
    own = other == owner or owner in ex.pair_tables and \
        any(r.source == owner and r.target == other for r in ex.spec.relations)
    ex.spec.entities[owner if own else ex._pair_table(owner, other)].attribute(name)
    return name                            # ("the stop location in each village": the village's own; "… in several
    #                                        bins, with the quantity in each bin": the pair's, which names the bin)


def done_in(s, p):
    """Is p ('each milking', 'each inspection') the act of a verb the sentence says of a thing ('cows are milked
    twice a day and …', 'hives are inspected weekly')? Then each is a record of that thing."""
    verb = w.act_verb(p.head)
    return verb is not None and p.det in ("each", "every") and any(
        g == tx.VERB and (w.verb_base(x) or lexicon.verb_lemma(x)) == verb for x, g in zip(s.words[:p.start], s.tags))
