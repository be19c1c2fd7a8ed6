"""The extractor's reading of one attribute list: its items, what each item is (a field, a closed set
of values, an optional field, a thing the owner keeps); items that are clauses ("the date it was made")
are clause_items.py. Which clauses give lists and whose they are is attributes.py; how one field is
named and typed is field_names.py."""

from .cues import ATTRIBUTE_WORDS, KIND_HEADS, OPTIONAL_CUES, LOOSE_HEADS, rx, safe_words
from . import clause_fields, constructions, lexicon, title_lists
from . import text as tx
from . import words as w
from .clause_items import ClauseItemReading
from .item_references import ItemReferences
from .values_before import read_said_items
from .value_lists import value_list
from .divided_into import divided_into
from .value_statements import state_like
from .list_ends import new_clause, predicate
from .relations import act_or_event
from .field_names import ROOM_VERBS, FieldNaming, clean_values, type_words, _participle
from .tagging import irregular_participle


# "SKU (unique)", "code (no duplicates)", "email (never repeated)": no two rows share it
_UNIQUE_NOTE = rx(r"\bunique\b|\bno (?:duplicates?|repeats?|two alike)\b|\b(?:never|not|cannot be|can't be) "
                  r"(?:duplicated|repeated|reused|shared)\b")
_BOUNDS = frozenset("maximum minimum max min up most least".split())
# "when I last watered it": the time something was done to the thing, a field of it
_LAST_DONE = rx(r"^(?:and )?when (?:i|we) (?:last |first )?\w+ (?:it|them)$")

def _inside_parenthesis(toks, idx):
    """An item's token indexes after its first '(' ([] when it has none)."""
    paren = next((i for i in idx if toks[i].text == "("), None)
    return [i for i in idx if i > paren] if paren is not None else []


def _relative_verb(s, k):
    """The verb of a relative clause at k on things said with 'the' ('the tracks that were played', 'the players
    who took part', 'the products which were bought'), or None."""
    if s.words[k:k + 1] not in (["that"], ["who"], ["which"]):
        return None
    j = k + 1 + (s.words[k + 1:k + 2] in (["were"], ["are"], ["was"], ["is"], ["have"], ["had"]))
    return lexicon.verb_lemma(s.words[j]) if j < len(s.tokens) and s.tags[j] == tx.VERB else None


