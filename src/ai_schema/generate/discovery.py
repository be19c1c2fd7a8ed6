"""The extractor's first pass: which noun phrases are things, from how the text talks about them
(list headers, subjects of "has", "each X", "many X", "X belongs to Y", verbs between two
phrases), voted over every sentence and merged where two spellings name one thing."""


from . import clause_rules, clauses, constructions, divided_into, each_in_list, each_made, fragments, in_several, junctions, lexicon, logged, occasions, \
    pronoun_objects, sent_to_each, stated_things, title_lists, value_sets, wishes
from .cues import (ATTRIBUTE_VERBS, HAVE, GENERIC_HEADS, PERSON_ENTITIES, ASSOCIATION_VERBS, VERSION_WORDS, TRACKING, ATTRIBUTE_WORDS,
                   CREATION_VERBS, INTERACTIONS, AUDIT, PUTTING_VERBS, WE_RECORD, LIGHT_VERBS, rx)
from . import text as tx
from .links import made_of_occasions
from . import words as w
from .field_names import STORED_AS, type_words
from .candidates import CandidateMerging
from .kinds import KindReading
from .phrase_shapes import PhraseShapes, short_items
from .counted import KEPT_WITH, CountedHeads
from .app_lists import ListedThings
from .whole import wholes
from .acts_at import acts_at
from .entity_names import PERIODIC, entity_lemma
from ..ddl.naming import STATUS_NAME
from .attributes import CONTAINERS
from .named_twice import named_twice
from .one_reference import IDENTIFYING
from .subject_votes import FIELD_SAID, SubjectVotes
from .value_statements import closed_field_of


# words that name one record or version of the thing before them ("a family account", "a conference
# edition", "a member profile"), not a part of it ("an order line")
_INSTANCE_WORDS = frozenset("account edition profile record entry instance listing".split())
_SAID_VERBS = frozenset("are is must should have has appears appear occurs occur can may".split())


# verbs that keep a record of what they are said of ("every change of stage is logged")
_LOGGED = frozenset("log record keep track store save audit".split())


_RATING = frozenset("rate review score grade".split())   # acts whose value is said on a scale ("1 to 5 stars")


_BE_FORMS = frozenset("is are was were be been being".split())    # before a passive participle


