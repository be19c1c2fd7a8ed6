"""Things between two sides: 'matches between teams', 'a match is between a home team and an away team', 'routes
connect two airports'. Both sides are things; the one between refers to two of the other (links.py reads the
references)."""

import re

from . import text as tx

_CONNECT_WORDS = frozenset("connect connects link links join joins goes go run runs".split())
# "routes connect two airports, an origin and a destination": one thing refers to two of another
CONNECTS = re.compile(r"^(?:connects?|links?|joins?|goes between|go between|runs? between) (?:two|2) ([\w-]+)"
                      r"(?: , (?:a|an|the) ([\w-]+) and (?:a|an|the) ([\w-]+)\b)?")


def connecting(s, vote):
    """'routes connect two airports': both are things."""
    if not _CONNECT_WORDS.intersection(s.words):
        return
    for p in s.phrases:
        if CONNECTS.match(" ".join(s.words[p.end:p.end + 4])):
            vote(p.lemma, 3)
            ends = s.next_phrase(p.end + 2)
            if ends is not None:
                vote(ends.lemma, 3)


BETWEEN = re.compile(r"^(?:is|are|takes place|is played|is held) (?:between (?:a|an|the) (?P<a>[\w-]+) (?P<x>\w+) and|"
                     r"(?:by )?(?:a|an|the|one) (?P<b>[\w-]+) (?P<y>\w+) (?:against|versus|vs)) (?:a|an|the|one) "
                     r"(?P<c>[\w-]+) (?P<z>\w+)\b")
SIDES = frozenset("between against versus vs".split())


def two_sides(words):
    """'is between a home team and an away team', 'is a home team against an away team': (first role,
    second role, the thing both are) when both sides are one kind of thing, or None."""
    m = BETWEEN.match(" ".join(words[:12]))
    if m is None or (m.group("x") or m.group("y")) != m.group("z"):
        return None
    return m.group("a") or m.group("b"), m.group("c"), m.group("z")


def between(s, vote):
    """'matches between teams', 'transfers between accounts': both are things, the first joins two
    of the second."""
    toks = s.tokens
    if not SIDES & set(s.words):
        return
    for p in s.phrases:
        at = tx.between_at(s, p.end) if p.end + 1 < len(toks) else None
        if at is not None and (p.plural or at > p.end):   # ("each match is between two players")
            q = s.next_phrase(at + 1)
            if q is not None and q.start <= at + 2 and q.plural:
                vote(p.lemma, 3)
                vote(q.lemma, 3)
                r = s.next_phrase(q.end + 1) if s.words[q.end:q.end + 1] == ["and"] else None
                if r is not None and r.start == q.end + 1 and r.plural:
                    vote(r.lemma, 3)          # "lessons between instructors and learners": one of each kind
        sides = two_sides(s.words[p.end:]) if not p.plural else None
        if sides is not None:                 # "a match is between a home team and …", "a fixture is a home
            vote(p.lemma, 3)                  # team against an away team"
            vote((sides[2],), 3)
