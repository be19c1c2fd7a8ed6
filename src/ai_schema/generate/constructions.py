"""Constructions that show a noun phrase names a thing to store, one small rule each.

Each rule reads one tagged sentence and votes for the noun phrases it finds; the extractor
keeps the phrases with enough votes as entities. The rules only look at the sentence's shape
(tags, determiners, prepositions), never at which nouns it contains, so they carry over to
domains the examples do not mention.
"""

import functools
import re

from . import lexicon
from . import text as tx
from .alternatives import vote_alternatives
from .places import acted_at, held_at_on, where_it_happened
from .sides import between, connecting
from .logged import each_done_with, kept_per_each_thing, logged_after_they_come, things_of_theirs, which_has_fields
from .checks_at import checked_things
from .title_lists import is_title, title_list, titled_list
from .retagging import HOW_OFTEN
from .given_to import vote as given_to
from .which_i_do import vote as which_i_do
from .depends_on import DEPENDS, vote as depends_on
from .judged_for import vote as judged_for
from .had_with import vote as had_with
from .becomes import vote as becomes
from .taken_from import sources
from .verb_objects import given_values, handed_to_people, logged_against, made_about, made_for, met_with, \
    placed_things, recorded_on_each, second_objects
from .fragments import act_with_fields, apposed_with_fields, co_subjects, defined_as_one, described_as, \
    described_with_fields, each_with_fields, fieldish, \
    made_by_each, placed_with_fields, received_with_fields, recipients, recorded_with, said_in_participle
from .one_reference import and_one, one_reference_things, participle
from .relative import belonged_to_things, each_ones_things, many_people_had, owned_doer_things, people_act_on, relative_object, \
    which_pair_things
from . import words as w

# verbs whose object the subject brings into being ("customers place orders", "clients book appointments")
CREATION_VERBS = w.CREATION_VERBS


def with_their(s, vote):
    """'alumni with their graduation year and degree', 'people with their birth dates',
    'stations with its own address', 'give the incident its address': a noun phrase owns what follows."""
    toks = s.tokens
    for p in s.phrases:
        if p.plural and p.end + 1 < len(toks) and toks[p.end].text in ("with", "and") and \
                toks[p.end + 1].text in ("their", "its") and (toks[p.end].text == "with" or p.start == 0):
            vote(p.lemma, 3)                    # (and "clients and their dogs (…)" opening a line)
            for r in things_of_theirs(s, p.end + 2):
                vote(r.lemma, 3)                # "owners with their dogs": things of theirs, each one's
        elif p.plural and p.end + 2 < len(toks) and s.words[p.end:p.end + 2] in (["and", "their"], ["and", "its"]) and \
                (p.det in ("my", "our") or s.tags[max(0, tx.governor(s, p))] == tx.VERB) and \
                (q := s.next_phrase(p.end + 2)) is not None and q.start == p.end + 2 and w.field_word(w.singular(q.head)):
            vote(p.lemma, 3)                    # "see my loans and their due dates", "track vehicles and their
            #                                     mileage": a thing with fields of its own
        elif p.plural and p.end + 2 < len(toks) and toks[p.end].text == "with" and toks[p.end + 1].text in \
                ("a", "an", "the") and s.tags[p.end + 2] == tx.NOUN and p.start > 0 and \
                (s.tags[p.start - 1] in (tx.VERB, tx.DET) or s.words[p.start - 1] == "'s"):   # ("each owner's pets")
            # "I can create events with a title, a location and a date", "prescribe medications with a dosage"
            vote(p.lemma, 3 if toks[p.end + 2].text in w.FIELD_NOUNS or s.words[p.start - 1] == "'s" else 2)
        elif p.plural and p.end + 2 < len(toks) and s.tags[p.end] == tx.VERB and \
                s.words[_past_adverbs(s, p.end + 1):][:2] in (["with", "their"], ["with", "its"]):
            vote(p.lemma[-1:], 3)               # "donors register once with their blood group and …"
        elif p.plural and p.head in lexicon.person_nouns() and s.words[p.start - 2:p.start] == ["for", "their"]:
            vote(p.lemma, 3)                    # "parents book lessons for their kids": people of their own
        elif p.det in ("each", "every") and (p.start <= 1 or s.words[p.start - 2] in (",", "and")) and \
                p.end + 1 < len(toks) and toks[p.end].text == "with" and \
                ("," in s.words[p.end + 1:] or "and" in s.words[p.end + 1:]):
            vote(p.lemma, 3)                    # "every fill-up with litres, price and odometer reading",
            #                                     "seat guests at tables, each table with a number and a capacity",
            #                                     "species with their latin name, and every find with the spot, …"
        elif p.end < len(toks) and toks[p.end].text in ("its", "their") and p.start >= 2 and \
                w.verb_base(toks[p.start - 2].text) in ("give", "assign"):
            vote(p.lemma, 3)                    # "give the incident its address, …"
        elif p.plural and p.end + 1 < len(toks) and toks[p.end].text == "with":
            q = s.next_phrase(p.end + 1)
            if q is not None and q.many and q.plural and q.start <= p.end + 4:
                vote(p.lemma, 3)                # "quizzes with several questions": both are things
                vote(q.lemma, 2)
            elif q is not None and q.start == p.end + 1 and q.plural and q.det is None:
                bare = _bare_plurals(s, q)      # "cooks publish recipes with ingredients and steps"
                for x in bare:
                    vote(x.lemma[-1:], 3)        # the head: "conflicts with individual papers" are papers


def _past_adverbs(s, k):
    """The index after the adverbs and particles at k ('once', 'up', 'online')."""
    while k < len(s.tokens) and (s.tags[k] == tx.ADV or s.words[k] in w.PARTICLES or s.words[k] in ("once", "online")):
        k += 1
    return k


