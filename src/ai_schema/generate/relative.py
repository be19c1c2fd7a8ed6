"""Relative clauses without a relative pronoun: "events they can RSVP to", "each patient we treat",
"the station it is based at". What such a clause acts on is a thing of the text."""

from . import constructions, lexicon
from . import text as tx
from . import words as w

_CLAUSE_SUBJECTS = w.SUBJECT_PRONOUNS | {"he", "she", "it"}


def relative_object(s, vote):
    """'events they can RSVP to', 'each patient we treat', 'the station it is based at': a noun
    phrase that a pronoun's clause acts on."""
    toks, tags = s.tokens, s.tags
    for p in s.phrases:
        k = p.end
        if k + 1 >= len(toks) or toks[k].text not in _CLAUSE_SUBJECTS or s.words[p.start - 2:p.start] == ["how", "many"]:
            continue                          # ("how many guests it takes": a count)
        if not p.plural and p.det not in ("each", "every") and not (
                p.det == "the" and toks[k].text in ("it", "they") and k + 2 < len(toks) and
                toks[k + 1].text in ("is", "are") and constructions.participle(toks[k + 2].text)):
            continue                          # "the station it is based at": a passive with its preposition
        k += 1
        while k < len(toks) and (toks[k].text in w.MODALS or tags[k] == tx.ADV or
                                 toks[k].text in ("is", "are", "was", "were", "be", "been")):
            k += 1
        if k < len(toks) and (tags[k] == tx.VERB or constructions.participle(toks[k].text)):
            vote(p.lemma, 3)


def people_act_on(s, vote):
    """'the charters customers book', 'the routes members climb': a plural that people named right
    after it act on (the chunker keeps the two apart) is a thing."""
    toks, tags = s.tokens, s.tags
    for p, q in zip(s.phrases, s.phrases[1:]):
        if p.plural and q.start == p.end and q.plural and q.end < len(toks) and tags[q.end] == tx.VERB and \
                q.head in lexicon.person_nouns() and p.head not in lexicon.person_nouns():
            vote(p.lemma, 3)
