"""Constructions that link two things the text names: which way the reference between them points,
one small rule each ("readings from our meters", "each animal is housed in a kennel", "a transfer
from one account to another", "the dogs and their owners"). The rules that find the things are in
constructions.py; those read from clauses are in clause_rules.py."""

import re

from . import divided_into, given_to, held_where, lexicon, logged, sent_to_each, which_i_do, with_many
from . import text as tx
from . import words as w
from .alternatives import link_alternatives
from .cues import ENROLLING_VERBS, GIVING_VERBS, INTERACTIONS, STRUCTURE_WORDS
from .constructions import CREATION_VERBS, through_phrases
from .sides import CONNECTS, SIDES, two_sides
from .one_reference import one_reference
from .fragments import counted_members, defined_one, each_by, its_owners, participle_at, possessed_subject
from .title_lists import kind_of


def _record_of_verb(verb, entity_of):
    """The entity that records the act of a verb ('book': the bookings, INTERACTIONS), or None."""
    noun = INTERACTIONS.get(verb or "")
    return entity_of(tx.Phrase(0, 0, (noun,), None, False, False)) if noun else None


def object_complements(s, entity_of, relate):
    """'clients book appointments for a service with one of our stylists': the created object (an
    appointment) refers to each thing its prepositional phrases name (a service, a stylist)."""
    toks, tags = s.tokens, s.tags
    for i, t in enumerate(toks):
        given = w.verb_base(t.text) in GIVING_VERBS
        if tags[i] != tx.VERB or w.verb_base(t.text) not in CREATION_VERBS and not given:
            continue
        obj = s.next_phrase(i + 1)
        if obj is None or any(tags[j] not in (tx.DET, tx.ADJ, tx.QUANT) for j in range(i + 1, obj.start)) or \
                given and obj.head not in lexicon.occurrence_nouns():
            continue                            # ("coaches give lessons to members": made for them, like a booking)
        source = entity_of(obj)
        record = _record_of_verb(w.verb_base(t.text), entity_of)
        if source and record and record != source and lexicon.holds_people(source):
            source = record                     # "book a tutor for one of my children": the booking is for them
        k = obj.end
        if k < len(toks) and toks[k].text == "(":
            k = tx.after_parenthesis(toks, k)   # ("record readings (date, gravity) for a batch")
        while source and k + 1 < len(toks) and toks[k].text in ("for", "with", "at", "in", "on") + (("to",) * given):
            j = k + 1
            if toks[j].text == "one" and j + 2 < len(toks) and toks[j + 1].text == "of":
                j += 2
            while j < len(toks) and (tags[j] in (tx.DET, tx.ADJ, tx.QUANT, "NUMBER") or
                                     toks[j].text in ("or", "more", "at", "least", "up", "to")):
                j += 1                          # ("an order with one or more tickets")
            target = s.next_phrase(j)
            if target is None or target.start != j:
                break
            key = entity_of(target)
            if key and key != source:
                if (target.many or (target.plural and target.det is None and toks[k].text == "with")) and \
                        not lexicon.holds_people(key):   # (not "book appointments with doctors": the doctor's)
                    relate(key, source)         # "create quizzes with several questions": theirs
                else:
                    relate(source, key)
                    for other in tx.joined_to(s, target) if toks[k].text == "with" and not target.plural else ():
                        if other.det == target.det and entity_of(other) not in (None, source, key):
                            relate(source, entity_of(other))   # ("record each transplant with the donor, the
                            #                                     recipient and the organ": each one named)
            k = target.end


def passive_reference(s, entity_of, stated, relate):
    """'Each animal is housed in a kennel', 'a ticket gets assigned to a single agent', 'an event
    happens at one venue': the subject refers to one thing of the other kind ('a finding can be assigned
    to a follow-up inspection': by its role, beside the inspection it belongs to)."""
    for p in s.phrases:
        target = one_reference(s, p)
        source, key = (entity_of(p), entity_of(target)) if target is not None else (None, None)
        if source and key and source != key:
            named = tuple(key.split("_"))
            role = target.lemma[:-len(named)] if target.lemma[-len(named):] == named else ()
            if role and not any(tx.participle_like(x) for x in role):   # (not "one manufactured part": a kind)
                relate(source, key, w.snake(role), optional=s.words[p.end:p.end + 1] in (["can"], ["may"]))
            else:
                stated(source, key)
            more = _one_more(s, target)
            if more is not None and entity_of(more[0]) not in (None, source, key):
                stated(source, entity_of(more[0]), optional=more[1])   # "… with one dentist and optionally
                #                                                         one hygienist": a second, maybe none


_MAYBE = frozenset("optionally possibly sometimes maybe perhaps".split())


