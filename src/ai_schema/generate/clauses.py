"""Clauses: who does what to what, read from a tagged sentence.

A clause is a verb with its subject (a noun phrase, or a pronoun the caller resolves) and the noun
phrases it governs up to the next clause: the direct object first, then each phrase with the
preposition that introduces it. Coordinated verbs share their subject ("accept a ride and rate the
rider"), "want to V" / "can V" read as V, and the voice is told from "is/are/was/were/been/be …
<participle>".

    "Each session takes place in one room and is chaired by a person."
    -> session take [place] [in room]; session chair (passive) [by person]

The rules that use clauses (which phrases are things, which way a reference points) live with the
extractor; this module only reads the structure, from the tags text.py gives.
"""

import functools
from dataclasses import dataclass

from . import lexicon
from .tagging import irregular_participle
from .cues import ATTRIBUTE_VERBS, BROWSING_VERBS, INTERACTIONS, LIGHT_VERBS
from . import text as tx
from . import words as w

RELATIVE = frozenset("who that which whose whom".split())
SUBJECT_PRONOUNS = w.SUBJECT_PRONOUNS | {"he", "she", "it", "who", "that", "which"}
BE = frozenset("is are was were be been being get gets got".split())
# verbs that only introduce the verb after them: "want to accept", "need to see", "would like to rate"
LEADING = frozenset("want wants need needs like would hope try tries able going".split())
# what ends a clause's reach to the right
CLAUSE_END = frozenset(", ; : ( ) - so because while when whenever where if unless but then".split())
# words between a subject and its verb that are part of the verb group
VERB_GROUP = w.MODALS | frozenset("also always only still just usually often not never then first later each "
                                  "both either all".split())


@dataclass(frozen=True)
class Clause:
    subject: tx.Phrase | None          # the subject's noun phrase, or None for a pronoun or a shared subject
    pronoun: str | None                # "i", "they", "who" … when the subject is a pronoun
    verb: str                          # the verb's lemma
    at: int                            # the verb's token index
    passive: bool
    objects: tuple                     # ((preposition or None, Phrase), …) in text order
    relative: bool = False             # a relative clause on its subject ("customers who place orders")
    antecedent: tx.Phrase | None = None  # the phrase a reduced relative is on ("each patient we treat")

    @property
    def direct(self):
        """The direct object (a phrase right after the verb), or None."""
        return next((p for prep, p in self.objects if prep is None), None)

    def __str__(self):
        who = " ".join(self.subject.lemma) if self.subject is not None else (self.pronoun or "?")
        objs = " ".join(f"[{prep + ' ' if prep else ''}{' '.join(p.lemma)}]" for prep, p in self.objects)
        return f"{who} {self.verb}{' (passive)' if self.passive else ''} {objs}".rstrip()


def _verb_lemma(word):
    return w.verb_lemma(word) or w.stem(word)


def _depths(tokens):
    """Parenthesis depth of every token: clauses are not read inside parentheses."""
    depth, out = 0, []
    for t in tokens:
        if t.text == "(":
            depth += 1
        out.append(depth)
        if t.text == ")":
            depth = max(0, depth - 1)
    return out


def _subject(s, v, previous):
    """(phrase, pronoun) for the verb at v: what stands before its verb group (a coordinated verb
    shares the previous clause's)."""
    toks, tags = s.tokens, s.tags
    k = v - 1
    while k >= 0 and (toks[k].text in VERB_GROUP or toks[k].text in BE or tags[k] in (tx.ADV, tx.AUX)
                      or (toks[k].text == "to" and k > 0 and toks[k - 1].text in LEADING)
                      or toks[k].text in LEADING):
        k -= 1
    if k < 0:
        return None, None
    word = toks[k].text
    if word in ("and", "or", "but") and previous is not None:
        return previous.subject, previous.pronoun
    if word in SUBJECT_PRONOUNS or tags[k] == tx.PRON:
        if word in RELATIVE:                 # "customers who place orders": the phrase before
            phrase = s.phrase_at(k - 1) if k > 0 else None
            if phrase is None and k > 1 and toks[k - 1].text == ",":
                phrase = s.phrase_at(k - 2)
            return phrase, None if phrase is not None else word
        return None, word
    phrase = s.phrase_at(k)
    if phrase is None or phrase.end != k + 1 or phrase.possessive:
        return None, None
    # "the price of each product is …": the phrase before "of" is the subject
    if phrase.start >= 2 and toks[phrase.start - 1].text == "of":
        head = s.phrase_at(phrase.start - 2)
        if head is not None:
            return head, None
    if phrase.start > 0 and tags[phrase.start - 1] == tx.PREP and toks[phrase.start - 1].text != "as":
        return None, None                    # the object of a preposition, not a subject
    return phrase, None