class EntityDiscovery(PhraseShapes, KindReading, CandidateMerging, CountedHeads, ListedThings, SubjectVotes):
    """Pass 1 of :class:`.extract.Extractor` (mixed into it; its state lives there)."""

    # ---------------------------------------------------------------- pass 1
    def discover(self):
        self.counted = frozenset(lemma[-1] for lemma in self.preset if lemma)   # a table written out is a
        for n, lemma in enumerate(self.preset):                                # thing, even "people" or "lots"
            self._vote_owner(lemma, 3)
            self.first_seen.setdefault(lemma, (-1, n))
        self.counted |= self._counted_heads()
        self.instances.update(self._kinds_then_each())   # "photos, … are uploaded …; each document has …"
        counts = {}
        for n, s in enumerate(self.sentences):
            for p in s.phrases:
                if len(p.lemma) > 1 and p.lemma[0] in PERIODIC:
                    self.periods.setdefault(p.lemma[1:], p.lemma[0])     # "a monthly budget"
                lemma = self._entity_lemma(p.lemma)
                if lemma is None or (lemma == ("part",) and s.words[p.end:p.end + 1] == ["of"]):
                    continue                         # "part of": a relation, not a thing called part
                counts[lemma] = counts.get(lemma, 0) + 1
                self.first_seen.setdefault(lemma, (n, p.start))
            self._evidence(s)
            named = fragments.named_by_next_fields(self.sentences[n - 1], s) if n else None
            if named is not None:
                self._vote(named.lemma, 3)       # "… sit a graded exam … We record the exam date, …"
            unwanted = fragments.no_table_for(s)
            if unwanted is not None:
                self._vote(unwanted.lemma, -20)  # "Admin staff too, but they do not need their own table"
        self._kinds_of_one_thing()
        for word, points in list(self.field_votes.items()):
            compounds = {lemma for lemma in counts if len(lemma) == 2 and lemma[-1] == word}
            if len(compounds) == 1:                  # "apply a discount code …; each code has a percentage"
                self._vote(next(iter(compounds)), points)
        persons = lexicon.person_nouns()
        if self.candidates.get(("user",), 0) < 3:
            for lemma, points in self.doers:     # "a pharmacist fills a prescription" (with no users,
                self._vote(lemma, points)        # whose roles people are: "an editor assigns a reviewer")
        people = [x for x, v in self.candidates.items() if v >= 2 and x[-1] in persons]
        if len(people) == 1 and self.candidates[people[0]] == 2 and people[0] in self.acting:
            self._vote(people[0], 1)             # "a ladder where players challenge …": the only people, who act
        if self.people_act and not any(v >= 3 and lemma[-1] in persons for lemma, v in self.candidates.items()):
            self._vote(("user",), 3)             # "people upload photos": nobody else is named, so users
        heads = {}
        for lemma, c in counts.items():
            heads[lemma[-1]] = heads.get(lemma[-1], 0) + c
        for lemma, c in counts.items():
            if c >= 3 or (len(lemma) == 1 and heads.get(lemma[0], 0) >= 3):
                self._vote(lemma, 1)
        for lemma in wholes(self.sentences):
            if self.candidates.pop(lemma, None):   # "the clinic needs to track pets …": the business itself
                self.wholes.append(" ".join(lemma))
        kinds = self._kinds_said()
        self.kind_words = frozenset(kind[0] for kind in kinds)
        for kind in kinds:
            if self.candidates.get(kind, 0) <= 3:
                self.candidates.pop(kind, None)  # "the animals are either dogs or cats … walk the dogs": kinds
        for lemma in _only_counted(self.sentences):
            self.candidates.pop(lemma, None)     # "we record how many hours each volunteer worked": a count
        # votes for "ticket" count for "maintenance ticket" and the other way round
        self.raw = dict(self.candidates)
        pooled = dict(self.candidates)
        for a, va in self.candidates.items():
            for k in range(1, len(a)):             # each proper suffix: lemmas are at most three words
                b = a[-k:]
                vb = self.candidates.get(b)
                if vb is not None:
                    pooled[a] = pooled.get(a, 0) + vb
                    pooled[b] = max(pooled.get(b, 0), va + vb) if va >= 2 else pooled.get(b, 0)
        self.candidates = pooled
        self._merge_candidates()

    def _labelled_lines(self):
        """How many of the text's one-sentence lines open with a plural label and a colon ('customers: …',
        'reviews: …'): three or more make the text notes, each label a table."""
        if self.labelled_lines is None:
            blocks = {}
            for x in self.sentences:
                blocks[x.block] = blocks.get(x.block, 0) + 1
            self.labelled_lines = sum(1 for x in self.sentences if blocks[x.block] == 1 and x.words[1:2] == [":"] and
                                      x.phrases and x.phrases[0].start == 0 and x.phrases[0].plural)
        return self.labelled_lines

    def _after_a_label(self, s):
        """Does the sentence before, in the same paragraph, open with a plural label and a colon too?"""
        before = self._sentence_before(s)
        return before is not None and len(before.tokens) > 2 and \
            before.words[1:2] == [":"] and bool(before.phrases) and before.phrases[0].plural

    def _served(self, s, p):
        """'handles cases for clients', 'we build websites for customers': people a verb's plural object is
        for (the object is a thing of the text's)."""
        q = s.phrase_at(p.start - 2)
        return q is not None and q.plural and q.start > 0 and s.tags[q.start - 1] in (tx.VERB, tx.DET) and \
            self._entity_lemma(q.lemma) is not None and (s.tags[q.start - 1] == tx.VERB or (
                q.start > 1 and s.tags[q.start - 2] == tx.VERB))

    def _had(self):
        """Words the text gives as one field of something ('every member has a name, … and a rank'): a
        sentence on them later ('Ranks are firefighter, …') closes that field, it names no thing."""
        if self._had_words is None:
            had = set()
            for s in self.sentences:
                first = next((i for i, x in enumerate(s.words) if x in ("has", "have")), None)
                if first is not None:
                    had.update(p.head for p in s.phrases if p.start > first + 1 and p.det in ("a", "an") and
                               not p.plural and len(p.words) == 1 and s.words[p.start - 2] in (",", "and", "has", "have"))
            self._had_words = frozenset(had)
        return self._had_words

    def _entity_lemma(self, lemma):
        """The lemma an entity would be named by, or None for words that never name one. A table's
        name written out is its name ("line_item" stays a line item)."""
        lemma = self.instances.get(tuple(lemma), tuple(lemma))
        return lemma[-3:] if lemma in self.preset else entity_lemma(lemma, self.counted)

    def _vote(self, lemma, points):
        named = self._entity_lemma(lemma)
        if named:
            self.candidates[named] = self.candidates.get(named, 0) + points
        elif len(lemma) == 1 and points > 0:        # "each code has …" after "a discount code": the compound's
            self.field_votes[lemma[0]] = self.field_votes.get(lemma[0], 0) + points

    def _vote_owner(self, lemma, points):
        """A vote from a construction that gives the phrase fields of its own ('people with their birth
        dates'): then even 'people' names a table (person), which alone it does not."""
        if tuple(lemma) in (("person",), ("people",)):
            self.candidates[("person",)] = self.candidates.get(("person",), 0) + points
        else:
            self._vote(lemma, points)

    def _people_had(self, s):
        """'each truck has a driver', 'a piece has a composer': a person a thing has is one of the people
        the text keeps (a person is no field), unless the text keeps people in general (users, members …),
        whose role the person is ('a message has a sender')."""
        if self.people_in_general is None:        # (once per text)
            self.people_in_general = any(x.head in PERSON_ENTITIES for y in self.sentences for x in y.phrases
                                         if x.plural or x.det is None)
        if self.people_in_general:
            return
        things = [p for p in s.phrases if p.det in ("each", "every", "a", "an") and p.head not in lexicon.person_nouns()]
        for p in s.phrases:
            k = p.start - 1
            k -= k >= 2 and s.words[k - 1] in ("exactly", "only") and s.words[k - 2] in ("has", "have")   # ("has
            #                                                                             exactly one teacher")
            if p.det in ("a", "an", "one") and not p.plural and p.head in lexicon.person_nouns() and (
                    len(p.lemma) == 1 or len(p.lemma) == 2 and p.lemma[0] in lexicon.adjectives()) \
                    and k >= 1 and s.words[k - 1] in ("has", "have") and s.words[k] in ("a", "an", "one", "exactly", "only") and \
                    any(q.end == k - 1 for q in things) and \
                    not any(q.plural and q.head in lexicon.person_nouns() for q in s.phrases if q.start > p.end):
                self._vote(p.lemma[-1:], 3)      # (not "each group has an instructor and 6 kids": its members;
                #                                    "one responsible teacher" is one of the teachers)

    def _evidence(self, s):
        toks, tags, phrases = s.tokens, s.tags, s.phrases
        if not phrases:
            return
        first = phrases[0]
        lead = all(tags[i] in (tx.DET, tx.QUANT, tx.ADJ, "PUNCT") for i in range(first.start))
        after = first.end + (1 if first.possessive else 0)
        nxt = toks[after].text if after < len(toks) else ""
        fragments.parenthesized(s, self._vote)
        self._people_had(s)
        if s.item and first.start == 0 and first.plural and nxt in ("against", "for", "on") and \
                (q := s.next_phrase(after + 1)) is not None and q.start <= after + 2 and not q.plural and \
                q.head not in lexicon.measure_nouns() and first.head not in w.FIELD_NOUNS:
            self._vote(first.lemma, 3)           # "- Payments against an appointment, …": an item names a thing
        field = s.next_phrase(after) if first.possessive and lead else None
        if field is not None and field.start == after and not field.plural and field.end < len(toks) and (
                (w.field_word(field.head) or STATUS_NAME.search(field.head)) and
                toks[field.end].text in ("is", "can", "must", "may", "will", "has", "should") or
                field.head in CONTAINERS and toks[field.end].text in HAVE):
            self._vote(first.lemma, 3)           # "A ticket's severity is minor, major or critical": the ticket;
            #                                      "an employee's record holds their hire date, …": the employee
        owner = s.next_phrase(first.end + 1) if lead and not first.possessive and s.words[first.end:first.end + 1] == \
            ["of"] and (w.field_word(first.head) or STATUS_NAME.search(first.head)) else None
        if owner is not None and owner.start <= first.end + 2 and owner.end < len(toks) and not owner.possessive and \
                toks[owner.end].text in ("is", "are", "can", "must", "may") and owner.det in ("a", "an", "each", "every"):
            self._vote(owner.lemma, 3)           # "The severity of a ticket is one of …": the ticket
        for owner, _ in fragments.its_owners(s):
            self._vote(owner.lemma, 2)           # "join a club and see its upcoming group runs": the club has them
        for k in (k for k, x in enumerate(s.words) if x in ("contain", "contains", "comprise", "comprises") and tags[k] == tx.VERB):
            q = s.next_phrase(k + 1)             # "modules contain lessons", "…, which contain lessons": parts
            if q is not None and q.start == k + 1 and q.plural and len(q.lemma) == 1 and not w.field_word(q.head) and \
                    s.words[q.end:q.end + 1] in ([], ["."], [","], [";"], ["and"]) and q.head not in ATTRIBUTE_WORDS:
                self._vote(q.lemma, 3)
        for group, members in fragments.counted_members(s):
            self._vote(group.lemma, 3)           # "Teams of 2-5 participants": the teams and
            self._vote(members.lemma, 3)         # their members
        fragments.participle_labelled(s, self._vote)
        fragments.possessed_things(s, self._vote)
        junctions.vote(s, self._vote)
        in_several.vote(s, self._vote)           # "an object can be in several exhibitions"
        sent_to_each.vote(s, self._vote)         # "assign movers and a truck to each job"
        divided_into.vote(s, self._vote)         # "each restaurant has its own cellar, divided into racks"
        occasions.vote(s, self._vote)            # "a visit each time a driver clears a driveway"
        if (happened := fragments.made_happen(s)) is not None:
            self._vote(happened.lemma, 3)          # "When we hold a concert, we note the venue …"
        if "them" in s.words:                    # "Owners list boats. Sailors charter them for a week."
            n = self.position[id(s)]
            pronoun_objects.vote(self, s, self.sentences[n - 1] if n else None)
        for act, _ in acts_at(s):
            self._vote(act.lemma, 3)             # "also attendance at rehearsals"
        for p in phrases:
            if s.words[p.end:p.end + 2] in (["that", "has"], ["which", "has"], ["that", "have"], ["which", "have"]) \
                    and not p.possessive and ("," in s.words[p.end + 2:p.end + 12] or "and" in s.words[p.end + 2:p.end + 12]):
                self._vote(p.lemma, 3)               # "belongs to a property that has an address and a landlord"
            logged_noun = logged.logged_mass(s, p)   # "users log work against an issue: minutes spent, …"
            if logged_noun and len(p.lemma) == 2 and not tx.participle_like(p.lemma[1]):
                self._vote(p.lemma, 3)               # ("we log fuel usage per van with …": the usage, a row each)
            elif logged_noun:
                self.instances[p.lemma] = (logged_noun, "log")
                self._vote((logged_noun, "log"), 3)
            if p.lemma in (("profile",), ("account",)) and p.det in ("a", "an", "their") and p.start >= 2 and \
                    tags[p.start - 2] == tx.VERB and first.end == p.start - 2 and first.plural and \
                    first.head in lexicon.person_nouns():
                self.instances[p.lemma] = first.lemma   # "volunteers create a profile with their name, …": theirs
            elif p.lemma in (("profile",), ("account",)) and p.det in ("a", "an", "my") and s.words[:1] == ["as"] and \
                    first is not p and first.start <= 2 and first.head in lexicon.person_nouns() and \
                    s.words[p.end:p.end + 1] == ["with"] and p.start >= 2 and tags[p.start - 1] in (tx.VERB, tx.DET):
                self.instances[p.lemma] = first.lemma   # "As a student I want an account with a unique username":
                #                                         the student's own record
        self._heading(s)
        # "Trips are the core table:" followed by list items
        if toks[-1].text == ":" and lead and first.plural and any(x.context is s for x in self.sentences):
            self._vote(first.lemma, 2)
        # "As a creator, I ..."
        if len(toks) > 3 and toks[0].text == "as" and first.start <= 2:
            self._vote(first.lemma, 2)
        # list headers: "- farms: name, location", "Donors (first name, ...)", "… . Customers: name, email."
        fields_follow = nxt == ":" and ((first.plural and first.start == 0) or first.det in ("every", "each")) and \
            (ATTRIBUTE_WORDS & set(s.words[after:]) or self._after_a_label(s) or
                                                     short_items(s, after + 1) and not value_sets.labelled_sets(s))
        #                                      ("every job: one cleaner at one client on a date"; "Users: email.
        #                                       Posts: title. Comments: post, author, text.": labels in a row)
        closed = tx.after_parenthesis(toks, after) if nxt == "(" else len(toks)
        inside = s.words[after + 1:closed - 1] if nxt == "(" else []
        values = nxt == "(" and (s.context is not None or "or" in inside) and not (   # "plan (free, team or
            closed < len(toks) and toks[closed].text == ":")
        #                                        enterprise)"; "applicants (companies or people): name, …" heads fields
        if (s.first or fields_follow) and lead and nxt in (":", "(") and not first.possessive and not values:
            named_app = any(p.head in GENERIC_HEADS and p.det in ("a", "an") for p in phrases[1:])
            # ("- Loans: a member borrows an item …": a plural label of a list item, or of a line under
            # another label's, names the records)
            section = nxt == ":" and not ((s.item or self._labelled_lines() >= 3) and first.plural and
                                         first.start == 0) and (
                self._is_section(s, after + 1) or bool(title_lists.title_list(s)) or (
                    not first.plural and self._clause_after(s, after + 1)) or (
                s is self.sentences[0] and not first.plural and after + 1 < len(toks) and
                (tags[after + 1] in (tx.VERB, tx.PRON) or toks[0].text in ("a", "an") or named_app or
                 _things_with_fields_at(s, after + 1))) or (   # ("lawn care round: gardens with an address, …")
                s is self.sentences[0] and after + 1 < len(toks) and     # "Product requirements: Field Inspection App"
                all(t.orig[:1].isupper() or t.kind != "word" for t in toks[after + 1:])) or (
                after + 1 >= len(toks) and not first.plural and _labels_under(self.sentences, s)))   # ("Coworking:"
            #                                                      over "- Members: name, …", "- Desks: …": a title)
            # "household energy tracker: log the readings …", "A staff directory: employees with …",
            # "Product spec: ConfDesk, a conference management system": a title over a sentence (a header
            # that names a thing has no article: "Customer: name, email")
            if not section:
                self._vote(first.lemma, 3)
        # "Articles can be draft, published or archived" / "Categories with parent-child" ("levels are
        # beginner, intermediate and advanced" lists a field's values: relations.py)
        if lead and first.plural and not first.possessive:
            rest = " ".join(s.words[first.end:])
            field = STATUS_NAME.search(first.head) and first.head != "category" or \
                w.singular(first.head) in self._had() or \
                self._field_of_named(first, rest)   # ("every member has … a rank. Ranks are …")
            if rx(r"^(?:can|may|must|will)? ?(?:be|are|is) (?:either )?(?:a |an )?[\w-]+(?: [\w-]+)?(?: ,| or\b)").match(rest) \
                    and not field or rx(r"^(?:, )?with\b").match(rest):
                self._vote(first.lemma, 3)
        initials = self._subject_votes(s)   # "Products have …", "customers place orders"
        for lemma, points, owning in stated_things.votes(s, len(self.sentences) == 1):
            (self._vote_owner if owning else self._vote)(lemma, points)   # ("record how each object was acquired",
            #                                  "a route is identified by a short name", "meter readings for our flat")
        for p in phrases:
            if p.head in VERSION_WORDS and p.end + 2 < len(toks) and toks[p.end].text == "of":
                q = s.next_phrase(p.end + 1)
                if q is not None and q.start <= p.end + 2 and rx(r"\b(each|every)$").search(" ".join(s.words[max(0, p.start - 1):p.start])):
                    self._vote(q.lemma, 3)
        for p in phrases:
            if _passive_agent(s, p) or _opponent(s, p):
                self._vote(p.lemma, 3)             # "patients are fitted with hearing aids by an audiologist",
                #                                    "each match against another club"
            if p.head in VERSION_WORDS and p.end + 1 < len(toks) and toks[p.end].text == "of":
                continue
            after_p = toks[p.end].text if p.end < len(toks) else ""
            # "it logs metrics: the metric name, ...", "write condition reports: the object, ..."
            titled = s is self.sentences[0] and (not p.plural and (p.start == 1 or (   # "A staff directory: …",
                len(title_lists.title_list(s)) >= 2 and tx.VERB not in tags[:p.start])) or (   # "an app for a dog
                tags[0] == tx.VERB and title_lists.is_title(s, p)) or (
                p.start >= 2 and tags[p.start - 2] == tx.PREP and (q := s.next_phrase(p.end + 1)) is not None and
                q.start <= p.end + 2 and q.end < len(toks) and tags[q.end] in (tx.VERB, tx.AUX)))   # walking business:
            #                              clients, their dogs, walkers …"; "Track my investments: accounts at brokers,
            #                              holdings …"; "race timing for a marathon: runners get …": a title, a clause
            if after_p in (":", "-") and p.start > 0 and tags[p.start - 1] in (tx.VERB, tx.DET) and \
                    (p.plural or p.det in ("a", "an") or logged.kept_log(s, p)) and not titled and \
                    p.head not in ("stage", "state", "status", "phase", "step") and \
                    not (p.head in lexicon.measure_nouns() and p.det in ("some", "several", "a few", "many")):
                #                          ("go through these stages: …"; "book rooms for some nights: …": a length)
                listed = {t.text for t in toks[p.end:]}
                self._vote(p.lemma, 3 if p.plural or ATTRIBUTE_WORDS & listed or logged.kept_log(s, p) else 2)
            if "-" in s.words[p.end:p.end + 5] and \
                    rx(r"(?:of \w+ )?(?:as well )?- ").match(" ".join(s.words[p.end:p.end + 5]) + " ") and \
                    p.start > 0 and tags[p.start - 1] == tx.VERB and p.plural:
                self._vote(p.lemma, 3)
            if p.start > 1 and toks[p.start - 1].text in ("with", "the") and \
                    w.verb_base(toks[p.start - 2].text if toks[p.start - 1].text == "with" else
                                toks[max(0, p.start - 3)].text) in ASSOCIATION_VERBS and p.plural:
                self._vote(p.lemma, 1)
            if p.start >= 2 and s.words[p.start - 1] == "of" and \
                    s.words[p.start - 2] in ("hierarchy", "tree", "list", "catalogue", "catalog"):
                self._vote(p.lemma, 2)
            said, before = tx.numbered_by(s, p)
            if said and before >= 0 and s.words[before] in ("in", "into", "on"):
                self._vote(p.lemma, 3)             # "stored in numbered folders": things told apart by a number
            if p.plural and p.start >= 3 and w.is_plural(s.words[p.start - 2 - (tags[p.start - 1] == tx.QUANT)]) and \
                    made_of_occasions(s, s.phrase_at(p.start - 2 - (tags[p.start - 1] == tx.QUANT)), p):
                self._vote(p.lemma, 3)             # "courses of weekly sessions": occasions a whole is made of
            if p.start >= 2 and s.words[p.start - 1] == "of" and p.plural and \
                    s.words[p.start - 2] in ("log", "history", "register", "record", "records", "journal") or (
                        p.start >= 3 and s.words[p.start - 2] == "of" and s.words[p.start - 1] in ("any", "each", "every")
                        and s.words[p.start - 3] in ("log", "note", "record", "register") and not p.plural and
                        s.words[p.end:p.end + 2] in ([",", "with"], ["with"])) or (
                        p.start >= 4 and s.words[p.start - 1] == "of" and p.plural and      # "keep a library of
                        s.words[p.start - 2] in w.COLLECTIONS | {"stock"} and              # songs": the songs
                        (adj := int(s.tags[p.start - 3] == tx.ADJ and p.start >= 5)) >= 0 and   # ("a small stock of")
                        s.words[p.start - 3 - adj] in ("a", "an", "our", "the") and
                        w.verb_base(s.words[p.start - 4 - adj]) in ("keep", "maintain", "build", "manage", "have")):
                self._vote(p.lemma, 3)             # "we keep a log of harvests: …", "a note of any deferral, with
                #                                    the reason": the harvests are the
                self._vote((s.words[p.start - 2 - (s.words[p.start - 2] == "of")],), -3)   # rows, the log is
                #                                                                      the table they make
            said = p.det in ("a", "an", "each", "every", "the") and s.words[p.end:p.end + 1] and \
                s.words[p.end] in _SAID_VERBS and FIELD_SAID.match(" ".join(s.words[p.end:p.end + 5]))
            if said:
                continue                           # "every plate number is distinct": a field of something
            if initials[p.start] and p.det in ("a", "an", "each", "every") and \
                    p.end < len(toks) and tags[p.end] in (tx.VERB, tx.AUX):
                self._vote(p.lemma, 1)
                if rx(r", (?:can |may |also )?(?:has|have|includes?|contains?)\b").search(" ".join(s.words[p.end:])):
                    self._vote(p.lemma, 1)         # "A loan goes to ..., can include ..., has a start date"
                elif p.head in lexicon.act_nouns() and sum(q.start > p.end for q in phrases) >= 3:
                    self._vote(p.lemma, 2)         # "a transfer moves a quantity of one product from one bin to
                    #                                another bin": an act that ties things together is kept
                elif clauses.starts_when(s, p):
                    self._vote(p.lemma, 2)         # "a session starts when a driver plugs in": a thing in time
            if p.start > 0 and (tags[p.start - 1] == tx.VERB or tags[p.start - 1] in (tx.QUANT, "NUMBER") and
                                tags[clauses.before_count(s, p.start)] == tx.VERB or tags[p.start - 1] == tx.ADJ and
                                tags[tx.governor(s, p)] == tx.VERB) and p.plural:
                for q in [p] + self._coordinated(s, p):   # ("weighs incoming drop-offs")
                    self._vote(q.lemma, 1)
            if p.plural and s.words[p.end:p.end + 1] in (["in"], ["on"], ["at"]) and \
                    s.words[p.end + 1:p.end + 2] in (["each"], ["every"]) and p.head not in lexicon.measure_nouns():
                self._vote(p.lemma, 3)             # "all units in each of my buildings": kept per building
            if p.start > 1 and toks[p.start - 1].text in ("has", "have") and p.plural and p.det is None and \
                    p.head in lexicon.person_nouns() and phrases[0] is not p and phrases[0].end < p.start and \
                    tags[phrases[0].start - 1:phrases[0].start] != [tx.PREP]:
                self._vote(p.lemma, 3)             # "shows have hosts and episodes": the hosts are people of theirs
            if p.start > 0 and toks[p.start - 1].text in ("so", "and", "but", ";", "then") and \
                    p.end < len(toks) and tags[p.end] in (tx.VERB, tx.AUX) and p.plural and \
                    not FIELD_SAID.match(" ".join(s.words[p.end:p.end + 5])):
                self._vote(p.lemma, 2)
            last = s.words[p.start - 1] if p.start else ""      # cheap guards before the patterns
            before = " ".join(s.words[max(0, p.start - 3):p.start]) if last in ("each", "every", "as", "of", "into") or p.start <= 2 else ""
            if (last in ("each", "every") and rx(r"\b(for each|for every)$").search(before)) or \
                    (p.start <= 2 and before in ("for", "for a", "for an")) or \
                    (p.start == 2 and before in ("during a", "during an") and p.head in lexicon.occurrence_nouns() and
                     any(tags[j] == tx.VERB and w.verb_base(toks[j].text) in w.NOTING_VERBS
                         for j in range(p.end + 1, min(len(toks), p.end + 6)))):
                self._vote(p.lemma, 3)             # ("During an inspection the inspector records …")
            elif last == "the" and p.start >= 4 and s.words[p.start - 4:p.start - 1] in (
                    ["a", "record", "of"], ["a", "log", "of"]) and not p.plural and \
                    p.head in lexicon.occurrence_nouns():
                self._vote(p.lemma, 3)             # "… we pay every consignor and keep a record of the payment"
            elif last in ("each", "every") and len(p.lemma) == 1 and p.head in lexicon.measure_nouns() and \
                    s.words[p.end:p.end + 1] not in ([":"], ["has"], ["with"]):
                pass                               # "the occupancy of each room every night": how often
            elif last in ("each", "every"):       # "which songs we practise at each rehearsal": a thing
                self._vote(p.lemma, 3 if p.start > 1 and (s.words[p.start - 2] in ("at", "in", "during", "on") or (
                    s.words[p.start - 2] == "of" and p.start > 2 and (s.words[p.start - 3] in w.FIELD_NOUNS or
                                                                       _listed_fields_before(s, p.start - 2)))) and
                           p.head not in lexicon.measure_nouns() and p.head not in ("case", "step", "stage") or
                           p.start == 1 and s.words[p.end:p.end + 1] == [":"] or closed_field_of(s, p) or
                           _done_to_each(s, p) else 2)
                #                                   ("Each subtitle file: …"; "the result of every game is a win, …")
                #                                   ("the end date of each assignment": what has the field)
            if (p.many and (p.plural or s.words[p.start - 3:p.start] == ["more", "than", "one"]) or
                    p.det in ("many", "several", "multiple")) and not (   # ("works at more than one gym")
                    len(p.lemma) == 1 and p.head in lexicon.measure_nouns() and p.start > 0 and tags[p.start - 1] == "NUMBER"):
                q = p.start - 1                    # back over the quantity: "has 1 to 5 tags", "has up to 3"
                #                                    (not "200 or 400 metres": a length)
                while q > 0 and (tags[q] in (tx.QUANT, "NUMBER", tx.DET) or toks[q].text in
                                 ("to", "up", "or", "-", "of", "than", "more", "least", "at")):
                    q -= 1
                if 0 < q < p.start - 1 and tags[q] == tx.VERB and toks[q - 1].text in _BE_FORMS:
                    continue                       # "it is performed many times": how often, no object
                if p.start >= 3 and s.words[p.start - 2] == "to" and tags[p.start - 1] == tags[p.start - 3] == "NUMBER" \
                        and any(w.verb_lemma(x) in _RATING for x in s.words[:p.start]):
                    continue                       # "review the order once, with 1 to 5 stars": a rating's scale
                self._vote(p.lemma, 1)
                if q > 0 and toks[q].text in ("and", ","):   # "a project has a name and many tasks": the list's verb
                    q = next((j for j in range(q - 1, -1, -1) if tags[j] in (tx.VERB, tx.AUX) or toks[j].text in
                              (";", ":", "with")), q)
                if q >= 0 and q < p.start - 1 and toks[q].text in ("has", "have", "contains", "contain", "includes", "with",
                                                                   "include", "owns", "own", "holds", "hold", "keeps",
                                                                   "keep"):
                    self._vote(p.lemma, 2)         # "each device has many readings"
                elif q >= 0 and q < p.start - 1 and tags[q] == tx.VERB and w.verb_lemma(toks[q].text) not in \
                        ("be", "have", "need", "want", "see", "like") and first is not p and first.end <= q and not first.plural and \
                        first.det in ("a", "an", "each", "every") and first.head not in GENERIC_HEADS:
                    self._vote(first.lemma, 2)     # "can a student take several courses?": the student too
                    if p.det in ("several", "multiple") or p.many:
                        self._vote(p.lemma, 2)     # "each guide speaks several languages": the languages too
            if last == "as" and rx(r"\b(recorded|stored|kept|logged|modelled|modeled|tracked) as$").search(before) \
                    and not type_words(" ".join(s.words[p.start - 1:p.end + 6])) and \
                    not _ALTERNATIVES.match(" ".join(s.words[p.start:])):   # ("stored as decimal(10,2)"; "logged
                self._vote(p.lemma, 3)             # as accepted, rejected or deferred": values)
            lead = p.start - 1                     # the article, before adjectives ("write a short report")
            while lead > 1 and tags[lead] == tx.ADJ:
                lead -= 1
            lead = lead if s.words[lead] in ("a", "an", "one") else p.start - 1
            with_a = not p.plural and s.words[p.end:p.end + 1] == ["with"] and s.words[p.end + 1:p.end + 2] in (["a"], ["an"])
            fielded = with_a and p.det is None and (q := s.next_phrase(p.end + 1)) is not None and \
                q.head not in lexicon.thing_nouns() and q.head not in lexicon.person_nouns()   # (a value, no thing)
            lead = p.start if with_a and p.det is None and p.start == lead + 1 and tags[lead] == tx.VERB else lead
            named = s.words[lead] in ("a", "an", "one") or with_a and (s.words[lead] == "the" or lead == p.start)
            #                                        ("writes up the consultation with a diagnosis …")
            made = lead - 1                        # ("submit only one rating per match")
            while made > 0 and tags[made] == tx.ADV:
                made -= 1
            if made > 2 and toks[made].text == "and" and toks[made - 2].text in ("a", "an"):
                made -= 3                          # ("leave a rating and a review": the verb's second object)
            if made > 0 and toks[made].text in w.PARTICLES and tags[made - 1] == tx.VERB:
                made -= 1                          # ("sends out an invoice")
            if named and made >= 0 and tags[made] == tx.VERB and (
                    w.verb_lemma(toks[made].text) in CREATION_VERBS or     # ("leave one review per lesson",
                    w.verb_lemma(toks[made].text) in INTERACTIONS and p.head not in lexicon.money_nouns() and
                    made == lead - 1 or                                    # "reserve a bed for some nights",
                    after_p == "with" and (p.head in lexicon.occurrence_nouns() or fielded and made == p.start - 1)):
                #                                       ("ring up a sale with …", "give feedback with a rating")
                self._vote(p.lemma, 2)
                if rx(r"(saying|that records|recording|with|listing|:|for|against|about|after)\b").match(after_p) or \
                        after_p in ("in", "at") and w.verb_lemma(toks[made].text) in INTERACTIONS or \
                        after_p == "to" and p.head in lexicon.occurrence_nouns() and \
                        (q := s.next_phrase(p.end + 1)) is not None and q.start <= p.end + 3 and \
                        q.head in lexicon.person_nouns() or \
                        rx(r", (?:saying|recording|listing|including|noting|stating|giving|which|that)\b").search(
                            " ".join(s.words[p.end:p.end + 8])):   # ("issue a ticket to a vehicle, recording …",
                    #                                                 "raises a job, which is given to a crew")
                    self._vote(p.lemma, 1)
                elif (s.words[:1] == ["as"] or made >= 1 and tags[made - 1] == tx.NOUN and
                      w.is_plural(s.words[made - 1])) and w.verb_lemma(toks[made].text) in INTERACTIONS and \
                        p.head not in lexicon.money_nouns() and \
                        INTERACTIONS[w.verb_lemma(toks[made].text)] not in lexicon.money_nouns():
                    #                              (not "pay a deposit": what is paid is the payment itself)
                    self._vote(p.lemma[1:] if "-" in p.lemma[0] and s.words[0] != "as" else p.lemma, 1)
                    #                              "As a member I want to reserve a book", "members book a
                    #                              court": what the bookings are of ("a one-hour slot": a slot)
                elif after_p in ("on", "to") and p.head in lexicon.verb_act_nouns() and \
                        w.verb_lemma(toks[made].text) in PUTTING_VERBS and \
                        (q := s.next_phrase(p.end + 1)) is not None and q.start <= p.end + 2:
                    self._vote(p.lemma, 1)         # "make an offer on an item": an act on a thing, a record
            elif p.plural and lead == p.start - 1 and tags[lead] == tx.VERB and \
                    w.verb_lemma(toks[lead].text) in PUTTING_VERBS and after_p in ("on", "to", "for") and \
                    p.head in lexicon.verb_act_nouns() and (q := s.next_phrase(p.end + 1)) is not None and \
                    q.start <= p.end + 2:
                self._vote(p.lemma, 3)             # "buyers make offers on items": the offers are records
            if last in ("every", "each") and p.end + 4 < len(toks) and toks[p.end].text == "of" and not p.plural:
                q = s.next_phrase(p.end + 1)         # "every change of stage is logged: which story, …"
                if q is not None and q.start == p.end + 1 and q.end + 1 < len(toks) and \
                        toks[q.end].text in ("is", "are") and w.verb_lemma(toks[q.end + 1].text) in _LOGGED:
                    self._vote((q.lemma[-1], p.head), 3)
            if last in ("a", "an") and p.start >= 2 and s.words[p.start - 2] in ("is", "are") and \
                    s.words[p.end:p.end + 1] == ["with"] and ATTRIBUTE_WORDS & set(s.words[p.end + 1:p.end + 12]):
                named = first if first is not p and first.end == p.start - 2 else None
                self._vote_owner((named or p).lemma, 3)   # "anyone who logs in is a person with a full name,
                #                                         …" (but "a venue is a place with a name": the venue)
            if last == "for" and p.plural and p.det is None and p.head in lexicon.person_nouns() and \
                    self._served(s, p):
                self._vote(p.lemma, 3)             # "the firm handles cases for clients": who they are for
            if last in ("of", "into") and rx(r"\b(made up of|made of|consists? of|composed of|built from|split into|divided into)$").search(before):
                self._vote(p.lemma, 3)
                if first is not p and first.start <= 1 and not first.possessive and \
                        first.det not in ("the", "our", "my") and last == "of":
                    self._vote(first.lemma, 2)     # the whole: "a concert consists of pieces" (not "the
                    #                                marina is split into docks": the place the system runs; "our
                    #                                fleet is made up of cars": the business's one)
            nxt_p = s.next_phrase(p.end + 1)
            if p.possessive or (p.end + 2 < len(toks) and toks[p.end].text == "of" and nxt_p is not None
                                and nxt_p.start == p.end + 1 and nxt_p.plural and p.det in ("a", "an")):
                self._vote(p.lemma, 1)
            # "a fixed price list of procedures (...) each with a standard price"
            k = self._skip_paren(toks, p.end) if p.end < len(toks) and toks[p.end].text == "(" else p.end
            if p.plural and k + 1 < len(toks) and toks[k].text == "each" and toks[k + 1].text == "with":
                self._vote(p.lemma, 2)
            if p.det in ("each", "every") and not p.plural and s.words[p.end:p.end + 1] == ["with"] and \
                    (q := s.next_phrase(p.end + 1)) is not None and q.start <= p.end + 3 and w.field_word(q.head):
                self._vote(p.lemma, 3)             # "pocket money - each child with a weekly allowance": a thing
                #                                    and its field
            # "the vet may carry out treatments"
            if p.plural and p.start > 1 and toks[p.start - 1].text in ("out", "up", "off") and tags[p.start - 2] == tx.VERB:
                self._vote(p.lemma, 1)
            # "Vaccinations matter a lot to us: for each pet we log ..."
            if p.plural and p.start == 0 and WE_RECORD.search(s.text()):
                self._vote(p.lemma, 1)
            # "every download of an episode is recorded with ..."
            window = s.words[p.end:p.end + 6]
            if ("is" in window or "are" in window or "be" in window) and self._clause_initial(s, p.start) and \
                    rx(r"(?:of (?:a|an|the|each) \w+ )?(?:is|are|\w+ be) (recorded|stored|logged|tracked|kept)\b").match(" ".join(window)):
                self._vote(p.lemma, 1)
            elif p is first and p.det in ("each", "every") and p.start <= 1 and \
                    p.end < len(s.words) and tx.participle_like(s.words[p.end]) and s.words[p.end + 1:p.end + 2] == ["by"] and \
                    KEPT_WITH.search(s.text()):
                self._vote(p.lemma, 3)         # "every answer given by a learner to an exercise is saved: …" (as
                #                                object_relatives reads "every answer a learner gives …")
            near = s.words[p.end:p.end + 3]
            # "classes taught by trainers", "a course run by one tutor": the agent of a participle
            if len(near) == 3 and near[1] == "by" and constructions.participle(near[0]) and not p.possessive and \
                    near[0] not in IDENTIFYING:          # (not "vehicles identified by registration": a field)
                agent = s.phrase_at(p.end + 2)
                if agent is not None and agent.start == p.end + 2 and (agent.plural or p.plural):
                    self._vote(agent.lemma, 3)
            tail = " ".join(near)
            if near[:1] == [","] and p.plural and rx(r", (which|that) (are|is|have|has)\b").match(tail):
                self._vote(p.lemma, 2)
            part = near[:3] in (["are", "part", "of"], ["is", "part", "of"])   # ("tasks are part of a project")
            if ("belong" in near or "belongs" in near or "belonging" in near) and \
                    rx(r"(?:\w+ly |also |can |must |always )?belong(?:s|ing)? to\b").match(tail) or part:
                if not fragments.plural_verb_not_its(p, near[0]):
                    self._vote(p.lemma, 2 + (near[0] == "belonging" and p.plural) + part)   # ("pets belonging to owners")
                target = s.next_phrase(p.end + 2 + part)
                for target in (target, constructions.and_one(s, target.end)) if target else ():
                    if target is not None:   # ("observers belong to local clubs", "varieties belong to a species",
                        self._vote(target.lemma, 3 if target.plural and p.plural or target.det in ("a", "an", "one") else 2)
                    #                        "each delivery belongs to a driver and a van")
        self._interactions(s)
        constructions.evidence(s, self._vote, self._vote_owner)
        if "to" in s.words:
            wishes.wanted_to_have(s, self._vote)
        role = wishes.story_role_acting(s) if s.words[:1] == ["as"] else None
        if role is not None:
            self.doers.append((role.lemma, 2))   # "as a candidate, I want to apply to an opening"
        for q in wishes.story_records(s):
            self._vote(q.lemma, 3)               # "As a contractor I want to upload the invoice for a repair"
        for q in wishes.story_objects(s):
            self._vote(q.lemma, 3)               # "As a dispatcher, I can assign a crew and a truck to each move"
        signed = wishes.registering_role(s) if s.words[:1] == ["as"] else None
        if signed is not None:
            self._vote_owner(signed[0].lemma, 3)  # "As a donor, I want to register with my blood type, …"
        if s.words[:1] in (["we"], ["i"]) and self.position[id(s)] > 0:
            wishes.fields_needed(self.sentences[self.position[id(s)] - 1], s, self._vote)
        if "with" in s.words:
            logged.logged_with_fields(s, self._vote)
        for p in title_lists.described_items(s):
            if p.head in ("person", "people"):
                self._vote_owner(p.lemma, 3)       # "…: people, their parents, birth/death dates, …": described
        for listed in (title_lists.title_list(s), constructions.opening_list(s)):
            if listed:
                self.lists.append(tuple(p.lemma for p in listed))
            for p in listed:
                if title_lists.one_each_with(s, p):
                    self._vote(p.lemma, 3)         # "Boat club: members, boats, and every outing with the date, …"
                    self.each_logged.add(p.lemma)
        if s.words and s.words[0] in w.WHEN_OPENERS:
            for i in range(4, len(toks)):
                done = fragments.when_done(s, i) if tags[i] == tx.VERB and (w.verb_base(toks[i].text) or toks[i].text) \
                    in w.KEEPING_VERBS else None
                if done is not None:
                    self._vote(done.lemma, 3)      # "When a voter casts a ballot, we record the time …", "When a
                    #                                ride ends we store the distance": what has the fields
        if "each" in s.words or "every" in s.words:
            for p in s.phrases:
                if each_in_list.done_in(s, p):
                    self._vote(p.lemma, 3)         # "cows are milked … we log the litres from each milking": records
            for p, _, _, _ in each_made.each_made(s):
                self._vote(p.lemma, 3)             # "each attempt a climber makes on a problem": a record
        for thing, _ in clause_rules.fields_after_clause(s):
            self._vote_owner(thing.lemma, 3)       # it has fields of its own
        for thing, _, _ in clause_rules.kind_after_clause(s):
            self._vote_owner(thing.lemma, 3)       # ("schedule a training at a level (junior, senior)")
        for doer, done in clause_rules.doers(s):
            agent = doer.start > 1 and s.words[doer.start - 2] == "by"
            self.doers.append((doer.lemma, 3 if done is None or agent else 2))   # ("owned by a sales rep", "each
            #                                                       message is sent in a channel by a member": 3)
            if done is not None and done.det in ("each", "every"):
                self._vote(done.lemma, 1)          # "a game master hosts each session"
        things = lexicon.handed_nouns()
        for p in clause_rules.owners_of_lists(s):
            self._vote(p.lemma, 3)                 # "routes connect two ports and have a duration"
        for p in clause_rules.one_each(s):
            self._vote(p.lemma, 3)                 # "each driver drives one vehicle at a time"
        for _, handed, recipient in clause_rules.handed_out(s):
            if any(p.head in things for p in handed):
                self._vote(recipient.lemma, 1)     # each of many gets one: the many are things too
            for p in handed:                       # "assign a truck and a driver to each load"
                if p.head in things:
                    self._vote(p.lemma, 3)
        self.people_act = self.people_act or constructions.people_act(s)
        m = TRACKING.search(s.text())
        if m and not AUDIT.search(s.text()):
            self._vote((w.singular(m.group(1)),), 3)
        self._listed_things(s)
        for p in phrases:                          # "tags stored as an array of strings": a field
            k = p.end + (p.end < len(toks) and toks[p.end].text in ("is", "are"))
            if k + 1 < len(toks) and toks[k].text in STORED_AS and toks[k + 1].text == "as" and \
                    type_words(" ".join(s.words[k + 1:k + 8])):
                self._vote(p.lemma, -4)
        self.synonyms.extend(named_twice(s, self.sentences))

    def _heading(self, s):
        """'Invoices. After an appointment we issue at most one invoice …': a paragraph headed by
        plural nouns alone is about them; each one the paragraph goes on to mention is a thing."""
        if not fragments.heading_shape(s):
            return
        body = [x for x in self.sentences if x.block == s.block and x is not s]
        for p in s.phrases:                       # ("Client companies. We store the company name, …")
            if (p.plural or w.plural(p.head) == p.head and p.det is None) and (   # (or "Aircraft.", "Sheep.")
                    any(p.head in q.lemma for x in body for q in x.phrases) or
                             any(map(fragments.field_list, body)) or   # ("Spare parts. … Catalogue number, …")
                             any(g == tx.VERB and _names_act(p.head, lexicon.verb_lemma(t) or w.verb_base(t))
                                 for x in body for t, g in zip(x.words, x.tags))):
                #                                                 ("Harvests. Members log what they harvested …",
                #                                                  "Fillings. A cask is filled from a run …")
                self._vote(p.lemma, 3)
            for q in (q for x in body for q in x.phrases):
                if p.plural and len(p.lemma) == 1 and q.lemma[:1] == p.lemma and len(q.lemma) == 2 and \
                        q.lemma[1] in _INSTANCE_WORDS:
                    self.instances[q.lemma] = p.lemma    # "Families. A family account has …": the family

    def _is_section(self, s, index):
        """'storage: freezers (...) hold boxes (...)' - the label only groups other headers;
        'Support desk: customers open tickets.' - the label titles a sentence."""
        if index < len(s.tokens) and s.tokens[index].text in ("we", "i", "you", "they", "our"):
            return True
        p = s.next_phrase(index)
        if p is None or p.start != index or p.end >= len(s.tokens):
            return False
        if s.tokens[p.end].text == "(":          # "freezers (name, room)" lists fields; "SKU (unique)" notes one
            inside = [t.text for t in s.tokens[p.end + 1:self._skip_paren(s.tokens, p.end)]]
            return "," in inside and p.plural     # ("part number (unique, from the catalog)": notes on a field)
        if s.tags[p.end] == tx.VERB and s.words[p.end + 1:p.end + 2] in (["it"], ["them"]):
            return False                          # "repair requests: tenant reports it, …": the label's own
        comma = next((k for k in range(p.end, len(s.words)) if s.words[k] == ","), None)
        if s.tags[p.end] == tx.VERB and p.det is None and not p.plural and comma is not None and \
                fragments.fieldish(s.words[comma:]):
            return False                          # "scores: archer shoots a round on a date, total score, golds":
            #                                       what happens, then the label's fields
        return s.tokens[p.end].text == ":" or s.tags[p.end] == tx.VERB