def _one_more(s, q):
    """(phrase, optional) of 'and [optionally] one Y' right after q, or None."""
    k = q.end
    if s.words[k:k + 1] != ["and"]:
        return None
    k += 1
    maybe = k < len(s.words) and s.words[k] in _MAYBE
    k += maybe
    if k >= len(s.words) or s.words[k] not in ("one", "a", "an", "exactly"):
        return None
    nxt = s.next_phrase(k + 1)
    return (nxt, maybe) if nxt is not None and nxt.start <= k + 2 and not nxt.plural else None


_LINKING = frozenset("from of per for on in inside within at between by about under below against during".split())   # ("expenses by category",
#                                                                     "comments under answers")


def route(s, entity_of, relate, subject):
    """'every movement moves a quantity from one bin to another bin', 'a transfer from one account to
    another': the sentence's subject refers to both ends, by role (from_bin_id, to_bin_id)."""
    toks = s.tokens
    if subject is None or "from" not in s.words:
        return
    for k, t in enumerate(toks):
        if t.text != "from" or subject is None:
            continue
        start = s.next_phrase(k + 1)
        to = next((j for j in range(k + 2, min(len(toks), k + 8)) if toks[j].text == "to"), None)
        if start is None or to is None or start.end > to or any(toks[j].text in (",", ";") for j in range(k, to)) \
                or any(s.tags[j] in (tx.VERB, tx.AUX, tx.PRON) for j in range(start.end, to)):
            continue                              # ("filled from one batch and we need to know": no route)
        end = s.next_phrase(to + 1)
        source = entity_of(start)
        target = entity_of(end) if end is not None and end.start <= to + 2 else None
        if to + 1 < len(toks) and toks[to + 1].text in ("another", "other") and end is None or (
                end is not None and end.start > to + 2):
            target = source                       # "from one account to another"
        if source is not None and source == target and source != subject:
            relate(subject, source, "from")
            relate(subject, source, "to")


def connects(s, entity_of, relate):
    """'routes connect two airports, an origin and a destination', 'a road links two towns': two
    references to one thing, by the roles named (or from and to)."""
    if "two" not in s.words and "2" not in s.words:
        return
    for p in s.phrases:
        m = CONNECTS.match(" ".join(s.words[p.end:p.end + 10]))
        ends = s.next_phrase(p.end + 2) if m else None
        if m is None or ends is None or entity_of(p) is None or entity_of(ends) in (None, entity_of(p)):
            continue
        for role in (m.group(2), m.group(3)) if m.group(2) else ("from", "to"):
            relate(entity_of(p), entity_of(ends), w.snake([role]))


_ROLE_IS = re.compile(r"^, (?:who|which) (?:is|are) (?:also |always |itself |themselves )?"
                      r"(?:another |other |a |an |one of (?:our|the) )")


def role_is_thing(s, entity_of, relate, subject):
    """'each employee reports to a manager, who is another employee': the role names a reference of
    the sentence's subject to that thing (manager_id -> employees)."""
    if subject is None or ("who" not in s.words and "which" not in s.words):
        return
    for p in s.phrases:
        m = _ROLE_IS.match(" ".join(s.words[p.end:p.end + 7]) + " ")
        if m is None or subject is None or p.plural or p.det not in ("a", "an", "the", "one", "their", "its"):
            continue
        thing = s.next_phrase(p.end + len(m.group(0).split()))
        if thing is not None and entity_of(p) is None and entity_of(thing) is not None:
            relate(subject, entity_of(thing), w.snake(p.words))


def role_of_thing(s, entity_of, relate):
    """'The owner of a boat is a member', 'the author of each post is one of the users': the thing's reference
    to the other, named by the role (owner_id -> members)."""
    words = s.words
    p = s.phrases[0] if s.phrases and "of" in words[:5] else None
    if p is None or p.start > 1 or p.plural or words[p.end:p.end + 1] != ["of"] or entity_of(p) is not None:
        return
    q = s.next_phrase(p.end + 1)
    if q is None or q.start > p.end + 2 or entity_of(q) is None or words[q.end:q.end + 1] not in (["is"], ["are"]):
        return
    k = q.end + 1 + 2 * (words[q.end + 1:q.end + 3] == ["one", "of"])
    r = s.next_phrase(k)
    if r is not None and r.start <= k + 1 and entity_of(r) not in (None, entity_of(q)):
        relate(entity_of(q), entity_of(r), w.snake(p.words))


def between_roles(s, entity_of, relate):
    """'a match is between a home team and an away team': two references to one thing, by role
    (home_team_id, away_team_id)."""
    if not SIDES & set(s.words):
        return
    for p in s.phrases:
        sides = two_sides(s.words[p.end:]) if not p.plural else None
        if sides is None or entity_of(p) is None:
            continue
        target = entity_of(tx.Phrase(0, 0, (sides[2],), None, False, False))
        if target is not None and target != entity_of(p):
            relate(entity_of(p), target, w.snake([sides[0]]))
            relate(entity_of(p), target, w.snake([sides[1]]))


