"""'every time I water or repot them', 'whenever we service a van': each such act is a row of its own,
named by the act (waterings, repottings, services) and referring to what it is done to, with its date."""

from . import lexicon
from . import text as tx
from . import words as w
from .cues import ATTRIBUTE_VERBS
from .object_relatives import participle

_DOERS = ("i", "we", "you", "they", "someone", "somebody")
_PRONOUNS = {"them": True, "it": False}


def wordnet_act(verb):
    """The noun WordNet gives a verb's act ('marry': marriage, 'inspect': inspection), or None."""
    return lexicon.verb_act(verb) or next((n for n in sorted(w.nominalizations(verb)) if n in lexicon.act_nouns()
                                           or n in lexicon.occurrence_nouns()
                                           or n == w.gerund(verb) and n in lexicon.group_nouns()), None)
    #                                      ('meet': meeting, a gathering of the people who meet)


def act_noun(verb):
    """The noun of a verb's act: WordNet's ('inspection'), else its -ing form ('watering', 'repotting')."""
    if verb in lexicon.occurrence_nouns() or verb in lexicon.act_nouns():
        return verb                                         # "visit", "repair": the act's own noun
    act = wordnet_act(verb)
    return act if act is not None else w.gerund(verb)


def occasions(s):
    """[(verbs, index of the object, index of 'every'/'whenever', the doer's phrase or None)] of each 'every
    time I water or repot them', 'each time a driver clears a driveway' clause of a sentence."""
    toks, tags, out = s.tokens, s.tags, []
    if "time" not in s.words and "whenever" not in s.words and "when" not in s.words:
        return out
    for i, t in enumerate(toks):
        if t.text == "whenever":
            k = i + 1
        elif t.text == "when" and s.words[i - 1:i] in (["and"], [","]) and s.words[i + 3:i + 4] in (["them"], ["it"]) \
                and any(w.verb_base(x) in ATTRIBUTE_VERBS for x in s.words[:i - 1]) and s.words[:i].count("which") < 2 \
                and s.words[i + 4:i + 5] != ["back"]:       # (not "… and when they bring them back": the
            #                                                 return of what was borrowed, a field of that record)
            k = i + 1                                       # "track my houseplants and when I water them" (not
            #                                                 "which neighbour borrowed which tool, when they took
            #                                                 it …": when the pair's act was done, its fields)
        elif t.text in ("every", "each") and s.words[i + 1:i + 2] == ["time"]:
            k = i + 2
        elif t.text == "who" and s.words[i - 1:i] in (["and"], [","]) and s.words[i + 2:i + 5] in (
                ["them", "and", "when"], ["it", "and", "when"]) and "with" not in s.words[:i] and \
                any(w.verb_base(x) in ATTRIBUTE_VERBS for x in s.words[:i - 1]):   # (not "… is logged with the old
            #                                                 stage, who changed it and when": that record's fields)
            k = i                                           # "track our office plants, who waters them and when":
            #                                                 each watering, with who did it and the date
        else:
            continue
        if k >= len(toks):
            continue
        doer = None
        if toks[k].text not in _DOERS and toks[k].text != "who":
            doer = s.next_phrase(k)             # "each time a driver clears a driveway": a doer named
            if doer is None or doer.start > k + 1 or doer.possessive or \
                    doer.start == k + 1 and tags[k] != tx.DET or doer.end >= len(toks) or tags[doer.end] != tx.VERB:
                continue
            k = doer.end - 1
        k, verbs = k + 1, []
        while k < len(toks) and tags[k] == tx.VERB and lexicon.verb_lemma(toks[k].text):
            verbs.append(lexicon.verb_lemma(toks[k].text))
            k += 1
            if s.words[k:k + 1] not in (["or"], ["and"]) or tags[k + 1:k + 2] != [tx.VERB]:
                break
            k += 1
        if verbs and k < len(toks) and not set(verbs) & {"be", "have", "do", "get", "want", "need", "can"}:
            out.append((verbs, k, i, doer))
    return out


# what a row is called when the text names the act's record by its kind ("a visit record each time …")
_RECORD_WORDS = frozenset("record entry row log line".split())