class ItemReading(FieldNaming, ClauseItemReading, ItemReferences):
    """Item reading of :class:`.extract.Extractor` (mixed into it through AttributeReading)."""

    def _items(self, s, start, closing=None):
        """Token spans of the items of a list starting at start."""
        toks = s.tokens
        items, cur, depth = [], [], 0
        end = title_lists.title_item_end(s, start) or len(toks)   # "members with their plan, classes …"
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
            if t == "and" and i >= 2 and toks[i - 2].text == "between" and toks[i - 1].kind == "number":
                cur.append(i)                         # "a handicap between 0 and 54": a range, one item
                continue
            slashed = t == "/" and depth == 0 and len(cur) >= 2 and i + 2 < end and (
                w.field_word(toks[i - 1].text) and toks[i + 2].text == toks[i - 1].text or   # ("departure date /
                toks[i + 1].text == toks[i - 2].text and s.tags[i - 1] == s.tags[i + 2] == tx.PREP and (
                    i + 3 >= end or toks[i + 3].kind == "punct" or toks[i + 3].text == "and"))   # arrival date",
            #                                                       "valid from / valid to": two fields)
            if depth == 0 and (t in (",", "+", "&") and toks[i].kind == "punct" or t in ("and", "plus")) or slashed:
                if cur:
                    items.append(cur)
                cur = []
                continue
            if not cur and depth == 0 and i > start and toks[i - 1].text == "and" and s.tags[i] in (tx.VERB, tx.AUX) and \
                    t.endswith("s") and t not in ("is", "was", "has", "does") and lexicon.verb_lemma(t):
                break                                # "a customer's address and gets one plumber": the subject's verb
            if not cur and depth == 0 and i > start and toks[i - 1].text == "," and s.tags[i] == tx.VERB and \
                    not t.endswith(("ed", "ing")) and tx.relative_clause_closed(s, i - 1):
                break                                # "walkers, who each have a phone number, take dogs …": theirs
            if not cur and depth == 0 and t == "it" and s.words[i + 1:i + 2] in (["is"], ["was"]) and \
                    i + 2 < end and s.tags[i + 2] == tx.VERB:
                break                                # ", and it is performed many times": a clause, not an item
            if not cur and depth == 0 and t in ("they", "we", "he", "she") and i + 2 < end and \
                    s.words[i + 1] in w.MODALS and s.tags[i + 2] == tx.VERB:
                break                                # ", and they can RSVP to events": a clause, not an item
            cur.append(i)
        if cur:
            items.append(cur)
        return [part for idx in items for part in (tx.unspaced_fields([toks[i].text for i in idx], idx)
                                                   if len(idx) > 1 and toks[idx[0]].text in w.FIELD_NOUNS else (idx,))]

    def _attributes(self, owner, s, start, closing=None):
        entity = self.spec.entities.get(owner)
        if entity is None:
            return
        self.last_owner = owner
        items = self._items(s, start, closing)
        if self._named_examples(s, items) or items and items[0] and s.words[items[0][0]] == "with" and \
                (q := s.phrase_at(items[0][0] - 1 - (s.words[items[0][0] - 1] == ","))) is not None and q.plural and \
                self.entity_of(q)[0] not in (None, owner) and owner not in self.pair_tables and \
                not {"each", "every", "per"} & set(s.words[items[0][0]:]):   # (not "…, with a pickup time for each")
            return                                   # "tracks - Research, Industry, Demo and so on": examples;
            #                                          "has one or two engines, with a make": the engines' fields
        close = tx.after_parenthesis(s.tokens, start - 1) if closing == ")" and start > 0 else None
        inner = s.tokens[start:close - 1] if close is not None else []
        if closing == ")" and start > 0 and s.tokens[start - 1].text == "(" and (tx.plural_kinds(inner) or (
                any(t.text == "or" for t in inner) and not ATTRIBUTE_WORDS & {t.text for t in inner} and
                (q := s.phrase_at(start - 2)) is not None and q.plural and q.end == start - 1 and q.start == start - 2
                and (q.start == 0 or s.words[q.start - 1] in (",", ":")))):   # (also a title list's item)
            #                                          ("packages (mini, standard or full day), each with …")
            ored = next((n for n, idx in enumerate(items) if any(s.words[i] == "or" for i in idx)), len(items))
            fields = [idx for idx in items[ored + 1:] if idx and w.field_word(s.words[idx[-1]])]
            if fields and len(fields) == len(items) - ored - 1:
                items = items[:ored + 1]            # ("lessons (private or group, level)": kinds, then a field)
                self._attributes(owner, s, fields[0][0], closing=")")
            kinds = clean_values([kind for idx in items if idx
                                  for kind in " ".join(s.tokens[i].text for i in idx).split(" or ")])
            if len(kinds) >= 2 and "type" not in entity.attributes:
                entity.attribute("type").values = tuple(kinds)
            if s.words[close:close + 3] == [",", "each", "with"]:
                self._attributes(owner, s, close + 3)   # "…, standard or full day), each with a price"
            return                                   # "activities (calls, emails, meetings)": kinds, no fields
        if start > 0 and s.tokens[start - 1].text == ":" and closing is None and self._kinds_listed(entity, s, items):
            return                                   # "Print jobs: business cards, flyers, posters"
        each = next((n for n, idx in enumerate(items) if len(idx) > 2 and s.words[idx[0]] == "each" and
                     s.words[idx[1]] == "with"), None)
        if each is not None and each >= 1 and any(self.entity_of(q)[0] not in (None, owner) and q.plural and
                                                   s.words[q.end:q.end + 1] in (["they"], ["it"])
                                                   for q in s.phrases if items[each - 1][0] <= q.start <= items[each - 1][-1]):
            items = items[:each]                # "have a name and the certifications they hold, each with an
            #                                     expiry date": each certification held has it, not the owner
        if each is not None and each >= 2 and all(1 <= len(idx) <= 2 and s.tags[idx[0]] != tx.DET and
                                                  not ATTRIBUTE_WORDS & {s.words[i] for i in idx} for idx in items[:each]):
            kinds = clean_values([" ".join(s.words[i] for i in idx) for idx in items[:each]], singular=False)
            field = "name" if entity.words[-1] in KIND_HEADS else "type"
            if field not in entity.attributes or not entity.attributes[field].values:
                entity.attribute(field).values = tuple(kinds)
            self._attributes(owner, s, items[each][2])    # "Ticket types: standard, VIP, speaker, each with a
            return                                        # price": the kinds, then what each one has
        if sum(1 for idx in items if idx and s.tokens[idx[0]].text == "then") >= 2:
            levels = clean_values([" ".join(s.tokens[i].text for i in idx if s.tokens[i].text != "then")
                                    for idx in items if len(idx) <= 3])
            if len(levels) >= 2:
                entity.attribute("level").values = tuple(levels)
            return
        toks = s.tokens
        k = 0
        previous_names = []
        heads = [q.head for q in (s.next_phrase(idx[0]) for idx in items if idx) if q is not None]
        self.twice_heads = {h for h in heads if heads.count(h) > 1}   # "short name, long name": keep the words
        while k < len(items):
            idx = items[k]
            if idx and toks[idx[0]].text in ("eg", "ie", "etc", "such", "whenever", "because", "so", "while",
                                              "since", "then") or (len(idx) > 1 and toks[idx[0]].text == "every"
                                                           and toks[idx[1]].text == "time"):
                break
            if idx and toks[idx[0]].text in ("when", "if") and any(toks[i].text in ("we", "i", "you") for i in idx) \
                    and not _LAST_DONE.match(" ".join(toks[i].text for i in idx)):
                break                                # (but "… and when I last watered it": a time of it)
            if new_clause(s, idx):
                room = rx(r"^(?:and )?each one (\w+s) (?:a limited|a fixed|a maximum|a certain) number of\b").match(
                    " ".join(toks[i].text for i in idx))
                if room and w.verb_lemma(room.group(1)) in ROOM_VERBS:
                    entity.attribute("capacity").hint = "count"    # "… and each one holds a limited number of
                break                                # animals"; "…, and every walk is logged with …": another subject
            if k and any(s.words[j] in ("that", "which") and s.words[j + 1:j + 2] in (["has"], ["have"]) and
                         (s.tags[j - 1] == tx.NOUN or j == idx[0] and s.words[j - 1] == "," and s.tags[j - 2] == tx.NOUN)
                         for j in idx):
                break                                # "… and belongs to a property that has an address and a
                #                                      landlord", "… found at a locality, which has a name": the
                #                                      rest is that thing's (read at its 'has')
            if predicate(s, idx):
                k += 1                               # "has a title, takes place in one room, …": read as
                continue                             # a clause of the same subject, no field
            if idx and toks[idx[0]].text.endswith("ing") and w.verb_base(toks[idx[0]].text) and \
                    toks[idx[0]].text not in w.NOUN_FORMS and not (
                        s.tags[idx[0]] == tx.NOUN and len(idx) >= 2 and s.tags[idx[1]] == tx.NOUN and
                        (len(idx) == 2 or toks[idx[2]].text == "(" or toks[idx[2]].text == "in" and
                         toks[idx[0]].text not in ("including", "excluding", "regarding", "concerning") or
                         lexicon.filed_noun(toks[idx[0]].text) and (
                            w.field_word(toks[idx[1]].text) or toks[idx[1]].text in lexicon.measure_nouns()))):
                    #                                  ("tracking number (unique)", a noun of WordNet's first:
                break                                # "running time in minutes"; "..., giving trees like Clothing > Men")
            closed = self._closed_set_clause(s, idx)
            if closed is not None and previous_names:
                # "its current status, which can be available, dispatched or out of service"
                values, used = value_list(s, items, k, closed)
                values = clean_values(values)
                target = entity.attributes.get(previous_names[-1])
                if target is not None and len(values) >= 2 and not target.values:
                    target.values = tuple(values)
                    k += used
                    continue
            if previous_names and self._role_of_thing(entity, s, idx, previous_names):
                k += 1
                continue
            said = read_said_items(self, entity, s, items, k, previous_names)
            if said:                             # "a quantity for each ingredient", "home/away", "a pass or fail
                k += said                        # result", "mileage out and in" (values_before.py)
                continue
            used = self._item(entity, s, idx, items, k, previous_names)
            k += used

    def _act_verb(self, key):
        """The verb whose act a thing is ('submission': a player submits …), said in the text, or None
        (once per thing: the text is scanned whole)."""
        if key not in self._act_verbs:
            self._act_verbs[key] = next((verb for s in self.sentences for t, g in zip(s.tokens, s.tags)
                                         for verb in [w.verb_lemma(t.text) if g == tx.VERB else None]
                                         if verb and (key in w.nominalizations(verb) or lexicon.verb_act(verb) == key)),
                                        None)
        return self._act_verbs[key]

    def _kinds_listed(self, entity, s, items):
        """Is a list after a colon only plural kinds no thing of the text is named by ('Print jobs: business
        cards, flyers, posters')? Then its values close the thing's type."""
        tokens = [s.tokens[i] for idx in items for i in idx]
        if title_lists.NUMBER_HEADERS & {entity.words[-1], w.plural(entity.words[-1])}:
            return False                         # ("player stats: points, rebounds, assists": counts)
        if len(items) < 2 or not tx.plural_kinds(s.tokens[items[0][0]:items[-1][-1] + 1]) or ATTRIBUTE_WORDS & {t.text for t in tokens} or any(
                self.entity_of_words([w.singular(s.words[i]) for i in idx])[0] for idx in items):
            return False
        kinds = clean_values([" ".join(s.words[i] for i in idx) for idx in items])
        if "type" not in entity.attributes:
            entity.attribute("type").values = tuple(kinds)
        return True

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

        #                                          (people in general fill it: a branch's manager is no customer,
        #                                           a clinic's manager no patient)

    @staticmethod
    def _closed_set_clause(s, idx):
        """The token indexes after 'which can be' / 'which is one of' / 'that is either' opening a list
        item, or None: the values of the field before."""
        words = [s.tokens[i].text for i in idx]
        m = rx(r"^one of (?:the following:? )?|"                  # "a fuel type, one of petrol, diesel …"
               r"^(?:which|that) (?:can|may|must|will) (?:only )?be (?:either |one of )?|"
               r"^(?:which|that) (?:is|are) (?:always )?(?:either |one of )?").match(" ".join(words))
        #                                        ("a status, which is open, in progress or closed": two or more)
        if m is None:
            return None
        used = len(m.group(0).split())
        return idx[used:] if len(idx) > used else None

    @staticmethod
    def _sub_fields(entity, name, values):
        """'a primary contact (name, email, phone)': what is listed are fields, not values — the
        field's own parts, kept as primary_contact_name, primary_contact_email, … (True when read)."""
        if len(values) < 2 or not all(v in w.FIELD_NOUNS for v in values):
            return False
        entity.attributes.pop(name, None)
        for v in values:
            entity.attribute(f"{name}_{v}")
        return True

    def _said_to_be(self, s, p, entity):
        """The entity a parenthesis after a field says it is ('location (a shelf)', 'approver (one of
        the employees)'), when the field names none itself; else None."""
        toks = s.tokens
        at = p.end + 1 if s.words[p.end:p.end + 2] == ["by", "("] else p.end    # ("fed by (staff member)")
        if at + 2 >= len(toks) or toks[at].text != "(" or self.entity_of(p)[0] is not None:
            return None
        close = tx.after_parenthesis(toks, at) - 1
        inner = " ".join(t.text for t in toks[at + 1:close])
        m = rx(r"^(?:(?:a|an|the|one of the|one of our|also an?) )?([a-z]+(?: [a-z]+)?)$").match(inner)
        said = tuple(w.singular(x) for x in m.group(1).split()) if m else ()
        # ("a staff member": one of the staff, when only the staff are kept)
        key = w.snake(said) if said and w.snake(said) in self.spec.entities else \
            next((k for k in (self.entity_of_words(x)[0] for x in (said[:1], said[-1:]) if x) if k), None)
        return key if key is not None and (key != entity.key or inner.startswith("also ")) else None   # ("their
        #                                                             managers (also employees)": one of their own)

    def _values_listed(self, s, inner):
        """The clean values listed at the token indexes ``inner`` (a parenthesis' inside)."""
        return clean_values(value_list(s, [], 0, inner)[0])

    def _item(self, entity, s, idx, items, k, previous_names):
        """Read one list item into entity; returns how many items it consumed."""
        toks, tags = s.tokens, s.tags
        words = [toks[i].text for i in idx]
        text = " ".join(words)
        if not idx:
            return 1
        if self._role_before_shared_head(entity, s, idx, items, k):
            previous_names.append(words[-1])
            return 1
        if any(p.start == idx[0] + 2 for _, p in divided_into(s)):
            return 1                             # ("its own cellar, divided into racks": read in divided_into)
        seen = lexicon.verb_lemma(words[-1]) if len(idx) >= 2 and w.is_plural(words[-2]) and \
            (tx.participle_like(words[-1]) or irregular_participle(words[-1])) and \
            (len(idx) == 2 or words[-3] in ("the", "any", "all")) else None
        found = self.entity_of_words((w.singular(words[-2]),))[0] if seen == "find" or \
            seen and lexicon.verb_class(seen) == "perception" else None
        if found not in (None, entity.key):
            self._relate(found, entity.key)      # "… and any faults found", "the pests spotted": what came to light
            return 1                             # at the record is its own (not "the cakes ordered": shared)
        asked = s.next_phrase(idx[1]) if len(idx) > 2 and words[0] == "which" else None
        if asked is not None and asked.start == idx[1] and asked.end in idx and s.tags[asked.end] == tx.VERB and \
                idx[-1] == asked.end + 1 and s.words[idx[-1]] in ("it", "them") and \
                self.entity_of(asked)[0] not in (None, entity.key):
            self._relate(entity.key, self.entity_of(asked)[0])   # "which player scored (it)": the goal's player
            return 1
        if asked is not None and asked.start == idx[1] and asked.plural and asked.end == idx[-1] and \
                s.tags[asked.end] == tx.VERB and self.entity_of(asked)[0] not in (None, entity.key):
            self._many(entity.key, self.entity_of(asked)[0], None)   # "log the walk with … which dogs went":
            return 1                                                 # several of them each time
        ordered = self._in_order(entity, s, idx, words) if "in" in words else None
        if ordered:
            previous_names.append(ordered)
            return 1
        if ("they" in words or "he" in words or "she" in words) and self._their_many(entity, s, idx, words):
            return 1
        # "both empty until ..." applies to the items before it
        m = rx(r"(?:and )?(?:a |the )?(maximum|minimum|max|min|up to|at most|at least) (?:number )?(?:of )?(?:\d+ )?"
               r"([a-z]+)(?: each| at a time| per [a-z]+)?").fullmatch(text) if _BOUNDS & set(words) else None
        #                                            (and "max 6 kids", "up to 12 guests", "max 4 learners each")
        if m and w.is_plural(m.group(2)):          # "a maximum of 12 participants": a count's bound
            name = f"{'min' if m.group(1) in ('minimum', 'min', 'at least') else 'max'}_{m.group(2)}"
            entity.attribute(name).hint = "count"
            previous_names.append(name)
            return 1
        m = rx(r"(?:and )?(?:whether (?:it|they) )?(?:is|are) (?:either )?([a-z]+) or ([a-z]+)").fullmatch(text) \
            if "or" in words else None              # ("… and whether it is purchased or manufactured")
        if m and "status" not in entity.attributes and \
                not entity.has_values(m.groups()) and all(
                x in lexicon.adjectives() or tx.participle_like(x) for x in m.groups()) and \
                m.group(2) not in ("un" + m.group(1), "non" + m.group(1), "in" + m.group(1)):   # ("heated or
            #                                                                  unheated": a flag, read below)
            name = "status" if any(map(state_like, m.groups())) else "type"   # ("single or double": kinds)
            entity.attribute(name).values = m.groups()   # "each bed … is free or occupied": its states
            previous_names.append(name)
            return 1
        m = rx(r"(?:and |\+ )?(?:whether )?(?:it is |it was )?([a-z]+) or not").fullmatch(text) if "not" in words else None
        if m and m.group(1) not in w.DETERMINERS:     # "paid or not", "signed or not": a flag
            name = m.group(1) if m.group(1).startswith(("is_", "has_")) else f"is_{m.group(1)}"
            entity.attribute(name).hint = "boolean"
            previous_names.append(name)
            return 1
        m = rx(r"(?:and )?(?:can|may|might) (?:also )?be ([a-z]+)").fullmatch(text) if "be" in words else None
        if m and clause_fields.flag_of(m.group(1)):
            name = clause_fields.flag_of(m.group(1))   # "… and can be external": a flag
            entity.attribute(name).hint = "boolean"
            previous_names.append(name)
            return 1
        if "number" in words and rx(r"(?:and )?(?:any|a|an unlimited|the) number of (?:them|it|these|those)\b").match(text):
            return 1                                 # "an issue can carry any number of them": a count, no field
        if words[0] == "both" and OPTIONAL_CUES.search(text):
            for name in previous_names[-2:]:
                self._set_optional(entity, name)
            return 1
        if words[0] == "who" and previous_names and rx(r"who (?:is|are) (?:also |themselves )?(?:an? |another )").match(text):
            return 1                                 # "a manager, who is also an employee": said of the one before
        if words[0] in ("which", "that") and ("unique" in words or "distinct" in words) and previous_names:
            if previous_names[-1] in entity.attributes:
                entity.attributes[previous_names[-1]].unique = True
            return 1
        if words[0] in ("which", "that") and OPTIONAL_CUES.search(text) and previous_names:
            self._set_optional(entity, previous_names[-1])
            return 1
        m = rx(r"(?:and )?(?:an? |the )?(?:array|list) of ([a-z]\w*)(?: \( [^()]* \))?").fullmatch(text) \
            if "of" in words else None
        if m and w.is_plural(m.group(1)) and not self.entity_of_words((w.singular(m.group(1)),))[0]:
            entity.attribute(m.group(1)).type = type_words(text) or "text[]"    # "an array of tags"
            previous_names.append(m.group(1))
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
        m = rx(r"(?:and )?from (?:which|the|a|one) ([\w ]+?) to (?:which|the|a|one|another) ([\w ]+?)").fullmatch(text) \
            if "from" in words else None
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
                field = s.phrase_at(i - 1) if i > idx[0] else None
                if key and key != entity.key and field is not None and field.end == i and field.start == idx[0] + (
                        toks[idx[0]].text in ("a", "an", "the")) and not self.entity_of(field)[0] and not q.plural and \
                        (field.head in lexicon.property_nouns() or w.field_word(field.head) and
                         field.head not in lexicon.money_nouns() and any({a, b} == {entity.key, key} for a, b, _ in
                                                                          self.spec.many_to_many)):
                    #                                   ("a daily rate per item" of a rental that covers items: the
                    #                                   pair's; "a cost per student" of a trip: a unit price, its own)
                    pair = self._pair_table(entity.key, key)   # "parts have … a stock level per depot": the
                    self.spec.entities[pair].attribute(w.snake(field.words))   # level of each part in each depot
                    return 1
                if key and key != entity.key:
                    self._relate(entity.key, key)
                    linked = True
        if linked and (toks[idx[0]].text in ("one", "a", "an") or (
                len(pers) == 1 and pers[0] == idx[1] and constructions.participle(toks[idx[0]].text))):
            return 1                                 # "one per table", "charged per loan": the reference only
        if rx(r"(?:and )?(?:on |at )?what (?:date|day|time)|(?:and )?when").fullmatch(text) and previous_names:
            m = rx(r"\b(?:was|were|is|are|got) (\w+)\b").search(" ".join(t.text for t in toks[:idx[0]]))
            act = self._act_verb(entity.key) if m and not tx.participle_like(m.group(1)) else None
            if act:                                  # "a player submits a flag …; we store …, whether it
                m = rx(r"(\w+)").match(act)          # was correct and when": submitted_at
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
                if m.group(1) != key and key != entity.key:
                    self._retract(entity.key, key)     # ("a captain who is a player": no plain player besides)
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
            elif remark and entity.attributes.get(special) is not None and not entity.attributes[special].hint:
                values = self._values_listed(s, _inside_parenthesis(toks, idx))
                if len(values) >= 2:             # "where the keg is now (taproom / customer)"
                    entity.attributes[special].values = tuple(values)
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
        m = rx(r"^(?:and )?([a-z]+) from / (?:\1 )?to (dates?|times?)$").match(text) if "from" in words else None
        if m:                                        # "valid from / valid to dates": valid_from, valid_to
            for name in (f"{m.group(1)}_from", f"{m.group(1)}_to"):
                entity.attribute(name).hint = "date" if m.group(2).startswith("date") else "timestamp"
                previous_names.append(name)
            return 1
        m = rx(r"^(?:and )?from / to ([a-z]\w+)$").match(text) if "from" in words else None
        if m:                                        # "from/to year": when it started and ended
            for name in (f"start_{m.group(1)}", f"end_{m.group(1)}"):
                entity.attribute(name)
                previous_names.append(name)
            return 1
        m = rx(r"^(?:and )?(?:an? |the )?([a-z]\w+) (at|on|for)(?: \( ([^()]*) \))?( [a-z][a-z ]{0,40})?$").match(text)
        stated = type_words(m.group(4)) if m and m.group(4) else None     # ("a happened at timestamp with
        if m and m.group(2) == "for" and not rx(r"\b(?:date|time|day)\b").search(m.group(3) or ""):
            m = None                                 # ("scheduled for (date and time)": when; not "paid for")
        if m and m.group(1) not in w.DETERMINERS and m.group(1) not in w.PRONOUNS and (stated or not m.group(4)):
            name = f"{m.group(1)}_{m.group(2)}"     # "paid at", "born on", "due at", "returned at (empty until …)"
            entity.attribute(name).hint = "timestamp" if m.group(2) == "at" or "time" in (m.group(3) or "") \
                else "date"                          # time zone")
            entity.attributes[name].type = stated or entity.attributes[name].type
            if m.group(3) and OPTIONAL_CUES.search(m.group(3)):
                entity.attributes[name].optional = True
            previous_names.append(name)
            return 1
        if not phrases:
            return 1
        p = phrases[0]
        if p.head in ("link", "relationship", "connection", "association", "table", "way") and not (
                p.head == "link" and len(p.lemma) > 1 and s.words[p.end:p.end + 1] not in (["to"], ["between"])):
            return 1                               # (a "repo link" is an address, a field)
        said = self._said_to_be(s, p, entity)
        if said is not None:                       # "location (a shelf)": a shelf, in the role of location
            role = w.snake(p.words[:-1] + (w.singular(p.words[-1]),) +
                           (("by",) if s.words[p.end:p.end + 1] == ["by"] else ()))   # ("fed by (…)", "managers (…)")
            self._relate(entity.key, said, role, optional=True, column=role + "_id")
            previous_names.append(role)
            return 1
        # stop at relative clauses and verbs: "the campaign it supports", "the fare charged" ("the type of call
        # (fire, medical)": the values are in the parentheses, the call says what is typed)
        enum_start = None
        for pos, i in enumerate(idx):
            if (toks[i].text in ("=", "in", "of", ":", "(", "through") or
                    (toks[i].text == "as" and toks[i - 1].text == "such" and pos + 1 < len(idx)) or   # "a component
                    (toks[i].text == "like" and pos + 1 < len(idx) and s.tags[i] == tx.PREP) or       # type such as
                    #                                                                   plasma, platelets or …"
                    (toks[i].text == "-" and pos + 1 < len(idx) and toks[idx[pos + 1]].kind == "word") or
                    (toks[i].text in ("is", "are") and pos > 0 and toks[idx[pos - 1]].text in ("that", "which") and
                     not (pos + 1 < len(idx) and s.tags[idx[pos + 1]] == tx.VERB and      # ("items that are found": passive)
                          s.words[idx[pos + 1] + 1:idx[pos + 1] + 2] not in (["to"], ["as"])))) \
                    and i >= p.end:
                rest = idx[pos + 1:]
                if rest and (toks[i].text != "in" or toks[rest[0]].text == "{") and \
                        (toks[i].text != "of" or s.tokens[p.end - 1].text in ("status", "type", "role", "kind", "state", "condition", "category", "level", "method")) and \
                        not (toks[i].text == "of" and len(rest) >= 2 and toks[rest[1]].text == "(") and \
                        (toks[i].text != "(" or True):
                    enum_start = pos
                    break
        # possessive: "the payment provider's reference", "principal investigator's name"
        name_words = list(p.words)
        if idx[-1] == p.end and s.tags[p.end] == tx.PREP and s.words[p.end] in ("from", "to", "until", "till") and \
                p.head in lexicon.adjectives():
            name_words.append(s.words[p.end])   # ("a valid from and a valid to": a bound each, named by its word)
        if p.head in self.twice_heads and p.start > idx[0] and s.tags[p.start - 1] == tx.ADJ:
            name_words = [toks[p.start - 1].text] + name_words       # "short name, long name"
        role_phrase = p
        if p.possessive:
            later = [q for q in phrases if q.start > p.end]
            if later:
                q = later[0]
                owner_key, owner_role = self.entity_of(p)
                if owner_key == entity.key or owner_key:
                    name_words = list(q.words)
                elif q.words[-1] == "name":
                    name_words = list(p.words)
                elif q.words[-1] in ("reference", "id", "number", "code"):
                    name_words = [p.words[-1]] + list(q.words)
                else:
                    name_words = list(q.words)
                if owner_key and owner_key not in (entity.key, entity.words[0]) and not owner_role and \
                        p.det in ("a", "an", "each", "the") and \
                        self.entity_of(q)[0] in (None, entity.key) and idx[0] == p.start - (p.det is not None):
                    self._relate(entity.key, owner_key)   # "Results: a runner's time …": each result is a runner's
                    where = s.next_phrase(q.end + 1) if s.words[q.end:q.end + 1] in (["on"], ["at"], ["in"], ["for"]) \
                        else None                         # ("… time on a course": and the course's)
                    if where is not None and where.end - 1 == idx[-1] and self.entity_of(where)[0] not in \
                            (None, entity.key, owner_key) and not self.entity_of(where)[1]:
                        self._relate(entity.key, self.entity_of(where)[0])
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
        if key and key != entity.key and role_phrase.many and role_phrase.start >= 2 and \
                toks[role_phrase.start - 2].text == "by" and lexicon.holds_people(key):
            self._many(entity.key, key)          # "written by several researchers": each writes many too
            return 1
        doer = role_phrase.end + (s.words[role_phrase.end + 1:role_phrase.end + 2] in (["can"], ["may"], ["will"]))
        if key and key != entity.key and role_phrase.plural and not role and \
                (s.words[role_phrase.end:role_phrase.end + 1] in (["i"], ["we"], ["they"], ["he"], ["she"]) or
                 s.words[role_phrase.end:role_phrase.end + 1] == ["it"] and s.words[doer + 1:doer + 2] and
                 lexicon.verb_lemma(s.words[doer + 1]) not in ("have", "be", None) and
                 s.tags[doer + 2:doer + 3] != [tx.PREP]) and \
                s.tags[doer + 1:doer + 2] == [tx.VERB]:   # ("the languages they can teach": the teacher's;
            #                                              "a dish has … the allergens it contains": shared)
            verb = lexicon.verb_lemma(s.words[doer + 1])
            if not lexicon.owning(verb):
                self._many(entity.key, key, verb)
                self.said_pairs.add(tuple(sorted((entity.key, key))))   # (said, not guessed: no record replaces it)
                return 1                         # "As a tutor, I want to list the subjects I teach": many each
            self._relate(key, entity.key)        # "members: name, boats they own": each boat one member's
            k = doer + 2 + (s.words[doer + 2:doer + 3] in (["in"], ["along"], ["over"]))
            if s.words[k:k + 1] == ["("]:        # ("bikes they bring in (make, frame no.)": the bikes' fields)
                self._attributes(key, s, k + 1, closing=")")
            return 1
        said = _relative_verb(s, role_phrase.end) if role_phrase.det == "the" else None
        if key and key != entity.key and role_phrase.plural and not role and said:
            if k + 1 < len(items) and tx.in_order_at(s, items[k + 1][0]):   # ("…, in order": each one's place)
                self.spec.entities[self._pair_table(entity.key, key)].attribute("sort_order").hint = "count"
                return 2
            self._many(entity.key, key, said)    # "… with its date and the tracks that were played", "the players
            self.said_pairs.add(tuple(sorted((entity.key, key))))   # who took part": many of a kept thing each
            return 1
        if key and key != entity.key and role_phrase.plural and role_phrase.det in (None, "the") and not role and \
                role_phrase.start == idx[0] + (s.tags[idx[0]] == tx.DET) and act_or_event(entity.words[-1]) and \
                entity.key not in self.pair_tables and (
                    s.words[role_phrase.end:role_phrase.end + 1] in ([], [","], ["and"], [";"], ["."]) or
                    tx.participle_like(s.words[role_phrase.end])) and \
                not act_or_event(self.spec.entities[key].words[-1]) and \
                self.spec.entities[key].words[-1] not in w.LINE_FIELDS | {"line", "item", "entry"}:
            self._many(entity.key, key)          # "sprayings: date, product, rows sprayed", "orders: customer,
            #                                      date, products": an act's list names many of a kept thing
            same = s.words[role_phrase.end:role_phrase.end + 1] == ["and"] and idx[-1] > role_phrase.end
            rest = s.words[role_phrase.end + 1:idx[-1] + 1] if same else \
                [s.words[i] for i in items[k + 1] if s.tags[i] != tx.DET] if k + 1 < len(items) else []
            if rest and w.singular(rest[0]) in w.LINE_FIELDS and rest[0] != w.singular(rest[0]) and len(rest) <= 2:
                self.spec.entities[self._pair_table(entity.key, key)].attribute(w.singular(rest[0]))
                return 1 if same else 2          # ("the plants and quantities ordered": how many of each)
            return 1
        if key and (role_phrase.many or (role_phrase.plural and role_phrase.det in ("their", "its", "any") and not role)):
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
        if key == entity.key and role and (role[-1] == "of" or role[-1] in w.FIELD_NOUNS):
            name = w.snake([x for x in role if x != "of"] + [key])     # "the date of registration" in a
            entity.attribute(name)                                     # registration: its date, no reference
            previous_names.append(name)
            return 1
        if key and not role and s.words[idx[0]] in ("from", "to") and role_phrase.start <= idx[0] + 2:
            role = (s.words[idx[0]],)              # "product, from bin, to bin": two references, by their roles
        if key and (key != entity.key or role):
            role_name = w.snake(role) if role else None
            if role_name in ("which", "its", "their"):
                role_name = None
            if key == entity.key and not role_name:
                role_name = "parent"
            self._relate(entity.key, key, role_name, optional=bool(optional))
            previous_names.append((role_name + "_" if role_name else "") + key)
            for q in phrases[1:]:                  # "a student with an instructor in a car": and the others
                at = q.start - 1 - (q.start > 1 and s.tags[q.start - 1] == tx.DET)
                other, other_role = self.entity_of(q, owner=entity.key) if q.start > role_phrase.end and \
                    at >= role_phrase.end and s.tags[at] == tx.PREP and s.words[at] != "of" else (None, None)
                if other and not other_role and other not in (entity.key, key):
                    self._relate(entity.key, other)
                    previous_names.append(other)
                elif other == key and role and other_role and other_role != role:    # "a home team against
                    self._relate(entity.key, other, w.snake(other_role))              # an away team": both
                    previous_names.append(f"{w.snake(other_role)}_{other}")
            for q in phrases[1:]:                  # "one cleaner at one client on a date": and a date
                if q.start > idx[0] + 1 and s.tags[q.start - 1] == tx.DET and s.tags[q.start - 2] == tx.PREP and \
                        q.words[-1] in ("date", "day", "time") and not self.entity_of(q)[0] and \
                        s.words[q.start - 2:q.end] not in (["at", "a", "time"], ["at", "one", "time"]):  # (at once)
                    name = w.snake(q.words)
                    entity.attribute(name).hint = "date" if q.words[-1] in ("date", "day") else "timestamp"
                    previous_names.append(name)
            return 1
        if role_phrase is not None and role_phrase.head in ("one", "ones"):
            return 1                           # "rounds: the standard ones (york, …), each has …": no field
        people = self._people_named(entity, role_phrase) if not key and not type_words(text) else None
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
        if "unique" in words or _UNIQUE_NOTE.search(text):
            attr.unique = True
            scope = rx(r"\bunique (?:per|within|in|for|across) (?:each |every |a |an |the |one |its |their )?([a-z]+)\b"
                       ).search(text)          # "a participant code (unique within the trial)": among its rows
            within = self.entity_of_words((w.singular(scope.group(1)),))[0] if scope else None
            if within is not None and within != entity.key:
                attr.unique_within = within
        self._modifiers(attr, s, idx, p)
        used = 1
        if enum_start is not None:
            first = idx[enum_start + 1:]
            values, used = value_list(s, items, k, first)
            values = clean_values(values)
            if self._sub_fields(entity, name, values):
                return used
            examples = rx(r"\b(eg|such as|like|ie)\b").search(text)
            if len(values) >= 2 and not examples and attr.low is None:
                attr.values = tuple(values)      # "(1-5)" is a range (_modifiers), not two values
                return used
            if len(values) >= 2 and examples and toks[idx[enum_start]].text in ("as", "like"):
                return used                      # "a type such as plasma, platelets or red cells": examples
                #                                  of an open set, no fields of their own
            used = 1
        if True:
            inner = _inside_parenthesis(toks, idx)
            if inner:
                inner_text = " ".join(toks[i].text for i in inner)
                if not rx(r"^(eg|such as|like|ie|the|a|an|we|e|in)\b").match(inner_text):
                    values = self._values_listed(s, inner)
                    if self._sub_fields(entity, name, values):
                        pass
                    elif len(values) >= 2 and not type_words(inner_text) and attr.low is None:
                        attr.values = tuple(values)
                    elif len(values) >= 2:
                        pass
                elif rx(r"^we\b").match(inner_text):
                    vals = self._values_in_text(s, inner)
                    if len(vals) >= 2:
                        attr.values = tuple(vals)
        return used
