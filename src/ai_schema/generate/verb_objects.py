"""Things a sentence names only around an act's object — where it goes, whom it is for or handed to, or
as a second act's object ('passengers book crossings on routes and bring vehicles', 'create a job for a
customer', 'phones assigned to employees'): they are kept too, though the text gives them nothing of
their own — a one-line description names its tables this way."""

import functools

from . import lexicon
from . import text as tx
from . import words as w

_PLACING = ("on", "at", "in", "for", "from", "to", "across")


def kept_noun(noun, events=True):
    """Does the noun name a made thing or a place (or, with ``events``, an event: WordNet's), not a field, a
    measure or a time?"""
    return (noun in lexicon.thing_nouns() or events and noun in lexicon.occurrence_nouns()) and \
        noun not in w.FIELD_NOUNS and noun not in lexicon.measure_nouns() and noun not in w.WHEN_FIELDS


def _kept(p, plural=True):
    """A plural (or, plural=False, a singular) that names a made thing, a place or an event."""
    return p.plural == plural and kept_noun(p.head)


def placed_things(s, vote):
    """'book crossings on routes', 'members book classes in studios': the plural after a preposition that
    follows a verb's plural object (or one thing that several are for)."""
    toks, tags = s.tokens, s.tags
    for i in range(len(toks) - 3):
        if tags[i] != tx.VERB:
            continue
        obj = s.next_phrase(i + 1)
        if obj is None or obj.start > i + 2 or not obj.plural or obj.end + 1 >= len(toks) or \
                toks[obj.end].text not in _PLACING + ("about",):
            continue
        q = s.next_phrase(obj.end + 1)
        if q is None or any(tags[j] not in (tx.DET, tx.ADJ) for j in range(obj.end + 1, q.start)):
            continue
        if toks[obj.end].text == "about":       # "users write reviews about products": what the records are about
            if _kept(q):
                vote(q.lemma, 3)
            continue
        if _kept(q) or toks[obj.end].text == "for" and toks[obj.end + 1].text in ("a", "an", "each", "every") and \
                _kept(q, plural=False):
            vote(q.lemma, 3)                    # ("join study groups for a course": each group one course's)
            if _kept(obj) and i > 0 and (doer := s.phrase_at(i - 1)) is not None and doer.plural and \
                    lexicon.story_person(doer.head):
                vote(obj.lemma, 2)              # "fans list tickets for concerts": what people put there is kept too


@functools.lru_cache(maxsize=1)
def _act_records():
    """The records of people's acts (reviews, ratings, comments): cues.INTERACTIONS' nouns, read once."""
    from .cues import INTERACTIONS             # (cues reads the constructions, which read this module: here)
    return frozenset(INTERACTIONS.values())


def made_about(s, vote):
    """'members can leave a comment on a picture', 'guests write a review of a stay', 'members leave reviews of
    bikes': records made by a verb of making, and the thing they are about after a preposition — both kept."""
    acts = _act_records()
    toks, tags = s.tokens, s.tags
    for i in range(1, len(toks) - 3):
        verb = w.verb_base(toks[i].text) or toks[i].text
        if tags[i] != tx.VERB or verb not in w.CREATION_VERBS or verb in w.KEEPING_VERBS or verb in ("keep", "note"):
            continue                              # (not "keep a register of extinguishers")
        obj = s.next_phrase(i + 1)
        if obj is None or not (obj.start == i + 2 and toks[i + 1].text in ("a", "an") and not obj.plural or
                               obj.start == i + 1 and obj.plural and obj.det is None) or \
                obj.end + 1 >= len(toks) or toks[obj.end].text not in ("on", "about", "under", "of", "for", "to") or \
                not (kept_noun(obj.head) and (obj.head in lexicon.occurrence_nouns() or obj.plural)
                     or obj.head in acts):
            continue                              # (a record: not "book a room for a time slot")
        q = s.next_phrase(obj.end + 1)
        if q is None or any(tags[j] not in (tx.DET, tx.ADJ) for j in range(obj.end + 1, q.start)) or \
                not (kept_noun(q.head) or q.plural and obj.plural and not w.field_word(q.head)) or \
                lexicon.holds_people(q.head):
            continue                              # ("reviews of plots": whatever WordNet says a plot mostly is)
        vote(obj.lemma, 2)
        vote(q.lemma, 3)


