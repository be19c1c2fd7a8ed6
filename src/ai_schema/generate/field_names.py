"""How a field is named and described: the name a list item gives (the owner's own name dropped,
"X of Y" read), its modifiers (units, money, optional), stated types, values in a remark, and the
clean form of closed values. Mixed into the extractor through :class:`.attributes.AttributeReading`."""

import re

from .cues import HIERARCHY_WORDS, NAME_NORMALIZE, rx
from . import lexicon
from . import text as tx
from .tagging import SAME_PARTICIPLE, irregular_participle
from . import words as w

_DIGIT = re.compile(r"\d")
# "SHA-256", "MD5", "UTF-8": the format a value is written in, said before its name
_FORMAT_WORD = re.compile(r"[a-z]{3,5}-?\d{1,4}|[a-z]{2}-\d{1,4}")   # (not "co2 level": a substance)
# "two-letter", "6-digit", "ten-character": how long a value is, said before its name
_LENGTH_UNITS = frozenset("letter letters digit digits character characters char chars symbol symbols".split())
_LENGTH_WORD = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:letter|digit|character|char|"
                          r"number|symbol)s?")


class FieldNaming:
    """Field naming of :class:`.extract.Extractor` (mixed into it)."""

    def _values_in_text(self, s, idx):
        """Values listed inside a remark: 'we only treat dogs, cats and birds; anything else counts as 'other''."""
        toks = s.tokens
        best, cur = [], []
        for i in idx:
            t = toks[i]
            if t.kind == "word" and s.tags[i] == tx.NOUN:
                cur.append(w.singular(t.text))
            elif t.text in (",", "and", "or") and cur:
                continue
            else:
                if len(cur) > len(best):
                    best = cur
                cur = []
        if len(cur) > len(best):
            best = cur
        best = list(best)
        for i in idx:
            if toks[i].kind == "quote":
                best.append(toks[i].text.strip("'\""))
        return clean_values(best)

    def _of_tail(self, s, p, idx):
        """The noun phrase after 'of' following p inside the item, if any."""
        toks = s.tokens
        if p.end < len(toks) and toks[p.end].text == "of":
            q = s.next_phrase(p.end + 1)
            if q and q.end <= idx[-1] + 1:
                return q
        return None

    def _attribute_name(self, entity, name_words, s, idx, p):
        toks = s.tokens
        words_ = [x for x in name_words if x not in ("its", "their", "which")]
        # drop the owner's own name: "the dataset name" -> name
        for alias in sorted(entity.aliases, key=len, reverse=True):
            parts = alias.split("_")              # ("the company name" of a client company, too)
            owner = [w.singular(x) for x in words_[:-1]]
            if 1 <= len(owner) <= len(parts) and owner == parts[-len(owner):] and (
                    w.singular(words_[-1]) in ("name", "title", "description") or owner == parts and
                    w.singular(words_[-1]) in ("status", "state", "type", "kind", "category")):
                #                                   ("a booking status" of a booking: its status; not the "event
                #                                    type" of an audit event)
                words_ = words_[len(owner):]
                break
        # "number of units in stock", "years of birth", "number of rows"
        if words_ and words_[-1] in ("number", "count", "year", "years", "date") and p.end < len(toks) \
                and toks[p.end].text == "of":
            q = s.next_phrase(p.end + 1)
            if q and q.end <= idx[-1] + 1 and q.det not in ("each", "every"):   # ("the serial number of every kayak",
                #                                                                  "the purchase date of each device": its own)
                if words_[-1] == "number" and set(words_[:-1]) & {"limited", "maximum", "max", "fixed"} and any(
                        w.verb_lemma(t.text) in ROOM_VERBS for t in toks[max(0, idx[0] - 3):idx[0] + 1]):
                    return self._finish_name(entity, ["capacity"], s, idx, p, None)   # "holds a limited number
                key, role = self.entity_of(q) if words_ == ["number"] and p.det == "a" and q.plural else (None, None)
                if key not in (None, entity.key) and not role and not lexicon.holds_people(key):
                    self._relate(key, entity.key)   # ("each scheme has a manager and a number of flats": several,
                    #                                 each the scheme's where the flats are things of the text, and
                    #                                 how many it has; a number of players is only a count)
                if words_[-1] == "number":                                          # of animals"
                    words_ = ["num"] + list(q.words) if q.end >= idx[-1] + 1 or toks[q.end].text != "in" \
                        else list(q.words)
                    if len(q.words) > 1 or q.words[-1] in ("minutes", "seconds", "hours", "days"):
                        words_ = list(q.words)
                    self.last_of = "num"
                    after_q = q.end
                    num_of = self.last_of
                    while after_q < len(toks) and s.tags[after_q] == tx.ADV:
                        after_q += 1
                    if after_q < len(toks) and toks[after_q].text == "in":
                        r = s.next_phrase(after_q + 1)
                        if r and r.end <= idx[-1] + 1:
                            words_ = list(q.words) + ["in"] + list(r.words)
                    self.last_of = num_of
                    return self._finish_name(entity, words_, s, idx, p, None)
                else:
                    words_ = [w.singular(words_[-1]), "of"] + list(q.words)
                    self.last_of = w.singular(name_words[-1])
                    return self._finish_name(entity, words_, s, idx, p, None)
        prev_of, self.last_of = self.last_of, None
        return self._finish_name(entity, words_, s, idx, p, prev_of)

    def _finish_name(self, entity, words_, s, idx, p, prev_of):
        last = words_[-1] if words_ else ""
        if p.det in (None, "their", "its") and not p.many and last != w.singular(last) and (
                w.singular(last) in w.FIELD_NOUNS | w.WHEN_FIELDS or w.singular(last) in lexicon.money_nouns()) and \
                s.words[p.end:p.end + 1] not in (["as"], ["("]) and not w.TYPE_NAME_WORDS & set(s.words[p.end:p.end + 2]):
            words_ = words_[:-1] + [w.singular(last)]   # "assignments with due dates and grades", "and their
            #                                              addresses": one each
        # units: "volume in uL", "area (hectares)", "duration in seconds"
        unit = _unit_after(s, p.end, idx)
        k = idx[-1] + 1
        if unit is None and p.end == k and s.words[k:k + 1] == ["and"] and s.tags[k + 1:k + 2] == [tx.NOUN] and \
                s.words[k + 2:k + 3] == ["in"] and {s.words[k + 1], words_[-1]} <= lexicon.property_nouns():
            unit = _unit_after(s, k + 2, range(k + 2, min(len(s.tokens), k + 6)))   # "width and height in
            #                                                                          millimetres": both in them
        type_word = None
        while words_ and words_[-1] in ("string", "text", "blob") and len(words_) > 1 and not (
                len(words_) == 2 and words_[0] in lexicon.adjectives() and w.singular(words_[0]) not in w.FIELD_NOUNS):
            type_word = words_.pop()        # ("notes string": notes; but "free text" is free_text, not free)
        while len(words_) > 1 and words_[-1] in w.TYPE_NAME_WORDS:
            words_ = words_[:-1]                     # "price numeric(10,2)", "discount rate double precision"
        if len(words_) > 1 and words_[-1] in STORED_AS and p.end < len(s.tokens) and s.tokens[p.end].text == "as":
            words_ = words_[:-1]                     # "a price stored as decimal(10,2)": the price
        if idx and s.tokens[idx[0]].text in ("has", "is") and p.start == idx[0] + 1 and len(idx) <= 4 and \
                not p.plural and p.det is None:
            words_, type_word = [s.tokens[idx[0]].text] + list(words_), "boolean"   # "desks: code, zone, has monitor"
        if len(words_) >= 2 and words_[-1] == "flag":   # "an is_active flag", "a paid flag", "a VIP flag"
            words_, type_word = words_[:-1], "boolean"
            if not words_[0].startswith(("is_", "has_")):
                words_ = ["is"] + words_
        while len(words_) > 2 and "_" in words_[0] and words_[-1] in ("null", "nullable", "optional"):
            words_ = words_[:-1]                     # "signed_off date null": may be left empty (a column named)
        if len(words_) == 2 and "_" in words_[0] and words_[1] in ("timestamp", "date", "text", "string"):
            words_, type_word = words_[:1], words_[1]   # "a recorded_at timestamp": a column named outright
        if len(words_) > 1 and words_[0] in _LENGTH_UNITS and p.start > 0 and \
                (s.tags[p.start - 1] == "NUMBER" or s.words[p.start - 1] == "-" and s.tags[p.start - 2:p.start - 1] == ["NUMBER"]):
            words_ = words_[1:]                      # "a 2 letter ISO code", "a 6-digit PIN"
        while len(words_) > 1 and (_LENGTH_WORD.fullmatch(words_[0]) or _FORMAT_WORD.fullmatch(words_[0])):
            words_ = words_[1:]                      # "a two-letter ISO code", "a SHA-256 checksum": how it is
            #                                          written is no part of its name
        while words_ and words_[0] in ("numeric", "integer", "boolean", "free-text", "short", "long",
                                       "json", "optional", "unique", "current") and len(words_) > 1:
            if words_[0] == "json" or (words_[0] in ("short", "long") and words_[1:] in (["name"], ["title"])):
                break                                # "short name" and "long name" are two fields
            type_word = words_.pop(0)
        item = [s.tokens[i].text for i in idx]
        if ("yes" in item and "no" in item[item.index("yes"):] or "y" in item and "n" in item[item.index("y"):]) and \
                "maybe" not in item:                 # ("their RSVP (yes, no, maybe)": three answers, no flag)
            words_ = [x for x in item if x not in ("yes", "no", "y", "n", "a", "an", "the", "and") and
                      x.replace("_", "").isalpha()] or words_     # "wheelchair accessible yes/no", "deposit paid y/n"
            type_word = "boolean"
            if words_ and (words_[-1].endswith("ed") or words_[-1] in ("paid", "done", "sent")) and \
                    not words_[0].startswith(("is_", "has_")):
                words_ = ["is"] + words_                                     # (is_deposit_paid)
        if len(words_) == 2 and words_[1] == "email" and words_[0] in ("work", "personal", "contact", "primary", "main", "business", "private"):
            words_ = ["email"]
        if len(words_) == 1 and p.det is None and prev_of and previous_of_ok(s, idx) and \
                words_[0] not in lexicon.property_nouns() and words_[0] not in w.FIELD_NOUNS:   # ("date of birth
            #                                                      and weight": a weight; "… and phone": a phone)
            words_ = [prev_of, words_[0]] if prev_of == "num" else [prev_of, "of", words_[0]]
        if len(words_) >= 3 and words_[0].endswith("al") and words_[0] not in ("principal", "total", "rental", "animal", "capital", "digital", "original"):
            words_ = words_[1:]
        if len(words_) == 2 and words_[0] in ("date", "day", "time") and not (words_[0] == "time" and unit) and (
                words_[1].endswith("ed") and lexicon.verb_lemma(words_[1]) or irregular_participle(words_[1])):
            words_ = [words_[1] + ("_at" if words_[0] == "time" else "_on")]   # "date joined", "time given":
            #                                                                  joined_on, given_at
        name = w.snake(words_)
        name = NAME_NORMALIZE.get(name, name)
        name = rx(r"(?<=.)_(date_time|datetime)$").sub("_at", name)
        if unit and unit not in ("money",):
            name = f"{name}_{unit}"
        per = next((i for i in idx if s.tokens[i].text == "per" and i + 1 < len(s.tokens)), None)
        unit_noun = w.singular(s.tokens[per + 1].text) if per is not None else None
        if per is not None and "_per_" not in name and s.tags[per + 1] == tx.NOUN and (
                unit_noun in lexicon.measure_nouns() or name.split("_")[-1] in w.UNIT_PRICES and
                self.entity_of_words((unit_noun,))[0] is None):
            name = f"{name}_per_{unit_noun}"      # "hours per week", "price per night", "a rate per word"
        if not name or name in ("which", "it", "who") or name in HIERARCHY_WORDS:
            if name in HIERARCHY_WORDS:
                entity.hierarchy = True
            return None
        if name == entity.key and type_word in ("text", "string"):
            name = "body"
        name = name[:63]
        attr = entity.attribute(name)
        if unit == "money":
            attr.unit = "money"
        elif unit:
            attr.unit = unit
        if type_word in ("numeric",):
            attr.hint = "numeric"
        elif type_word in ("string", "text", "free-text"):
            attr.hint = "text"
        elif type_word == "date":
            attr.hint = "date"
        elif type_word == "boolean" or (type_word == "flag" and name):
            attr.hint = attr.hint or ("boolean" if type_word == "boolean" else None)
        return name

    def _modifiers(self, attr, s, idx, p):
        toks = s.tokens
        text = " ".join(toks[i].text for i in idx)
        m = rx(r"(?:from |between |of |\()?(-?\d+)\s*(?:-|to|and|\.\.)\s*(-?\d+)\b").search(text) \
            if _DIGIT.search(text) else None
        if m and not rx(r"\d+,\d+").search(text):
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo < hi:
                attr.low, attr.high = lo, hi
        t = type_words(text)
        if t:
            attr.type = t
        if "json" in text and rx(r"\bjson\b").search(text) and not attr.type:
            attr.type = "jsonb"
        if rx(r"\b(euros?|dollars?|pounds|currency|usd|eur|gbp)\b").search(text) and \
                not attr.name.endswith("currency"):
            attr.unit = "money"                  # (not "a currency": which one, a code)

    def _set_optional(self, entity, name):
        if name in entity.attributes:
            entity.attributes[name].optional = True
        for r in self.spec.relations:
            if r.source == entity.key and ((r.role + "_" if r.role else "") + r.target) == name:
                r.optional = True


