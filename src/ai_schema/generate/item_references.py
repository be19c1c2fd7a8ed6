"""List items that name a thing of the text rather than a field of the owner: a person in a role ('employees with
their manager'), a role said to be a thing ('a conductor, who is also a musician'), things kept in an order or
done to in a clause of their own, and the second of two roles before one thing ('the source and destination
warehouse'). Mixed into items.py's ItemReading."""

from .cues import PERSON_ENTITIES, PERSON_ROLES, rx
from . import constructions, lexicon
from . import text as tx
from . import words as w


class ItemReferences:
    """Item references of :class:`.extract.Extractor` (mixed into it through ItemReading)."""

    def _role_of_thing(self, entity, s, idx, previous_names):
        """'a conductor, who is also a musician', 'an editor, who is one of our journalists': the field
        before is a reference to that thing, named by its role."""
        m = rx(r"(?:who|which|that) (?:is|are) (?:also |always |usually |itself )?(?:a|an|one of (?:our|the))"
               r" ((?:\w+ ){0,2}\w+)").fullmatch(" ".join(s.tokens[i].text for i in idx))
        role = previous_names[-1]
        if m is None or role not in entity.attributes or entity.attributes[role].values:
            return False
        key, kind = self.entity_of_words(m.group(1).split())
        if key is None or kind:
            return False
        del entity.attributes[role]
        self._relate(entity.key, key, role, column=f"{role}_id")
        previous_names[-1] = f"{role}_id"
        return True

    def _kept_things(self, s, i):
        """The things coordinated before a participle that a 'with' list at i describes ('I want stations
        and hospitals kept as reference data with a name and an address'), or []."""
        toks, tags = s.tokens, s.tags
        verb = next((j for j in range(i - 1, max(-1, i - 6), -1) if tags[j] == tx.VERB), None)
        if verb is None or verb < 3 or not constructions.participle(toks[verb].text):
            return []
        things, k = [], verb
        while k > 0:
            p = s.phrase_at(k - 1)
            key, role = self.entity_of(p) if p is not None and p.plural else (None, None)
            if key is None or role:
                break
            things.append(key)
            k = p.start
            if k > 0 and toks[k - 1].text in ("and", ","):
                k -= 1
            else:
                break
        return things if len(things) >= 2 else []

    def _in_order(self, entity, s, idx, words):
        """'the setlist (songs in order)', 'stops in order': things of the text kept in a sequence are a
        pair table with each one's position; returns the field's name, or None."""
        at = next((n for n in range(1, len(words) - 1) if tx.in_order_at(s, idx[n])), None)   # ("in a fixed order")
        if at is None or not w.is_plural(words[at - 1]):
            return None
        key, role = self.entity_of_words((w.singular(words[at - 1]),))
        if key is None or role or key == entity.key:
            return None
        pair = self._pair_table(entity.key, key)
        self.spec.entities[pair].attribute("sort_order").hint = "count"     # (the schema's name for an order)
        return "sort_order"

    def _their_many(self, entity, s, idx, words):
        """'we need their name and the languages they speak': things of the text the owner does
        something to, in a clause of their own, are many to many with it. True when so read."""
        at = next((n for n in range(1, len(words) - 1) if words[n] in ("they", "he", "she")), None)
        if at is None or not w.is_plural(words[at - 1]) or s.tags[idx[at + 1]] != tx.VERB or at + 2 != len(words):
            return False
        key, role = self.entity_of_words((w.singular(words[at - 1]),))
        if key is None or role or key == entity.key:
            return False
        self._many(entity.key, key, w.verb_lemma(words[at + 1]))
        self.said_pairs.add(tuple(sorted((entity.key, key))))
        return True

    def _people_named(self, entity, phrase):
        """The people a field names when it is a person ('manager', 'mother'): the entity itself when
        it holds people, else — for a role anyone can fill (manager, author, not doctor) — the one
        entity of the text that does; None when it is no person or there is no single answer."""
        if phrase is None or len(phrase.words) != 1 or phrase.many or phrase.plural:
            return None
        if phrase.head not in lexicon.person_nouns():
            return None
        if lexicon.holds_people(entity.key) and (phrase.head in PERSON_ROLES or entity.key in PERSON_ENTITIES or
                                                 phrase.head in lexicon.kin_nouns()):   # (a resident's warden is none)
            return entity.key
        if phrase.head not in PERSON_ROLES:        # a doctor on a visit is no patient; a manager is anyone
            return None
        people = [k for k in self.spec.entities if lexicon.holds_people(k)]
        return people[0] if len(people) == 1 and people[0] in PERSON_ENTITIES and people[0] != "customer" else None

    def _role_before_shared_head(self, entity, s, idx, items, k):
        """'the source and destination warehouse', 'the departure and arrival airport': a lone word that
        is no field, before 'and <word> <thing>', is a second reference to that thing, by its own role
        (source_warehouse_id beside destination_warehouse_id). True when so read."""
        words = [s.words[i] for i in idx if s.words[i] not in ("the", "a", "an", "its", "their")]
        if len(words) != 1 or k + 1 >= len(items) or s.words[idx[-1] + 1:idx[-1] + 2] != ["and"] or \
                words[0] in w.FIELD_NOUNS or self.entity_of_words((words[0],))[0] is not None:
            return False
        after = [s.words[i] for i in items[k + 1] if s.words[i] != "and"]
        target = self.entity_of_words((after[-1],))[0] if len(after) == 2 and after[0] not in w.FIELD_NOUNS else None
        if target is None or target == entity.key or s.tags[items[k + 1][-2]] not in (tx.NOUN, tx.ADJ):
            return False
        self._relate(entity.key, target, w.snake(words))
        return True
