"""Chat notes read as plain statements: shorthand ('ppl', 'w/', 'appt', 'img'), fillers ('lol', 'tbh'),
'r' and 'n' for are and and, 'there' for their, labels written with '=' ('recipe = name, style'), 'VAT no' for
a number, a count with a plus ('2+ players'), a remark after a dash ('VIN - unique'). Used by plain.py."""

import re

from . import lexicon
from . import words as w
from .value_spellings import sub as _sub


# Chat spellings that hide a sentence's structure: "groomers r just name + wage", "there owners"
_CHAT_ARE = re.compile(r"(?<=[a-z]) r (?=[a-z])")
_CHAT_AND = re.compile(r"(?<=\w) ?\+ ?(?=\w)|(?<=[a-z]{2}) n (?=[a-z]{2})|(?<=[a-z]) n (?=when\b|where\b|why\b|how\b)")
#                   "price + allergens", "breads n cakes", "name n type", "which family got which parcel n when"
_CHAT_THEIR = re.compile(r"\bthere (?=[a-z]+s\b)")
# "ppl buy passes", "setlists w/ songs", "we're a gym", "can't": short spellings and contractions
_CHAT_WORDS = {"ofc": "", "ppl": "people", "theres": "there are", "there's": "there are", "w/": "with", "w/o": "without", "b/c": "because", "'re": " are", "'ve": " have",
               "'ll": " will", "'m": " am", "n't": " not", "can't": "can not", "cannot": "can not", "won't": "will not",
               "appt": "appointment", "appts": "appointments", "hrs": "hours", "mins": "minutes",
               "img": "image", "imgs": "images", "addr": "address", "secs": "seconds", "lang": "language",
               "langs": "languages",
               "whos": "who is", "thats": "that is",
               **{f"{x}'s": f"{x} is" for x in ("it", "that", "he", "she", "what", "who", "here")}}   # (a noun's 's is
#                                                                                          its owner's: left as it is)
_CHAT_WORD = re.compile(r"(?i)\b(?:ofc|ppl|w/o|w/|b/c|theres|there's|appts?|hrs|mins|whos|thats|imgs?|addr|secs|langs?)"
                        r"(?=[\s,.;!?)]|$)|(?<=[a-z])(?:'re|'ve|'ll|'m)\b|\b(?:can't|cannot|won't)\b|"
                        r"\b(?:it|that|he|she|what|who|here)'s\b|"
                        r"(?<=[a-z])n't\b")
# "each pub has a team or two": one or more of them
_OR_TWO = re.compile(r"\b(?:a|an|one) ([a-z]+) or two\b(?! [a-z]+s\b)")
# "need db for shows": a database (written "db" or "DB"; "dB" is a decibel)
_CHAT_DB = re.compile(r"\b(?:db|DB)(s?)(?=[\s,.;!?])")
# "fixtures vs other clubs": played against them (a plural, then the plural it is against)
_VERSUS = re.compile(r"(?<=[a-z]s) (?:vs\.?|v\.?|versus) (?=(?:other |opposing |rival |visiting )?[a-z]+s\b)")
# chat fillers that say nothing about the data ("dogs belong to owners obvs", "who has what rn")
_CHAT_FILLER = re.compile(r"\b(?:obvs?|lol|lmao|haha|tbh|btw|imo|imho|rn|pls|plz|thx|idk|fyi)\b(?=[\s,.;:!?)]|$)")   # (lower
#                                                                         case: "an IMO number" is an acronym)
# "a loan is item + borrower + when + due back": a thing defined by what it is made of
_CHAT_IS = re.compile(r"(?:(?<=[.!?,;:] )|(?<=^)|(?<=\n))(?:a|an|each|every) (?P<label>[a-z]+(?: [a-z]+)?) (?:is|=) "
                      r"(?P<parts>[a-z][\w ]{0,30}(?:\+[\w ]{1,30}){2,12})", re.I | re.M)


# "…, bookings = client + artist + date": after a comma, such a label opens a sentence of its own
_CHAT_EQUALS_AFTER_COMMA = re.compile(r",\s+(?=(?:[a-z]+ ){0,2}[a-z]+s\s*=\s*[a-z][^,.;\n()]*\+)", re.I)   # (a + list)
# "bars = name + address + contact person": a plural label and an equals sign open its list
_CHAT_EQUALS = re.compile(r"(?:(?<=[.!?,;] )|(?<=^)|(?<=\n))(?P<label>(?:[a-z]+ ){0,2}[a-z]+s|(?:every|each) [a-z]+(?: [a-z]+)?)"
                          r"\s*=\s*(?=[a-z])", re.I | re.M)          # ("every job = one cleaner at one client …")


# "clients = companies we work for": a plural said to be other plurals (a definition, not a label)
_CHAT_DEFINED = re.compile(r"(?:(?<=[.!?,;] )|(?<=^)|(?<=\n))(?P<label>(?:[a-z]+ ){0,2}[a-z]+s)\s*=\s*"
                           r"(?=[a-z]+s (?:we|i|that|who|which) )", re.I | re.M)