def previous_of_ok(s, idx):
    """A bare noun right after 'and' continues an 'X of Y' item: 'years of birth and death' (not after
    a list's comma: 'date of birth, and phone')."""
    return idx and idx[0] > 0 and s.tokens[idx[0] - 1].text == "and" and \
        (idx[0] < 2 or s.tokens[idx[0] - 2].text != ",")


# verbs of having room for ("each kennel holds a limited number of animals": its capacity)
ROOM_VERBS = frozenset("hold seat fit accommodate sleep take".split())


def _participle(base):
    irregular = {"pay": "paid", "make": "made", "give": "given", "send": "sent", "sell": "sold",
                 "buy": "bought", "write": "written", "take": "taken", "run": "run", "begin": "begun",
                 "do": "done", "go": "gone", "hold": "held", "keep": "kept", "sow": "sown", "cut": "cut"}
    if base in irregular:
        return irregular[base]
    if base in SAME_PARTICIPLE:
        return base                      # "the date set": set_on (not "seted")
    if base.endswith("ed"):
        return base
    listed = w.past_participle(base)
    if lexicon.verbs()[1].get(listed) == base:
        return listed                    # WordNet's verb.exc: "bring": brought (not "bringed")
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    doubled = base + base[-1:] + "ed"
    return doubled if lexicon.verbs()[1].get(doubled) == base else base + "ed"     # WordNet: "submitted"


