"""Where the things a verb acts on come from: 'our lab receives samples from clinics', 'we buy parts from
vendors', 'each part can come from several suppliers', 'a ground we rent from a landowner' — the source is a
thing of the text too (a party the speaker deals with)."""

from . import lexicon
from . import text as tx
from . import words as w


def sources(s, vote):
    """'our lab receives samples from clinics', 'we buy parts from vendors': where the things a verb
    acts on come from is a thing too."""
    if "from" not in s.words:
        return
    for p in s.phrases:
        k = tx.governor(s, p)
        if k < 0 or s.tags[k] != tx.VERB or not p.plural or p.end + 1 >= len(s.words) or s.words[p.end] != "from":
            continue
        origin = s.next_phrase(p.end + 1)
        if origin is not None and origin.start <= p.end + 2 and origin.plural and \
                origin.det in (None, "our", "different", "several", "many", "various", "their"):
            vote(origin.lemma, 3)
            vote(p.lemma, 1)
    for p in s.phrases:                   # "a ground we rent from a landowner": the thing the speaker's act
        k = p.end                         # (a relative clause without 'that') takes from a party; both are kept
        if s.words[k:k + 1] in (["we"], ["i"]) and s.tags[k + 1:k + 2] == [tx.VERB] and s.words[k + 2:k + 3] == ["from"] \
                and (origin := s.next_phrase(k + 3)) is not None and origin.start <= k + 5 and \
                origin.head in lexicon.person_nouns() | lexicon.group_nouns() and not w.field_word(p.head):
            vote(p.lemma, 3)
            vote(origin.lemma, 3)
    for q in s.phrases:                   # "each part can come from several suppliers": sources of many
        if q.many and q.plural and q.start >= 2 and "from" in s.words[max(0, q.start - 4):q.start] and \
                tx.VERB in s.tags[max(0, q.start - 6):q.start] and \
                not any(t.kind == "number" for t in s.tokens[max(0, q.start - 4):q.start]):   # (not "from 1 to 5 stars")
            vote(q.lemma, 3)