# "one recipe (recipe = name, style, target abv)": the noun named again inside its own parenthesis
_CHAT_SAME_LABEL = re.compile(r"\b(?P<noun>[a-z]+) \((?P=noun)s? ?[=:] ?(?=[a-z])", re.I)
# "recipes = smoothies on menu, price": a plural label said to be other plurals somewhere, then its fields
_CHAT_DEFINED_LIST = re.compile(r"(?:(?<=[.!?;] )|(?<=^)|(?<=\n))(?P<lead>[ \t]*[-*•]?[ \t]*)(?P<label>(?:[a-z]+ ){0,2}[a-z]+s)"
                                r"\s*=\s*(?P<what>[a-z]+s (?:on|in|at|of|from|for) (?:the |our |a )?[a-z]+(?: [a-z]+)?)"
                                r",[ \t]*(?=[a-z])", re.I | re.M)
# "recipe = name, style, target abv": a singular label and an equals sign before a list
_CHAT_EQUALS_LIST = re.compile(r"(?:(?<=[.!?;] )|(?<=^)|(?<=\n))(?P<label>(?:[a-z]+ ){0,2}[a-z]+)\s*=\s*"
                               r"(?=[a-z][\w -]*,)", re.I | re.M)


# "packages = mini / standard / full day": the kinds of a thing, between slashes
_CHAT_KINDS = re.compile(r"(?:(?<=[.!?,;] )|(?<=^)|(?<=\n))(?P<label>(?:[a-z]+ ){0,2}[a-z]+s)\s*=\s*"
                         r"(?P<kinds>[a-z][\w-]*(?: [\w-]+){0,2}(?:\s*/\s*[a-z][\w-]*(?: [\w-]+){0,2}){1,8})(?=\s*(?:[,.;]|$))",
                         re.I | re.M)


def _chat_kinds(m):
    kinds = [k.strip() for k in m.group("kinds").split("/")]
    return f"{m.group('label')} ({', '.join(kinds[:-1])} or {kinds[-1]})"


# "volunteers sign up for shifts", "…, and volunteers sign up": the phrasal verb is one act, a registration
# (not "the date they signed up": a moment, signed_up_at)
_SIGN_UP = re.compile(r"\bsign(s|ed|ing)? up (?=for|to)\b|\bsign(s)? up(?=\s*(?:[,.;]|and\b|$))", re.I)


# "customers?? name + phone": a note's doubt, then the thing's fields (no question ends there)
_DOUBT = re.compile(r"^(\s*[a-z][a-z ]{0,30}[a-z])\?{2,}[ \t]+(?=[a-z])", re.M)


def _chat_is(m):
    """'a loan is item + borrower + when + due back' -> 'loans: item, borrower, date, due back'."""
    parts = [x.strip() for x in m.group("parts").split("+")]
    return f"{w.plural(m.group('label'))}: " + ", ".join("date" if x == "when" else x for x in parts)


# "keep track of gigs!! venue, date, fee": after an exclamation, a lower-case list is what was exclaimed about
_BANG_LIST = re.compile(r"(?<=[a-z])!+[ \t]+(?=[a-z][a-z ]{0,30},[ \t]*[a-z])")


# "guests book rooms for date ranges", "rent a car for a period of time": when it starts and ends
_FOR_RANGE = re.compile(r"\bfor (?:a |the |given |specific |certain )?(?P<unit>date|time) (?:ranges?|spans?|periods?)\b", re.I)
# "VIN - unique, plate number", "closed on - optional": a remark on the item, said with a dash
_DASH_REMARK = re.compile(r"[ \t]+[-–—][ \t]+(unique|optional|required|mandatory|never (?:reused|repeated|duplicated)|"
                          r"no duplicates)(?=[ \t]*[,;)]|[ \t]*$)", re.I | re.M)
# "a loan starts and ends on given dates", "the rental begins and ends on a date": a start and an end date
_STARTS_AND_ENDS = re.compile(r"\b(?P<verb>starts|start|begins|begin) and (?:ends|end|finishes|finish) on "
                              r"(?:(?:a |the )?(?:given|specific|certain|set|particular) )?(?:a )?dates?\b", re.I)
# "each donation is weighed in kilograms": its weight, in that unit
_WEIGHED_IN = re.compile(r"\b(?P<be>is|are) weighed in (?P<unit>[a-z]+)(?P<more> and (?=[a-z]+ed\b))?", re.I)
# "each walk has 1+ dogs", "teams of 2+ players": a count and a plus is that many or more
_COUNT_PLUS = re.compile(r"(?<![\w.$])(\d+)\+(?= ?[a-z])")


def _weighed_in(m):
    """'is weighed in kilograms and logged with …' -> 'has a weight in kilograms. It is logged with …'."""
    one = m.group("be").lower() == "is"
    out = ("has" if one else "have") + f" a weight in {m.group('unit')}"
    return out + ((". It is " if one else ". They are ") if m.group("more") else "")


# "VAT no (unique)", "order nr, date": a number, abbreviated (not "yes or no", "say no, …")
_NUMBER_NO = re.compile(r"\b(?P<word>(?!(?:yes|or|and|say|is|are|answer|and)\b)[A-Za-z]{2,}) (?:no|nr|num)\.?"
                        r"(?=[ \t]*(?:[,;()]|unique\b|$))", re.I | re.M)