_UNITS = {"kg": "kg", "kilograms": "kg", "kilogram": "kg", "g": "g", "grams": "g", "mg": "mg",
          "ul": "ul", "µl": "ul", "microliters": "ul", "microlitres": "ul", "ml": "ml", "l": "l",
          "litres": "l", "liters": "l", "c": "c", "celsius": "c", "f": "f", "hectares": "hectares",
          "hectare": "hectares", "ha": "ha", "km": "km", "m": "m", "metres": "m", "meters": "m",
          "cm": "cm", "mm": "mm", "millimetres": "mm", "millimeters": "mm", "centimetres": "cm", "centimeters": "cm",
          "kilometres": "km", "kilometers": "km", "seconds": "seconds", "secs": "seconds", "minutes": "minutes",
          "hours": "hours", "days": "days", "bytes": "bytes", "mb": "mb", "gb": "gb", "kw": "kw", "kwh": "kwh",
          "mw": "mw", "mwh": "mwh",
          "percent": "percent", "%": "percent", "euros": "money", "euro": "money", "eur": "money",
          "dollars": "money", "usd": "money", "gbp": "money", "pounds": "money", "currency": "money"}


def _unit_after(s, end, idx):
    toks = s.tokens
    rest = [toks[i].text for i in idx if i >= end]
    for n, t in enumerate(rest[:4]):
        if n == 0 and t in ("%", "percent", "pct"):
            return "percent"                     # "a rise % after 4h"
        if t == "as" and rest[n + 1:n + 3] in (["a", "percentage"], ["a", "percent"], ["percent"]):
            return "percent"                     # "the ownership share as a percentage"
        if t == "in" and n + 1 < len(rest):
            after = [x for x in rest[n + 1:n + 4] if x not in ("the", "a")]
            power = {"square": "2", "cubic": "3"}.get(after[0], "") if after else ""
            cand = after[1 if power else 0] if len(after) > bool(power) else ""
            if cand in _UNITS:
                return _UNITS[cand] + power      # ("in square metres": m2)
            if cand[-1:] in ("2", "3") and cand[:-1] in _UNITS and not power:
                return _UNITS[cand[:-1]] + cand[-1]   # ("in m2", "in cm3")
            if w.singular(cand) in lexicon.measure_nouns() and w.is_plural(cand):
                return cand + power              # "in tonnes", "in miles": a number of them
            if n + 3 < len(rest) and rest[n + 2] == "'s" and rest[n + 3] in _UNITS:
                return _UNITS[rest[n + 3]]
            if "currency" in rest:
                return "money"
        if t == "(" and n + 1 < len(rest) and rest[n + 1] in _UNITS and (n + 2 >= len(rest) or rest[n + 2] == ")"):
            return _UNITS[rest[n + 1]]
    return None


