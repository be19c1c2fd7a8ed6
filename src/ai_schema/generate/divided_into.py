"""A thing named with its parts in passing: 'each restaurant has its own cellar, divided into racks', 'a
warehouse has several zones, split into aisles'. The whole is a thing of its own and each part is one
whole's, as in 'a cellar is divided into racks' (read with the clause's verb)."""

from . import lexicon
from . import words as w

# verbs of cutting a whole into parts (not "grouped into": containers the things are put in)
DIVIDING = frozenset("divide split subdivide partition break".split())


def divided_into(s):
    """(whole phrase, parts phrase) of each '<whole>(,) <divided> into <parts>' without a verb 'be', and of
    '<divide> each <whole> into <parts>'."""
    return s.once(_divided_into) if "into" in s.words else []


def _divided_into(s):
    out = []
    for k, word in enumerate(s.words):
        if word != "into" or k < 2:
            continue
        whole = s.phrase_at(k - 1)            # "split each conference into tracks": the verb's object is the whole
        v = whole.start - 1 - (whole.det is not None) if whole is not None and whole.end == k else -1
        parts = s.next_phrase(k + 1)
        if v >= 0 and (lexicon.verb_lemma(s.words[v]) or w.verb_base(s.words[v])) in DIVIDING and \
                parts is not None and parts.start == k + 1 and parts.plural and whole.det in ("each", "every", "a", "an"):
            out.append((whole, parts))
            continue
        if (lexicon.verb_lemma(s.words[k - 1]) or w.verb_base(s.words[k - 1])) not in DIVIDING \
                or not s.words[k - 1].endswith(("ed", "t", "en")):
            continue
        end = k - 1 - (s.words[k - 2] == ",")
        whole = s.phrase_at(end - 1)
        parts = s.next_phrase(k + 1)
        if whole is None or whole.end != end or parts is None or parts.start != k + 1 or not parts.plural or \
                s.words[end - 1:end] in (["is"], ["are"]):
            continue
        out.append((whole, parts))
    return out


def vote(s, vote_for):
    for whole, parts in divided_into(s):
        vote_for(whole.lemma, 3)
        vote_for(parts.lemma, 3)


def link(s, key_of, relate):
    for whole, parts in divided_into(s):
        a, b = key_of(parts), key_of(whole)
        if a is not None and b is not None and a != b:
            relate(a, b)