DETAILS = w.DETAILS


def _bare_plurals(s, q):
    """The plural nouns without article coordinated from q on ('ingredients and steps'), or [] when
    one of them is a field word ('with photos and a price') or the list goes on with something else."""
    toks, out, k = s.tokens, [q], q.end
    while k + 1 < len(toks) and toks[k].text in ("and", ",", "or"):
        nxt = s.next_phrase(k + 1)
        if nxt is None or nxt.start != k + 1:
            break
        if not nxt.plural or nxt.det is not None:
            return []
        out.append(nxt)
        k = nxt.end
    line = [x for x in out if x.head in w.LINE_FIELDS or x.head in lexicon.measure_nouns() and
            w.singular(x.head) not in w.FIELD_NOUNS | w.WHEN_FIELDS]
    if any(set(x.words) & w.FIELD_NOUNS or w.singular(x.head) in w.FIELD_NOUNS or x.head in lexicon.property_nouns()
           or x.head in DETAILS for x in out if x not in line):
        return []                               # ("harvests with weights": a property, no thing)
    return [x for x in out if x not in line]    # ("ingredients and grams", "products and quantities": how
    #                                             much of each)


def per_unit(s, vote):
    """'a budget per category', 'two seats per room': the unit after 'per' is a thing with its own row,
    and so is what is counted per unit."""
    toks = s.tokens
    for i, t in enumerate(toks):
        each = t.text == "for" and i + 1 < len(toks) and toks[i + 1].text in ("each", "every")
        if t.text != "per" and not each or i == 0:
            continue
        after = s.next_phrase(i + 1)
        if after is None or after.start != i + 1 + each or after.plural:
            continue
        if each:                                   # "we record visits for each pet: date, reason": the
            before = s.phrase_at(i - 1)            # visits are rows, of each pet, with those fields
            if before is not None and before.end == i and before.plural and before.det is None and \
                    after.end < len(toks) and toks[after.end].text in (":", "(") and \
                    before.head not in w.FIELD_NOUNS and i >= 2 and s.tags[before.start - 1] == tx.VERB:
                vote(before.lemma, 3)
            continue
        b = i - 1
        while b > 0 and s.tags[b] == tx.ADV:
            b -= 1                                 # ("invoices monthly per owner")
        before = s.phrase_at(b)
        fields = after.end < len(toks) and (toks[after.end].text in (":", "(", "with") or   # "merch sales per gig:
                                            toks[after.end].text in (",", "-") and (i == 1 or before is not None and
                                                                                    before.start == 0))  # item, …"
        #                                                                          "invoices per move, paid or not"
        fields = fields or before is not None and before.start == 0 and after.end == len(toks)   # ("invoices per owner.")
        before = before if before is not None and before.end == b + 1 and (
            before.det in ("a", "an", "one") or (before.plural and before.det is None and (fields or any(
                x.start == before.start for x in title_list(s)))) or
            before.plural and before.det is None and before.words[0] in HOW_OFTEN or   # ("with daily temperature
            #                                                                     readings per tank": rows, each day's)
            before.det is None and fields and before.start > 0 and s.tags[before.start - 1] == tx.VERB and
            (lexicon.verb_lemma(s.words[before.start - 1]) or "") in w.KEEPING_VERBS) else None
        #                                                                   ("we log electricity use per flat with …";
        #                                                                    "Greenhouse monitor: …,
        #                                                                    daily temperature readings per greenhouse")
        # "a budget per category" names two things; "a price per night" prices by time, "one account per
        # email" says the email is unique; "one invoice per appointment", "one shipment per order": a record
        # or a thing of each
        unit = after.head not in lexicon.measure_nouns() and after.head not in ("person", "head", "piece") and \
            after.head not in w.FIELD_NOUNS and after.head not in w.LOOSE_HEADS and \
            (before is None or before.det != "one" or before.head in lexicon.person_nouns() or
             before.head in lexicon.occurrence_nouns() or before.head in lexicon.thing_nouns()) and \
            "per" not in s.words[max(0, i - 6):i]   # ("exactly one teacher per course" names two; "one row per
        #                                                                 sample per assay run": a key, stated)
        if after.head in lexicon.measure_nouns() or before is not None and before.head in w.UNIT_PRICES:
            continue                               # "price per liter", "a rate per night", "a rate per word": a
            #                                        unit (what is priced per word is a thing only if said so elsewhere)
        vote(after.lemma, 3 if before is not None and after.head not in w.FIELD_NOUNS and
             after.head not in w.LOOSE_HEADS and before.head not in w.FIELD_NOUNS else 2)   # ("one project per team")
        if before is not None and before.head not in w.FIELD_NOUNS and before.head not in lexicon.property_nouns():
            vote(before.lemma, 3 if unit or fields and before.start == 0 and before.plural else 2)
            #                                        ("with a quantity per part", "a stock level per depot": a field;
            #                                         "readings per batch (gravity, …)" opening a note's line: rows)


def grouped_by(s, vote):
    """'track my expenses by category': things grouped by a kind of thing (not 'by date', 'by the
    hour', 'written by authors') — one more vote for the kind."""
    toks = s.tokens
    if "by" not in s.words:
        return
    for i, t in enumerate(toks[1:-1], 1):
        after = s.next_phrase(i + 1)
        before = s.phrase_at(i - 1)
        if t.text == "by" and before is not None and before.plural and after is not None and after.start == i + 1 \
                and not after.plural and after.det is None and after.head not in w.FIELD_NOUNS and \
                after.head not in lexicon.measure_nouns():
            vote(after.lemma, 1)


