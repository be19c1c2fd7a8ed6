"""Words that stand for a thing named before, made into the thing (before tagging, so that every reader reads the
plain form). An 'it' a person acts on: '… report swarms, we send a volunteer beekeeper to collect it', 'customers
report a fault and a technician fixes it' — the thing the clause before named as its object, and the person doing it
is that thing's own ('a volunteer beekeeper collects each swarm'); 'we open a job and assign a plumber to it' — to
each job. An 'each' opening a later clause: 'our cars are
hatchbacks …, and each is either manual or automatic', 'create tours, each made of stops' — each car, each tour."""

from . import lexicon
from . import words as w

_SENDING = frozenset("send dispatch assign allocate ask get".split())     # "we send a plumber to fix it"
_OBJECT_DETS = frozenset("a an the each every".split())
_AFTER_THING = frozenset(", . ; and with to for from in on at".split())
_CLAUSE_END = frozenset(", . ; and when once after".split())
_MOST_WORDS = 3                                   # words of the person ("a volunteer beekeeper")


def _person_before(words, end):
    """The start of 'a|an|one [modifiers] PERSON' ending just before end, or None."""
    if end < 2 or words[end - 1] not in lexicon.person_nouns():
        return None
    return next((d for d in range(end - 2, max(-1, end - 2 - _MOST_WORDS), -1)
                 if words[d] in ("a", "an", "one")), None)


def _thing_before(words, end):
    """The last thing named as a verb's object before end: 'report swarms', 'report a fault'."""
    for k in range(end - 1, 1, -1):
        word = words[k]
        if not word.isalpha() or word in w.FUNCTION_WORDS or w.singular(word) in lexicon.person_nouns() or \
                words[k + 1] not in _AFTER_THING or lexicon.verb_lemma(word) not in (None, w.singular(word)):
            continue
        verb = words[k - 2] if words[k - 1] in _OBJECT_DETS else words[k - 1] if w.is_plural(word) else None
        if verb is not None and verb not in w.FUNCTION_WORDS and lexicon.verb_lemma(verb) is not None and \
                lexicon.mostly_verb(lexicon.verb_lemma(verb)):
            return k                              # (the verb's object, not "… with a location and a photo")
    return None


def _plural_before(words, end, fits):
    """The index of the last plural noun before end whose singular fits, or None."""
    return next((k for k in range(end - 1, -1, -1) if words[k].isalpha() and w.is_plural(words[k]) and
                 words[k] not in w.FUNCTION_WORDS and fits(w.singular(words[k]))), None)


def it_done(tokens):
    """'we send a beekeeper to collect it' / 'a beekeeper collects it' as 'a beekeeper collects each swarm'."""
    words = [t.text for t in tokens]
    for i in range(4, len(words)):
        if words[i] != "it" or i + 1 < len(words) and words[i + 1] not in _CLAUSE_END:
            continue
        if words[i - 1] == "to" and (person := _person_before(words, i - 1)) is not None and person >= 1 and \
                lexicon.verb_lemma(words[person - 1]) in _SENDING:   # "we open a job and assign a plumber to it":
            thing = _thing_before(words, person - 1)                 # to each job
            if thing is not None:
                at = tokens[i].start
                return tokens[:i] + [w.Token("each", "each", "word", at),
                                     w.Token(w.singular(words[thing]), tokens[thing].orig, "word", at)] + tokens[i + 1:]
            continue
        verb, base = words[i - 1], lexicon.verb_lemma(words[i - 1])
        if base is None:
            continue
        if words[i - 2] == "to" and verb == base:
            person = _person_before(words, i - 2)
            if person is None or person < 2 or lexicon.verb_lemma(words[person - 1]) not in _SENDING or \
                    words[person - 2] not in w.SUBJECT_PRONOUNS:
                continue
            start, doer, acted = person - 2, tokens[person:i - 2], w.plural(verb)
        elif verb != base and verb.endswith("s"):
            person = _person_before(words, i - 1)
            if person is None:
                continue
            start, doer, acted = person, tokens[person:i - 1], verb
        else:
            continue
        thing = _thing_before(words, start)
        if thing is None:
            continue
        at = tokens[i].start
        return tokens[:start] + doer + [w.Token(acted, acted, "word", at), w.Token("each", "each", "word", at),
                                        w.Token(w.singular(words[thing]), tokens[thing].orig, "word", at)] + tokens[i + 1:]
    return tokens


_SAID_OF_EACH = frozenset("is has can may must comes belongs".split())
_OWNING = frozenset("our the all their my".split())


