"""'Judges score each sculpture for creativity and technique', 'inspectors grade every restaurant for hygiene', 'as
a judge, I want to score each sculpture for …': people judging each thing for qualities make a record each time —
named by the act (WordNet's act noun: score, rating, check), pointing at the thing and at who judged it, the
qualities its fields. The verb is one of WordNet's verbs of judging (verb.cognition, verb.competition,
verb.perception); the qualities are no things or people."""

from . import lexicon
from . import text as tx
from . import words as w

_JUDGING = frozenset(("cognition", "competition", "perception"))


def judged(s):
    """(the judges' phrase, the verb's index, the judged phrase, [the qualities' phrases]) of s, or None (read
    once: voted on, then related)."""
    if "for" not in s.words or not ("each" in s.words or "every" in s.words):
        return None
    return s.once(_judged)


def _judged(s):
    toks, tags = s.tokens, s.tags
    for i, t in enumerate(toks):
        if tags[i] != tx.VERB or lexicon.verb_class(lexicon.verb_lemma(t.text) or "") not in _JUDGING:
            continue
        who = s.phrase_at(i - 1) if i else None
        if who is None or who.end != i or not who.plural or who.head not in lexicon.person_nouns():
            who = _story_role(s, i)
        thing = s.next_phrase(i + 1)
        if who is None or thing is None or thing.start != i + 2 or s.words[i + 1] not in ("each", "every") or \
                s.words[thing.end:thing.end + 1] != ["for"]:
            continue
        qualities, k = [], thing.end + 1
        while (q := s.next_phrase(k)) is not None and q.start == k and not q.plural and q.det is None and \
                q.head not in lexicon.thing_nouns() and q.head not in lexicon.person_nouns():
            qualities.append(q)
            k = q.end + 1
            if s.words[q.end:q.end + 1] not in ([","], ["and"]):
                break
        if qualities:
            return who, i, thing, qualities
    return None


def _story_role(s, i):
    """'As a judge, I want to score …': the role the story is told as, when the verb is the wish's."""
    if s.words[:1] != ["as"] or not s.phrases or s.phrases[0].head not in lexicon.person_nouns() or \
            s.words[max(0, i - 3):i] not in (["i", "want", "to"], ["we", "want", "to"]):
        return None
    return s.phrases[0]


def _act(verb):
    """The noun of the judging act ('score': score, 'rate': rating), or None when it names a field."""
    from .occasions import act_noun            # (occasions reads cues, which reads the constructions, this one)
    act = act_noun(lexicon.verb_lemma(verb) or verb)
    return act if not w.field_word(act) or act == lexicon.verb_lemma(verb) else None


def vote(s, vote_for):
    """The act, the judged things and the judges are things of the text."""
    found = judged(s)
    if found is None:
        return
    who, i, thing, _ = found
    act = _act(s.words[i])
    if act is not None:
        vote_for((act,), 3)
        vote_for(thing.lemma, 3)
        vote_for(who.lemma, 2)


def read(ex, s):
    """Each judging is a row of the act: it points at the thing and the judge, with the qualities as fields."""
    found = judged(s)
    if found is None:
        return
    who, i, thing, qualities = found
    act = _act(s.words[i])
    key = ex.entity_of_words((act,))[0] if act is not None else None
    judged_key, judge = ex.entity_of(thing)[0], ex.entity_of(who)[0]
    if key is None or judged_key is None or key == judged_key:
        return
    ex._relate(key, judged_key)
    if judge is not None and judge != key:
        ex._relate(key, judge)
    for q in qualities:
        ex.spec.entities[key].attribute(w.snake(q.words))