def one_of(s, vote):
    """'with one of our stylists', 'pick one of the rooms': a choice among stored things."""
    toks = s.tokens
    for i in range(len(toks) - 3):
        if toks[i].text == "one" and toks[i + 1].text == "of" and toks[i + 2].text in ("our", "the", "their", "its",
                                                                                          "your", "my"):
            p = s.next_phrase(i + 3)
            if p is not None and p.start <= i + 4 and p.plural and all(s.tags[j] in ("NUMBER", tx.QUANT, tx.ADJ)
                                                                       for j in range(i + 3, p.start)):
                vote(p.lemma, 3)                  # ("at one of our two venues")


def named_table(s, vote):
    """'Users table with user_id', 'the order_items table': a table's name before the word 'table'
    (plural or snake_case; 'proposed tables' names none)."""
    for p in s.phrases:
        if len(p.words) >= 2 and p.words[-1] in ("table", "tables") and (w.is_plural(p.words[-2]) or "_" in p.words[-2]):
            vote(tuple(p.words[:-2]) + (w.singular(p.words[-2]),), 3)


def registered_as(s, vote):
    """'people who would like to adopt are registered as adopters', 'sellers get listed as vendors':
    what things are entered into the application as."""
    toks = s.tokens
    for p in s.phrases:
        if p.plural and p.start >= 3 and toks[p.start - 1].text == "as" and participle(toks[p.start - 2].text) \
                and toks[p.start - 3].text in ("are", "is", "get", "gets", "be", "been"):
            vote(p.lemma, 3)


def that_do(s, vote):
    """'certifications that expire', 'orders which ship in parts': a plural that a clause of its
    own describes is a thing with a life of its own."""
    toks, tags = s.tokens, s.tags
    for p in s.phrases:
        k = tx.after_parenthesis(toks, p.end) if p.end < len(toks) and toks[p.end].text == "(" else p.end
        if (p.plural or p.det in ("a", "an") and k > p.end) and k + 1 < len(toks) and \
                toks[k].text in ("that", "which") and tags[k + 1] == tx.VERB:
            vote(p.lemma, 2)                  # ("a wash subscription (basic, …) that renews every month")


_ANSWERS = frozenset("yes no maybe unknown none".split())


def fields_in_parentheses(s, vote):
    """'variants (size, color)', 'reviews (1-5 stars)' after a plural, 'their work history (which
    companies, job title, from/to year)' after a possessive: a thing and what it holds; a 'which
    companies' among them names another thing it refers to."""
    toks = s.tokens
    for p in s.phrases:
        owned = p.det in ("their", "its", "his", "her", "our", "my") and p.start > 0 and not p.plural or \
            p.det in ("a", "an") and p.head in w.RECORD_HEADS and not p.plural   # ("has a job history (company, …)")
        if not (p.plural or owned) or p.end >= len(toks) or toks[p.end].text != "(":
            continue
        inside, depth = [], 0
        for t in toks[p.end:p.end + 30]:
            depth += {"(": 1, ")": -1}.get(t.text, 0)
            if depth == 0:
                break
            inside.append(t)
        items = re.split(r",| and ", " ".join(t.text for t in inside[1:]))      # ("labels (name and colour)")
        if p.plural and p.start == 0 and any(t.text == "or" for t in inside) and "," in [t.text for t in inside]:
            vote(p.lemma, 3)                      # "packages (mini, standard or full day), each with a price":
            continue                              # the kinds of a thing that opens the sentence
        if owned and len(items) < 3 and not any(x.split() and w.field_word(x.split()[-1]) for x in items):
            continue                              # ("add my vehicle (registration plate, length)": its fields)
        if owned and (p.head in w.KIND_HEADS or p.head in ("status", "state") or not any(
                x.split() and (w.field_word(x.split()[-1]) or x.split()[-1] in lexicon.property_nouns()) for x in items)):
            continue                              # "its connector type (CCS, CHAdeMO, Type 2)", "its seating layout
            #                                       (theatre, classroom, boardroom)": its values, no field among them
        if all(len(x.split()) == 1 and (x.strip() in lexicon.adjectives() or x.strip() in _ANSWERS or
                                        ((owned or p.head in lexicon.property_nouns()) and
                                         not w.field_word(x.strip()))) or
               0 < len(x.replace(" ", "").rstrip("+-")) <= 2 for x in items):
            continue                              # "its urgency (low, normal, urgent)", "their RSVP (yes, no,
            #                                       maybe)", "their blood group (A+, A-, …)": values
        if (len(items) >= 2 and all(1 <= len(x.replace(" / ", "/").split()) <= 3 for x in items)) or \
                any(t.kind == "number" for t in inside):
            vote(p.lemma, 3)
            for q in s.phrases:
                if p.end < q.start < p.end + len(inside) and q.plural and s.words[q.start - 1] == "which":
                    vote(q.lemma, 3)              # "(which companies, …)"


def made_with_fields(s, vote):
    """'the staff file a damage report against the rental, with a description and a cost': a thing
    someone makes, then where it goes, then its fields — the made thing is a table."""
    toks, tags = s.tokens, s.tags
    for i, t in enumerate(toks):
        if t.text != "with" or i + 1 >= len(toks) or toks[i + 1].text not in ("a", "an", "its", "their"):
            continue
        k = i - 1 if toks[i - 1].text == "," else i
        place = s.phrase_at(k - 1) if k > 0 else None
        if place is None or place.start < 3 or tags[place.start - 1] != tx.DET or tags[place.start - 2] != tx.PREP:
            continue
        made = s.phrase_at(place.start - 3)
        if made is not None and made.end == place.start - 2 and made.det in ("a", "an") and \
                made.start > 1 and tags[made.start - 2] == tx.VERB:
            vote(made.lemma, 3)


