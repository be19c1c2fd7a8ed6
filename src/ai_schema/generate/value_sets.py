"""Closed sets named apart from the field they close: 'we support three plans - basic, pro and
enterprise' (a count of a field's word, then exactly that many values) and 'What kinds of accounts
are there? Checking and savings.' (read by plain.py as 'the accounts are …'). The count must equal
the number of values listed, so that 'three rooms, a kitchen and a garden' is no set. The values
close the field of that name on the thing that has it, wherever the text names the field."""

import re

from . import lexicon
from . import text as tx
from . import words as w
from .cues import rx
from .field_names import clean_values

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNT_WORDS = frozenset(_COUNTS)


def sets_in(s):
    """Every closed set a sentence names apart from its field (the cheap tests first)."""
    words = s.words
    found = []
    if _COUNT_WORDS & set(words) or any(t.kind == "number" for t in s.tokens):
        found += counted_sets(s)
    if words[:1] == ["the"]:
        found += named_sets(s)
    if words[1:2] == [":"]:
        found += labelled_sets(s)
    return found


def counted_sets(s):
    """[(field word, values)] of 'three plans - basic, pro and enterprise' in a sentence."""
    toks, out = s.tokens, []
    for i, t in enumerate(toks[:-3]):
        count = _COUNTS.get(t.text) or (int(t.text) if t.kind == "number" and t.text.isdigit() else 0)
        field = toks[i + 1].text
        if not 2 <= count <= 10 or not w.is_plural(field) or toks[i + 1].kind != "word":
            continue
        k = i + 2 + (toks[i + 2].text in ("-", ":", ",", "("))
        values, cur = [], []
        for x in toks[k:]:
            if x.text in (",", "and", "or", ")", "/"):
                if cur:
                    values.append(" ".join(cur))
                cur = []
                if x.text == ")":
                    break
            elif x.kind == "word" and len(cur) < 3:
                cur.append(x.text)
            else:
                return out
        if cur:
            values.append(" ".join(cur))
        values = clean_values(values)
        if len(values) == count:
            out.append((w.singular(field), tuple(values)))
    return out


def named_sets(s):
    """[(field word, values)] of 'the plans are basic, pro or enterprise' (also what plain.py makes of
    'What kinds of plans are there? …'): a closed set said of a word that may be a field."""
    words = s.words
    if len(words) < 6 or words[0] != "the" or words[2] not in ("are", "is") or s.tokens[1].kind != "word":
        return []
    rest = words[3 + (words[3:5] == ["one", "of"]) * 2:]
    if "or" not in rest and "," not in rest or any(x in ("a", "an", "the") for x in rest):
        return []
    values = clean_values(" ".join(rest).replace(" or ", " , ").replace(" and ", " , ").split(" , "))
    return [(w.singular(words[1]), tuple(values))] if len(values) >= 2 and all(len(v.split("_")) <= 3 for v in values) else []


def labelled_sets(s):
    """[(field word, values)] of 'levels: starfish, dolphin, shark' — a plural label, a colon and
    three or more single words that are no fields (WordNet: neither a property nor a field word)."""
    words, tags = s.words, s.tags
    if len(words) < 7 or words[1] != ":" or tags[0] != tx.NOUN or not w.is_plural(words[0]):
        return []
    items = words[2:]
    values = [x for x in items[::2]]
    if items[1::2] != [","] * (len(values) - 1) and items[1::2][:-1] != [","] * (len(values) - 2):
        return []
    values = [x for x in values if x not in ("and", "or")]
    if len(values) < 3 or any(tags[2 + 2 * n] != tx.NOUN or x in w.FIELD_NOUNS or x in lexicon.property_nouns()
                              for n, x in enumerate(values)):
        return []
    return [(w.singular(words[0]), tuple(clean_values(values, singular=False)))]


def close_fields(spec, pending, said=None):
    """Give each pending set to the one thing whose field it names (none when several have it), else to
    the one thing said to be in one of them (said: {field word: entity key}, 'kids are in one level')."""
    for field, values in pending:
        owners = [e for e in spec.entities.values() if field in e.attributes and not e.attributes[field].values]
        if len(owners) == 1:
            owners[0].attributes[field].values = values
        elif not owners and said and said.get(field) in spec.entities and field not in spec.entities:
            spec.entities[said[field]].attribute(field).values = values


def in_one(ex):
    """{word: the thing said to be in one of it} ('kids are in one level at a time', 'each kid is in a
    level'): a field of that thing when the word names no thing."""
    said = {}
    for s in ex.sentences:
        if "is" not in s.words[:4] and "are" not in s.words[:4]:
            continue
        m = rx(r"^(?:each |every |the |a |an )?(\w+) (?:is|are) (?:always |only )?(?:in|at) (?:one|a|an|exactly one) "
               r"(\w+)\b").match(s.text())
        key = ex.entity_of_words((w.singular(m.group(1)),))[0] if m else None
        if key is not None and ex.entity_of_words((m.group(2),))[0] is None:
            said.setdefault(m.group(2), key)
    return said


def one_kind_field(entity):
    """'Documents (photos, receipts, police reports) … we store the kind of document': the kinds listed
    after the noun close the field the text names for them, not a second 'type' beside it."""
    listed = entity.attributes.get("type")
    if listed is None or not listed.values or listed.type:
        return
    named = next((entity.attributes[n] for n in ("kind", "category", "sort", "variety")
                  if n in entity.attributes and not entity.attributes[n].values and not entity.attributes[n].type), None)
    if named is not None:
        named.values = listed.values
        del entity.attributes["type"]