# participles between a field and the type it is kept as ("a price stored as decimal(10,2)")
STORED_AS = frozenset("stored kept saved held recorded represented encoded".split())

_TYPMOD = r"\s*\(\s*(\d+)\s*(?:[,.]\s*(\d+)\s*)?\)"
_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4"}
# (pattern, SQL type): the types PostgreSQL users write, most specific first; typmods kept
_TYPE_PATTERNS = [
    (r"\b(?:decimal|numeric)" + _TYPMOD, lambda m: f"numeric({m.group(1)}{',' + m.group(2) if m.group(2) else ''})"),
    (r"\b(?:decimal|numeric)\s+(\d+)\s*[,.]\s*(\d+)\b", lambda m: f"numeric({m.group(1)},{m.group(2)})"),
    (r"\b(?:decimal|numeric)\b", lambda m: "numeric"),
    (r"\b(?:with|to) (one|two|three|four|[1-6]) decimals?(?: places?)?\b",   # "a temperature with one decimal"
     lambda m: f"numeric(10,{_NUMBERS.get(m.group(1), m.group(1))})"),
    (r"\b(?:up to|max(?:imum)?(?: of)?|at most|no more than|limited to|(?:a )?limit of) (\d+) (?:characters|chars|letters)\b|"
     r"\b(\d+) (?:characters|chars|letters) (?:max(?:imum)?|long|at most)\b",
     lambda m: f"varchar({m.group(1) or m.group(2)})"),   # ("a name up to 80 characters", "(80 chars max)")
    (r"\b(?:varchar|character varying)" + _TYPMOD, lambda m: f"varchar({m.group(1)})"),
    (r"\b(?:varchar|character varying)\s+(\d+)\b", lambda m: f"varchar({m.group(1)})"),
    (r"\b(?:char|character)" + _TYPMOD, lambda m: f"char({m.group(1)})"),
    (r"\b(?:text|string) array\b|\barray of (?:text|strings?)\b|\btext\s*\[\s*\]", lambda m: "text[]"),
    (r"\b(?:integer|int) array\b|\barray of (?:integers?|ints?)\b|\bint(?:eger)?\s*\[\s*\]", lambda m: "integer[]"),
    (r"\(\s*(?:an? )?array of [a-z]+s\s*\)", lambda m: "text[]"),   # ("photos (array of urls)")
    (r"\bjsonb\b", lambda m: "jsonb"),
    (r"\bjson\b", lambda m: "jsonb"),
    (r"\b(?:bigint|int8|bigserial)\b", lambda m: "bigint"),
    (r"\b(?:smallint|int2)\b", lambda m: "smallint"),
    (r"\b(?:integer|int|int4|serial(?! (?:number|no|numbers|code|id)\b))\b", lambda m: "integer"),   # ("a serial
    #                                                                         number" is no serial column)
    (r"\bdouble precision\b|\bfloat8\b|\bfloat\b", lambda m: "double precision"),
    (r"\breal\b|\bfloat4\b", lambda m: "real"),
    (r"\buuid\b", lambda m: "uuid"),
    (r"\btimestamptz\b|\btimestamp with time zone\b", lambda m: "timestamptz"),
    (r"\btimestamp without time zone\b", lambda m: "timestamp"),
    (r"\bdatetime\b", lambda m: "timestamptz"),
    (r"(?:[a-z0-9]_[a-z0-9]+\s+|\(\s*|\bas\s+)timestamp\b", lambda m: "timestamp"),   # ("departs_at timestamp",
    #                                         "(timestamp)": the type as stated; not "with a timestamp", the noun)
    (r"\btimestamp\b", lambda m: "timestamptz"),
    (r"\binterval\b", lambda m: "interval"),
    (r"\b(int4|int8|num|ts|tstz|date)range\b", lambda m: f"{m.group(1)}range"),
    (r"\bbool(?:ean)?\b", lambda m: "boolean"),
    (r"\bbytea\b", lambda m: "bytea"),
    (r"\binet\b", lambda m: "inet"),
    (r"\bcidr\b", lambda m: "cidr"),
    (r"\btsvector\b", lambda m: "tsvector"),
]
# English words that are also types: a type only inside parentheses or after "as" ("birthday (date)")
_PLAIN_TYPES = [(r"\btext\b", "text"), (r"\bdate\b", "date"), (r"\btime\b", "time"), (r"\bmoney\b", "numeric(12,2)"),
                (r"\bpoint\b", "point"), (r"(?:string|str|varchar)", "text"), (r"double", "double precision"),
                (r"(?:a )?list(?: of (?:strings|words|names|tags))?", "text[]")]   # ("tags as a list")
