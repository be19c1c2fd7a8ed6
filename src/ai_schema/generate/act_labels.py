"""'- Surveys: each hedge is surveyed by a volunteer on a date, noting its condition', '- Inspections: an
engineer inspects each turbine on a date and records its noise level': a label that names acts, then a clause
of the act's own verb — the clause's parties, its moment and what it notes are each act's fields, not the
thing the act is done to ('Surveys: a hedge, a volunteer, a date, its condition'). Used by rephrasing.py."""

import re

from . import lexicon
from .field_names import _participle
from . import words as w

_PARTY = r"(?:a|an|one|the|each|every|their|its) [a-z]+(?: [a-z]+)?"
_WHEN = r"(?:on|at|in) (?:a|an|the|which|what) (?:date and time|date|day|time|week|month|year)"
_NOTING = r"(?:,? (?:noting|recording|logging|writing down|with)|,? and (?:we )?(?:notes?|records?|logs?|writes? down))"
# the label, then a passive ("each hedge is surveyed by a volunteer") or an active clause ("a volunteer
# surveys each hedge"), its moment, and what it notes
ACT_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<acts>[A-Za-z][a-z]+s)[ \t]*:[ \t]*(?:"
    r"(?:each|every|a|an|the) (?P<thing>[a-z]+(?: [a-z]+)?) (?:is|are|gets|get) (?P<done>[a-z]+)"
    r"(?: by (?P<agent>" + _PARTY + r"))?|"
    r"(?P<doer>(?:a|an|one|the) [a-z]+(?: [a-z]+)?) (?P<does>[a-z]+s) (?P<object>(?:each|every|a|an|the) [a-z]+(?: [a-z]+)?))"
    r"(?: (?P<when>" + _WHEN + r"))?(?P<noting>" + _NOTING + r" (?P<rest>[^\n]+))?[ \t]*$", re.M)


def _of_label(acts, verb):
    """Does the label name the verb's acts (surveys: survey; inspections: inspect)?"""
    act = w.singular(acts.lower())
    base = lexicon.verb_lemma(verb)
    return base is not None and (act in (base, w.gerund(base)) or w.act_verb(act) == base or
                                 act in w.nominalizations(base))


def _doer(party, done):
    """'the volunteer who surveyed it': the one who did the act, said so that it is a party of its own (a
    table the act refers to), not a name kept on the act."""
    return f"the {party.split(' ', 1)[1]} who {done} it"


def _fields(m):
    if m.group("done") is not None:
        if not _of_label(m.group("acts"), m.group("done")) or m.group("done") == lexicon.verb_lemma(m.group("done")):
            return m.group(0)                    # (a participle: "each hedge is surveyed", not "is long")
        parties = ["a " + m.group("thing")] + ([_doer(m.group("agent"), m.group("done"))] if m.group("agent") else [])
    else:
        if not _of_label(m.group("acts"), m.group("does")):
            return m.group(0)
        parties = ["a " + m.group("object").split(" ", 1)[1],
                   _doer(m.group("doer"), _participle(lexicon.verb_lemma(m.group("does"))))]
    if m.group("when") is None and m.group("noting") is None:
        return m.group(0)                        # (nothing but the parties: the relation rules read those)
    when = m.group("when").split(" ", 2)[2] if m.group("when") else None
    items = parties + (["a " + when] if when else []) + ([m.group("rest").strip()] if m.group("rest") else [])
    return f"{m.group('lead')}{m.group('acts')}: {', '.join(items)}"


def rewritten(text):
    """The text with each act label's clause said as the acts' fields."""
    return ACT_LABEL.sub(_fields, text)
