"""Values said before the field they are values of: 'a pass or fail result', 'an open or closed status', 'a
small, medium or large size' — one field (result, status, size) that takes one of the words, not a field
named after the first word."""

from . import lexicon
from . import text as tx
from . import words as w
from .each_in_list import field_for_each
from .field_names import clean_values

_BETWEEN = (",", "or", "/")


def values_before_head(s, items, k):
    """(field name, values, items used) when list items from k say 'a V1, V2 or V3 N', else None. N is a
    singular noun that is no free-text field (a name, a phone, an address), no thing, person or money; the
    values are single words, none of them a field."""
    first = [s.words[i] for i in items[k]]
    if len(first) < 2 or first[0] not in ("a", "an"):
        return None
    said, used = first[1:], 1
    while "or" not in said and "/" not in said and k + used < len(items):
        nxt = [s.words[i] for i in items[k + used]]
        if len(nxt) != 1 and "or" not in nxt and "/" not in nxt:
            return None
        said += [","] + nxt
        used += 1
    if "or" not in said and "/" not in said:
        return None
    last = items[k + used - 1][-1]
    head = s.words[last]
    said = [x for n, x in enumerate(said[:-1]) if x != head or said[n + 1] not in _BETWEEN]   # ("an open status
    #                                                                                      or closed status")
    body = said[::2]
    if any(x not in _BETWEEN for x in said[1::2]) or len(said) % 2 == 0 or said[-2] not in ("or", "/"):
        return None
    if s.tags[last] != tx.NOUN or w.is_plural(head) or len(body) < 2 or \
            any(not x.isalpha() or x in w.FIELD_NOUNS for x in body) or \
            head in w.FIELD_NOUNS - {"type", "status"} or head in lexicon.thing_nouns() or \
            head in lexicon.person_nouns() or head in lexicon.money_nouns() or head in w.LINE_FIELDS or \
            head in w.UNIT_PRICES or head in w.WHEN_FIELDS:
        return None
    values = clean_values(body)
    return (head, tuple(values), used) if len(values) >= 2 else None


def slashed(s, idx):
    """An item 'home/away', 'indoor/outdoor' (values of one field, named by them) or 'phone/email' (two fields):
    ('values', words) or ('fields', words), else None."""
    words = [s.words[i] for i in idx]
    if words[:1] == ["and"]:
        words = words[1:]
    parts = words[::2]
    if len(words) < 3 or len(words) % 2 == 0 or any(x != "/" for x in words[1::2]) or \
            not all(x.isalpha() and len(x) > 1 for x in parts):
        return None
    if all(w.field_word(x) for x in parts):
        return "fields", parts
    if not any(w.field_word(x) or x in w.FIELD_NOUNS for x in parts):
        return "values", parts
    return None


_PARTICLES = ("out", "in", "up", "off", "on", "back", "before", "after")


def particle_pair(s, items, k):
    """'mileage out and in', 'weight before and after': one field said twice, each with its particle — the two
    names, or None."""
    first = [s.words[i] for i in items[k]]
    second = [s.words[i] for i in items[k + 1]] if k + 1 < len(items) else []
    second = second[1:] if second[:1] == ["and"] else second
    if len(first) >= 2 and first[-1] in _PARTICLES and len(second) == 1 and second[0] in _PARTICLES and \
            second[0] != first[-1] and w.field_word(first[-2]) and all(x.isalpha() for x in first):
        head = w.snake([x for x in first[:-1] if x not in ("a", "an", "the", "and")])
        return [f"{head}_{first[-1]}", f"{head}_{second[0]}"]
    return None


def read_said_items(ex, entity, s, items, k, previous_names):
    """Read the list item(s) at k when they say a field in one of this module's ways (or a value for each of
    another thing: each_in_list.py); returns how many items were read, 0 when none."""
    if field_for_each(ex, entity.key, s, items[k]):
        return 1                                 # "recipes with ingredients and a quantity for each ingredient"
    cut = slashed(s, items[k])
    if cut is not None:                          # "home/away": one field and its values; "phone/email": two fields
        names = cut[1] if cut[0] == "fields" else ["_".join(cut[1])]
        for name in names:
            entity.attribute(name)
        if cut[0] == "values":
            entity.attribute(names[0]).values = tuple(cut[1])
        previous_names.append(names[-1])
        return 1
    shared = possessor_before(ex, s, items, k)
    if shared is not None:                       # "the buyer's name and phone": the buyer's phone too
        entity.attribute(shared)
        previous_names.append(shared)
        return 1
    pair = particle_pair(s, items, k)
    if pair is not None:                         # "mileage out and in"
        for name in pair:
            entity.attribute(name)
        previous_names.append(pair[-1])
        return 2
    before = values_before_head(s, items, k)
    if before is not None:                       # "a pass or fail result", "a small, medium or large size"
        entity.attribute(before[0]).values = before[1]
        previous_names.append(before[0])
        return before[2]
    return 0


def possessor_before(ex, s, items, k):
    """'the buyer's name and phone', 'the boat's name and length': a bare field right after an item said of a
    possessor that is no table shares it — its name (buyer_phone, boat_length), or None."""
    if k == 0:
        return None
    owner = next((q for q in s.phrases if items[k - 1][0] <= q.start <= items[k - 1][-1] and q.possessive), None)
    words = [s.words[i] for i in items[k] if s.words[i] != "and"]
    if owner is None or ex.entity_of(owner)[0] is not None or not 1 <= len(words) <= 2 or \
            not all(x.isalpha() for x in words) or not w.field_word(w.singular(words[-1])) or \
            s.tags[items[k][-len(words)]] == tx.DET:
        return None
    return w.snake(list(owner.words) + words)
