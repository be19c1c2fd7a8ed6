"""The extractor's reading of relations (one-to-many, many-to-many, owned, optional, stated over
guessed); the unique keys a sentence states are stated_keys.py's (statuses and flags: value_statements.py)."""

from .chained import chosen_for_each, ChainedOnes
from .divided_into import DIVIDING
from .places import put_at_a_time
from .used_on import used_on
from .one_reference import asked_for, lists_each, names_one
from .stated_keys import StatedKeys
from .relation_tests import RelationTests
from .in_several import in_several
from .sent_to_each import sent_to_each
from .interactions import scored
from .title_lists import coordinated_objects, kind_of
from .cues import (BROWSING_VERBS, ENROLLING_VERBS, GIVING_VERBS, HAVE, ASSOCIATION_VERBS, JOINING_VERBS,
                   OWNING_VERBS, LIGHT_VERBS, INTERACTIONS, CREATION_VERBS, ATTRIBUTE_VERBS, KIND_NAMES, LENT_ACTS, rx)
from . import clause_rules, clauses, constructions, fragments, lexicon
from .acts_on_one import acts_on_one
from .made_from import made_from_many
from .returned import recipient, returned_act
from .people_of import kept_people, several_people_of_a_thing
from . import text as tx
from . import words as w
from .spec import Relation


# verbs of holding things that exist on their own ("each event features several wines")
_HOLDING = frozenset("include contain hold cover feature show".split())


def _one_of_each(attributes):
    """A line's fields named in the singular (", quantities and unit costs": one of each a line; a unit,
    "duration in days", keeps its plural)."""
    for name in list(attributes):
        head, _, last = name.rpartition("_")
        one = f"{head}_{w.singular(last)}" if head else w.singular(last)
        if w.is_plural(last) and not attributes[name].unit and \
                last not in ("days", "hours", "minutes", "seconds", "weeks") and one not in attributes:
            attributes[one] = attributes.pop(name)
            attributes[one].name = one


_CHOOSING = frozenset(("choose", "pick", "select"))      # (WordNet's choose, take, select, pick out)



def uses_things(spec, act, thing):
    """Is act a doing or a happening (WordNet's noun.act/event) and thing a made thing or a substance
    that is none (an order's products, a recipe's ingredients, a visit's vaccines)?"""
    head, used = spec.entities[act].words[-1], spec.entities[thing].words[-1]
    return act_or_event(head) and used in lexicon.thing_nouns() and not act_or_event(used) and \
        not lexicon.holds_people(thing)


def act_or_event(noun):
    return noun in lexicon.act_nouns() or noun in lexicon.occurrence_nouns()


def _agent_after(s, p):
    """The phrase of 'by technicians' right after p ('run on samples by technicians'), or None."""
    if s.words[p.end:p.end + 1] != ["by"]:
        return None
    q = s.next_phrase(p.end + 1)
    return q if q is not None and all(s.tags[j] in (tx.DET, tx.ADJ, tx.QUANT) for j in range(p.end + 1, q.start)) else None


# where a story's role sends people ("cast actors in roles", "assign nurses to wards")
_SENT_TO = (["in"], ["into"], ["to"], ["onto"], ["for"], ["at"], ["on"])


# verbs of writing something down: what "is recorded on each loan" is named by the loan
_RECORDED = w.WRITTEN_ON | {"mark"}


