"""One thing referring to one of another, said outright: 'an event happens at one venue', 'each animal is
housed in a kennel', 'tickets are sold per screening', 'each delivery is assigned to a driver and a van'.
Both sides are things (constructions.EVIDENCE votes for them; links reads the reference)."""

from . import lexicon
from . import text as tx
from . import words as w

_ONE = ("a", "an", "one", "1", "exactly one", "exactly 1", "a single", "a particular", "one specific", "a specific",
        "the same", "only one")
_PASSIVE_PREPOSITIONS = frozenset("in at on to by for from with under into inside within".split())


def participle(word):
    """A passive participle: 'housed', 'carried', 'written', 'held' (WordNet's verbs and their forms)."""
    base = lexicon.verb_lemma(word) or w.verb_base(word)
    return base is not None and word != base and (word.endswith(("ed", "en", "t")) or word in w.IRREGULAR_VERBS)


def _one_after(s, k, p=None):
    """The phrase of 'at|in|for … one Y' starting at k, or None."""
    toks = s.tokens
    if k + 1 < len(toks) and toks[k].text == "per" and p is not None and (p.plural or p.det in ("a", "an", "each", "every")) \
            and w.verb_lemma(toks[k - 1].text) not in ("price", "charge", "bill", "rate", "cost", "pay", "tax"):
        target = s.next_phrase(k + 1)         # "tickets are sold per screening"
        return target if target is not None and target.start == k + 1 and not target.plural and \
            target.head not in lexicon.measure_nouns() and target.head not in w.FIELD_NOUNS else None   # (not "per night")
    if k >= len(toks) or toks[k].text not in _PASSIVE_PREPOSITIONS and toks[k].text != "before":
        return None
    rest = " ".join(s.words[k + 1:k + 4])
    one = next((x for x in sorted(_ONE, key=len, reverse=True) if rest == x or rest.startswith(x + " ")), None)
    if one is None:
        return None
    target = s.next_phrase(k + 1 + len(one.split()))
    if target is not None and toks[k].text == "with" and (
            w.field_word(target.head) or (lexicon.verb_lemma(toks[k - 1].text) or "") in w.KEEPING_VERBS | _WRITTEN_DOWN):
        return None                           # "creators register with an email and a display name", "phones are
        #                                       logged with a brand and a model": fields
    if target is not None and toks[k].text == "before" and target.head not in lexicon.person_nouns():
        return None                           # ("heard before one judge": a person; not "paid before a deadline")
    return target if target is not None and target.start == k + 1 + len(one.split()) else None


_WRITTEN_DOWN = frozenset("register note enter save capture".split())   # keeping verbs besides words.KEEPING_VERBS
IDENTIFYING = frozenset("identified known recognised recognized keyed indexed numbered".split())


def asked_for(s, k):
    """Is the verb at k one of asking (WordNet's verb.communication) for a record of one occurrence ('asks for
    a quote', 'call for repairs')? What one asks for is the asker's, not the other way round."""
    q = s.next_phrase(k + 2) if s.words[k + 1:k + 2] == ["for"] else None
    return q is not None and q.start <= k + 3 and q.head in lexicon.occurrence_nouns() and \
        lexicon.verb_class(lexicon.verb_lemma(s.words[k]) or "") == "communication"


def names_one(src, i, obj_p, base):
    """'a redemption records the reward', 'each loan logs the book': a record (WordNet's noun of one occurrence,
    the verb's own subject) keeping one thing names that thing — not made by it, as an order is by its client."""
    return base in w.NOTING_VERBS and not obj_p.plural and obj_p.det in ("the", "a", "an", "its", "one") and \
        src is not None and src[0].end == i and src[0].head in lexicon.occurrence_nouns()


def lists_each(s, i, obj_p, src_key, prep):
    """'the quote lists each room with its area', 'an invoice itemises every job': a record that lists each one of
    a kind (WordNet's verb 'list' and its like, a thing doing it, no person) has them as its parts."""
    return prep is None and obj_p.det in ("each", "every") and obj_p.start == i + 2 and not lexicon.holds_people(src_key) \
        and (lexicon.verb_lemma(s.words[i]) or "") in _LISTING


_LISTING = frozenset("list itemize itemise enumerate specify".split())


