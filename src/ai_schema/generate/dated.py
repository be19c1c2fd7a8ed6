"""When a thing underwent its act, said with a date or a time: 'every batch is brewed on a date' (brewed_on),
'is held at a venue on a date', 'each fixture is at a ground, on a date' (its date)."""

from .cues import LIGHT_VERBS, rx
from . import clauses, lexicon
from .field_names import _participle
from .tagging import irregular_participle
from . import text as tx
from . import words as w


def read_dated_acts(ex, s, subject):
    """'every batch is brewed on a date …', 'each parcel is shipped on a date and delivered at a
    time', 'is held at a venue on a date', 'are played between two teams on a date': when the thing
    underwent the act is its field (brewed_on, delivered_at, held_on, played_on); 'takes place … on a date':
    its date."""
    for m in rx(r"\b(\w+) (?:each |every )?([a-z]+) on an? (?:fixed |set |given |regular )?(weekday)\b").finditer(s.text()):
        key = ex.entity_of_words((w.singular(m.group(2)),))[0] if lexicon.verb_lemma(m.group(1)) else None
        if key is not None:                # "the van visits each village on a fixed weekday": the village's weekday
            ex.spec.entities[key].attribute("weekday")
    _object_dated(ex, s)
    if not s.phrases or subject is None or ex.entity_of(s.phrases[0])[0] != subject:
        return
    m = rx(r"\b(?:is|are) (?:(?:at|in) (?:a|an|the|one) [\w-]+(?: [\w-]+)?|between [\w -]{3,60}?),? (?:on|at) (?:a|the) "
           r"(?:given |set |specific )?(date|day)\b").search(s.text().replace(" ,", ","))
    if m:                                # "each fixture is at a ground, on a date", "each game is between a home
        ex.spec.entities[subject].attribute("date")   # club and an away club, on a date": its date (not "one
        #                                                level at a time": one at once)
    for m in rx(r"(?:\b(?:is|are|was|were|gets|get|and|takes?)) (\w+)(?: (?:out|up|off))?"
                r"(?: (?:at|in|on) (?:a|an|the|one) [\w-]+|"
                r" (?P<party>between|against|by|with|for) (?:a|an|the|one|two) (?:[\w-]+ ){0,6}?[\w-]+)? "
                r"(?:on|at) (?:a|the|which|what) (?:given |set |specific |certain |particular )?"
                r"(?P<when>date and time|date|day|time)\b").finditer(s.text()):
        if m.group(1) == "place":        # "every concert takes place at a venue on a date": its date
            ex.spec.entities[subject].attribute("date" if m.group("when") in ("date", "day") else "starts_at")
            continue
        if m.group("party") and lexicon.verb_lemma(m.group(1)) in LIGHT_VERBS:
            if m.group("when") in ("date", "day") and "date" not in ex.spec.entities[subject].attributes:
                ex.spec.entities[subject].attribute("date")   # ("a lesson is given by one instructor on a
            continue                     # date": its date; "each donation is made by a donor on a date": no
            #                              made_on)
        if (tx.participle_like(m.group(1)) or irregular_participle(m.group(1))) and lexicon.verb_lemma(m.group(1)):
            done = m.group(1)
            if lexicon.verb_lemma(done) in ("carry", "do", "make", "perform", "hold", "conduct") and \
                    (act := w.act_verb(ex.spec.entities[subject].words[-1])):
                done = _participle(act)       # ("an examination is carried out on … a date": examined_on)
            name = done + ("_on" if m.group("when") in ("date", "day") else "_at")
            ex.spec.entities[subject].attribute(name).hint = "date" if name.endswith("_on") else "timestamp"


def _object_dated(ex, s):
    """'I want to book a visit for my class on a date', 'contractors do repairs on a date': the day an act or an event
    (WordNet's) is booked or done on is its date (not 'reserve a desk on a floor for a day': the desk's no date)."""
    for c in clauses.clauses(s):
        on = next((p for prep, p in c.objects if (prep == "on" and p.head in ("date", "day") or
                                                  prep == "for" and p.head == "date") and
                   p.det in ("a", "an", "the", "one", "which") and len(p.words) == 1), None)
        key, role = ex.entity_of(c.direct) if c.direct is not None and on is not None and not c.passive else (None, None)
        if key is not None and not role and c.direct.head in lexicon.occurrence_nouns() and \
                not ex.entity_of(on)[0] and "date" not in ex.spec.entities[key].attributes:
            ex.spec.entities[key].attribute("date").hint = "date"
