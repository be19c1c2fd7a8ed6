"""When a thing does something, asked to be seen: 'As a resident I want to see when my permit expires', 'see
when it expires', 'know when each loan is due'. The moment is a field of the thing the clause names (or the
one 'it' stands for): permits.expires_at, read as the list item 'when it expires' is."""

from . import lexicon

_SEEING = frozenset("see know check view tell show".split())
_OWNERS = frozenset("my our their its his her each every the".split())


def seen_when(s):
    """[(index of 'when', the thing's phrase or None for 'it')] of each '<see> when <it|my X|each X> <verb>'."""
    out = []
    for k, word in enumerate(s.words[:-2]):
        if word != "when" or k < 1 or (lexicon.verb_lemma(s.words[k - 1]) or s.words[k - 1]) not in _SEEING:
            continue
        if s.words[k + 1] in ("it", "they"):
            out.append((k, None))
        elif s.words[k + 1] in _OWNERS and (p := s.next_phrase(k + 1)) is not None and p.start == k + 2:
            out.append((k, p))
    return out


def read(ex, s):
    for k, p in seen_when(s):
        if p is not None:                          # ("my permit expires" read as one phrase: its verb last)
            verb_last = len(p.words) > 1 and lexicon.verb_lemma(p.words[-1]) not in (None, p.words[-1])
            key = ex.entity_of_words(p.lemma[:-1])[0] if verb_last else ex.entity_of(p)[0]
        else:
            key = next((k_ for q in reversed(s.phrases) if q.end <= k
                        for k_ in (ex.entity_of(q, loose=True)[0],) if k_ and not lexicon.holds_people(k_)), None)
        if key is None or key not in ex.spec.entities:
            continue
        end = next((j for j in range(k + 3, len(s.words)) if s.words[j] in (",", ".", ";", "and", "or")), len(s.words))
        ex._clause_item(ex.spec.entities[key], s, list(range(k, end)))