def each_with(s, vote):
    """'several delivery addresses, each with a label and the street': each of them has fields."""
    toks = s.tokens
    for n, p in enumerate(s.phrases):
        k = p.end
        if k < len(toks) and toks[k].text == "(" and p.plural:
            k = tx.after_parenthesis(toks, k)   # "certifications (for example first aid), each with an …"
        k += 1 if k < len(toks) and toks[k].text == "," else 0
        if k + 2 < len(toks) and toks[k].text == "each" and toks[k + 1].text == "one":
            k += 1                              # "12 cleaners, each one has name, phone …"
        j = k + 1 + (k + 1 < len(toks) and toks[k + 1].text in w.MODALS)   # ("each one can have several pets")
        if not (j < len(toks) and toks[k].text in ("each", "one") and toks[j].text in ("with", "has", "having", "have")):
            continue
        had = s.next_phrase(j + 1)
        fields = bool(w.FIELD_NOUNS & set(s.words[j + 1:j + 5])) or s.words[j + 1:j + 2] in (["its"], ["their"]) or \
            sum(w.field_word(x) for x in s.words[j + 1:j + 9]) >= 1 and "and" in s.words[j + 1:j + 9] or (
            had is not None and had.start <= j + 2 and had.many and had.plural)     # ("… several pets")
        k -= toks[k].text == "one"
        if not p.plural and n > 0 and p.det in ("a", "an", "the", "one", "our", "their") and p.start >= 2 and \
                s.tags[p.start - 2] == tx.PREP and s.phrases[n - 1].end == p.start - 2:
            picked_from, p = p.head in w.PICKED_FROM, s.phrases[n - 1]   # "define shifts for an event, each with a
            #                                                             start time": shifts
            if picked_from and fields and not p.plural and p.det in ("a", "an") and p.head not in lexicon.person_nouns():
                vote(p.lemma, 3)                # ("a moulding from our catalogue, each with a code and a price":
                continue                        # each of the catalogue's mouldings)
        if p.plural and n > 0 and p.det is None and p.start >= 2 and s.words[p.start - 1] == "of" and \
                s.phrases[n - 1].end == p.start - 1 and s.phrases[n - 1].plural:
            p = s.phrases[n - 1]                # "copies of books, each with a barcode": the copies
        p = described_as(s, p)                  # "our cars are dual-control hatchbacks, each with …": the cars
        if p.plural:
            joint = co_subjects(s)              # "customers and suppliers each have a name": each of them
            for q in joint if p in joint else (p,):
                vote(q.lemma, 3 if fields else 2)


_CONTAINING = frozenset("has have includes include contains contain lists list".split())


def acted_on_with_fields(s, vote):
    """'I want to add books with ISBN, title and publication year', 'post loads with pickup location,
    weight and rate': what a verb acts on, followed by a list of its fields, is a table."""
    toks, tags = s.tokens, s.tags
    if "with" not in s.words and ":" not in s.words:
        return
    for p in s.phrases:
        k = tx.governor(s, p)
        owned = p.start >= 2 and s.words[p.start - 1] == "'s" and s.phrase_at(p.start - 2) is not None and \
            p.head in lexicon.occurrence_nouns()            # "record each member's annual fee payment with …"
        if owned:
            k = tx.governor(s, s.phrase_at(p.start - 2))
        at, places = p.end, []                 # ("define the spots on each level, with a spot number …")
        for _ in range(2):                     # ("a complaint about a neighbour in my flat, with …")
            if at < len(toks) and tags[at] == tx.PREP and toks[at].text not in ("with", "of"):   # ("a library of
                q = s.next_phrase(at + 1)          # songs with …" lists the songs' fields)
                if q is not None and q.start == at + 2 and q.det in ("a", "an") and toks[at].text in ("in", "at", "on") \
                        and q.head in lexicon.thing_nouns():
                    places.append(q)
                at = q.end if q is not None and q.start <= at + 2 else at
        at += at < len(toks) and toks[at].text == ","
        if at + 3 < len(toks) and toks[at].text == ":" and toks[at + 1].text in ("we", "i") and \
                (w.verb_lemma(toks[at + 2].text) or "") in w.NOTING_VERBS and p.det in ("a", "an"):
            at += 2                               # ("run a germination test on an accession: we note the date, …")
        got = k >= 0 and toks[k].text in ("has", "have", "gets", "get", "got") and p.det == "one" and \
            not w.field_word(p.head)               # ("each job gets one quote with a price and …")
        if k < 0 or (tags[k] != tx.VERB and toks[k].text not in ("has", "have", "gets", "get", "got")) or \
                at + 1 >= len(toks) or toks[at].text != "with" and toks[at - 2].text != ":" or \
                not (p.plural or p.det in ("a", "an", "new", "my", "our", "each", "every") or owned or got or
                     (p.det is None and p.start == k + 1 and tags[k] == tx.VERB)):
            continue          # ("orders have lines with …"; "we record equipment with …": a mass noun, no article;
            #                   "schedule each exam paper in a room with a start time …")
        end = next((j for j in range(at + 1, len(toks)) if tags[j] == tx.VERB or toks[j].text in (";", ":")), len(toks))
        listed = s.words[at + 1:end]
        window = s.words[at + 1:at + 14]          # ("with the time it happened and a description")
        if (listed.count(",") >= 1 or "and" in listed) and w.FIELD_NOUNS & set(listed) or \
                toks[k].text in _CONTAINING and w.LINE_FIELDS & set(listed) or \
                ("," in window or "and" in window) and w.FIELD_NOUNS & set(window) and fieldish(listed) or \
                listed[:1] in (["its"], ["their"]) and p.det in ("my", "our") and tags[k] == tx.VERB or \
                p.det in ("each", "every") and ("," in listed or "and" in listed) and fieldish(listed) or \
                p.plural and p.head in lexicon.occurrence_nouns() and not w.field_word(p.head) and \
                toks[k].text in ("has", "have", "gets", "get", "got") or \
                p.plural and toks[k].text in ("has", "have") and p.head in lexicon.thing_nouns() and \
                "and" in listed[:8] and not w.field_word(p.head) or \
                p.det in ("a", "an") and not p.plural and toks[k].text in ("has", "have", "gets", "get", "got") and \
                not w.field_word(p.head) and listed[:1] in (["a"], ["an"]) and len(listed) >= 2 and \
                w.field_word(listed[1]) and (listed[2:3] in ([], [","], ["."]) or listed[2] in w.PREPOSITIONS):
            vote(p.lemma, 3)                      # ("an order has lines w/ qty"; "register my plot with its size";
            #                                       "each patient gets follow-up appointments with notes": events;
            #                                       "each boat has engines with a make and running hours": things;
            #                                       "each wafer gets a measurement with a thickness": one field)
            for q in places if p.det in ("each", "every") else ():
                vote(q.lemma, 3)                  # ("schedule each shift at a shop with a start time …": where
                #                                   each one is, a thing too)