def _act_of_clause(s, p, entity_of):
    """The record of the act whose object p is, or hangs off ('book a tutor for one of my children': the
    booking), when the text keeps one (INTERACTIONS), or None."""
    for j in range(p.start - 1, -1, -1):
        if s.tags[j] == tx.VERB:
            return _record_of_verb(w.verb_lemma(s.words[j]), entity_of)
        if s.words[j] in (",", ";", "and", "who", "which", "that"):
            return None
    return None


def noun_links(s, entity_of, relate, stated=None):
    """'readings from our meters', 'copies of books', 'a budget per category': a thing of one kind
    attached to one of another, both kinds being entities; 'teams of 2-5 participants': each member's
    group."""
    toks, tags = s.tokens, s.tags
    for group, members in counted_members(s):
        if entity_of(group) and entity_of(members) and entity_of(group) != entity_of(members):
            relate(entity_of(members), entity_of(group))
    for p in s.phrases:
        k = p.end
        if k + 2 < len(toks) and tags[k] in (tx.VERB, tx.ADJ) and toks[k + 1].text == "per" and \
                tx.participle_like(toks[k].text):
            k += 1                            # "grades given per pupil": one pupil's
        while k + 2 < len(toks) and tags[k] == tx.ADV and toks[k + 1].text == "per":
            k += 1                            # ("invoices monthly per owner")
        k = tx.between_at(s, k) or k             # ("games are played between two teams")
        if k + 2 < len(toks) and toks[k].text in ("is", "are") and tags[k + 1] == tx.ADJ and toks[k + 1].text == "responsible":
            k += 2                            # ("teachers are responsible for bikes")
        if k + 1 >= len(toks) or toks[k].text not in _LINKING:
            continue
        j = k + 1
        while j < len(toks) and tags[j] in (tx.DET, tx.ADJ, tx.QUANT):
            j += 1
        q = s.next_phrase(j)
        if q is None or q.start != j or q.possessive:
            continue
        if toks[k].text in ("in", "inside", "within", "between") and (toks[k].text != "between") == q.plural and \
                not (p.plural and q.plural and toks[k].text != "between") and \
                not (toks[k].text == "between" and s.words[q.end:q.end + 1] == ["and"]):   # ("between a tutor and a
            #                                                                               student": one of each)
            continue                          # "matches in a league" (one), "matches between teams" (two);
            #                                   "positions in stocks": each in one
        if toks[k].text == "of" and q.plural and q.det is None and (p.head in w.COLLECTIONS or p.head.endswith("list")):
            continue                          # "a wishlist of products", "a playlist of songs": many in each
        if toks[k].text == "from" and "to" in s.words[q.end:q.end + 2]:
            continue                          # "a product from one bin to another": a route (route)
        if toks[k].text == "by" and any(tags[x] == tx.VERB and toks[x - 1].text in ("is", "are", "be", "been", "was", "were")
                                         for x in range(1, p.start)):
            continue                          # "tests are run on samples by technicians": the test's doer
        g = tx.governor(s, p)
        if toks[k].text != "by" and g > 0 and (toks[g].text == "by" or toks[g].text == "to" and toks[k].text == "for") and \
                toks[g - 1].kind == "word" and \
                (tx.participle_like(toks[g - 1].text) or tags[g - 1] == tx.VERB) and (
                    toks[g - 2].text in ("is", "are", "was", "were", "be", "been", ":", "-") or tags[g - 2] == tx.NOUN):
            continue                          # "a rental is made by one customer for one car": the rental's car
            #                                   (and "every answer submitted by a learner for an exercise"; "each
            #                                   session is run by one tutor in a classroom": the session's room)
            #                                   ("- Purchase orders: raised by a buyer for one vendor": the order's;
            #                                   "tasks are assigned to a cleaner for one room": the task's room)
        if s.phrases and s.words[s.phrases[0].end:s.phrases[0].end + 2] == ["is", "one"] and p.start > s.phrases[0].end:
            continue                          # "a charter is one boat for a customer": the charter's (is_one)
        if s.phrases and p is not s.phrases[0] and s.words[s.phrases[0].end:s.phrases[0].end + 1] in ([":"], ["-"]) and \
                p.start <= s.phrases[0].end + 2 and p.det in ("a", "an", "one") and entity_of(s.phrases[0]):
            continue                          # "Enrollment - a student in a course": the enrollment's two
        g = tx.governor(s, p)
        g -= g > 0 and tags[g] == tx.ADV                # ("in exactly one trial")
        if p.det == "one" and q.det == "one" and g > 0 and (_chained_after_verb(s, g) or
                                                            tags[g] == tx.VERB and g >= p.start - 2):
            continue                          # "participants are enrolled in exactly one trial at one site": each
            #                                   participant's trial and site, not the trial's site ("screenings
            #                                   show one film in one venue": the screening's venue)
            #                                   ("booked for one patient with one clinician in one room": the
            #                                   booking's room too, not the clinician's)
        source, target = entity_of(p), entity_of(q)
        if toks[k].text == "about" and p.start > 0 and toks[p.start - 1].text == "by" and s.phrases:
            source = entity_of(s.phrases[0])  # "reviews are written by users about products": the reviews'
        if toks[k].text == "per" and p.start >= 2 and toks[p.start - 1].text == "per":
            before = p.start - 2
            while before > 0 and tags[before] in (tx.VERB, tx.ADJ, tx.AUX, tx.ADV):   # ("results are reported
                before -= 1                   # per station per candidate"); "tickets (sold) per show per seat":
            first = next((r for r in s.phrases if r.end == before + 1), None)   # the tickets' seat too
            source = entity_of(first) if first is not None else source
        if toks[k].text == "per" and p.det == "one" and p.head in lexicon.person_nouns() and not q.plural and \
                source and target and source != target and stated is not None:
            stated(target, source)            # "exactly one teacher per course": each course has its teacher,
            continue                          # said outright (over "teachers are assigned to courses")
        held = next((r for r in s.phrases if r.end == p.start - 1), None) if toks[p.start - 1:p.start] and \
            toks[p.start - 1].text == "of" and toks[k].text in ("in", "at") else None
        if held is not None and held.head in lexicon.occurrence_nouns() and entity_of(held):
            source = entity_of(held)          # "screenings of films in our venues": the screenings are there
        if toks[k].text == "for" and "responsible" in s.words[p.end:k] and source and target and source != target:
            relate(target, source)            # "teachers are responsible for bikes": each bike's responsible teacher
            continue
        act = _act_of_clause(s, p, entity_of) if toks[k].text == "for" else None
        if act is not None and target and target != act:
            relate(act, target)               # "book a tutor for one of my children for a subject": the booking's
            continue
        if source and target and source != target and toks[k].text == "of" and (made_of_occasions(s, p, q) or
                                                                              _holds_several(s, p, q)):
            relate(target, source)            # "courses of weekly sessions", "tours of several stops": occasions
            continue                          # made of occasions, each one the whole's (not "copies of books")
        if source and target and source != target and toks[k].text == "between" and \
                s.words[k + 1:k + 2] in (["two"], ["2"]) and (p.plural or p.det in ("each", "every", "a", "an")):
            relate(source, target, "first")   # "games between two members": each game's two members
            relate(source, target, "second")
        elif source and target and source != target:
            relate(source, target)
            other = s.next_phrase(q.end + 1) if toks[k].text == "between" and s.words[q.end:q.end + 1] == ["and"] \
                else None
            if other is not None and other.start <= q.end + 2 and entity_of(other) not in (None, source, target):
                relate(source, entity_of(other))   # "lessons between instructors and learners": one of each


