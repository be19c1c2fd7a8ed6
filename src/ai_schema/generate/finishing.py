"""The model settled once every sentence is read: people named by role, pairs said both ways, pairs
that are records of an act, vocabularies, references named by a role ('a home team'). Mixed into
:class:`.extract.Extractor` (its state lives there)."""

from . import junctions, lexicon, uniqueness, value_sets, verb_roles
from .cues import LENDING, PERSON_ROLES, PERSON_ENTITIES
from . import text as tx
from . import words as w


# the last word of a field that says when an act happened: a pair done at a time is done again
_WHEN_SUFFIXES = w.WHEN_FIELDS | {"at", "on"}


class Finishing:
    """finish(): what the whole text says, applied after the sentences (pass 3 of the extractor)."""

    @staticmethod
    def _date_said(entity, participle):
        """Does the thing hold a field of the act date's verb other than its own ('the return date' beside
        returned_on; 'due_by' beside due_on)?"""
        stem = participle[:-2] if participle.endswith("ed") else participle
        return any(n.startswith(stem) and n != f"{participle}_on" for n in entity.attributes)

    def finish(self):
        spec = self.spec
        self._person_roles()
        self._roles_among()
        self._role_fields()
        # many-to-many declared both ways: "A has many B" and "B has many A"
        drop = set()
        for one, many in self._many_marks:
            if (many, one) in self._many_marks or self._vocabulary(many) and one != many:
                self._many(one, many)            # ("every question has 1..5 tags, tag names are unique":
                drop |= {(many, one), (one, many)}   # tags are shared words, each on many questions)
                if (many, one) in self._many_marks:
                    self.said_pairs.add(tuple(sorted((one, many))))   # said both ways: no record replaces it
        for a, b, verb in list(spec.many_to_many):
            verbs = self.pair_verbs.get(tuple(sorted((a, b))), {verb})
            self._act_fields_of_pair(a, b, verbs)
            nominal = next((k for k in spec.entities if k not in (a, b) and any(
                v and k in w.nominalizations(v) for v in verbs)), None)
            if nominal and not any(r.source == nominal and r.target not in (a, b) for r in spec.relations):
                spec.many_to_many.remove((a, b, verb))
                drop |= {(a, b), (b, a)}         # ("a course can have several students": no plain key)
                for side in (a, b):              # (one it names in a role already is named: "the renter")
                    if not any(r.source == nominal and r.target == side for r in spec.relations):
                        self._relate(nominal, side, owned=True)
                spec.entities[nominal].pair_unique = not any(r.source == nominal and r.role for r in spec.relations) \
                    and not any(n.split("_")[0] in verbs or n.rsplit("_", 1)[-1] in _WHEN_SUFFIXES
                                for n in spec.entities[nominal].attributes)   # (borrow_date, a due date: again)
        for noun, verb, subj, obj, _ in self.interactions:   # "members borrow kayaks …; we keep the borrow date":
            if verb in LENDING and self.phrase_entity.get((noun,)):   # the loan's, kept by its act (no pair)
                for side in {self.entity_of_words(x)[0] for x in (subj, obj) if x} - {None}:
                    self._verb_fields_to_act(spec.entities[side], {verb})
        self._act_of_related_pair()              # "each couple can hire many vendors; for each hire we track …"
        junctions.finish(self)
        self._one_to_one()
        self._record_of_pair()
        spec.relations = [r for r in spec.relations if not (r.target in self._associations(spec) and
                                                            r.source not in self._associations(spec) and not r.role)]
        # a pair's own table replaces plain references between the two ("for each supplier of a part")
        paired = {frozenset(t.target for t in spec.relations if t.source == k) for k in self.pair_tables}
        spec.relations = [r for r in spec.relations if r.role or frozenset((r.source, r.target)) not in paired
                          or r.source in self.pair_tables]
        # a guessed many-to-many yields to a stated reference ("every class has ... one trainer")
        stated = {tuple(sorted((r.source, r.target))) for r in spec.relations if (r.source, r.target) not in self.occasion_refs}
        linked = set()                           # or a record referring to both ("inspectors visit sites" and
        for k in (k for k in spec.entities if not lexicon.holds_people(k)):   # "an inspection is carried out by
            #                                    one inspector at one site"; not people: "participants are
            #                                    enrolled in one trial at one site", trials run at several sites
            targets = sorted({r.target for r in spec.relations if r.source == k and r.target != k})
            linked |= {(x, y) for n, x in enumerate(targets) for y in targets[n + 1:]}
        drop |= {(a, b) for x, y, _ in spec.many_to_many for a, b in ((x, y), (y, x)) if tuple(sorted((x, y))) in linked
                 and tuple(sorted((x, y))) not in self.said_pairs | self.weak_pairs and
                 not lexicon.holds_people(x) and not lexicon.holds_people(y)}
        #                                    (the many both ways a record holds between two things: no plain key
        #                                    beside it, "exhibitions show many objects; an object can appear in
        #                                    many … for each appearance")
        spec.many_to_many = [(a, b, v) for a, b, v in spec.many_to_many
                             if not (tuple(sorted((a, b))) in self.weak_pairs and tuple(sorted((a, b))) in stated and
                                     tuple(sorted((a, b))) not in self.said_pairs)
                             and (tuple(sorted((a, b))) not in linked or tuple(sorted((a, b))) in self.said_pairs)
                             and not self._role_of_verb(b, a, v) and frozenset((a, b)) not in paired]
        #                                    (a pair's own table is their many-to-many: "the certifications
        #                                    they hold, each with an expiry date")
        for a, b, _ in spec.many_to_many:
            drop |= {(a, b), (b, a)}
        spec.relations = [r for r in spec.relations if (r.source, r.target) not in drop or r.role or
                          (r.source, r.target) in self.stated_refs and not lexicon.holds_people(r.source) and
                          tuple(sorted((r.source, r.target))) not in self.said_pairs]
        #                 ("a rental is made by one customer; … a customer can be an additional driver on many
        #                  rentals": the rental's customer, said outright, beside the pairs)
        # a pair of plain references both ways is one: the many of a stated "has many" refers to its one
        # ("an order can have several jobs"), else the later entity refers to the earlier — unless both
        # were stated ("each employee works in one department; each department is managed by one employee")
        plain = {(r.source, r.target) for r in spec.relations if not r.role}
        order = {k: e.order for k, e in spec.entities.items()}
        spec.relations = [r for r in spec.relations if r.role or (r.target, r.source) not in plain or
                          {(r.source, r.target), (r.target, r.source)} <= self.stated_refs
                          or (r.target, r.source) in self._many_marks or (
                              (r.source, r.target) not in self._many_marks and order[r.source] > order[r.target])]
        # a relation stated twice (once by a list, once by a verb) is one foreign key
        seen, unique = set(), []
        for r in spec.relations:
            k = (r.source, r.target, r.role)
            if k in seen:
                continue
            seen.add(k)
            unique.append(r)
        spec.relations = unique
        self._doers_of_pairs()
        for name in uniqueness.sign_in_keys(self.sentences):     # "sign up with my email": one per person
            owners = [e for e in spec.entities.values() if name in e.attributes and lexicon.holds_people(e.key)]
            if len(owners) == 1:
                owners[0].attributes[name].unique = True
        self._story_roles_records()
        self._idle_story_roles()
        self._users_of_the_app()
        self._kept_in_order()
        for entity in spec.entities.values():
            value_sets.one_kind_field(entity)
        for noun, participle in self.act_dates:      # "borrow kayaks and bring them back … the return date":
            entity = spec.entities.get(self.phrase_entity.get((noun,)))   # the date said is the one
            if entity is not None and f"{participle}_on" in entity.attributes and self._date_said(entity, participle):
                del entity.attributes[f"{participle}_on"]
        for x, p in ((x, p) for x in self.sentences for p in x.phrases if p.plural):
            said = tx.numbered_by(x, p)[0]
            key = self.entity_of(p)[0] if said else None   # "stored in numbered folders": each folder's number
            if key is not None and not {"number", "label"} & set(spec.entities[key].attributes):
                spec.entities[key].attribute(tx.NUMBERED[said])
        spec.renters = "tenant" in spec.entities and self._renters()
        return spec

    def _kept_in_order(self):
        """'Recipe box - recipes with ingredients, steps in order, …': things said to be kept in order
        hold their position (unless a pair holds it: 'the setlist (songs in order)', items._in_order)."""
        for s in self.sentences:
            for p in s.phrases:
                if not p.plural or s.words[p.end:p.end + 2] not in (["in", "order"], ["in", "sequence"]):
                    continue
                key, role = self.entity_of(p)
                entity = self.spec.entities.get(key)
                if entity is None or role or len(self.spec.entities) < 2 or any(
                        "sort_order" in e.attributes for e in self.spec.entities.values()):
                    continue
                entity.attribute("sort_order").hint = "count"

    def _act_fields_of_pair(self, a, b, verbs):
        """'owners can own several properties and a property can have several owners; we record the
        ownership share': a field of either side named by the pair's act (ownership: own) is the act's,
        so the act is a table (ownerships.share) that the pair's many-to-many becomes (finish)."""
        acts = {n for v in verbs if v for n in w.nominalizations(v)}
        for side in (a, b):
            entity = self.spec.entities[side]
            self._verb_fields_to_act(entity, verbs)   # "members borrow tools; we keep the borrow date …"
            for name in [n for n in entity.attributes if n.split("_")[0] in acts and "_" in n]:
                attr = entity.attributes.pop(name)
                attr.name = name.split("_", 1)[1]
                self._act_entity(name.split("_")[0]).attributes.setdefault(attr.name, attr)

    def _role_of_verb(self, source, target, verb):
        """Does source refer to target in the role the verb names ('every project has a supervising
        professor' or 'a supervisor' and 'professors can supervise many projects': one each, no pairs)?"""
        return verb is not None and any(
            r.source == source and r.target == target and r.role and
            (w.verb_lemma(r.role) == verb or verb in _doer_verbs(r.role)) for r in self.spec.relations)

    def _doers_of_pairs(self):
        """'Several members respond to each incident; for each responder we note the role they had':
        the doer of the verb that pairs two things (WordNet: respond + -er) is one pair, and its fields
        are the pair's."""
        spec = self.spec
        for key, entity in list(spec.entities.items()):
            verbs = _doer_verbs(entity.words[-1]) if len(entity.words) == 1 else set()
            if not verbs or any(r.source == key or r.target == key for r in spec.relations) or \
                    any(key in (a, b) for a, b, _ in spec.many_to_many) or \
                    not set(entity.attributes) - {"name", "email"}:
                continue
            pair = next(((a, b, v) for a, b, v in spec.many_to_many if a != b and
                         self.pair_verbs.get(tuple(sorted((a, b))), {v}) & verbs), None)
            if pair is None:
                continue
            spec.many_to_many.remove(pair)
            table = self._pair_table(pair[0], pair[1])
            for name, attr in entity.attributes.items():
                if name != "name":
                    spec.entities[table].attributes.setdefault(name, attr)
            del spec.entities[key]
            spec.listed = [tuple(k for k in keys if k != key) for keys in spec.listed]
            spec.periods.pop(key, None)

    def _vocabulary(self, key):
        """Is the entity a vocabulary: only a name, the name unique ('tag names are unique'), and a
        kind of word (WordNet: a tag, a skill, a genre; not a task, which is an act)?"""
        entity = self.spec.entities[key]
        return set(entity.attributes) == {"name"} and entity.attributes["name"].unique and \
            entity.words[-1] in lexicon.kind_nouns()

    def _role_fields(self):
        """'a main supervisor and optionally a co-supervisor', 'a home team': a field named by a role
        and a thing the schema keeps is a reference to that thing in that role."""
        for entity in self.spec.entities.values():
            if entity.stated:
                continue
            for name in list(entity.attributes):
                attr = entity.attributes[name]
                role, _, head = name.rpartition("_")
                if not role or head not in self.spec.entities or attr.values or attr.type or attr.unit or \
                        attr.hint == "boolean" or \
                        head == entity.key or role.split("_")[-1] == "of" or \
                        any(x in w.FIELD_NOUNS for x in role.split("_")) or role.split("_")[0] in w.AGGREGATES:
                    continue                         # ("date_of_invoice", "invoice_number": fields; "needs
                    #                                  training yes/no": a flag; "max_score": a number)
                entity.attributes.pop(name)
                self._relate(entity.key, head, role, optional=attr.optional is not False)
        roles = [(r.source, r.target) for r in self.spec.relations if r.role and r.source != r.target]
        self.spec.relations = [r for r in self.spec.relations
                               if r.role or r.column or roles.count((r.source, r.target)) < 2]
        #                      (a plain reference beside two by role — the source and destination warehouse — is one
        #                       of them, read from the same words; one role beside it is the other end: who married whom)

    def _person_roles(self):
        """'each message has a sender, a recipient' -> foreign keys to users, not text columns. Customers
        are people in one role already: a show's director or a branch's manager is no customer, a bike's
        renter is when customers rent."""
        person = next((k for k in PERSON_ENTITIES if k in self.spec.entities), None)
        if person is None:
            return
        for entity in self.spec.entities.values():
            if entity.key == person:
                continue
            for name in [n for n in entity.attributes if n.endswith("_by") and "_" not in n[:-3] and
                         person != "customer" and lexicon.verb_lemma(n[:-3])]:
                attr = entity.attributes.pop(name)   # "who reported it" (reported_by): the reporter, one of them
                role = verb_roles.agent(lexicon.verb_lemma(name[:-3]))
                self._relate(entity.key, person, role, optional=bool(attr.optional), column=f"{role}_id")
            for name in [n for n in entity.attributes if (n in PERSON_ROLES or _doer_noun(n)) and (
                    person in ("user", "person") or n in PERSON_ROLES and person != "customer" or
                    self._people_do(person, _doer_verbs(n)))]:
                attr = entity.attributes.pop(name)
                self._relate(entity.key, person, name, optional=bool(attr.optional))
        # a relation with a role ("sender") makes the plain one to the same table redundant
        roles = {(r.source, r.target) for r in self.spec.relations if r.role and r.source != r.target}
        self.spec.relations = [r for r in self.spec.relations     # (an act between two people keeps both:
                               if r.role or (r.owned and (r.source, r.target, "related") in   # marriages)
                                             {(x.source, x.target, x.role) for x in self.spec.relations})
                               or (r.source, r.target) not in roles]

    def _roles_among(self):
        """'Coaches are archers too; some archers have a coach', 'Managers are employees. Each employee has a
        manager': a field named by a role the text says people of a table play is a reference to that table
        in that role (it had been a text column)."""
        roles = {}
        for s in self.sentences:
            for p in s.phrases:
                k = p.end + 1 + (s.words[p.end + 1:p.end + 2] == ["also"])
                q = s.next_phrase(k) if s.words[p.end:p.end + 1] == ["are"] and p.plural and len(p.lemma) == 1 else None
                if q is None or q.start != k or not q.plural or \
                        s.words[q.end:q.end + 1] not in ([], ["too"], [","], [";"], ["."], ["as"]):
                    continue
                key = self.entity_of(q)[0]
                if key is not None and self.entity_of(p)[0] in (None, key) and lexicon.holds_people(key):
                    roles[p.lemma[0]] = key
        for entity in self.spec.entities.values():
            for name in [n for n in entity.attributes if n in roles]:
                attr = entity.attributes[name]
                if not (attr.values or attr.type or attr.unit or attr.hint == "boolean"):
                    entity.attributes.pop(name)
                    self._relate(entity.key, roles[name], name, optional=True)

    def _people_do(self, key, verbs):
        """Does the text say the entity's people do one of the verbs ('customers rent bikes': a renter)?"""
        return any(s.tags[p.end] == tx.VERB and lexicon.verb_lemma(s.words[p.end]) in verbs
                   for s in self.sentences for p in s.phrases
                   if p.end < len(s.tokens) and self.entity_of(p)[0] == key)

    @staticmethod
    def _associations(spec):
        return {k for k, e in spec.entities.items() if e.pair_unique}


def _doer_noun(name):
    """A person named by what one does ('borrower', 'approver', 'assignee': a WordNet person noun that
    is a verb and -er/-or/-ee), not by a trade ('doctor'): one of the people the schema keeps."""
    return bool(_doer_verbs(name))


def _doer_verbs(name):
    """The verbs a doer noun is named by ('responder': respond), or an empty set."""
    if name not in lexicon.person_nouns():
        return set()
    stem = next((name[:-len(x)] for x in ("er", "or", "ee") if name.endswith(x)), None)
    return {v for v in (stem, stem + "e", stem[:-1]) if lexicon.verb_lemma(v) == v} if stem else set()
