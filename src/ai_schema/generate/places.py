"""Places where people act on things: "riders unlock bikes at stations", "customers collect parcels
at lockers", "I want to schedule classes in rooms". The place, said in the plural after an act on a thing, is a thing of the text too (a
table the act's record refers to); said of one ("at the front desk") or as a time ("at night"), not. What is put
at a place on a date is a thing too ("a member hosts a meetup at a venue on a date")."""

from . import lexicon
from . import text as tx
from . import words as w
from .timed import owner_before

PLACE_PREPOSITIONS = ("at", "in", "from")


def acted_at(s, vote):
    """Vote for the plural place after a verb, its plural object and 'at'/'in'/'from'."""
    toks, tags = s.tokens, s.tags
    if not any(t.text in PLACE_PREPOSITIONS for t in toks):
        return
    for p in s.phrases:
        k = tx.governor(s, p)
        if k < 1 or tags[k] != tx.VERB or not p.plural or p.end + 1 >= len(toks) or \
                toks[p.end].text not in PLACE_PREPOSITIONS or w.verb_base(toks[k].text) in ("be", "have"):
            continue
        doer = s.phrase_at(k - 1)
        speaker = toks[k - 1].text in w.SUBJECT_PRONOUNS or (toks[k - 1].text == "to" and bool(
            {"i", "we"} & set(s.words[:k - 1])))      # "As a manager, I want to schedule classes in rooms"
        if not speaker and (doer is None or not doer.plural or doer.head not in lexicon.person_nouns()):
            continue
        q = s.next_phrase(p.end + 1)
        if q is not None and q.start <= p.end + 2 and q.plural and q.det in (None, "our", "any", "different") and \
                q.head in lexicon.thing_nouns() and q.head not in lexicon.measure_nouns():
            vote(q.lemma, 3)


def held_at_on(s, vote):
    """'a member hosts a meetup at a venue on a date', 'we run classes in a studio at a set time': what a verb
    puts at a place on a date is a record, and the place one of its things."""
    for p in s.phrases:
        k = tx.governor(s, p)
        place = put_at_a_time(s, p) if k >= 0 and s.tags[k] == tx.VERB else None
        if place is not None:
            vote(p.lemma, 3)
            vote(place.lemma, 3)


def put_at_a_time(s, p):
    """The place phrase of 'p at|in a place on|at a date|time' ('a meetup at a venue on a date'), or None."""
    toks, k = s.tokens, p.end
    if k + 3 >= len(toks) or toks[k].text not in ("at", "in") or p.head in lexicon.measure_nouns() or \
            w.field_word(p.head):
        return None
    q = s.next_phrase(k + 1)
    when = s.next_phrase(q.end + 1) if q is not None and q.start <= k + 2 and q.end + 1 < len(toks) and \
        toks[q.end].text in ("on", "at") else None
    return q if when is not None and when.start <= q.end + 3 and when.head in w.WHEN_FIELDS and \
        q.head not in lexicon.measure_nouns() and not w.field_word(q.head) else None


_WHERE_VERBS = frozenset("is are lives live sits sit".split())
_PLACED = frozenset("located based situated".split())


def located_fields(ex, s, subject):
    """'each station is at an address', 'a customer lives at an address', 'is located at an address':
    where a thing is, said with a field word and an article, is a field of that thing (it had been
    lost)."""
    words = s.words
    for i in (i for i, x in enumerate(words) if x in ("at", "in", "on") and i > 1):
        j = i - 1 - (words[i - 1] in _PLACED)
        q = s.next_phrase(i + 1)
        if words[j] not in _WHERE_VERBS or q is None or q.start != i + 2 or words[i + 1] not in ("a", "an") or \
                q.head not in w.FIELD_NOUNS or ex.entity_of(q)[0] is not None:
            continue
        owner = owner_before(ex, s, j, subject)
        if owner is not None:
            ex.spec.entities[owner].attribute(w.snake(q.words[1:] if q.words[0] in w.DETERMINERS else q.words))


def where_it_happened(s, vote):
    """'registered with a tag number and the airport where they turned up', 'the room where it is held': the place
    a thing of the text happened at, named with a relative 'where', is a thing of its own (a reference)."""
    words = s.words
    for p in s.phrases:
        k = p.end
        if k + 2 < len(words) and words[k] == "where" and p.det in ("the", "which") and not p.plural and \
                p.head in lexicon.thing_nouns() and not w.field_word(p.head) and p.head not in lexicon.measure_nouns() and \
                (words[k + 1] in w.PRONOUNS or s.tags[k + 1] in (tx.DET, tx.NOUN)) and tx.VERB in s.tags[k + 1:k + 5]:
            vote(p.lemma, 3)


PUT_IN = ("in", "into", "to", "for", "on")
PUT_TO = ("into", "to", "for", "on")               # (not where a thing is: "flats in buildings")


def placed_in(s, verb, obj, entity_of, preps=PUT_IN):
    """The thing people or things are put in or on by an act ('enroll students in classes', 'assign drivers to
    routes', 'enter their animals and produce into classes'): the entity after the object's preposition (or
    after the objects joined to it), or None."""
    at = next((i for i, t in enumerate(s.tokens) if w.verb_lemma(t.text) == verb), len(s.tokens))
    p = next((p for p in s.phrases if p.lemma == obj and p.start > at), None)
    end = max([p.end] + [q.end for q in tx.joined_to(s, p, plural=False)]) if p is not None else None
    if p is None or end + 1 >= len(s.tokens) or s.tokens[end].text not in preps:
        return None
    q = s.next_phrase(end + 1)
    return entity_of(q)[0] if q is not None and q.start <= end + 2 else None
