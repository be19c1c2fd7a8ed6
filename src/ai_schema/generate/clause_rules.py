"""Rules read from clauses (clauses.py): which way the reference between two things points.

Light verbs (be, have, get …) and verbs of keeping (record, store, track …) introduce fields, not
references, and are left to the other rules.
- A person who does something to an occurrence — an act, a message, an event, a transfer in
  WordNet's classes (order, request, booking, payment, inspection) — is who that record names:
  "a customer places an order" → orders.customer_id; what the clause adds with a preposition is
  the occurrence's too ("submits a request for a unit", "sends a message to a member").
  Other objects ("a customer chooses a plan", "people attend a conference"), and verbs that choose,
  see or feel rather than make or change ("each learner picks their native language"; WordNet's
  cognition, perception, emotion and stative verbs), say nothing here.
- "each X … a Y" distributes: every X has its one Y ("link each call to an incident").
- A passive names what its subject refers to: "each session is chaired by a person", "a paper is
  submitted to exactly one track", "rooms are defined per conference".
- A verb with no object and a place or owner after a preposition does too: "each session takes
  place in one room", "an employee works at a hospital".
"""

from . import lexicon
from . import words as w
from .clauses import clauses
from .cues import ATTRIBUTE_VERBS, LIGHT_VERBS

# prepositions that name what a thing belongs to, happens at, or is for
REFERRING = frozenset("to in at on for per from with under into within against by about".split())
PLACE = frozenset("in at on per under within into from for".split())
PRONOUNS = frozenset("i he she they it who".split())
PARTICLES = frozenset("in on up out off down over".split())      # "bring in", "take on", "sign up"


def _related(clause):
    """The verb names a relation between things (not a light or a keeping verb)."""
    if clause.verb == "take" and clause.direct is not None and clause.direct.words == ("place",):
        return True                                  # "takes place in": happens at
    if clause.passive and any(prep == "by" for prep, _ in clause.objects):
        return clause.verb not in ("be", "have")     # "is given by a speaker"
    return clause.verb not in LIGHT_VERBS and clause.verb not in ATTRIBUTE_VERBS and len(clause.verb) > 2


def _single(phrase):
    return not phrase.many and (not phrase.plural or phrase.det in ("each", "every"))


def clause_references(s, key_of, subject_of, relate, stated, retract):
    """References stated by a clause's voice, its verb and its objects' kinds; retract(a, b) takes
    back a reference a → b guessed from the same words."""
    persons, occurrences = lexicon.person_nouns(), lexicon.occurrence_nouns()
    for c in clauses(s):
        if not _related(c):
            continue
        source = key_of(c.subject) if c.subject is not None else \
            subject_of() if c.pronoun in PRONOUNS else None
        if source is None:
            continue
        objects = [(prep, p, key_of(p)) for prep, p in c.objects]
        if c.verb == "take":
            objects = objects[1:]
        if c.passive:
            for prep, p, target in objects:
                if target and target != source and prep in REFERRING and _single(p):
                    stated(source, target)           # "is chaired by a person", "are defined per conference"
            continue
        direct = next(((p, k) for prep, p, k in objects if prep is None), None)
        if direct is not None and direct[0].det in ("each", "every") and direct[1]:
            for prep, p, target in objects:          # "dispatchers link each call to …": no dispatcher has one
                if target:
                    retract(source, target)
            for prep, p, target in objects:
                if prep in REFERRING and target and target != direct[1] and p.det in ("a", "an", "one"):
                    stated(direct[1], target)        # "link each call to an incident"
                    break
        if direct is not None:
            phrase, thing = direct
            person = source.rsplit("_", 1)[-1] in persons or source == "user"
            if thing and thing != source and person and phrase.head in occurrences and not phrase.many \
                    and phrase.det not in ("one",) and c.verb not in lexicon.state_verbs():
                stated(thing, source)                # "a customer places an order"
                for prep, p, target in objects:
                    if prep in REFERRING and target and target not in (thing, source) and _single(p):
                        relate(thing, target)        # "… an appointment with a stylist"
            continue
        for prep, p, target in objects[:1]:
            if s.tokens[c.at + 1].text == prep and prep in PARTICLES:
                continue                             # "bring in a single object": a phrasal verb's object
            if target and target != source and prep in PLACE and _single(p) and p.det is not None:
                stated(source, target)               # "each session takes place in one room"


def unmodelled(s, key_of, is_field):
    """Noun phrases a verb relates to a thing that became a table, which are neither a table nor a
    field themselves: what the header lists as mentioned, not modelled."""
    for c in clauses(s):
        if not _related(c):
            continue
        sides = ([c.subject] if c.subject is not None else []) + \
            [p for prep, p in c.objects if prep is None or prep in REFERRING]
        if c.verb == "take":
            sides = [p for p in sides if p.words != ("place",)]
        keys = [key_of(p) for p in sides]
        if not any(keys):
            continue
        for p, key in zip(sides, keys):
            word = p.words[-1]
            if key is None and not p.possessive and not is_field(p) and (p.det is not None or p.plural) and \
                    not word.endswith("ing") and w.verb_base(word) in (None, word):   # not "takes", "incoming"
                yield p