def _record_before(s, at):
    """The act's name when a phrase right before 'each time'/'whenever' names it ('a visit record each time
    a driver clears a driveway': visit), or None."""
    p = s.phrase_at(at - 1)
    if p is None or p.end != at or p.possessive:
        return None
    lemma = p.lemma[:-1] if p.head in _RECORD_WORDS and len(p.lemma) > 1 else p.lemma
    if lemma[-1] not in lexicon.act_nouns() and lemma[-1] not in lexicon.occurrence_nouns():
        return None
    return w.snake(lemma)


def _with_after(s, k):
    """The index of a 'with' right after an occasion's object pronoun ('when I service them, with the
    cost'), or None."""
    at = k + 1 + (s.words[k + 1:k + 2] == [","])
    return at if s.words[k:k + 1] in (["them"], ["it"]) and s.words[at:at + 1] == ["with"] else None


def _intransitive(s, k):
    """Does the occasion's verb take no object ('every time a boat passes through, I note …', 'each time a
    ship docks, we record …')? Then its act is the doer's."""
    said = next((j for j in range(k, len(s.words) - 2) if s.words[j] in ("we", "i")), None)
    if said is not None and s.words[said + 2:said + 3] in (["a"], ["an"]):
        return False                       # ("every time a show goes out we log a broadcast": named so)
    return s.words[k:k + 1] in ([","], ["i"], ["we"]) or s.words[k:k + 1] and (
        s.words[k] in w.PARTICLES or s.words[k] in ("through", "in", "by", "past", "on")) and \
        s.words[k + 1:k + 2] in ([","], ["i"], ["we"])


def vote(s, vote_for):
    """Who does an occasion's act and what it is done to, when named ('each time a driver clears a
    driveway'), are things; so is the record the text names for it ('a visit record each time …')."""
    for _, k, at, doer in occasions(s) if "time" in s.words or "whenever" in s.words else ():
        if doer is None:
            continue
        done_to = s.phrase_at(k) or s.next_phrase(k)
        if _intransitive(s, k):
            vote_for(doer.lemma, 3)              # ("every time a boat passes through": the boats)
        elif done_to is not None and done_to.start <= k + 1 and not done_to.possessive:
            vote_for(doer.lemma, 3)
            vote_for(done_to.lemma, 3)
            record = _record_before(s, at)
            if record:
                vote_for(tuple(record.split("_")), 3)


def claim_fields(ex, s):
    """Before the sentence's lists are read: an occasion's 'with' fields are the act's (read_occasions)."""
    for _, k, _, _ in occasions(s):
        at = _with_after(s, k)
        if at is not None:
            ex.claimed_with.add((id(s), at))


def read_occasions(ex, s):
    """Each act a clause of occasions names is a table referring to what it is done to: the pronoun's
    thing (the nearest before it) or the phrase after the verb."""
    for verbs, k, at, doer_phrase in occasions(s):
        word = s.tokens[k].text
        if word in _PRONOUNS:                # ("… houseplants, where each plant lives …, and every time I water
            done_to = next((ex.entity_of(p)[0] for p in reversed(s.phrases) if p.end <= at and   # them": each plant)
                            (p.plural == _PRONOUNS[word] or p.det in ("each", "every")) and
                            ex.entity_of(p)[0] and not ex.entity_of(p)[1]), None)
        elif doer_phrase is not None and _intransitive(s, k):
            done_to, doer_phrase = ex.entity_of(doer_phrase)[0], None   # (each pass is the boat's)
        else:
            p = s.phrase_at(k) or s.next_phrase(k)
            done_to = ex.entity_of(p)[0] if p is not None and p.start <= k + 2 else None
        if done_to is None:
            continue
        doer = next((ex.entity_of(p)[0] for p in reversed(s.phrases) if p.end <= at and p.plural and
                     ex.entity_of(p)[0] not in (None, done_to) and not ex.entity_of(p)[1]), None) \
            if s.words[at + (1 if s.words[at] == "whenever" else 2)] == "they" else None
        if doer_phrase is not None:
            doer = ex.entity_of(doer_phrase)[0]
            if doer is None or doer == done_to:
                continue
        record = _record_before(s, at)
        for verb in verbs:
            act = record or act_noun(verb)
            if act == done_to or act.split("_")[-1] in ex.spec.entities[done_to].words:
                continue
            ex._act_entity(act).attribute("occurred_on").hint = "date"
            if s.words[at] == "who":              # ("… who waters them and when": who did it, by name)
                ex._act_entity(act).attribute(participle(verb) + "_by").hint = "text"
            ex._relate(act, done_to)
            if doer is not None:
                ex._relate(act, doer)          # "members check in whenever they visit a gym": whose visit
            if doer_phrase is not None:
                ex._retract(doer, done_to)     # ("a visit each time a driver clears a driveway": the visit's
                ex._retract(done_to, doer)     # driver and driveway, neither the other's)
        at = _with_after(s, k)
        if at is not None and act in ex.spec.entities:
            ex._attributes(act, s, at + 1)     # "… and when I service them, with the cost": the service's
        kept = next((j for j in range(k, len(s.tokens) - 2) if s.words[j] in ("we", "i") and
                     s.words[j + 1] in ATTRIBUTE_VERBS), None)
        if kept is not None and act in ex.spec.entities:
            ex._attributes(act, s, kept + 2)   # "whenever we service a van we note the mileage": the act's
            if doer_phrase is None and done_to in ex.spec.entities:   # (no doer named, or the act is the
                #                                 doer's: "every time someone opens a unit's door … we log the time")
                _share_out(ex, s, kept + 2, ex.spec.entities[act], ex.spec.entities[done_to])


