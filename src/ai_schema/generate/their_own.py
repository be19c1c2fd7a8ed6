"""'Owners book grooming appointments for their dogs', 'parents enrol their children on courses': the plural
things 'their' names after a plural person who acts are that person's — each dog refers to its owner, as 'members
list their bikes' already read. Only where the clause's subject is the one person between it and 'their' (not
'teachers grade students on their essays': the students'), and no reference joins the two things yet."""

from . import lexicon
from .clauses import clauses


def theirs(s):
    """[(subject phrase, owned phrase)] of each '<plural person> <verb> … their <plural thing>' in the sentence."""
    out = []
    for c in clauses(s):
        subject = c.subject
        if subject is None or not subject.plural or not lexicon.agent_noun(subject.head):
            continue
        for p in s.phrases:
            if p.start <= subject.end or p.det != "their" or not p.plural or p.head == subject.head:
                continue
            between = [q for q in s.phrases if subject.end <= q.start < p.start]
            if any(q.plural and lexicon.agent_noun(q.head) for q in between) or any(
                    s.words[j] in (".", ";", "who", "which", "while", "whose") for j in range(subject.end, p.start)):
                break
            out.append((subject, p))
    return out


def read(ex, s):
    if "their" not in s.words:
        return
    for subject, owned in theirs(s):
        a, (b, role) = ex.entity_of(subject)[0], ex.entity_of(owned)
        if a is None or b is None or a == b or role or any(
                {r.source, r.target} == {a, b} for r in ex.spec.relations) or any(
                {x, y} == {a, b} for x, y, _ in ex.spec.many_to_many):
            continue
        ex._relate(b, a, None, owned=True)