def bare_list(s, vote):
    """'clients and their dogs, walkers, walks (date, duration, price), …': a sentence that opens
    with three or more plural noun phrases and no verb between them lists the things to keep."""
    for p in opening_list(s):
        vote(p.lemma, 3)


@functools.lru_cache(maxsize=256)
def opening_list(s):
    """The plural noun phrases a sentence opens with, when there are three or more (bare_list; the
    extractor registers them as a list too, so they are read once)."""
    toks, tags = s.tokens, s.tags
    listed, k = [], 0
    for p in s.phrases:
        if p.start < k:
            continue                              # inside the parenthesis after the last one
        between = [j for j in range(k, p.start) if tags[j] not in (tx.DET, tx.ADJ)]
        if any(toks[j].text not in (",", "and", "&", "+") for j in between) or not p.plural or p.possessive:
            break
        listed.append(p)
        k = tx.after_parenthesis(toks, p.end) if p.end < len(toks) and toks[p.end].text == "(" else p.end
    return tuple(listed) if len(listed) >= 3 else ()


def grouped_into(s, vote):
    """'dishes grouped into menu sections', 'animals are housed in kennels': where things are put
    are things too."""
    toks = s.tokens
    for p in s.phrases:
        if p.plural and p.start >= 2 and toks[p.start - 1].text in ("into", "in", "at", "on", "inside", "within") \
                and participle(toks[p.start - 2].text) and not w.field_word(p.head) and \
                p.head not in lexicon.measure_nouns():   # (not "screened at set times": when)
            vote(p.lemma, 3 if toks[p.start - 1].text == "into" else 2)
        elif p.plural and p.start >= 2 and toks[p.start - 1].text == "into" and tx.VERB in s.tags[:p.start - 1]:
            vote(p.lemma, 3)                # "log my expenses and income into categories": where they go


def handed_to_one(s, vote):
    """'leaks are assigned to a crew', 'each claim is given to one adjuster': the person or group one of
    them is handed to is a thing of its own, as the things handed are."""
    for p in s.phrases:
        k = p.end + (s.words[p.end:p.end + 2] in ([",", "which"], [",", "that"])) * 2   # ("leaks, which are …")
        if k + 3 >= len(s.tokens) or s.words[k] not in ("is", "are", "gets", "get") or s.tags[k + 1] != tx.VERB or \
                s.words[k + 2] != "to" or s.words[k + 3] not in ("a", "an", "one"):
            continue
        q = s.next_phrase(k + 3)
        if q is not None and q.start == k + 4 and not q.plural and len(q.lemma) == 1 and \
                (q.head in lexicon.person_nouns() or q.head in lexicon.group_nouns()):   # (not "a home branch": the
            #                                                       car's, one of the branches the text names)
            vote(q.lemma, 3)
            vote(p.lemma, 2)


def assigned_each(s, vote):
    """'assign each report to a crew', 'managers assign each ticket to an agent': what each one is given
    to is a thing, and so is each one given."""
    toks = s.tokens
    if "each" not in s.words and "every" not in s.words:
        return
    for p in s.phrases:
        k = p.start - 1
        if k < 1 or toks[k].text not in ("each", "every") or s.tags[k - 1] != tx.VERB or p.end + 2 >= len(toks) \
                or toks[p.end].text not in ("to", "with") or toks[p.end + 1].text not in ("a", "an", "one", "the"):
            continue
        if toks[p.end].text == "with" and (w.verb_lemma(toks[k - 1].text) or toks[k - 1].text) in _KEEPING:
            continue                     # "log every harvest with the weight and the date": its fields
        q = s.next_phrase(p.end + 2)
        if q is not None and q.start == p.end + 2 and not q.plural and (toks[p.end].text == "to" or (
                q.head in lexicon.thing_nouns() or q.head in lexicon.person_nouns())):
            vote(q.lemma, 3)             # ("grade each submission with a score": a field of it)
            if toks[p.end].text == "to":
                vote(p.lemma, 3)         # and what is assigned: "assign every room to a floor"
                if (also := and_one(s, q.end)) is not None:
                    vote(also.lemma, 3)  # "assign each delivery to a driver and a van"