def is_one(s, entity_of, relate, retract):
    """'A charter is one boat for a customer on a date, with a skipper': what a thing is defined as
    one of, and each thing the prepositions after it name one of, are what it refers to."""
    toks, tags = s.tokens, s.tags
    p = defined_one(s)
    if p is None:
        return
    source, j, before = entity_of(p), p.end + 2, None
    while source:
        q = s.next_phrase(j)
        if q is None or q.start != j or q.plural and s.words[j - 3:j - 1] != ["one", "of"]:
            return
        target = entity_of(q)
        if target and target != source:
            relate(source, target)
            if before not in (None, target):
                retract(before, target)      # (the course is not the teacher's: the class is)
        j, before = q.end + 1, None
        if j < len(toks) and participle_at(s, j - 1):
            j, before = j + 1, target         # "one course taught by one teacher": the class's teacher
        if j >= len(toks) or toks[j - 1].text not in ("for", "at", "on", "in", "with", "by", "from", "to", "of", "under",
                                                       "before", "within", "during"):   # ("one run of a route under
            #                                                                              one calendar")
            return
        if s.words[j:j + 2] == ["one", "of"]:
            j += 2                            # "in one of our cinemas"
        while j < len(toks) and tags[j] in (tx.DET, tx.QUANT, tx.ADJ):
            j += 1


def through_record(s, entity_of, relate, retract):
    """'a tenant can rent more than one unit, through leases', 'students take courses via enrolments':
    the record after 'through' or 'via' links the last two things the clause relates, which then do
    not refer to each other."""
    for i, record in through_phrases(s):
        key = entity_of(record)
        things = [k for k in dict.fromkeys(entity_of(p) for p in s.phrases if p.end <= i) if k and k != key]
        if key is not None and len(things) >= 2:
            a, b = things[-2:]
            retract(a, b)
            retract(b, a)
            relate(key, a)
            relate(key, b)


