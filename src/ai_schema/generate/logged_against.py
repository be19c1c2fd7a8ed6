"""A value people log against things: 'employees log hours against projects', 'drivers log fuel costs against
vehicles every week', 'mechanics log the hours they spend on a job'. The value is kept per pair — a table that
refers to both, logged again and again — and a period said after it ('each day', 'every week', 'monthly') is
the row's day, week or month."""

from . import lexicon
from . import words as w
from .field_owners import KEEPING
from .verb_objects import past_relative
from .knowledge import PERIOD_FIELDS

# the nouns of a period a record is kept for, and how often it recurs ("each day": daily) — knowledge's
# PERIOD_FIELDS read the other way (its first word for each period: "yearly", not "annual")
_PERIOD_OF = {}
for _period, _field in PERIOD_FIELDS.items():
    _PERIOD_OF.setdefault(_field, _period)


def logged_against(ex, s, i, owner, value):
    """The pair's table when the people (owner) log the value (the phrase right after the verb at i) against
    things, or None."""
    end, spent = past_relative(s, value)           # ("log the hours they spend on a job": per job)
    if value is None or value.start > i + 2 or not lexicon.holds_people(owner) or \
            (w.verb_lemma(s.words[i]) or s.words[i]) not in KEEPING or \
            not w.field_word(w.singular(value.head)) or ex.entity_of(value)[0] is not None or \
            s.words[end:end + 1] not in (["against"], ["on"], ["for"], ["to"], ["at"], ["in"]):
        return None
    thing = s.next_phrase(end + 1)
    key, role = ex.entity_of(thing) if thing is not None and thing.start <= end + 2 and \
        (thing.plural or thing.det in ("each", "every") or spent and thing.det in ("a", "an")) else (None, None)
    if key is None or role or key == owner or lexicon.holds_people(key) and s.words[value.end] != "against":
        return None                                 # ("nurses record the temperature for patients": theirs)
    pair = ex._pair_table(owner, key)
    ex.spec.entities[pair].pair_unique = False     # (logged again and again)
    period = period_after(s, thing.end)
    if period is not None:
        ex.periods.setdefault(tuple(pair.split("_")), period)   # ("… against projects each day": the day's)
    return pair


def period_after(s, k):
    """How often a record recurs when 'each day', 'every week', 'per month' or 'daily' follows at k, or None."""
    words = s.words[k:k + 2]
    if words[:1] and words[0] in _PERIOD_OF.values():
        return words[0]
    return _PERIOD_OF.get(words[1]) if len(words) == 2 and words[0] in ("each", "every", "per", "a") else None