def and_one(s, k):
    """'… is assigned to a driver and a van': the phrase of 'and a Y' at k, or None."""
    if k + 2 < len(s.tokens) and s.words[k] == "and" and s.words[k + 1] in ("a", "an", "one"):
        q = s.next_phrase(k + 1)
        return q if q is not None and q.start == k + 2 and not q.plural else None
    return None


def one_reference(s, p):
    """The phrase p refers to one thing of another kind - 'p is housed in a Y', 'p is carried out on
    one Y', 'p is for 1 Y', 'p happens at one Y', 'p takes place in a single Y', 'ps issued for a
    specific Y': Y's phrase, or None."""
    toks, tags = s.tokens, s.tags
    k = p.end
    if k + 2 < len(toks) and tags[k] == tx.VERB and lexicon.verb_lemma(toks[k].text) == "reference" and \
            toks[k + 1].text in ("a", "an", "one", "exactly", "the") and (p.det in ("a", "an", "each", "every") or p.plural):
        target = s.next_phrase(k + 1)             # "each bike references a project": a reference said outright
        return target if target is not None and target.start <= k + 3 and not target.plural else None
    if k + 3 < len(toks) and p.plural and toks[k].text in (",", "(") and toks[k + 1].text == "each" and \
            participle(toks[k + 2].text) and toks[k + 2].text not in IDENTIFYING:
        return _one_after(s, k + 3, p)            # "drones, each registered to one pilot, …", "teams (each based at
        #                                           one club)": each one's reference, said after a comma
    if k + 2 < len(toks) and p.plural and p.det in (None, "the") and tags[k] == tx.VERB and participle(toks[k].text) and \
            (toks[k].text.endswith(("ed", "en")) or toks[k].text in w.IRREGULAR_VERBS) and \
            toks[k].text not in IDENTIFYING:     # ("copies held at a branch"; "bins identified by an aisle": a field)
        return _one_after(s, k + 1, p)            # "boarding passes issued for a specific flight", "the parts
        #                                           used on a job"
    if k + 2 < len(toks) and tags[k] == tx.VERB and (p.det in ("a", "an", "each", "every") or (
            p.plural and p.det is None and p.start == 0 and not participle(toks[k].text))):
        from .cues import INTERACTIONS            # (cues reads the constructions, which read this module)
        if p.head in lexicon.person_nouns() and (w.verb_base(toks[k].text) in INTERACTIONS or asked_for(s, k)):
            return None                           # ("players register for a tournament": each registration's; "a
            #                                       customer asks for a quote": the quote's customer)
        k += 1                                    # "an event happens at one venue", "players play for a club"
        if k < len(toks) and toks[k].text == "place" and toks[k - 1].text in ("takes", "take"):
            k += 1
        return _one_after(s, k, p)
    if k + 3 < len(toks) and toks[k].text in w.MODALS and toks[k + 1].text == "be":
        k += 1                                    # "members must be assigned to a team": as "are assigned"
    elif k + 3 < len(toks) and toks[k].text == "has" and p is s.phrases[0] and p.det in ("a", "an", "each", "every"):
        return _and_placed(s, k)                  # "each horse has a name and lives in a stable"
    elif k + 3 >= len(toks) or toks[k].text not in ("is", "are", "gets", "get", "was", "were"):
        return None
    k += 1
    while k < len(toks) and (tags[k] == tx.ADV or toks[k].text == "each" and p.plural):
        k += 1                                    # ("drones are each registered to a pilot")
    if k < len(toks) and toks[k].text in _PASSIVE_PREPOSITIONS and toks[k - 1].text in ("is", "are", "be"):
        pass                                      # "every appointment is for 1 dog", "every unit is in one building"
    elif k >= len(toks) or not participle(toks[k].text):
        return None
    elif toks[k].text in IDENTIFYING:
        return None                               # "customers are identified by a national ID": a field
    else:
        k += 1
    if k < len(toks) and toks[k].text in ("out", "up", "off", "down"):
        k += 1
    return _one_after(s, k, p)


def each_apposed(s, comma):
    """'boats, each owned by one owner, with a length': the plural that the 'each' clause closed by the comma at
    `comma` describes (the fields after it are that plural's), or None."""
    p = next((q for q in reversed(s.phrases) if q.end < comma and s.words[q.end:q.end + 2] == [",", "each"]), None)
    return p if p is not None and p.plural and p.end + 2 < comma and s.tags[p.end + 2] == tx.VERB and \
        "," not in s.words[p.end + 1:comma] else None