def where_clause(s, entity_of, relate):
    """'visits where a vet examines a pet': the records a 'where' clause describes refer to each
    thing it names one of, and what happens there is at one of them ('the shows where dogs win awards')."""
    toks = s.tokens
    for p in s.phrases:
        if not p.plural or p.end >= len(toks) or toks[p.end].text != "where":
            continue
        source = entity_of(p)
        end = next((j for j in range(p.end + 1, len(toks)) if toks[j].text in (",", ";", ":")), len(toks))
        for q in s.phrases:
            if p.end < q.start < end and not q.plural and q.det in ("a", "an", "one", "the"):
                target = entity_of(q)
                if source and target and target != source:
                    relate(source, target)
            elif p.end < q.start < end and q.plural and q.det is None and s.tags[q.start - 1] == tx.VERB and \
                    q.head in lexicon.occurrence_nouns() and entity_of(q) not in (None, source) and source:
                relate(entity_of(q), source)       # "the shows where dogs win awards": each award at a show


def _outside_parentheses(words):
    out, depth = [], 0
    for x in words:
        depth += {"(": 1, ")": -1}.get(x, 0)
        if depth == 0 and x != ")":
            out.append(x)
    return out


def _inside_parentheses(toks, start, end):
    """Is position start inside a parenthesis that is still open before end?"""
    depth = 0
    for t in toks[start:end]:
        depth += {"(": 1, ")": -1}.get(t.text, 0)
    return depth < 0


def possessive_members(s, entity_of, relate):
    """'companies, their contacts, and deals', 'each project and its tasks': a phrase with their/its
    belongs to the phrase the possessive points back to - unless it names people who own the things
    ('dogs and their owners')."""
    toks = s.tokens
    for n, q in enumerate(s.phrases):
        if q.det not in ("their", "its") or n == 0:
            continue
        start = q.start - 1
        p = next((x for x in reversed(s.phrases[:n]) if not _inside_parentheses(toks, x.start, start)), None)
        skipped = False
        while p is not None and entity_of(p) is None and p.start >= 2 and s.tags[p.start - 1 - (p.det is not None)] == tx.PREP \
                and q.det == "its" and s.words[start - 1:start] == ["with"]:
            p, skipped = s.phrase_at(p.start - 2 - (p.det is not None)), True   # ("my route for the day with its
            #                                                    stops": the route's, past a phrase that names no thing)
        if p is None:
            continue
        between_ = _outside_parentheses([t.text for t in toks[p.end:start]])
        if not skipped and any(x not in (",", "and", "with", "plus", "including", "or") for x in between_):
            continue
        if (q.det == "their") != p.plural:
            continue
        joined = tx.joined_to(s, q, plural=True) if q.plural and s.words[q.end:q.end + 1] == ["and"] else []
        shared = joined if len(joined) == 1 and joined[0].det is None else []
        for had in [q] + shared:                  # ("their breeds and owners": the owners are theirs too)
            source, target = entity_of(had), entity_of(p)
            if source and target and source != target:
                persons = lexicon.person_nouns()
                if had.head in persons and p.head not in persons or kind_of(had.head) and not kind_of(p.head):
                    source, target = target, source   # "dogs and their owners": each dog has its owner;
                relate(source, target)                # "dogs, their breeds": each its breed


_MANY_OF_THEM = re.compile(r"\b(?:any number|many|several|multiple|one or more|some|a few|most) of them\b")


def many_of_them(s, entity_of, associate):
    """'each project has its own labels … and an issue can carry any number of them': the clause's
    subject and the plural thing 'them' stands for, many to many."""
    if "them" not in s.words:
        return
    text = " ".join(s.words)
    m = _MANY_OF_THEM.search(text)
    if m is None:
        return
    at = len(text[:m.start()].split())                         # the word index the match starts at
    before = [p for p in s.phrases if p.end <= at]
    clause = next((p for p in reversed(before) if p.det in ("a", "an", "each", "every") and not p.plural), None)
    them = next((p for p in reversed(before) if p.plural and clause is not None and p.end <= clause.start), None)
    if clause is not None and them is not None:
        a, b = entity_of(clause), entity_of(them)
        if a and b and a != b:
            associate(a, b, None)


_KEEP = frozenset("record records log logs note notes capture captures take takes keep keeps store stores".split())


