"""An occasion between two people: 'a patient has an appointment with a doctor', 'a student has a session with
one tutor', 'a student takes a test with an examiner', 'a patient sees one podiatrist in an appointment' (also after
'at each visit, …'), 'an instructor takes one student up in one aircraft for a lesson' (the aircraft the lesson's
too). The occasion (WordNet's act, event or communication noun, or the act of a verb) is a record of its own that
points at both people; neither person points at it, nor one at the other — each has many such occasions."""

from . import lexicon
from . import text as tx
from . import words as w

_PERSON_DETS = ("a", "an", "each", "every", "one", "the")
# verbs one has an occasion with: "has an appointment with", "takes a test with", "books a session with"
_HAVING = frozenset("has have takes take makes make does do gets get books book".split())


def _act(noun):
    """Is the noun an act, an event or a message (WordNet's), or the act of a verb?"""
    return noun in lexicon.act_nouns() or noun in lexicon.verb_act_nouns()


def occasions(s):
    """[(first person's phrase, occasion's phrase, other person's phrase, [other things' phrases])] of s (read once:
    discovery votes on it, extraction relates it, subjects asks it of the sentence before)."""
    return s.once(_occasions)


def _occasions(s):
    start = s.words.index(",") + 1 if s.words[:1] and s.words[0] in w.PREPOSITIONS and "," in s.words[:8] else 0
    first = s.next_phrase(start + 1)                # (after "at each visit, …": when it happens)
    if first is None or first.start != start + 1 or s.words[start] not in ("a", "an", "each", "every"):
        return []
    people = lexicon.person_nouns()
    k = first.end
    while k < len(s.words) and s.words[k] in ("can", "may", "will", "usually", "always", "also", "then", "first"):
        k += 1
    if first.plural or first.head not in people or k + 1 >= len(s.words) or s.tags[k] not in (tx.VERB, tx.AUX):
        return []
    nxt = s.next_phrase(k + 1)
    if s.words[k] in _HAVING and nxt is not None and nxt.start == k + 2 and s.words[k + 1] in ("a", "an") and \
            (_act(nxt.head) or lexicon.verb_lemma(nxt.head) == nxt.head or
             nxt.head.endswith("ing") and lexicon.verb_lemma(nxt.head)) and not nxt.plural and \
            s.words[nxt.end:nxt.end + 1] == ["with"]:   # (a verb's noun too: "a test", "a meeting")
        other = s.next_phrase(nxt.end + 1)          # "a patient has an appointment with a doctor", "a student
        if other is not None and other.start == nxt.end + 2 and s.words[nxt.end + 1] in _PERSON_DETS and \
                other.head in people and not other.plural and not other.possessive:   # takes a test with …"
            return [(first, nxt, other, [])]
        return []
    if s.tags[k] != tx.VERB or nxt is None or nxt.start != k + 2 or s.words[k + 1] not in _PERSON_DETS or \
            nxt.head not in people or nxt.plural:
        return []
    j, things = nxt.end + (s.words[nxt.end:nxt.end + 1] in (["up"], ["out"], ["along"])), []
    while j + 1 < len(s.words) and s.words[j] in ("in", "at", "during", "for", "on", "with"):
        q = s.next_phrase(j + 1)                    # "a patient sees one podiatrist in an appointment", "an
        if q is None or q.start != j + 2 or s.words[j + 1] not in ("a", "an", "one", "each", "every") or q.plural:
            return []                               # instructor takes one student up in one aircraft for a lesson"
        if _act(q.head) and s.words[j] in ("in", "at", "during", "for"):
            return [(first, q, nxt, things)]
        things.append(q)                            # (the aircraft: one, the occasion's too)
        j = q.end
    return []


def vote(s, vote_for):
    """The occasion and both people are things of the text."""
    for first, occasion, other, things in occasions(s):
        vote_for(occasion.lemma, 3)
        vote_for(first.lemma, 2)
        vote_for(other.lemma, 3)
        for thing in things:
            vote_for(thing.lemma, 1)


def read(ex, s):
    """Each occasion points at both people; what was guessed the other way round is taken back."""
    for first, occasion, other, things in occasions(s):
        keys = [ex.entity_of(p)[0] for p in (first, occasion, other)]
        if None in keys or len(set(keys)) < 3:
            continue
        a, act, b = keys
        for x, y in ((a, act), (a, b), (b, act), (b, a)):
            ex._retract(x, y)
        ex._stated(act, a)
        ex._stated(act, b)
        for thing in filter(None, (ex.entity_of(q)[0] for q in things)):
            if thing not in keys:                   # "… in one aircraft for a lesson": the lesson's aircraft
                for x in (a, b):
                    ex._retract(x, thing)
                ex._stated(act, thing)
