"""'Each issue is reported by one user and may be assigned to another user': two things done to one
thing by (or to) things of one kind are two references, each named by its verb's role — the one who
does it (reporter, approver) or the one it is done to (assignee) — instead of one plain reference."""

from . import lexicon
from . import text as tx
from . import words as w

_ONE = ("a", "an", "one", "another", "the", "exactly", "single", "some")


def agent(base):
    """The noun of whoever does a verb: WordNet's person noun when it has one (reporter, creator),
    else the regular -er form (approver, submitter)."""
    stem = base[:-1] if base.endswith("e") else base
    doubled = base + base[-1] if len(base) >= 3 and base[-1] in "bdgmnpt" and base[-2] in "aeiou" and \
        base[-3] not in "aeiou" else base
    forms = (base + "er", stem + "or", base + "r" if base.endswith("e") else None, doubled + "er")
    found = next((f for f in forms if f and f in lexicon.person_nouns()), None)
    return found or (base + "r" if base.endswith("e") else doubled + "er")


def _patient(base, participle, prep):
    """The noun of whoever a verb is done to (assignee, nominee), else the participle and its
    preposition (assigned_to)."""
    return patient_noun(base) or f"{participle}_{prep}"


def patient_noun(base):
    """WordNet's person noun of whoever a verb is done to ('train': trainee, 'assign': assignee), or None."""
    stem = base[:-1] if base.endswith("e") else base
    return next((f for f in (stem + "ee", base + "ee") if f in lexicon.person_nouns()), None)


def acts_by_role(s, key_of, subject):
    """[(thing, other, role, optional)] of each participle + by/to + one other thing in the sentence,
    when two different verbs name the same other kind."""
    toks, found = s.tokens, []
    first = s.phrases[0] if s.phrases and s.phrases[0].start <= 1 else None
    owner = key_of(first) if first is not None else subject
    if owner is None:
        return []
    for i in range(1, len(toks) - 2):
        word, prep = toks[i].text, toks[i + 1].text
        if prep not in ("by", "to") or not word.endswith(("ed", "en")) or s.tags[i] not in (tx.VERB, tx.ADJ) or \
                toks[i + 2].text not in _ONE:
            continue
        q = s.next_phrase(i + 2)
        base = w.verb_base(word) or lexicon.verb_lemma(word)
        if q is None or q.start > i + 4 or q.plural or base is None or key_of(q) in (None, owner):
            continue
        role = agent(base) if prep == "by" else _patient(base, word, prep)
        optional = s.words[i - 2:i] in (["may", "be"], ["can", "be"], ["might", "be"])   # ("may be assigned to")
        found.append((key_of(q), role, optional))
    return [(owner, other, role, optional) for other, role, optional in found
            if len({r for o, r, _ in found if o == other}) >= 2]


def read(ex, s):
    """Apply the roles of one sentence to the extractor's spec: each role a reference of its own, and no
    plain reference or pair between the two kinds any more."""
    def key_of(p):
        return ex.entity_of(p)[0]
    for owner, other, role, optional in acts_by_role(s, key_of, ex.sentence_subject.get(id(s))):
        ex._retract(owner, other)
        ex._unpair(owner, other)
        name = w.snake([role])
        ex._relate(owner, other, name, optional=optional,   # (a person's role names the column: reporter_id)
                   column=f"{name}_id" if role in lexicon.person_nouns() else None)
