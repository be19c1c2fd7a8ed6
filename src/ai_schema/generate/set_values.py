"""Values someone sets on a thing while acting on it: 'As a manager I can assign each issue to a
contractor and set a due date' (the issue's due date), 'grade submissions and add a comment' (the
submission's), 'give each assignment a deadline' (the assignment's). The value is no thing of the
text; whose it is, is said by the act it is coordinated with, or by the double object."""

from . import lexicon
from . import text as tx
from . import words as w
from .chained import chosen_for_each
from .cues import ATTRIBUTE_VERBS, HAVE, INTERACTIONS

# what ends the clause an act belongs to
_CLAUSE_END = frozenset(". ; so because when if while".split())


def _value(s, p, entity_of):
    """Is the phrase a value (a due date, a comment, my invoice amount), not a thing, person or list?"""
    if p is None or entity_of(p)[0] is not None or p.head in lexicon.person_nouns() or p.possessive or \
            p.det in ("each", "every", "all", "some", "any") or p.head in w.LIST_WORDS:
        return False
    if p.plural and not w.field_word(p.head):
        return False                             # ("add photos": things of their own, unless fields)
    if p.det in ("my", "our") and p.head not in lexicon.money_nouns():
        return False                             # ("… and add my phone number": the speaker's own)
    return w.field_word(p.head) or p.det in ("a", "an", "my", "our") and (
        p.head not in lexicon.act_nouns() or p.head in lexicon.occurrence_nouns())   # ("add a comment")


def _acted_on(s, j, entity_of):
    """The thing the verb at j acts on directly ('assign each issue to …': the issue), its key or None."""
    q = s.next_phrase(j + 1)
    if q is None or q.start > j + 3 or any(s.tags[x] not in (tx.DET, tx.QUANT, tx.ADJ) for x in range(j + 1, q.start)):
        return None
    key, role = entity_of(q)
    return key if key is not None and not role and not q.possessive else None


def _subject(s, i, entity_of):
    """The thing the phrase right before the verb at i names, when it is each one of them ('every reviewer
    gives …': each gives each thing a value of their own), or None."""
    k = i - 1
    while k > 0 and (s.tags[k] == tx.ADV or s.words[k] in w.MODALS):
        k -= 1
    p = s.phrase_at(k)
    key, role = entity_of(p) if p is not None and p.end == k + 1 and p.det in ("each", "every") else (None, None)
    return key if key is not None and not role else None


def value_set(s, i, entity_of):
    """(the thing's key — or the pair of keys whose pair it is —, where the value's list starts) when the
    verb at i sets a value on a thing, else None: the verb is coordinated with one acting on the thing
    ('create tasks and set a due date'), or its first object is the thing and its second the value ('give
    each assignment a deadline')."""
    words, tags = s.words, s.tags
    if tags[i] != tx.VERB or i + 2 >= len(words) or words[i] in HAVE or words[i + 1] in w.PARTICLES or \
            tags[i + 1] not in (tx.DET, tx.NOUN, tx.QUANT):
        return None
    first = s.next_phrase(i + 1)
    if first is None or first.start > i + 2 or any(tags[x] != tx.DET for x in range(i + 1, first.start)):
        return None
    verb = lexicon.verb_lemma(words[i]) or words[i]
    if verb in ATTRIBUTE_VERBS or lexicon.verb_class(verb) in ("perception", "stative") or \
            verb in ("see", "view", "know", "get", "be", "have", "make", "do", "use"):
        return None
    second = s.next_phrase(first.end)
    if second is not None and second.start <= first.end + 1 and lexicon.verb_class(verb) != "communication" and \
            all(tags[x] == tx.DET for x in range(first.end, second.start)) and second.det in ("a", "an") and \
            _value(s, second, entity_of) and (key := _acted_on(s, i, entity_of)) is not None:
        giver = _subject(s, i, entity_of)        # "give each assignment a deadline"; "every reviewer gives
        return (key, second.start) if giver in (None, key) else ((giver, key), second.start)   # each talk a
    #                                              score": the pair's (a value each giver gives each thing)
    if not _value(s, first, entity_of) or words[i - 1] not in ("and", "then", ","):
        return None
    for j in range(i - 2, 0, -1):               # "assign each issue to a contractor and set a due date"
        if words[j] in _CLAUSE_END:
            return None
        if tags[j] == tx.VERB:
            chosen = s.next_phrase(j + 1)
            if chosen is not None and chosen.start <= j + 2 and chosen_for_each(s, chosen):
                each = s.next_phrase(chosen.end + 2)        # "pick the films for each season and set a screening
                pair = (entity_of(each)[0], entity_of(chosen)[0])   # date for each one": the pair's
                return (pair, i + 1) if None not in pair else None
            verb = lexicon.verb_lemma(words[j]) or words[j]
            act = INTERACTIONS.get(verb) or lexicon.verb_act(verb)   # ("register …": a registration)
            key = entity_of(tx.Phrase(0, 0, (act,), None, False, False))[0] if act else None
            key = key or _acted_on(s, j, entity_of)   # ("review claims and add a note": the review's)
            return (key, i + 1) if key is not None else None
    return None


# verbs of putting a thing in a state ("mark a room as cleaned", "flag a review as spam")
MARKING = frozenset("mark flag label tag set".split())


def marked_as(s, i, entity_of):
    """'As a contractor I can mark an issue as fixed': (the thing's key, the flag's name is_fixed, ())
    when the verb at i puts a thing in a state; 'mark each dose as given or missed': (the dose, 'status',
    its states); else None."""
    words, tags = s.words, s.tags
    if tags[i] != tx.VERB or (lexicon.verb_lemma(words[i]) or words[i]) not in MARKING:
        return None
    key = _acted_on(s, i, entity_of)
    q = s.next_phrase(i + 1)
    k = q.end if q is not None else len(words)
    if key is None or words[k:k + 1] != ["as"] or k + 1 >= len(words) or \
            tags[k + 1] not in (tx.ADJ, tx.VERB) and not words[k + 1].endswith("ed") and \
            lexicon.verb_lemma(words[k + 1]) in (None, words[k + 1]) and not (   # ("as lost", a past participle;
                lexicon.verb_lemma(words[k + 1]) == words[k + 1] and words[k + 2:k + 3] in ([], ["."], [","], ["and"])):
        return None                                                         # "as read": one spelled as its verb)
    states, state, j = [], [], k + 1
    while j < len(words) and len(state) < 3:
        if words[j] in (",", "or"):
            states.append(state)
            state = []
        elif tags[j] in (tx.ADJ, tx.VERB, tx.PREP, tx.NOUN, tx.ADV) and words[j] not in ("and", "with", "during", "when"):
            state.append(words[j])
        else:
            break
        j += 1
    states = [x for x in states + [state] if x]
    if len(states) > 1:
        return key, "status", tuple(w.snake(x) for x in states)   # ("as picked up, in transit or delivered")
    return key, "is_" + w.snake(states[0][:2]), ()
