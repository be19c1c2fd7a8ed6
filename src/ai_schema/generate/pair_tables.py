"""Tables of pairs of things the text gives fields of their own ('with the quantity in each bin', 'for each
supplier of a part we keep the unit price', 'for each product in an order'): made once, each refers to both
things, one row per pair. Mixed into :class:`.attributes.AttributeReading`."""

from . import clauses, lexicon
from . import text as tx
from . import words as w
from .spec import Entity


class PairTables:
    """The pair tables of the extractor (its spec, its references, its many-to-many marks)."""

    def _each_pair(self, s, i):
        """'a product can be stored in several bins, with the quantity in each bin': a 'with' list at i
        ending 'in each <Y>', Y named as many before, and another thing X before it: the pair's table."""
        toks = s.tokens
        each = next((j for j in range(i + 2, len(toks) - 1) if toks[j].text == "each" and
                     toks[j - 1].text in ("in", "for", "per", "on", "at", "of")), None)
        if each is None or any(toks[j].text in (";", ":") for j in range(i, each)):
            return None
        second, role = self.entity_of(s.phrase_at(each + 1))
        many = [p for p in s.phrases if p.end <= i and p.many and self.entity_of(p)[0] == second]
        first = next((self.entity_of(p)[0] for p in s.phrases if p.end <= i and self.entity_of(p)[0] not in
                      (None, second) and not self.entity_of(p)[1]), None)
        if second is None or role or not many or first is None:
            return None
        return self._pair_table(first, second)

    def _in_many_with(self, s, i):
        """'users can be in many projects with a role (viewer, …)': a 'with' list at i right after a thing
        one is in many of, naming a field (no thing): each pair's (the membership holds the role)."""
        many = s.phrase_at(i - 1 - 2 * (s.words[i - 2:i] == [",", "each"]))   # ("…, each with its own price")
        if many is None or not (many.many or many.det in ("many", "several", "multiple")) or many.start < 2 or \
                s.words[many.start - 1 - (s.tags[many.start - 1] in (tx.QUANT, tx.DET))] not in ("in", "on", "at", "to",
                                                                                              "from"):
            return None                          # ("each part can come from several suppliers w/ their price")
        field = s.next_phrase(i + 1)
        second = self.entity_of(many)[0]
        first = next((self.entity_of(p)[0] for p in s.phrases if p.end < many.start and self.entity_of(p)[0] not in
                      (None, second) and not self.entity_of(p)[1]), None)
        if field is None or field.start > i + 2 or self.entity_of(field)[0] or field.head in lexicon.person_nouns() or \
                second is None or first is None:
            return None
        return self._pair_table(first, second)

    def _pair_of(self, s, p, key):
        """The table of 'each <p> of a <q>' (both things; 'in'/'on' a <q> it is many of): made once, it
        refers to both, and the two references it replaces go (finish)."""
        toks = s.tokens
        if p.end + 2 >= len(toks) or toks[p.end].text not in ("of", "in", "on"):
            return None
        q = s.next_phrase(p.end + 1)
        if q is None or q.start > p.end + 2 or q.plural:
            return None
        other, role = self.entity_of(q)
        if other is None or role or other == key or toks[p.end].text != "of" and not self._many_pair(key, other):
            return None                          # ("for each product in an order": a pair said to be many)
        return self._pair_table(key, other) if toks[p.end].text == "of" else self._pair_table(other, key)

    def _many_pair(self, a, b):
        """Are a and b many of each other so far ('orders contain products'; not 'each building has many
        rooms': a room is in one)?"""
        return any({x, y} == {a, b} for x, y, _ in self.spec.many_to_many) or \
            (a, b) in self._many_marks and (b, a) in self._many_marks

    def _pair_table(self, first, second):
        """The table of a pair of things (made once): it refers to both, one row per pair, and
        replaces plain references between the two (extract.finish)."""
        pair = f"{first}_{second}"
        if pair not in self.spec.entities:
            self.spec.entities[pair] = Entity(pair, tuple(pair.split("_")), len(self.spec.entities), evidence=3,
                                              pair_unique=True)
            self.phrase_entity[tuple(pair.split("_"))] = pair
            self.pair_tables.add(pair)
            self._relate(pair, first, owned=True)
            self._relate(pair, second, owned=True)
        return pair

    def _acts_between(self, doer, done):
        """The records of the acts the text keeps that `doer` does to `done` (interactions.py), in the order said."""
        return [self.phrase_entity[(noun,)] for noun, _, subj, obj, _ in self.interactions
                if (noun,) in self.phrase_entity and subj and obj and self.entity_of_words(subj)[0] == doer and
                self.entity_of_words(obj)[0] == done]

    def _pair_noted(self, s, i):
        """'Pupils earn certificates; we record the certificate and the date it was issued': what the speaker
        notes after naming one of the things people earn, take or attend is each such act's — the pair of
        the two — with the thing named its reference, not a field of it. (pair table, where its fields
        start) or None."""
        if s.words[i - 1:i] not in (["we"], ["i"]) or lexicon.verb_lemma(s.words[i]) not in w.NOTING_VERBS:
            return None
        named = s.next_phrase(i + 1)
        if named is None or named.start > i + 2 or named.det != "the" or named.plural or \
                s.words[named.end:named.end + 1] != ["and"]:
            return None
        second, role = self.entity_of(named)
        n = self.position[id(s)]
        before = self.sentences[n - 1] if n else None
        if second is None or role or before is None:
            return None
        for c in clauses.clauses(before):
            first = self.entity_of(c.subject)[0] if c.subject is not None and c.subject.plural else None
            if first is not None and first != second and c.direct is not None and c.direct.plural and \
                    self.entity_of(c.direct) == (second, ()) and lexicon.holds_people(first):
                acts = self._acts_between(first, second)   # ("members attend trainings": an attendance holds it)
                return acts[0] if acts else self._pair_table(first, second), named.end + 1
        return None
