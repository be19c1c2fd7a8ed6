"""Unique keys and one-to-ones a text states in words ('tag names are unique', 'one invoice per work
order'), read by the extractor (mixed into it; its state lives there). The statements themselves are found
by uniqueness.py."""

from .uniqueness import one_per, unique_statements
from .cues import NAME_NORMALIZE
from . import lexicon
from . import words as w


class StatedKeys:
    """``_uniques``, ``_one_per``, ``_one_to_one``, ``_late_uniques`` of :class:`.extract.Extractor`."""

    def _uniques(self, text, subject):
        """Uniqueness said in words (uniqueness.py): the owner the sentence names (its field made if
        new), else the subject, the last thing given fields or any thing with such a field."""
        for owner_word, words, scope in unique_statements(text):
            key = self.entity_of_words((w.singular(owner_word),))[0] if owner_word else None
            named = self.entity_of_words([w.singular(x) for x in words[:-1]])[0] \
                if key is None and len(words) >= 2 and words[-1] == "name" else None
            if named:
                key, words = named, ["name"]         # "tag names are unique": a tag's name
            first = self.entity_of_words((w.singular(words[0]),))[0] if key is None and not owner_word and \
                len(words) >= 2 and words[0] == w.singular(words[0]) else None
            if first is not None and not self.entity_of_words(words[1:])[0]:
                key, words = first, words[1:]        # "room numbers are unique": a room's number
            if (owner_word and key is None) or self.entity_of_words(words)[0]:
                continue                             # (a thing, not a field: "one account per customer")
            within = self.entity_of_words((w.singular(scope),))[0] if scope else None
            if key is not None:
                if not self._unique_by_words(self.spec.entities[key], words, within):
                    attr = self.spec.entities[key].attribute(w.snake(words[:-1] + [w.singular(words[-1])]))
                    attr.unique, attr.unique_within = True, within
                if within is not None and within != key and not any(
                        r.source == key and r.target == within for r in self.spec.relations):
                    self._relate(key, within)        # "a room's number is unique within its building": in one
                continue
            if not any(self._unique_by_words(self.spec.entities[owner], words, within)
                       for owner in dict.fromkeys(filter(None, (subject, self.last_owner, *self.spec.entities)))):
                self.pending_unique.append((words, within))   # "Usernames are unique. Users have a username …"

    def _one_per(self, text):
        """'ONE invoice per work order', 'each order can have at most one review': the one refers to
        what it is one per, and no two refer to the same (not for people: 'one teacher per course'
        is each course's teacher, who teaches others too)."""
        for x_words, y_words, z_words in one_per(text):
            x, x_role = self.entity_of_words([w.singular(v) for v in x_words])
            y, y_role = self.entity_of_words([w.singular(v) for v in y_words])
            z, z_role = self.entity_of_words([w.singular(v) for v in z_words]) if z_words else (None, None)
            if x and y and z and len({x, y, z}) == 3 and not (x_role or y_role or z_role) and \
                    not lexicon.holds_people(x):
                self._relate(x, z)                  # "a customer can leave one review per product": the
                self._relate(x, y)                  # review is the customer's, on the product, one per pair
                self.spec.entities[x].unique_over = (z, y)
                continue
            if x and y and x != y and not x_role and not y_role and x_words[-1] in lexicon.thing_nouns() and \
                    y_words[-1] in lexicon.occurrence_nouns():
                self._stated(y, x)                  # "one tree per job": each job is on one tree, a tree has many
            elif x and y and x != y and not x_role and not y_role and not lexicon.holds_people(x):
                self.one_to_one.append((x, y))

    def _one_to_one(self):
        """The one-to-ones stated (_one_per), once every reference is read: the one refers to what it
        is one per, uniquely, and not the other way round."""
        for x, y in self.one_to_one:
            self.spec.relations = [r for r in self.spec.relations
                                   if not (r.source == y and r.target == x and not r.role)]
            self.spec.many_to_many = [m for m in self.spec.many_to_many if {m[0], m[1]} != {x, y}]
            if not any(r.source == x and r.target == y and not r.role for r in self.spec.relations):
                self._relate(x, y)
            for r in self.spec.relations:
                if r.source == x and r.target == y and not r.role:
                    r.unique = True

    def _late_uniques(self):
        """Uniqueness stated before the field was: the one thing with such a field, at the end."""
        for words, within in self.pending_unique:
            owners = [e for e in self.spec.entities.values()
                      if any(n == w.snake([w.singular(x) for x in words]) for n in e.attributes)]
            if len(owners) == 1:
                self._unique_by_words(owners[0], words, within)
                continue
            name = w.snake([w.singular(x) for x in words])
            named = [e for key, e in self.spec.entities.items() if len(words) == 1 and name.startswith(key) and
                     name[len(key):] in ("name", "id", "code", "number", "handle")]
            if not owners and len(named) == 1:            # "Usernames must be unique": the users' username
                named[0].attribute(name).unique, named[0].attribute(name).unique_within = True, within

    def _unique_by_words(self, entity, words_, within=None):
        """Mark the entity's field these words name unique (among the rows of ``within``'s, when said);
        True when there is one."""
        named = len(words_) >= 2 and words_[-1] == "name"          # "tag names": a tag's, not any name
        candidates = [w.snake([w.singular(x) for x in words_[-n:]]) for n in ((2,) if named else (2, 1))]
        candidates = [NAME_NORMALIZE.get(c, c) for c in candidates] + candidates   # ("email address": email)
        for c in candidates:
            for name, attr in entity.attributes.items():
                if name == c or (not named and (name.endswith("_" + c) or c.endswith("_" + name))):
                    attr.unique, attr.unique_within = True, within if within != entity.key else None
                    return True
        return False
