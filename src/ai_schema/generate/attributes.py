"""The extractor's reading of attributes: which clauses give fields and whose they are, pairs and
the records that link them. Reading one list's items is items.py; how one field is named and typed is
field_names.py."""

from .cues import WHO_DID, HAVE, LISTING_VERBS, ATTRIBUTE_VERBS, INTERACTIONS, AUDIT, CREATION_VERBS, rx
from . import clause_fields, clauses, each_made, fragments, lexicon, logged_against, relative, set_values, title_lists, wishes
from .logged import came_in_then_kept, done_by_described, kept_and_described, kept_then_done, logged_mass, \
    logged_object
from .tagging import irregular_participle
from . import text as tx
from . import words as w
from .items import ItemReading
from .field_owners import KEEPING, FieldOwners, done_to_by, entered_into, noted_of, place_with_fields
from .pair_tables import PairTables
from .relations import uses_things
from .used_on import used_before
from .one_reference import each_apposed
from .each_with import each_with_owner


# what holds a thing's fields without being one ("a rider's profile includes a nickname, …")
CONTAINERS = frozenset("profile details information info data record file card sheet page".split())


_KEEP = frozenset("keep keeps kept keeping".split())

# words for a collection of records ("a list of vendors" is the vendors' table, no field)

# looking at the fields of one thing ("I want to see the pickup address and the make of my request")
_SEEING = frozenset("see view check read display show".split())
# verbs whose "with" names the other party ("register with the club", "partner with us"), no fields
_PARTY_VERBS = frozenset("register enrol enroll sign partner work deal meet collaborate cooperate".split())
_WHO_DID = rx(WHO_DID + r"(?: \w+)?$")
_NOT_KEPT = rx(r"\b(?:we|i|you) (?:do not|don't|dont|never|no longer|will not|won't) (?:need to |want to )?"
               r"(?:store|keep|record|track|collect|hold|save|log|ask for)\b")


def _and_verb_after_place(s, k):
    """'register players for a team and record …': a preposition's phrase, then another act."""
    if k >= len(s.tokens) or s.tags[k] != tx.PREP:
        return False
    q = s.next_phrase(k + 1)
    return q is not None and q.start <= k + 2 and s.words[q.end:q.end + 1] == ["and"] and \
        s.tags[q.end + 1:q.end + 2] == [tx.VERB]