# types said only inside parentheses: "a battery level (percentage)" ("a stake as a percentage" is a unit)
_NOTED_TYPES = [(r"(?:a )?(?:percentage|percent|%)", "numeric(5,2)")]


TYPE_HINT = re.compile(r"decimal|numeric|varchar|char|text|string|array|int|json|uuid|timestamp|bool|"
                       r"bytea|inet|cidr|real|double|float|interval|range|serial|tsvector|date|time|money|point|\[|"
                       r"percent|%|\blist\b")


def type_words(text):
    """A type stated in an item ('price numeric(10,2)', 'decimal 10,2', 'text array', 'weight (real)',
    'birthday (date)', 'as jsonb'), or None."""
    if not TYPE_HINT.search(text):
        return None
    for pattern, make in _TYPE_PATTERNS:
        m = re.search(pattern, text)
        if m:
            return make(m)
    for paren in rx(r"\(([^()]*)\)|\bas (?:an? )?(\w+)").finditer(text):
        scope = paren.group(1) if paren.group(1) is not None else paren.group(2)   # ("()": empty, no type)
        for pattern, sql in _PLAIN_TYPES + (_NOTED_TYPES if paren.group(1) else []):
            if re.fullmatch(r"\s*" + pattern + r"\s*", scope):
                return sql
    return None


def clean_values(values, singular=True):
    """Values as labels: lower case, words joined by '_'; a list of plurals ('dogs, cats') made
    singular unless the values were written as a schema's (singular=False: an enum's 'arts')."""
    out = []
    for v in values:
        v = rx(r"[^\w+-]+").sub("_", v.strip().lower()).strip("_")     # ("A+", "C++" keep their signs)
        if v and v not in out and len(v) <= 63:
            out.append(v)
    if singular and out and all(w.is_plural(v) for v in out if v != "other"):
        out = [w.singular(v) for v in out]
    if len(out) >= 4 and len(out) % 2 == 0 and all(x.isdigit() and not y.isdigit() for x, y in zip(out[::2], out[1::2])):
        out = out[1::2]                       # "1=low, 2=normal, 3=urgent": the labels of the codes
    return out
