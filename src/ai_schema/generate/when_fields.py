"""When a thing happens, said of it with 'on' or 'at': "each section meets on a weekday at a time", "every
choir rehearses on a weekday", "each group meets at a venue on a date" — the weekday, the time and the date
are fields of the section, the choir and the group. (They had been listed as mentioned, not modelled.)

Only for a clause with no object of its own, of a thing that is no person: in "members book classes on a
date" the date is the booking's."""

from . import clauses, lexicon
from . import text as tx
from . import words as w
from .tag_context import participle_like


def read(ex, s):
    if " on a" not in (text := s.text()) and " at a" not in text:
        return
    for c in clauses.clauses(s):
        if c.passive or c.subject is None or c.direct is not None or participle_like(s.words[c.at]):
            continue                            # ("… is packed on a date and collected at a time": done to it)
        key, role = ex.entity_of(c.subject)
        if key is None or role or lexicon.holds_people(key):
            continue                            # (people do things on dates: what they do keeps when)
        entity = ex.spec.entities[key]
        for prep, p in c.objects:
            words = [x for x in p.lemma if not participle_like(x) and x not in tx.CHOSEN]
            if prep not in ("on", "at") or p.det not in ("a", "an") or p.plural or words != [p.head] or \
                    not (p.head in w.WHEN_FIELDS or p.head in lexicon.measure_nouns() and w.field_word(p.head)) or \
                    ex.entity_of(p)[0] is not None:
                continue
            if p.head in ("date", "day") and any(n.endswith(("_on", "date")) for n in entity.attributes):
                continue                        # (a date it already has: "held_on")
            if p.head == "time":                # "meets on a weekday at a time": a time of day each week (once,
                if any(q.head in ("weekday", "day") for _, q in c.objects):   # "at a time" is timed.py's, or
                    attr = entity.attribute("start_time")                     # an idiom: "one at a time")
                    attr.type = attr.type or "time"
            else:
                attr = entity.attribute(p.head)
                attr.hint = attr.hint or ("date" if p.head == "date" else None)