# "- suppliers, phone": a list line whose plural label is followed by a comma and field words only
_LABEL_COMMA = re.compile(r"^(?P<lead>[ \t]*[-*•][ \t]*)(?P<label>(?:[a-z]+ ){0,2}[a-z]+s),[ \t]+(?P<rest>[a-z][^\n:=]*)$", re.M)


def _label_comma(m):
    """The line with a colon after its label when every item after the comma is a field ('phone', 'cost per
    unit'), and the label itself is none ("- dates, times" lists no thing)."""
    items = [x.strip() for x in re.split(r",|\band\b|\+", m.group("rest")) if x.strip()]
    label = m.group("label").split()
    if not items or w.field_word(w.singular(label[-1])) or \
            not all(w.field_word(w.singular(x.split()[-1])) or w.field_word(w.singular(x.split()[0])) for x in items):
        return m.group(0)
    return f"{m.group('lead')}{m.group('label')}: {m.group('rest')}"


def chat(text):
    """The text with its chat shorthand spelled out."""
    text = _sub(_NUMBER_NO, lambda m: f"{m.group('word')} number", text, " no", " nr", " num", " NO", " No")
    text = _sub(_CHAT_WORD, lambda m: _CHAT_WORDS[m.group(0).lower()], text, "'", "/", "ofc", "ppl", "cannot",
                "theres", "appt", "hrs", "mins", "whos", "thats", "img", "addr", "secs", "lang")
    text = _sub(_OR_TWO, lambda m: f"one or more {w.plural(m.group(1))}", text, " or two")
    text = _sub(_CHAT_DB, lambda m: "database" + m.group(1), text, "db", "DB")
    text = _sub(_VERSUS, lambda m: " against ", text, " v")
    text = _CHAT_FILLER.sub("", text).replace(" & ", " and ")
    text = _sub(_STARTS_AND_ENDS, lambda m: ("has" if m.group("verb").lower().endswith("s") else "have") +
                " a start date and an end date", text, " and ends ", " and end ", " and finish")
    text = _sub(_WEIGHED_IN, _weighed_in, text, "weighed in")
    text = _sub(_DASH_REMARK, lambda m: f" ({m.group(1).lower()})", text, " - ", " – ", " — ")
    text = _sub(_FOR_RANGE, lambda m: f"with a start {m.group('unit').lower()} and an end {m.group('unit').lower()}",
                text, "range", "span", "period")
    text = _sub(_COUNT_PLUS, lambda m: ("one" if m.group(1) == "1" else m.group(1)) + " or more", text, "+")
    text = _sub(_BANG_LIST, ": ", text, "!")
    text = _sub(_LABEL_COMMA, _label_comma, text, ",")
    text = _sub(_CHAT_IS, _chat_is, text, "+")
    text = _sub(_SIGN_UP, lambda m: f"register{m.group(1) or m.group(2) or ''} ", text, "sign")
    text = _sub(_DOUBT, r"\1: ", text, "??")
    text = _sub(_CHAT_KINDS, _chat_kinds, text, "=")
    text = _sub(_CHAT_EQUALS_AFTER_COMMA, ". ", text, "=")
    text = _sub(_CHAT_SAME_LABEL, lambda m: f"{m.group('noun')} (", text, "=", ":")
    text = _sub(_CHAT_DEFINED_LIST, lambda m: f"{m.group('lead')}{m.group('label')} ({m.group('what')}): ", text, "=")
    text = _sub(_CHAT_DEFINED, lambda m: f"{m.group('label')} are ", text, "=")
    text = _sub(_CHAT_EQUALS, lambda m: f"{m.group('label')}: ", text, "=")
    text = _sub(_CHAT_EQUALS_LIST, lambda m: f"{m.group('label')}: ", text, "=")
    text = _sub(_CHAT_AND, " and ", _sub(_CHAT_ARE, " are ", text, " r "), "+", " n ")
    # "there owners" (their): "there" before a plural that is no verb form ("there needs" stays)
    text = _sub(_CHAT_THEIR, lambda m: m.group(0) if lexicon.verb_lemma(
        text[m.end():].split(None, 1)[0].strip(".,;:!?)") or "") else "their ", text, "there ")
    return _sub(_CHAT_VERB_THEIR, _verb_their, text, "there ")


# "the mechanics log there labour": "there" between a verb and a noun is "their"
_CHAT_VERB_THEIR = re.compile(r"\b(?P<verb>[a-z]+) there (?=(?P<noun>[a-z]+)\b)")


def _verb_their(m):
    verb, noun = m.group("verb"), m.group("noun")
    if lexicon.verb_lemma(verb) != verb or not lexicon.mostly_verb(verb) or verb in w.AUXILIARIES or \
            noun in w.DETERMINERS or noun in w.PREPOSITIONS or noun in w.QUANTIFIERS or noun in w.ADVERBS or \
            noun in lexicon.adverbs() or noun.endswith("ly") or noun in ("is", "are", "was", "were", "and", "or"):
        return m.group(0)
    return f"{verb} their "
