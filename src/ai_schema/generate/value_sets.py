"""Closed sets named apart from the field they close: 'we support three plans - basic, pro and
enterprise' (a count of a field's word, then exactly that many values) and 'What kinds of accounts
are there? Checking and savings.' (read by plain.py as 'the accounts are …'). The count must equal
the number of values listed, so that 'three rooms, a kitchen and a garden' is no set. The values
close the field of that name on the thing that has it, wherever the text names the field."""

from . import words as w
from .field_names import clean_values

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


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


def close_fields(spec, pending):
    """Give each pending set to the one thing whose field it names (none when several have it)."""
    for field, values in pending:
        owners = [e for e in spec.entities.values() if field in e.attributes and not e.attributes[field].values]
        if len(owners) == 1:
            owners[0].attributes[field].values = values