def _names_act(noun, verb):
    """Does the noun name the verb's act: the verb itself ('harvest'), WordNet's act of it ('inspection'), or its
    gerund ('filling', 'sampling')?"""
    return verb is not None and noun in (verb, lexicon.verb_act(verb), w.gerund(verb))


def _passive_agent(s, p):
    """Is p a person who does what a passive earlier in its clause says ('patients are fitted with hearing
    aids by an audiologist', 'orders are then checked by a supervisor')?"""
    k = p.start - (p.det is not None)
    if k < 3 or s.words[k - 1] != "by" or not lexicon.doer_noun(p.head) or p.possessive or \
            s.words[p.end:p.end + 1] == ["("]:
        return False                           # (not "written by a reviewer (reviewer_id referencing users.id)")
    depth = 0
    for j in range(k - 2, 0, -1):
        depth += (s.words[j] == ")") - (s.words[j] == "(")
        if depth > 0 or s.words[j] == "(":
            continue                           # ("fitted with hearing aids (make, model) by an audiologist")
        if s.words[j] in (".", ";", ",", "and", "or", "who", "which", "that"):
            return False
        if constructions.participle(s.words[j]) and s.words[j - 1] in ("is", "are", "was", "were", "be", "been",
                                                                         "get", "gets", "got"):
            return True
    return False