def each_named(tokens):
    """'our cars are hatchbacks …, and each is either manual or automatic' as '…, and each car is …': an
    'each' that opens a later clause stands for the plural its sentence opened with; 'tours, each made of stops'
    for the plural before it; 'We keep boats. Each has a name' for the last plural of the sentence before."""
    words = [t.text for t in tokens]
    ends = [k for k, x in enumerate(words) if x in (".", ";", "?", "!")] + [len(words)]
    begin, out, before = 0, [], []
    for end in ends:
        part = tokens[begin:end + 1]
        said = words[begin:begin + 2]
        k = _plural_before(before, len(before), lexicon.filed_noun) if len(said) == 2 and said[0] == "each" and \
            said[1] in _SAID_OF_EACH and not _passive(before) else None
        if k is not None:                         # "We keep boats. Each has a name": each boat (not "waiters and
            #                                       chefs are assigned to events; each has …": each of them)
            one = w.singular(before[k])
            part = part[:1] + [w.Token(one, one, "word", part[0].start)] + part[1:]
        out += _each_named(part, [t.text for t in part])
        before = words[begin:end]
        begin = end + 1
    return out


_MADE_OF = frozenset("made composed consisting".split())


def _each_of_which(tokens, words):
    """'… several services, like a cut or a colour, each of which has a price' as '…, and each service has a
    price': a statement of its own about each of the last plural named before."""
    for i in range(3, len(words) - 3):
        if words[i - 1:i + 3] in ([",", "each", "of", "which"], [",", "each", "of", "whom"]) and \
                words[i + 3] in _SAID_OF_EACH:
            k = _plural_before(words, i - 1, lexicon.filed_noun)
            if k is not None:
                one = w.singular(words[k])
                return tokens[:i] + [w.Token("and", "and", "word", tokens[i].start), tokens[i],
                                     w.Token(one, one, "word", tokens[i].start)] + tokens[i + 3:]
    return tokens


def _passive(words):
    """Does a passive verb ('are assigned', 'is booked') come after the words' first plural?"""
    return any(a in ("is", "are", "get", "gets") and b.endswith("ed") for a, b in zip(words, words[1:]))


def _each_named(tokens, words):
    if "which" in words or "whom" in words:
        tokens = _each_of_which(tokens, words)
        words = [t.text for t in tokens]
    for i in range(2, len(words) - 2):             # "create tours, each made of numbered stops": each tour
        if words[i] == "each" and words[i - 1] == "," and words[i + 1] in _MADE_OF and w.is_plural(words[i - 2]) and \
                words[i - 2] not in w.FUNCTION_WORDS:
            one = w.singular(words[i - 2])
            return tokens[:i + 1] + [w.Token(one, one, "word", tokens[i].start)] + tokens[i + 1:]
    first = 1 if words[:1] and words[0] in _OWNING else 0
    if len(words) < first + 2 or not w.is_plural(words[first]) or words[first] in w.FUNCTION_WORDS or \
            lexicon.verb_lemma(words[first + 1]) is None:
        return tokens
    for i in range(first + 3, len(words) - 1):
        if words[i] == "each" and words[i + 1] in _SAID_OF_EACH and words[i - 1] in ("and", ",", ";"):
            one = w.singular(words[first])
            return tokens[:i + 1] + [w.Token(one, one, "word", tokens[i].start)] + tokens[i + 1:]
    return tokens


def each_said_after(tokens, i):
    """Does ', and each car is …' follow the comma at i: a clause said of each one, a statement of its own?"""
    words = [t.text for t in tokens[i + 1:i + 5]]
    return len(words) == 4 and words[0] == "and" and words[1] in ("each", "every") and words[2].isalpha() and \
        words[2] not in w.FUNCTION_WORDS and words[3] in _SAID_OF_EACH


def each_one_named(tokens):
    """'We track bikes and the driver who owns each one' as '… who owns each bike': an 'each one' a verb acts on
    stands for the last plural thing named before it."""
    words = [t.text for t in tokens]
    for i in range(2, len(words) - 1):
        if words[i:i + 2] != ["each", "one"] or words[i - 1] in w.FUNCTION_WORDS or not words[i - 1].isalpha() or \
                lexicon.verb_lemma(words[i - 1]) is None or i + 2 < len(words) and words[i + 2].isalpha():
            continue
        thing = _plural_before(words, i - 1, lambda one: one not in lexicon.person_nouns())
        if thing is not None:
            one = w.singular(words[thing])
            return tokens[:i + 1] + [w.Token(one, one, "word", tokens[i + 1].start)] + tokens[i + 2:]
    return tokens