def second_objects(s, vote):
    """'… book crossings on routes and bring vehicles': the plural thing a second verb after 'and' acts
    on, when people are the sentence's doers."""
    toks, tags = s.tokens, s.tags
    people = any(p.plural and p.head in lexicon.person_nouns() for p in s.phrases)
    for i in range(2, len(toks) - 1):
        if tags[i] != tx.VERB or toks[i - 1].text != "and" or not people or tx.VERB not in tags[:i - 1]:
            continue
        obj = s.next_phrase(i + 1)
        if obj is not None and obj.start == i + 1 and _kept(obj) and obj.head in lexicon.thing_nouns():
            vote(obj.lemma, 2)


def handed_to_people(s, vote):
    """'laptops, monitors and phones assigned to employees', 'tools lent to members': the people things
    are handed to by a participle are kept (each thing is one person's)."""
    if "to" not in s.words:
        return
    for p in s.phrases:
        k = p.start - 1
        if p.plural and p.head in lexicon.person_nouns() and k >= 2 and s.words[k] == "to" and \
                s.tags[k - 1] == tx.VERB and tx.participle_like(s.words[k - 1]) and s.tags[k - 2] == tx.NOUN:
            vote(p.lemma, 3)


def made_for(s, vote):
    """'create a job for a customer', 'open a ticket for each tenant': whom a made record is for (a
    person, WordNet) is kept too."""
    toks = s.tokens
    if "for" not in s.words:
        return
    for i, t in enumerate(toks):
        if s.tags[i] != tx.VERB or (w.verb_lemma(t.text) or t.text) not in w.CREATION_VERBS:
            continue
        first = s.next_phrase(i + 1)
        if first is None or first.start > i + 3:
            continue
        made = next((x for x in [first] + [y for y in tx.joined_to(s, first, plural=False) if not w.field_word(y.head)]
                     if x.end + 2 < len(toks) and toks[x.end].text == "for"), None)
        #                                         ("record tenants and the lease for each property"; not "the carrier,
        #                                          the tracking code and the weight for each shipment": its fields)
        if made is None or toks[made.end + 1].text not in ("a", "an", "each", "every", "one"):
            continue
        whom = s.next_phrase(made.end + 2)
        if whom is not None and whom.head in w.WHEN_FIELDS:
            continue                              # ("order pizzas for a delivery time": when, no thing)
        if whom is not None and whom.start == made.end + 2 and toks[made.end + 1].text in ("each", "every") and \
                made.head not in lexicon.person_nouns() and made.head not in lexicon.measure_nouns() and \
                not w.field_word(made.head):      # (not "record the lap time for every lap": a field of each)
            vote(made.lemma, 3)                   # "writes a short report for every dog": one record per dog
        if whom is not None and whom.start == made.end + 2 and whom.head in lexicon.person_nouns():
            vote(whom.lemma, 3)                   # (a thing it is for, "an invoice for an order", only
        elif whom is not None and whom.start == made.end + 2 and made.plural and not whom.plural and \
                whom.head not in lexicon.measure_nouns() and toks[made.end + 1].text in ("a", "an", "each", "every"):
            vote(whom.lemma, 3)                   # "record gravity readings for a batch": many rows for each one
        elif whom is not None and whom.start == made.end + 2 and whom.head in lexicon.thing_nouns():
            vote(whom.lemma, 2)                   # counts with other evidence)


def given_values(s, vote):
    """'Judges give each dish a score', 'give each quiz a time limit': the first of two objects, when the
    second is a value (a field, a measure, a sum), is a thing with that field; people who give it each
    thing a value of their own are kept too (set_values.py reads whose the value is)."""
    tags = s.tags
    for i in range(len(tags) - 3):
        if tags[i] != tx.VERB or tags[i + 1] not in (tx.DET, tx.QUANT):
            continue
        thing = s.next_phrase(i + 1)
        value = s.next_phrase(thing.end) if thing is not None else None
        if value is None or thing.start > i + 3 or value.start != thing.end + 1 or tags[thing.end] != tx.DET or \
                value.det not in ("a", "an") or not (w.field_word(value.head) or value.head in lexicon.kind_nouns() and
                                                     value.head not in lexicon.thing_nouns()) or thing.possessive or \
                thing.head in lexicon.person_nouns():
            continue
        vote(thing.lemma, 3)
        giver = s.phrase_at(i - 1)
        if giver is not None and giver.end == i and giver.plural and giver.head in lexicon.person_nouns():
            vote(giver.lemma, 2)


