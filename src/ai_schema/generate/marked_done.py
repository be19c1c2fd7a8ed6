"""A thing marked as done, with what was noted then: 'the crew marks it cleaned with the date and the method
used', 'staff mark each order shipped with the date and the courier'. The thing has when it was done (the
participle names it: cleaned_on) and the fields after 'with' — not the people who mark it."""

from . import lexicon
from . import text as tx
from .one_reference import participle


def marked_done(s):
    """(the marked thing's phrase or None for 'it', verb index, participle index) of each 'mark X <done>'."""
    return s.once(_marked_done) if "mark" in s.words or "marks" in s.words or "marked" in s.words else []


def _marked_done(s):
    out = []
    for i in range(len(s.words) - 2):
        if s.tags[i] != tx.VERB or lexicon.verb_lemma(s.words[i]) != "mark":
            continue
        if s.words[i + 1] in ("it", "them"):
            thing, k = None, i + 2
        else:
            thing = s.next_phrase(i + 1)
            if thing is None or thing.start > i + 2 or thing.det not in ("each", "every", "the", "a", "an"):
                continue
            k = thing.end
        k += s.words[k:k + 1] == ["as"]
        if k < len(s.words) and participle(s.words[k]) and s.words[k].endswith("ed") and \
                s.words[k + 1:k + 2] in ([], ["with"], ["."], [";"], ["when"], ["once"]):
            #                                    (not "mark each match as played or postponed": a state's values)
            out.append((thing, i, k))
    return out


def read(ex, s):
    for thing, i, k in marked_done(s):
        if thing is None:                        # "… assigns each report to a crew, and the crew marks it cleaned"
            marker = ex.entity_of(s.phrase_at(i - 1))[0] if i > 0 else None
            named = [p for p in reversed(s.phrases) if p.end <= i and ex.entity_of(p)[0] not in (None, marker) and
                     not lexicon.holds_people(ex.entity_of(p)[0])]
            thing = next((p for p in named if p.det in ("each", "every")), None) or \
                next((p for p in named if p.det in ("a", "an")), None)
        key = ex.entity_of(thing)[0] if thing is not None else None
        if key is None or lexicon.holds_people(key):
            continue
        entity = ex.spec.entities[key]
        before = set(entity.attributes)
        if s.words[k + 1:k + 2] == ["with"]:
            ex._attributes(key, s, k + 2)
        moment, renamed = s.words[k], set()
        if "date" in entity.attributes and "date" not in before:
            when = entity.attributes[moment + "_on"] = entity.attributes.pop("date")
            when.name, when.hint = moment + "_on", "date"
            renamed = {"date"}                   # ("cleaned with the date": cleaned_on)
        elif not any(name.startswith(moment) for name in entity.attributes):
            entity.attribute(moment + "_at").hint = "timestamp"
        listed = (set(entity.attributes) - before) | renamed
        for p in s.phrases:                      # (the fields are the thing's, not the marker's)
            other = ex.entity_of(p)[0]
            if other not in (None, key):
                for name in listed:
                    ex.spec.entities[other].attributes.pop(name, None)
