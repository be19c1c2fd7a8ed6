"""A relative clause whose subject is another thing: 'Every order a customer places is logged with …',
'each bid that a buyer makes on a lot is recorded with …', 'every answer learners give to an exercise is
saved: …'. The head is a record of its own, made by the clause's subject (and about what its preposition
names); read so, as 'every order placed by a customer is logged with …' (before tagging), every reader of
reduced passives ('classes taught by trainers') reads it too."""

import functools

from . import lexicon
from . import words as w

_HEADS = frozenset("each every the any".split())
_SUBJECT_DETS = frozenset("a an the one".split())
_PREPOSITIONS = frozenset("on to for at in from about against with towards toward".split())
_THEN = frozenset("is are gets get".split())
_MOST_WORDS = 2                                   # words of each noun ("every support ticket")


@functools.lru_cache(maxsize=1)
def _participles():
    """{base: its irregular past participle} from WordNet's exceptions ('give': given, 'make': made)."""
    forms = {}
    for form, base in sorted(lexicon.verbs()[1].items()):
        if form.endswith(("s", "ing")) or form == base:
            continue
        if base not in forms or form.endswith("n") and not forms[base].endswith("n"):
            forms[base] = form                    # ("given" over "gave", "written" over "wrote")
    return forms


def irregular(base):
    """Does WordNet list an irregular past form of the verb ('take': took, taken)?"""
    return base in _participles()


