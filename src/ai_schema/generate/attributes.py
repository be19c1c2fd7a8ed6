"""The extractor's reading of attributes: which clauses give fields and whose they are, field lists
and their items, clauses that name a field ("the date it was made"), closed value sets and optional
fields. How one field is named and typed is field_names.py."""

import re

from .cues import (HAVE, LIGHT_VERBS, ATTRIBUTE_VERBS, OPTIONAL_CUES, INTERACTIONS, AUDIT, CLAUSE_HINT, PERSON_ROLES, LOOSE_HEADS,
                   rx, safe_words)
from . import constructions, lexicon
from . import text as tx
from . import words as w
from .field_names import FieldNaming, clean_values, type_words, _participle, _UNITS
from .spec import Entity


class AttributeReading(FieldNaming):
    """Attribute reading of :class:`.extract.Extractor` (mixed into it)."""

    # ------------------------------------------------------------ attributes
    def _attribute_clauses(self, s, subject):
        toks, tags = s.tokens, s.tags
        if AUDIT.search(s.text()):
            return                                   # "we need to track changes": an audit log, not a column
        for p in s.phrases:                           # "I can see each volunteer's phone number and …"
            key, role = self.entity_of(p) if p.possessive and p.start > 0 and tags[p.start - 1] in \
                (tx.DET, tx.VERB) else (None, None)
            field = s.next_phrase(p.end + 1)
            if key and not role and field is not None and field.start == p.end + 1 and \
                    not self.entity_of(field)[0] and not field.plural:
                self._attributes(key, s, p.end + 1)
        for i, t in enumerate(toks):
            owner = subject
            follows = tags[i + 1] if i + 1 < len(toks) else None
            if follows not in (tx.DET, tx.QUANT, tx.NOUN, tx.ADJ, "NUMBER", "QUOTE"):
                continue
            given = s.next_phrase(i + 1) if tags[i] == tx.VERB and w.verb_base(t.text) in ("give", "assign") else None
            if given is not None and given.start <= i + 2 and given.end < len(toks) and \
                    toks[given.end].text in ("its", "their") and self.entity_of(given)[0]:
                self._attributes(self.entity_of(given)[0], s, given.end)   # "give the incident its address, …"
                continue
            if t.text == "with" and i > 0 and toks[i - 1].text == "each":
                k = i - 2
                if k >= 0 and toks[k].text == ")":
                    k = self._paren_start(toks, k) - 1
                p = s.phrase_at(k) if k >= 0 else None
                if (p is None or not self.entity_of(p)[0]) and k >= 0 and toks[k].text == ",":
                    # "several copies of each book, each with a barcode": the copies
                    p = next((q for q in reversed(s.phrases) if q.end <= k and q.plural and self.entity_of(q)[0]), None)
                if p is not None and self.entity_of(p)[0]:
                    holder = self._container_pair(s, p, i)
                    self._attributes(holder or self.entity_of(p)[0], s, i + 1)
                    continue
            if t.text == "with" and any(w.verb_base(x.text) in INTERACTIONS and tags[n] == tx.VERB
                                        and self.phrase_entity.get((INTERACTIONS[w.verb_base(x.text)],))
                                        for n, x in enumerate(toks[:i])):
                continue                             # read with the interaction
            if t.text in ("saying", "stating", "recording", "showing", "listing") and i > 0:
                p = s.phrase_at(i - 1)
                key = self.entity_of(p)[0] if p is not None else None
                if key:
                    self._attributes(key, s, i + 1)
                    continue
            if t.text in HAVE and tags[i] in (tx.AUX, tx.VERB) and (t.text not in ("need", "needs", "get", "gets")
                                                                   or self._nearest_entity_before(s, i)) \
                    or self._record_says(s, i, subject) \
                    or (t.text in ("with",) and i > 0 and (tags[i - 1] in (tx.NOUN, tx.VERB) or
                                                         toks[i - 1].text in ("up", "in", "out", ")", ","))):
                if t.text == "with":
                    logged = False
                    p = s.phrase_at(i - 1) if toks[i - 1].text != ")" else \
                        s.phrase_at(self._paren_start(toks, i - 1) - 1)
                    copula = s.phrases and s.words[s.phrases[0].end:s.phrases[0].end + 1] in (["is"], ["are"]) and \
                        subject is not None and self.entity_of(s.phrases[0])[0] == subject
                    if toks[i - 1].text == "," and copula and not (i + 1 < len(toks) and toks[i + 1].text in
                                                                   ("their", "its")):
                        p = s.phrases[0]                 # "a match is between …, with the final score …": the match's
                    elif toks[i - 1].text == ",":
                        # "registered as adopters, with their name, …": the fields of the phrase before;
                        # "file a damage report against the rental, with a description": of the report
                        p = s.phrase_at(i - 2) if i + 1 < len(toks) and toks[i + 1].text in ("their", "its") else None
                        q = s.phrase_at(i - 2)
                        if p is None and q is not None and q.start > 1 and tags[q.start - 1] == tx.DET and \
                                tags[q.start - 2] == tx.PREP:
                            p = q
                    elif p is None and i >= 3 and tags[i - 1] == tx.VERB and \
                            toks[i - 2].text in ("is", "are", "was", "were", "gets", "get"):
                        p = s.phrase_at(i - 3)         # "every walk is logged with the volunteer, …": the walk's
                        logged = p is not None
                    if p is not None and p.start > 1 and tags[p.start - 1] in (tx.DET,) and tags[p.start - 2] == tx.PREP:
                        p = next((q for q in reversed(s.phrases) if q.end <= p.start - 2), None)
                    if p is not None and p.start > 3 and toks[p.start - 1].text in ("are", "is") and \
                            toks[p.start - 2].text in ("which", "that") and toks[p.start - 3].text == ",":
                        p = s.phrase_at(p.start - 4) or p
                    pair = self._each_pair(s, i)
                    if pair is not None:          # "stored in several bins, with the quantity in each bin"
                        self._attributes(pair, s, i + 1)
                        continue
                    kept = self._kept_things(s, i)
                    if kept:                      # "stations and hospitals kept as reference data with a name"
                        for key in kept:
                            self._attributes(key, s, i + 1)
                        continue
                    owner, role = self.entity_of(p) if p else (subject, None)
                    if owner is None and p is not None and i > 2 and toks[p.start - 1].text in ("are", "is") or \
                            (p is not None and p.start > 1 and toks[p.start - 2].text in ("are", "is")):
                        owner = owner or subject
                    if owner is None and tags[i - 1] in (tx.VERB, tx.PREP):
                        owner = subject
                    if owner is None:
                        continue
                    nxt = s.next_phrase(i + 1)
                    if nxt and self.entity_of(nxt)[0] and nxt.start <= i + 2 and not logged:
                        continue
                else:
                    left = self._nearest_entity_before(s, i)
                    owner = left or self._for_each(s, i) or subject
                if owner is None:
                    continue
                nxt = s.next_phrase(i + 1)
                if t.text not in ("has", "have", "with") and nxt is not None and nxt.start <= i + 2 and \
                        nxt.det in ("a", "an") and self.entity_of(nxt)[0] and not self.entity_of(nxt)[1]:
                    continue                    # "we log a movement saying ...": the movement's own list
                if nxt is not None and (nxt.many or (nxt.plural and self.entity_of(nxt)[0])
                                        or self._sub_entity(nxt)):
                    continue                    # "has many X": a relation, read elsewhere
                if t.text in ("contains", "contain", "includes", "include") and nxt is not None \
                        and self.entity_of(nxt, loose=True)[0]:
                    continue
                self._attributes(self._field_of(s, nxt) or owner, s, i + 1)
            elif tags[i] in (tx.VERB, tx.AUX) and w.verb_lemma(t.text) in ATTRIBUTE_VERBS and subject:
                k = i - 1
                while k > 0 and (tags[k] == tx.ADV or toks[k].text in ("only", "just", "also", "usually")):
                    k -= 1                       # "for a paramedic we only need the name"
                if i == 0 or toks[k].text in ("we", "i", "to", "also", "you", ",", "then"):
                    nxt = s.next_phrase(i + 1)
                    if nxt is not None and nxt.start <= i + 2 and nxt.det in ("a", "an") and \
                            self.entity_of(nxt)[0] and not self.entity_of(nxt)[1]:
                        continue                 # "we log a movement saying ...": the movement's own list
                    self._attributes(self._for_each(s, i) or subject, s, i + 1)

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
        if owner is None or owner.start > phrase.end + 2 or owner.det not in ("each", "every", "the", "a", "an"):
            return None
        key, role = self.entity_of(owner)
        return key if not role else None

    def _sub_entity(self, phrase):
        """'subcategories' of categories: a hierarchy, not an attribute (but 'subject' is a word)."""
        word = phrase.words[-1]
        if not word.startswith("sub") or len(word) < 6:
            return False
        return self.entity_of_words((word[3:],))[0] is not None

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
        return owner

    def _container_pair(self, s, p, i):
        """'orders contain several products, each with a quantity', 'put several dishes in a single
        order, each with a quantity': the fields are the pair's (its own table), not the things'."""
        key, role = self.entity_of(p)
        if not p.many or role or p.head in LOOSE_HEADS:
            return None                               # "several order lines, each with …" are the lines'
        toks, tags = s.tokens, s.tags
        container = None
        for q in s.phrases:
            if q is p or q.start >= i:
                continue
            other, other_role = self.entity_of(q)
            if other is None or other_role or other == key:
                continue
            verb = next((toks[j].text for j in range(q.end, p.start) if tags[j] == tx.VERB), None)
            into = q.start > p.end and q.start >= 2 and toks[q.start - 1].text in ("a", "an", "one", "the", "single") \
                and any(toks[j].text in ("in", "into", "to", "on") for j in range(max(p.end, q.start - 3), q.start))
            if into or (q.end <= p.start and verb is not None and
                        w.verb_base(verb) in ("contain", "include", "hold", "list", "have")):
                container = other
        return self._pair_table(container, key) if container is not None else None

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

    def _pair_of(self, s, p, key):
        """The table of 'each <p> of a <q>' (both things): made once, it refers to both, and the two
        references it replaces go (finish)."""
        toks = s.tokens
        if p.end + 2 >= len(toks) or toks[p.end].text != "of":
            return None
        q = s.next_phrase(p.end + 1)
        if q is None or q.start > p.end + 2 or q.plural:
            return None
        other, role = self.entity_of(q)
        if other is None or role or other == key:
            return None
        return self._pair_table(key, other)

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

    def _record_says(self, s, i, subject):
        """'a work order states the quantity, the due date …': a thing that is no person and a verb of
        telling (WordNet's verb.communication: state, specify, mention) give the thing's fields; so
        does the sentence's subject when the verb is its second ('… is issued for a part and states …')."""
        said = s.next_phrase(i + 1)
        if s.tags[i] != tx.VERB or not (lexicon.tells(s.tokens[i].text) or (
                said is not None and said.start <= i + 2 and said.det in ("a", "an") and not said.plural and
                said.words[-1] in w.FIELD_NOUNS and w.verb_base(s.tokens[i].text) not in LIGHT_VERBS)):
            return False                         # ("every movement moves a quantity of one product")
        owner = self._nearest_entity_before(s, i) or (subject if s.tokens[i - 1].text == "and" else None)
        #                                              "a course teaches a language": a relation, no fields
        return owner is not None and not lexicon.holds_people(owner) and \
            (said is None or self.entity_of(said, loose=True)[0] is None)

    def _nearest_entity_before(self, s, i):
        end = i
        for p in reversed(s.phrases):
            if p.end > i:
                continue
            between = [s.tokens[k].text for k in range(p.end, end)]
            if between[:3] in ([",", "each", "one"], [",", "each"]) and p.plural:
                between = between[3 if between[2:3] == ["one"] else 2:]   # "12 cleaners, each one has name, …"
            if not all(x in ("can", "also", "'s", "may", "must", "will", "should", "optionally",
                             "usually", "always", "often", "typically", "each", "which", "that",
                             "then", "only") for x in between):
                return None
            k = p.start - 1
            while k >= 0 and s.tags[k] in (tx.DET, tx.ADJ, tx.QUANT):
                k -= 1
            if k >= 0 and s.tags[k] == tx.PREP and s.tokens[k].text != "of":
                end = k                          # "every treatment line on an appointment records"
                continue
            key, role = self.entity_of(p)
            return key if key and not role else None
        return None

    def _items(self, s, start, closing=None):
        """Token spans of the items of a list starting at start."""
        toks = s.tokens
        items, cur, depth = [], [], 0
        end = constructions.title_item_end(s, start) or len(toks)   # "members with their plan, classes …"
        for i in range(start, end):
            t = toks[i].text
            if t in "({" and toks[i].kind == "punct":
                depth += 1
            elif t in ")}" and toks[i].kind == "punct":
                if depth == 0:
                    if closing:
                        break
                    continue
                depth -= 1
            if depth == 0 and (t in (",", "+", "&") and toks[i].kind == "punct" or t in ("and", "plus")):
                if cur:
                    items.append(cur)
                cur = []
                continue
            cur.append(i)
        if cur:
            items.append(cur)
        return items

    def _attributes(self, owner, s, start, closing=None):
        entity = self.spec.entities.get(owner)
        if entity is None:
            return
        self.last_owner = owner
        items = self._items(s, start, closing)
        if self._named_examples(s, items):
            return                                   # "tracks - Research, Industry, Demo and so on": examples
        if sum(1 for idx in items if idx and s.tokens[idx[0]].text == "then") >= 2:
            levels = clean_values([" ".join(s.tokens[i].text for i in idx if s.tokens[i].text != "then")
                                    for idx in items if len(idx) <= 3])
            if len(levels) >= 2:
                entity.attribute("level").values = tuple(levels)
            return
        toks = s.tokens
        k = 0
        previous_names = []
        while k < len(items):
            idx = items[k]
            if idx and toks[idx[0]].text in ("eg", "ie", "etc", "such", "whenever", "because", "so", "while",
                                              "since") or (len(idx) > 1 and toks[idx[0]].text == "every"
                                                           and toks[idx[1]].text == "time"):
                break
            if idx and toks[idx[0]].text in ("when", "if") and any(toks[i].text in ("we", "i", "you") for i in idx):
                break
            if self._new_clause(s, idx):
                break                                # "…, and every walk is logged with …": another subject
            if idx and toks[idx[0]].text.endswith("ing") and w.verb_base(toks[idx[0]].text) and \
                    toks[idx[0]].text not in w.NOUN_FORMS and not (s.tags[idx[0]] == tx.NOUN and len(idx) == 2
                                                                   and s.tags[idx[1]] == tx.NOUN):
                break                                # "..., giving trees like Clothing > Men"
            closed = self._closed_set_clause(s, idx)
            if closed is not None and previous_names:
                # "its current status, which can be available, dispatched or out of service"
                values, used = self._value_list(s, items, k, closed)
                values = clean_values(values)
                target = entity.attributes.get(previous_names[-1])
                if target is not None and len(values) >= 2 and not target.values:
                    target.values = tuple(values)
                    k += used
                    continue
            if previous_names and self._role_of_thing(entity, s, idx, previous_names):
                k += 1
                continue
            used = self._item(entity, s, idx, items, k, previous_names)
            k += used

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

    @staticmethod
    def _named_examples(s, items):
        """Is a list a few named examples ('Research, Industry, Demo and so on', 'Thai, Pizza, …'),
        not fields ('Make, Model, Year')?"""
        if len(items) < 2 or not all(s.tokens[idx[0]].orig[:1].isupper() and s.tokens[idx[0]].text not in
                                     w.FIELD_NOUNS for idx in items[:2]):
            return False
        texts = [" ".join(s.words[i] for i in idx) for idx in items]
        after = " ".join(s.words[items[-1][-1] + 1:items[-1][-1] + 4])
        return any(rx(r"^(?:so on|etc)\b|\betc$").search(t) for t in texts) or bool(rx(r"^(?:\.\s*){2,}").search(after))

    @staticmethod
    def _new_clause(s, idx):
        """Does a list item open a clause of its own ('and every walk is logged', 'each one holds')?"""
        j = 1 if idx and s.tokens[idx[0]].text == "and" else 0
        if len(idx) >= j + 2 and s.tags[idx[j]] == tx.NOUN and w.is_plural(s.tokens[idx[j]].text):
            p = s.phrase_at(idx[j])              # "…, and others rate and save them": a subject and its verb
            return p is not None and p.start == idx[j] and p.end < len(s.tokens) and \
                s.tags[p.end] == tx.VERB and not constructions.participle(s.tokens[p.end].text)
        if len(idx) < j + 3 or s.tokens[idx[j]].text not in ("each", "every"):
            return False
        p = s.phrase_at(idx[j + 1])
        return p is not None and p.end < len(s.tokens) and s.tags[p.end] in (tx.AUX, tx.VERB)

    def _people_named(self, entity, phrase):
        """The people a field names when it is a person ('manager', 'mother'): the entity itself when
        it holds people, else — for a role anyone can fill (manager, author, not doctor) — the one
        entity of the text that does; None when it is no person or there is no single answer."""
        if phrase is None or len(phrase.words) != 1 or phrase.many or phrase.plural:
            return None
        if phrase.head not in lexicon.person_nouns():
            return None
        if lexicon.holds_people(entity.key):
            return entity.key
        if phrase.head not in PERSON_ROLES:        # a doctor on a visit is no patient; a manager is anyone
            return None
        people = [k for k in self.spec.entities if lexicon.holds_people(k)]
        return people[0] if len(people) == 1 else None

    @staticmethod
    def _closed_set_clause(s, idx):
        """The token indexes after 'which can be' / 'which is one of' / 'that is either' opening a list
        item, or None: the values of the field before."""
        words = [s.tokens[i].text for i in idx]
        m = rx(r"^(?:which|that) (?:can|may|must|will) (?:only )?be (?:either |one of )?|"
               r"^(?:which|that) (?:is|are) (?:always )?(?:either |one of )").match(" ".join(words))
        if m is None:
            return None
        used = len(m.group(0).split())
        return idx[used:] if len(idx) > used else None

    def _value_list(self, s, items, k, first_tokens):
        """Closed value set starting with first_tokens (indexes), continuing over later items."""
        toks = s.tokens
        values = []
        first_count = 0
        spans = [first_tokens] + items[k + 1:]
        used = 0
        for n, span in enumerate(spans):
            if n > 0 and (s.tags[span[0]] == tx.DET
                          or any(toks[i].text == ")" for i in spans[0]) or first_count >= 2):
                break                                # "type = call | email | meeting, notes, due date"                                # a new attribute, or the set closed already
            parts, cur = [], []
            for i in span:
                t = toks[i]
                if t.text in ("/", "|", "or", "{", "}", ")", "(", "-", "=", "either", ",") and (t.kind == "punct" or t.text in ("or", "either")):
                    if cur:
                        parts.append(cur)
                    cur = []
                    if t.text == ")":
                        break
                    continue
                cur.append(t)
            if cur:
                parts.append(cur)
            ok = True
            for part in parts:
                ws = [t for t in part if t.text not in ("a", "an", "the")]
                if part and part[0].text in ("a", "an") and len(parts) == 1 and n > 0 and not values:
                    ok = False
                if not ws or len(ws) > 3 or any(t.kind not in ("word", "quote", "number") for t in ws) \
                        or any(t.text in w.DETERMINERS or t.text in ("we", "it", "they", "which") for t in ws):
                    ok = False
                    break
            if not ok or not parts:
                break
            for part in parts:
                value = "_".join(t.text.strip("'\"") for t in part if t.text not in ("a", "an", "the"))
                if value not in ("unique", "optional", "required", "mandatory", "nullable", "etc"):
                    values.append(value)
            used = n + 1
            if n == 0:
                first_count = len(values)
            if n > 0 and s.tokens[span[-1]].text == ")":
                break
        return values, max(used, 1)

    def _item(self, entity, s, idx, items, k, previous_names):
        """Read one list item into entity; returns how many items it consumed."""
        toks, tags = s.tokens, s.tags
        words = [toks[i].text for i in idx]
        text = " ".join(words)
        if not idx:
            return 1
        # "both empty until ..." applies to the items before it
        if words[0] == "both" and OPTIONAL_CUES.search(text):
            for name in previous_names[-2:]:
                self._set_optional(entity, name)
            return 1
        if words[0] in ("which", "that") and "unique" in words and previous_names:
            if previous_names[-1] in entity.attributes:
                entity.attributes[previous_names[-1]].unique = True
            return 1
        if words[0] in ("which", "that") and OPTIONAL_CUES.search(text) and previous_names:
            self._set_optional(entity, previous_names[-1])
            return 1
        first = s.phrase_at(idx[0]) or s.next_phrase(idx[0])
        if first is not None and first.start <= idx[0] + 1 and first.head in LOOSE_HEADS and \
                first.end < len(toks) and toks[first.end].text == "of":
            # "Trip: one run of a route on a service calendar": what the thing is, and what it refers to
            for q in s.phrases:
                if first.end < q.start <= idx[-1] and q.det in ("a", "an", "one", "the") and not q.plural:
                    key, role = self.entity_of(q)
                    if key and key != entity.key and not role:
                        self._relate(entity.key, key)
            return 1
        m = rx(r"(?:and )?from (?:which|the|a|one) ([\w ]+?) to (?:which|the|a|one|another) ([\w ]+?)").fullmatch(text)
        if m:
            for role, phrase_text in (("from", m.group(1)), ("to", m.group(2))):
                key, _ = self.entity_of_words(phrase_text.split())
                if key:
                    self._relate(entity.key, key, role)
            return 1
        pers = [i for i in idx if toks[i].text == "per"]
        linked = False
        for i in pers:
            q = s.next_phrase(i + 1)
            if q is not None and q.start == i + 1:
                key, _ = self.entity_of(q, owner=entity.key, loose=True)
                if key and key != entity.key:
                    self._relate(entity.key, key)
                    linked = True
        if linked and (toks[idx[0]].text in ("one", "a", "an") or (
                len(pers) == 1 and pers[0] == idx[1] and constructions.participle(toks[idx[0]].text))):
            return 1                                 # "one per table", "charged per loan": the reference only
        if rx(r"(?:and )?(?:on |at )?what (?:date|day|time)|(?:and )?when").fullmatch(text) and previous_names:
            m = rx(r"\b(?:was|were|is|are|got) (\w+)\b").search(" ".join(t.text for t in toks[:idx[0]]))
            if m:
                suffix = "_at" if text.endswith(("time", "when")) else "_on"
                name = _participle(w.stem(m.group(1))) + suffix
                entity.attribute(name).hint = "timestamp" if suffix == "_at" else "date"
                previous_names.append(name)
                return 1
        m = rx(r"^(?:a |an |the |their |its )?(\w+) (?:who|which|that) is (?:another|a|an|also a|also an|the) (\w+)").match(text)
        if m:
            key, _ = self.entity_of_words((m.group(2),))
            if key:
                self._relate(entity.key, key, m.group(1) if key == entity.key or m.group(1) != key else None,
                             optional=key == entity.key)
                previous_names.append(m.group(1))
                return 1
        special = self._clause_item(entity, s, idx)
        if special:
            previous_names.append(special)
            remark = rx(r"\(([^()]*)\)").search(text)     # "when it ended (left empty while running)"
            if remark and OPTIONAL_CUES.search(remark.group(1)):
                entity.attributes[special].optional = True
            return 1
        first_np = next((q for q in s.phrases if q.start >= idx[0]), None)
        if first_np is not None and words[0] not in ("which", "what", "how", "when", "whether") and \
                first_np.end <= idx[-1] and tags[first_np.end] in (tx.AUX, tx.VERB) and \
                toks[first_np.end].text in ("are", "is", "must", "have", "has") and first_np.plural:
            return len(items) - k                  # "..., and emails are unique": a new clause
        phrases = [p for p in s.phrases if p.start >= idx[0] and p.end <= idx[-1] + 1]
        quote = next((i for i in idx if toks[i].kind == "quote"), None)
        if quote is not None and (not phrases or quote < phrases[0].start) and words[-1] != "flag":
            name = safe_words(toks[quote].text)
            if name:
                entity.attribute(name).hint = "text"
                if OPTIONAL_CUES.search(text):
                    entity.attributes[name].optional = True
                previous_names.append(name)
            return 1
        m = rx(r"^(?:and )?([a-z]\w+) (at|on)(?: \( ([^()]*) \))?$").match(text)
        if m and m.group(1) not in w.DETERMINERS and m.group(1) not in w.PRONOUNS:
            name = f"{m.group(1)}_{m.group(2)}"     # "paid at", "born on", "due at", "returned at (empty until …)"
            entity.attribute(name).hint = "timestamp" if m.group(2) == "at" else "date"
            if m.group(3) and OPTIONAL_CUES.search(m.group(3)):
                entity.attributes[name].optional = True
            previous_names.append(name)
            return 1
        if not phrases:
            return 1
        p = phrases[0]
        if p.head in ("link", "relationship", "connection", "association", "table", "way"):
            return 1
        # stop at relative clauses and verbs: "the campaign it supports", "the fare charged"
        enum_start = None
        for pos, i in enumerate(idx):
            if (toks[i].text in ("=", "in", "of", ":", "(", "through") or
                    (toks[i].text == "-" and pos + 1 < len(idx) and toks[idx[pos + 1]].kind == "word") or
                    (toks[i].text in ("is", "are") and pos > 0 and toks[idx[pos - 1]].text in ("that", "which"))) \
                    and i >= p.end:
                rest = idx[pos + 1:]
                if rest and (toks[i].text != "in" or toks[rest[0]].text == "{") and \
                        (toks[i].text != "of" or s.tokens[p.end - 1].text in ("status", "type", "role", "kind", "state", "condition", "category", "level", "method")) and \
                        (toks[i].text != "(" or True):
                    enum_start = pos
                    break
        # possessive: "the payment provider's reference", "principal investigator's name"
        name_words = list(p.words)
        role_phrase = p
        if p.possessive:
            later = [q for q in phrases if q.start > p.end]
            if later:
                q = later[0]
                owner_key, _ = self.entity_of(p)
                if owner_key == entity.key or owner_key:
                    name_words = list(q.words)
                elif q.words[-1] == "name":
                    name_words = list(p.words)
                elif q.words[-1] in ("reference", "id", "number", "code"):
                    name_words = [p.words[-1]] + list(q.words)
                else:
                    name_words = list(q.words)
                role_phrase = q
        # "which rider", "the station where they are parked", "the campaign it supports"
        key, role = self.entity_of(role_phrase, owner=entity.key)
        if key is None and p.det == "which":
            key, role = self.entity_of(role_phrase, owner=entity.key, loose=True)
        of_tail = self._of_tail(s, role_phrase, idx)
        if of_tail is not None:
            key2, _ = self.entity_of(of_tail)
            key3, role3 = self.entity_of_words(of_tail.words + role_phrase.words)
            if key3 and not role3:
                key, role = key3, ()
            elif key2 and key2 != entity.key and not key and role_phrase.words[-1] in ("version",):
                key, role = key2, ()
        if key and (role_phrase.many or (role_phrase.plural and role_phrase.det in ("their", "its") and not role)):
            # "each book has ... one or more authors", "patients with their visits (date, reason)"
            if key != entity.key and (key, entity.key) not in self._many_marks:
                self._relate(key, entity.key)
            self._mark_many(entity.key, key)
            return 1
        optional = bool(OPTIONAL_CUES.search(text)) or None
        if "required" in words or "mandatory" in words:
            optional = False
        for q in phrases[1:]:
            if q.start > 0 and toks[q.start - 1].text == "which" and q is not role_phrase:
                other, _ = self.entity_of(q, owner=entity.key)
                if other and other != entity.key:
                    self._relate(entity.key, other)
        if key and (key != entity.key or role):
            role_name = w.snake(role) if role else None
            if role_name in ("which", "its", "their"):
                role_name = None
            if key == entity.key and not role_name:
                role_name = "parent"
            self._relate(entity.key, key, role_name, optional=bool(optional))
            previous_names.append((role_name + "_" if role_name else "") + key)
            for q in phrases[1:]:                  # "one cleaner at one client on a date": and a date
                if q.start > idx[0] + 1 and s.tags[q.start - 1] == tx.DET and s.tags[q.start - 2] == tx.PREP and \
                        q.words[-1] in ("date", "day", "time") and not self.entity_of(q)[0]:
                    name = w.snake(q.words)
                    entity.attribute(name).hint = "date" if q.words[-1] in ("date", "day") else "timestamp"
                    previous_names.append(name)
            return 1
        people = self._people_named(entity, role_phrase) if not key else None
        if people is not None:                 # "employees with their name and manager"
            self._relate(entity.key, people, role_phrase.head, optional=True, column=f"{role_phrase.head}_id")
            previous_names.append(f"{role_phrase.head}_id")
            return 1
        name = self._attribute_name(entity, name_words, s, idx, p)
        if not name:
            return 1
        attr = entity.attribute(name)
        previous_names.append(name)
        self.last_names = previous_names
        if optional is not None:
            attr.optional = optional if attr.optional is None or optional else attr.optional
        if "unique" in words or rx(r"\bunique\b").search(text):
            attr.unique = True
        self._modifiers(attr, s, idx, p)
        used = 1
        if enum_start is not None:
            first = idx[enum_start + 1:]
            values, used = self._value_list(s, items, k, first)
            values = clean_values(values)
            if len(values) >= 2 and not rx(r"\b(eg|such as|like|ie)\b").search(text) and attr.low is None:
                attr.values = tuple(values)      # "(1-5)" is a range (_modifiers), not two values
                return used
            used = 1
        if True:
            paren = [i for i in idx if toks[i].text == "("]
            if paren:
                inner = [i for i in idx if i > paren[0]]
                inner_text = " ".join(toks[i].text for i in inner)
                if not rx(r"^(eg|such as|like|ie|the|a|an|we|e|in)\b").match(inner_text):
                    values, _ = self._value_list(s, [], 0, inner)
                    values = clean_values(values)
                    if len(values) >= 2 and not type_words(inner_text) and attr.low is None:
                        attr.values = tuple(values)
                    elif len(values) >= 2:
                        pass
                elif rx(r"^we\b").match(inner_text):
                    vals = self._values_in_text(s, inner)
                    if len(vals) >= 2:
                        attr.values = tuple(vals)
        return used

    def _clause_item(self, entity, s, idx):
        """Items that are clauses: 'when it was paid', 'how many rows it contains'."""
        toks = s.tokens
        words = [toks[i].text for i in idx]
        text = " ".join(words)
        if not CLAUSE_HINT.search(text):
            return None
        remark = rx(r"\(([^()]*)\)").search(text)
        text = rx(r"\s*\([^()]*\)\s*").sub(" ", text).strip()
        m = rx(r"^(?:and |plus )?how (long|often|much)\b(?: (?:it|they|we|the \w+) \w+)?(?: in (\w+))?$").match(text)
        if m:                                  # "how long it took in hours", "how often we clean (weekly/…)"
            name = {"long": "duration", "often": "frequency", "much": "amount"}[m.group(1)]
            unit = _UNITS.get(m.group(2) or "") if m.group(2) else None
            name = f"{name}_{unit}" if unit and unit != "money" else name
            attr = entity.attribute(name)
            if name == "frequency" and remark:
                values = clean_values(rx(r"\s*[/,|]\s*|\s+or\s+").split(remark.group(1)))
                attr.values = tuple(values) if len(values) >= 2 else attr.values
            elif name != "frequency":
                attr.hint = "numeric"
            return name
        m = rx(r"^(?:and |plus )?(?:if|whether) (?:it|they|he|she|the \w+) "
               r"(?:was |were |is |are |has been |have been )?(\w+)$").match(text)
        if m and m.group(1).endswith("ed") or m and m.group(1) in ("paid", "done", "sent", "open", "active", "free"):
            name = "is_" + m.group(1)          # "if the client paid", "whether it was approved"
            entity.attribute(name).hint = "boolean"
            return name
        m = re.match(r"^(?:and )?(?:when|the date|the moment|the time|the day)\s+(?:(?:it|they|he|she|we|the \w+|this)\s+)?"
                     r"(?:was|were|is|are|has been|had been|got|gets)?\s*(?:(?:first|last|next)\s+)?(\w+)(?:\s+it)?$", text)
        if m:
            verb = m.group(1)
            base = w.verb_base(verb) or verb
            participle = _participle(base)
            suffix = "_on" if text.startswith("the date") or text.startswith("the day") else "_at"
            if base == "happen":
                participle = "occurred"
            name = participle + suffix
            entity.attribute(name).hint = "date" if suffix == "_on" else "timestamp"
            return name
        if rx(r"\bhow many (?:were|are|was|is|get|got|have been) \w+").search(text):
            entity.attribute("quantity").hint = "count"
            return "quantity"
        m = rx(r"^when the (?:next )?(\w+) is due$").match(text)
        if m:
            name = w.singular(m.group(1)) + "_due_on"
            entity.attribute(name).hint = "date"
            return name
        m = rx(r"^how many (\w+)(?: \w+)*? (?:it|they|we) (?:\w+)$").match(text)
        if m and m.group(1) != "times":
            name = w.singular(m.group(1)) + "_count"
            entity.attribute(name).hint = "count"
            return name
        m = rx(r"^(?:and )?whether (?:it |they )?(?:is |are |was |were |has been |have been )?(\w+)$").match(text)
        if m and m.group(1) not in w.DETERMINERS:      # "amount and whether paid"
            name = "is_" + m.group(1)
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"how many times (?:it|they) (?:has been|have been|was|were|is|are)? ?(\w+)").search(text)
        if m:
            base = w.stem(m.group(1))
            name = base + "_count"
            entity.attribute(name).hint = "count"
            return name
        m = rx(r"whether (?:it|they|he|she|the \w+) (?:is|are|has been|have been|was|were|has|have) (?:the |a |an )?(\w+(?: (?!it\b|them\b|one\b)\w+)?)").search(text)
        if m:
            name = "is_" + w.snake(m.group(1).split())
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"whether (?:it|they|he|she|the \w+) (\w+)").search(text)
        if m:
            rest = [t for t in words[words.index(m.group(1)) + 1:] if t not in w.DETERMINERS and t not in ("to",)]
            name = "has_" + w.snake([m.group(1)] + rest[-2:])
            entity.attribute(name[:63]).hint = "boolean"
            return name[:63]
        quoted = [toks[i].text.strip("'\"") for i in idx if toks[i].kind == "quote"]
        if quoted and words[-1] == "flag":
            name = "is_" + w.snake(quoted[0].split())
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"^(?:a |the )?(\w+) that says whether .* (?:has|have|is|are|was) (\w+)(?: it)?$").match(text)
        if m:
            name = "is_" + m.group(2)
            entity.attribute(name).hint = "boolean"
            return name
        return None
