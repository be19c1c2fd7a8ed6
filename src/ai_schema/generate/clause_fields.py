"""Fields a whole clause gives a thing, read apart from its lists: 'an examiner can be external' (a
flag), 'results are reported per station per candidate as a vote count' (what each is kept as), 'we log
the hours per technician per case' (a field of the pair). Called by attributes.py for each sentence."""

from .cues import rx
from . import lexicon
from . import text as tx
from . import words as w

_REPORTED = frozenset("report record keep store enter log give show count".split())
_MAY_BE = rx(r"^(?:a|an|each|every) [a-z]+(?: [a-z]+)? (?:can|may|might) (?:also )?be ([a-z]+)(?: ,|$)")


def read(ex, s):
    """Each of the readings below that the sentence's words allow."""
    may_be(ex, s)
    if "as" in s.words:
        kept_as(ex, s)
    if s.words.count("per") >= 2 or "per" in s.words and "and" in s.words:
        per_pair_fields(ex, s)


def flag_of(word):
    """The flag 'can be <word>' names (is_external), when the word is an adjective and no verb; else None."""
    return f"is_{word}" if word in lexicon.adjectives() and lexicon.verb_lemma(word) is None else None


def may_be(ex, s):
    """'An examiner can be external, …': what one of them may be is a flag of theirs."""
    m = _MAY_BE.match(s.text())
    p = s.phrases[0] if m and s.phrases else None
    key = ex.entity_of(p)[0] if p is not None and p.start == 1 and not p.plural else None
    if key and flag_of(m.group(1)):
        ex.spec.entities[key].attribute(flag_of(m.group(1))).hint = "boolean"


def kept_as(ex, s):
    """'Results are reported per station per candidate as a vote count': what each is kept as is its
    field."""
    toks = s.tokens
    j = next((k for k in range(2, len(toks) - 2) if toks[k].text == "as" and toks[k + 1].text in ("a", "an")), None)
    q = s.next_phrase(j + 2) if j is not None else None
    p = s.phrases[0] if s.phrases else None
    if q is None or q.start != j + 2 or q.end < len(toks) and toks[q.end].text not in (".", ";") or \
            p is None or p.start > 1 or p.end + 1 >= j or toks[p.end].text not in ("is", "are") or \
            w.verb_lemma(toks[p.end + 1].text) not in _REPORTED:
        return
    key = ex.entity_of(p)[0]
    if key and not ex.entity_of(q)[0]:
        ex.spec.entities[key].attribute(w.snake(q.words))


def per_pair_fields(ex, s):
    """'we log the hours per technician per case': a field kept per pair of two things is the pair's
    (not the first thing's), and the verb lists nothing else."""
    toks = s.tokens
    for i in range(1, len(toks) - 3):
        if toks[i].text != "per":
            continue
        field, first = s.phrase_at(i - 1), s.next_phrase(i + 1)
        if field is None or first is None or first.start != i + 1 or first.end + 1 >= len(toks) or \
                toks[first.end].text not in ("per", "and"):
            continue
        second = s.next_phrase(first.end + 1)
        a, b = ex.entity_of(first)[0], ex.entity_of(second)[0] if second is not None else None
        if a and b and a != b and second.start == first.end + 1 and not ex.entity_of(field)[0]:
            ex.spec.entities[ex._pair_table(a, b)].attribute(w.snake(field.words))
            ex.claimed_with.add((id(s), tx.governor(s, field)))
