"""Things a sentence states in a few fixed shapes, voted as kept (discovery.py asks for them): how each one
came to be ('record how each object was acquired'), a clause before a colon's fields ('sensors hang over a
bench: model, serial number, …'), a thing moved through stages, a thing identified by a field, the plural an
application is for ('I need a db for alumni: …'), and a text that is one bare noun phrase ('monthly
electricity + gas meter readings for our flat')."""

from . import lexicon, occasions
from . import text as tx
from . import words as w
from .cues import GENERIC_HEADS, rx
from .verb_objects import kept_noun

_MOVED = rx(r"\b(?:move|moves|take|takes|walk|walks|push|pushes) (?:a|an|the|each|every|my|our) (\w+) through "
            r"(?:the |its |their )?(?:stages|states|statuses|phases|steps)\b")
_KNOWN_BY = rx(r"^(?:a|an|each|every|the) ([a-z]+(?: [a-z]+)?) (?:is|are) (?:uniquely )?(?:identified|known) by "
               r"(?:its |their |a |an |the )")


def votes(s, alone):
    """(lemma, points, whether the vote gives it fields of its own) for each thing the sentence states so;
    ``alone``: the sentence is the whole text."""
    if (how := occasions.how_done(s)) is not None:
        yield how[1].lemma, 2, False             # "record how each object was acquired": the objects
    if (listed := _clause_then_fields(s)) is not None:
        yield listed.lemma, 1, False             # "sensors hang over a bench: model, serial number, …": theirs
    moved = _MOVED.search(s.text()) if " through " in s.text() else None
    if moved:
        yield (w.singular(moved.group(1)),), 3, False   # "move a story through stages: …": the stories
    known = _KNOWN_BY.search(s.text()) if " by " in s.text() else None
    if known:
        yield tuple(w.singular(x) for x in known.group(1).split()), 3, False   # "A route is identified by a short
        #                                                                        name": it has a field
    if (given := _given_to_someone(s)) is not None:
        yield given.lemma, 3, True               # "sell a member a membership on a plan, with …": the membership
    if (record := _record_for_each(s)) is not None:
        yield record.lemma, 3, False             # "a daily check-in for each habit with an optional note"
    if (had := _had_with_fields(s)) is not None:
        yield had.lemma, 3, False                # "a sale has lines: product, qty, price": the lines
    if alone:
        yield from _bare_phrase(s)
    if (served := _app_for_things(s)) is not None:
        yield served.lemma, 3, True              # "I need a db for alumni: their grad year, …": what it keeps


def _bare_phrase(s):
    """'monthly electricity + gas meter readings for our flat': a text of one noun phrase names what is kept
    (a thing, or something done: readings), and what it is of."""
    tags, first = s.tags, s.phrases[0] if s.phrases else None
    if first is None or tx.VERB in tags or tx.AUX in tags or not first.plural or \
            any(tags[i] not in (tx.DET, tx.QUANT, tx.ADJ, "PUNCT") for i in range(first.start)) or \
            first.head in GENERIC_HEADS or ":" in s.words or "," in s.words or first.head == "one" or \
            not (kept_noun(first.head) or lexicon.verb_lemma(first.head) not in (None, first.head)):
        return
    kinds = (q := s.next_phrase(first.end + 1)) is not None and q.head == first.head
    yield (first.lemma[-1:] if kinds else first.lemma), 3, False   # ("electricity meters and gas meters": meters)
    of = s.next_phrase(first.end + 1) if s.words[first.end:first.end + 1] == ["of"] else None
    if of is not None and of.start == first.end + 1 and of.plural:
        kinds = (q := s.next_phrase(of.end + 1)) is not None and q.head == of.head
        yield (of.lemma[-1:] if kinds else of.lemma), 3, False


def _clause_then_fields(s):
    """The plural opening 'sensors hang over a bench: model, serial number, …' — a clause, a colon, then a
    list with no verb (the subject's fields) — or None."""
    p = s.phrases[0] if s.phrases else None
    colon = s.words.index(":") if ":" in s.words else None
    if p is None or colon is None or p.start != 0 or not p.plural or p.end >= colon or s.tags[p.end] != tx.VERB or \
            s.words[colon + 1:].count(",") < 2 or tx.VERB in s.tags[colon + 1:] or tx.AUX in s.tags[colon + 1:]:
        return None
    return p


def _app_for_things(s):
    """The plural of 'I need a db for alumni: their grad year, degree, …' — an application for some
    things, a colon, then what is kept of each — or None."""
    colon = s.words.index(":") if ":" in s.words else None
    p = s.phrase_at(colon - 1) if colon else None
    app = s.phrase_at(p.start - 2) if p is not None and p.start >= 2 and s.words[p.start - 1] == "for" else None
    if app is None or not p.plural or p.end != colon or app.head not in GENERIC_HEADS or \
            not ({",", "and"} & set(s.words[colon + 1:])):
        return None
    return p


def _given_to_someone(s):
    """The thing of 'sell a member a membership on a plan, with a start date …', 'issue each visitor a badge
    with a number' — a verb of giving (WordNet's verb.possession), a person, then a new thing that a list
    describes — or None."""
    for i, t in enumerate(s.tokens[:-3]):
        if s.tags[i] != tx.VERB or lexicon.verb_class(lexicon.verb_lemma(t.text) or t.text) != "possession":
            continue
        person = s.next_phrase(i + 1)
        thing = s.next_phrase(person.end) if person is not None and person.start == i + 2 else None
        if thing is None or thing.start != person.end + 1 or person.det not in ("a", "an", "each", "every") or \
                person.head not in lexicon.person_nouns() or thing.det not in ("a", "an") or \
                thing.head in lexicon.person_nouns() or w.field_word(thing.head):
            continue
        k = thing.end
        while k < len(s.words) and s.words[k] not in ("with", ":") and s.tags[k] in (tx.PREP, tx.DET, tx.NOUN, tx.ADJ, "PUNCT") \
                and k < thing.end + 6:
            k += 1
        if k < len(s.words) and s.words[k] in ("with", ":"):
            return thing
    return None


def _had_with_fields(s):
    """The plural of 'a sale has lines: product, qty, price' — what a thing has, a colon, then a list with no
    verb (the fields of each one) — or None."""
    if ":" not in s.words:
        return None
    colon = s.words.index(":")
    p = s.phrase_at(colon - 1)
    if p is None or p.end != colon or not p.plural or p.det is not None or p.start < 2 or \
            s.words[p.start - 1] not in ("has", "have") or s.words[colon + 1:].count(",") + \
            s.words[colon + 1:].count("and") < 2 or tx.VERB in s.tags[colon + 1:] or tx.AUX in s.tags[colon + 1:]:
        return None
    return p


def _record_for_each(s):
    """The phrase of 'a daily check-in for each habit with an optional note' — one thing made for each of
    another, then 'with' and what it holds — or None."""
    for p in s.phrases:
        if p.det not in ("a", "an") or p.plural or s.words[p.end:p.end + 2] not in (["for", "each"], ["for", "every"]):
            continue
        q = s.next_phrase(p.end + 2)
        if q is not None and q.start == p.end + 2 and s.words[q.end:q.end + 1] == ["with"] and q.head != p.head:
            return p
    return None