def at_each(s, entity_of, relate, retract, associate=None):
    """'at each visit we record vital signs and any adverse events', 'during an appointment the clinician
    records procedures': what is kept at each of a thing refers to it."""
    toks = s.tokens
    if "each" not in s.words and "every" not in s.words and s.words[:1] not in (["during"], ["after"]):
        return
    for i in range(len(toks) - 4):
        if (toks[i].text not in ("at", "for", "during", "after", "on") or toks[i + 1].text not in ("each", "every")) \
                and (toks[i].text not in ("during", "after") or toks[i + 1].text not in ("a", "an") or i > 0):
            continue                                          # ("During an appointment the clinician records …")
        where = s.next_phrase(i + 2)
        place = entity_of(where) if where is not None and where.start == i + 2 else None
        if place is None or toks[i].text == "after" and toks[i + 1].text in ("a", "an") and (
                where.end >= len(toks) or toks[where.end].text != ","):
            continue                                          # ("After an appointment, the patient receives …")
        k = where.end + (1 if where.end < len(toks) and toks[where.end].text == "," else 0)
        doer = s.next_phrase(k)
        if doer is not None and doer.start <= k + 1 and doer.end + 1 < len(toks) and s.tags[doer.end] == tx.VERB \
                and entity_of(doer) not in (None, place):     # "at each consultation a vet examines one pet":
            made = next((q for j in range(doer.end, len(toks) - 1) if s.tags[j] == tx.VERB and
                         (w.verb_base(toks[j].text) in CREATION_VERBS and j > doer.end or j == doer.end and
                          lexicon.verb_class(lexicon.verb_lemma(toks[j].text) or "") == "possession") and
                         (q := s.next_phrase(j + 1)) is not None and
                         q.start <= j + 2 and entity_of(q) not in (None, place, entity_of(doer))), None)
            #                                                 ("after an appointment the patient receives an
            #                                                 invoice": the appointment's invoice)
            if made is not None and toks[doer.end].text not in _KEEP:   # "after each loan, a conservator
                relate(entity_of(made), place)                # checks … and writes a report": the loan's report
                continue
            relate(place, entity_of(doer))                    # the consultation names the vet and the pet
            done = s.next_phrase(doer.end + 1)
            if toks[doer.end].text in _KEEP and done is not None and _which_done(s, done, doer.end) and \
                    associate is not None and entity_of(done) not in (None, place):
                associate(place, entity_of(done), None)       # "at each visit the carer records which medications
                continue                                      # were given": a set of them each time, each in many
            if toks[doer.end].text in _KEEP and done is not None and done.plural and done.start <= doer.end + 2 and \
                    entity_of(done) not in (None, place):     # "during an appointment the clinician records
                relate(entity_of(done), place)                # procedures": each one the appointment's
                retract(entity_of(done), entity_of(doer))
                continue
            if done is not None and entity_of(done) not in (None, place) and (done.start <= doer.end + 2 or (
                    done.start == doer.end + 3 and s.tags[doer.end + 1] == tx.PREP and done.det in ("one", "a", "an"))):
                #                                             ("a mechanic works on one machine": the service's too)
                relate(place, entity_of(done))
                retract(entity_of(doer), entity_of(done))      # (the vet and the pet meet in it)
            continue
        if k + 1 >= len(toks) or toks[k].text not in ("we", "i", "they") or toks[k + 1].text not in _KEEP:
            continue
        for p in s.phrases:
            kept = entity_of(p) if p.start > k + 1 and p.plural else None
            if kept not in (None, place) and associate is not None and _which_done(s, p, k + 1):
                record = _record_of_verb(w.verb_base(toks[p.end].text) or lexicon.verb_lemma(toks[p.end].text), entity_of)
                if record is not None and record not in (place, kept):
                    relate(record, place)                # ("… which members attended": the attendances hold both)
                    continue
                associate(place, kept, None)             # "for each session we record which children attended",
                continue                                 # "… which drugs were prescribed": a set of them each time,
                #                                          each in many
            if kept not in (None, place):
                relate(kept, place)


def _which_done(s, p, verb_at):
    """'records which children attended', '… which drugs were prescribed', '… and which mentors were present':
    plural p right after 'which' after the recording verb at verb_at (or after 'and'), then its verb — a set of
    things that exist apart, asked of each occasion."""
    k = p.end + (s.words[p.end:p.end + 1] in (["were"], ["are"], ["was"], ["is"], ["have"]) and
                 p.end + 1 < len(s.tokens) and s.tags[p.end + 1] == tx.VERB or
                 p.end < len(s.tokens) and s.words[p.end] in w.SUBJECT_PRONOUNS | {"he", "she", "it"})   # ("… she gave")
    return p.plural and (p.start == verb_at + 2 or p.start > verb_at + 2 and s.words[p.start - 2] == "and") and \
        s.words[p.start - 1] == "which" and k < len(s.tokens) and \
        s.tags[k] in (tx.VERB, tx.AUX)


# verbs by which a story's role says a thing is its own ("all properties I own", "the teams I manage")
_OWNING = frozenset("own manage run have".split())


