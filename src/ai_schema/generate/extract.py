"""English description -> Spec: which things exist, what they have, how they relate.

Two passes over the sentences. The first finds entities from how things are
talked about (list headers, subjects of "has", "each X", "many X", "X belongs
to Y"); the second reads attribute lists, relations, closed value sets,
uniqueness and optionality, now that it knows which noun phrases are entities.
"""

import re

from . import becomes, checks_at, clause_rules, had_with, judged_for, nominalized, clauses, co_subjects, dated, depends_on, each_made, fragments, junctions, knowledge, labelled, layout, lexicon, links, logged, \
    kept_mentions, marked_done, occasions, phrasal, places, priced_at, pronoun_objects, relative, schema_sources, seen_when, technical, their_own, timed, titles, weighed, \
    uniqueness, value_sets, verb_roles, when_fields
from .cues import INTERACTIONS, KIND_NAMES, AGENT_ROLES, LOOSE_HEADS, ATTRIBUTE_WORDS, LENT_ACTS, rx
from . import text as tx
from . import words as w
from .spec import Spec
from .attributes import AttributeReading
from .field_names import clean_values, type_words
from .discovery import EntityDiscovery
from .entity_names import ABOUT_IT, PERIODIC
from .acts_at import read_acts_at
from .interactions import InteractionDiscovery, criteria, money_to
from .relations import RelationReading
from .value_lists import value_list
from .value_statements import ValueStatementReading
from .subjects import SubjectReading
from .finishing import Finishing
from .parenthesized_fields import ParenthesizedFields, kinds_then_fields


