"""Something given to someone, said with two objects: 'a trainer gives each member an induction on a machine',
'vets give pets a vaccination', 'the club awards each runner a medal for a race'. What is given (an act, an
event or a possession: WordNet's occurrences) is a record of its own: it refers to whom it was given to, to
the person who gave it, and to the thing a preposition after it names ('on a machine', 'for a race')."""

from . import lexicon
from . import text as tx
from . import words as w

# the determiners a second object takes ("gives them an induction"): one more of it each time
_ONE = ("a", "an", "one")
_PLACES = ("on", "for", "in", "at")
# the verb classes (WordNet's) of giving and of sending ("send every household a bill", "email each member a
# reminder", "post each buyer a receipt")
_HANDING = ("possession", "motion", "communication", "contact")


def given_to(s):
    """(giver or None, recipient, given, place or None) of each '<verb> <someone> a <thing>' in the sentence."""
    return s.once(_given_to)


def _given_to(s):
    toks, tags, out = s.tokens, s.tags, []
    for i in range(len(toks) - 3):
        verb_class = lexicon.verb_class(lexicon.verb_lemma(toks[i].text) or toks[i].text) if tags[i] == tx.VERB else None
        if verb_class not in _HANDING:
            continue
        if toks[i + 1].text in ("them", "him", "her"):
            whom = tx.them_stands_for(s, i, lambda p: lexicon.holds_people(p.head))   # (or said before: None)
            end = i + 2
        else:
            whom = s.next_phrase(i + 1)
            if whom is None or whom.start > i + 2 or whom.end >= len(toks) or whom.possessive or \
                    not (lexicon.holds_people(whom.head) or whom.head in lexicon.thing_nouns() or
                         whom.head in lexicon.group_nouns()) or \
                    w.field_word(whom.head) or (whom.start == i + 2 and tags[i + 1] != tx.DET):
                continue                         # (not "pay for a class", "give lessons to members"; "vets give
                #                                  pets a vaccination": an animal is given things too)
            end = whom.end
        given = s.next_phrase(end)
        if given is None or given.start != end + 1 or toks[end].text not in _ONE or given.det not in _ONE \
                or lexicon.holds_people(given.head) or w.field_word(given.head) or \
                given.head in lexicon.money_nouns() and verb_class == "possession" or \
                given.head not in lexicon.occurrence_nouns():
            continue                             # ("give each member a number": the member's field; "lend a
            #                                      guest a bike": the bike is lent again, no record of one giving)
        giver = s.phrase_at(i - 1) if i > 0 else None
        giver = giver if giver is not None and giver.end == i and lexicon.holds_people(giver.head) else None
        place = s.next_phrase(given.end + 1) if s.words[given.end:given.end + 1] and \
            s.words[given.end] in _PLACES else None
        place = place if place is not None and place.start <= given.end + 2 and \
            place.det in ("a", "an", "each", "every", "the") and not lexicon.holds_people(place.head) else None
        out.append((giver, whom, given, place))
    return out


def vote(s, vote):
    """What is given is a table; so are whom it is given to, and where ('… an induction on a machine')."""
    for giver, whom, given, place in given_to(s) if tx.VERB in s.tags else ():
        vote(given.lemma, 3)
        if whom is not None:
            vote(whom.lemma, 3 if whom.plural or whom.det in ("each", "every") else 2)
        if place is not None:
            vote(place.lemma, 3)
        if giver is not None:
            vote(giver.lemma, 3)                 # (a person the record names: "a trainer gives …")


def link(s, key_of, relate, retract):
    """The given record refers to the recipient, the giver and the place; the recipient refers to none of
    them (it gets one each time)."""
    for giver, whom, given, place in given_to(s) if tx.VERB in s.tags else ():
        record = key_of(given)
        keys = [key_of(other) if other is not None else None for other in (whom, giver, place)]
        for key in keys:
            if record is not None and key is not None and key != record:
                relate(record, key)
        for key in (record, keys[2]) if keys[0] is not None else ():
            if key is not None:
                retract(keys[0], key)
        if keys[1] is not None and keys[0] is not None:
            retract(keys[1], keys[0])           # (nor the giver to the recipient: "a trainer gives each member …")
