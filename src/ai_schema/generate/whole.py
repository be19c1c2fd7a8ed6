"""The whole the text is about: "the clinic needs to track pets, owners and vets", "the space has
meeting rooms". A thing only ever named in the singular with "the" or "our", that has or keeps the
other things, is the business or place itself: there is one of it, so it is no table (what it has
is). Said of each or of several ("each gym has trainers", "gyms"), it is a thing like any other."""

from . import lexicon
from . import text as tx
from . import words as w

# what the whole does with the things it is made of ("the library lends books" is an act on them)
HOLDING = frozenset("has have needs need wants want tracks track keeps keep holds hold contains contain offers "
                    "offer runs run manages manage employs employ hosts host stores store".split())
DEFINITE = ("the", "our")
# what an application is called ("a booking system for a salon")
APPLICATIONS = frozenset("app application system database db schema tool platform site website tracker backend "
                         "software".split())


def wholes(sentences):
    """Lemmas of the things that are the whole the text is about, in the order the text names them (a set
    would iterate in the order of string hashes, which changes from one process to the next)."""
    said, holding = {}, {}
    for s in sentences:
        for i, p in enumerate(s.phrases):
            if p.possessive:
                if not p.plural and p.det in DEFINITE and p.start == 1 and s.words[0] == p.det:
                    holding.setdefault(p.lemma, None)   # "The park's trails are split into sections": one park
                continue
            said.setdefault(p.lemma, set()).add((p.plural, p.det))
            if p.plural or p.det not in DEFINITE:
                continue
            after = s.words[p.end] if p.end < len(s.words) else ""
            holds = i == 0 and after in HOLDING and (_plural_after(s, p) or _list_of(s, p.end + 1))
            tracks = after in ("need", "needs") and s.words[p.end + 1:p.end + 3] == ["to", "track"]
            if holds or tracks:
                holding.setdefault(p.lemma, None)
    persons = lexicon.person_nouns()
    served = [p.lemma for p in _served(sentences[0])] if sentences else []
    return list(dict.fromkeys(served + [lemma for lemma in holding if lemma[-1] not in persons and
                                        all(not plural and det in DEFINITE for plural, det in said.get(lemma, ()))]))


def _served(s):
    """'a schema for a food truck: …', 'a booking system for my salon: …': the business an application
    is for, when what follows the colon is what it keeps."""
    for i, p in enumerate(s.phrases[:-1]):
        q = s.phrases[i + 1]
        if p.head in APPLICATIONS and s.words[p.end:p.end + 1] == ["for"] and q.start <= p.end + 2 and \
                s.words[q.start - 1:q.start] in (["a"], ["an"], ["my"], ["our"], ["the"]) and not q.plural and \
                s.words[q.end:q.end + 1] == [":"]:
            yield q


def _plural_after(s, p):
    """Is a plural named after p, outside parentheses (not "an outcome (pass, minor corrections, …)": its
    values)?"""
    outside = set(tx.outside_parentheses(s.tokens, p.end, len(s.tokens)))
    return any(q.plural and q.start in outside for q in s.phrases)


def _list_of(s, k):
    """Does a list of things start at k ('keeps an inventory of shared equipment')?"""
    q = s.next_phrase(k)
    return q is not None and q.start <= k + 1 and q.head in w.LIST_WORDS and s.words[q.end:q.end + 1] == ["of"]
