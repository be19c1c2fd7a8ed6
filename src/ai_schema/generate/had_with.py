"""An occasion between two people: 'a patient has an appointment with a doctor', 'a student has a session with one
tutor', 'a patient sees one podiatrist in an appointment', 'a client meets an adviser at each review'. The occasion
(WordNet's act, event or communication noun) is a record of its own that points at both people; neither person
points at it, nor one at the other — each has many such occasions over time."""

from . import lexicon
from . import text as tx

_PERSON_DETS = ("a", "an", "each", "every", "one", "the")


def occasions(s):
    """[(first person's phrase, occasion's phrase, other person's phrase)] of s."""
    if not s.phrases or s.phrases[0].start > 1 or s.words[:1] not in (["a"], ["an"], ["each"], ["every"]):
        return []
    first, people = s.phrases[0], lexicon.person_nouns()
    k = first.end
    while k < len(s.words) and s.words[k] in ("can", "may", "will", "usually", "always", "also", "then", "first"):
        k += 1
    if first.plural or first.head not in people or k + 1 >= len(s.words) or s.tags[k] not in (tx.VERB, tx.AUX):
        return []
    acts = lexicon.act_nouns()
    nxt = s.next_phrase(k + 1)
    if s.words[k] in ("has", "have") and nxt is not None and nxt.start == k + 2 and s.words[k + 1] in ("a", "an") and \
            nxt.head in acts and not nxt.plural and s.words[nxt.end:nxt.end + 1] == ["with"]:
        other = s.next_phrase(nxt.end + 1)          # "a patient has an appointment with a doctor"
        if other is not None and other.start == nxt.end + 2 and s.words[nxt.end + 1] in _PERSON_DETS and \
                other.head in people and not other.plural and not other.possessive:
            return [(first, nxt, other)]
        return []
    if s.tags[k] != tx.VERB or nxt is None or nxt.start != k + 2 or s.words[k + 1] not in _PERSON_DETS or \
            nxt.head not in people or nxt.plural or s.words[nxt.end:nxt.end + 1] not in (["in"], ["at"], ["during"]):
        return []
    occasion = s.next_phrase(nxt.end + 1)          # "a patient sees one podiatrist in an appointment"
    if occasion is not None and occasion.start == nxt.end + 2 and s.words[nxt.end + 1] in ("a", "an", "each", "every") \
            and occasion.head in acts and not occasion.plural:
        return [(first, occasion, nxt)]
    return []


def vote(s, vote_for):
    """The occasion and both people are things of the text."""
    for first, occasion, other in occasions(s):
        vote_for(occasion.lemma, 3)
        vote_for(first.lemma, 2)
        vote_for(other.lemma, 3)


def read(ex, s):
    """Each occasion points at both people; what was guessed the other way round is taken back."""
    for first, occasion, other in occasions(s):
        keys = [ex.entity_of(p)[0] for p in (first, occasion, other)]
        if None in keys or len(set(keys)) < 3:
            continue
        a, act, b = keys
        for x, y in ((a, act), (a, b), (b, act), (b, a)):
            ex._retract(x, y)
        ex._stated(act, a)
        ex._stated(act, b)
