"""Ways a text says what a thing has or goes through, rewritten into the plain forms the readers know:
'register my cars by plate, make and colour' (with), 'from one address to another' (two fields), 'see when it
was accepted' (kept), 'Each sample, called an accession, …' (one name), 'Whenever a driver fills up, they log
…' (a log of fill-ups), 'tickets go through: a > b > c' (a status), 'type bisque or glaze', 'litres used',
'each track played: …'."""

import re

from . import lexicon
from . import words as w
from .tagging import irregular_participle
from .value_spellings import sub as _sub


# "we record each track played: the artist, …": what is done to each one says which ones, before their fields
_EACH_DONE_COLON = re.compile(r"\b(?P<each>(?:each|every) [a-z]+(?: [a-z]+)?) (?P<done>[a-z]+)(?=:[ \t])")


def _done(word):
    """Is the word a verb's participle ('played', 'used', 'sown', 'held')?"""
    return word.endswith("ed") and lexicon.verb_lemma(word) not in (None, word) or irregular_participle(word)


def _each_done_colon(m):
    noun = m.group("each").split()[1:]
    return m.group("each") if _done(m.group("done")) and not any(x in w.FUNCTION_WORDS for x in noun) else m.group(0)


# "see when it was accepted and when it was completed": when something was done, to be seen, is kept
_SEE_WHEN = re.compile(r"\b(?:see|view|check|know)(?= when (?:it|they|each|every|the|my|our)\b[^.;\n]{0,40}? "
                       r"(?:is|are|was|were|gets|got) [a-z]+ed\b)")


# "Each sample, called an accession, has …": the name the text gives the thing is its name, and the other says it too
_CALLED = re.compile(r"\b(?P<det>[Ee]ach|[Ee]very|[Aa]n?) (?P<x>[a-z]+), (?:called|known as|also called|also known as) "
                     r"(?:an? )?(?P<y>[a-z]+),")


def _called(m):
    x, y = m.group("x"), m.group("y")
    if x == y or lexicon.verb_lemma(y) is not None and lexicon.mostly_verb(y):
        return m.group(0)
    return f"{w.plural(x).capitalize()} are {w.plural(y)}. {m.group('det').capitalize()} {y}"


# "Whenever a driver fills up, they log the litres, …": each time one does it is a record of the act (a
# phrasal verb's act named verb-particle: a fill-up, a check-in), with the fields logged
_WHENEVER_DONE = re.compile(r"\b(?:[Ww]henever|[Ee]very time|[Ee]ach time) (?:a|an|the) (?P<x>[a-z]+) (?P<v>[a-z]+s)"
                            r"(?: (?P<prt>up|in|out|off|over|back))?,? (?:they|we|he|she|I) "
                            r"(?:log|logs|record|records|note|notes|enter|enters) ")


def _whenever_done(m):
    verb = lexicon.verb_lemma(m.group("v"))
    act = f"{verb}-{m.group('prt')}" if verb and m.group("prt") else lexicon.verb_act(verb) if verb else None
    if not act or lexicon.verb_lemma(m.group("x")) == m.group("x"):
        return m.group(0)
    return f"we keep a log of {w.plural(act)}: which {m.group('x')}, "


# "tickets go through: received > diagnosed > repaired > collected": the states each one goes through
_GOES_THROUGH = re.compile(r"\b(?P<things>[a-z]+s) (?:go|goes|move|moves|pass|passes|progress|progresses) through:? "
                           r"(?P<steps>[a-z][a-z ]{0,30}?(?: ?(?:>|->|→) ?[a-z][a-z ]{0,30}?){2,})(?=[ \t]*(?:[.;\n]|$))")


def _goes_through(m):
    steps = [x.strip() for x in re.split(r"->|>|→", m.group("steps")) if x.strip()]
    return f"{m.group('things')} have a status ({', '.join(steps[:-1])} or {steps[-1]})"


# "kiln firings: date, type bisque or glaze, …": a kind's values said right after it in a list
_KIND_OR = re.compile(r"(?<=[,:] )(?P<kind>(?:" + "|".join(sorted(w.KIND_HEADS | {"status", "size"})) + r")) "
                      r"(?P<a>[a-z]+) or (?P<b>[a-z]+)(?=[ \t]*(?:,|\n|$|\.|;))", re.M)


# "litres used", "hours worked", "miles driven" in a list: how much, one field (no table of litres)
_MEASURE_DONE = re.compile(r"(?<=[,:] )(?P<unit>[a-z]+) (?P<done>[a-z]+)(?=[ \t]*(?:,|\n|$| and |\.|;))", re.M)


def _measure_done(m):
    unit, done = m.group("unit"), m.group("done")
    return f"{unit}-{done}" if _done(done) and w.singular(unit) in lexicon.measure_nouns() and \
        w.singular(unit) not in w.WHEN_FIELDS - {"year"} else m.group(0)


# "book pickups from one address to another": two fields of the thing, each end's (a thing's two ends are
# references, read in links.route: "from one bin to another")
_FIELD_ROUTE = re.compile(r"\bfrom (?:one|an?|the) (?P<f>[a-z]+) to (?:another|a different|the other|a second)"
                          r"(?: (?P=f))?\b")


def _field_route(m):
    return f"with a from-{m.group('f')} and a to-{m.group('f')}" if m.group("f") in w.FIELD_NOUNS - w.WHEN_FIELDS \
        else m.group(0)


