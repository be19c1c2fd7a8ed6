"""Whose fields a clause lists, when the clause does not say it outright: the plural thing 'their' points
back to, the thing the last clause was about ('its'), the record of the act just done, the thing a keeping verb
acts on, the pair 'each … in each …' names, the nearest thing named before the verb. Mixed into
:class:`.attributes.AttributeReading` (the extractor's state lives there)."""

from .cues import CREATION_VERBS, HAVE, INTERACTIONS, LIGHT_VERBS, LOOSE_HEADS
from . import clauses, fragments, lexicon, phrasal, wishes
from .each_in_list import done_in
from .units import unit_nouns
from . import text as tx
from . import words as w

# verbs of keeping: what follows them, "with" fields included, is one list of the keeper's fields
KEEPING = frozenset("record log note enter track store keep show display".split())
_SUBORDINATING = frozenset("when whenever if after before once because".split())


class FieldOwners:
    """The owner finders of :class:`.attributes.AttributeReading`."""

    def _doers_occasion(self, s, i):
        """'Each visit is by one carer to one client; the carer records the arrival time …': what a person
        named again records at i belongs to the one act of the text that person takes part in (the visit's),
        not to the person; None when the person is in no act, or in several."""
        doer = s.phrase_at(i - 1)
        lemma = lexicon.verb_lemma(s.tokens[i].text) or ""
        if doer is None or doer.end != i or doer.det not in ("the", "each", "every") or doer.plural or \
                not lexicon.doer_noun(doer.head) or lemma not in w.NOTING_VERBS or lemma in ("keep", "store"):
            return None
        key, role = self.entity_of(doer)
        nxt = s.next_phrase(i + 1)
        if key is None or role or nxt is not None and nxt.start <= i + 2 and (nxt.possessive or self.entity_of(nxt)[0]):
            return None                         # ("the vet records each pet's weight": the pet's)
        acts = set()
        for before in self.sentences[:self.position.get(id(s), 0) + 1]:
            keys = {self.entity_of(q)[0] for q in before.phrases if before is not s or q.end < doer.start}
            if key in keys:
                acts |= {k for k in keys if k not in (None, key) and k.rsplit("_", 1)[-1] in lexicon.act_nouns()}
        return acts.pop() if len(acts) == 1 else None

    def _made_happen_at(self, s, i):
        """The occurrence 'When we hold a concert, we note …' or 'At each visit the vet notes …' opens with, when
        the verb at i notes, or None."""
        done = fragments.when_done(s, i) if s.words[:1] and s.words[0] in w.WHEN_OPENERS else None
        done = done if done is not None else fragments.occasion_opened(s, i)
        return self.entity_of(done)[0] if done is not None else None

    def _antecedent(self, s, i):
        """Whose fields 'their' after the verb at i lists: the plural thing before ('invite guests and
        track their RSVP and meal choice': the guests'), or None."""
        if i + 1 >= len(s.tokens) or s.tokens[i + 1].text != "their":
            return None                         # ("its" may be the subject's: "… in one session, and we store
        #                                         its position": the paper's)
        p = next((q for q in reversed(s.phrases) if q.end <= i and self.entity_of(q)[0]), None)
        g = tx.governor(s, p) if p is not None else -1
        if p is not None and not p.plural and g > 0 and s.tags[g] == tx.PREP:
            done = s.phrase_at(g - 1)             # "register players for a team and record their …": the
            if done is not None and done.end == g and done.plural and self.entity_of(done)[0] and \
                    s.tags[max(0, tx.governor(s, done))] == tx.VERB:      # players, the verb's object
                p, g = done, -1
        g = g if p is not None and p.plural else -1
        if g >= 0 and s.tags[g] == tx.PREP:       # "invite guests to weddings and track their RSVP": the
            done = next((q for q in reversed(s.phrases) if q.end <= p.start and q.plural and   # verb's object,
                         self.entity_of(q)[0] and s.tags[max(0, tx.governor(s, q))] == tx.VERB), None)   # not
            p = done or p                       # where it is done
        return self.entity_of(p)[0] if p is not None and p.plural and not self.entity_of(p)[1] else None

    def _its_owner(self, s, i):
        """Whose fields 'its' after the verb at i lists: the singular thing the last clause before was about
        ('a restaurant can be tagged with cuisines, and I want to see its name, address …': the restaurant's),
        or None."""
        if s.words[i + 1:i + 2] != ["its"]:
            return None
        said = next((c.subject for c in reversed(clauses.clauses(s)) if c.at < i and c.subject is not None and
                     not c.subject.plural and c.subject.det in ("a", "an", "the", "each", "every")), None)
        key, role = self.entity_of(said) if said is not None else (None, None)
        return key if key is not None and not role else None

    def _act_before(self, s, k):
        """'gardeners sign up for work days and log the hours they worked': what is kept after 'and'
        belongs to the record of the act the same clause made just before (the registration), or None."""
        before = self._sentence_before(s) if k == 0 else None
        said = s.words[k] in ("we", "i") and (s.words[0] in w.WHEN_OPENERS or s.words[k - 1:k] in (["and"], [";"]) or
                                              before is not None)
        #                              ("When a member borrows a tool we log …": the borrowing's; "a customer
        #                               rents a bike, and we record the start time …": the rental's; "A student
        #                               meets a supervisor; we record …": the meeting the sentence before made)
        if s.tokens[k].text != "and" and not said or w.verb_lemma(s.tokens[k + 1].text) not in KEEPING:
            return None
        for noun, _, _, _, where in reversed(self.interactions):
            key = self.entity_of_words((noun,))[0] if where is s or where is before and \
                (noun, id(before)) in self.noted_acts else None
            if key is not None:
                return key
        for noun, _, particle in phrasal.phrasal_acts(before if k == 0 else s) if before is not None or k else ():
            if k == 0 or particle < k:   # ("a warden checks in on each resident; we note the time …": the check-in's)
                self._act_entity("_".join(noun.split("-"))).words = tuple(noun.split("-"))
                return "_".join(noun.split("-"))
        done = s.phrase_at(k - 1) if s.tokens[k].text == "and" else None
        if done is not None and done.end == k and done.plural and done.head in lexicon.occurrence_nouns() and \
                done.start >= 1 and s.tags[done.start - 1 - (done.det is not None)] == tx.VERB:
            return self.entity_of(done)[0]   # "guides run tours and note the number of visitors": each tour's
        return None

    def _kept_object(self, s, i):
        """The thing a keeping or making verb before i acts on ("I want to record loans of objects to
        other institutions, with …": the loans; "submit one project per team, with a title": the
        project), or each one a verb acts on, or None."""
        for j in range(i - 1, -1, -1):
            if s.tags[j] == tx.VERB or s.words[j] in ("get", "gets", "got"):   # ("get a refund …, with …")
                if any(s.words[x] in _SUBORDINATING for x in range(j - 2, j) if x >= 0):
                    continue                # ("pay a fine when I return a book late, with …": the fine's)
                q = s.next_phrase(j + 1)
                made = w.verb_lemma(s.tokens[j].text) in KEEPING | CREATION_VERBS or q is not None and (
                    q.det in ("a", "an") and (q.head in lexicon.occurrence_nouns() or q.head in lexicon.money_nouns())
                    or q.det in ("each", "every"))   # ("signs a lease for one unit, with a start date …", "mark
                if not made:                         # each stop as delivered or failed, with a photo")
                    continue
                return q if q is not None and q.start <= j + 3 and self.entity_of(q)[0] and \
                    not self.entity_of(q)[1] else None
        return None

    def _field_of(self, s, phrase):
        """'nurses record the temperature (and blood pressure) of each patient': the thing the listed
        fields are 'of', or None."""
        while phrase is not None and not self.entity_of(phrase)[0] and phrase.end + 1 < len(s.tokens) and \
                s.tokens[phrase.end].text in (",", "and"):
            after = s.next_phrase(phrase.end + 1)
            if after is None or any(s.tags[k] not in (tx.DET, tx.ADJ, tx.CONJ, "PUNCT")
                                    for k in range(phrase.end + 1, after.start)):
                return None
            phrase = after
        if phrase is None or self.entity_of(phrase)[0] or phrase.end + 1 >= len(s.tokens) or \
                s.tokens[phrase.end].text != "of":
            return None
        owner = s.next_phrase(phrase.end + 1)
        if owner is None or owner.start > phrase.end + 2 or owner.det not in ("each", "every", "the", "a", "an", "my", "our",
                                                                              "their", "its", "his", "her"):
            return None
        key, role = self.entity_of(owner)
        return key if not role else None

    def _sub_entity(self, phrase):
        """'subcategories' of categories: a hierarchy, not an attribute (but 'subject' is a word)."""
        word = phrase.words[-1]
        if not word.startswith("sub") or len(word) < 6:
            return False
        return self.entity_of_words((word[3:],))[0] is not None

    def _when_each(self, s, i):
        """'we record when each membership expires', '… whether each order was paid': the thing the
        clause after the verb is about owns its field (or None)."""
        toks = s.tokens
        if s.words[i + 1:i + 2] not in (["when"], ["whether"], ["if"]) or s.words[i + 2:i + 3] not in (["each"], ["every"]):
            return None
        if s.words[i + 3:i + 4] == ["one"]:
            return next((self.entity_of(p)[0] for p in reversed(s.phrases) if p.end <= i and p.plural and
                         self.entity_of(p)[0]), None)    # "sell memberships … and record when each one expires"
        p = s.next_phrase(i + 3)
        return self.entity_of(p)[0] if p is not None and p.start == i + 3 and toks[p.end:p.end + 1] else None

    def _of_each(self, s, i):
        """'we keep the start and end date of each assignment', 'the deposit paid on each order': the fields after a
        keeping verb are those of each thing named after 'of each' (not of the thing before the verb)."""
        for p in s.phrases:
            if p.start > i + 2 and s.words[p.start - 2] in ("of", "on", "for", "from", "at") and done_in(s, p) and \
                    self.entity_of(p)[0] and not self.entity_of(p)[1]:
                return self.entity_of(p)[0]        # ("cows are milked … we log the litres from each milking")
            k = p.start - 3                        # ("the deposit paid on each order": past the participle)
            k -= k > i + 1 and s.words[p.start - 2] in ("on", "for") and tx.participle_like(s.words[k])
            if p.start > i + 3 and s.words[p.start - 2] in ("of", "on", "for") and s.words[p.start - 1] in ("each", "every") \
                    and not self._listed_before(s, i, p) and (s.words[k] in w.FIELD_NOUNS or s.words[k] in lexicon.money_nouns() or
                         s.words[k] in lexicon.property_nouns() or
                         (f := s.phrase_at(k)) is not None and not f.plural and not self.entity_of(f)[0] and
                         (f.det == "the" or s.words[p.start - 2] == "of")):   # ("the weight of each container", "the
                #                                                                weight and location of every parcel")
                key, role = self.entity_of(p)
                return (self._pair_in_each(s, p) or key) if key and not role else None
            if p.start > i + 2 and s.words[p.start - 1] in ("each", "every") and s.words[p.start - 2] in w.WHEN_FIELDS \
                    and s.tags[p.end:p.end + 1] in ([tx.VERB], [tx.AUX]):   # "the purchase price and the date each
                key, role = self.entity_of(p)                                # bottle was received": the bottle's
                return key if key and not role else None
        return None

    def _listed_before(self, s, i, p):
        """Is the thing of 'for each X' (p) listed itself after the verb at i ('recipes have ingredients and a
        quantity for each ingredient')? Then the value is the pair's (each_in_list.py), not the list X's."""
        return any(q.plural and i < q.start < p.start and self.entity_of(q)[0] == self.entity_of(p)[0] for q in s.phrases)

    def _for_each_after(self, s, i):
        """'we keep for each shipment the carrier, …', 'we record the carrier, … for each shipment': (the
        thing 'for each' names right after the verb at i, or at the end of its list, which owns the list, its
        phrase), or (None, None)."""
        for p in s.phrases:
            if p.start > i + 2 and s.words[p.start - 2] == "for" and s.words[p.start - 1] in ("each", "every") and \
                    self.entity_of(p)[0] and not self.entity_of(p)[1] and not self._listed_before(s, i, p):
                if p.start == i + 3 or p.end == len(s.tokens):
                    return self.entity_of(p)[0], p
                q = s.next_phrase(p.end + 2) if s.words[p.end:p.end + 1] in (["in"], ["on"], ["at"]) and \
                    s.words[p.end + 1:p.end + 2] in (["each"], ["every"], ["a"], ["an"]) else None
                other = self.entity_of(q)[0] if q is not None and q.start == p.end + 2 and q.end == len(s.tokens) else None
                if other not in (None, self.entity_of(p)[0]):   # "a quantity for each ingredient in a recipe": the pair's
                    return self._pair_table(self.entity_of(p)[0], other), p
        return None, None

    def _many_made_before(self, s, i):
        """The thing a verb makes many of right before a 'with' list at i, past a place ('each artist plays one
        or more sets on a stage, with a start time and a length': the sets'), or None."""
        k = i - 1 - (s.words[i - 1] == ",")
        place = s.phrase_at(k)
        if place is not None and place.end == k + 1 and place.det in ("a", "an", "the") and \
                s.words[place.start - 2] in ("on", "in", "at"):
            k = place.start - 3
        q = s.phrase_at(k) if k >= 0 else None
        g = tx.governor(s, q) if q is not None else -1
        g -= 2 * (g >= 2 and s.words[g - 1:g + 1] == ["one", "or"])     # ("plays one or more sets")
        if q is None or q.end != k + 1 or not (q.many and q.plural) or g < 0 or s.tags[g] != tx.VERB:
            return None
        key, role = self.entity_of(q)
        return key if not role else None

    def _opened_by_each(self, s, i):
        """The thing of a clause opened by 'for/at/after each X we …' right before the verb at i ('…, and for
        every Sunday we note the colour theme': the Sunday's), or None."""
        p = s.phrase_at(i - 2) if i >= 4 and s.words[i - 1] in ("we", "i") else None
        if p is not None and p.det in ("each", "every") and p.start >= 3 and \
                s.words[p.start - 2] in ("for", "at", "after") and s.words[p.start - 3] in ("and", ",", ";"):
            return self.entity_of(p)[0]      # (a clause after another; not "Vaccinations …: for each pet we log")
        opened = fragments.opening_each(s, ("at", "after", "during", "on"))
        noted = s.words[i - 1] in ("and", ",") and lexicon.verb_lemma(s.words[i]) in w.NOTING_VERBS
        if opened is not None and opened.end < i - 1 and (s.words[i - 1] in ("we", "i") or noted) and \
                s.words[opened.end:opened.end + 1] == [","] and not self.entity_of(opened)[1]:
            return self.entity_of(opened)[0]   # "At each call-out, a boat launches …, and we write down the launch
        return None                            # time …", "At each visit, a nurse sees a patient and records …": the
        #                                        call-out's, the visit's, past the clauses between

    def _time_each_spent(self, s, i):
        """'we log the hours each glazier spends on each commission': how much of a unit (WordNet's units of
        measurement and time) one thing gives another, each to each, is the pair's — the pair table of the two —
        or None."""
        spent = s.next_phrase(i + 1) if lexicon.verb_lemma(s.words[i]) in w.NOTING_VERBS else None
        if spent is None or spent.start > i + 2 or not spent.plural or spent.head not in unit_nouns() or \
                s.words[spent.end:spent.end + 1] not in (["each"], ["every"]):
            return None
        one = s.next_phrase(spent.end + 1)
        v = one.end if one is not None and one.start == spent.end + 1 else len(s.tokens)
        other = s.next_phrase(v + 2) if v + 2 < len(s.tokens) and s.tags[v] == tx.VERB and \
            s.tags[v + 1] == tx.PREP and s.words[v + 2] in ("each", "every", "a", "an") else None
        a, b = (self.entity_of(one), self.entity_of(other)) if other is not None and other.start == v + 3 else \
            ((None, None), (None, None))
        if a[0] is None or b[0] is None or a[0] == b[0] or a[1] or b[1]:
            return None
        self._retract(a[0], b[0])
        self._retract(b[0], a[0])
        records = set(self._acts_between(a[0], b[0]) + self._acts_between(b[0], a[0]))
        return min(records) if len(records) == 1 else self._pair_table(a[0], b[0])   # (a record of the two already
        #                                         kept holds it: "volunteers sign up for work parties, and we record
        #                                         the hours each volunteer worked at each party": each sign-up's)

    def _one_in_each_occasion(self, s, i):
        """'In each round a team gets a run time and points': what one thing has or gets at each occasion the
        sentence opens with is the pair's (each team's in each round, a table of its own), or None (not 'at each
        weighbridge, every lorry load has a weight': at a place, not an occurrence, the load's own)."""
        occasion = s.next_phrase(2) if s.words[:2] in (["in", "each"], ["in", "every"], ["at", "each"], ["at", "every"],
                                                       ["during", "each"]) else None
        one = s.phrase_at(i - 1)
        if occasion is None or occasion.start != 2 or one is None or one.end != i or \
                not all(s.words[k] == "," or s.tags[k] == tx.DET for k in range(occasion.end, one.start)) or \
                one.det not in ("a", "an", "each", "every") or one.plural or s.words[i] not in HAVE or \
                s.words[0] == "at" and occasion.head not in lexicon.occurrence_nouns():   # (at a place: the place's)
            return None
        (when, when_role), (who, who_role) = self.entity_of(occasion), self.entity_of(one)
        return self._pair_table(who, when) if when and who and not when_role and not who_role and when != who else None

    def _for_each(self, s, i):
        """'for each appearance we keep the label text': the appearance owns the list; 'for each
        supplier of a part we keep the unit price': the pair does (a table of its own)."""
        owner = None
        acts = {n for t, g in zip(s.tokens, s.tags) if g == tx.VERB for n in w.nominalizations(t.text)}
        for p in s.phrases:
            if p.end <= i and p.start >= 2 and s.tokens[p.start - 1].text in ("each", "every") \
                    and s.tokens[p.start - 2].text == "for" and self.entity_of(p)[0]:
                key = self.entity_of(p)[0]
                pair = self._pair_of(s, p, key)
                if pair is not None:
                    return pair
                if key.split("_")[-1] in acts:  # "musicians are booked …, and for each booking we record"
                    owner = key
                paired = self._paired_after(s, i, key)
                if paired is not None:
                    return paired
        return owner

    def _of_each_or_pair(self, s, i):
        """_of_each's thing, or the pair it makes with a thing the list names (_paired_after)."""
        each_one = self._of_each(s, i)
        return each_one and "for" in s.words and self._paired_after(s, i, each_one) or each_one

    def _paired_after(self, s, i, key):
        """'musicians play in concerts; for each concert we note which instrument a musician played': a
        thing after the verb at i that is paired many-to-many with ``key`` makes the list the pair's
        (its table), or None."""
        other = next((o for q in s.phrases if q.start > i and q.det in ("a", "an", "each", "every") and not q.plural
                      and (o := self.entity_of(q)[0]) not in (None, key) and
                      any({a, b} == {key, o} for a, b, _ in self.spec.many_to_many)), None)
        return self._pair_table(other, key) if other is not None else None

    def _container_pair(self, s, p, i):
        """'orders contain several products, each with a quantity', 'put several dishes in a single
        order, each with a quantity': the fields are the pair's (its own table), not the things'."""
        key, role = self.entity_of(p)
        held = p.plural and s.words[p.end:p.end + 1] in (["they"], ["it"]) and p.end + 1 < len(s.tokens) and \
            s.tags[p.end + 1] == tx.VERB             # "the certifications they hold, each with an expiry date"
        if not (p.many or held) or role or p.head in LOOSE_HEADS:
            return None                               # "several order lines, each with …" are the lines'
        toks, tags = s.tokens, s.tags
        container = None
        for q in s.phrases:
            if q is p or q.start >= i:
                continue
            other, other_role = self.entity_of(q)
            if other is None or other_role or other == key:
                continue
            verb = next((toks[j].text for j in range(q.end, p.start) if tags[j] in (tx.VERB, tx.AUX)), None)
            into = q.start > p.end and q.start >= 2 and toks[q.start - 1].text in ("a", "an", "one", "the", "single") \
                and any(toks[j].text in ("in", "into", "to", "on") for j in range(max(p.end, q.start - 3), q.start))
            if into or (q.end <= p.start and verb is not None and
                        w.verb_base(verb) in ("contain", "include", "hold", "list", "have")):
                container = other
        return self._pair_table(container, key) if container is not None else None

    def _record_says(self, s, i, subject):
        """'a work order states the quantity, the due date …': a thing that is no person and a verb of
        telling (WordNet's verb.communication: state, specify, mention) give the thing's fields; so
        does the sentence's subject when the verb is its second ('… is issued for a part and states …')."""
        if s.tags[i] != tx.VERB or (w.verb_base(s.tokens[i].text) or s.tokens[i].text) in INTERACTIONS:
            return False                         # ("cafes order bread": an act between them, kept in the orders)
        said = s.next_phrase(i + 1)
        if not (lexicon.tells(s.tokens[i].text) or (
                said is not None and said.start <= i + 2 and said.det in ("a", "an") and not said.plural and
                said.words[-1] in w.FIELD_NOUNS and w.verb_base(s.tokens[i].text) not in LIGHT_VERBS)):
            return False                         # ("every movement moves a quantity of one product")
        owner = self._nearest_entity_before(s, i) or (subject if s.tokens[i - 1].text == "and" else None)
        #                                              "a course teaches a language": a relation, no fields
        return owner is not None and not lexicon.holds_people(owner) and \
            owner.rsplit("_", 1)[-1] not in lexicon.group_nouns() and \
            (said is None or self.entity_of(said, loose=True)[0] is None)

    def _which_theirs(self, s, i):
        """'accredit journalists and record which outlet they work for': the field asked of 'they' (or
        'it') is of the thing the act before was done to, plural (or not) as the pronoun, not the speaker's."""
        q = s.next_phrase(i + 2) if s.words[i + 1:i + 2] == ["which"] else None
        if q is None or q.start != i + 2 or s.words[q.end:q.end + 1] not in (["they"], ["it"]):
            return None
        plural = s.words[q.end] == "they"
        done_to = next((p for p in reversed(s.phrases) if p.end <= i and p.plural == plural), None)
        return self.entity_of(done_to)[0] if done_to is not None and done_to.start > 0 and \
            s.tags[done_to.start - 1] == tx.VERB else None       # (the object of the act before)

    def _clause_after_colon(self, s, i):
        """'record loans (…): a loan covers one or more objects and has a start date, …': at the verb i of a
        clause opened after a colon by a thing ('a loan'), that thing's key, or None."""
        colon = next((j for j in range(i - 1, 0, -1) if s.words[j] in (":", ";")), None)
        p = s.next_phrase(colon + 1) if colon is not None else None
        if p is None or p.start > colon + 2 or p.det not in ("a", "an", "each", "every", "the") or p.end >= i or \
                s.tags[p.end] not in (tx.VERB, tx.AUX):
            return None
        key, role = self.entity_of(p)
        return key if key and not role else None

    def _nearest_entity_before(self, s, i):
        if s.words[:1] in (["in"], ["at"], ["during"]) and (pair := self._one_in_each_occasion(s, i)) is not None:
            return pair
        end = i
        for p in reversed(s.phrases):
            if p.end > i:
                continue
            between = [s.tokens[k].text for k in range(p.end, end)]
            if between == ["to"] and any(x in wishes.WANTING for x in s.words[max(0, p.start - 3):p.start]):
                between = []                     # "I want each job to have a paper size, …": the job's
            if between[:2] in ([",", "which"], [",", "who"]) and (p.plural or p.det in ("a", "an", "one", "the")):
                between = between[1:]           # "work days, which have a date and a task": theirs; "an owner,
                #                                 who has a name, a phone number and an address": the owner's
            if between[:3] in ([",", "each", "one"], [",", "each"]) and p.plural:
                between = between[3 if between[2:3] == ["one"] else 2:]   # "12 cleaners, each one has name, …"
            if not all(x in ("can", "also", "'s", "may", "must", "will", "should", "optionally",
                             "usually", "always", "often", "typically", "each", "which", "that", "who",
                             "then", "only") for x in between):
                return None
            k = tx.governor(s, p)
            if k >= 0 and s.tags[k] == tx.PREP and s.tokens[k].text != "of" and \
                    between[:1] not in (["which"], ["who"], ["that"]):
                end = k                          # "every treatment line on an appointment records" (but "sign
                continue                         # up for work days, which have …": the relative's own)
            if k >= 1 and s.tags[k] == tx.VERB and s.tokens[k].text.endswith("ing") and not between and \
                    any(r.end == k for r in s.phrases):
                end = k                          # "a customer renting a car has a licence number": the one
                continue                         # the participle says of, not its object
            if k >= 2 and s.tags[k] == tx.VERB and s.tokens[k - 1].text in ("who", "that") and not between and \
                    s.phrase_at(k - 2) is not None:
                end = k - 1                      # "volunteers who walk fixed transects record sightings", "accounts
                continue                         # that own vehicles have a balance": the relative clause's object
                #                                  is not who records
            key, role = self.entity_of(p)
            return key if key and not role else None
        return None


