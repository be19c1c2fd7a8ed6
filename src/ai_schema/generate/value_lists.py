"""Closed sets of values written inline, rewritten as the parenthesised list the readers know:
"its status: planned, released or completed" and "status open / waiting on parts / done" read as
"status (planned, released, completed)"."""

import re

from . import text as tx
from .cues import NOT_ENTITY
from ..ddl.naming import STATUS_NAME
from . import words as w

NOUN, DET, PRON, CONJ, AUX, ADJ = "NOUN", "DET", "PRON", "CONJ", "AUX", "ADJ"

# what joins a field to its closed set of values: "status: a, b or c", "a priority of low, normal or
# urgent" ("the status is a, b or c" is a sentence of its own: relations.py reads it)
_VALUES_OPENER = re.compile(r"^(?::|of(?: either| one of :?)?) ")


def values_in_parentheses(tokens, tags):
    """'… and its status: planned, released, in progress or completed' reads as 'its status (planned,
    released, in progress or completed)': a field, a colon (or 'of'), then short
    alternatives ending in 'or …', give the field's values (tokens, tags)."""
    for field in range(len(tokens) - 3):
        if tags[field] != NOUN or tokens[field + 1].text not in (":", "of"):
            continue
        colon = tokens[field + 1].text == ":"
        m = _VALUES_OPENER.match(" ".join(t.text for t in tokens[field + 1:field + 5]) + " ")
        if m is None or (colon and field == 0) or (not colon and (w.is_plural(tokens[field].text) or (
                field > 0 and tags[field - 1] not in (DET, NOUN, ADJ, PRON)))):
            continue
        opened = field + 1 + len(m.group(0).split())
        found = _alternatives(tokens, tags, opened, colon)
        if found is None and colon and STATUS_NAME.search(tokens[field].text):
            found = _states_listed(tokens, tags, opened)   # ("and a status: received, packed, posted")
        if found is None:
            continue
        opening = w.Token("(", "(", "punct", tokens[field + 1].start)
        closing = w.Token(")", ")", "punct", tokens[found - 1].start)
        return (tokens[:field + 1] + [opening] + tokens[opened:found] + [closing] + tokens[found:],
                tags[:field + 1] + ["PUNCT"] + tags[opened:found] + ["PUNCT"] + tags[found:])
    return tokens, tags


def _states_listed(tokens, tags, start):
    """The end of 'a, b, c' closing the sentence after a state's or a kind's field and a colon: three or more
    one-word values that name no field, or None."""
    words = [t.text for t in tokens[start:]]
    values = words[::2]
    if len(values) < 3 or any(x != "," for x in words[1::2]) or any(
            tags[start + 2 * k] in (DET, PRON, AUX) or v in w.FIELD_NOUNS or not v.isalpha() for k, v in enumerate(values)):
        return None
    return len(tokens)


def _alternatives(tokens, tags, start, to_the_end):
    """The end of 'a, b, c or d' starting at start (1 to 3 words each, the last after 'or'), or None.
    After a colon the list closes the sentence; after 'is' it may end at a comma or 'and'."""
    items, item, last_or, end = [], [], False, len(tokens)
    for k in range(start, len(tokens)):
        t, g = tokens[k], tags[k]
        if t.text in (",", "or") or (t.text == "and" and last_or):
            if last_or and item and (t.text != "or") and (not to_the_end or t.text == "," and
                                                          tokens[k + 1:k + 2] and tokens[k + 1].text in ("each", "every")):
                end = k                # (after a colon too: "tickets: adult, child or family, each with a price")
                break
            items.append(item)
            item = []
            last_or = last_or or t.text == "or"
            if t.text == "and":
                return None
            continue
        if t.kind not in ("word", "number") or g in (DET, PRON, AUX) or t.text == "and":
            if last_or and item and not to_the_end:
                end = k
                break
            return None
        item.append(t)
    else:
        end = len(tokens)
    items.append(item)
    commas_or = [tokens[k].text for k in range(start, end) if tokens[k].text in (",", "or")]
    if len(items) < 2 or commas_or.count("or") != 1 or commas_or[-1] != "or" or any(not 1 <= len(x) <= 3 for x in items):
        return None
    return end