class RelationReading(StatedKeys, ChainedOnes, RelationTests):
    """Relation reading of :class:`.extract.Extractor` (mixed into it)."""

    # ------------------------------------------------------------- relations
    def _done_as_act(self, verb):
        """The table the verb's doing is in this text ('judges score films from 1 to 10': rating), or None."""
        return next((self.phrase_entity[(noun,)] for noun, done, *_ in self.interactions
                     if done in (verb, lexicon.verb_lemma(verb)) and self.phrase_entity.get((noun,))), None)

    def _relate(self, source, target, role=None, optional=False, owned=False, column=None):
        for r in self.spec.relations:
            if r.source == source and r.target == target and r.role == role:
                r.optional = r.optional or optional
                r.owned = r.owned or owned
                r.column = r.column or column
                return
        self.spec.relations.append(Relation(source, target, role, optional, owned, column))

    def _stated(self, source, target, optional=False):
        """A reference the text states outright ('each animal is housed in a kennel'): it wins over a
        reference guessed the other way round — not over one stated too ('each employee works in one
        department, and each department is managed by one employee': both)."""
        if (target, source) not in self.stated_refs:
            self.spec.relations = [r for r in self.spec.relations
                                   if not (r.source == target and r.target == source and not r.role)]
        self.stated_refs.add((source, target))
        if optional or not any(r.source == source and r.target == target for r in self.spec.relations):
            self._relate(source, target, optional=optional)

    def _unpair(self, a, b):
        """Take back a many-to-many pair of a and b that a clause, read whole, says is something else."""
        self.spec.many_to_many = [m for m in self.spec.many_to_many if {m[0], m[1]} != {a, b}]

    def _retract(self, source, target):
        """Take back a plain reference guessed from words that, read as a clause, say otherwise."""
        self.spec.relations = [r for r in self.spec.relations
                               if not (r.source == source and r.target == target and not r.role)]

    def _kept_by_act(self, s, i, base):
        """Does the record of the act at i link the verb's two ends ('members book classes': the bookings;
        'reviewers score each talk from 1 to 5': the ratings)?"""
        act = INTERACTIONS.get(base) or (scored(s, i, base) or self._synonym_act_named(s, i, base) or {}).get(base)
        if not act and s.words[i + 1:i + 2] not in (["their"], ["my"], ["our"]) and recipient(s, i):
            act = (returned_act(s, i, base) or ({},))[0].get(base)   # "lend books to members and … due back"
        return bool(act and self.phrase_entity.get((act,)))

    def _associate(self, a, b, verb):
        """Many-to-many, unless an interaction table ('likes', 'reviews') already holds the pair."""
        if verb in INTERACTIONS and self.phrase_entity.get((INTERACTIONS[verb],)):
            return
        self._many(a, b, verb)

    def _many(self, a, b, verb=None):
        pair = tuple(sorted((a, b)))
        self.pair_verbs.setdefault(pair, set()).add(verb)
        if all(tuple(sorted(x[:2])) != pair for x in self.spec.many_to_many):
            self.spec.many_to_many.append((a, b, verb))

    @staticmethod
    def _an_object(s, p):
        """Is the phrase the object of a verb or a preposition (the words before it up to one are
        determiners and modifiers)?"""
        k = tx.governor(s, p)
        return k >= 0 and s.tags[k] in (tx.VERB, tx.PREP)

    def _act_record(self, verb, tag, *between):
        """The entity that records a verb's act when the text has one ('submit' and submissions,
        'enroll' and enrollments, 'donate' and donations, WordNet's noun of the verb): the verb's
        subject and object are its references, not each other's. Not when a person is the object."""
        if tag != tx.VERB or between[1] is None or lexicon.holds_people(between[1]):
            return None                     # ("assign a teacher to each class": no record of homework)
        noun = lexicon.verb_act(lexicon.verb_lemma(verb) or verb)
        key = self.phrase_entity.get((noun,)) if noun else None
        return key if key is not None and key not in between else None

    def _relations(self, s, subject, limit, start=0, record=None):
        """Relations stated by the tokens before limit; verbs before start are not read
        (they sat inside an attribute list already read). record: the thing a header names
        ("Reservations: a guest reserves one room"): the act's participants are its references."""
        toks, tags = s.tokens, s.tags
        outer_record, mentions = record, []
        for p in s.phrases:
            if p.start >= limit:
                break
            if p.start < start and p is not s.phrases[0]:
                continue
            key, role = self.entity_of(p, loose=bool(p.det in ("one", "a", "an", "which") or p.many))
            if key is None and p.det is None and not p.plural and p.start > 0 and tags[p.start - 1] == tx.VERB:
                key, role = self._record_named_after(p), None   # ("vehicles undergo maintenance; for each
            if key:                                              # maintenance job we store …")
                mentions.append((p, key, role))
        for n, (p, key, role) in enumerate(mentions):
            tail = " ".join(s.words[p.end:p.end + 4])
            # "X belongs to (exactly one) Y", "each user belongs to exactly one tenant"
            if rx(r"(?:can |must |always |also )?belong(?:s|ing)? to\b|(?:is|are) (?:part of|owned by|linked to one|assigned to (?:a|one))").match(tail) \
                    and not fragments.plural_verb_not_its(p, s.words[p.end]):
                #                                          ("… with a due date and a priority belong to": not its subject)
                later = [m for m in mentions[n + 1:]]
                if later and not later[0][0].many:       # ("users can belong to several projects": many)
                    self._relate(key, later[0][1], None)
                for prev, nxt in zip(later, later[1:]):   # "… belong to an order and a product"
                    between = [x for x in s.words[prev[0].end:nxt[0].start] if x not in ("a", "an", "the", "one", "to")]
                    if between != ["and"]:
                        break
                    self._relate(key, nxt[1], None)
            if p.plural and n + 1 < len(mentions) and s.words[p.end:p.end + 2] in (["in", "each"], ["in", "every"]) and \
                    mentions[n + 1][0].start <= p.end + 5 and mentions[n + 1][1] != key:
                self._relate(key, mentions[n + 1][1], None)   # "all rooms in each of my hotels": each one's hotel
        # verb-based: subject VERB quantifier object
        depth = 0
        for i, t in enumerate(toks[:limit]):
            depth += (t.text == "(") - (t.text == ")") if t.kind == "punct" else 0
            if i < start or depth > 0 or (tags[i] not in (tx.VERB, tx.AUX) and t.text not in HAVE) or \
                    t.text in w.MODALS and i + 1 < len(toks) and (tags[i + 1] == tx.VERB or toks[i + 1].text == "have"):
                continue                             # verbs inside parentheses are remarks; "can have": 'have'
            if t.text in w.INFINITIVE_TAKERS and i + 2 < len(toks) and toks[i + 1].text == "to" and \
                    tags[i + 2] == tx.VERB:
                continue                             # "I want to submit …": the relation is the next verb's
            left = [m for m in mentions if m[0].end <= i and not self._in_pp(s, m[0])]
            right = [m for m in mentions if m[0].start > i]
            cut = next((n for n, m in enumerate(right) if m[0].end < len(toks) and tags[m[0].end] == tx.VERB and
                        m[0].plural and m[0].start > 0 and toks[m[0].start - 1].text in ("and", ",") and
                        not constructions.participle(toks[m[0].end].text)), None)
            right = right[:cut] if cut is not None else right   # ("apply with a CV and recruiters schedule …":
            #                                                     the recruiters open a clause of their own)
            second = next((k for k in range(i + 2, len(toks)) if toks[k - 1].text == "and" and
                           toks[k].text in ("are", "is", "get", "gets") and tags[k + 1:k + 2] == [tx.VERB]), None)
            right = [m for m in right if second is None or m[0].start < second]   # ("have a model and are grouped
            #                                                     into categories": the passive's own objects)
            if not right or i >= 2 and toks[i - 1].text == "who" and tags[i - 2] == tx.VERB:
                continue                         # ("we mark who attended each session": a question, no doer named)
            src = left[-1] if left else None
            if i >= 3 and toks[i - 1].text == "to" and toks[i - 3].text == "for":
                src = next((m for m in mentions if m[0].end == i - 1 and m[0].plural), src)   # "an app for students to rent"
            if i >= 2 and toks[i - 1].text in ("that", "which") and t.text in ("has", "have"):
                src = next((m for m in mentions if m[0].end == i - 1 and   # "… belongs to a property that has a
                            s.words[m[0].start - 1:m[0].start] != ["per"]), src)   # landlord": the antecedent's
                #                                         (not "a loyalty card per customer that collects stamps")
            k = i - 1
            while k > 1 and toks[k].text in ("is", "are", "was", "were", "be", "been", "can", "may", "must"):
                k -= 1
            if k < i - 1 and toks[k].text in ("which", "who") and toks[k - 1].text == ",":
                src = next((m for m in mentions if m[0].end == k - 1), src)   # "…, a research group, which is led
                #                                                               by a PI": the group's, not the subject's
            if src is not None and i >= 2 and toks[i - 1].text == "and" and self._an_object(s, src[0]) and \
                    len(right) >= 2 and "to" in s.words[right[0][0].end:right[1][0].start]:
                shared = self._shared_subject(s, i)      # "enroll students in classes and assign a teacher to
                src = next((m for m in left if shared is not None and m[0].start == shared.start), None)
                if src is None:                          # each class": the first verb's subject assigns, and
                    continue                             # says to what
            if s.words[i + 1:i + 2] == ["by"] and constructions.participle(t.text):
                src = next((m for m in mentions if m[0].end == i and not m[2]), src)   # "members sign up for hikes
                #                                      led by guides": the hikes' (a reduced relative clause)
            if src is not None and src[0].det == "which":
                continue                             # "records which member borrowed which copy": an item list
            if src is not None and toks[i - 1].text == "and" and tags[i] == tx.VERB and left and left[0] is not src and \
                    any(toks[j].text in ("has", "have") or tags[j] == tx.VERB for j in range(left[0][0].end, src[0].start)) \
                    and (left[0][0].start <= 1 or self._clause_initial(s, left[0][0].start)) and not left[0][2] and \
                    not (src[0].plural and src[0].end < i and tags[src[0].end] == tx.VERB and toks[src[0].start - 1].text == ","):
                src = left[0]                        # "a flight has a number, an arrival airport … and uses one
                #                                      aircraft": the list's subject's second verb ("workers water
                #                                      trays and log each watering": the workers'; not "…, students
                #                                      enroll and leave reviews": a clause of their own)
            if src is not None and toks[i - 1].text in ("and", ",") and tags[i] == tx.VERB and src[0].end == i - 1 and \
                    src[0].plural and tags[tx.governor(s, src[0])] == tx.VERB and s.words[i + 1:i + 2] not in (["them"], ["it"]):
                shared = self._shared_subject(s, i)      # "I can shortlist applicants and schedule interviews":
                src = next((m for m in left if shared is not None and m[0].start == shared.start), None)
                #                                          not the applicants' (the object of the verb before; but
                #                                          "repairs bicycles and sells them to students": theirs)
            if src is not None and (relative := next((m for m in left if m[0].end < src[0].start and
                                                       s.words[m[0].end:m[0].end + 1] in (["who"], ["that"]) and
                                                       tags[m[0].end + 1] == tx.VERB and
                                                       not {",", ";", "and"} & set(s.words[m[0].end:i])), None)):
                src = relative                       # "staff who check laptops out are recorded on each loan":
                #                                      the staff, not the relative clause's object
            src_key = src[1] if src and not src[2] else subject
            if src is None and s.words[:2] == ["as", "the"] and s.phrases and s.phrases[0].start == 2 and \
                    self.entity_of(s.phrases[0])[0] == subject:
                src_key = None                       # "As the owner I want to keep parts …": the one who runs
                #                                      the app keeps them; none of them is that person's
            k = i - 1
            while k > 0 and (tags[k] == tx.ADV or toks[k].text in ("can", "also", "will", "may", "must", "should", "then")):
                k -= 1
            if src is None and k >= 0 and toks[k].text in ("we", "i") and right and \
                    s.words[i + 1:i + 2] not in (["it"], ["them"], ["this"], ["these"]) and (
                    (w.verb_base(t.text) or t.text) not in CREATION_VERBS or
                    (w.verb_base(t.text) or t.text) in w.KEEPING_VERBS or
                    getattr(s.next_phrase(i + 1), "head", None) in w.LIST_WORDS) and \
                    not any(self.entity_of(p)[0] == subject for p in s.phrases if p.end <= k):
                src_key = None                       # "Farmers supply products. We also run a veg box scheme
                #                                      where subscribers …", "we keep an inventory of …": the
                #                                      speaker's, not the farmers' (but "for every concert we pick
                #                                      songs": the concert's; "someone buys? We create an order";
                #                                      "staff open a ticket; we assign it to …": the ticket's;
                #                                      "we log each delivery": a keeping verb's, the speaker's)
            if src and src[2] and src[1]:
                src_key = src[1]
            if i > 0 and toks[i - 1].text == "," and i + 1 < len(toks) and toks[i + 1].text == "by" and subject:
                src_key = subject                    # "…, done by an employee": said of the sentence's subject
            self._chained(s, src_key, right, i)
            if src_key is None:
                continue
            obj_p, obj_key, obj_role = right[0]
            if obj_p.det in ("which", "what") and obj_p.end < len(toks) and tags[obj_p.end] in (tx.VERB, tx.AUX) and \
                    obj_p.start == i + 2:
                continue                             # "see which members booked my classes": a question, no object
            first = obj_p
            record = outer_record if outer_record is not None else self._act_record(t.text, tags[i], src_key, obj_key)
            if record is not None and clauses.verb_between(s, i + 1, obj_p.start):
                record = None                        # ("students enroll and leave reviews": the reviews are
                #                                      left, not what the enrolment is in)
            if record is not None and (src is not None or outer_record is None) and record not in (src_key, obj_key):
                self._relate(record, src_key)
                self._relate(record, obj_key, w.snake(obj_role) if obj_role else None)
                last = obj_p.end                     # "… borrows an item from a branch": the branch too
                for p, key, role in right[1:]:
                    if key in (record, obj_key) or role or any(
                            s.tags[j] not in (tx.PREP, tx.DET, tx.QUANT, tx.ADJ) for j in range(last, p.start)):
                        break
                    if s.words[last:last + 1] == ["in"] and p is right[1][0] and \
                            self.spec.entities[record].words[-1] in LENT_ACTS:
                        self._relate(obj_key, key)   # ("tenants rent flats in buildings": where the flats are)
                        break
                    self._relate(record, key)
                    last = p.end
                if tx.VERB not in tags[:i] or outer_record is not None:   # (not "sellers book pitches at
                    self.record_sentences.add(id(s))     # sales and pay a fee"): the record's, not each other's
                continue
            between = toks[i + 1:first.start]
            if any(x.text in (",", ";", ":", "(") for x in between) or any(
                    s.tags[i + 1 + k] in (tx.VERB,) for k in range(len(between))):
                continue
            base = "have" if t.text in ("has", "have", "had", "having") else (w.verb_base(t.text) or t.text)
            passive = i > 0 and toks[i - 1].text in ("is", "are", "be", "was", "were", "been") or \
                self._reduced_passive(s, i) or clauses.second_participle(s, i)
            if any(at <= i <= at + 2 for _, at, _ in in_several(s)) and src_key != obj_key and not obj_role:
                verb = lexicon.verb_lemma(t.text)
                if verb and first.head in {lexicon.verb_act(verb)} | w.nominalizations(verb):
                    self._relate(obj_key, src_key)   # "a reservation can be paid in several payments": the
                    continue                         # verb's own acts, each of one reservation
                self._associate(src_key, obj_key, "be")     # "an object can be in several exhibitions"
                continue
            if base in ("is", "are", "be", "was", "were"):
                self._complement(s, src_key, right, i)
                continue
            prep = toks[first.start - 1].text if first.start > 0 and s.tags[first.start - 1] == tx.PREP else None
            if clauses.particle(base, prep, src_key.rsplit("_", 1)[-1]) and first.start == i + 2:
                prep = None                          # a particle: "technicians pick up tickets", "bring in vehicles"
            if first.start > 1 and s.tags[first.start - 1] in (tx.DET,) and s.tags[first.start - 2] == tx.PREP:
                prep = toks[first.start - 2].text
            if prep is None and first.start > i + 2 and s.tags[first.start - 2] == tx.PREP and \
                    tx.participle_like(toks[first.start - 1].text):
                prep = toks[first.start - 2].text    # "parked at fixed bays": a participle before the object
            if prep is None and first.many:          # "play in more than one concert", "work at several clinics"
                j = first.start - 1
                while j > i + 1 and (s.tags[j] in (tx.DET, tx.QUANT, "NUMBER") or toks[j].text in
                                     ("more", "than", "or", "least", "up", "to")) and \
                        not (toks[j].text == "to" and s.tags[j - 1] == tx.VERB):
                    j -= 1
                if s.tags[j] == tx.PREP and j > i and toks[j + 1].text != "least":
                    prep = toks[j].text
            if prep == "of" and "out" in [t.text for t in toks[max(0, first.start - 3):first.start - 1]]:
                prep = "from"                        # "couriers work out of (a) depot": where they work from
            parts = (base in ("consist", "compose", "make") and prep == "of") or base == "comprise" or (
                    passive and prep == "into" and lexicon.verb_lemma(t.text) in DIVIDING | {"organize", "organise", "group"}
                    and not (first.plural and w.singular(first.head) in KIND_NAMES))   # ("bikes are grouped into
            #                                                        categories": each bike's kind, no parts)
            if parts:
                base, passive, prep = "contain", False, None   # "a concert consists of pieces", "teams are
                #                                      made up of players", "gardens are divided into plots"
            if base in ("make", "form") and not passive and s.words[i + 1:i + 2] == ["up"] and obj_key != src_key:
                self._relate(src_key, obj_key)       # "modules make up a course": each is the course's part
                self._mark_many(obj_key, src_key, base)
                continue
            if prep == "per" and base not in HAVE:
                continue                             # "walkers get paid per walk": a rate, no reference
            # the verb, its preposition and voice are the first object's; each coordinated object
            # ("authors write books, articles and poems") is then read alike
            for obj_p, obj_key, obj_role in coordinated_objects(s, right, record):
                if any(obj_p in sent for sent, _ in sent_to_each(s)):
                    continue                         # ("assign movers and a truck to each job": the job's, read
                    #                                  in sent_to_each, not the sender's)
                if base == "have" and obj_p.plural and obj_key != src_key and not obj_role and \
                        self._line_fields(s, obj_p.end) and self._only_here(obj_key, s):
                    self._relate(obj_key, src_key, owned=True)    # "orders have lines with a quantity and a
                    self._attributes(obj_key, s, obj_p.end + 1)   # price": the lines are the order's parts
                    self.claimed_with.add((id(s), obj_p.end))
                    break
                if base in ("contain", "include", "list", "have", "use") and obj_p.plural and obj_key != src_key and \
                        not obj_role and self._line_fields(s, obj_p.end):
                    pair = self._pair_table(src_key, obj_key)     # "each order contains products with a
                    self._attributes(pair, s, obj_p.end + 1)      # quantity and a unit price": each line
                    self.claimed_with.add((id(s), obj_p.end + (s.words[obj_p.end:obj_p.end + 2] == [",", "with"])))
                    _one_of_each(self.spec.entities[pair].attributes)
                    break
                if obj_p.plural and src_key != obj_key and not obj_role and tx.in_order_at(s, obj_p.end):
                    pair = self._pair_table(src_key, obj_key)     # "a playlist contains songs in a given order"
                    self.spec.entities[pair].attribute("sort_order").hint = "count"
                    continue
                many = obj_p.many or (obj_p.plural and obj_p.det not in ("the", "one", "a", "an", "its", "their")
                                      and (prep in (None, "with", "on", "of") or (base == "come" and prep in ("in", "for")))) \
                    or (obj_p.plural and obj_p.det in ("its", "his", "her") and prep is None) \
                    or (obj_p.plural and obj_p.det == "the" and prep == "with" and base in ASSOCIATION_VERBS) \
                    or bool(rx(r"or (?:a|an) (?:whole |entire |large )?(?:batch|set|group|lot|bunch|number)\b").match(" ".join(s.words[obj_p.end:obj_p.end + 5])))
                many = many or (src is not None and src[0].plural and obj_p.det is None and not obj_p.plural and
                                prep is None and obj_p.start == i + 1 and not obj_role)   # a mass noun: "students
                #                                                                    borrow equipment" (many of it)
                many = many and not clauses.one_of(s, obj_p)     # ("one of our contractors")
                kept_theirs = obj_p.det == "their" and src is not None and src[0].plural and obj_key != src_key
                theirs = kept_theirs and obj_p.plural and not obj_role and not passive   # "agents manage their
                #                                                    properties"; "neighbours lend their tools"
                if obj_key == src_key and rx(r"\bother\b").search(" ".join(s.words[max(0, obj_p.start - 2):obj_p.start])):
                    self._associate(src_key, obj_key, base)
                    continue
                if obj_key == src_key and not obj_role:
                    continue
                during = next((key for p, key, role in right[1:2] if p.start >= 2 and s.words[p.start - 1] in
                               ("during", "at", "in", "through", "on") and not role and key not in (src_key, obj_key) and
                               self.spec.entities[key].words[-1] in lexicon.act_nouns()), None)
                if during is not None and src is not None and base not in CREATION_VERBS:   # (not "book seats on
                    #                                                     trips": what is booked is on the trip)
                    self._relate(during, src_key)            # "vets examine pets during visits", "walkers take
                    self._relate(during, obj_key)            # dogs out on walks": each visit names the vet and the pet
                    self.occasion_refs.add((during, obj_key))
                    continue
                if passive and prep in ("on", "against") and src is not None and src[0].plural and obj_p.plural and \
                        not obj_p.many and src_key != obj_key and not obj_role and (
                            src[0].head in lexicon.occurrence_nouns() or src[0].head in lexicon.money_nouns()):
                    self._relate(src_key, obj_key)           # "payments are made on approved claims": each one on one
                    if s.words[obj_p.end:obj_p.end + 1] == ["with"]:   # ("… with an amount and a reason": its own)
                        self._attributes(src_key, s, obj_p.end + 1)
                        self.claimed_with.add((id(s), obj_p.end))
                    continue
                if passive and src is not None and src[0].plural and obj_p.plural and obj_p.det is None and \
                        prep != "by" and \
                        obj_p.end + 2 < len(toks) and src_key != obj_key and (toks[obj_p.end].text == "with" or (
                            s.words[obj_p.end:obj_p.end + 2] in (["in", "a"], ["as", "a"]) and
                            self._field_after(s, obj_p.end + 2))):   # ("actors are cast in plays in a role")
                    pair = self._pair_table(src_key, obj_key)     # "crew members are assigned to flights
                    if toks[obj_p.end].text == "with":           # with a role (…)": each pair has its role
                        self._attributes(pair, s, obj_p.end + 1)
                    else:
                        self.spec.entities[pair].attribute(w.snake(s.next_phrase(obj_p.end + 2).words))
                    self.claimed_with.add((id(s), obj_p.end))
                    continue
                agent = _agent_after(s, obj_p) if passive and obj_p.plural else None
                agent_key = self.entity_of(agent)[0] if agent is not None else None
                if agent_key and agent_key not in (src_key, obj_key) and lexicon.holds_people(agent_key) and \
                        not lexicon.holds_people(src_key) and not lexicon.holds_people(obj_key):
                    self._relate(src_key, obj_key)           # "tests are run on samples by technicians": each test
                    self._relate(src_key, agent_key)         # is one sample's, run by one technician
                    continue
                if many:                             # ("blended from several varieties, with a percentage for each")
                    each = rx(r",? with (?:a|an|the) ((?:\w+ ){0,2}\w+) for each$").match(" ".join(s.words[obj_p.end:]))
                    if self._kept_by_act(s, i, base):
                        if kept_theirs:
                            self._relate(obj_key, src_key)   # ("neighbours lend their tools": theirs, lent)
                        continue                             # "members book classes": the bookings table links them
                    if base == "list" and lexicon.story_person(src_key.rsplit("_", 1)[-1]) and \
                            not lexicon.holds_people(obj_key):
                        self._relate(obj_key, src_key)         # "landlords list apartments": each is one's
                        #                                        ("agents list properties": a person in some sense)
                        continue
                    if base in ASSOCIATION_VERBS or (t.text in ("like", "likes") and "only once" in s.text()) or (
                            passive and obj_p.many and next((toks[j].text for j in range(first.start - 1, i, -1)
                                                             if s.tags[j] == tx.PREP), None) in
                            ("for", "with", "under", "on", "against", "to")) or (passive and obj_p.many and each) or (
                            passive and obj_p.many and "by" in s.words[i + 1:obj_p.start] and
                            lexicon.holds_people(obj_key)) or (              # ("written by several researchers")
                            not passive and obj_p.many and prep in ("in", "at", "on", "for") and
                            lexicon.holds_people(src_key) and not lexicon.holds_people(obj_key) and
                            base not in CREATION_VERBS and base not in OWNING_VERBS) or (   # ("a musician can play
                            #                                                 in more than one concert": many each)
                            not passive and obj_p.many and prep is None and lexicon.verb_class(base) == "consumption"
                            and not lexicon.holds_people(obj_key)) or (   # ("each callout may use one or more vehicles":
                            #                                             what is used serves many, WordNet's consumption)
                            not passive and obj_p.many and prep is None and not lexicon.holds_people(obj_key) and
                            fragments.examples_after(s, obj_p.end)):   # ("an appointment can include several
                        #                                           services, like a cut …": kinds from a list, many each)
                        self._associate(src_key, obj_key, base)   # ("each sample is tested for one or more analytes")
                        if each and not self.entity_of_words(each.group(1).split())[0]:
                            self.spec.entities[self._pair_table(src_key, obj_key)].attribute(w.snake(each.group(1).split()))
                            self.claimed_with.add((id(s), obj_p.end + (s.words[obj_p.end] == ",")))
                            #                                   ("blended from several varieties, with a percentage for each")
                        if not obj_p.many and src is not None and not src[0].many and not passive and \
                                not {"is", "are", "be", "been", "was", "were"} & {x.text for x in toks[max(0, i - 3):i]}:
                            self.weak_pairs.add(tuple(sorted((src_key, obj_key))))   # ("trainers teach classes"
                            #                        yields to "each class has exactly one trainer")
                    elif (src[0].plural and not src[0].many if src is not None else
                          clauses.story_exchange(s, i, obj_p, base) and self.entity_of(clauses.story_role(s, i))[0] ==
                          src_key and lexicon.handed_or_met(self.spec.entities[obj_key].words[-1])) and \
                            (not obj_p.many or base not in LIGHT_VERBS or (
                                lexicon.holds_people(src_key) and not lexicon.holds_people(obj_key) and
                                base not in ("have", "get"))) and \
                            base not in CREATION_VERBS and base not in OWNING_VERBS and base != "come" and \
                            not self._holds_occasions(src_key, obj_key) and not self._gives_occasions(base, obj_key) and \
                            self.spec.entities[obj_key].words[-1] not in lexicon.money_nouns() and not chosen_for_each(s, obj_p):
                        # ("applications incur fees": each fee is one's, below; "pick several dishes for each event": the event's)
                        owner, owned = (obj_key, src_key) if base == "belong" else (src_key, obj_key)
                        self._associate(owner, owned, base)      # "Members borrow books", "Doctors treat patients"
                        if not obj_p.many:                       # ("… belong to many articles" is said outright)
                            self.weak_pairs.add(tuple(sorted((src_key, obj_key))))
                    elif (base == "belong" or prep in ("in", "under") and "be" in s.words[max(0, obj_p.start - 6):obj_p.start]) \
                            and obj_p.many and \
                            src is not None and not src[0].many:
                        self._associate(obj_key, src_key, base)  # "a user can belong to many groups", "a show can
                        #                                          be in one or more categories"
                    elif base == "have" and self._sub_entity(obj_p):
                        self.spec.entities[src_key].hierarchy = True
                    elif base in _CHOOSING and obj_p.plural and obj_key != src_key and not chosen_for_each(s, obj_p):
                        self._associate(src_key, obj_key, base)   # "for every concert we pick songs": chosen
                        #                                           things exist on their own, each chosen again
                    elif (base in _HOLDING or w.verb_lemma(t.text) in _HOLDING) and (
                            self.spec.entities[obj_key].order < self.spec.entities[src_key].order or
                            lexicon.holds_people(obj_key) and not lexicon.holds_people(src_key) and
                            src_key.rsplit("_", 1)[-1] not in lexicon.group_nouns() and not parts):   # ("a booking
                        #                                 can include several passengers": people are no parts)
                        self._many(src_key, obj_key, base)      # "a loan can include several objects"
                        self.weak_pairs.add(tuple(sorted((src_key, obj_key))))   # (yields to "each animal is
                        #                                             housed in a kennel": one each)
                    elif base == "have" and several_people_of_a_thing(s, src_key, obj_key, obj_p) and not parts and \
                            not any(r.source == src_key and r.target == obj_key for r in self.spec.relations):
                        self._many(src_key, obj_key, base)      # "a thesis can have more than one supervisor": people
                        #                                         are no thing's parts; each supervises others too
                        #                                         (after "landlords can own several flats" the pair is
                        #                                         read as before: many both ways)
                    elif lexicon.holds_people(src_key) and lexicon.holds_people(obj_key) and obj_key != src_key and \
                            base not in OWNING_VERBS and base not in ATTRIBUTE_VERBS and not kept_people(src_key, obj_key, base) and \
                            base not in ("have", "manage", "supervise", "lead", "invite", "seat", "serve"):
                        if not (toks[0].text == "as" and s.words[obj_p.end:obj_p.end + 1] in _SENT_TO):
                            self._associate(src_key, obj_key, base)   # "a patient can see more than one therapist":
                        #                                 people to people, many on both sides (not "As a producer I
                        #                                 want to cast actors in roles": where the role sends them is
                        #                                 what they go with)
                    elif kept_people(src_key, obj_key, base):
                        pass                                      # "receptionists register pet owners"
                    elif s.words[obj_p.end:obj_p.end + 1] == ["to"] and len(right) > 1 and right[1][0].start <= \
                            obj_p.end + 2 and (lexicon.holds_people(src_key) or self.entity_of(clauses.story_role(s, i))[0] == src_key) and \
                            not lexicon.holds_people(obj_key) and \
                            base not in OWNING_VERBS and base not in CREATION_VERBS and \
                            not self._gives_occasions(base, obj_key):
                        pass                                      # "a dispatcher sends ambulances to an incident"
                    elif prep == "from" and obj_p.many and not lexicon.holds_people(src_key):
                        self._associate(src_key, obj_key, base)   # "each part can come from several suppliers"
                    elif base in ("include", "contain", "use", "need", "require") and not parts and (
                            uses_things(self.spec, src_key, obj_key) or obj_p.many and base in w.REQUIRING and
                            kind_of(self.spec.entities[obj_key].words[-1]) or obj_p.plural and base in w.REQUIRING and
                            lexicon.holds_people(obj_key) and not lexicon.holds_people(src_key)):
                        #                                 ("each shift needs two or three volunteers": people are
                        #                                  no one shift's; "can require several skills":
                        #                                 a kind many share; what a thing contains is its own part)
                        self._many(src_key, obj_key, base)      # "orders include several products": each product
                        #                                         is in many orders (made things exist on their own)
                    elif toks[0].text == "as" and (lexicon.verb_class(base) in ("perception", "cognition") or
                                                   base in BROWSING_VERBS):
                        pass                                      # "As a librarian, I want to know which copies …",
                        #                                           "As a member I want to browse items by category"
                    elif base in CREATION_VERBS and self._kept_for_others(s, obj_p, src_key) or chosen_for_each(s, obj_p) or \
                            clause_rules.catalogued(self.sentences, s, obj_p, obj_key, src_key, base, self.entity_of) or \
                            toks[0].text == "as" and "list" in s.words[i + 1:obj_p.start] and \
                            not {",", ";", "."} & set(s.words[i + 1:obj_p.start]):
                        #                                          ("As a supervisor, I want to keep the list of wards …":
                        #                                           the app's list, not the supervisor's)
                        pass                                      # "As a librarian, I want to add new books with
                        #                                           their title, ISBN and authors"
                    else:
                        self._relate(obj_key, src_key, owned=base in OWNING_VERBS)
                        self._mark_many(src_key, obj_key, base)
                else:
                    if self._kept_by_act(s, i, base):
                        if kept_theirs:
                            self._relate(obj_key, src_key)   # ("neighbours lend their tools": theirs, lent)
                        continue                             # the interaction's own table links the two
                    if obj_p.det in ("my", "our") and toks[0].text == "as" and not obj_role and obj_key != src_key \
                            and not lexicon.holds_people(obj_key) and not passive and \
                            lexicon.verb_class(base) not in ("perception", "cognition"):   # (not "see my
                        #                                     department": one of a kind many share, below)
                        self._relate(obj_key, src_key)       # "As a farmer I want to list my produce": the
                        continue                             # farmer's produce, whatever the verb
                    if (src[0].many if src else False) and base == "share" and obj_p.det in ("a", "an", "one", "the") and \
                            not obj_p.plural and not obj_role:
                        self._stated(src_key, obj_key)   # "several residents can share an apartment": each in one
                        continue
                    if src[0].many if src else False:
                        self._associate(src_key, obj_key, base)
                        continue
                    if base in ("have", "has") and obj_key == src_key:
                        continue
                    if base in ("become", "turn", "convert") and obj_key != src_key and not obj_role:
                        self._relate(obj_key, src_key, optional=True)   # "the quote becomes a project": the
                        continue                                        # project is made from its quote
                    if passive and prep in ("on", "in") and obj_key != src_key and not obj_role and src is not None and \
                            base in _RECORDED and obj_p.det in ("each", "every", "the", "a", "an") and \
                            obj_p.head in lexicon.occurrence_nouns() and src[0].head not in lexicon.occurrence_nouns():
                        self._relate(obj_key, src_key)       # "the volunteer who hands out tools is recorded on
                        continue                             # each loan": the loan names the volunteer (not
                        #                                      "activities are logged against a contact")
                    if passive and prep == "to" and obj_key != src_key and not obj_role and src is not None and \
                            self.spec.entities[src_key].words[-1] in lexicon.person_nouns() and \
                            self.spec.entities[obj_key].words[-1] in lexicon.act_nouns():
                        self._relate(obj_key, src_key)       # "adjusters are assigned to claims": each claim has
                        continue                             # its adjuster (a person is no one claim's)
                    after = [x.text for x in toks[obj_p.end:obj_p.end + 3]]
                    if len(after) == 3 and s.tags[obj_p.end] == tx.VERB and after[1] in ("to", "by", "for") and \
                            after[2] in ("me", "him", "her", "them", "us") and obj_key != src_key:
                        self._relate(obj_key, src_key)           # "a courier sees the orders assigned to him"
                        continue
                    nominal = next((k for k in self.spec.entities if k not in (src_key, obj_key) and (
                        k.split("_")[-1] in w.nominalizations(base) or k == base and base in lexicon.act_nouns())), None)
                    #                              ("vessels call at berths. Each call has …": the calls, the verb's
                    #                               own noun)
                    if theirs:
                        self._relate(obj_key, src_key)   # "agents manage their properties": each one agent's
                    if nominal is not None and obj_key != src_key and not passive and not lexicon.holds_people(obj_key):
                        self._relate(nominal, src_key, owned=True)   # "an adopter applies for an animal": the
                        self._relate(nominal, obj_key, owned=True)   # application names both ("neighbours lend
                        continue                                     # their tools": theirs too)
                    if theirs:
                        continue
                    optional = bool(rx(r"\b(optionally|may|might|optional|can)\b").search(" ".join(s.words[max(0, i - 2):i])))
                    if obj_role and obj_key == src_key and s.words[i + 1:i + 2] != ["as"]:
                        self._relate(src_key, obj_key, w.snake(obj_role) or "parent", optional=True)
                        #                                  (not "is stored as an ordinary donation": itself)
                    elif obj_key != src_key:
                        if (obj_key, src_key) in self._many_marks and not obj_role:
                            continue                     # (a "follow-up inspection" is another reference)
                        if obj_p.det == "their" and base in ENROLLING_VERBS and lexicon.holds_people(src_key) and \
                                lexicon.holds_people(obj_key):
                            self._relate(obj_key, src_key)   # "parents register their children": each child's
                            continue                         # parent, whatever the verb
                        if base in CREATION_VERBS and not passive and src is not None and src[0].end + 1 == i and \
                                s.words[src[0].end] in ("we", "i", "they") and tags[i + 1:i + 2] == [tx.PREP]:
                            self._relate(src_key, obj_key)   # "the calls we make to each carer": the call's carer
                            continue
                        if base in CREATION_VERBS and not passive and not names_one(src, i, obj_p, base) and (
                                obj_p.det not in ("one", "a", "an") or not any(
                                tags[j] == tx.PREP for j in range(i + 1, obj_p.start))):
                            #                            "a client places an order" (not "each event raises money
                            #                            for one campaign"; "a redemption records the reward": theirs)
                            if self._kept_for_others(s, obj_p, src_key) or "how" in s.words[i + 1:obj_p.start]:
                                continue                 # "As a librarian, I want to record each loan with the
                                #                          copy, the member, …": a record of others, not the speaker's;
                                #                          "record how many of each species …": a count of them)
                            if not kept_people(src_key, obj_key, base) and not obj_p.possessive and \
                                    obj_p.det != "which":    # ("record which team they play for": theirs; "add each
                                #                                     owner's pets": the owner is not made)
                                self._relate(obj_key, src_key)
                            continue
                        if not obj_role and obj_p.det in ("one", "exactly", "single") and src is not None and \
                                src[0].det in ("each", "every") and base == "have":
                            self._stated(src_key, obj_key)   # "every piece has one composer": said outright
                            continue
                        if obj_p.plural and not obj_role and prep is None and lexicon.holds_people(src_key) and \
                                not lexicon.holds_people(obj_key):
                            continue                     # "a curator catalogues the artworks": all of them,
                        #                                  not one that the curator refers to
                        if toks[0].text == "as" and lexicon.verb_class(base) in ("perception", "cognition") and not obj_role:
                            continue                     # "As a librarian, I want to see for each request …",
                            #                              "… to know which copies of a book are available"
                        if toks[0].text == "as" and obj_p.det in ("each", "every") and not obj_role and \
                                (base in ATTRIBUTE_VERBS or base in w.WRITTEN_ON or s.words[obj_p.end:obj_p.end + 1] == ["to"]):
                            continue                     # "As a fleet manager, I want to register every car": the
                            #                              role keeps each one; none is the role's ("… to assign
                            #                              each request to one porter": the porter's)
                        if not obj_role and base in JOINING_VERBS and src is not None and src[0].plural and not passive and \
                                obj_p.det in ("a", "an") and lexicon.holds_people(src_key) and \
                                obj_p.head in lexicon.occurrence_nouns():
                            self._associate(src_key, obj_key, base)   # "patients join a trial": many in each
                            continue
                        if not obj_role and not obj_p.plural and lexicon.holds_people(src_key) and base not in HAVE and \
                                base not in OWNING_VERBS and not lexicon.holds_people(obj_key) and \
                                not self._done_as_act(base) and \
                                (obj_p.head in lexicon.act_nouns() or obj_p.head in lexicon.money_nouns() or
                                 obj_p.det is None and prep is None) and \
                                not passive and obj_p.det not in ("that", "this"):   # ("… earned in that course")
                            self._relate(obj_key, src_key)   # "a driver accepts the ride", "… gets a refund": theirs
                            #                                  ("a teacher gives feedback with a rating": as much)
                            continue
                        if not obj_role and obj_p.plural and not obj_p.many and src and not src[0].plural and \
                                src[0].det in ("a", "an", "each", "every") and base not in HAVE and \
                                (not passive or prep == "in" and obj_p.det is None and obj_p.head in
                                 lexicon.occurrence_nouns()) and not clauses.one_of(s, obj_p):   # (not "in one of")
                            self._relate(obj_key, src_key, optional=True)   # "a consultation can lead to prescrip-
                            continue                                         # tions", "is taught in lectures": each one's
                        if not obj_role and prep in ("in", "at") and obj_p.plural and src and src[0].plural and \
                                lexicon.holds_people(src_key) and not lexicon.holds_people(obj_key) and \
                                obj_p.head in lexicon.occurrence_nouns() and not passive:
                            self._associate(src_key, obj_key, base)   # "musicians play in concerts": people take
                            continue                                   # part in many occasions (not "employees
                            #                                            work in departments": one each)
                        if not obj_role and not passive and (lexicon.holds_people(src_key) and asked_for(s, i) and
                                                             not lexicon.holds_people(obj_key) or
                                                             lists_each(s, i, obj_p, src_key, prep)):
                            self._relate(obj_key, src_key)   # "customers ask for quotes", "the quote lists each room"
                            continue
                        given = s.next_phrase(obj_p.end) if s.words[obj_p.end:obj_p.end + 1] in (["a"], ["an"]) else None
                        if given is not None and given.start == obj_p.end + 1 and self.entity_of(given)[0] is None:
                            continue                     # "judges give each dish a score": a value, no reference
                        last = (tx.joined_to(s, obj_p) or [obj_p])[-1]    # ("assign a crew and a truck to …")
                        to = s.next_phrase(last.end + 1) if s.words[last.end:last.end + 1] == ["to"] else None
                        if to is not None and to.start <= last.end + 2 and toks[0].text == "as" and \
                                self.entity_of(to)[0] not in (None, src_key, obj_key):
                            continue                     # "As a landlord I want to assign a contractor to each
                            #                              request": the request's, not the landlord's
                        if src is not None and src[0].plural and i >= 2 and toks[i - 1].text == "to" and \
                                self._kept_by_act(s, i - 2, w.verb_base(toks[i - 2].text) or toks[i - 2].text):
                            continue                     # "people register to attend a conference": the
                            #                              registrations link them
                        if (used := used_on(s, i)) is not None and used[0] is src[0] and \
                                not lexicon.holds_people(src_key) and not lexicon.holds_people(obj_key):
                            self._pair_table(obj_key, src_key)   # "the parts used on a work order": each part
                            continue                             # in many, one row per use
                        if prep == "to" and not obj_role and not passive and src is not None and src[0].plural and \
                                obj_p.plural and obj_p.det is None and lexicon.holds_people(src_key) and \
                                not lexicon.holds_people(obj_key) and base not in OWNING_VERBS | {"belong", "report"} and \
                                toks[i + 1:i + 2] and toks[i + 1].text == "to":
                            self._associate(src_key, obj_key, base)   # "alumni can RSVP to events", "fans react to
                            continue                                  # posts": each to many, many each
                        if acts_on_one(self.spec, s, src, obj_p, obj_key, base, i):
                            self._associate(src_key, obj_key, base)   # "students borrow a laptop …; a loan has …":
                            continue                                  # each time one, kept in the loans
                        if not obj_role and self._done_as_act(base):
                            continue                     # "each judge scores a film only once" (after "judges score films")
                        if not obj_role and not obj_p.plural and self._once(lexicon.verb_lemma(base) or base):
                            self._associate(src_key, obj_key, base)   # "a player cannot join the same league twice":
                            continue                                  # many leagues, each one once
                        if base in GIVING_VERBS and not obj_role and put_at_a_time(s, obj_p) is not None:
                            self._relate(obj_key, src_key)   # "a member hosts a meetup at a venue on a date"
                            continue
                        if made_from_many(s, src, obj_p, base, passive, prep, self.spec, obj_key):
                            self._associate(src_key, obj_key, base)   # "dishes are made from ingredients"
                            continue
                        self._relate(src_key, obj_key, w.snake(obj_role) if obj_role else None, optional=optional)
                        for q in tx.joined_to(s, obj_p) if obj_role else ():
                            key2, role2 = self.entity_of(q)
                            if key2 == obj_key and role2 and role2 != obj_role:   # "between a home team and an
                                self._relate(src_key, key2, w.snake(role2), optional=optional)   # away team"
                        listed = tx.listed_with(s, src[0]) if src and self._reduced_passive(s, i) and obj_p.plural else ()
                        for other in (k for k in (self.entity_of(q)[0] for q in listed) if k):
                            if other not in (src_key, obj_key):   # "laptops, monitors and phones assigned to
                                self._relate(other, obj_key)      # employees": each of them

        #                                  ("- Purchase orders: raised by a buyer …": the label's participle)

    def _complement(self, s, src_key, right, i):
        """'An experiment is one training run inside a project': the project is referenced."""
        for p, key, role in right:
            k = p.start - 1
            while k > i and s.tags[k] in (tx.DET, tx.QUANT, tx.ADJ):
                k -= 1
            plural = p.plural and p.det is None and k == i + 1 and s.tokens[k].text in ("in", "inside", "within")
            if k > i and s.tags[k] == tx.PREP and s.tokens[k].text in ("inside", "in", "within", "of", "for", "under") \
                    and (p.det in ("a", "an", "one", "the", "exactly") or plural) and key != src_key and not p.many:
                if any(s.tokens[j].text in (",", ";", "and", "or", "but") for j in range(i, p.start)):
                    return
                self._relate(src_key, key)
                return

    def _mark_many(self, one, many, verb=None):
        self._many_marks[(one, many)] = None
        if verb is not None:                         # (the act may name the pair's table: finish)
            self.pair_verbs.setdefault(tuple(sorted((one, many))), set()).add(verb)