def _share_out(ex, s, start, act, thing):
    """'every time a boat passes through I note the boat's name, the direction and the time': the fields
    said with the thing's possessive are the thing's, the others the act's (both readings took them all)."""
    owned = set()
    for j in range(start, len(s.tokens) - 1):
        if s.words[j] == "'s" and (p := s.phrase_at(j - 1)) is not None and ex.entity_of(p)[0] == thing.key:
            end = next((x for x in range(j + 1, len(s.tokens)) if s.words[x] in (",", ";", ".")), len(s.tokens))
            owned |= {x for x in s.words[j + 1:end] if x not in ("and", "the", "its", "their")}
    for name in [n for n in act.attributes if n in thing.attributes]:
        if set(name.split("_")) <= owned:
            del act.attributes[name]
        else:
            del thing.attributes[name]


def what_done(s):
    """(verb, the place phrase, index of the recording verb) of 'record what I sow in each bed', or None."""
    words, tags = s.words, s.tags
    if "what" not in words:
        return None
    k = words.index("what")
    if k < 1 or words[k - 1] not in ATTRIBUTE_VERBS or words[k + 1:k + 2] not in (["i"], ["we"]) or \
            tags[k + 2:k + 3] != [tx.VERB] or tags[k + 3:k + 4] != [tx.PREP]:
        return None
    verb = lexicon.verb_lemma(words[k + 2])
    p = s.next_phrase(k + 4)
    if verb is None or p is None or p.start > k + 5:
        return None
    return verb, p, k - 1


def how_done(s):
    """(verb, the thing phrase, index of the recording verb, index of ':' or 'with') of 'record how each object
    was acquired: the date, …', or None: how a thing came to be so is an act of its own (an acquisition)."""
    words, tags = s.words, s.tags
    if "how" not in words:
        return None
    k = words.index("how")
    p = s.next_phrase(k + 1)
    if k < 1 or lexicon.verb_lemma(words[k - 1]) not in ATTRIBUTE_VERBS or p is None or p.start > k + 2 or \
            p.det not in ("each", "every", "a", "an", "the") or words[p.end:p.end + 1] not in (["was"], ["is"], ["were"], ["are"]) or \
            tags[p.end + 1:p.end + 2] != [tx.VERB] or not tx.participle_like(words[p.end + 1]) or \
            words[p.end + 2:p.end + 3] not in ([":"], ["with"], [","]):
        return None
    verb = lexicon.verb_lemma(words[p.end + 1])
    at = p.end + 2 + (words[p.end + 2] == "," and words[p.end + 3:p.end + 4] == ["with"])
    return (verb, p, k - 1, at) if verb is not None and lexicon.verb_act(verb) is not None else None


def read_how_done(ex, s):
    """The act of how_done, a table of its own for the thing, with the fields listed after it."""
    found = how_done(s)
    if found is None:
        return
    verb, thing, recording, at = found
    key = ex.entity_of(thing)[0]
    act = act_noun(verb)
    if key is None or act == key:
        return
    ex._act_entity(act)
    ex._relate(key, act)                        # (the object's acquisition: one per thing)
    ex.claimed_with.add((id(s), recording))
    if s.words[at] in (":", "with"):
        ex.claimed_with.add((id(s), at))
        ex._attributes(act, s, at + 1)