def _after_relative(s, subject, v):
    """Is the verb at v in a relative clause on its subject ("customers who …", "orders that …")?"""
    return subject is not None and any(s.tokens[j].text in RELATIVE for j in range(subject.end, v))


def _antecedent(s, pronoun, v):
    """'record each patient we treat at an incident': a pronoun subject right after a noun phrase
    opens a relative clause on that phrase."""
    if pronoun not in w.SUBJECT_PRONOUNS:
        return None
    k = v - 1
    while k >= 0 and s.tokens[k].text != pronoun:
        k -= 1
    phrase = s.phrase_at(k - 1) if k > 0 else None
    return phrase if phrase is not None and phrase.end == k and not phrase.possessive else None


def _objects(s, v, end):
    """The phrases the verb at v governs, before token end, each with its preposition."""
    toks, tags = s.tokens, s.tags
    out, prep, last = [], None, v
    doer = s.phrase_at(v - 1)
    verb, doer = _verb_lemma(toks[v].text), w.singular(doer.head) if doer is not None else None
    for p in s.phrases:
        if p.start <= v or p.start >= end:
            continue
        between = range(last + 1, p.start)
        words = [toks[j].text for j in between]
        preps = [toks[j].text for j in between if tags[j] == tx.PREP and not (j == v + 1 and particle(verb, toks[j].text, doer))]
        #                                      ("customers bring in vehicles", "pick up tickets": a particle)
        if preps:
            prep = preps[-1]
        elif out and any(x in ("and", "or", ",") for x in words):
            pass                             # "to a customer or a shop": the same preposition
        elif out and len(out) == 1 and out[0][0] is None and out[0][1].det in ("each", "every") and \
                p.det in ("a", "an", "one"):
            prep = None                      # "send each owner an invoice": two objects, the thing second
        elif out:
            prep = prep if prep is not None else "of"
        if any(tags[j] == tx.VERB for j in between):
            break
        out.append((prep, p))
        last = p.end - 1
    return tuple(out)


def particle(verb, word, doer):
    """Is the word right after the verb its particle ('technicians pick up tickets'; 'customers bring in vehicles',
    doer the subject's noun or None), not a preposition?"""
    return word in w.PARTICLES or doer is not None and lexicon.particle_in(verb, word, doer)


def _clause_end(s, v, depths):
    toks, tags = s.tokens, s.tags
    for j in range(v + 1, len(toks)):
        if depths[j] > depths[v] or toks[j].text in CLAUSE_END or toks[j].text in RELATIVE:
            return j
        if toks[j].text in ("and", "or") and j + 1 < len(toks) and (
                tags[j + 1] in (tx.VERB, tx.AUX) or toks[j + 1].text in BE or toks[j + 1].text in VERB_GROUP):
            return j
        if tags[j] == tx.VERB and not (toks[j - 1].text == "to" or toks[j - 1].text in BE):
            return j
    return len(toks)


@functools.lru_cache(maxsize=512)
def clauses(s):
    """The clauses of a sentence, in text order (read once per sentence: several rules ask)."""
    toks, tags = s.tokens, s.tags
    depths = _depths(toks)
    out, previous = [], None
    for v, t in enumerate(toks):
        participle = 0 < v < len(toks) - 1 and toks[v - 1].text in BE and toks[v + 1].text == "by"
        if (tags[v] != tx.VERB and not participle) or depths[v]:
            continue                         # a verb, or "is given by" (a participle the tagger read as ADJ)
        if t.text in LEADING and v + 2 < len(toks) and toks[v + 1].text == "to":
            continue                         # "want to accept": the clause is accept's
        purpose = v > 1 and toks[v - 1].text == "to" and previous is not None and previous.at == v - 2
        if v > 1 and toks[v - 1].text == "to" and toks[v - 2].text not in LEADING and tags[v - 2] != tx.PRON \
                and not purpose:
            continue                         # "a form to fill in": an infinitive, not a clause
        if purpose:                          # "people register to attend a conference": the same subject
            subject, pronoun = previous.subject, previous.pronoun
        else:
            subject, pronoun = _subject(s, v, previous)
            if previous is not None and previous.relative and subject is not None and \
                    any(subject is p for _, p in previous.objects):
                subject = previous.subject   # "customers who place orders pay": customers pay
        if subject is None and pronoun is None:
            continue
        passive = v > 0 and toks[v - 1].text in BE and (t.text.endswith(("ed", "en", "wn", "t")) or
                                                        tx.participle_like(t.text) or irregular_participle(t.text)) or \
            (v > 1 and toks[v - 1].text in VERB_GROUP and toks[v - 2].text in BE)
        relative = _after_relative(s, subject, v)
        clause = Clause(subject, pronoun, _verb_lemma(t.text), v, passive, _objects(s, v, _clause_end(s, v, depths)),
                        relative, _antecedent(s, pronoun, v))
        out.append(clause)
        previous = clause
    return tuple(out)