def during(s, vote):
    """'vets examine pets during visits': the occasions an act happens in are records."""
    if "during" not in s.words:
        return
    for p in s.phrases:
        if p.plural and p.start >= 1 and s.words[p.start - 1] == "during" and p.head in lexicon.act_nouns():
            vote(p.lemma, 3)


def located_in(s, vote):
    """'rooms are in buildings', 'desks are located in offices': where plural things are is a thing."""
    toks = s.tokens
    for p in s.phrases:
        k = p.end
        if not p.plural or k + 2 >= len(toks) or toks[k].text not in ("are", "sit", "live"):
            continue
        k += 1 + (toks[k + 1].text in ("always", "all") or participle(toks[k + 1].text))   # ("are parked at")
        if k < len(toks) and toks[k].text in ("in", "inside", "within", "at", "on"):
            q = s.next_phrase(k + 1)
            if q is not None and q.start <= k + 2 and q.plural and q.det in (None, "different", "several") and \
                    q.head not in lexicon.measure_nouns() and not w.field_word(q.head):   # ("amounts are in
                #                                                     cents": a unit; "… at set times": when)
                vote(q.lemma, 3)


def too(s, vote):
    """'comments too, short ones, only under answers', 'and invoices as well': a plural that opens its
    sentence and is added to what was said is one more thing kept."""
    if "too" not in s.words and "well" not in s.words:
        return
    p = s.phrases[0] if s.phrases else None
    if p is None or not p.plural or any(s.tags[k] not in (tx.DET, tx.CONJ, tx.ADV) for k in range(p.start)):
        return
    after = " ".join(s.words[p.end:p.end + 2])
    if after in ("too", "as well") or after.startswith("too "):
        vote(p.lemma, 3)


_HAPPEN = frozenset("happen happens occur occurs meet meets".split())


def happen_at(s, vote):
    """'gigs happen at a venue on a date', 'concerts take place in a hall', 'classes meet in a room':
    what happens somewhere is a record, and the place one of its things."""
    if not (_HAPPEN.intersection(s.words) or "place" in s.words):
        return
    toks = s.tokens
    for p in s.phrases:
        k = p.end
        if not p.plural or p.start != 0 and s.tags[p.start - 1] not in (tx.DET, tx.QUANT, tx.ADJ) or k + 2 >= len(toks):
            continue
        if toks[k].text in _HAPPEN:
            k += 1
        elif toks[k].text in ("take", "takes") and toks[k + 1].text == "place":
            k += 2
        else:
            continue
        if k + 1 < len(toks) and toks[k].text in ("at", "in", "on"):
            q = s.next_phrase(k + 1)
            if q is not None and q.start <= k + 2 and q.head not in lexicon.measure_nouns() and \
                    (q.head in lexicon.thing_nouns() or q.head in lexicon.person_nouns()):
                vote(p.lemma, 3)
                vote(q.lemma, 3)


def kinds_named(s, vote):
    """'menu sections such as Starters or Desserts', 'cuisines like Thai, Pizza': named instances of
    a kind make the kind a table of its own."""
    toks = s.tokens
    for p in s.phrases:
        k = p.end
        if not p.plural or k + 2 >= len(toks):
            continue
        if toks[k].text == "such" and toks[k + 1].text == "as":
            k += 2
        elif toks[k].text == "like":
            k += 1
        else:
            continue
        if toks[k].orig[:1].isupper() or toks[k].kind == "quote":
            vote(p.lemma, 2)


def speakers_things(s, vote):
    """'our stylists', 'from our electricity and gas meters', 'my expenses': what the speaker has;
    in a story ('As a tenant, I … for my apartment') also the one thing the role has."""
    from .cues import ENROLLING_VERBS            # (cues imports this module)
    toks = s.tokens
    story = bool(toks) and toks[0].text == "as"
    for p in s.phrases:
        if (p.plural or story) and p.start > 0 and toks[p.start - 1].text in ("our", "my") and \
                not is_title(s, p):
            titled = p.plural and p.start > 1 and toks[p.start - 2].text == "for" and \
                (p.end == len(toks) or toks[p.end].text in (":", "-"))
            k = tx.governor(s, p)
            enrolled = story and k >= 0 and s.tags[k] == tx.VERB and p.head in lexicon.person_nouns() and \
                (w.verb_base(toks[k].text) or "") in ENROLLING_VERBS   # ("… I want to enrol my child in …")
            vote(p.lemma, 3 if titled or enrolled else 2)   # ("fuel log for my cars: …": what the title is about)
            role = s.phrases[0]
            if story and toks[p.start - 1].text == "my" and (p.plural or not w.field_word(p.head) and (
                    p.head in lexicon.thing_nouns() or p.head in lexicon.occurrence_nouns())) and \
                    role.start <= 2 and role is not p and role.head in lexicon.person_nouns():
                vote(role.lemma, 3)                  # "As a landlord I want to list my apartments": theirs