def noted_of(s, p):
    """(the thing, where its fields start) of 'a note of any deferral, with …' after a keeping verb: a note, log or
    record kept of each one of a thing, with fields, is the thing's list — or None."""
    if p is None or p.head not in ("note", "log", "record") or s.words[p.end:p.end + 1] != ["of"]:
        return None
    q = s.next_phrase(p.end + 1)
    if q is None or q.start > p.end + 2 or q.det not in ("any", "each", "every"):
        return None
    at = q.end + (s.words[q.end:q.end + 1] == [","])
    return (q, at + 1) if s.words[at:at + 1] == ["with"] else None


def done_to_by(s, k):
    """The subject of the passive whose agent the 'who' at k describes ('each item is looked at by one of our fixers,
    who notes …': the item), or None."""
    agent = s.phrase_at(k - 2) if k >= 2 and s.words[k - 1] == "," else None
    if agent is None or agent.start < 2 or "by" not in s.words[max(0, agent.start - 3):agent.start]:
        return None
    done = s.phrases[0] if s.phrases else None
    return done if done is not None and done is not agent and done.end < len(s.words) and \
        s.words[done.end] in ("is", "are", "was", "were", "gets", "get") else None


def entered_into(s, nxt, entity_of):
    """'handlers enter their dogs in trials', 'breeders register their cats for shows': things (no field words) put
    into other things the text keeps are no values written down."""
    if nxt is None or not nxt.plural or w.field_word(w.singular(nxt.head)) or \
            s.words[nxt.end:nxt.end + 1] not in (["in"], ["into"], ["for"]):
        return False
    into = s.next_phrase(nxt.end + 1)
    return into is not None and into.start <= nxt.end + 2 and entity_of(into)[0] is not None


def place_with_fields(s, i, entity_of, owner):
    """'every exam takes place at a centre with a name and an address', 'each match is played at a ground with a
    name and a capacity': the list after a new place ('at'/'in' 'a' X, a thing of the text) right after the verb is
    the place's — unless it opens with a time, the act's ('… in a room with a start time')."""
    p = s.phrase_at(i - 1)
    if p is None or p.end != i or p.det not in ("a", "an") or p.start < 3 or s.words[p.start - 2] not in ("at", "in") or \
            not (s.tags[p.start - 3] == tx.VERB or s.words[p.start - 4:p.start - 2] in (["takes", "place"], ["take", "place"])):
        return None                              # (not "put each talk in a hall with a title": the talk's)
    key, role = entity_of(p)
    first = s.next_phrase(i + 1)
    if key is None or role or key == owner or first is None or first.head in w.WHEN_FIELDS or \
            w.singular(first.head) in w.WHEN_FIELDS:
        return None
    return key
