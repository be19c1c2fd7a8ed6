"""An act of people at a thing: 'also attendance at rehearsals', 'track participation in events'.

The act's noun is one WordNet names a verb's act by (attend: attendance, participate: participation,
data/verb_acts.tsv), uncounted (no article, no plural), and what follows 'at', 'in' or 'for' is a thing
of the text. Each such act is a record: who did it, at which of the things.
"""

from . import lexicon
from . import words as w

_PLACES = ("at", "in", "for")


def acts_at(s):
    """(act phrase, thing phrase) pairs of a sentence."""
    acts = lexicon.verb_act_nouns()
    found = []
    for p in s.phrases:
        if p.det is not None or p.plural or len(p.words) != 1 or p.head not in acts or \
                p.head not in lexicon.act_nouns() or s.words[p.end:p.end + 1] not in ([x] for x in _PLACES):
            continue
        q = s.next_phrase(p.end + 1)
        if q is not None and q.start <= p.end + 2 and (q.plural or q.det in ("each", "every")) and \
                not w.is_plural(p.words[0]):
            found.append((p, q))
    return found


def read_acts_at(ex, s):
    """Each act refers to the thing it is at and, when the text keeps one kind of people, to them
    (who attended); the attendance is no plain field of the thing."""
    people = [k for k in ex.spec.entities if lexicon.holds_people(k)]
    for act, thing in acts_at(s):
        key, where = ex.entity_of(act)[0], ex.entity_of(thing)[0]
        if key is None or where is None or key == where:
            continue
        ex._relate(key, where)
        if len(people) == 1 and people[0] not in (key, where):
            ex._relate(key, people[0])
            ex.spec.entities[key].pair_unique = True      # (one row per person and thing)