def story_owned(s, key_of, relate):
    """'As a policyholder, I want to file a claim against one of my policies', 'see all properties I
    own': in a story, what the role calls its own is the role's (a thing, not a person: 'my patients' are
    no one doctor's); one abstract thing of a kind many share ('my membership plan', 'my team') is the one
    the role has."""
    toks = s.tokens
    if len(toks) < 5 or toks[0].text != "as" or "my" not in s.words and "i" not in s.words[4:] or \
            not s.phrases or s.phrases[0].start > 2:
        return
    owner = key_of(s.phrases[0])
    if owner is None or not lexicon.holds_people(owner):
        return
    for p in s.phrases[1:]:
        mine = toks[p.start - 1].text == "my" or s.words[p.end:p.end + 1] == ["i"] and \
            (w.verb_base(s.words[p.end + 1]) if p.end + 1 < len(toks) else None) in _OWNING   # ("properties I own")
        owned = key_of(p) if mine else None
        if owned is not None and owned != owner and lexicon.holds_people(owned) and (
                p.head in lexicon.kin_nouns() or p.start >= 2 and s.tags[p.start - 2] == tx.VERB and
                (w.verb_base(toks[p.start - 2].text) or "") in ENROLLING_VERBS):
            relate(owned, owner)             # "As a parent, I want to register my children", "… book my child
            continue                         # into sessions": the parent's (kin: WordNet's relatives)
        if owned in (None, owner) or lexicon.holds_people(owned):
            continue
        if not p.plural and p.head in lexicon.kind_nouns() and p.head not in lexicon.occurrence_nouns():
            relate(owner, owned)             # "see my membership plan", "my team": one of a kind many share
        else:
            relate(owned, owner)


def possessed(s, key_of, relate):
    """"A patient's visits have a date and a reason": the possessed things are the possessor's; so is
    an act or record of each of them and its plural things ("record each member's annual fee payment
    with …", "add each owner's pets"), and a plural after one thing's ("score entries against the contest's
    criteria")."""
    owned = possessed_subject(s)
    owner = key_of(s.phrases[0]) if owned is not None else None
    if owner is not None and key_of(owned) not in (None, owner):
        relate(key_of(owned), owner)
    for p, q in zip(s.phrases, s.phrases[1:]):
        if p.possessive and q.start == p.end + 1 and key_of(q) not in (None, key_of(p)) and key_of(p) and (
                p.det in ("each", "every") and (q.head in lexicon.occurrence_nouns() or q.plural) or
                p.det in ("the", "a", "an", "one") and not p.plural and q.plural and q.head not in STRUCTURE_WORDS and
                not w.field_word(q.head)):
            relate(key_of(q), key_of(p))         # (and "… against the contest's criteria": many of one's)


def its_things(s, key_of, relate):
    """'join a club and see its upcoming group runs': the things after 'its' are the one thing's named
    before them, in a clause of their own."""
    for owner, q in its_owners(s):
        if key_of(owner) and key_of(q) and key_of(owner) != key_of(q):
            relate(key_of(q), key_of(owner))


def which_in_each(s, key_of, relate):
    """'we need to know which aliquots were in each shipment', 'which books are in each box': each of the
    things is in one of the others (its reference)."""
    for k in (k for k, x in enumerate(s.words) if x == "which"):
        things = s.next_phrase(k + 1)
        if things is None or things.start != k + 1 or not things.plural or \
                s.words[things.end:things.end + 3] not in (["are", "in", "each"], ["were", "in", "each"],
                                                           ["are", "in", "every"], ["were", "in", "every"]):
            continue
        holder = s.next_phrase(things.end + 3)
        if holder is not None and holder.start == things.end + 3 and key_of(things) and key_of(holder) and \
                key_of(things) != key_of(holder):
            relate(key_of(things), key_of(holder))


def made_by(s, key_of, relate):
    """'concerts feature several pieces, each by a composer': each piece refers to its composer."""
    for things, maker in each_by(s):
        if key_of(things) and key_of(maker) and key_of(things) != key_of(maker):
            relate(key_of(things), key_of(maker))