def _opponent(s, p):
    """Is p who an event is held against ('each match against another club', 'bouts are fought against other
    clubs'): a thing that is no person (a match, a claim) or a participle before 'against', then what it is
    against?"""
    k = p.start - (p.det is not None)
    if k < 2 or s.words[k - 1] != "against" or p.possessive or p.head in lexicon.measure_nouns() or \
            w.field_word(p.head):
        return False
    before = s.phrase_at(k - 2)
    return before is not None and before.end == k - 1 and not lexicon.doer_noun(before.head) and \
        not w.field_word(before.head) and before.head != p.head or constructions.participle(s.words[k - 2])
    #                                                   (not "a home club against an away club": two of one kind)


def _only_counted(sentences):
    """Lemmas the text names only as what it counts ('how many hours each volunteer worked', 'how many
    laps'): a number kept, no thing of its own."""
    counted, other = set(), set()
    for s in sentences:
        for p in s.phrases:
            (counted if s.words[max(0, p.start - 2):p.start] in (["how", "many"], ["how", "much"]) else
             other).add(p.lemma)
    return sorted(counted - other)


def _labels_under(sentences, s):
    """Are the items under a sentence that ends in a colon labels of their own ('- Members: name, email')?"""
    items = [x for x in sentences if x.context is s]
    return len(items) >= 2 and all(x.phrases and x.phrases[0].start == 0 and x.phrases[0].end < len(x.tokens) and
                                   x.tokens[x.phrases[0].end].text == ":" for x in items)