def one_reference_things(s, vote):
    """'An event happens at one venue': both sides of a stated one-reference are things (and each one
    after it: 'a lesson is taught by one instructor in one studio')."""
    for p in s.phrases:
        target = one_reference(s, p)
        paired = target is not None and and_one(s, target.end) is not None   # "assigned to a driver and a van":
        more = _one_after(s, target.end) or and_one(s, target.end) if target is not None else None   # two kinds
        while more is not None:
            if w.field_word(more.head):           # ("… on a date and time before one judge": the chain goes on)
                k = _past_fields(s, more)
                more = _one_after(s, k) or and_one(s, k)
                continue
            if more.head in lexicon.measure_nouns():
                break
            vote(more.lemma, 3 if more.head in lexicon.thing_nouns() or more.head in lexicon.person_nouns() or paired
                 else 2)                          # ("sold for one sailing to one passenger": a person too)
            more = _one_after(s, more.end) or and_one(s, more.end)
        if target is not None:
            vote(p.lemma, 3 if s.words[p.end:p.end + 2] in ([",", "each"], ["(", "each"]) else 2)
            #                                       (a made thing or a place is one: "located in a region"; "drones,
            #                                       each registered to one pilot": counted one by one)
            vote(target.lemma, 3 if target.head in lexicon.thing_nouns() or paired or _sent_to_someone(s, p, target)
                 or _counted_one(target) else 2)   # ("purchase orders sent to a supplier": a party; "a booking is
            #                                       for one project": one, said outright)
            if target.head not in lexicon.thing_nouns() and p.det in ("each", "every") and \
                    target.head not in lexicon.measure_nouns() and target.head not in lexicon.person_nouns():
                vote(target.lemma[-1:], 1)        # "each device is registered to a household" (its head: "a home
            #                                       branch" is a branch; a person named so is often a role: "each
            #                                       employee reports to a manager, who is another employee")


def _past_fields(s, q):
    """After 'on a date and time' (field words, joined): where the chain of one-references goes on ('a hearing
    takes place in one courtroom on a date and time before one judge')."""
    k = q.end
    while s.words[k:k + 1] in (["and"], ["or"]) and (r := s.next_phrase(k + 1)) is not None and r.start == k + 1 and \
            w.field_word(r.head):
        k = r.end
    return k


def _counted_one(target):
    """'one project', 'exactly one project': a thing counted as one, not a unit ('one night'), a field or a kind
    (nor 'one borrowing institution': a role the thing plays there, named without it elsewhere)."""
    return target.det == "one" and target.head not in lexicon.measure_nouns() and not w.field_word(target.head) and \
        target.head not in w.KIND_HEADS and not (len(target.lemma) > 1 and target.lemma[0].endswith("ing"))


def _sent_to_someone(s, p, target):
    """'purchase orders sent to a supplier': things in the plural, a participle right after them (a reduced
    relative, no 'are') and one person they go to or come from — a party the text keeps, not a role."""
    return p.plural and target.head in lexicon.person_nouns() and p.end + 1 < len(s.words) and \
        participle(s.words[p.end]) and s.words[p.end + 1] in ("to", "from", "for")


def _and_placed(s, k):
    """The place of 'has a name, a breed … and lives in a Y' (or 'and is kept in a Y') after the subject's
    'has' at k: the thing's own list, then another predicate of it — Y's phrase, or None."""
    for j in range(k + 2, len(s.words) - 3):
        if s.words[j] in (".", ";", "which", "who", "that") or s.tags[j] == tx.VERB and s.words[j - 1] != "and":
            return None                           # (a verb of another clause first)
        if s.words[j] != "and" or s.tags[j + 1] not in (tx.VERB, tx.AUX):
            continue
        v = j + 1 + (s.words[j + 1] in ("is", "are") and s.tags[j + 2] == tx.VERB)
        if s.tags[v] == tx.VERB and (s.words[v].endswith("s") or v > j + 1) and s.words[v + 1:v + 2] in \
                (["in"], ["at"], ["on"], ["inside"]):
            return _one_after(s, v + 1)
        return None
    return None