# endings of nouns that name a quality or state (difficulty, frequency, readiness, importance)
_ABSTRACT = ("ty", "cy", "ness", "ance", "ence")


def set_on(ex, s):
    """'… assign each issue to a contractor and set a priority (low, medium, urgent)', 'pick a size
    (S, M, L) for each shirt': a field a verb sets, with its values in parentheses, is a closed field of
    the thing it is set on — the one given it ('give each task a priority (…)'), after 'on' or 'for',
    else the last thing named before with 'each' or 'every' ('assign each call to a crew and set a
    severity (…)': the call), else the last thing named before that is no person."""
    toks, tags = s.tokens, s.tags
    for p in s.phrases:
        k = p.start - 1
        given = s.phrase_at(k - 1) if k > 2 and tags[k - 1] != tx.VERB else None   # "give each task a priority (…)"
        given = given if given is not None and given.det in ("each", "every", "the") and \
            tags[given.start - 2] == tx.VERB and ex.entity_of(given)[0] else None
        if k < 1 or p.end >= len(toks) or toks[p.end].text != "(" or toks[k].text not in ("a", "an", "the") or \
                (tags[k - 1] != tx.VERB and given is None) or ex.entity_of(p)[0] or \
                not (w.field_word(p.head) or p.head in lexicon.kind_nouns() or p.head in lexicon.property_nouns() or
                     p.head.endswith(_ABSTRACT)):
            continue                             # (a difficulty, a frequency: a quality, a field)
        close = tx.after_parenthesis(toks, p.end)
        inner = [t.text for t in toks[p.end + 1:close - 1]]
        values = clean_values([x for x in inner if x not in (",", "or", "and", "/")], singular=False)
        if len(values) < 2 or len(values) * 2 - 1 < len(inner) - 1 or "," not in inner:
            continue                             # (single words between commas only)
        on = given or (s.next_phrase(close + 1) if s.words[close:close + 1] in (["on"], ["for"]) else None)
        named = [(q, key) for q in reversed(s.phrases) if q.end <= k - 1 and (key := ex.entity_of(q)[0]) and
                 not lexicon.holds_people(key)]
        owner = ex.entity_of(on)[0] if on is not None else next(
            (key for q, key in named if q.det in ("each", "every")), None) or next((key for _, key in named), None)
        if owner is not None:
            ex.spec.entities[owner].attribute(w.snake([x for x in p.words if x not in w.DETERMINERS])).values = \
                tuple(values)


_NO_VALUE = frozenset(w.DETERMINERS) | frozenset("unique required optional mandatory e.g. eg etc like such".split())


def named_with_owner(ex, s):
    """'…, booking status (pending, confirmed or cancelled)': a field named after the thing it belongs to,
    with its values in parentheses, is that thing's closed field (whatever the sentence is about)."""
    toks = s.tokens
    for p in s.phrases:
        if len(p.words) < 2 or p.end >= len(toks) or toks[p.end].text != "(" or not w.field_word(p.words[-1]):
            continue
        owner, role = ex.entity_of_words(p.lemma[:-1])
        if owner is None or role or ex.entity_of(p)[0]:
            continue
        parts = _values_after(toks, p)
        if parts is None:
            continue                             # ("spare number (unique, from the supplier catalog)": remarks)
        ex.spec.entities[owner].attributes.pop(f"{owner}_{p.words[-1]}", None)   # (one field, said twice)
        ex.spec.entities[owner].attribute(p.words[-1]).values = tuple(clean_values(parts, singular=False))


def counted_property(ex, s):
    """'courses at three levels (beginner, intermediate, advanced)', 'shirts in four sizes (s, m, l, xl)': a
    quality a thing comes in, counted, with its values in parentheses, is the thing's closed field."""
    toks = s.tokens
    for p in s.phrases:
        if not p.plural or len(p.lemma) != 1 or p.head not in lexicon.property_nouns() or p.end >= len(toks) or \
                toks[p.end].text != "(" or p.start < 3 or s.tags[p.start - 1] not in (tx.QUANT, "NUMBER") or \
                s.words[p.start - 2] not in ("at", "in", "with", "of"):
            continue
        thing = s.phrase_at(p.start - 3)
        owner, role = ex.entity_of(thing) if thing is not None and thing.plural else (None, None)
        if owner is None or role or ex.entity_of(p)[0]:
            continue
        parts = _values_after(toks, p)
        if parts is not None:
            ex.spec.entities[owner].attribute(p.head).values = tuple(clean_values(parts, singular=False))


def _values_after(toks, p):
    """The values listed in the parentheses after p ('(pending, confirmed or cancelled)'), or None when
    they are no values (one item, or remarks: '(unique, from the supplier catalog)')."""
    close = tx.after_parenthesis(toks, p.end)
    inner = " ".join(t.text for t in toks[p.end + 1:close - 1])
    parts = [x.strip() for x in re.split(r" , | or | and | / ", inner) if x.strip()]
    if len(parts) < 2 or "," not in inner or any(len(x.split()) > 2 or set(x.split()) & _NO_VALUE for x in parts):
        return None
    return parts