class Extractor(EntityDiscovery, InteractionDiscovery, AttributeReading, RelationReading, ValueStatementReading,
                SubjectReading, ParenthesizedFields, Finishing):
    """One description, read once; ``spec`` holds the result."""

    def __init__(self, description, sentences=None):
        self.sentences = tx.sentences(description) if sentences is None else sentences   # (a second reading
        #                                                   of the same text reuses them: kept_mentions.py)
        self.position = {id(x): n for n, x in enumerate(self.sentences)}     # sentence -> its index
        self.spec = Spec()
        self.phrase_entity = {}          # lemma tuple -> entity key
        self.head_entities = {}          # last word of a lemma -> entity keys named with it
        self.candidates = {}             # lemma tuple -> evidence
        self.first_seen = {}
        self.synonyms = []
        self._kind_values = None          # (candidates.py: the values kinds take, read once)
        self.last_owner = None
        self.interactions = []
        self.charges = set()             # (act noun, id(sentence)) of "we invoice each owner": the business's act
        self.noted_acts = set()          # (act noun, id(sentence)) of "a student meets a supervisor; we record …"
        self.things_named = None          # heads the text names as things (a pledge, donations), when asked
        self._each_heads = None           # heads the text says each of (interactions._each_named), when asked
        self.people_in_general = None     # does the text keep users, members … (discovery._people_had), when asked
        self.labelled_lines = None        # one-line notes that open with a plural label (discovery._labelled_lines)
        self.pending_unique = []         # field words said unique before any thing had the field
        self.one_to_one = []             # (one, what it is one per): "one invoice per work order"
        self.field_votes = {}            # votes for a word that names no thing alone ("each code has …")
        self.twice_heads = set()         # heads two items of the list being read share ("short name, long name")
        self.claimed_with = set()         # (sentence id, index) of a "with" whose fields a pair's table took
        self.act_dates = []              # (act noun, participle) of "who married whom and when"
        self.doers = []                  # (lemma, votes) of people who do something to a record (discovery)
        self.last_of = None
        self.pair_verbs = {}
        # (one, many): "one has many many", in the order the text says them; a dict, not a set,
        # so iterating it does not depend on the interpreter's hash seed
        self._many_marks = {}
        self.weak_pairs = set()          # many-to-many guessed from plural subject and object only
        self.occasion_refs = set()       # (occasion, thing): "take dogs out on walks" (yields to "several dogs")
        self.said_pairs = set()          # many-to-many said of each one ("the languages they speak")
        self.junctions = []              # (linking thing, linked, linked): "memberships link users to …"
        self._renting = None             # does the text speak of renting (relations._renters), once
        self._act_verbs = {}             # entity key -> the verb whose act it is (items._act_verb), once each
        self.mentions = {}               # (lemma, owner, loose) -> entity_of(), once entities are known
        self.sentence_subject = {}
        self.last_names = []
        self.preset = []                 # entity lemmas known before the text is read (column lists; kept_mentions.py)
        self.people_act = False          # 'people' do something somewhere (users, if no one else is named)
        self.acting = set()              # lemmas of plural people that open a clause with its verb (discovery)
        self.block_topic = {}            # paragraph -> the entity its first sentence is about
        self.kind_values = {}            # head word -> the kinds the text names ("electricity", "gas")
        self.kind_words = frozenset()    # words said to be kinds of a thing ("are either dogs or cats": dog, cat)
        self.wholes = []                 # the business or place the text is about ("the clinic needs to track …")
        self.counted = frozenset()       # generic heads the text counts ("several applications")
        self.instances = {}              # ("family", "account") -> ("family",) under a "Families." heading
        self.pair_tables = set()         # tables made for "each supplier of a part"
        self.periods = {}                # lemma -> "monthly": how often the thing recurs ("a monthly budget")
        self.act_properties = {}         # act noun -> what it finds out ("weigh every hedgehog daily": weight)
        self.lists = []                  # the things a text lists ("owners, dogs, walkers and walks"), as lemmas
        self.each_logged = set()         # lemmas listed one at a time with fields ("…, and every find with the spot")
        self.record_sentences = set()    # ids of "Loans: a member borrows an item" sentences (relations.py)
        self._once_said = {}             # verb -> whether the text says it is done only once (_once)
        self._had_words = None           # words given as one field of something (discovery._had)
        self.stated_refs = set()         # (source, target) of the references the text states outright


    # ----------------------------------------------------- mention matching
    def entity_of(self, phrase, owner=None, loose=False):
        """(entity key, role words) a noun phrase refers to, or (None, None)."""
        if phrase is None:
            return None, None
        key = (phrase.lemma, owner, loose)
        if key not in self.mentions:
            self.mentions[key] = self._entity_of(phrase, owner, loose)
        return self.mentions[key]

    def entity_of_words(self, words):
        """(entity key, role words) that words name ('gas meter', 'application'), as for a phrase."""
        return self.entity_of(tx.Phrase(0, 0, tuple(words), None, False, False))

    def _entity_of(self, phrase, owner, loose):
        lemma = tuple(x for x in phrase.lemma if x not in ("new", "other") and x not in PERIODIC)   # ("monthly budget")
        if not lemma:                                   # "others", "the new ones": no noun to match
            return None, None
        if len(lemma) > 1 and lemma[0] in w.AGGREGATES:
            return None, None                           # "a max score", "the total score": a number, no score
        lemma = self.instances.get(lemma, lemma)        # ("a family account" under "Families.")
        while len(lemma) > 1 and tx.participle_like(lemma[0]) and lemma not in self.phrase_entity:
            lemma = lemma[1:]                           # "qualified translators" (as entity_lemma reads them)
        while len(lemma) > 1 and (lemma[-1] in ("entry", "record", "row", "item") and lemma[-2] != "order" or
                                  lemma[-1] in ABOUT_IT) and lemma not in self.phrase_entity:
            lemma = lemma[:-1]                          # ("time entry" is one thing; "member details" the member's)
        if len(lemma) > 1 and lemma[-1] in w.HOLDING and w.is_plural(lemma[-2]) and lemma not in self.phrase_entity:
            lemma = lemma[:-2] + (w.singular(lemma[-2]),)   # "our parts stock": the parts
        if len(lemma) == 2 and lemma[0] in self.kind_values.get(lemma[1], ()):
            lemma = lemma[1:]                           # "gas meters": a meter of one kind
        for size in range(min(3, len(lemma)), 0, -1):
            tail = lemma[-size:]
            key = self.phrase_entity.get(tail)
            if key:
                return key, lemma[:-size]
        # "people upload photos" where the application's people are its users
        if len(lemma) == 1 and lemma[0] in ("people", "person", "everyone", "anyone") and \
                "person" not in self.spec.entities and "user" in self.spec.entities:
            return "user", ()
        # "the ticket" for "maintenance ticket": a unique head
        heads = self.head_entities.get(lemma[-1], ())
        if len(lemma) == 1 and len(heads) == 1 and not w.field_word(lemma[0]):
            return next(iter(heads)), ()           # (not "a name and an address": no delivery address)
        if len(lemma) == 1 and lemma[0] in self.kind_words and phrase.det in ("the", "a", "an", "each", "every",
                                                                             "this"):   # "the animals are
            #                                              dogs or cats … with the dog": one of them
            kind = next((e.key for e in self.spec.entities.values() for name, a in e.attributes.items()
                         if name.endswith(("type", "kind")) and lemma[0] in a.values), None)
            if kind is not None:
                return kind, lemma
        if loose and len(lemma) > 1 and lemma[-1] in LOOSE_HEADS:   # "one dataset version" -> dataset
            for i in range(len(lemma) - 1, 0, -1):
                key = self.phrase_entity.get(lemma[:i]) or self.phrase_entity.get(lemma[i - 1:i])
                if key and key != owner:
                    return key, ()
        return None, None

    # ---------------------------------------------------------------- pass 2
    def read(self):
        subject = None
        for s in self.sentences:
            subject = self._sentence(s, subject)
            self.sentence_subject[id(s)] = subject
        def key_of(phrase):
            return self.entity_of(phrase)[0]
        acts = frozenset(verb for noun, verb, *_ in self.interactions if self.phrase_entity.get((noun,)))
        for s in self.sentences:
            if id(s) in self.record_sentences:
                continue                        # the header's record refers to each party (relations.py)
            links.link(s, key_of, self._relate, self._stated, self._retract, self.sentence_subject.get(id(s)),
                       self._associate)
            clause_rules.clause_references(s, key_of, lambda s=s: self.sentence_subject.get(id(s)), self._relate,
                                           self._stated, self._retract, self._associate, self.sentences, acts)
            parties = [key_of(q) for q in clauses.starting_parties(s)[1]] if "when" in s.words else []
            for a in parties:                   # ("a ride starts when a rider unlocks a bike": both the ride's,
                for b in parties:               # neither the other's)
                    if a and b and a != b:
                        self._retract(a, b)
            if "into" in s.words:
                clause_rules.put_into(s, key_of, self._stated)
            clause_rules.saved_to(self, s)      # "others save them to collections"
            clause_rules.kept_with_parties(s, key_of, self._stated, self._retract)
            relative.read_held_in(self, s)      # "the stage each deal is in"
            if "each" in s.words or "every" in s.words:
                relative.read_each_ones(self, s)    # "the kegs each batch fills"
                each_made.read(self, s)             # "each attempt a climber makes on a problem, with …"
            verb_roles.read(self, s)            # "reported by one user, assigned to another"
            relative.read_owned_doer(self, s)   # "the vaccinations my pet has had"
            if "them" in s.words:               # "Owners list boats. Sailors charter them for a week."
                n = self.position[id(s)]
                pronoun_objects.read(self, s, self.sentences[n - 1] if n else None)
            occasions.read_occasions(self, s)   # "every time I water or repot them"
            checks_at.read_checks_at(self, s)   # "at each session a nurse screens every donor, recording …"
            phrasal.read_phrasal_acts(self, s)   # "members check in at a gym"
            read_acts_at(self, s)               # "also attendance at rehearsals"
            relative.read_which_does_which(self, s)   # "which supplier sells which ingredient at what price"
            if " by " in s.text():
                clause_rules.done_by_one(s, key_of, self.sentence_subject.get(id(s)), self._stated)
            clause_rules.read_handed_out(self, s)   # "assign a truck to each load", "assign rooms to housekeepers"
            had_with.read(self, s)              # "a patient has an appointment with a doctor": the appointment's
            becomes.read(self, s)               # "a quote becomes a job when …": the job's quote
        for s in self.sentences:
            seen_when.read(self, s)             # "I want to see when my permit expires" (a record's sentence too)
            depends_on.read(self, s)            # "a monthly fee that depends on the livery package"
            marked_done.read(self, s)           # "the crew marks it cleaned with the date and the method"
            priced_at.read(self, s)             # "each lot is sold to one buyer at a hammer price"
            weighed.read(self, s)               # "fleeces, which we weigh and grade when they arrive"
            their_own.read(self, s)             # "owners book appointments for their dogs": each dog's owner
        weighed.read_acts(self)                 # "carers weigh every hedgehog daily": each weighing's weight
        for noun, verb, subj, obj, s in self.interactions:
            key = self.phrase_entity.get((noun,))
            at = next((i for i, t in enumerate(s.tokens) if w.verb_lemma(t.text) == verb or t.text == verb), len(s.tokens))
            said = at - 1
            while said > 0 and (s.words[said] in w.MODALS or s.words[said] in ("not", "never", "only", "also")):
                said -= 1                            # ("I can not book the same class twice": the speaker's)
            charge = (noun, id(s)) in self.charges
            a = self.entity_of_words(subj)[0] if subj else \
                None if s.words[said:said + 1] in (["who"], ["we"], ["i"]) or charge else \
                self.sentence_subject.get(id(s))   # ("As the administrator I want to invoice parents": the
            #                                        business charges them; no invoice is the administrator's)
            #                                    ("As a coach, I want to see who signed up": not the coach; "we
            #                                    credit each subscriber": the speaker is no thing)
            if a is None and not subj and s.words[at - 1:at] == ["who"] and (q := s.phrase_at(at - 2)) is not None and \
                    q.end == at - 1:
                a = self.entity_of(q)[0]             # "members who follow threads": the members
            if a is None and subj == ("user",):      # "cooks publish recipes, and others rate them": other cooks
                a = next((k for k in map(lambda p: self.entity_of(p)[0], s.phrases)
                          if k is not None and self.spec.entities[k].words[-1] in lexicon.person_nouns()), None)
            b = self.entity_of_words(obj)[0]
            a = a or relative.asked_doer(self, s, said, b)   # "we mark who attended each session": the students
            c = places.placed_in(s, verb, obj, self.entity_of)
            if c is not None and b is not None and lexicon.holds_people(b) and not lexicon.holds_people(c):
                a = c                                # "enroll students in classes": students and classes
            elif c is not None and key is not None and c not in (a, b, key) and b is not None and (
                    self.spec.entities[key].words[-1] not in LENT_ACTS or
                    places.placed_in(s, verb, obj, self.entity_of, places.PUT_TO)):   # (not "tenants rent flats
                #                                                    in buildings": where the flats are)
                self._relate(key, c, None, owned=True)   # "exhibitors enter their animals into classes": the class too
            if key is not None and a is not None and b is None and key != a:
                self._relate(key, a, None, owned=True)   # "members pay monthly fees": what is paid is no thing
                continue
            if key is not None and a is None and b is not None and key != b and (s.words[at - 1:at] in (["we"], ["i"]) or
                                                                                 charge):
                if not any({key, b} == {x, y} for x, y, _ in self.spec.many_to_many):   # (not "… one hire can
                    self._relate(key, b, None, owned=True)   # include several costumes"; "we credit each subscriber …")
                if not charge:
                    continue                             # (a charge goes on: the fields after it are the charge's,
                a = b                                    # "… to invoice each shoot with an invoice number, …")
            if key is not None and a is None and not subj and b is not None and key != b and \
                    s.words[at - 1:at] == ["for"]:          # "an app for booking courts": the court's, and the
                self._relate(key, b, None, owned=True)   # one kind of people the text keeps, if one
                people = [k for k in self.spec.entities if lexicon.holds_people(k)]
                a = people[0] if len(people) == 1 and people[0] != b else None
            if key is None or a is None or b is None or key in (a, b):
                continue
            if charge:
                pass                                 # (related above: no agent)
            elif a == b:
                agent, patient = AGENT_ROLES.get(verb, (None, "related"))
                self._relate(key, a, agent, owned=True)
                self._relate(key, b, patient, owned=True)
            else:
                for end in (a, b):               # (not one when it includes several: "can one loan include several
                    if not any({key, end} == {x, y} for x, y, _ in self.spec.many_to_many):   # tools? Yes.")
                        self._relate(key, end, None, owned=True)
            if money_to(s, at) is not None:
                self.spec.entities[key].attribute("amount")   # "pledge money to campaigns": how much
            if verb in ("like", "follow", "bookmark", "favorite", "favourite", "vote") or self._once(verb):
                self.spec.entities[key].pair_unique = True      # ("a member can only review a book once")
            # "... review products, giving a star rating" / "collaborate on my show with a role of ..."
            obj_end = next((p.end for p in s.phrases if p.lemma == obj and p.start > at), None)   # (not "them")
            when = s.next_phrase(obj_end + 1) if obj_end is not None and s.words[obj_end:obj_end + 1] == ["for"] else None
            if when is not None and when.start <= obj_end + 2 and when.det in ("a", "an", "the") and \
                    when.head in w.WHEN_FIELDS and not when.plural and len(when.words) >= 2:   # (a named date: "for a
                #                                                       date and an hour" is the booking's time)
                self.spec.entities[key].attribute(w.snake(when.words))   # "order cakes for a pickup date"
            if obj_end is not None and s.words[obj_end:obj_end + 1] in (["i"], ["we"], ["they"]) and \
                    obj_end + 1 < len(s.tokens) and s.tags[obj_end + 1] == tx.VERB:
                obj_end += 2                       # "rate a class I attended from 1 to 5": past its relative clause
            where = s.next_phrase(obj_end + 1) if obj_end is not None and obj_end < len(s.tokens) and \
                s.tags[obj_end] == tx.PREP and s.words[obj_end] not in ("from", "on", "with") else None
            if where is not None and where.start <= obj_end + 2 and s.words[where.end:where.end + 1] in (["from"], ["("]):
                obj_end = where.end                # "score the films in competition from 1 to 10"
            if obj_end is not None and obj_end < len(s.tokens) and (s.tokens[obj_end].text in ("(", "from", "on") or
                                                                    s.tags[obj_end] == "NUMBER" or
                                                                    s.tokens[obj_end].text == ":" and criteria(s, obj_end)[0]):
                obj_end = self._act_range(key, noun, s, obj_end)   # "rate couriers (1-5 stars)", "… from 1 to 5"
            second = s.next_phrase(obj_end) if obj_end is not None and s.words[obj_end:obj_end + 1] in (["a"], ["an"]) else None
            obj_end = second.end if second is not None and second.start == obj_end + 1 else obj_end   # ("lend a guest a bike")
            obj_end = tx.past_place(s, obj_end) if obj_end is not None else None   # ("book vendors (…) for each
            #                                                               wedding with the agreed fee")
            if obj_end is not None and s.words[obj_end:obj_end + 2] == [",", "once"] and "," in s.words[obj_end + 1:]:
                obj_end = s.words.index(",", obj_end + 1)   # (", once per recipe, with …": said once, _once)
            if obj_end is not None and obj_end < len(s.tokens):
                nxt = s.tokens[obj_end:obj_end + 2]
                if nxt[0].text == "with" or (len(nxt) == 2 and nxt[0].text == "," and nxt[1].text in ("giving", "with")):
                    before = set(self.spec.entities[key].attributes)
                    self._attributes(key, s, obj_end + (1 if nxt[0].text == "with" else 2))
                    timed = self._timed_object(s, at, verb)
                    owners = {self.entity_of(q)[0] for q in s.phrases if q.possessive and q.start > obj_end}
                    for name in set(self.spec.entities[key].attributes) - before:   # the act's fields, not
                        for side in {b} | ({a} if timed else set()):                # the object's ("apply to
                            if side not in owners:                                 # jobs with a CV") nor, said
                                self.spec.entities[side].attributes.pop(name, None)   # when, the doer's (but
                    #                                                   "the borrowing workshop's contact person")
                else:                              # "register for courses each semester and receive a grade"
                    k = next((j for j in range(obj_end, min(len(s.tokens), obj_end + 5))
                              if s.tokens[j].text in ("receive", "get", "earn", "give", "leave", "pay", "write",
                                                      "add", "choose", "pick", "select")), None)   # ("register for
                    #                                       an event and choose a ticket tier (standard or VIP)")
                    given = s.next_phrase(k + 1) if k is not None else None
                    if k is not None and s.tokens[k - 1].text == "and" and \
                            not self.phrase_entity.get((INTERACTIONS.get(w.verb_base(s.tokens[k].text)),)) and \
                            not (given is not None and given.plural and self.entity_of(given)[0]) and \
                            not (k + 1 < len(s.tokens) and tx.participle_like(s.tokens[k + 1].text)):
                        #                                 ("… and get notified when it is available": no field;
                        #                                  "… and leave reviews": things of their own)
                        self._attributes(key, s, k + 1)
        self._ordered_things()
        for noun, participle in self.act_dates:
            key = self.phrase_entity.get((noun,))
            if key is not None and (participle.endswith("ed") or participle == "due") and \
                    not self._date_said(self.spec.entities[key], participle):   # (not again: "the return date")
                self.spec.entities[key].attribute(f"{participle}_on").hint = "date"   # "and when": married_on
        self.kind_fields()
        self._listed()
        for lemma, period in self.periods.items():
            key, role = self.entity_of_words(lemma)
            if key is not None and not role:
                self.spec.periods.setdefault(key, period)
        self._late_uniques()
        value_sets.close_fields(self.spec, [found for s in self.sentences for found in value_sets.sets_in(s)],
                                value_sets.in_one(self))
        self.mentions = {k: v for k, v in self.mentions.items() if v[0] is not None}   # (kinds closed while
        #                                          reading name things now: "the dogs")
        self._unmodelled(key_of)
        self.spec.assumptions += [f"the {whole} is the whole the text is about (there is one), not a table"
                                  for whole in self.wholes]
        return self.spec

    def _once(self, verb):
        """Does a sentence say the verb is done only once to a thing ('a member can only review a book
        once', 'each student may vote once per election')? (Once per verb: a text may hold thousands.)"""
        if verb not in self._once_said:
            self._once_said[verb] = uniqueness.said_once(self.sentences, verb)
        return self._once_said[verb]

    def _act_range(self, key, noun, s, start):
        """A range after what is rated ("rate the courier (1-5 stars)", "rate products from 1 to 5", "on a
        scale of 1 to 10") bounds the rating's own value, or each criterion's ("score submissions on
        innovation, execution and presentation (1-10 each)"); returns the index after it."""
        named, at = criteria(s, start)
        if named:
            end = self._act_range(key, noun, s, at)
            rated = self.spec.entities[key]
            bounds = rated.attributes.get(knowledge.ATTRIBUTES.get(noun, ("",))[0].rstrip("!"))
            for words in named:
                attr = rated.attribute(w.snake(words))
                attr.low, attr.high = (bounds.low, bounds.high) if bounds is not None else (None, None)
            return end
        if s.tokens[start].text == "(":
            end = tx.after_parenthesis(s.tokens, start)
            m = rx(r"^(\d+) (?:-|to) (\d+)\b").match(" ".join(t.text for t in s.tokens[start + 1:end - 1]))
        else:
            m = rx(r"^(?:from |on a scale (?:of|from) |(?=\d))(\d+) (?:-|to) (\d+)\b").match(
                " ".join(t.text for t in s.tokens[start:start + 8]))
            end = start + len(m.group(0).split()) if m else start
            if m and end < len(s.tokens) and s.tags[end] == tx.NOUN and w.is_plural(s.words[end]):
                end += 1                       # ("rates a recipe 1-5 stars": the unit)
        fields = knowledge.ATTRIBUTES.get(noun, ())
        if m and fields and int(m.group(1)) < int(m.group(2)):
            attr = self.spec.entities[key].attribute(fields[0].rstrip("!"))
            attr.low, attr.high = int(m.group(1)), int(m.group(2))
        return end

    def _ordered_things(self):
        """'courses have lessons in a fixed order': each lesson has its place (sort_order), unless a pair
        table holds the place ('a setlist (songs in order)': a song is in many setlists, _in_order)."""
        for s in self.sentences:
            for p in s.phrases if " order" in (text := s.text()) or " sequence" in text else ():
                k = tx.after_parenthesis(s.tokens, p.end) if s.words[p.end:p.end + 1] == ["("] else p.end
                if not p.plural or k >= len(s.tokens) or not tx.in_order_at(s, k):
                    continue                     # ("lessons (title, duration) in order")
                key, role = self.entity_of(p)
                if key and not role and not any("sort_order" in e.attributes and any(
                        r.source == e.key and r.target == key for r in self.spec.relations)
                                                for e in self.spec.entities.values()):
                    self.spec.entities[key].attribute("sort_order").hint = "count"

    def _listed(self):
        """The things each list of the text names, in its order, as entity keys (spec.listed)."""
        for lemmas in self.lists:
            keys = []
            for lemma in filter(None, map(self._entity_lemma, lemmas)):   # "weekly lessons": lessons
                key, role = self.entity_of_words(lemma)
                if key is not None and not role and key not in keys:
                    keys.append(key)
            if len(keys) >= 2:
                self.spec.listed.append(tuple(keys))
        for lemma in self.each_logged:
            key, role = self.entity_of_words(lemma)
            if key is not None and not role:
                self.spec.logged.add(key)

    def _unmodelled(self, key_of):
        """Nothing silently lost: a phrase related to a table that is neither a table nor a field is
        listed in the header, with why."""
        fields = {name for e in self.spec.entities.values() for name in e.attributes}

        def is_field(phrase):
            lemma = self._entity_lemma(phrase.lemma)
            return lemma is None or lemma[-1] in ATTRIBUTE_WORDS or w.snake(lemma) in fields or \
                w.snake(lemma[-1:]) in fields
        seen = []
        for s in self.sentences:
            for p in clause_rules.unmodelled(s, key_of, is_field, lambda s=s: self.sentence_subject.get(id(s))):
                name = " ".join(p.words)
                if name not in seen and " ".join(p.lemma) not in (" ".join(map(w.singular, x.split())) for x in seen):
                    seen.append(name)           # (once: not "dogs, dog")
        if seen:
            self.spec.unmodelled = seen[:12]

    def _sentence(self, s, previous):
        junctions.read(self, s)                  # "memberships link users to workspaces with a role"
        judged_for.read(self, s)                 # "judges score each sculpture for creativity and technique"
        occasions.read_what_done(self, s)        # "record what I sow in each bed, with …"
        occasions.read_how_done(self, s)         # "record how each object was acquired: the date, …"
        logged.read_repeated(self, s)            # "with a reading entered for each meter every month"
        occasions.read_when_used(self, s)        # "when we use parts on a work order we record …"
        occasions.claim_fields(self, s)          # "… and when I service them, with the cost"
        occasions.read_for_each_sent(self, s)    # "send ambulances to an incident …, for each ambulance sent, …"
        subject, subject_phrase = self._subject(s, previous)
        if subject and s.block not in self.block_topic:
            self.block_topic[s.block] = subject
        subject = self._read_lists(s, subject, subject_phrase, previous)
        timed.read(self, s, subject)             # "a walk happens at a scheduled time, lasts a number of minutes"
        when_fields.read(self, s)                # "each section meets on a weekday at a time"
        if " at " in (text := s.text()) or " in " in text or " on " in text:
            places.located_fields(self, s, subject)   # "each station is at an address"
        if labelled.labels(s):
            labelled.read(self, s)               # "recipes are tagged (vegan, quick, …)": tags, no field
        else:
            self._status_sentence(s, subject)
        if "(" in s.words:
            value_sets.set_on(self, s)           # "… and set a priority (low, medium, urgent)"
            value_sets.named_with_owner(self, s)   # "…, booking status (pending, confirmed or cancelled)"
            value_sets.counted_property(self, s)   # "courses at three levels (beginner, intermediate, …)"
        self._flags(s, subject)
        return subject or previous

    def _read_lists(self, s, subject, subject_phrase, previous):
        """Attribute lists and relations of one sentence; returns the sentence's subject."""
        toks, tags = s.tokens, s.tags
        if s.context is not None and s.first:
            ctx_subject, _ = self._subject(s.context, previous)
            if ctx_subject and not (subject_phrase and toks[subject_phrase.end:subject_phrase.end + 1]
                                    and toks[subject_phrase.end].text == ":" and subject):
                self._attributes(ctx_subject, s, 0)
                return ctx_subject
        at = fragments.fields_opener(s) if subject_phrase is not None and s.phrases[0] is subject_phrase else None
        if subject and at is not None:
            return fragments.read_placed(self, s, subject, at)   # "Stock levels per bin and item (…)"
        labelled = fragments.participle_label(s) if subject and s.phrases and s.phrases[0] is subject_phrase else None
        if labelled is not None:                        # "Vaccinations given during a visit: vaccine name, …"
            if (place := self.entity_of(labelled[1])[0]) not in (None, subject):
                self._relate(subject, place)
            self._attributes(subject, s, labelled[0] + 1)
            return subject
        topic = self.block_topic.get(s.block)
        if subject is None and (topic or previous) and (not s.first and fragments.bare_fields(self, s) or
                                                        fragments.values_of_a_field(s)):
            self._attributes(topic or previous, s, 0)   # "Parts. … Part number (unique), description, …";
            return topic or previous                    # "invoices per order. invoice number, issue date, …";
            #                                             "issues: title, …" over "status (open, closed)"
        if subject_phrase is not None and subject_phrase.start == 0 and subject_phrase.plural and not s.item and \
                s.words[subject_phrase.end:subject_phrase.end + 1] == [":"] and self._is_section(s, subject_phrase.end + 1):
            subject = subject_phrase = None              # "online courses: instructors create courses …": a title
            #                                              (a list item's label names its records: "- Loans: …")
        # "For each pet: its name, ..." / "- farms: name, location" / "Donors (first name, ...)"
        for i, t in enumerate(toks):
            colon = tx.after_parenthesis(toks, i) if t.text == "(" and subject_phrase and i == subject_phrase.end \
                else len(toks)                            # (only there: each scan runs to the end when unclosed)
            if subject and subject_phrase and i == subject_phrase.end and colon < len(toks) and \
                    toks[colon].text == ":":              # "Audit event (every action on an envelope): event type, …"
                for p in s.phrases:
                    if i < p.start < colon and not p.plural and p.det in ("a", "an", "one", "the"):
                        key, role = self.entity_of(p)
                        if key and key != subject and not role:
                            self._relate(subject, key)
                self._attributes(subject, s, colon + 1)
                return subject
            if t.text == "(" and subject and subject_phrase and i == subject_phrase.end and \
                    subject_phrase.head in lexicon.person_nouns() and tx.person_kinds(toks[i + 1:colon - 1]):
                break                                      # "Vendors (florist, caterer, …) have": kinds (below)
            if t.text == "(" and subject and subject_phrase and i == subject_phrase.end and (
                    self._kinds_named(s, subject, subject_phrase, i, colon) or subject_phrase.plural and (
                        fragments.open_list(toks[i + 1:colon - 1]) and
                        fragments.examples(toks[i + 1:colon - 1], s.tags[i + 1:colon - 1]) or
                        subject_phrase.head in lexicon.act_nouns() and fragments.acts_listed(toks[i + 1:colon - 1]))):
                #                                            ("activities (archery, canoeing, crafts)", "ingredients (malt,
                self._attributes(subject, s, colon)        # hops, …) have a supplier", "ticket types (day pass,
                #                                            VIP) with a price": what follows the examples
                self._relations(s, subject, len(toks), start=colon)
                return subject
            if t.text in (":", "(") and subject and subject_phrase and i == subject_phrase.end and \
                    not (t.text == ":" and self._unit_of(s, subject_phrase)):
                if t.text == ":":
                    self._each_in_each(s, subject, i)
                self._attributes(subject, s, i + 1, closing=")" if t.text == "(" else None)
                rest = self._skip_paren(toks, i) if t.text == "(" else 0
                if t.text == "(" and s.words[rest:rest + 1] in (["with"], ["have"], ["has"]):
                    self._attributes(subject, s, rest + 1)        # "Items (books, DVDs) with title, year, …"
                elif t.text == "(":
                    fragments.next_with_fields(self, s, rest)       # "members (name, email), events (title, date)"
                self._relations(s, subject, len(toks), start=rest, record=subject if t.text == ":" else None)
                return subject
        # "it logs metrics: the metric name, ...", "a source: the person ..., with their name"
        for p in s.phrases:
            aside = toks[p.end].text == "-" and ("-" in s.words[p.end + 1:] or tx.clause_at(s, p.end + 1)) \
                if p.end < len(toks) else False
            listed = s.next_phrase(p.end + 1) if p.end + 1 < len(toks) else None
            if listed is not None and listed.start == p.end + 1 and listed.plural and listed.end < len(toks) and \
                    toks[listed.end].text == "with" and not w.field_word(listed.head) and tx.after_preposition(s, p):
                continue                                # ("a tracker for my parents: readings with …": the title's
                #                                         people, then things with fields of their own)
            if p.end < len(toks) and toks[p.end].text == ":" and criteria(s, p.end)[0]:
                continue                                # ("every taster scores each coffee: aroma, body (0-10 each)":
                #                                         what each rating scores, _act_range)
            if p.end < len(toks) and toks[p.end].text in (":", "-") and p.start > 0 and not aside:
                key, role = self.entity_of(p)           # (a dash that another closes is an aside; "routes -
                #                                         setters set routes on walls" opens a clause)
                g = tx.governor(s, p)
                held = s.phrase_at(g - 1) if key is None and toks[p.end].text == ":" and g > 0 and \
                    toks[g].text in ("in", "at", "on") else None
                if held is not None and held.end == g and held.det in ("every", "each") and self.entity_of(held)[0] \
                        and not self.entity_of(held)[1]:
                    key = self.entity_of(held)[0]       # "record every car in the fleet: plate, …": the cars'
                    self._attributes(key, s, p.end + 1)
                    return subject
                if key and not role and key != subject:
                    k = tx.governor(s, p)
                    if k >= 0 and tags[k] == tx.VERB and tags[k + 1] == tx.PREP and k + 1 < p.start:
                        k += 1                           # ("sensors hang over a bench: model, …": a place)
                    first = s.phrase_at(k - 1) if k > 0 and toks[k].text in ("and", "or") else None
                    if first is not None and first.end == k:
                        k = tx.governor(s, first)        # ("a result for a sample and an assay: …": both places)
                    if k >= 0 and tags[k] == tx.PREP and toks[k].text != "of":   # "upload episodes to a show:
                        #                                         title, …" (not "a log of harvests: which plot, …")
                        obj = next((q for q in reversed(s.phrases) if q.end <= k and (q.plural or q.det in
                                                                                      ("every", "each") or
                                                                                      q.lemma in self.instances or
                                                                                      q.end == k and toks[k].text == "per" or
                                                                                      q.det in ("a", "an") and
                                                                                      tags[tx.governor(s, q)] == tx.VERB)
                                    and self.entity_of(q)[0]), None)   # "record every payment against a lease:
                        topic = self.block_topic.get(s.block)
                        if obj is not None and "what" in s.words[obj.end:k] and topic not in (None, key):
                            obj = None                   # "Harvests. Members log what they harvested from
                            self._relate(topic, key)     # their plot: the crop, …": the paragraph's thing
                            key = topic
                        if obj is not None:
                            self._relate(self.entity_of(obj)[0], key)
                            if first is not None and self.entity_of(first)[0] not in (None, key) and \
                                    not self.entity_of(first)[1]:
                                self._relate(self.entity_of(obj)[0], self.entity_of(first)[0])
                            key = self.entity_of(obj)[0]
                    opening = s.next_phrase(1) if toks[0].text in ("on", "for", "at", "during") else None
                    if opening is not None and opening.start <= 2 and opening.end < p.start and \
                            self.entity_of(opening)[0] not in (None, key) and not self.entity_of(opening)[1]:
                        self._relate(key, self.entity_of(opening)[0])   # "on a work order the mechanics log
                        #                                                  their labour - who, …": the order's
                    if not self._relate_parties(key, fragments.when_parties(s, p.start)):
                        self._relations(s, subject, p.start + 1)   # ("When a donor gives blood at a session, we
                        #                                            record a donation: …": its donor and session)
                    self._attributes(key, s, p.end + 1)
                    self._fields_in_parentheses(s)   # ("rooms (name, …), and the outcome of each game: …")
                    return subject
            if p.end + 2 < len(toks) and toks[p.end].text == "of" and self.entity_of(p)[0] and \
                    (p.plural or p.det in ("each", "every")):
                q = s.next_phrase(p.end + 1)
                if q is not None and q.start <= p.end + 2 and self.entity_of(q)[0] and \
                        self.entity_of(q)[0] != self.entity_of(p)[0]:
                    self._relate(self.entity_of(p)[0], self.entity_of(q)[0])     # "photographs of objects"
                    dash = next((k for k in range(q.end, min(len(toks), q.end + 4)) if toks[k].text == "-"), None)
                    if dash is not None:
                        self._attributes(self.entity_of(p)[0], s, dash + 1)
        # "for each pet we log ...": the sentence's subject refers to the pet
        for p in s.phrases:
            if subject and p.start >= 2 and toks[p.start - 1].text in ("each", "every") and toks[p.start - 2].text == "for" \
                    and toks[0].text != "as" and s.words[p.start - 3:p.start - 2] != ["responsible"]:
                #                                   (not "As a librarian, I want to see for each request …", nor "a
                #                                    supervisor is responsible for each shift": the shift's)
                key, _ = self.entity_of(p)
                made = s.phrase_at(p.start - 3)      # ("writes a report for every field": the report's)
                if key and key != subject and (made is None or self.entity_of(made)[0] in (None, subject)):
                    self._relate(subject, key)
        nominalized.relate(self, s)
        for p in s.phrases:
            if p.end + 1 < len(toks) and toks[p.end].text == "(":
                key, _ = self.entity_of(p)
                inner = toks[p.end + 1:self._skip_paren(toks, p.end) - 1]
                names = [t for t in inner if t.kind == "word"]
                if not key or not names or ATTRIBUTE_WORDS & {t.text for t in inner} or tx.lowercase_fields(inner) or \
                        p.end in clause_rules.typed_by_clause(s) or \
                        fragments.kept_each(s, p) or all(t.orig.islower() for t in names) and \
                        tx.VERB in s.tags[p.end + 1:p.end + 1 + len(inner)]:
                    continue                     # ("linked to other issues (blocks, relates to)": kinds of link)
                if all(t.orig[:1].isupper() for t in names[:2]):
                    if "name" not in self.spec.entities[key].attributes:
                        self.spec.entities[key].attribute("name").unique = True   # "(Technology, Comedy, ...)"
                elif (p.plural or any(t.text == "or" for t in inner)) and (any(t.text == "or" for t in inner) or tx.plural_kinds(inner) or all(
                        t.text.endswith("ing") or w.is_plural(t.text) for t in names) or (
                        tx.person_kinds(inner) and p.head in lexicon.person_nouns()) or (
                        all(t.orig.islower() for t in names) and len(names) == 1 + sum(t.text in (",", "or", "and")
                                                                                  for t in inner) and not (
                            p.head in lexicon.person_nouns() and not any(t.text == "or" for t in inner) and
                            not any(t.text in lexicon.adjectives() for t in names)))) and \
                        "type" not in self.spec.entities[key].attributes:   # (people's kinds are people or
                    #                           said by adjectives: "speakers (bio, photo)" has fields, "caterers
                    #                           (vegan, halal, kosher)" kinds)   # ("assets (laptops, phones, monitors)",
                    #                                                         "bicycles (road, mountain, gravel)")
                    values, _ = value_list(s, [], 0, [i for i in range(p.end + 1, p.end + 1 + len(inner))])
                    values = clean_values(values)
                    if len(values) >= 2:                                          # "accounts (checking, savings or credit card)"
                        self.spec.entities[key].attribute("type").values = tuple(values)
                elif "," in {t.text for t in inner} and "name" not in self.spec.entities[key].attributes:
                    self.spec.entities[key].attribute("name").unique = True
        colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
        if colon is not None and "(" in s.words[:colon] and ")" not in s.words[s.words.index("(") :colon]:
            colon = None                         # ("storage locations (shelf code, zone: ambient, …)": inside)
        if colon is not None and (id(s), colon) in self.claimed_with:
            colon = None                         # ("record how each object was acquired: …": the act's, read)
        if subject and colon is not None and colon + 1 < len(toks) and tags[colon + 1] in (tx.DET, tx.NOUN, tx.ADJ) \
                and toks[colon - 1].text not in ("stages", "states", "statuses", "phases", "steps"):   # (values)
            first_item = []
            for t, g in zip(toks[colon + 1:], tags[colon + 1:]):
                if t.text == ",":
                    break
                first_item.append(g)
            unit = s.phrase_at(colon - 1)
            kept = self._unit_of(s, unit) if unit is not None and unit.end == colon else None
            if kept is not None and subject_phrase is s.phrases[0] and \
                    s.words[subject_phrase.end:subject_phrase.end + 1] in (["get"], ["gets"], ["are"], ["is"]) and \
                    tags[subject_phrase.end + 1:subject_phrase.end + 2] == [tx.VERB]:
                kept = None                      # "plots get rented to members per season: plot number, …": the plots'
            act = next((k for j in range(colon) if tags[j] == tx.VERB and (k := INTERACTIONS.get(
                w.verb_lemma(toks[j].text) or "")) in self.spec.entities and k != kept), None) if kept is not None else None
            kept = act or kept                   # ("guests book rooms for some nights: arrival date, …": the bookings')
            if kept is not None:                 # "we track merch sales per gig: item, qty, total"
                if self.entity_of(unit)[0] not in (None, kept):
                    self._relate(kept, self.entity_of(unit)[0])
                self._attributes(kept, s, colon + 1)
                self._fields_in_parentheses(s)   # ("rooms (name, …), and the outcome of each game: …")
                return subject
            described = s.next_phrase(colon + 1)
            if described is not None and described.start <= colon + 2 and described.end < len(toks) and \
                    toks[described.end].text == "with" and self.entity_of(described)[0] not in (None, subject):
                pass                             # "I want to manage my menu: dishes with a name, …": the dishes'
            elif tx.VERB not in first_item and tx.AUX not in first_item:
                self._relations(s, subject, colon)
                if not criteria(s, colon)[0]:    # (what each rating scores: _act_range)
                    self._attributes(subject, s, colon + 1)
                return subject
        self._fields_in_parentheses(s)
        for field, thing in fragments.fields_per_thing(s) if " per " in s.text() or " for e" in s.text() else ():
            key, role = self.entity_of(thing)
            if key and not role and not self.entity_of(field)[0]:   # "get a QR code per ticket"
                self.spec.entities[key].attribute(w.snake(field.words))
        chosen = fragments.own_choice(s)
        if chosen is not None and self.entity_of(chosen[0])[0] and not self.entity_of(s.next_phrase(chosen[1]))[0]:
            self._attributes(self.entity_of(chosen[0])[0], s, chosen[1])   # "each learner sets a daily goal"
        listed = clause_rules.fields_after_object(s, self.entity_of) if "," in s.words else None
        if listed is not None and self.entity_of(listed[0])[0] and not self.entity_of(listed[0])[1]:
            self._attributes(self.entity_of(listed[0])[0], s, listed[1])   # "guests belong to a couple, RSVP …"
        if subject is None and toks and toks[0].text in ("when", "whenever", "while", "if", "during"):
            subject = previous
        started, parties = clauses.starting_parties(s) if "when" in s.words else (None, [])
        if not (parties and self._relate_parties(self.entity_of(started)[0], parties)):
            co_subjects.relate_each(self, s, subject)   # ("A ride starts when a rider unlocks a bike …": the
            #                                              ride's rider and bike; "waiters and chefs work at …")
        self._attribute_clauses(s, subject)
        if " on a " in s.text() or " at a " in s.text():
            dated.read_dated_acts(self, s, subject)
        if subject and rx(r"\b(?:at|on|for) (?:a|an|the) (?:given |specific |certain |set |particular )?date and time\b").search(s.text()):
            act = next((self.phrase_entity.get((INTERACTIONS[w.verb_base(x) or x],)) for x, g in zip(s.words, s.tags)
                        if g == tx.VERB and (w.verb_base(x) or x) in INTERACTIONS), None) or \
                next((k for c in clauses.clauses(s) if c.verb in INTERACTIONS and not c.passive and c.direct is not None
                      and c.direct.head not in lexicon.person_nouns()
                      for k in (self.entity_of(c.direct)[0],) if k is not None), None) or \
                next((k for c in clauses.clauses(s) if not c.passive and c.direct is not None and
                      c.direct.head not in lexicon.person_nouns() and c.direct.end < len(toks) and
                      s.words[c.direct.end] in ("at", "on", "for", "of")
                      for k in (self.entity_of(c.direct)[0],) if k is not None and not lexicon.holds_people(k)), None)
            #    ("book viewings"; "schedule sessions at a date and time", "… performances of a production at …":
            #     when the thing is, not the one who schedules it)
            booked = self.spec.entities[act or subject]
            booked.attributes.pop("time", None)         # (the list's "at a date and time" is when it starts)
            booked.attribute("starts_at").hint = "timestamp"   # (the booking's)
        if subject and rx(r"\bhow many (?:were|are|was|is|get|got|have been) \w+").search(s.text()):
            self.spec.entities[subject].attribute("quantity").hint = "count"
        return subject

    def _relate_parties(self, owner, phrases):
        """The owner refers to each other thing the phrases name — the parties of the clause of 'when' it
        opens or follows; True when there was one (then the sentence's other references are not read)."""
        parties = [k for k in (self.entity_of(q)[0] for q in phrases) if k not in (None, owner)]
        for party in parties:
            self._relate(owner, party)
        return bool(parties)

    def _each_in_each(self, s, subject, colon):
        """'Stock: quantity of each product in each warehouse': the labelled thing is the pair of the two
        (it refers to both, one row each)."""
        toks = s.tokens
        k = next((j for j in range(colon + 1, min(len(toks) - 4, colon + 6)) if toks[j].text == "of" and
                  toks[j + 1].text in ("each", "every")), None)
        first = s.next_phrase(k + 2) if k is not None else None
        if first is None or first.start != k + 2 or first.end + 2 >= len(toks) or \
                toks[first.end].text not in ("in", "at", "per", "for", "on") or toks[first.end + 1].text not in ("each", "every"):
            return
        a, b = self.entity_of(first)[0], self.entity_of(s.next_phrase(first.end + 2))[0]
        if a and b and len({a, b, subject}) == 3:
            self._relate(subject, a, owned=True)
            self._relate(subject, b, owned=True)
            self.spec.entities[subject].pair_unique = True
            self.pair_tables.add(subject)        # (it replaces a plain reference between the two: finish)

    def _kinds_named(self, s, subject, phrase, open_at, close):
        """'ticket types (day pass, weekend pass, VIP)': a table of kinds with its rows in parentheses;
        the rows are the values of its name (no field is named among them). True when so read."""
        inner = s.tokens[open_at + 1:close - 1]
        if phrase.plural and phrase.head not in KIND_NAMES and kinds_then_fields(s, open_at, s.tokens[open_at + 1:close]):
            self.spec.entities[subject].attribute("type").values = tuple(clean_values(re.split(
                r",|\bor\b|\band\b", " ".join(t.orig for t in inner))))
            return True                           # "checkpoints (kickoff, midpoint, handover) with a due date": kinds
        if not phrase.plural or phrase.head not in KIND_NAMES or "," not in {t.text for t in inner} or \
                ATTRIBUTE_WORDS & {t.text for t in inner} or any(
                    w.field_word(t.text) or t.text in lexicon.property_nouns() or t.text in lexicon.measure_nouns()
                    for t in inner):              # ("classes (style, level, day and time)": fields)
            return False
        values = clean_values([x.strip() for x in re.split(r",|\bor\b|\band\b", " ".join(t.orig for t in inner))
                               if x.strip()], singular=False)
        if len(values) < 2:
            return False
        self.spec.entities[subject].attribute("name").values = tuple(values)
        return True

    def _unit_of(self, s, p):
        """The entity kept per or for p ('we track merch sales per gig: item, …' -> merch_sale): a
        preposition before p, and a plural thing (or 'each'/'every' one) before that; or None."""
        k = tx.governor(s, p)
        if k <= 0 or s.tokens[k].text not in ("per", "for"):
            return None
        return next((self.entity_of(q)[0] for q in reversed(s.phrases) if q.end <= k and (
            q.plural or q.det in ("every", "each")) and self.entity_of(q)[0] and not self.entity_of(q)[1]), None)

    _paren_start = staticmethod(tx.after_open)
    _skip_paren = staticmethod(tx.after_parenthesis)


def extract(description):
    """The Spec of a description: column lists read as such (technical.py), the rest as English."""
    text, written = schema_sources.split(layout.bullets(description))
    text, tables = technical.split(layout.flatten(text))
    tables = written + tables
    preset = [technical.lemma(t.name) for t in tables]
    ex = _extracted(text, preset, tables)
    kept = kept_mentions.kept(ex) if not tables else []    # (tables written out are all the tables asked for)
    if kept:
        ex = _extracted(text, preset + kept, tables, ex.sentences)
    found = titles.titles(ex) if tables else []
    return titles.dropped(ex.finish(), found)


def _extracted(text, preset, tables, sentences=None):
    """The extractor, having read the text with preset's lemmas known as things before it starts."""
    ex = Extractor(text, sentences)
    ex.preset = preset
    ex.discover()
    ex.read()
    technical.apply(ex, tables, type_words, clean_values)
    return ex