def past_count(s, k):
    """Where the words after a count ('several', '1 or more', 'two') that starts at k begin (k if none)."""
    end = min(len(s.tags), k + 4)
    while k < end and (s.tags[k] in (tx.QUANT, "NUMBER") or s.words[k] in ("or", "more", "to")):
        k += 1
    return k


def before_count(s, k):
    """The index of the word before a count that ends just before k ('book two courts': the verb's), or
    k - 1 when no count is there."""
    j, end = k - 1, max(0, k - 5)
    while j > end and (s.tags[j] in (tx.QUANT, "NUMBER") or s.words[j] in ("or", "more", "to") or
                       s.words[j:j + 2] == ["up", "to"]):
        j -= 1
    return j


def noun_after_count(s, k):
    """Is there a noun at k, or after a count that starts at k?"""
    k = past_count(s, k)
    return k < len(s.tags) and s.tags[k] == tx.NOUN


def second_verb(s, start):
    """Where a second verb of the same subject starts, from start on ('families register with the food bank and
    receive parcels'): after 'and' and a noun, a verb with a noun after it; or None."""
    return next((j for j in range(max(start, 2), len(s.tokens) - 1) if s.tokens[j - 1].text == "and" and
                 s.tags[j] == tx.VERB and (s.tags[j - 2] == tx.NOUN or s.words[j - 2] in ("them", "it")) and
                 noun_after_count(s, j + 1)), None)   # ("like them and leave comments on them")


def passive_subject(s, k):
    """'leaks are assigned to a crew and closed with …' (k at the 'and'): the subject of the passive clause the
    participle after 'and' continues, or None."""
    for j in range(k - 1, 0, -1):
        if s.words[j] in (".", ";", ",", "and", "which", "that"):
            return None
        if s.words[j] in ("is", "are", "was", "were", "get", "gets") and s.tags[j + 1] == tx.VERB:
            j -= s.words[j - 1] in ("which", "that")
            j -= s.words[j - 1] == "," and s.words[j] in ("which", "that")   # ("leaks, which are assigned …")
            p = s.phrase_at(j - 1)
            return p if p is not None and p.end == j else None
    return None


def verb_between(s, start, end):
    """'students enroll and leave reviews': is there a verb after 'and' between start and end that is no
    interaction of its own (leave, write, post)? Then what follows is that verb's object, not the one before's."""
    toks = s.tokens
    return any(s.tags[j] == tx.VERB and toks[j - 1].text == "and" and
               (w.verb_lemma(toks[j].text) or toks[j].text) not in INTERACTIONS for j in range(start, end))


def second_verb_at(s, start):
    """'attendees buy tickets and (can) register for workshops': the plural a second verb of the same subject
    (not a light one) is done in, at or for, from start on; or None."""
    toks, tags = s.tokens, s.tags
    for j in range(max(start, 2), len(toks) - 2):
        k = j - 1 - (toks[j - 1].text in w.MODALS)
        if tags[j] != tx.VERB or toks[k].text != "and" or tags[k - 1] != tx.NOUN or \
                toks[j + 1].text not in ("for", "in", "at", "on") or \
                (w.verb_lemma(toks[j].text) or toks[j].text) in LIGHT_VERBS:
            continue
        q = s.next_phrase(j + 2)
        if q is not None and q.plural and q.start <= j + 3 and all(tags[x] in (tx.DET, tx.ADJ) for x in range(j + 2, q.start)):
            return q
        return None
    return None


