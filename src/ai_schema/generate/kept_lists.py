"""A list of the things a one-line request keeps, read one thing at a time.

"I track my batches with the recipe, brew date and original gravity, the ingredients each recipe uses
with amounts, and a tasting note with a rating for every bottle I open": after the batch's fields come
two items that say something of their own (a clause: "each recipe uses", "I open"; a 'with' list of
their own; "for every bottle"). They are no fields of the batch but more things the writer tracks, so
the sentence is read as "I track my batches with …. I track the ingredients each recipe uses with
amounts. I track a tasting note with a rating for every bottle I open."

The same holds of a title and a list of two or more things said with a clause ("Fishing logbook: my trips to lakes and rivers,
the fish I catch on each trip with species, weight and length, and which bait I used for each catch"):
each item is a thing kept, not a field of a "fishing logbook"."""

from . import words as w
from .imperatives import title_end
from .retagging import tag
from .tagging import DET, NOUN, PRON, VERB

_SPEAKERS = ("i", "we")


def _items(tokens, start):
    """(start, end) of the items of a list from start on, split at commas and 'and' outside parentheses."""
    out, begin, depth = [], start, 0
    for i in range(start, len(tokens)):
        t = tokens[i].text
        if t in "([{" and tokens[i].kind == "punct":
            depth += 1
        elif t in ")]}" and tokens[i].kind == "punct":
            depth = max(0, depth - 1)
        elif depth == 0 and (t == "," and tokens[i].kind == "punct" or
                             t == "and" and "between" not in (x.text for x in tokens[begin:i])):   # ("between a
            #                                                               tutor and a student": one item)
            if i > begin:
                out.append((begin, i))
            begin = i + 1
    if begin < len(tokens):
        out.append((begin, len(tokens)))
    return out


def _says_more(tokens, tags, start, end, clause_only=False):
    """Does the item say something of its own: its own 'with' list, 'for each/every …', or a clause
    whose subject is a thing or the writer ('the ingredients each recipe uses', 'the fish I catch')?"""
    words = [t.text for t in tokens]
    if tags[start] != DET and not (tags[start] == NOUN and w.is_plural(words[start])):
        return False
    for i in range(start + 1, end):
        if words[i] == "with" and tags[i - 1] == NOUN and not clause_only:
            return True
        if words[i] == "for" and i + 1 < end and words[i + 1] in ("each", "every"):
            return True
        if tags[i - 1] == NOUN and words[i] in _SPEAKERS and i + 1 < end and tags[i + 1] == VERB:
            return True
        if tags[i - 1] == NOUN and words[i] in ("each", "every") and i + 2 < end and tags[i + 1] == NOUN and \
                tags[i + 2] == VERB:
            return True
    return False


def _plural_first(tokens, tags, start, end):
    """Is the item's first noun a plural ('harvests in kg'; not 'a length in minutes')?"""
    first = next((i for i in range(start, end) if tags[i] == NOUN), None)
    return first is not None and w.is_plural(tokens[first].text)


def _said(tokens, verb_tokens, start, end):
    """One sentence: the writer's verb and one item."""
    return verb_tokens + tokens[start:end]


def one_by_one(tokens):
    """[tokens] as they are, or the sentences the list splits into."""
    if len(tokens) < 10 or not any(t.text == "," for t in tokens):
        return [tokens]
    words = [t.text for t in tokens]
    title = title_end(tokens)
    at = title + 1 if title is not None else 0
    tags = None
    if words[at:at + 1] and words[at] in _SPEAKERS and at + 1 < len(words):
        tags = tag(tokens)
        if tags[at + 1] != VERB or "with" not in words[at + 2:]:
            return [tokens]
        first_with = words.index("with", at + 2)
        items = _items(tokens, first_with + 1)
        heavy = next((n for n, (a, b) in enumerate(items) if n >= 1 and _says_more(tokens, tags, a, b)), None)
        if heavy is None:
            return [tokens]
        verb = tokens[at:at + 2]
        cut = items[heavy][0]
        while cut > 0 and tokens[cut - 1].text in (",", "and"):
            cut -= 1
        return [tokens[:cut]] + [_said(tokens, verb, a, b) for a, b in items[heavy:]]
    if title is None:
        return [tokens]
    tags = tag(tokens)
    items = _items(tokens, at)
    if len(items) < 2 or sum(_says_more(tokens, tags, a, b, clause_only=True) for a, b in items) < 2 or \
            any(tags[i] == PRON for i in (a for a, _ in items)):
        return [tokens]
    keep = [w.Token("i", "I", "word", tokens[at].start), w.Token("keep", "keep", "word", tokens[at].start)]
    things = []                                  # (an item with its own 'with' list keeps the items after
    for a, b in items:                           # it that say nothing of their own: its fields)
        if things and "with" in words[things[-1][0]:things[-1][1]] and not _says_more(tokens, tags, a, b) and \
                not _plural_first(tokens, tags, a, b):   # ("…, and harvests in kg": a thing)
            things[-1] = (things[-1][0], b)
        else:
            things.append((a, b))
    return [tokens[:title]] + [_said(tokens, keep, a, b) for a, b in things]