def recorded_on_each(s, vote):
    """'Staff who check laptops out must be recorded on each loan': what is written down on each record (an
    occurrence: a loan, a visit) is a thing the record names."""
    first = s.phrases[0] if s.phrases and s.phrases[0].start <= 1 else None
    for k in range(1, len(s.words) - 3):
        if s.words[k] in ("is", "are", "be") and s.words[k + 1].endswith("ed") and \
                lexicon.verb_lemma(s.words[k + 1]) in w.WRITTEN_ON and s.words[k + 2] in ("on", "in") and \
                s.words[k + 3] in ("each", "every", "the", "a", "an") and first is not None and first.end <= k and \
                (q := s.next_phrase(k + 3)) is not None and q.head in lexicon.occurrence_nouns() and \
                first.head not in lexicon.occurrence_nouns():
            vote(first.lemma, 3)


def met_with(s, vote):
    """'book an appointment with a doctor', 'each lesson is with an instructor': the person an occasion is
    with is one of the people the text keeps (a person is no text field)."""
    for p in s.phrases:
        k = p.end + (s.words[p.end:p.end + 1] in (["is"], ["are"]))
        booked_for = p.start >= 2 and s.words[p.start - 2:p.start - 1] == ["for"] and p.head in lexicon.person_nouns() \
            and s.phrases[0].head in lexicon.occurrence_nouns() and s.phrases[0].end < p.start - 2 and \
            s.tags[s.phrases[0].end:s.phrases[0].end + 2] == [tx.AUX, tx.VERB]   # ("appointments are booked
        #                                                             for a patient with one clinician": them)
        if not booked_for and p.head not in lexicon.occurrence_nouns() or s.words[k:k + 1] != ["with"] or \
                not booked_for and k == p.end and s.tags[max(0, tx.governor(s, p))] != tx.VERB:
            continue                             # (a verb's object or a subject said to be with someone: not
            #                                      "prints with an artist and a size" in a list)
        q = s.next_phrase(k + 1)
        if q is not None and q.start == k + 2 and s.words[k + 1] in ("a", "an", "one", "the") and \
                q.head in lexicon.person_nouns() and len(q.words) <= 2 and not q.possessive:
            vote(q.lemma, 3)                     # (not "log every call with the caller's phone number")
            if booked_for:
                vote(p.lemma, 3)                 # and whom it is for


def past_relative(s, value):
    """(where the words after a logged value go on, whether a relative clause came first): 'the hours they
    spend on a job' goes on at 'on'."""
    end = value.end if value is not None else 0
    spent = s.words[end:end + 1] in (["they"], ["we"]) and end + 1 < len(s.words) and s.tags[end + 1] == tx.VERB
    return end + 2 * spent, spent


def logged_against(s, vote):
    """'consultants log hours against clients', 'mechanics log the hours they spend on a job': what values
    are logged against is kept (the pair of the loggers and it holds the values, logged_against.py)."""
    for i in range(len(s.words) - 3):
        if s.tags[i] != tx.VERB or (lexicon.verb_lemma(s.words[i]) or s.words[i]) not in ("log", "record", "book",
                                                                                           "charge", "enter"):
            continue
        value = s.next_phrase(i + 1)
        end, spent = past_relative(s, value)
        if value is None or value.start > i + 2 or not w.field_word(w.singular(value.head)) or \
                s.words[end:end + 1] not in ([["against"], ["on"]] if spent else [["against"]]):
            continue
        thing = s.next_phrase(end + 1)
        if thing is not None and thing.start <= end + 2 and (thing.plural or thing.det in ("each", "every") or
                                                             spent and thing.det in ("a", "an")):
            for p in [thing] + tx.joined_to(s, thing):
                vote(p.lemma, 3)                 # ("… against projects and tasks")