def one_of(s, p):
    """Is the phrase 'one of' something ('one of our contractors', 'one of my policies', 'one of our two
    venues')?"""
    return ["one", "of"] in (s.words[max(0, p.start - 3):p.start - 1], s.words[max(0, p.start - 2):p.start]) or (
        s.words[max(0, p.start - 4):p.start - 2] == ["one", "of"] and s.tags[p.start - 1] in ("NUMBER", tx.QUANT))


def second_participle(s, i):
    """'is written by one student and supervised by several professors': a participle after 'and', with 'by'
    after it, whose clause began passive — passive too."""
    toks = s.tokens
    return i > 1 and toks[i - 1].text == "and" and toks[i].text.endswith(("ed", "en")) and \
        s.words[i + 1:i + 2] == ["by"] and any(toks[j].text in ("is", "are", "be", "was", "were") and
                                                toks[j + 1].text.endswith(("ed", "en")) for j in range(i - 1))


def starts_when(s, p):
    """Does the singular phrase p say when it starts, ends or happens ('a session starts when a driver plugs
    in', 'each shift ends at midnight')? A thing in time, with fields of its own."""
    return p.det in ("a", "an", "each", "every") and p.end + 1 < len(s.tokens) and \
        lexicon.verb_lemma(s.words[p.end]) in ("start", "begin", "end", "finish", "happen", "occur") and \
        s.words[p.end + 1] in ("when", "at", "on")


def story_role(s, i):
    """The role of a story whose speaker does the verb at ``i``, or None. ('As a student, I want to
    borrow books': the role stands for every student, as 'students borrow books' would say.)"""
    if s.words[:1] == ["as"] and s.phrases and s.phrases[0].start <= 2 and {"i", "we"} & set(s.words[s.phrases[0].end:i]):
        return s.phrases[0]
    return None


def story_exchange(s, i, obj, base):
    """Does a story's speaker deal with ``obj`` itself at the verb at ``i`` — not keep it ('save my
    addresses'), look at it ('see all rooms'), or send it somewhere ('assign trucks to a route',
    'seat guests at tables': the other thing is what it goes with)?"""
    return base not in ATTRIBUTE_VERBS and base not in BROWSING_VERBS and \
        lexicon.verb_class(base) in _EXCHANGES and \
        s.words[obj.end:obj.end + 1] not in (["to"], ["into"], ["onto"], ["for"], ["at"])


# WordNet's verb classes of dealings between a person and a thing or person that both go on existing
# (borrow, rent, buy, treat, hire, play, eat), not of putting or making (put, add, schedule)
_EXCHANGES = frozenset(("possession", "social", "competition", "consumption"))


def done_before(s, i, key_of):
    """'technicians run tests on samples and record the result value and unit': what people record
    right after doing something to a thing ('and' + the keeping verb at i) is about that thing — the
    test — not about the people. The key of the earlier clause's direct object (a thing of the text,
    no people, nothing 'my'), or None."""
    if i < 2 or s.words[i - 1] != "and" or s.words[i + 1:i + 2] in (["their"], ["his"], ["her"], ["its"], ["my"]):
        return None
    mine = next((c for c in clauses(s) if c.at == i), None)
    before = next((c for c in reversed(clauses(s)) if c.at < i), None)
    if mine is None or before is None or mine.passive or before.passive or before.relative or \
            mine.subject is not before.subject or mine.pronoun != before.pronoun:
        return None                          # (one subject, two verbs: "… and record …")
    doer = before.subject
    if doer is not None and doer.head not in lexicon.person_nouns():
        return None                          # (people do it: "sensors measure …" keep their own readings)
    done = before.direct
    if done is None or done.det in ("my", "our") or done.possessive or done.head in lexicon.person_nouns():
        return None
    key, role = key_of(done)
    return key if key is not None and not role else None


def starting_parties(s):
    """(the thing, [its parties]) for 'A ride starts when a rider unlocks a bike and ends when …': the things
    the opening clause of 'when' names, one each, are the thing's (not each other's); else (None, [])."""
    first = s.phrases[0] if s.phrases else None
    if first is None or first.start > 1 or not starts_when(s, first) or s.words[first.end + 1] != "when":
        return None, []
    end = next((j for j in range(first.end + 2, len(s.tokens)) if s.words[j] in (";", ".", ":") or
                s.words[j] == "and" and s.tags[j + 1:j + 2] == [tx.VERB]), len(s.tokens))
    return first, [q for q in s.phrases if first.end + 1 < q.start and q.end <= end and not q.plural and
                   q.det in ("a", "an", "the", "one")]