def slashed_values(tokens, tags):
    """'status open / waiting on parts / done' reads as 'status (open, waiting on parts, done)': a
    field followed by alternatives between slashes (tokens, tags)."""
    slashes = [i for i, t in enumerate(tokens) if t.text == "/"]
    group = slashes[:1]
    for i in slashes[1:]:                        # the first run of slashes with only words between them
        if all(tokens[k].kind == "word" and tags[k] not in (CONJ, DET) for k in range(group[-1] + 1, i)) \
                and i - group[-1] <= 5:
            group.append(i)
        elif len(group) < 2:
            group = [i]
        else:
            break
    if len(group) < 2:
        return tokens, tags
    field = next((k for k in range(group[0] - 2, max(-1, group[0] - 5), -1)
                  if tokens[k].text in w.FIELD_NOUNS and tags[k] == NOUN), None)
    colon = next((k for k in range(group[0] - 2, max(0, group[0] - 4), -1) if tokens[k].text == ":"), None)
    if field is None and colon is not None and tags[colon - 1] == NOUN:
        field = colon - 1                         # "a priority: low/medium/high": the word before the colon
    if field is None:
        return tokens, tags
    if tokens[field + 1].text == ":":             # "a priority: low/medium/high"
        tokens, tags, group = tokens[:field + 1] + tokens[field + 2:], tags[:field + 1] + tags[field + 2:], \
            [i - 1 for i in group]
    start, end = field + 1, group[-1] + 1
    while end < len(tokens) and tokens[end].kind == "word" and end < group[-1] + 5 and \
            tags[end] not in (CONJ, DET) and (end + 1 >= len(tokens) or tokens[end + 1].text != "/"):
        end += 1
    if any(tokens[k].kind != "word" for k in range(start, end) if k not in group):
        return tokens, tags
    opening = w.Token("(", "(", "punct", tokens[start].start)
    closing = w.Token(")", ")", "punct", tokens[end - 1].start)
    comma = [w.Token(",", ",", "punct", t.start) if t.text == "/" else t for t in tokens[start:end]]
    return (tokens[:start] + [opening] + comma + [closing] + tokens[end:],
            tags[:start] + ["PUNCT"] + ["PUNCT" if t.text == "/" else g for t, g in zip(tokens[start:end], tags[start:end])]
            + ["PUNCT"] + tags[end:])


def slashed_items(tokens, tags):
    """'pets (species/breed/dob)': items between slashes in parentheses, with no field before them to
    take them as its values, are read as a comma list (tokens, tags)."""
    if "/" not in (t.text for t in tokens):
        return tokens, tags
    tokens, tags = list(tokens), list(tags)
    for i, t in enumerate(tokens):
        if t.text != "(":
            continue
        end = next((k for k in range(i + 1, min(len(tokens), i + 24)) if tokens[k].text == ")"), None)
        inner = range(i + 1, end) if end is not None else ()
        if end is None or not any(tokens[k].text == "/" for k in inner) or \
                any(tokens[k].kind != "word" and tokens[k].text != "/" for k in inner) or \
                any(tokens[k].text == "/" and tokens[k + 1].text == "/" for k in inner) or \
                {tokens[k].text for k in inner} & {"yes", "no", "true", "false", "y", "n"}:
            continue                              # ("consent (yes/no)": a flag)
        for k in inner:
            if tokens[k].text == "/":
                tokens[k], tags[k] = w.Token(",", ",", "punct", tokens[k].start), "PUNCT"
    return tokens, tags


def _letter(t):
    """'A' written as a capital on its own: a value ("blood type (A, B, AB or O)"), not the article."""
    return t.orig == "A"


def _article(t, part):
    """An article in a value ("a single or a double") — but a capital A alone is the value A."""
    return t.text in ("a", "an", "the") and not (_letter(t) and len(part) <= 2)