class AttributeReading(ItemReading, PairTables, FieldOwners):
    """Attribute reading of :class:`.extract.Extractor` (mixed into it)."""

    # ------------------------------------------------------------ attributes
    def _of_each_in_each(self, s):
        """'the quantity of each product in each location is tracked', 'the price of every item at every
        store': a field of each pair of two things is kept in the pair's own table."""
        toks = s.tokens
        for i in range(1, len(toks) - 5):
            if toks[i].text != "of" or toks[i + 1].text not in ("each", "every"):
                continue
            field, first = s.phrase_at(i - 1), s.next_phrase(i + 2)
            pair = self._pair_in_each(s, first) if first is not None and first.start == i + 2 else None
            if field is not None and pair is not None and not self.entity_of(field)[0]:
                self.spec.entities[pair].attribute(w.snake(field.words))
        for i, a, b in self._counts_per_pair(s):   # "how many of each product each warehouse holds"
            counted = s.words[i + 2] if s.words[i + 3:i + 4] in (["each"], ["every"]) and w.is_plural(s.words[i + 2]) \
                else "quantity"
            self.spec.entities[self._pair_table(a, b)].attribute(counted).hint = "count"   # ("how many hours
            #                                                          each volunteer worked on each work day")

    def _pair_in_each(self, s, first):
        """The pair table of '<first> in each <second>' ('each product in each location', 'each container
        on that voyage'), or None."""
        toks = s.tokens
        if first.end + 2 >= len(toks) or toks[first.end].text not in ("in", "at", "per", "for", "on", "across") or \
                toks[first.end + 1].text not in ("each", "every", "that", "this"):
            return None
        second = s.next_phrase(first.end + 2)
        a, b = self.entity_of(first)[0], self.entity_of(second)[0] if second is not None else None
        return self._pair_table(a, b) if a and b and a != b else None

    def _counts_per_pair(self, s):
        """[(index of 'how', one thing, the other)] of 'how many of each product each warehouse holds',
        'how many units of each product sit in each warehouse': the count of each pair."""
        toks, out = s.tokens, []
        for i in range(len(toks) - 5):
            if s.words[i:i + 2] not in (["how", "many"], ["how", "much"]):
                continue                           # ("how much of each product is in each bin")
            k = i + 2 + (s.tags[i + 2] == tx.NOUN and s.words[i + 3:i + 4] in (["of"], ["each"], ["every"]))
            if s.words[k:k + 2] not in (["of", "each"], ["of", "every"]) and not (
                    k == i + 3 and s.words[k] in ("each", "every") and w.is_plural(s.words[i + 2])):
                continue                           # ("how many units of …", "how many hours each volunteer …")
            k -= s.words[k] != "of"
            first = s.next_phrase(k + 2)
            if first is None or first.start != k + 2 or first.end >= len(toks):
                continue
            j = first.end                          # "… of each product sit in each warehouse", "are kept at every …"
            verb = len(first.words) > 1 and lexicon.verb_lemma(first.words[-1]) == first.words[-1]   # ("product sit")
            if s.words[j:j + 1] in (["they"], ["we"], ["i"], ["you"]) and s.tags[j + 1:j + 2] == [tx.VERB]:
                j += 2                             # ("how many of each species they saw on every walk")
            while j < min(len(toks), first.end + 3) and s.tags[j] in (tx.VERB, tx.AUX, tx.ADV):
                j += 1
            j += (j > first.end or verb) and s.words[j:j + 1] in (["in"], ["at"], ["on"], ["during"])
            if j >= len(toks) or toks[j].text not in ("each", "every") or j == first.end + 1 and not verb:
                continue
            second = s.next_phrase(j + 1)
            a = self.entity_of_words(first.lemma[:-1])[0] if verb else self.entity_of(first)[0]
            b = self.entity_of(second)[0] if second is not None else None
            if a and b and a != b:
                out.append((i, a, b))
        return out

    def _recorded_with(self, s):
        """'issue a ticket to a vehicle, recording the plate, the location and the time': the fields
        after the participle are the made thing's (the thing it is made for or to has its own). True
        when read."""
        toks, tags = s.tokens, s.tags
        for i, t in enumerate(toks):
            if t.text not in ("recording", "listing", "including", "noting", "stating", "giving", "describing",
                              "naming", "showing") or i < 3:
                continue
            named = s.phrase_at(i - 1) if tags[i - 1] == tx.NOUN else None
            if named is not None and named.end == i and named.det in ("a", "an", "each", "every", "one") and \
                    (key := self.entity_of(named)[0]) is not None and s.words[i + 1:i + 2] in (["the"], ["a"], ["an"]):
                self._attributes(key, s, i + 1)      # "a nurse makes a referral naming the ward, the bed number
                return True                          # and the faith": a reduced relative, the referral's fields
            if toks[i - 1].text != ",":
                continue
            made = next((p for p in s.phrases if p.end < i and p.start >= 2 and tags[p.start - 2] == tx.VERB and
                         tags[p.start - 1] == tx.DET and (w.verb_lemma(toks[p.start - 2].text) or "") in CREATION_VERBS
                         and self.entity_of(p)[0]), None)
            if made is not None and tx.VERB not in tags[made.end:i]:     # (not "keep a wishlist …, and review
                #                                                       products, giving a rating": the review's)
                self._attributes(self.entity_of(made)[0], s, i + 1)
                return True
        return False

    def _fields_after_many(self, s, many):
        """Where a list of fields goes on after 'has several X' ('has several parts used, labour hours and
        a status'): each phrase after it to the end of the clause is no thing and none is many; or None."""
        toks = s.tokens
        k = many.end + (1 if many.end < len(toks) and tx.participle_like(toks[many.end].text) else 0)
        if k >= len(toks) or toks[k].text not in (",", "and") or s.words[k + 1:k + 2] in (["each"], ["every"]):
            return None                          # ("one or more sites, each with an address": the sites')
        end = next((j for j in range(k, len(toks)) if toks[j].text in (".", ";")), len(toks))
        rest = [p for p in s.phrases if k < p.start < end]
        def counted(p):                          # ("the number of rounds": a count of them)
            return s.words[p.start - 2:p.start] == ["number", "of"]

        def listed(p):                           # (an item of the list: after its comma or 'and')
            return counted(p) or s.words[next((j for j in range(p.start - 1, k - 1, -1)
                                               if s.tags[j] not in (tx.DET, tx.ADJ, "NUMBER")), k)] in (",", "and")
        if not rest or any(p.many or (p.plural or self.entity_of(p)[0]) and not listed(p) or
                           p.plural and (self.entity_of(p)[0] or not w.field_word(p.head)) and not counted(p)
                           for p in rest) or \
                tx.VERB in s.tags[k:end]:
            return None                          # (but "the two boxers, the date, the venue, the number of rounds":
            #                                      one thing each, a count of others)
        return k + 1

    def _attribute_clauses(self, s, subject):
        toks, tags = s.tokens, s.tags
        if AUDIT.search(s.text()):
            return                                   # "we need to track changes": an audit log, not a column
        refused = _NOT_KEPT.search(s.text()) if "but" not in s.words else None
        if refused is not None:                      # "We do not store names": nothing kept, no default either
            k = next((j for j, x in enumerate(s.words) if x in ("not", "never", "don't", "dont", "won't", "longer")), 0)
            self.spec.not_kept.update(w.snake([w.singular(x) for x in p.words]) for p in s.phrases if p.start > k)
            return
        if "each" in s.words or "every" in s.words:
            self._of_each_in_each(s)
        signed = wishes.registering_role(s) if s.words[:1] == ["as"] else None
        if signed is not None and self.entity_of(signed[0])[0]:
            self._attributes(self.entity_of(signed[0])[0], s, signed[1])   # "As a donor, I want to register
            return                                                          # with my blood type and …"
        owner = fragments.details_owner(s)
        if owner is not None and self.entity_of(owner)[0]:
            self._attributes(self.entity_of(owner)[0], s, s.phrases[1].end + 1)   # "a member's details are …"
            return
        clause_fields.read(self, s)
        if self._recorded_with(s):
            return
        for p in s.phrases if "their" in s.words or "its" in s.words else ():
            if p.start < 4 or toks[p.start - 1].text not in ("their", "its") or toks[p.start - 2].text != ",":
                continue
            item = max((j for j in range(p.start - 2) if toks[j].text in (",", ":", "-", ";")), default=-1)
            q = next((x for x in reversed(s.phrases) if item < x.start and x.end <= p.start - 2 and x.plural), None)
            if q is not None and self.entity_of(q)[0] and not self.entity_of(p)[0] and \
                    "with" not in s.words[q.end:p.start]:
                self._attributes(self.entity_of(q)[0], s, p.start - 1)   # "my medications, their doses and …",
                #                                       "the items in each room, their price": the items' fields
        for p in s.phrases if "its" in s.words and "(" in s.words else ():
            if p.start < 2 or toks[p.start - 1].text != "its" or p.end >= len(toks) or toks[p.end].text != "(" or \
                    self.entity_of(p)[0] or "," not in s.words[p.end:tx.after_parenthesis(toks, p.end)]:
                continue
            q = next((x for x in reversed(s.phrases) if x.end < p.start - 1 and self.entity_of(x)[0] and
                      x.det in ("each", "every") and not self.entity_of(x)[1]), None)
            if q is not None:                    # "assign a contractor to each issue and see its status (open,
                self._attributes(self.entity_of(q)[0], s, p.start - 1)   # scheduled, fixed)": the issue's
                self.claimed_with.add((id(s), p.start - 2))   # (read: not the speaker's too, at "track its …")
        for p in title_lists.described_items(s):
            if self.entity_of(p)[0] and not self.entity_of(p)[1]:
                self._attributes(self.entity_of(p)[0], s, p.end + 1)   # "people, their parents, birth/death
                #                                                        dates, and marriages …": the people's
        for p in title_lists.title_list(s) if "by" in s.words else ():
            if p.end + 1 < len(toks) and toks[p.end].text == "by" and self.entity_of(p)[0]:
                self._attributes(self.entity_of(p)[0], s, p.end + 1)   # "cellar: bottles by producer and
                #                                                        vintage, …": what they are filed by
        for p in s.phrases if "by" in s.words else ():
            kind = s.next_phrase(p.end + 1) if p.plural and s.words[p.end:p.end + 1] == ["by"] and \
                p.start > 0 and (tags[p.start - 1] in (tx.VERB, tx.DET) or tags[p.start - 1] == tx.ADJ and
                                 tags[tx.governor(s, p)] == tx.VERB) else None
            if kind is not None and kind.start == p.end + 1 and not kind.plural and kind.det is None and \
                    len(kind.lemma) == 1 and kind.head in lexicon.kind_nouns() and self.entity_of(p)[0] and \
                    not self.entity_of(kind)[0]:     # "browse items by category", "track expenses by category":
                self.spec.entities[self.entity_of(p)[0]].attribute(kind.head)   # what they are sorted by
                more = s.next_phrase(kind.end + 1) if s.words[kind.end:kind.end + 1] in (["and"], [","]) else None
                if more is not None and more.start == kind.end + 1 and len(more.lemma) == 1 and \
                        more.det is None and not self.entity_of(more)[0] and w.field_word(more.head):
                    self.spec.entities[self.entity_of(p)[0]].attribute(more.head)   # ("by species and weight")
        for p in s.phrases:                           # "I can see each volunteer's phone number and …"
            key, role = self.entity_of(p) if p.possessive and p.start > 0 and tags[p.start - 1] in \
                (tx.DET, tx.VERB) and not (p.start > 2 and toks[p.start - 2].text in HAVE and not _speakers_act(s, p.start - 2)) \
                else (None, None)
            #                                          (not "a request includes the sailor's experience, …"; but
            #                                          "… and record each artist's name": the speaker's act)
            field = s.next_phrase(p.end + 1)
            if key and not role and field is not None and field.start <= p.end + 3 and \
                    all(tags[j] == tx.ADJ for j in range(p.end + 1, field.start)) and \
                    not self.entity_of(field)[0] and not field.plural:   # ("each customer's full name, …")
                verb = field.end < len(toks) and toks[field.end].text in HAVE
                if field.end < len(toks) and toks[field.end].text in ("is", "can", "may", "must", "will", "should"):
                    continue                         # "a ticket's status is open, closed or pending": its values
                if field.head in CONTAINERS and verb:
                    self._attributes(key, s, field.end + 1)  # "a rider's profile includes a nickname, …"
                else:
                    self._attributes(key, s, p.end + 1)
        kept_from = None
        for i, t in enumerate(toks):
            owner, left = subject, None
            j = i + 1
            while j < len(toks) and tags[j] == tx.ADV and j < i + 3:
                j += 1                                 # "has exactly one trainer and a capacity"
            follows = tags[j] if j < len(toks) else None
            each = self._when_each(s, i) if t.text in HAVE else None   # ("record when each one expires")
            if follows not in (tx.DET, tx.QUANT, tx.NOUN, tx.ADJ, "NUMBER", "QUOTE") and not each and \
                    s.words[j:j + 1] != ["whether"] and not (s.words[j:j + 1] == ["who"] and
                                                             _WHO_DID.match(" ".join(s.words[j:j + 3]))) and \
                    s.words[j:j + 2] != ["up", "to"] and not (       # ("has up to 5 members and a name")
                        t.text in HAVE and s.words[j:j + 2] in (["when", "it"], ["when", "they"], ["for", "each"],
                                                                ["for", "every"])):
                #                                  ("each loan records when it was borrowed …", "we keep for each …")
                continue
            if t.text in ("keep", "keeps", "kept") and j < len(toks) and s.words[j].endswith("ing") and len(s.words[j]) > 5 and \
                    (j + 1 == len(toks) or tags[j + 1] in (tx.PRON, tx.PREP)):
                continue                               # "tenants keep texting me about …": they do it again and again
            given = s.next_phrase(i + 1) if tags[i] == tx.VERB and w.verb_base(t.text) in ("give", "assign") else None
            if given is not None and given.start <= i + 2 and given.end < len(toks) and \
                    toks[given.end].text in ("its", "their") and self.entity_of(given)[0]:
                self._attributes(self.entity_of(given)[0], s, given.end)   # "give the incident its address, …"
                continue
            if t.text == "with" and i > 0 and toks[i - 1].text == "each":
                p = each_with_owner(self, s, i)   # "several copies of each book, each with a barcode": the copies'
                if p is not None and self.entity_of(p)[0]:
                    holder = self._container_pair(s, p, i)
                    self._attributes(holder or self.entity_of(p)[0], s, i + 1)
                    continue
            if t.text == "with" and any(w.verb_base(x.text) in INTERACTIONS and tags[n] == tx.VERB
                                        and self.phrase_entity.get((INTERACTIONS[w.verb_base(x.text)],))
                                        and tx.VERB not in tags[n + 1:i]
                                        for n, x in enumerate(toks[:i])) and \
                    not ((q := s.phrase_at(i - 1)) is not None and q.det in ("each", "every")):
                continue                             # read with the interaction (not "… and each payment is
                #                                      recorded with …": a verb of its own; nor "…, each cake with")
            if t.text in ("saying", "stating", "recording", "showing", "listing", "describing", "specifying",
                          "noting") and i > 0:
                p = s.phrase_at(i - 1)
                if p is None and toks[i - 1].text == "," and wishes.has_story_role(s):
                    p = self._kept_object(s, i)      # "As a beekeeper, I want to log inspections of a hive,
                    #                                  noting …": the inspections' (not the beekeeper's)
                if p is None and toks[i - 1].text == "," and s.phrases and s.phrases[0].start <= 1:
                    p = s.phrases[0]                 # "requests can be filed by …, describing the issue": theirs
                key = self.entity_of(p)[0] if p is not None else None
                if key:
                    self._attributes(key, s, i + 1)
                    continue
            if t.text == "including" and toks[i - 1].text == "," and (kept := self._kept_object(s, i)) is not None \
                    and fragments.fieldish(s.words[i + 1:i + 12]):
                self._attributes(self.entity_of(kept)[0], s, i + 1)
                continue                             # "record donations from donors, including the items …"
            if t.text in HAVE and i > 1 and toks[i - 2].text in ("whether", "if"):
                continue                             # "whether it has shore power": one flag (items.py)
            if t.text in HAVE and i > 1 and toks[i - 2].text == "which" and \
                    any(v == i for _, v, _ in relative.which_does_which(s)):
                continue                             # "which member has which tool and when": the pair's
            if t.text in _KEEP and s.words[i + 1:i + 3] in (["track", "of"], ["tabs", "on"]):
                continue                             # "keep track of its members, equipment, …": things
            if t.text in ("their", "its") and (theirs := self._and_theirs(s, i)) is not None:
                self._attributes(theirs, s, i)   # "see my loans and their due dates": the loans'
                continue
            if tags[i] == tx.VERB and (marked := set_values.marked_as(s, i, self.entity_of)) is not None:
                attr = self.spec.entities[marked[0]].attribute(marked[1])
                attr.values = marked[2] or attr.values
                attr.hint = attr.hint if marked[2] else "boolean"
                continue                            # "mark an issue as fixed": whether it is
            if (paired := self._pair_noted(s, i)) is not None:
                pair, start = paired            # "… earn badges; we record (note, log …) the badge and the date it
                self._attributes(pair, s, start)   # was awarded": each award's
                continue
            if tags[i] == tx.VERB and (set_on := set_values.value_set(s, i, self.entity_of)) is not None:
                self._attributes(set_on[0] if isinstance(set_on[0], str) else self._pair_table(*set_on[0]),
                                 s, set_on[1])   # "create tasks and set a due date": the task's
                continue
            if t.text in HAVE and tags[i] in (tx.AUX, tx.VERB) and (t.text not in ("need", "needs", "get", "gets")
                                                                   or self._nearest_entity_before(s, i)) and \
                    not (t.text in ("need", "needs") and toks[i + 1].text == "to") \
                    or self._record_says(s, i, subject) \
                    or (t.text in ("with",) and i > 0 and (tags[i - 1] in (tx.NOUN, tx.VERB) or
                                                         toks[i - 1].text in ("up", "in", "out", ")", ",", "once") or
                                                         toks[i - 1].text in ("it", "them") and tags[i - 2] == tx.VERB or
                                                         tags[i - 1] == tx.ADV and i > 1 and tags[i - 2] == tx.VERB)):
                if (id(s), i) in self.claimed_with or t.text == "with" and kept_from is not None:
                    continue                         # read into a pair's table (relations.py), or read already
                if t.text == "with":
                    if i > 0 and tags[i - 1] == tx.VERB and w.verb_lemma(toks[i - 1].text) in _PARTY_VERBS and \
                            s.words[i + 1:i + 2] in (["the"], ["us"], ["our"]):
                        continue                # "members register with the club": whom with, no fields
                    logged = False
                    p = s.phrase_at(i - 1) if toks[i - 1].text != ")" else \
                        s.phrase_at(self._paren_start(toks, i - 1) - 1)
                    if p is not None and not self.entity_of(p)[0] and p.det is None and (joint := self._each_joined(s, p)):
                        p = joint[0]                     # "record each watering and fertilising with …": the
                        #                                  watering's (the second is no thing of the text)
                    by = p.start - 1 - (p.start >= 1 and tags[p.start - 1] == tx.DET) if p is not None else 0
                    if by >= 3 and toks[by].text == "by" and tags[by - 1] == tx.VERB and \
                            toks[by - 2].text in ("is", "are", "was", "were", "gets", "get") and \
                            (done := s.phrase_at(by - 3)) is not None and self.entity_of(done)[0]:
                        p = done                         # "routes are set by setters with a grade": the routes'
                    if p is None and i >= 3 and toks[i - 1].text in ("it", "them") and tags[i - 2] == tx.VERB:
                        doer = s.phrase_at(i - 3)        # "a fault stays open until a technician closes it with a
                        p = next((q for q in reversed(s.phrases) if q.end <= i - 2 and q is not doer and   # resolution"
                                  q.plural == (toks[i - 1].text == "them") and self.entity_of(q)[0] and
                                  not self.entity_of(q)[1]), None)
                    if p is None and i >= 3 and tags[i - 1] == tx.VERB and toks[i - 2].text in ("i", "we", "they"):
                        p = s.phrase_at(i - 3)           # "see all flats I own with their address": the flats'
                    if p is not None and not self.entity_of(p)[0] and p.start >= 2 and s.words[p.start - 1] in \
                            ("in", "on", "at") and (kept := s.phrase_at(p.start - 2)) is not None and \
                            kept.plural and self.entity_of(kept)[0] and p.det is None and len(p.words) == 1:
                        p = kept                         # "keep parts in stock with a part number, …": the parts'
                    renamed = fragments.apposed(s, p) if p is not None and not self.entity_of(p)[0] else None
                    if renamed is not None:
                        p = renamed                      # "an adjuster, an employee with a name": the adjuster's
                    copula = s.phrases and (s.words[s.phrases[0].end:s.phrases[0].end + 1] in (["is"], ["are"]) or
                                            fragments.act_with_fields_at(s) == i) and \
                        subject is not None and self.entity_of(s.phrases[0])[0] == subject
                    if toks[i - 1].text == "," and copula and not (i + 1 < len(toks) and toks[i + 1].text in
                                                                   ("their", "its")) or \
                            p is not None and fragments.defined_one(s) is s.phrases[0] and \
                            p.start > s.phrases[0].end and not {",", ";", "("} & set(s.words[s.phrases[0].end:i]):
                        p = s.phrases[0]                 # "a match is between …, with the final score …": the match's;
                        #                                  "each line item is one service with a qty", "a booking is
                        #                                  one court for a member with a price": the item's, the booking's
                    elif toks[i - 1].text == ",":
                        # "registered as adopters, with their name, …": the fields of the phrase before;
                        # "file a damage report against the rental, with a description": of the report
                        p = each_apposed(s, i - 1) or (s.phrase_at(i - 2) if i + 1 < len(toks) and toks[i + 1].text in (
                            "their", "its") else kept_then_done(s, i))   # ("log the vaccinations given to animals on
                        #                                 each visit, with"; "boats, each owned by one owner, with")
                        q = s.phrase_at(i - 2)
                        if p is None and q is not None and (q.start > 1 and tags[q.start - 1] == tx.DET and
                                                            tags[q.start - 2] == tx.PREP or q.plural and
                                                            s.words[tx.governor(s, q)] in ("has", "have") and
                                                            self.entity_of(q)[0] and
                                                            not {"each", "every", "per"} & set(s.words[i:])):
                            p = q                        # ("each boat has one or two engines, with a make …")
                        p = p or kept_and_described(s, i) or done_by_described(s, i) or \
                            self._kept_object(s, i)      # "record loans of objects to …, with the …", "log items
                        #                                  that are found, with a …", "bikes brought in by customers, with"
                        if p is None and s.words[i + 1:i + 2] in (["their"], ["its"]):   # "see all properties I
                            p = next((q for q in reversed(s.phrases) if q.end < i and   # own, with their address",
                                      q.plural == (s.words[i + 1] == "their") and   # "catalogue every score we
                                      self.entity_of(q)[0]), None)                 # own, with its composer'
                    elif p is None and (described := logged_object(s, i)) is not None:
                        p, logged = described, True     # "each bus gets services at a depot, logged with …"
                    elif p is None and i >= 5 and tags[i - 1] == tx.VERB and s.words[i - 3] in ("which", "that") and \
                            s.words[i - 2] in ("we", "i") and \
                            (recorded := s.phrase_at(i - 4 - (s.words[i - 4] == ","))) is not None:
                        p, logged = recorded, True     # "a refund, which we record with the …"
                    elif p is None and i >= 3 and tags[i - 1] == tx.VERB and \
                            toks[i - 2].text in ("is", "are", "was", "were", "gets", "get"):
                        p = s.phrase_at(i - 3)         # "every walk is logged with the volunteer, …": the walk's
                        held = p and p.start > 1 and s.words[p.start - 1 - (tags[p.start - 1] == tx.DET)] == "of" and \
                            s.phrase_at(p.start - 2 - (tags[p.start - 1] == tx.DET))
                        if held and self.entity_of(held)[0] and not self.entity_of(held)[1]:
                            p = held                   # "valuations of objects are stored with …": the valuations'
                        if p is None and i >= 5 and s.words[i - 4:i - 2] in ([",", "which"], [",", "that"]):
                            p = s.phrase_at(i - 5)     # "report leaks, which are closed with a note": the leaks'
                        logged = p is not None
                    elif p is None and i >= 3 and tags[i - 1] == tx.VERB and toks[i - 2].text == "and" and \
                            (done := clauses.passive_subject(s, i - 2)) is not None:
                        p, logged = done, True         # "leaks are assigned to a crew and closed with a note"
                    elif p is None and i >= 4 and tags[i - 1] == tx.ADV and tags[i - 2] == tx.VERB and \
                            toks[i - 3].text in ("is", "are", "was", "were", "gets", "get"):
                        p = s.phrase_at(i - 4)         # "credits are issued monthly with the kWh credited, …"
                        logged = p is not None
                    elif p is None and i >= 4 and tags[i - 1] == tx.VERB and s.words[i - 3:i - 1] == ["to", "be"] \
                            and any(x in wishes.WANTING for x in s.words[:i - 3]):
                        p = s.phrase_at(i - 4)         # "I want families to be registered with their …"
                        logged = p is not None
                    if p is not None and p.start > 0 and toks[p.start - 1].text == "in" and p.det is None and \
                            p.head in lexicon.measure_nouns():
                        p = next((q for q in reversed(s.phrases) if q.end < p.start), None)   # ("on an issue in
                        #                                          minutes with …": the unit says how, not whose)
                    if renamed is None and p is not None and p.plural and p.det is None and p.start > 1 and \
                            toks[i - 1].text != "," and tags[p.start - 1] == tx.PREP and toks[p.start - 1].text != "into" and \
                            (made := s.phrase_at(p.start - 2)) is not None and self.entity_of(made)[0] and (
                                made.head in lexicon.occurrence_nouns() or made.start > 0 and
                                w.verb_lemma(s.words[made.start - 1]) in CREATION_VERBS):
                        p = made                         # "send viewing requests for rooms with a preferred date"
                        #                                  (not "split a course into lessons with …": the parts')
                    elif renamed is None and p is not None and (made := self._made_for(s, p, i)) is not None:
                        p = made                         # "set up pledges for a donor and a campaign with a monthly
                        #                                  amount, …": the pledges' fields
                    elif renamed is None and p is not None and p.start > 1 and (tags[p.start - 1] == tx.DET or (
                            tags[p.start - 1] == tx.QUANT and toks[p.start - 2].text == "between")) and \
                            tags[p.start - 2] == tx.PREP and tx.governor(s, p) == p.start - 2 and not (
                                toks[i - 1].text != "," and s.words[p.start - 3:p.start - 1] in (
                                    ["belongs", "to"], ["belong", "to"])):   # (not a particle: "ring up a sale
                        #              with …"; "each aircraft belongs to a model with a seat capacity": what one
                        #              belongs to is described, as in 'a model with …' (after other verbs the
                        #              list is as often the subject's or the act's: tried, it lost a held-out case)
                        first = s.phrases[0]
                        p = first if p.head in ("date", "day", "time") and s.words[p.start - 2] in ("on", "at") and \
                            first.start <= 1 and first.det in ("each", "every", "a", "an") and self.entity_of(first)[0] and \
                            first.head not in lexicon.person_nouns() else \
                            next((q for q in reversed(s.phrases) if q.end <= p.start - 2), None)
                        #                           ("each fixture is at a ground, on a date with a kick-off time": when
                        #                            it happens, the fixture's)
                        if p is not None and not self.entity_of(p)[0] and p.start > 1 and \
                                tags[p.start - 1] == tx.DET and tags[p.start - 2] == tx.PREP:   # ("a complaint about
                            p = next((q for q in reversed(s.phrases) if q.end <= p.start - 2), None)   # a neighbour in
                            #                                                                   my flat, with …")
                        if p is not None and p.det in ("each", "every") and p.start > 1 and s.words[p.start - 2] == "for" \
                                and toks[i - 1].text == "," and (made := self._kept_object(s, i)) is not None:
                            p = made            # ("writes a report for each object on the loan, with …": the report's)
                    elif p is not None and p.start > 1 and toks[p.start - 1].text == "per":
                        p = next((q for q in reversed(s.phrases) if q.end <= p.start - 1), None)   # "tasks are
                        #                                    logged per room with a start time": the tasks' fields
                    if p is not None and p.start > 3 and toks[p.start - 1].text in ("are", "is") and \
                            toks[p.start - 2].text in ("which", "that") and toks[p.start - 3].text == ",":
                        p = s.phrase_at(p.start - 4) or p
                    if p is not None and self._list_of_things(s, p):
                        p = s.next_phrase(p.end + 1)   # "keep a list of my plants with …": the plants'
                    used = used_before(s, i)
                    pair = self._each_pair(s, i) or self._which_pair_before(s, i) or self._in_many_with(s, i) or (
                        self._pair_table(self.entity_of(used[1])[0], self.entity_of(used[0])[0])
                        if used is not None and self.entity_of(used[0])[0] and self.entity_of(used[1])[0] and
                        self.entity_of(used[0])[0] != self.entity_of(used[1])[0] else None)   # ("the parts used on
                    #                                                   a work order, with the quantity": each use's)
                    if pair is not None:          # "stored in several bins, with the quantity in each bin"; "record
                        #                           which suppliers sell which parts, with the unit price": the pair's
                        self._attributes(pair, s, i + 1)
                        continue
                    kept = self._kept_things(s, i)
                    if kept:                      # "stations and hospitals kept as reference data with a name"
                        for key in kept:
                            self._attributes(key, s, i + 1)
                        continue
                    if p is not None and p.many and s.phrases[0].end < p.start and s.phrases[0].det in \
                            ("a", "an", "each", "every") and not s.phrases[0].many and self.entity_of(s.phrases[0])[0] \
                            and tags[s.phrases[0].end] == tx.VERB and toks[i - 1].text == ",":
                        p = s.phrases[0]          # "a rental covers one or more items for a period, with a start
                        #                           date …": the rental's (the items are many of it)
                    p = each_made.made_before(s, i) or p   # ("each attempt a climber makes on a problem with …")
                    owner, role = self.entity_of(p) if p else (subject, None)
                    if owner is None and p is not None and i > 2 and toks[p.start - 1].text in ("are", "is") or \
                            (p is not None and p.start > 1 and toks[p.start - 2].text in ("are", "is")):
                        owner = owner or subject
                    if owner is None and tags[i - 1] in (tx.VERB, tx.PREP):
                        owner = subject
                    if owner is None:
                        continue
                    nxt = s.next_phrase(i + 1)
                    last = nxt                    # ("with the pick-up branch and the drop-off branch, the date …")
                    while last is not None and s.words[last.end:last.end + 1] == ["and"] and \
                            (q := s.next_phrase(last.end + 1)) is not None and q.start <= last.end + 2 and \
                            self.entity_of(q)[0] and self.entity_of(q)[1]:
                        last = q
                    then = s.next_phrase(last.end + 1) if last is not None and s.words[last.end:last.end + 1] == ["and"] \
                        else None                 # ("see my shifts with the tower and the start and end time")
                    if nxt and self.entity_of(nxt)[0] and nxt.start <= i + 2 and not logged and not (
                            last.end < len(toks) and toks[last.end].text == "," and (
                                toks[i - 1].text == "," and self.entity_of(nxt)[1] or
                                fragments.fieldish(s.words[last.end:last.end + 14]))) and not (
                            then is not None and then.start <= last.end + 2 and self.entity_of(then)[0] is None and
                            w.field_word(then.head) and not nxt.plural and self.entity_of(nxt)[0] == w.snake(nxt.lemma)):
                        #                          ("…, with the borrowing
                        used, role_of = self.entity_of(nxt)
                        if nxt.plural and not role_of and used != owner and owner in self.spec.entities and \
                                uses_things(self.spec, owner, used) and not any(
                                    {r.source, r.target} == {owner, used} for r in self.spec.relations):
                            self._many(owner, used, "have")   # "repair jobs with parts used": many of each other
                            much = s.next_phrase(nxt.end + 1) if s.words[nxt.end:nxt.end + 1] in (["and"], ["+"]) else None
                            if much is not None and much.start == nxt.end + 1 and much.plural and (
                                    much.head in w.LINE_FIELDS or much.head in lexicon.measure_nouns() and
                                    w.singular(much.head) not in w.FIELD_NOUNS | w.WHEN_FIELDS):
                                self.spec.entities[self._pair_table(owner, used)].attribute(   # ("recipes with
                                    much.head if much.head in w.LINE_FIELDS else much.words[-1])   # ingredients
                                #                                               and grams": how much of each)
                        continue          # institution, the dates …": a list whose first item names a thing in a
                        #                   role; "with the patient, the drug, the dose": a reference, then fields)
                else:
                    when = fragments.when_done(s, i)        # ("When the ride ends we store …", "When a
                    done = self.entity_of(when)[0] if when is not None else None   # voter casts a ballot, we …")
                    opened = fragments.occasion_opened(s, i)
                    if opened is not None and self.entity_of(opened)[0]:
                        made = s.next_phrase(i + 1)
                        if made is not None and made.plural and made.start <= i + 2 and self.entity_of(made)[0] and \
                                s.words[made.start - 1] != "which" and \
                                not self.entity_of(made)[1] and self.entity_of(made)[0] != self.entity_of(opened)[0]:
                            self._relate(self.entity_of(made)[0], self.entity_of(opened)[0])   # ("the treatments
                            continue                        # performed": each one the appointment's, with its fields)
                        self._attributes(self.entity_of(opened)[0], s, i + 1)   # "At each visit, the vet records …"
                        continue
                    acted_on = done if when is not None and (when is not s.phrases[0] or toks[i - 1].text not in
                                                             ("we", "i")) else None   # (the ballot; "…, the
                    #                                                  sommelier records …": not the sommelier's)
                    ahead, said = self._for_each_after(s, i)
                    if ahead is not None and said.start == i + 3:
                        self._attributes(ahead, s, said.end)   # "we keep for each shipment the carrier, …"
                        continue
                    if wishes.object_thing(s, i, self.entity_of):
                        continue                # "As a coach, I want to note injuries for an athlete with …": the
                        #                         injuries' list, read at 'with' (not the athlete's, nor the coach's)
                    kept = s.next_phrase(i + 1)
                    if kept is not None and kept.start <= i + 2 and kept.plural and self.entity_of(kept)[0] and \
                            s.words[kept.end:kept.end + 2] in ([",", "who"], [",", "when"], [",", "whether"]):
                        self._attributes(self.entity_of(kept)[0], s, kept.end + 1)   # "track bikes, who has them and
                        continue                # when they were last serviced": theirs
                    came = came_in_then_kept(s, i) if toks[i - 1].text in ("we", "i") else None
                    left = self._opened_by_each(s, i) or self._time_each_spent(s, i) or ahead or \
                        (self.entity_of(came[0])[0] if came else None) or self._doers_occasion(s, i)
                    #                                                 ("bikes come in and we log …")
                    left = left or self._of_each_or_pair(s, i) or self._antecedent(s, i) or \
                        self._act_before(s, i - 1) or acted_on or wishes.acted_on(s, i, self.entity_of) or \
                        self._nearest_entity_before(s, i) or done or clauses.done_before(s, i, self.entity_of)
                    owner = left or self._for_each(s, i) or \
                        self._named_in(s.next_phrase(i + 1)) or each or self._which_theirs(s, i) or \
                        self._clause_after_colon(s, i) or subject
                if owner is None:
                    continue
                if each:
                    self._attributes(each, s, i + 1)
                    continue
                nxt = s.next_phrase(i + 1)
                owned = s.next_phrase(nxt.end + 1) if nxt is not None and nxt.possessive else None
                if t.text not in ("has", "have", "with") and nxt is not None and nxt.possessive and \
                        nxt.start <= i + 2 and self.entity_of(nxt)[0] and not self.entity_of(nxt)[1] and \
                        _speakers_act(s, i) and owned is not None and owned.start == nxt.end + 1 and not owned.plural \
                        and not self.entity_of(owned)[0]:
                    continue                    # "… and record each artist's name, …": the artist's (read as its own)
                if t.text not in ("has", "have", "with") and owned is not None and owned.start == nxt.end + 1 and \
                        s.words[owned.end:owned.end + 1] == ["with"] and self.entity_of(owned)[0]:
                    continue                    # "record each member's fee payment with …": the payment's own
                if t.text not in ("has", "have", "with") and nxt is not None and nxt.start <= i + 2 and \
                        (nxt.det in ("a", "an") or nxt.det in ("each", "every") and not nxt.possessive or
                         logged_mass(s, nxt)) and \
                        self.entity_of(nxt)[0] and not self.entity_of(nxt)[1] and \
                        t.text not in LISTING_VERBS:
                    #                             (but "a prescription names a drug, the dose …" lists its own)
                    continue                    # "we log a movement saying ...": the movement's own list
                    #                             ("I want to record each prescription with …": the prescription's)
                if nxt is not None and (nxt.many or (nxt.plural and self.entity_of(nxt)[0])
                                        or self._sub_entity(nxt)) and s.words[i + 1:i + 2] != ["how"]:   # (a count)
                    rest = s.next_phrase(nxt.end + 1) if s.words[nxt.end:nxt.end + 1] == ["and"] else None
                    if rest is not None and rest.det in ("a", "an", "the") and not rest.plural and \
                            not self.entity_of(rest)[0] and (rest.end == len(toks) or toks[rest.end].text in (".", ";") or
                                                             s.words[rest.end + 1:rest.end + 2] in (["each"], ["every"])):
                        self._attributes(owner, s, nxt.end + 1)   # "… up to 5 members and a project name", "…
                        #                                           ingredients and a quantity for each ingredient"
                    elif t.text in ("has", "have") and (after := self._fields_after_many(s, nxt)) is not None:
                        self._attributes(owner, s, after)   # "each job has several parts, labour hours and a status"
                    continue                    # "has many X": a relation, read elsewhere
                if t.text in ("contains", "contain", "includes", "include") and nxt is not None \
                        and self.entity_of(nxt, loose=True)[0] and not nxt.possessive:
                    continue                    # (but "includes the sailor's experience, …" lists fields)
                if self._list_of_things(s, nxt):
                    continue                    # "I need to keep a list of vendors (…)": the vendors' table
                if t.text in ("has", "have", "gets", "get", "got") and nxt is not None and nxt.start <= i + 2 and nxt.det == "one" and \
                        s.words[nxt.end:nxt.end + 1] == ["with"] and self.entity_of(nxt)[0] and \
                        not self.entity_of(nxt)[1]:
                    continue                    # "each job has one quote with a price …": the quote's list
                if self._which_pair_after(s, i):
                    continue                    # "track which singer came to which rehearsal": a pair (relative.py)
                acted = s.phrases and i == s.phrases[0].end and fragments.act_with_fields_at(s) is not None
                joint = [k for k in (self.entity_of(x)[0] for x in fragments.co_subjects(s)) if k]
                for other in joint if owner in joint and t.text in ("with", "has", "have") else ():
                    if other != owner:           # "doctors and technicians are staff with a name", "customers and
                        self._attributes(other, s, i + 1)   # suppliers each have a phone": each one's
                owner = logged_against.logged_against(self, s, i, owner, nxt) or owner   # "employees log hours against projects"
                noted = noted_of(s, nxt) if t.text != "with" else None
                if noted is not None and self.entity_of(noted[0])[0]:
                    self._attributes(self.entity_of(noted[0])[0], s, noted[1])   # "we keep a note of any
                    continue                    # deferral, with the reason …": the deferral's
                for other in self._each_before(s, i) if t.text == "with" else ():
                    if other != owner:           # "record each watering and each feeding with the date": both
                        self._attributes(other, s, i + 1)
                made = self._many_made_before(s, i) if t.text == "with" else None
                made = made or (place_with_fields(s, i, self.entity_of, owner) if t.text == "with" else None)
                self._attributes(made or (owner if acted or owner in self.pair_tables else self._field_of(s, nxt) or
                                          owner), s, i + 1)   # ("transfers move a quantity of an item, with …": the transfer's
                #                                 quantity; "the quantity of each product in each warehouse": the pair's)
                if w.verb_lemma(t.text) in KEEPING and t.text != "with" and left is not None:
                    kept_from = i               # "time entries record hours …, with a date": one list
            elif tags[i] in (tx.VERB, tx.AUX) and (w.verb_lemma(t.text) in ATTRIBUTE_VERBS and
                                                   (subject or self._antecedent(s, i) or self._of_each(s, i) or
                                                    self._made_happen_at(s, i)) or
                                                   w.verb_lemma(t.text) == "set" and self._of_each(s, i) or (
                    #                      ("as an operator I want to set the hourly price of each car park")
                    w.verb_lemma(t.text) in _SEEING and (self._field_of(s, s.next_phrase(i + 1)) or
                                                          self._its_owner(s, i)))) and \
                    not (i + 2 < len(toks) and toks[i + 1].text == "to" and tags[i + 2] == tx.VERB) and \
                    (id(s), i) not in self.claimed_with:
                if self._which_pair_after(s, i):
                    continue                     # "we need to know which family got which parcel and when": a pair
                asked = s.next_phrase(i + 2) if s.words[i + 1:i + 2] == ["which"] else None
                if asked is not None and asked.start == i + 2 and asked.plural and \
                        s.words[asked.end:asked.end + 1] in (["are"], ["were"], ["of"]):
                    continue                     # "know which copies of a book are available", "which books were
                    #                              in each box": a question, no fields
                k = i - 1                            # ("I want to set the status …" lists no fields)
                while k > 0 and (tags[k] == tx.ADV or toks[k].text in ("only", "just", "also", "usually")):
                    k -= 1                       # "for a paramedic we only need the name"
                done = done_to_by(s, k) if toks[k].text == "who" else None
                if done is not None and self.entity_of(done)[0]:
                    self._attributes(self.entity_of(done)[0], s, i + 1)   # "each item is looked at by a fixer,
                    continue                     # who notes the fault, …": what the doer notes is the item's
                opened = fragments.occasion_opened(s, i)
                if (occasion := self.entity_of(opened)[0] if opened else self._doers_occasion(s, i)) is not None:
                    self._attributes(occasion, s, i + 1)   # "At each visit the vet notes …", "… The inspector
                    continue                               # notes …": the visit's, the inspection's
                if i == 0 or toks[k].text in ("we", "i", "to", "also", "you", ",", "then") or \
                        (toks[k].text == "and" and (self._antecedent(s, i) or self._act_before(s, k))) or \
                        (s.words[i + 1:i + 2] == ["their"] and self._antecedent(s, i)):   # ("tutors list their
                    #                                                                      hourly rate")
                    nxt = s.next_phrase(i + 1)
                    if nxt is not None and nxt.start <= i + 2 and (nxt.det in ("a", "an") or (
                            nxt.end < len(toks) and toks[nxt.end].text == "with") or (
                                nxt.det in ("every", "each") and ("with" in s.words[nxt.end:nxt.end + 4] or
                                                                 _with_after_place(s, nxt.end))) or (
                                nxt.plural and (s.words[nxt.end:nxt.end + 1] == ["and"] and
                                                s.tags[nxt.end + 1:nxt.end + 2] == [tx.VERB] or
                                                _and_verb_after_place(s, nxt.end)))) and \
                            self.entity_of(nxt)[0] and not self.entity_of(nxt)[1]:
                        continue                 # "we log a movement saying ...": the movement's own list;
                        #                          "I want to register donors with …": the donors'; "register
                        #                          every painting we hold, with its …": the painting's; "register
                        #                          players and record …": the players, then another act'
                    if self._list_of_things(s, nxt) or entered_into(s, nxt, self.entity_of):
                        continue                 # "keep a list of vendors (…)": the vendors themselves
                    if s.words[i + 1:i + 2] == ["how"] and any(at == i + 1 for at, _, _ in self._counts_per_pair(s)):
                        continue                 # "know how many units of each product sit in each warehouse"
                    if nxt is not None and nxt.possessive and nxt.start <= i + 2 and self.entity_of(nxt)[0]:
                        continue                 # "know each room's status": the room's (read as its own)
                    if wishes.object_thing(s, i, self.entity_of):
                        continue                 # "As a coach, I want to note injuries for an athlete with …"
                    seen = (self._field_of(s, nxt) or self._its_owner(s, i)) if w.verb_lemma(t.text) in _SEEING else None
                    self._attributes(seen or self._opened_by_each(s, i) or self._antecedent(s, i) or
                                     self._act_before(s, i - 1) or self._of_each_or_pair(s, i) or
                                     self._for_each(s, i) or self._named_in(nxt) or
                                     wishes.acted_on(s, i, self.entity_of) or subject or self._made_happen_at(s, i),
                                     s, i + 1)  # ("examine an animal and note
                    #                                                              its weight": the examination's)

    def _and_theirs(self, s, i):
        """'see my loans and their due dates', 'track vehicles and their mileage': at 'their' (i), the plural
        thing before 'and' whose fields follow (not 'customers and their dogs': a thing of its own; not 'list
        their certifications and their fee': both the subject's), or None."""
        if s.words[i] not in ("their", "its") or s.words[i - 1:i] != ["and"]:
            return None
        p, q = s.phrase_at(i - 2), s.next_phrase(i + 1)
        if p is None or q is None or p.end != i - 1 or q.start != i + 1 or p.plural != (s.words[i] == "their") or \
                p.det in ("their", "its", "his", "her") or \
                self.entity_of(q)[0] is not None or not w.field_word(w.singular(q.head)):
            return None
        key, role = self.entity_of(p)
        return key if key is not None and not role else None

    def _each_joined(self, s, last):
        """The 'each' phrases that name things and are joined to the phrase last ('each watering and (each)
        feeding'), in order."""
        return [q for q in s.phrases if q.end < last.start and q.det in ("each", "every") and
                last.det in (None, q.det) and last in tx.joined_to(s, q) and self.entity_of(q)[0] and
                not self.entity_of(q)[1]]

    def _each_before(self, s, i):
        """'record each watering and each feeding with …', 'wards and departments with their …': the things
        joined to the one just before the 'with' at i (the fields are of every one of them)."""
        last = s.phrase_at(i - 1)
        if last is not None and last.end == i and last.plural and s.words[i + 1:i + 2] == ["their"] and \
                last.start >= 2 and s.words[last.start - 1] == "and" and \
                (first := s.phrase_at(last.start - 2)) is not None and first.plural and first.end == last.start - 1:
            return [self.entity_of(first)[0]]   # "the list of wards and departments with their building …": both
        if last is None or last.end != i or last.det not in ("each", "every"):
            return []
        return [self.entity_of(q)[0] for q in self._each_joined(s, last)]

    @staticmethod
    def _which_pair_after(s, i):
        """Does a 'which X … which Y' clause follow the verb at i ('know which family got which parcel',
        'keep track of which member has which tool')? It names a pair (relative.py), no fields."""
        return any(p.start == i + 2 or (p.start == i + 4 and s.words[i + 1:i + 3] == ["track", "of"])
                   for p, _, _ in relative.which_does_which(s))

    def _made_for(self, s, p, i):
        """'set up recurring pledges for a donor and a campaign with a monthly amount, …': the thing a verb
        of making makes for the one(s) named right before a 'with' at i whose list names fields and no
        thing — or None. (Not 'book an appointment for a pet with a vet': a person, no field.)"""
        after = s.next_phrase(i + 1)
        listed = [q for q in s.phrases if q.start > i][:4]
        if after is None or after.start > i + 2 or any(self.entity_of(q)[0] for q in listed) or \
                not any(fragments.fieldish(q.lemma) for q in listed):
            return None
        k = p.start
        while k >= 4 and s.words[k - 1] in ("a", "an", "one") and s.words[k - 2] == "and" and \
                (q := s.phrase_at(k - 3)) is not None:
            k = q.start                          # back over "a donor and a campaign"
        if k < 3 or s.words[k - 1] not in ("a", "an", "one", "each", "every") or \
                s.words[k - 2] not in ("for", "to", "into", "in", "on", "between"):   # ("submit a paper to one track
            return None                                                           # with …")
        back, q = k, s.phrase_at(k - 3)
        while q is not None and q.start >= 4 and s.words[q.start - 1] in ("a", "an", "one") and \
                s.words[q.start - 2] in ("by", "towards", "toward", "for", "to", "at", "from"):
            back, q = q.start, s.phrase_at(q.start - 3)   # ("… made by a parent towards a trip for a pupil")
        if back != k and (irregular_participle(s.words[back - 3]) or s.words[back - 3].endswith("ed")):
            k = back                             # ("prescriptions written by a doctor for a patient, with …")
        j = k - 4 - (k >= 5 and s.words[k - 4] in ("is", "are", "was", "were"))
        if s.tags[k - 3] == tx.VERB and (s.words[k - 3].endswith("ed") or irregular_participle(s.words[k - 3])) and j >= 0 and \
                w.verb_lemma(s.words[k - 3]) in CREATION_VERBS and (done := s.phrase_at(j)) is not None and \
                (done.plural or done.det in ("each", "every")) and self.entity_of(done)[0]:
            return done                          # "lessons (are) booked between a tutor and a student with a date",
            #                                      "each payment made by a parent for a trip, with …"
        for made in (s.phrase_at(k - 3), s.phrase_at(back - 3) if back != k else None):
            if self._made_by_verb(s, made):
                return made                      # ("plan cleaning jobs at a site on a date with a start time")
        return None

    def _made_by_verb(self, s, made):
        """Is a phrase a thing right after a verb that makes or plans it ('set up pledges', 'plan jobs')?"""
        if made is None or not self.entity_of(made)[0] or made.start == 0:
            return False
        v = made.start - 1 - (s.tags[made.start - 1] == tx.ADJ or s.words[made.start - 1] in ("a", "an"))
        v -= v > 0 and s.words[v] in w.PARTICLES
        verb = w.verb_lemma(s.words[v]) if v >= 0 and s.tags[v] == tx.VERB else None
        return verb is not None and (verb in CREATION_VERBS or verb == "set" or
                                     lexicon.verb_class(verb) in ("creation", "cognition"))

    def _which_pair_before(self, s, i):
        """The pair table of a 'which X … which Y' clause that ends right before the 'with' at i ('record
        which suppliers sell which parts, with the unit price …'), or None."""
        for p, _, q in relative.which_does_which(s):
            a, b = self.entity_of(p)[0], self.entity_of(q)[0]
            if a and b and a != b and q.end <= i <= q.end + 1 and s.words[q.end:i] in ([], [","]):
                return self._pair_table(a, b)
        return None

    def _named_in(self, p):
        """The thing a first field is named after ('we record the loan date, due date and return date':
        the loan's), or None."""
        if p is None or len(p.words) < 2 or p.words[-1] not in w.FIELD_NOUNS:
            return None
        key, role = self.entity_of_words(p.lemma[:-1])
        return key if key is not None and not role and not lexicon.holds_people(key) else None

    def _list_of_things(self, s, p):
        """Is the phrase 'a list (catalogue, register …) of <things>'? It names the things' table."""
        return p is not None and p.head in w.LIST_WORDS and p.end + 1 < len(s.tokens) and s.tokens[p.end].text == "of" \
            and self.entity_of(s.next_phrase(p.end + 1))[0] is not None


def _speakers_act(s, i):
    """Is the verb at i the speaker's ('I want to … and record', 'we keep'), not a thing's ('an examination
    … records')?"""
    before = s.words[i - 1] if i > 0 else None
    return before in ("to", "i", "we", "you", "also") or before == "and" and w.verb_base(s.words[i]) == s.words[i]


def _with_after_place(s, k):
    """Does 'with' follow the place phrase at k ('register every car at a home branch with its plate, …')?"""
    q = s.next_phrase(k + 1) if s.tags[k:k + 1] == [tx.PREP] and s.words[k] != "with" else None
    return q is not None and q.start <= k + 3 and s.words[q.end:q.end + 1] == ["with"]
