"""When a thing happens and how long it lasts, said by a verb: 'a walk happens at a scheduled time,
lasts a number of minutes' (walks.scheduled_at, walks.duration_minutes), 'each class starts at a set
hour', 'the auction ends on a date'. The thing is the nearest one named before the verb."""

from . import lexicon
from . import text as tx
from .fragments import defined_one
from .tagging import irregular_participle
from . import words as w

_WHEN_VERBS = frozenset("happen occur start begin end finish close open run".split())
_TIME_HEADS = {"time": "_at", "hour": "_at", "date": "_on", "day": "_on"}
_NAMED = {"start": "starts", "begin": "starts", "end": "ends", "finish": "ends", "close": "closes", "open": "opens",
          "happen": "occurs", "occur": "occurs", "run": "runs"}
_LASTING = frozenset("last lasts lasted take takes took".split())


def read(ex, s, subject):
    """The time and duration fields a sentence gives its things."""
    toks, words = s.tokens, s.words
    _from_to(ex, s, subject)
    for i, t in enumerate(toks):
        if (words[i] in _LASTING and words[i + 1:i + 2] != ["place"] or words[i] in ("is", "are")) and i + 1 < len(toks):
            unit = _duration_unit(s, i + 1, counted=words[i] in ("is", "are"))   # ("each appt is 30 or 60 min")
            if unit is not None and (owner := owner_before(ex, s, i, subject)) is not None:
                entity = ex.spec.entities[owner]
                entity.attribute(f"duration_{unit}").hint = "count"
                entity.attributes.pop(unit, None)     # (the same words read as a field named by the unit)
            continue
        if s.tags[i] != tx.VERB:
            continue
        verb = w.verb_base(t.text) or t.text
        placed = lexicon.verb_lemma(t.text) == "take" and words[i + 1:i + 2] == ["place"]
        if verb not in _WHEN_VERBS and not placed:
            continue
        at = next((j for j in range(i + 1, min(len(words) - 1, i + (9 if placed else 2))) if words[j] in ("at", "on")
                   and (q := s.next_phrase(j + 1)) is not None and q.head in _TIME_HEADS), None)
        if at is None or any(x in (",", ";", "and", "or") for x in words[i + 1:at]):
            continue                             # ("takes place in one venue at a start time": when, past where)
        q = s.next_phrase(at + 1)
        if any(s.tags[j] not in (tx.DET, tx.ADJ) for j in range(at + 1, q.start)):
            continue
        owner = owner_before(ex, s, i, subject)
        if owner is None:
            continue
        said = [x for x in q.words[:-1] if x not in w.DETERMINERS and x.endswith("ed")]
        if placed and not said:
            if len(q.words) > 1 and q.words[-2] in ("start", "end"):
                ex.spec.entities[owner].attribute(w.snake(q.words[-2:]))   # "takes place … at a start time"
            continue                             # (a bare date or time after 'takes place' is read as said)
        name = (w.snake(said) if said else _NAMED.get(verb, verb)) + _TIME_HEADS[q.head]   # ("a scheduled time")
        ex.spec.entities[owner].attribute(name).hint = "timestamp" if _TIME_HEADS[q.head] == "_at" else "date"


def _from_to(ex, s, subject):
    """'each season runs from a start date to an end date', 'a class is one course …, from a start date to an
    end date': two times a thing lasts between are two fields of it (what it is defined as first)."""
    words = s.words
    for i in (i for i, x in enumerate(words) if x == "from"):
        start = s.next_phrase(i + 1)
        if start is None or start.head not in _TIME_HEADS or words[start.end:start.end + 1] != ["to"] or \
                any(s.tags[j] != tx.DET for j in range(i + 1, start.start)):
            continue
        end = s.next_phrase(start.end + 1)
        if end is None or end.head not in _TIME_HEADS or any(s.tags[j] != tx.DET for j in range(start.end + 1, end.start)):
            continue
        defined = defined_one(s) or _passive_subject(s)
        owner = ex.entity_of(defined)[0] if defined is not None else next(
            (key for q in reversed(s.phrases) if q.end <= i and q.head in lexicon.occurrence_nouns()
             for key in (ex.entity_of(q)[0],) if key is not None), None) or owner_before(ex, s, i, subject)
        #                                    ("book a stay for their cats, from an arrival date to …": the stay's)
        if owner is not None:
            for q in (start, end):
                ex.spec.entities[owner].attribute(w.snake([x for x in q.words if x not in w.DETERMINERS]))


def _passive_subject(s):
    """'A session is held at one venue on a date, from …': the subject of a sentence that opens passive (the
    thing that happens, not where), or None."""
    p = s.phrases[0] if s.phrases else None
    k = p.end if p is not None else 0
    return p if p is not None and p.start <= 1 and s.words[k:k + 1] in (["is"], ["are"]) and k + 1 < len(s.words) and \
        s.tags[k + 1] == tx.VERB and (s.words[k + 1].endswith("ed") or irregular_participle(s.words[k + 1])) \
        else None


_SHORT_UNITS = {"min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours", "h": "hours"}


def _duration_unit(s, k, counted=False):
    """'a number of minutes', 'several hours', '90 minutes', 'minutes' at k: the unit (minutes), or None;
    counted: only after a number ('30 or 60 min')."""
    words, start = s.words, k
    while k < len(words) and (s.tags[k] in (tx.DET, tx.QUANT, "NUMBER") or words[k] in ("number", "of", "few", "couple", "or")):
        k += 1
    if counted and (k == start or s.tags[k - 1] != "NUMBER"):
        return None
    word = _SHORT_UNITS.get(words[k], words[k]) if k < len(words) else None
    if word in ("minutes", "hours", "days", "weeks", "nights", "seconds") and (k > start or not counted):
        return word
    return None


def owner_before(ex, s, i, subject):
    """The entity named nearest before position i, else the sentence's subject; the subject too when the
    verb is a second one of it and the nearest is an object ('each tour is led by a guide, and starts at
    a scheduled time': the tour's)."""
    second = s.words[i - 1:i] == ["and"]
    for p in reversed(s.phrases):
        if p.end <= i:
            key, role = ex.entity_of(p)
            if key and not role:
                g = tx.governor(s, p)
                if second and g >= 0 and s.tags[g] in (tx.PREP, tx.VERB) and subject in ex.spec.entities:
                    return subject
                return key
    return subject if subject in ex.spec.entities else None