def logged_things(s, vote):
    """'log the monthly readings', 'record all deliveries', 'track our shipments': what a creation
    verb keeps, whatever its determiner."""
    toks, tags = s.tokens, s.tags
    kept = None
    for p in s.phrases:
        k = p.start - 1
        while k >= 0 and tags[k] in (tx.ADJ, tx.DET, tx.QUANT) and toks[k].text not in ("a", "an"):
            k -= 1
        imperative = k == 0 and tags[0] == tx.VERB and toks[0].text in w.KEEPING_VERBS   # "Track inventory changes."
        wanted = k > 0 and toks[k - 1].text == "to"          # "I want to record tenants (name, …)"
        said = k > 0 and toks[k - 1].text in ("we", "i")     # "we log the walk with …"
        listed = p.det in ("every", "each") and _fields_after_places(s, p.end) or (
            p.det is None and s.words[p.end:p.end + 2] in (["of", "each"], ["of", "every"]) and
            _fields_after_places(s, p.end)) or (   # ("track stock of each medicine with the batch number, …")
            wanted and p.det in ("the", "a", "an") and s.words[p.end:p.end + 1] in (["of"], ["with"]) and
            s.words[p.end:p.end + 2] not in (["of", "each"], ["of", "every"])) or (   # ("the score of each team")
            said and p.det in ("the", "a", "an") and s.words[p.end:p.end + 1] == ["with"])
        #   ("I want to record the shipment of an order with a carrier …")
        of_one = p.plural and s.words[p.end:p.end + 1] == ["of"] and \
            s.words[p.end + 1:p.end + 2] in (["a"], ["an"], ["each"], ["every"]) and \
            bool({"with", "("} & set(s.words[p.end:]))   # ("the stages of a commission with the date each was done")
        if p.head in lexicon.measure_nouns() and len(p.lemma) == 1 and not of_one or is_title(s, p):
            continue                               # "fill-ups record liters, …": a unit, counted
        if (p.plural or imperative or listed) and k >= 0 and \
                (k < p.start - 1 or imperative or wanted or said) and tags[k] == tx.VERB and \
                (w.verb_base(toks[k].text) in _KEEPING or imperative) \
                and not _AS_VALUE.match(" ".join(s.words[p.end:p.end + 4])):
            vote(p.lemma, 3)
            kept = p
        elif listed and kept is not None and k >= 0 and toks[k].text == "and" and kept.end == k:
            vote(p.lemma, 3)                       # "log every watering and every repotting with the date"
            kept = p


def _fields_after_places(s, k):
    """'each check-in of a member at the door with the time': a colon or 'with' within five words, or after
    phrases that say of what and where (a preposition, its article and nouns)."""
    if any(x in (":", "with") for x in s.words[k:k + 5]):
        return True
    for j in range(k, min(len(s.words), k + 10)):
        if s.words[j] in (":", "with"):
            return True
        if s.tags[j] not in (tx.PREP, tx.DET, tx.NOUN, tx.ADJ) or s.words[j] in ("and", "or", ","):
            return False
    return False


_KEEPING = frozenset("log record track keep store capture register list save manage report".split())
# "keeps its hyperparameters as a JSON blob": a value stored whole, not a table
_AS_VALUE = re.compile(r"(?:as|in) (?:an? )?(?:json|jsonb|blob|document|text|string|list|array)\b")


def saved_into(s, vote):
    """'save items to a wishlist', 'add songs to a playlist', 'save them to collections': what things are put
    into is a thing."""
    toks = s.tokens
    for p in s.phrases:
        k = p.start - (0 if p.plural and p.det is None else 1)      # ("save them to collections")
        if k < 2 or not p.plural and toks[k].text not in ("a", "an", "my", "their", "your") or \
                toks[k - 1].text not in ("to", "into", "in"):
            continue
        moved = s.phrase_at(k - 2)
        if moved is not None and moved.plural and moved.start > 0 and moved.end == k - 1:
            verb = toks[moved.start - 1].text
        elif toks[k - 2].text in ("them", "it") and k >= 3:
            verb = toks[k - 3].text
        else:
            continue
        if w.verb_lemma(verb) in ("save", "add", "put", "collect", "move", "pin"):
            vote(p.lemma, 3)


def through_phrases(s):
    """(index of 'through'/'via', the record's phrase) in 'rent units through leases'."""
    if "through" not in s.words and "via" not in s.words:
        return
    for i, t in enumerate(s.tokens):
        record = s.next_phrase(i + 1) if t.text in ("through", "via") and i > 0 else None
        if record is not None and record.start <= i + 2 and record.plural:
            yield i, record


def through_things(s, vote):
    """'students take courses via enrolments': the record and what it links to are things."""
    for i, record in through_phrases(s):
        linked = next((p for p in reversed(s.phrases) if p.end <= i), None)
        vote(record.lemma, 2)
        if linked is not None and linked.end >= i - 1 and (linked.plural or linked.many):
            vote(linked.lemma, 2)


def people_act(s):
    """'a site where people upload photos': do people act in this sentence? (Then they are the
    application's users, unless the text names who they are: the extractor decides.)"""
    toks, tags = s.tokens, s.tags
    for p in s.phrases:
        if p.words[-1] in ("people", "persons") and len(p.words) == 1 and p.end < len(toks):
            k = p.end
            while k < len(toks) and (toks[k].text in w.MODALS or tags[k] == tx.ADV):
                k += 1
            if k < len(toks) and tags[k] == tx.VERB:
                return True
    return False


def at_each_act(s, vote):
    """'at each consultation a vet examines one pet': an occasion (WordNet: an act or event) at which
    someone acts on something is a record."""
    if "each" not in s.words and "every" not in s.words:
        return
    toks = s.tokens
    for i in range(len(toks) - 5):
        if toks[i].text not in ("at", "during", "in", "for", "on") or toks[i + 1].text not in ("each", "every"):
            continue
        where = s.next_phrase(i + 2)
        k = where.end + (toks[where.end].text == ",") if where is not None and where.end < len(toks) else None
        if where is None or where.start != i + 2 or where.head not in lexicon.occurrence_nouns() or k is None:
            continue
        doer = s.next_phrase(k)
        if doer is not None and doer.start <= k + 1 and doer.end < len(toks) and s.tags[doer.end] == tx.VERB:
            vote(where.lemma, 3)
            done = s.next_phrase(doer.end + 1)
            for q in (doer, done) if doer.head in lexicon.person_nouns() else ():
                if q is not None and q.det in ("a", "an", "one") and q.head in lexicon.person_nouns():
                    vote(q.lemma, 3)       # ("At each visit, a nurse sees one patient": the people who meet there)