def _clause_in(s, span):
    """Does the span hold a clause (a determiner, a noun, then a verb that agrees: 'an application
    lists'), which no value list does?"""
    tags, toks = s.tags, s.tokens
    return any(tags[a] == tx.DET and tags[b] == tx.NOUN and tags[c] == tx.VERB and toks[c].text.endswith("s")
               for a, b, c in zip(span, span[1:], span[2:]))


_QUALIFIERS = frozenset("unique optional required mandatory nullable etc".split())


def value_list(s, items, k, first_tokens):
    """Closed value set starting with first_tokens (indexes), continuing over later items."""
    toks = s.tokens
    values = []
    first_count = 0
    spans = [first_tokens] + items[k + 1:]
    used = 0
    closed = False                               # ("low, normal or urgent, total cost": "or" ends the set)
    for n, span in enumerate(spans):
        if closed:
            break
        rest = [toks[i].text for i in span if toks[i].text not in ("and", ")", ".")]
        if n > 0 and "and" in (toks[span[0]].text, toks[span[0] - 1].text) and len(rest) == 1 and \
                rest[0] in NOT_ENTITY:
            break                                # "condition: good, fair, poor, and notes": a field
        if n > 0 and (s.tags[span[0]] == tx.DET
                      or any(toks[i].text == ")" for i in spans[0]) or first_count >= 2):
            break                                # "type = call | email | meeting, notes, due date"                                # a new attribute, or the set closed already
        parts, cur = [], []
        commas = any(toks[i].text == "," for i in span)
        for n_i, i in enumerate(span):
            t = toks[i]
            if t.text == "/" and commas and cur and n_i + 1 < len(span) and toks[span[n_i + 1]].kind == "word":
                continue                         # "(multiple choice, true/false, short answer)": one value
            if t.text in ("+", "-") and cur and t.start == cur[-1].start + len(cur[-1].orig) and (
                    n_i + 1 == len(span) or toks[span[n_i + 1]].text in (",", ")", "or", "/")):
                cur.append(t)                    # "A+, A-, AB+": a sign that ends a value is part of it
                continue
            if t.text in ("/", "|", "or", "{", "}", ")", "(", "-", "=", "either", ",") and (t.kind == "punct" or t.text in ("or", "either")) \
                    or (t.text == "and" and commas and any(toks[j].text == "," for j in span[:n_i])):   # "a, b and c"
                if cur:
                    parts.append(cur)
                cur = []
                if t.text == ")":
                    break
                continue
            cur.append(t)
        if cur:
            parts.append(cur)
        ok = not _clause_in(s, span)         # ("nationality - an application lists one or more inventors")
        for part in parts:
            ws = [t for t in part if not _article(t, part)]
            if part and part[0].text in ("a", "an") and len(parts) == 1 and n > 0 and not values:
                ok = False
            if not ws or len(ws) > 3 or any(t.kind not in ("word", "quote", "number") and t.text not in "+-"
                                            for t in ws) \
                    or any((t.text in w.DETERMINERS and not _letter(t) and not (t.text == "no" and len(ws) == 1 and
                                                                       any(x[0].text == "maybe" for x in parts)))
                           or t.text in ("we", "it", "they", "which") for t in ws):   # ("yes, no, maybe")
                ok = False
                break
        if not ok or not parts:
            break
        said = []
        for part in parts:
            kept = [t for t in part if not _article(t, part) and t.text not in "+-"]
            value = "".join(("" if k == 0 or kept[k - 1].kind == "number" and t.start == kept[k - 1].start +
                             len(kept[k - 1].orig) else "_") + t.text.strip("'\"")
                            for k, t in enumerate(kept))   # ("8mm", "4K" stay one word; "super 8" two)
            value += "".join(t.text for t in part if t.text in ("+", "-"))
            said.append(value)
            if value not in _QUALIFIERS:
                values.append(value)
        if n == 0 and said and all(x in _QUALIFIERS for x in said):
            return [], 1                         # "VIN - unique, plate number, make": a remark, no values
        closed = n > 0 and any(toks[i].text == "or" for i in span)
        used = n + 1
        if n == 0:
            first_count = len(values)
        if n > 0 and s.tokens[span[-1]].text == ")":
            break
    return values, max(used, 1)
