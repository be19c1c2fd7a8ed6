"""People acting on things a pronoun stands for: 'landlords list parking spaces and drivers rent them',
'Owners list boats. Sailors charter them for a week'. The people are kept, and they and the things are
many of each, as 'drivers rent parking spaces' says (acts with a record of their own, 'book', 'review',
are read in interactions); what they make ('users upload them') is each one's."""

from . import lexicon
from . import text as tx
from . import words as w
from .cues import HAVE, INTERACTIONS, LIGHT_VERBS

_NOT_ACTING = ("perception", "cognition", "communication", "emotion")


def _acts(s, i):
    """The plural people phrase acting on 'them' with the verb at i, or None."""
    base = w.verb_base(s.words[i]) or s.words[i]
    if s.tags[i] != tx.VERB or s.words[i + 1:i + 2] != ["them"] or base in LIGHT_VERBS or base in HAVE or \
            base in INTERACTIONS or lexicon.verb_class(base) in _NOT_ACTING:
        return None
    k = i - 1
    while k > 0 and (s.tags[k] == tx.ADV or s.words[k] in w.MODALS):
        k -= 1
    p = s.phrase_at(k)
    return p if p is not None and p.end == k + 1 and p.plural and p.head in lexicon.person_nouns() else None


def acting_on_them(s, before, is_thing):
    """(people phrase, thing phrase, the verb's index) for each 'people V them' of s; 'them' stands for the
    last plural thing (is_thing) before the verb in s, else the last one of the sentence before."""
    if "them" not in s.words:
        return []
    out = []
    for i in range(1, len(s.words) - 1):
        people = _acts(s, i)
        if people is None:
            continue
        named = lambda p, people=people: p is not people and p.head not in lexicon.person_nouns() and is_thing(p)
        thing = tx.them_stands_for(s, people.start, named)
        if thing is not None:
            out.append((people, thing, i))
        elif before is not None:
            thing = next((p for p in reversed(before.phrases) if p.plural and named(p)), None)
            if thing is not None:
                out.append((people, thing, i))
    return out


def vote(ex, s, before):
    for people, _, _ in acting_on_them(s, before, lambda p: ex._entity_lemma(p.lemma) is not None):
        ex._vote(people.lemma, 3)


def read(ex, s, before):
    for people, thing, i in acting_on_them(s, before, lambda p: ex.entity_of(p)[0] is not None):
        a, b = ex.entity_of(people)[0], ex.entity_of(thing)[0]
        verb = w.verb_base(s.words[i]) or s.words[i]
        if a and b and a != b and not any({r.source, r.target} == {a, b} for r in ex.spec.relations):
            if verb in w.CREATION_VERBS:
                ex._relate(b, a)               # "photos: users upload them": each one's maker, as "users upload
            else:                              # photos" says
                ex._associate(a, b, verb)
