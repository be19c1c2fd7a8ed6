"""One thing that becomes another: 'a quote becomes a job when the customer accepts it', 'when a quote is accepted it
becomes an installation', 'an enquiry turns into a booking'. Both are things of the text, and the later one refers
to the one it came from (a job's quote)."""

from . import lexicon
from . import words as w


def becomes(s):
    """[(the phrase of what it was, the phrase of what it becomes)] of s (read once: voted on, then related)."""
    return s.once(_becomes) if {"becomes", "become", "turns", "turn"} & set(s.words) else []


def _becomes(s):
    out = []
    for k, word in enumerate(s.words):
        if k == 0 or word not in ("becomes", "become", "turns", "turn") or \
                word.startswith("turn") and s.words[k + 1:k + 2] != ["into"]:
            continue
        j = k + 1 + word.startswith("turn")
        after = s.next_phrase(j)
        if after is None or after.start != j + 1 or s.words[j] not in ("a", "an", "one") or after.plural or \
                after.head in lexicon.person_nouns() or w.field_word(after.head):
            continue                               # (not "becomes a member": a person's role, nor "a status")
        if s.words[k - 1] == "it":                 # "when a quote is accepted it becomes …": the clause's thing
            before = next((p for p in s.phrases if p.end < k - 1 and not p.plural), None)
        else:
            before = s.phrase_at(k - 1)
            before = before if before is not None and before.end == k and not before.plural else None
        if before is not None and before.head not in lexicon.person_nouns() and before.head != after.head:
            out.append((before, after))
    return out


def vote(s, vote_for):
    """What it becomes is a thing, and what it was one too."""
    for before, after in becomes(s):
        vote_for(after.lemma, 3)
        vote_for(before.lemma, 2)


def read(ex, s):
    """What it becomes refers to what it came from (said outright)."""
    for before, after in becomes(s):
        a, b = ex.entity_of(after)[0], ex.entity_of(before)[0]
        if a is not None and b is not None and a != b:
            ex._retract(b, a)
            ex._stated(a, b)
