"""Plural subjects joined by 'and' share what their verb says: 'waiters and chefs work at events' — each
waiter and each chef is at an event, not only the chefs (the phrase nearest the verb)."""

from . import text as tx


def joined_first(s):
    """The sentence's first phrase, a plural, and the plurals joined to it by 'and' ('waiters and chefs …'), with
    the index past them and a following 'each', 'all' or 'both'; or None."""
    p = s.phrases[0] if s.phrases else None
    if p is None or not p.plural or any(s.tags[k] not in (tx.DET, tx.ADJ) for k in range(p.start)):
        return None
    joined = tx.joined_to(s, p, plural=True)
    end = joined[-1].end if joined else p.end
    return p, joined, end + (s.words[end:end + 1] in (["each"], ["all"], ["both"]))


def joined_subjects(s):
    """'waiters and chefs (each) work …': the plurals joined as the sentence's subject, or []."""
    first = joined_first(s)
    if first is None or not first[1]:
        return []
    p, joined, end = first
    return [p] + joined if end < len(s.tokens) and s.tags[end] in (tx.VERB, tx.AUX) else []


def relate_each(ex, s, subject):
    """The sentence's references (ex._relations), then those of the last joined subject given to the others."""
    made, paired = len(ex.spec.relations), len(ex.spec.many_to_many)
    ex._relations(s, subject, len(s.tokens))
    keys = [ex.entity_of(p) for p in joined_subjects(s)]
    if len(keys) < 2 or any(key is None or role for key, role in keys):
        return
    keys = [key for key, _ in keys]
    for r in list(ex.spec.relations[made:]):
        if r.source == keys[-1] and r.target not in keys:
            for key in keys[:-1]:
                ex._relate(key, r.target, r.role, optional=r.optional)
    for a, b, verb in list(ex.spec.many_to_many[paired:]):
        other = b if a == keys[-1] else a if b == keys[-1] else None
        for key in keys[:-1] if other is not None and other not in keys else ():
            ex._many(key, other, verb)