# "register my cars by number plate, make and colour", "describes each missing bag by colour, brand and type": the
# things a keeping verb keeps, listed by their fields
_KEPT_BY_LIST = re.compile(r"\b(?P<kept>(?:register|registers|record|records|add|adds|list|lists|log|logs|enter|enters|"
                           r"describe|describes|describing) "
                           r"(?:(?:my |our |the |their |all )?[a-z]+s|(?:each|every) [a-z]+(?: [a-z]+)?)) by "
                           r"(?=[a-z][\w-]*(?: [a-z][\w-]*){0,2}, "
                           r"[a-z][\w-]*(?: [a-z][\w-]*){0,2}(?:,| and ))")


# "check in date, check out date": the time of a phrasal act WordNet names (check-in), one field each
_ACT_TIME = re.compile(r"\b(?P<verb>[a-z]+) (?P<prt>in|out|up|off|on|over) (?P<when>date|time|day|timestamp)\b")


def _act_time(m):
    return f"{m.group('verb')}-{m.group('prt')} {m.group('when')}" \
        if (m.group("verb"), m.group("prt")) in lexicon.phrasal_acts() else m.group(0)


# "record the filament used by each job in grams": how much of a mass each one used is a field of each one
_USED_BY_EACH = re.compile(r"\bthe (?P<x>[a-z]+) (?P<done>[a-z]+) by (?P<each>each|every) "
                           r"(?P<y>[a-z]+(?: (?!(?:in|at|on|for|with|per|and|or|so|to)\b)[a-z]+)?)\b")


def _used_by_each(m):
    x, y = m.group("x"), m.group("y")
    if not _done(m.group("done")) or w.is_plural(x) or x in w.FUNCTION_WORDS or x in lexicon.thing_nouns() or \
            x in lexicon.person_nouns() or w.field_word(y.split()[-1]):
        return m.group(0)
    return f"{m.group('each')} {y}'s {x} {m.group('done')}"


# "a customer books a place on a session", "reserve a spot in a class": what is booked is the session
_PLACE_ON = re.compile(r"\b(?P<verb>book|books|booked|booking|reserve|reserves|reserved|reserving|take|takes|secure|secures) "
                       r"(?:a|one|their|his|her|my) (?:place|spot) (?:on|in|at|for) (?=a |an |the |one |each |every )", re.I)


# "a route is a list of cafes in drop order": a thing that is a list of others holds them (a pair, in order)
_LIST_OF = re.compile(r"(?:\b(?P<be>is|are)|(?<= )=) (?:a |an )?(?:list|lists|sequence|sequences|series|chain|chains) of "
                      r"(?=[a-z]+s\b)")


# "stands booked by the hour by members": how often or by what unit, said as the adverb the readers know
_BY_THE_UNIT = re.compile(r"\bby the (?P<unit>hour|night|day|week|month|year)(?= by\b)")   # (before an agent only)
_UNIT_ADVERB = {"hour": "hourly", "night": "nightly", "day": "daily", "week": "weekly", "month": "monthly", "year": "yearly"}


# "may include a vehicle, recorded by its registration and length": what it is recorded by are its fields
_RECORDED_BY = re.compile(r",(?P<done> (?:recorded|described|registered|logged|noted|listed)) by (?=(?:its|their) )")


# "each bike consists of a frame number, a model and a colour": what one thing consists of, said one by one with
# fields among them, is what it has (not parts: "a concert consists of pieces")
_CONSISTS_OF = re.compile(r"\b(?P<verb>consists|consist|is made up|are made up) of (?=(?:a|an|its|their) (?P<rest>[^.;\n]{0,80}))")


def _consists_of(m):
    words = re.findall(r"[a-z]+", m.group("rest").lower())
    if not any(w.field_word(x) for x in words) or ("," not in m.group("rest") and " and " not in m.group("rest")):
        return m.group(0)
    return "have " if m.group("verb") in ("consist", "are made up") else "has "


def rephrased_fields(text):
    """The text with those phrasings made plain."""
    text = _sub(_KEPT_BY_LIST, lambda m: f"{m.group('kept')} with ", text, " by ")
    text = _sub(_FIELD_ROUTE, _field_route, text, "from ")
    text = _sub(_SEE_WHEN, "record", text, " when ")
    text = _sub(_CALLED, _called, text, " called ", " known as ")
    text = _sub(_WHENEVER_DONE, _whenever_done, text, "henever ", " time ")
    text = _sub(_GOES_THROUGH, _goes_through, text, " through")
    text = _sub(_KIND_OR, lambda m: m.group(0) if {m.group("a"), m.group("b")} & {"not", "no", "none"} else
                f"{m.group('kind')} ({m.group('a')} or {m.group('b')})", text, " or ")
    text = _sub(_MEASURE_DONE, _measure_done, text, ", ", ": ")
    text = _sub(_EACH_DONE_COLON, _each_done_colon, text, "each ", "every ")
    text = _sub(_ACT_TIME, _act_time, text, " date", " time", " day")
    text = _sub(_USED_BY_EACH, _used_by_each, text, " by each ", " by every ")
    text = _sub(_PLACE_ON, lambda m: m.group("verb") + " ", text, " place ", " spot ")
    text = _sub(_LIST_OF, lambda m: "contain " if m.group("be") == "are" else "contains ", text, " of ")
    text = _sub(_BY_THE_UNIT, lambda m: _UNIT_ADVERB[m.group("unit")], text, "by the ")
    text = _sub(_RECORDED_BY, lambda m: f",{m.group('done')} with ", text, " by its ", " by their ")
    text = _sub(_CONSISTS_OF, _consists_of, text, "consist", "made up")
    return text