def another_of_its_kind(s, key_of, relate):
    """'a comment can reply to another comment', 'each task can depend on another task': a thing that
    refers to one of its own kind, named by the verb and its preposition (reply_to_id); 'a flight departs
    from one airport and arrives at another': a second reference to the kind named before
    (arrive_at_airport_id)."""
    toks, tags = s.tokens, s.tags
    for k in (k for k, x in enumerate(s.words) if x == "another" and k >= 3):
        q = s.next_phrase(k)
        prep = k - 1 if tags[k - 1] == tx.PREP else None
        verb = next((j for j in range(k - 1, -1, -1) if tags[j] == tx.VERB), None)
        subject = s.phrases[0] if s.phrases and s.phrases[0].start <= 1 else None
        if prep is None or verb is None or subject is None or not key_of(subject) or verb < subject.end:
            continue
        if q is not None and q.start == k + 1:
            target = key_of(q)
            if (target != key_of(subject) or q.det != "another") and not (
                    target is not None and toks[prep].text not in ("by", "to") and   # (verb_roles.py's)
                    any(key_of(p) == target for p in s.phrases if p.end <= verb)):
                continue                         # ("starts at one station and ends at another station")
        else:
            named = next((p for p in reversed(s.phrases) if p.end <= verb and p is not subject), None)
            target = key_of(named) if named is not None else None
            if target is None or target == key_of(subject):
                continue
        role = w.snake([lexicon.verb_lemma(toks[verb].text) or toks[verb].text, toks[prep].text])
        relate(key_of(subject), target, role)


def responsible_for_it(s, key_of, stated, subject):
    """'Each work party meets at a lock, and a volunteer leader is in charge of it': the person is each one's —
    'it' is what the sentence opens with, or what the one before was about."""
    for p in s.phrases:
        k = p.end
        if s.words[k:k + 4] not in (["is", "responsible", "for", "it"], ["are", "responsible", "for", "them"]) or \
                p.head not in lexicon.person_nouns() or (person := key_of(p)) is None:
            continue
        first = key_of(s.phrases[0]) if s.phrases[0] is not p else None
        thing = first if first is not None and first != person else subject
        if thing is not None and thing != person:
            stated(thing, person)


def link(s, key_of, relate, stated, retract, subject, associate):
    """Every link construction over one sentence, in order."""
    object_complements(s, key_of, relate)
    passive_reference(s, key_of, stated, relate)
    is_one(s, key_of, stated, retract)
    noun_links(s, key_of, relate, stated)
    possessive_members(s, key_of, relate)
    where_clause(s, key_of, relate)
    through_record(s, key_of, relate, retract)
    route(s, key_of, relate, subject)
    role_is_thing(s, key_of, relate, subject)
    role_of_thing(s, key_of, relate)
    between_roles(s, key_of, relate)
    responsible_for_it(s, key_of, stated, subject)
    connects(s, key_of, relate)
    many_of_them(s, key_of, associate)
    at_each(s, key_of, relate, retract, associate)
    story_owned(s, key_of, relate)
    possessed(s, key_of, relate)
    link_alternatives(s, key_of, relate)
    its_things(s, key_of, relate)
    another_of_its_kind(s, key_of, relate)
    which_in_each(s, key_of, relate)
    made_by(s, key_of, relate)
    sent_to_each.link(s, key_of, relate, associate)
    divided_into.link(s, key_of, relate)
    with_many.link(s, key_of, relate)
    held_where.link(s, key_of, relate, retract)
    given_to.link(s, key_of, relate, retract)
    which_i_do.link(s, key_of, relate, associate)
    logged.link_kept_then_done(s, key_of, relate, retract)


def _chained_after_verb(s, g):
    """Is the preposition at g the first of a verb's (VERB PREP …) or one of a chain of 'one X' objects after
    it ('booked for one patient with one clinician in …')?"""
    for _ in range(3):
        if g <= 0 or s.tags[g] != tx.PREP:
            return False
        if s.tags[g - 1] == tx.VERB:
            return True
        before = next((r for r in s.phrases if r.end == g), None)
        if before is None or before.det != "one":
            return False
        g = tx.governor(s, before)
    return False


def made_of_occasions(s, p, q):
    """'courses of weekly sessions', 'tours of several stops': occasions (WordNet) said of occasions counted or
    recurring — the whole is made of them (not 'performances of plays', 'copies of books': one each)."""
    if p is None or q is None or not q.plural or s.words[p.end:p.end + 1] != ["of"] or \
            not {w.singular(p.head), w.singular(q.head)} <= lexicon.occurrence_nouns():
        return False
    said = s.words[p.end + 1:q.start] + list(q.words[:-1])
    return any(x in w.QUANTIFIERS or x.isdigit() or x.endswith("ly") and ({x[:-2], x[:-3] + "y"} & lexicon.measure_nouns())
               for x in said)           # ("weekly", "daily": a unit of time and -ly, recurring)


def _holds_several(s, p, q):
    """'a team of five players', 'a batch of loaves', 'a series of talks': a group (WordNet's noun.group) said of a
    bare plural holds several of them, each one's (not a container of things kept apart: 'a box of wines')."""
    return not p.plural and p.det in ("a", "an", "one", "each", "every") and q.plural and \
        (q.det is None or q.det in w.QUANTIFIERS) and s.words[p.end:p.end + 1] == ["of"] and \
        w.singular(p.head) in lexicon.group_nouns() and \
        all(x in w.QUANTIFIERS or x.isdigit() for x in s.words[p.end + 1:q.start])