def read_what_done(ex, s):
    """'I want to record what I sow in each bed, with the sowing date and the seed variety': the act
    (a sowing) is a table of its own, of the place, with the fields said with it."""
    found = what_done(s)
    if found is None:
        return
    verb, place, recording = found
    end = place.end
    key = ex.entity_of(place)[0]
    act = act_noun(verb)
    if key is None or act == key:
        return
    ex._act_entity(act)
    ex._relate(act, key)
    at = end + (s.words[end:end + 1] == [","])
    ex.claimed_with.add((id(s), recording))     # (what is recorded is the act's, not the speaker's)
    if s.words[at:at + 1] == ["with"]:
        ex.claimed_with.add((id(s), at))
        ex._attributes(act, s, at + 1)


def when_used(s):
    """(thing phrase, other phrase, index of the recording verb) of 'when we use parts on a work order we
    record which part, how many and the price', or None: an act that puts things of one kind on one of
    another is a line between the two, holding what is recorded of it."""
    toks, tags = s.tokens, s.tags
    if len(toks) < 9 or toks[0].text not in ("when", "whenever") or toks[1].text not in _DOERS or tags[2] != tx.VERB:
        return None
    p = s.next_phrase(3)
    if p is None or p.start > 4 or not p.plural or p.end + 2 >= len(toks) or toks[p.end].text not in ("on", "for", "to", "in"):
        return None
    q = s.next_phrase(p.end + 1)
    if q is None or q.start > p.end + 2 or q.plural:
        return None
    k = q.end + (s.words[q.end:q.end + 1] == [","])
    if s.words[k:k + 1] not in (["we"], ["i"]) or k + 2 >= len(toks) or w.verb_lemma(s.words[k + 1]) not in ATTRIBUTE_VERBS:
        return None
    return p, q, k + 1


def read_when_used(ex, s):
    """The line table of when_used, with the fields recorded (a 'which part' names one of the two)."""
    found = when_used(s)
    if found is None:
        return
    p, q, recording = found
    a, b = ex.entity_of(p)[0], ex.entity_of(q)[0]
    if a is None or b is None or a == b:
        return
    pair = ex._pair_table(b, a)
    ex.claimed_with.add((id(s), recording))
    ex._attributes(pair, s, recording + 1)
    for name in [n for n in ex.spec.entities[pair].attributes if n in (a, b)]:
        ex.spec.entities[pair].attributes.pop(name)   # ("which part": the line's own reference)


def for_each_sent(s):
    """(things phrase, where phrase, index where the fields start, index of the verb) of 'send one or
    more ambulances to an incident and have the system stamp, for each ambulance sent, when it was
    dispatched, …', or None: what is kept for each thing a verb moved to another is the pair's."""
    toks, tags = s.tokens, s.tags
    for i in range(len(toks) - 3):
        if toks[i].text != "for" or toks[i + 1].text not in ("each", "every"):
            continue
        p = s.next_phrase(i + 2)
        if p is None or p.start != i + 2 or p.end >= len(toks) or tags[p.end] != tx.VERB:
            continue
        verb = lexicon.verb_lemma(toks[p.end].text)
        j = next((k for k in range(i) if tags[k] == tx.VERB and lexicon.verb_lemma(toks[k].text) == verb), None)
        o = s.next_phrase(j + 1) if j is not None else None
        if o is None or o.head != p.head or o.end + 1 >= len(toks) or toks[o.end].text not in ("to", "into", "on", "at"):
            continue
        q = s.next_phrase(o.end + 1)
        if q is None or q.start > o.end + 2 or q.end > i:
            continue
        return o, q, p.end + 1 + (s.words[p.end + 1:p.end + 2] == [","]), j
    return None


def read_for_each_sent(ex, s):
    """The pair of for_each_sent is a table of its own with what is kept for each (incident_ambulances
    with dispatched_at, …); the things no longer refer to the place one each."""
    found = for_each_sent(s)
    if found is None:
        return
    o, q, start, verb = found
    a, b = ex.entity_of(o)[0], ex.entity_of(q)[0]
    if a is None or b is None or a == b:
        return
    pair = ex._pair_table(b, a)
    for k in range(verb, start):
        ex.claimed_with.add((id(s), k))       # (the sentence's "have …" and "with" lists are the pair's)
    ex._attributes(pair, s, start)