def listed_with_fields(s, vote):
    """'manage the menu: dishes with a name, allergens and a price': the plural after a colon that has
    fields of its own is a thing; so is one after a thing's fields ('members (name, email), events w/
    title + date')."""
    if "with" not in s.words or not (":" in s.words or ")" in s.words):
        return
    toks = s.tokens
    for p in s.phrases:
        after = toks[p.start - 1].text == ":" or p.start >= 2 and toks[p.start - 1].text == "," and \
            toks[p.start - 2].text == ")"
        if p.plural and p.start >= 1 and after and p.end + 2 < len(toks) and \
                toks[p.end].text == "with" and w.FIELD_NOUNS & set(s.words[p.end + 1:p.end + 12]):
            vote(p.lemma, 3)


def who_did(s, vote):
    """'who scored the goals', 'which user placed the bids': the object of a clause about who did
    it is a thing of its own."""
    toks, tags = s.tokens, s.tags
    for i in range(len(toks) - 2):
        if toks[i].text in ("who", "which", "whoever") and tags[i + 1] == tx.VERB:
            q = s.next_phrase(i + 2)
            if q is not None and q.plural and all(tags[j] in (tx.DET, tx.ADJ) for j in range(i + 2, q.start)):
                vote(q.lemma, 2)
        if toks[i].text == "who" and i >= 2 and tags[i + 1] in (tx.VERB, tx.AUX) and (p := s.phrase_at(i - 1)) is not None \
                and p.end == i and p.det == "the" and not p.plural and p.head in lexicon.person_nouns() and \
                p.head not in ("person", "one", "user"):
            vote(p.lemma, 3)                      # "repair jobs with the mechanic who did the work": a person kept


def asked_which(s, vote):
    """'I want to know which copies of a book are available': the plural asked about, of another thing,
    is kept (rows that each have a state)."""
    for i in range(len(s.tokens) - 3):
        if s.words[i] == "which" and (p := s.next_phrase(i + 1)) is not None and p.start == i + 1 and p.plural and \
                s.words[p.end:p.end + 1] == ["of"] and (q := s.next_phrase(p.end + 1)) is not None and \
                q.start <= p.end + 2 and s.words[q.end:q.end + 1] in (["are"], ["is"]):
            vote(p.lemma, 3)


def kept_in_order(s, vote):
    """'courses have lessons in a fixed order', 'a playlist (songs in order)': things kept in a sequence,
    each with its place, are things."""
    for p in s.phrases:
        if p.plural and p.end < len(s.tokens) and tx.in_order_at(s, p.end) and not w.field_word(p.head) and \
                p.head not in lexicon.measure_nouns():
            vote(p.lemma, 3)


EVIDENCE = (one_reference_things, between, who_did, that_do, fields_in_parentheses, with_their, relative_object, owned_doer_things,
            per_unit, grouped_by, located_in, during, handed_to_one, assigned_each, handed_to_people, one_of, titled_list, named_table,
            registered_as, each_with, placed_things, made_about, second_objects,
            grouped_into, kinds_named, through_things, acted_on_with_fields, bare_list, sources,
            speakers_things, logged_things, made_with_fields, saved_into, made_for, happen_at, too,
            connecting, at_each_act, listed_with_fields, acted_at, placed_with_fields,
            act_with_fields, people_act_on, said_in_participle, defined_as_one, which_pair_things, recorded_with,
            many_people_had, kept_per_each_thing, apposed_with_fields, received_with_fields, asked_which,
            vote_alternatives, each_with_fields, described_with_fields, recipients, made_by_each, kept_in_order, given_values,
            recorded_on_each, met_with, logged_against, each_ones_things, held_at_on, belonged_to_things,
            where_it_happened, each_done_with, which_has_fields, checked_things, logged_after_they_come, given_to,
            which_i_do, depends_on, judged_for, had_with, becomes)


OWNING = (with_their, listed_with_fields)   # rules that give the phrase fields of its own


# rules that read nothing in a sentence without a verb ("Customers have a name, a price …" has none), or
# without one of their words: asked before they run, as most sentences have neither
_NEED_A_VERB = frozenset((logged_things, that_do, said_in_participle, recorded_with, given_values, recorded_on_each,
                          held_at_on))
_NEED_A_WORD = {each_with: ("each", "one"), each_ones_things: ("each", "every"), belonged_to_things: ("belongs", "belong"), each_with_fields: ("each",), made_by_each: ("each",), met_with: ("with",),
                described_with_fields: ("with",),
                logged_against: ("against", "on"), handed_to_one: ("to",), where_it_happened: ("where",),
                each_done_with: ("with",), which_has_fields: ("which", "that"),
                checked_things: ("each", "every"), logged_after_they_come: ("we", "i"), which_i_do: ("which",),
                depends_on: tuple(DEPENDS)}


_PLAN = tuple((rule, rule in _NEED_A_VERB, _NEED_A_WORD.get(rule), rule in OWNING) for rule in EVIDENCE)


def evidence(s, vote, vote_owner=None):
    verbs = tx.VERB in s.tags
    owner_vote = vote_owner if vote_owner is not None else vote
    for rule, needs_verb, needs_word, owning in _PLAN:
        if needs_verb and not verbs or needs_word and not any(x in s.words for x in needs_word):
            continue
        rule(s, owner_vote if owning else vote)