def participle(base):
    """The past participle of a verb's base form ('place': placed, 'give': given, 'log': logged)."""
    if base in _participles():
        return _participles()[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return base[:-1] + "ied"
    if len(base) <= 4 and base[-1] not in "aeiouwxy" and base[-2:-1] in ("a", "e", "i", "o", "u") and \
            base[-3:-2] not in ("a", "e", "i", "o", "u", ""):
        return base + base[-1] + "ed"             # ("log": logged, "plan": planned)
    return base + "ed"


def _noun_run(words, k):
    """The end of one to two content words starting at k (no function words), or None."""
    end = k
    while end < len(words) and end - k < _MOST_WORDS and words[end].isalpha() and \
            words[end] not in w.FUNCTION_WORDS:
        end += 1
    return end if end > k else None


def as_passive(tokens):
    """The tokens of 'every X (that) a Y Vs [prep a Z] is …' as 'every X Ved by a Y [prep a Z] is …', and
    of 'log each X a Y sends us with …' as 'log each X sent by a Y with …'; other tokens as they are."""
    words = [t.text for t in tokens]
    if len(words) < 7:
        return tokens
    if words[0] not in _HEADS:
        at = next((i for i in range(1, len(words) - 5) if words[i] in ("each", "every") and
                   lexicon.verb_lemma(words[i - 1]) is not None), None)   # ("I want to log each order …")
        return tokens if at is None else tokens[:at] + _as_passive(tokens[at:], _KEPT)
    return _as_passive(tokens, _THEN)


_KEPT = frozenset(("with", ",", ":", ".", ";"))   # what may follow a kept thing's clause ("log each X a Y sends us, …")
_US = frozenset(("us", "me"))


def _as_passive(tokens, then):
    words = [t.text for t in tokens]
    for head_end in range(2, (_noun_run(words, 1) or 0) + 1):   # ("every answer learners give …")
        k = head_end + (words[head_end:head_end + 1] in (["that"], ["which"]))
        det = k < len(words) and words[k] in _SUBJECT_DETS
        for subject_end in range(k + det + 1, (_noun_run(words, k + det) or 0) + 1):   # (the verb ends the run
            found = _clause_at(words, subject_end, det, then)                          #  or follows it)
            if found is not None:
                at = tokens[subject_end].start
                done = participle(found)
                particle = tokens[subject_end + 1:subject_end + 2] if words[subject_end + 1] in w.PARTICLES else []
                us = int(words[subject_end + 1 + len(particle)] in _US)    # ("… a client sends us": to the speaker)
                return tokens[:head_end] + [w.Token(done, done, "word", at)] + particle + \
                    [w.Token("by", "by", "word", at)] + tokens[k:subject_end] + tokens[subject_end + 1 + len(particle) + us:]
    return tokens


def _clause_at(words, v, det, then):
    """The verb's base when words[v] is the clause's verb, its subject before it ('a customer places',
    'learners give') and one of then ('is'/'are') after it (past one prepositional phrase); else None."""
    if v >= len(words) - 2 or then is _KEPT and not det:
        return None
    verb = words[v]
    base = lexicon.verb_lemma(verb)
    plural = not det and w.is_plural(words[v - 1])
    if base is None or base in ("be", "have", "do") or \
            (verb != base if plural else verb not in (base + "s", base + "es")) or not (det or plural):
        return None
    after = v + 1 + (words[v + 1] in w.PARTICLES and words[v + 2] in then | _PREPOSITIONS)   # ("takes out")
    after += then is _KEPT and after < len(words) and words[after] in _US
    if then is _KEPT and (after == len(words) or words[after] in then):
        return base                                # ("log each order a client sends us with …": the list's "with")
    for _ in range(3 if then is _KEPT else 1):   # ("… a parent makes towards a trip for a pupil, with …")
        if not (after + 1 < len(words) and words[after] in _PREPOSITIONS):
            break                                  # (also when the text ends at the preposition's phrase)
        end = _noun_run(words, after + 1 + (words[after + 1] in _SUBJECT_DETS | {"each", "every"}))
        if end is None:
            return None
        after = end
    return base if after + 1 < len(words) and words[after] in then or then is _KEPT and after == len(words) else None


_ABOUT = frozenset("on under about to for".split())


def it_named(tokens):
    """'… like a picture or write a comment under it' as '… write a comment under the picture': the 'it' a
    record made about something stands for, the last thing named with an article before the verb (before
    tagging, so that every reader of 'a comment on a picture' reads it)."""
    words = [t.text for t in tokens]
    for i in range(5, len(words)):
        if words[i] != "it" or words[i - 1] not in _ABOUT or words[i - 3] not in ("a", "an") or \
                (lexicon.verb_lemma(words[i - 4]) or words[i - 4]) not in w.CREATION_VERBS:
            continue
        k = next((j for j in range(i - 5, 0, -1) if words[j - 1] in ("a", "an", "the", "each", "every") and
                  words[j].isalpha() and words[j] not in w.FUNCTION_WORDS and
                  lexicon.verb_lemma(words[j]) in (None, w.singular(words[j]))), None)
        if k is not None and not w.is_plural(words[k]):
            at = tokens[i].start
            return tokens[:i] + [w.Token("the", "the", "word", at), w.Token(words[k], tokens[k].orig, "word", at)] + \
                tokens[i + 1:]
    return tokens


def they_named(tokens):
    """'each alum has a graduation year …, and they can RSVP to events' as '…, and alums can RSVP to events':
    the 'they' that opens a second clause stands for the things the sentence opened with (before tagging, so
    that every reader of 'alums can RSVP to events' reads it)."""
    words = [t.text for t in tokens]
    for i in range(3, len(words) - 2):
        if words[i] != "they" or words[i - 1] != "and" or words[i + 1] not in w.MODALS:
            continue
        if words[0] in ("each", "every") and words[1].isalpha() and words[1] not in w.FUNCTION_WORDS:
            named = w.plural(words[1])               # ("each alum has …, and they can …": the alums)
        elif w.singular(words[0]) != words[0] and words[0] not in w.FUNCTION_WORDS and lexicon.verb_lemma(words[1]):
            named = words[0]                         # ("alumni have a name, and they can …")
        else:
            return tokens
        return tokens[:i] + [w.Token(named, named, "word", tokens[i].start)] + tokens[i + 1:]
    return tokens