# "a, b or c" from here: the values of a closed set
_ALTERNATIVES = rx(r"^(?:[\w-]+(?: [\w-]+)? , )*[\w-]+(?: [\w-]+)?(?: ,)? or ")


def _done_to_each(s, p):
    """'we inspect each restaurant', 'we service every boiler once a year': our verb done to each of the things
    one by one — they are things the text keeps (they had been lost, or a domain's design put in their place)."""
    return p.start >= 3 and s.tags[p.start - 2] == tx.VERB and s.words[p.start - 3] in ("we", "i") and \
        p.head not in lexicon.measure_nouns() and not w.field_word(p.head) and \
        w.verb_base(s.words[p.start - 2]) not in LIGHT_VERBS


def _listed_fields_before(s, k):
    """Does a list a keeping verb keeps, with a field in it, end at k ('we store the title, condition and location |
    of each badge')?"""
    verb = next((j for j in range(k - 1, -1, -1) if s.tags[j] in (tx.VERB, tx.AUX) or s.words[j] in (":", ";")), None)
    if verb is None or (lexicon.verb_lemma(s.words[verb]) or s.words[verb]) not in ATTRIBUTE_VERBS | w.KEEPING_VERBS or \
            s.words[verb + 1:verb + 2] != ["the"]:
        return False
    words = s.words[verb + 1:k]
    return ("," in words or "and" in words) and fragments.fieldish(words)


def _things_with_fields_at(s, k):
    """Does a plural, then 'with' and its fields, start at k ('lawn care round: gardens with an address …')?"""
    q = s.next_phrase(k)
    return q is not None and q.start == k and q.plural and s.words[q.end:q.end + 1] == ["with"]
