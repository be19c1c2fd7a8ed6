"""English description -> Spec: which things exist, what they have, how they relate.

Two passes over the sentences. The first finds entities from how things are
talked about (list headers, subjects of "has", "each X", "many X", "X belongs
to Y"); the second reads attribute lists, relations, closed value sets,
uniqueness and optionality, now that it knows which noun phrases are entities.
"""

import re
from functools import lru_cache

from . import constructions, layout, lexicon, technical
from . import text as tx
from . import words as w
from .spec import Entity, Relation, Spec

_rx = lru_cache(maxsize=None)(re.compile)      # the patterns below are compiled once, not looked up per call

HAVE = frozenset("has have carries carry keeps keep records record stores store holds hold tracks "
                 "track contains contain includes include needs need gets get logs log".split())
# verbs of recording: what follows them are the fields kept ("for every animal we note its name …")
ATTRIBUTE_VERBS = frozenset("record keep store need track log want capture note collect save enter register "
                            "require hold list".split())
GENERIC_HEADS = frozenset("""table tables entity entities thing things list lists row rows
kind kinds side way world system app application database data platform
backend schema heart core blog website shop portal service tool game marketplace
crm erp lms piece bit lot number set batch whole hierarchy tree
catalogue catalog field? spreadsheet spreadsheets""".split()) - {"field?"}
NOT_ENTITY = frozenset("""name names time date type status id email phone address description
title value amount price note notes flag count number code label reason
someone anyone people person text problem problems work example eg ie etc city currency moment step
minute minutes second seconds hour hours day days year years month months week weeks
percent kg hectare hectares everything anything nothing us stat stats entry entries""".split())
ASSOCIATION_VERBS = frozenset("""follow like enroll enrol attend join tag label list subscribe
favorite favourite bookmark collaborate qualify cover appear work link connect associate share
speak teach visit vote star watch""".split())
OWNING_VERBS = frozenset("have contain include consist make hold own comprise".split())
OPTIONAL_CUES = re.compile(r"\b(optional(ly)?|(?:may|might|can) (?:be )?(?:empty|blank|null|missing|unknown|absent)|"
                           r"may have (?:no|one)|if (?:known|any|available|applicable|we know)|when known|"
                           r"empty|null|blank|not every|not all|not always|some \w+ don't|"
                           r"stays empty|left empty|or none)\b")
PERSON_ROLES = frozenset("""sender recipient receiver author owner creator assignee reviewer approver
buyer seller organizer organiser host manager supervisor mentor requester reporter""".split())
PERSON_ENTITIES = ("user", "member", "account", "person", "employee", "staff_member", "customer")
NAME_NORMALIZE = {"email_address": "email", "e_mail": "email", "e_mail_address": "email",
                  "mail_address": "email", "telephone_number": "phone", "mobile_number": "phone",
                  "mobile_phone": "phone", "web_address": "website", "home_page": "homepage"}
INTERACTIONS = {"collaborate": "collaboration", "register": "registration", "review": "review", "rate": "rating", "like": "like", "follow": "follow",
                "comment": "comment", "upvote": "vote", "downvote": "vote",
                "enroll": "enrollment", "enrol": "enrolment", "attend": "attendance", "book": "booking",
                "vote": "vote", "bookmark": "bookmark", "favorite": "favorite", "favourite": "favourite"}
AGENT_ROLES = {"follow": ("follower", "followed"), "like": ("liker", "liked"), "review": ("reviewer", "reviewed"),
               "rate": ("rater", "rated"), "vote": ("voter", "voted"), "book": ("booker", "booked")}
CLAUSE_BREAKS = frozenset(", ; : - and but so while when whenever because then ( ) also where".split())
VERSION_WORDS = frozenset("version revision instance row record".split())
LOOSE_HEADS = VERSION_WORDS | {"run", "entry", "line", "item", "batch", "snapshot", "release"}
TRACKING = re.compile(r"\b(?:want|need|add|keep|do|with) (?:\w+ )?(\w+) (?:tracking|logging|history|auditing)\b")
ATTRIBUTE_WORDS = frozenset("""name names title label date number code email description type status
price amount quantity value address phone""".split())
CREATION_VERBS = constructions.CREATION_VERBS
# verbs that carry no relation of their own: their plural objects are not for that reason things
LIGHT_VERBS = frozenset("be have get make do go come become seem need want like see use include contain "
                        "mean say tell know think give take put".split())
# verbs whose plural subject and plural object ("drivers deliver packages") are both things to store
OBJECT_VERBS = CREATION_VERBS | ASSOCIATION_VERBS | frozenset(INTERACTIONS) | frozenset("""deliver ship sell buy rent
borrow lend manage supervise host organize organise run drive treat serve handle process receive request approve
assign""".split())
AUDIT = re.compile(r"\b(?:(?:track|record|log|keep|audit) (?:all |every |each )?(?:the )?(?:changes|edits|modifications)"
                   r"|change history|version history|audit (?:trail|log)|history of (?:all )?changes)\b")
WE_RECORD = re.compile(r"\bwe (log|record|keep|store|track|note|collect|save|enter|register)\b")
CLAUSE_HINT = re.compile(r"\b(when|the date|the moment|the time|the day|how many|whether|flag|says|due)\b|'|\"")
HIERARCHY_WORDS = frozenset("parent_child parent children child hierarchy tree subcategories".split())


class Extractor:
    """One description, read once; ``spec`` holds the result."""

    def __init__(self, description):
        self.sentences = tx.sentences(description)
        self.spec = Spec()
        self.phrase_entity = {}          # lemma tuple -> entity key
        self.head_entities = {}          # last word of a lemma -> entity keys named with it
        self.candidates = {}             # lemma tuple -> evidence
        self.first_seen = {}
        self.synonyms = []
        self.last_owner = None
        self.interactions = []
        self.last_of = None
        self.pair_verbs = {}
        # (one, many): "one has many many", in the order the text says them; a dict, not a set,
        # so iterating it does not depend on the interpreter's hash seed
        self._many_marks = {}
        self.weak_pairs = set()          # many-to-many guessed from plural subject and object only
        self.mentions = {}               # (lemma, owner, loose) -> entity_of(), once entities are known
        self.sentence_subject = {}
        self.last_names = []
        self.preset = []                 # entity lemmas known before the text is read (column lists)
        self.people_act = False          # 'people' do something somewhere (users, if no one else is named)
        self.block_topic = {}            # paragraph -> the entity its first sentence is about

    # ---------------------------------------------------------------- pass 1
    def discover(self):
        for n, lemma in enumerate(self.preset):
            self._vote(lemma, 3)
            self.first_seen.setdefault(lemma, (-1, n))
        counts = {}
        for n, s in enumerate(self.sentences):
            for p in s.phrases:
                lemma = self._entity_lemma(p.lemma)
                if lemma is None or (lemma == ("part",) and s.words[p.end:p.end + 1] == ["of"]):
                    continue                         # "part of": a relation, not a thing called part
                counts[lemma] = counts.get(lemma, 0) + 1
                self.first_seen.setdefault(lemma, (n, p.start))
            self._evidence(s)
        persons = lexicon.person_nouns()
        if self.people_act and not any(v >= 3 and lemma[-1] in persons for lemma, v in self.candidates.items()):
            self._vote(("user",), 3)             # "people upload photos": nobody else is named, so users
        heads = {}
        for lemma, c in counts.items():
            heads[lemma[-1]] = heads.get(lemma[-1], 0) + c
        for lemma, c in counts.items():
            if c >= 3 or (len(lemma) == 1 and heads.get(lemma[0], 0) >= 3):
                self._vote(lemma, 1)
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

    def _entity_lemma(self, lemma):
        """The lemma an entity would be named by, or None for words that never name one."""
        lemma = tuple(x for x in lemma if x not in ("new", "own", "other"))
        while len(lemma) > 1 and lemma[0].endswith("ed") and lemma[0] not in ("bed", "feed", "seed", "shed", "red"):
            lemma = lemma[1:]                        # "qualified translators" are translators
        while len(lemma) > 1 and lemma[-1] in ("entry", "record", "row", "item") and lemma[-2] != "order":
            lemma = lemma[:-1]
        if not lemma or lemma[-1] in GENERIC_HEADS or any(not _rx(r"^[a-z][a-z0-9_-]*$").match(x) for x in lemma):
            return None
        if lemma[-1] == "key" and len(lemma) > 1 and lemma[-2] in ("primary", "foreign", "composite", "unique"):
            return None                              # "primary key (a, b)" is a constraint, not a thing
        if (len(lemma) == 1 and lemma[0] in NOT_ENTITY) or lemma[-1] in ("text", "prose", "string", "blob", "format"):
            return None
        return lemma[-3:]

    def _vote(self, lemma, points):
        lemma = self._entity_lemma(lemma)
        if lemma:
            self.candidates[lemma] = self.candidates.get(lemma, 0) + points

    def _vote_owner(self, lemma, points):
        """A vote from a construction that gives the phrase fields of its own ('people with their birth
        dates'): then even 'people' names a table (person), which alone it does not."""
        if tuple(lemma) in (("person",), ("people",)):
            self.candidates[("person",)] = self.candidates.get(("person",), 0) + points
        else:
            self._vote(lemma, points)

    def _evidence(self, s):
        toks, tags, phrases = s.tokens, s.tags, s.phrases
        if not phrases:
            return
        first = phrases[0]
        lead = all(tags[i] in (tx.DET, tx.QUANT, tx.ADJ, "PUNCT") for i in range(first.start))
        after = first.end + (1 if first.possessive else 0)
        nxt = toks[after].text if after < len(toks) else ""
        # "freezers (name, set temperature in C, room) hold boxes (label, ...)"
        for p in phrases:
            if p.plural and p.end < len(toks) and toks[p.end].text == "(":
                inside = []
                for t in toks[p.end + 1:p.end + 40]:
                    if t.text == ")":
                        break
                    inside.append(t.text)
                if inside.count(",") >= 1 and ATTRIBUTE_WORDS & set(inside):
                    self._vote(p.lemma, 3)
            # "one cuisine (Italian, Mexican, ...)": named examples of a kind of thing
            if p.end + 2 < len(toks) and toks[p.end].text == "(" and toks[p.end + 1].orig[:1].isupper() \
                    and toks[p.end + 2].text == "," and tags[p.end + 1] == tx.NOUN:
                self._vote(p.lemma, 1)
        # "Trips are the core table:" followed by list items
        if toks[-1].text == ":" and lead and first.plural and any(x.context is s for x in self.sentences):
            self._vote(first.lemma, 2)
        # "As a creator, I ..."
        if len(toks) > 3 and toks[0].text == "as" and first.start <= 2:
            self._vote(first.lemma, 2)
        # list headers: "- farms: name, location", "Donors (first name, ...)"
        if s.first and lead and nxt in (":", "(") and not first.possessive:
            section = nxt == ":" and (self._is_section(s, after + 1) or bool(constructions.title_list(s)))
            if not section:
                self._vote(first.lemma, 3)
        # "Articles can be draft, published or archived" / "Categories with parent-child"
        if lead and first.plural and not first.possessive:
            rest = " ".join(s.words[first.end:])
            if _rx(r"^(?:can|may|must|will)? ?(?:be|are|is) (?:either )?(?:a |an )?[\w-]+(?: [\w-]+)?(?: ,| or)").match(rest) \
                    or _rx(r"^with\b").match(rest):
                self._vote(first.lemma, 3)
        # "Products have ...", "Each vet has ...", "and of course an owner can have several pets"
        for p in phrases:
            if not self._clause_initial(s, p.start) or p.possessive:
                continue
            if p.end + 1 < len(toks) and toks[p.end].text == "of" and p.head in VERSION_WORDS:
                continue                           # "each version of a dataset": the dataset
            k = p.end
            if k + 2 < len(toks) and tags[k] == tx.PREP and toks[k].text not in ("of", "as", "with"):
                q = s.next_phrase(k + 1)
                if q is not None and all(tags[j] in (tx.DET, tx.ADJ, tx.QUANT) for j in range(k + 1, q.start)):
                    k = q.end                      # "every treatment line on an appointment records"
            while k < len(toks) and (tags[k] == tx.ADV or toks[k].text in ("can", "also", "may", "must", "will", "should", "might")):
                k += 1
            if k >= len(toks):
                continue
            if toks[k].text in HAVE and toks[k].text not in ("need", "needs", "get", "gets") and \
                    (k + 1 >= len(toks) or toks[k + 1].text not in ("been", "to")):
                self._vote(p.lemma, 3)
            elif tags[k] in (tx.VERB, tx.AUX):
                self._vote(p.lemma, 2 if p.plural else 1)
                if p.plural and k + 1 < len(toks) and ((tags[k] == tx.VERB and tags[k + 1] == tx.NOUN) or
                                                       (toks[k].text in ("are", "get") and tags[k + 1] == tx.VERB)):
                    self._vote(p.lemma, 1)         # "customers open tickets", "agents are assigned to tickets"
                base = w.verb_lemma(toks[k].text)
                obj = s.next_phrase(k + 1)
                between = range(k + 1, obj.start) if obj is not None else ()
                prepositions = [j for j in between if tags[j] == tx.PREP]
                # any verb but the light ones ("members suggest books", not "members have names")
                if p.plural and tags[k] == tx.VERB and obj is not None and obj.plural and base is not None and \
                        base not in LIGHT_VERBS and \
                        all(tags[j] in (tx.DET, tx.ADJ, tx.QUANT, tx.PREP) for j in between) and \
                        (not prepositions or (len(prepositions) == 1 and toks[prepositions[0]].text in
                                              ("in", "at", "on", "for"))):
                    # "customers place orders", "employees work in departments" (no other cue after a preposition)
                    self._vote(obj.lemma, 3 if prepositions else 2)
                    if prepositions:
                        self._vote(p.lemma, 1)
                if p.plural and toks[k].text in ("are", "get") and tags[k + 1:k + 2] == [tx.VERB]:
                    # "books are written by authors", "tickets are opened by customers and assigned to
                    # agents": the agents and targets of the passives are entities too
                    for j in range(k + 1, len(toks) - 2):
                        if tags[j] != tx.VERB or toks[j + 1].text not in ("by", "to") or \
                                (j > k + 1 and toks[j - 1].text != "and"):
                            continue
                        agent = s.next_phrase(j + 2)
                        if agent is not None and agent.plural and \
                                all(tags[x] in (tx.DET, tx.ADJ, tx.QUANT) for x in range(j + 2, agent.start)):
                            self._vote(agent.lemma, 3)
        for p in phrases:
            if p.head in VERSION_WORDS and p.end + 2 < len(toks) and toks[p.end].text == "of":
                q = s.next_phrase(p.end + 1)
                if q is not None and q.start <= p.end + 2 and _rx(r"\b(each|every)$").search(" ".join(s.words[max(0, p.start - 1):p.start])):
                    self._vote(q.lemma, 3)
        for p in phrases:
            if p.head in VERSION_WORDS and p.end + 1 < len(toks) and toks[p.end].text == "of":
                continue
            after_p = toks[p.end].text if p.end < len(toks) else ""
            # "it logs metrics: the metric name, ...", "write condition reports: the object, ..."
            if after_p in (":", "-") and p.start > 0 and tags[p.start - 1] in (tx.VERB, tx.DET) and \
                    (p.plural or p.det in ("a", "an")):
                listed = {t.text for t in toks[p.end:]}
                self._vote(p.lemma, 3 if p.plural or ATTRIBUTE_WORDS & listed else 2)
            if "-" in s.words[p.end:p.end + 5] and \
                    _rx(r"(?:of \w+ )?(?:as well )?- ").match(" ".join(s.words[p.end:p.end + 5]) + " ") and \
                    p.start > 0 and tags[p.start - 1] == tx.VERB and p.plural:
                self._vote(p.lemma, 3)
            if p.start > 1 and toks[p.start - 1].text in ("with", "the") and \
                    w.verb_base(toks[p.start - 2].text if toks[p.start - 1].text == "with" else
                                toks[max(0, p.start - 3)].text) in ASSOCIATION_VERBS and p.plural:
                self._vote(p.lemma, 1)
            if p.start >= 2 and s.words[p.start - 1] == "of" and \
                    s.words[p.start - 2] in ("hierarchy", "tree", "list", "catalogue", "catalog"):
                self._vote(p.lemma, 2)
            if self._clause_initial(s, p.start) and p.det in ("a", "an", "each", "every") and \
                    p.end < len(toks) and tags[p.end] in (tx.VERB, tx.AUX):
                self._vote(p.lemma, 1)
                if _rx(r", (?:can |may |also )?(?:has|have|includes?|contains?)\b").search(" ".join(s.words[p.end:])):
                    self._vote(p.lemma, 1)         # "A loan goes to ..., can include ..., has a start date"
            if p.start > 0 and tags[p.start - 1] == tx.VERB and p.plural:
                self._vote(p.lemma, 1)
            if p.start > 0 and toks[p.start - 1].text in ("so", "and", "but", ";", "then") and \
                    p.end < len(toks) and tags[p.end] in (tx.VERB, tx.AUX) and p.plural:
                self._vote(p.lemma, 2)
            before = " ".join(s.words[max(0, p.start - 3):p.start])
            last = s.words[p.start - 1] if p.start else ""      # cheap guards before the patterns
            if (last in ("each", "every") and _rx(r"\b(for each|for every)$").search(before)) or \
                    (p.start <= 2 and before in ("for", "for a", "for an")):
                self._vote(p.lemma, 3)
            elif last in ("each", "every"):
                self._vote(p.lemma, 2)
            if p.many and p.plural or p.det in ("many", "several", "multiple"):
                self._vote(p.lemma, 1)
                q = p.start - 1                    # back over the quantity: "has 1 to 5 tags", "has up to 3"
                while q > 0 and (tags[q] in (tx.QUANT, "NUMBER", tx.DET) or toks[q].text in
                                 ("to", "up", "or", "-", "of", "than", "more", "least", "at")):
                    q -= 1
                if q >= 0 and q < p.start - 1 and toks[q].text in ("has", "have", "contains", "contain", "includes",
                                                                   "include", "owns", "own", "holds", "hold", "keeps",
                                                                   "keep"):
                    self._vote(p.lemma, 2)         # "each device has many readings"
            if last == "as" and _rx(r"\b(recorded|stored|kept|logged|modelled|modeled|tracked) as$").search(before):
                self._vote(p.lemma, 3)
            if last in ("a", "an") and p.start >= 2 and tags[p.start - 2] == tx.VERB and \
                    w.verb_lemma(toks[p.start - 2].text) in CREATION_VERBS:
                self._vote(p.lemma, 2)
                if _rx(r"(saying|that records|recording|with|listing|:|for)\b").match(after_p):
                    self._vote(p.lemma, 1)
            if last in ("of", "into") and _rx(r"\b(made up of|made of|consists? of|composed of|built from|split into|divided into)$").search(before):
                self._vote(p.lemma, 3)
            nxt_p = s.next_phrase(p.end + 1)
            if p.possessive or (p.end + 2 < len(toks) and toks[p.end].text == "of" and nxt_p is not None
                                and nxt_p.start == p.end + 1 and nxt_p.plural and p.det in ("a", "an")):
                self._vote(p.lemma, 1)
            # "a fixed price list of procedures (...) each with a standard price"
            k = self._skip_paren(toks, p.end) if p.end < len(toks) and toks[p.end].text == "(" else p.end
            if p.plural and k + 1 < len(toks) and toks[k].text == "each" and toks[k + 1].text == "with":
                self._vote(p.lemma, 2)
            # "the vet may carry out treatments"
            if p.plural and p.start > 1 and toks[p.start - 1].text in ("out", "up", "off") and tags[p.start - 2] == tx.VERB:
                self._vote(p.lemma, 1)
            # "Vaccinations matter a lot to us: for each pet we log ..."
            if p.plural and p.start == 0 and WE_RECORD.search(s.text()):
                self._vote(p.lemma, 1)
            # "every download of an episode is recorded with ..."
            window = s.words[p.end:p.end + 6]
            if ("is" in window or "are" in window) and self._clause_initial(s, p.start) and \
                    _rx(r"(?:of (?:a|an|the|each) \w+ )?(?:is|are) (recorded|stored|logged|tracked|kept)\b").match(" ".join(window)):
                self._vote(p.lemma, 1)
            near = s.words[p.end:p.end + 3]
            tail = " ".join(near)
            if near[:1] == [","] and p.plural and _rx(r", (which|that) (are|is|have|has)\b").match(tail):
                self._vote(p.lemma, 2)
            if ("belong" in near or "belongs" in near) and \
                    _rx(r"(?:\w+ly |also |can |must |always )?belongs? to\b").match(tail):
                self._vote(p.lemma, 2)
                target = s.next_phrase(p.end + 2)
                if target:
                    self._vote(target.lemma, 2)
        self._interactions(s)
        constructions.evidence(s, self._vote, self._vote_owner)
        self.people_act = self.people_act or constructions.people_act(s)
        m = TRACKING.search(s.text())
        if m and not AUDIT.search(s.text()):
            self._vote((w.singular(m.group(1)),), 3)
        # "a blog with users, posts, comments and tags", "a library with books and authors",
        # "the app stores books and authors": a list of the things an app has
        for i, t in enumerate(toks):
            owner = s.phrase_at(i - 1) if i > 0 else None
            app = owner is not None and (owner.head in GENERIC_HEADS or (
                s is self.sentences[0] and owner is phrases[0] and owner.det in ("a", "an") and not owner.plural))
            # "we track projects, issues and users": the speaker lists what the application keeps
            speaker = i > 0 and toks[i - 1].text in ("we", "i") and t.text in HAVE
            if speaker or app and (t.text in ("with", ":", "for", "of") or (t.text in HAVE and owner.head in GENERIC_HEADS)):
                depth, outside = 0, set()          # "products (SKU, name), categories, …": the items, not their fields
                for j in range(i + 1, len(toks)):
                    depth += {"(": 1, ")": -1}.get(toks[j].text, 0)
                    if depth == 0:
                        outside.add(j)
                listed = [p for p in phrases if p.start > i and p.start in outside]
                if len(listed) >= 2 and all(p.plural for p in listed[:2]):
                    for p in listed:
                        if p.plural:
                            self._vote(p.lemma, 3)
        m = _rx(r"^(?:the |a |an )?([\w -]+?) (?:are|is) (?:recorded|stored|kept|modelled|modeled|tracked) as ([\w -]+?)(?: :|$| ,)").search(s.text())
        if m:
            self.synonyms.append((tuple(w.singular(x) for x in m.group(1).split()[-2:]),
                                  tuple(w.singular(x) for x in m.group(2).split()[-2:])))
        m = _rx(r"^as an? ([\w -]+?) , i (?:\w+ )?(?:sign up|register|log in|sign in|create an account)\b").match(s.text())
        if m and any(_rx(r"\busers?\b").search(x.text()) for x in self.sentences):
            self.synonyms.append((tuple(m.group(1).split()[-1:]), ("user",)))
        # "X is/are (the) Y" and "a X or Y is" name one thing twice
        for i, t in enumerate(toks):
            if t.text in ("is", "are") and i > 0:
                left = s.phrase_at(i - 1)
                right = s.next_phrase(i + 1)
                if left and right and left.end == i and all(
                        tags[k] in (tx.DET, tx.ADV, tx.ADJ) or toks[k].text == "simply"
                        for k in range(i + 1, right.start)) and (
                        right.end >= len(toks) or toks[right.end].text not in (",", "or")) and \
                        right.head not in GENERIC_HEADS and right.det not in ("its", "their", "his", "her", "our"):
                    self.synonyms.append((left.lemma, right.lemma))
            if t.text == "or" and 0 < i < len(toks) - 1:
                left, right = s.phrase_at(i - 1), s.phrase_at(i + 1)
                if left and right and left.det in ("a", "an", "the") and right.start == i + 1 and \
                        right.end < len(toks) and toks[right.end].text in ("is", "has", "can"):
                    self.synonyms.append((left.lemma, right.lemma))

    def _interactions(self, s):
        """'customers can review products' -> a reviews table between the two."""
        toks, tags = s.tokens, s.tags
        for i, t in enumerate(toks):
            base = w.verb_base(t.text)
            if tags[i] != tx.VERB or base not in INTERACTIONS or (i and toks[i - 1].text in
                                                                ("is", "are", "be", "was", "were", "been")):
                continue
            first = i                                 # "others can like and comment": one subject, two verbs
            while first >= 2 and toks[first - 1].text in ("and", "or") and tags[first - 2] == tx.VERB:
                first -= 2
            subj = next((p for p in reversed(s.phrases) if p.end <= first), None)
            if subj is not None and any(s.tags[k] in (tx.PRON, tx.CONJ) or toks[k].text in (",", ";")
                                        for k in range(subj.end, first)):
                subj = None
            if subj is not None and subj.lemma[-1] in ("other", "people", "person", "everyone", "anyone"):
                subj = tx.Phrase(subj.start, subj.end, ("users",), subj.det, subj.many, False)   # people: users
            obj = s.next_phrase(i + 1)
            # "like and comment on them", "review it": the verbs share an object, a pronoun stands for
            # the last plural thing named before the verb
            j = i + 1
            while j < len(toks):
                if tags[j] == tx.PREP:
                    j += 1
                elif j + 1 < len(toks) and toks[j].text in ("and", "or") and tags[j + 1] == tx.VERB:
                    j += 2
                else:
                    break
            if j < len(toks) and toks[j].text in ("them", "it") and (obj is None or obj.start > j):
                obj = next((p for p in reversed(s.phrases) if p.end <= i and p.plural and p is not subj
                            and self._entity_lemma(p.lemma) is not None and p.lemma[-1] not in ("person", "people")),
                           None)
                if obj is not None:
                    noun = INTERACTIONS[base]
                    self._vote((noun,), 3)
                    self.interactions.append((noun, base, subj.lemma if subj else None, obj.lemma, s))
                    continue
            if obj is None or obj.start > i + 4 or any(toks[k].text in ("as", "with", "up") for k in range(i + 1, obj.start)):
                continue                             # "register as users", "register with an email"
            if obj is None or obj.start > i + 4:
                continue
            if any(toks[k].text in (",", ";", ":") for k in range(i + 1, obj.start)):
                continue
            noun = INTERACTIONS[base]
            if base in CREATION_VERBS and obj.plural and subj is not None:
                continue                             # "clients book appointments": the appointment is the booking
            if obj.plural or obj.many:
                self._vote((noun,), 3)
            self.interactions.append((noun, base, subj.lemma if subj else None, obj.lemma, s))

    @staticmethod
    def _clause_initial(s, start):
        """Only articles, adjectives, adverbs and quantifiers between a clause boundary and start?"""
        k = start - 1
        while k >= 0 and (s.tags[k] in (tx.DET, tx.ADJ, tx.QUANT, tx.ADV) or s.tokens[k].text == "course"):
            if s.tokens[k].text == "course" and k > 0 and s.tokens[k - 1].text == "of":
                k -= 1
            k -= 1
        return k < 0 or s.tokens[k].text in CLAUSE_BREAKS

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
            return "," in inside
        return s.tokens[p.end].text == ":" or s.tags[p.end] == tx.VERB

    def _merge_candidates(self):
        self.mentions = {}
        chosen = {lemma: ev for lemma, ev in self.candidates.items() if ev >= 3}
        groups = {}
        preset = set(self.preset)
        for lemma in sorted(chosen, key=lambda x: (len(x), x)):
            # shorter lemmas come first, so a group's key is never longer than the lemma joining it;
            # tables a column list names are each their own entity ("tracks", "playlist_tracks")
            target = None if lemma in preset else next(
                (lemma[-k:] for k in range(1, len(lemma)) if lemma[-k:] in groups and lemma[-k:] not in preset), None)
            groups.setdefault(target or lemma, []).append(lemma)
        for a, b in self.synonyms:
            ka, kb = self._group_of(groups, a), self._group_of(groups, b)
            if ka and kb and ka != kb:
                groups[ka].extend(groups.pop(kb))
            elif ka and not kb and self._entity_lemma(b):
                groups[ka].append(self._entity_lemma(b))
            elif kb and not ka and self._entity_lemma(a):
                groups[kb].append(self._entity_lemma(a))
        order = 0
        for members in sorted(groups.values(), key=lambda ms: min(self.first_seen.get(m, (1e9, 0)) for m in ms)):
            best = max(members, key=lambda m: (self.raw.get(m, 0), len(m), m))
            if ("user",) in members:
                best = ("user",)                     # the application's users keep that name
            longer = [m for m in members if len(m) > len(best) and m[-len(best):] == best and self.raw.get(m, 0) >= 3]
            if longer and best not in preset:        # "order items" said outright beats "each item"
                best = max(longer, key=lambda m: (self.raw.get(m, 0), m))
            key = w.snake(best)
            if not key or key in self.spec.entities:
                continue
            entity = Entity(key, best, order, evidence=max(chosen.get(m, 0) for m in members))
            order += 1
            for m in members:
                self.phrase_entity[m] = key
                self.head_entities.setdefault(m[-1], set()).add(key)
                entity.aliases.add(w.snake(m))
            self.spec.entities[key] = entity

    def _group_of(self, groups, lemma):
        lemma = self._entity_lemma(lemma)
        if lemma is None:
            return None
        for key, members in groups.items():
            if lemma in members:
                return key
        for key, members in groups.items():
            if any(len(lemma) > len(m) and lemma[-len(m):] == m for m in members):
                return key
        return None

    # ----------------------------------------------------- mention matching
    def entity_of(self, phrase, owner=None, loose=False):
        """(entity key, role words) a noun phrase refers to, or (None, None)."""
        if phrase is None:
            return None, None
        key = (phrase.lemma, owner, loose)
        if key not in self.mentions:
            self.mentions[key] = self._entity_of(phrase, owner, loose)
        return self.mentions[key]

    def _entity_of(self, phrase, owner, loose):
        lemma = tuple(x for x in phrase.lemma if x not in ("new", "other"))
        if not lemma:                                   # "others", "the new ones": no noun to match
            return None, None
        while len(lemma) > 1 and lemma[-1] in ("entry", "record", "row", "item") and lemma[-2] != "order":
            lemma = lemma[:-1]
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
        if len(lemma) == 1 and len(heads) == 1:
            return next(iter(heads)), ()
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
        for s in self.sentences:
            constructions.object_complements(s, key_of, self._relate)
            constructions.passive_reference(s, key_of, self._stated)
            constructions.noun_links(s, key_of, self._relate)
            constructions.possessive_members(s, key_of, self._relate)
        for noun, verb, subj, obj, s in self.interactions:
            key = self.phrase_entity.get((noun,))
            a = self.entity_of(tx.Phrase(0, 0, subj, None, False, False))[0] if subj else \
                self.sentence_subject.get(id(s))
            b = self.entity_of(tx.Phrase(0, 0, obj, None, False, False))[0]
            if key is None or a is None or b is None or key in (a, b):
                continue
            if a == b:
                agent, patient = AGENT_ROLES.get(verb, (None, "related"))
                self._relate(key, a, agent, owned=True)
                self._relate(key, b, patient, owned=True)
            else:
                self._relate(key, a, None, owned=True)
                self._relate(key, b, None, owned=True)
            if verb in ("like", "follow", "bookmark", "favorite", "favourite", "vote"):
                self.spec.entities[key].pair_unique = True
            # "... review products, giving a star rating" / "collaborate on my show with a role of ..."
            obj_end = next((p.end for p in s.phrases if p.lemma == obj), None)
            if obj_end is not None and obj_end < len(s.tokens):
                nxt = s.tokens[obj_end:obj_end + 2]
                if nxt[0].text == "with" or (len(nxt) == 2 and nxt[0].text == "," and nxt[1].text in ("giving", "with")):
                    self._attributes(key, s, obj_end + (1 if nxt[0].text == "with" else 2))
                else:                              # "register for courses each semester and receive a grade"
                    k = next((j for j in range(obj_end, min(len(s.tokens), obj_end + 5))
                              if s.tokens[j].text in ("receive", "get", "earn", "give", "leave", "pay")), None)
                    if k is not None and s.tokens[k - 1].text == "and":
                        self._attributes(key, s, k + 1)
        return self.spec

    def _subject(self, s, previous):
        toks, tags = s.tokens, s.tags
        k = 0
        while k < len(toks) and (tags[k] in (tx.DET, tx.ADJ, tx.ADV, tx.QUANT, "PUNCT")
                                 or toks[k].text in ("for", "as", "then", "also")):
            k += 1
        p = s.phrase_at(k)
        if p is not None and p.start == k and p.head in VERSION_WORDS and p.end + 1 < len(toks) and \
                toks[p.end].text == "of":
            q = s.next_phrase(p.end + 1)
            if q is not None and q.start <= p.end + 2 and self.entity_of(q)[0]:
                return self.entity_of(q)[0], q
        if p is not None and p.start == k:
            key, role = self.entity_of(p)
            if key and not role:
                return key, p
            if key and p.possessive:
                return key, p
            return None, p
        m = TRACKING.search(s.text())
        if m:
            key = self.phrase_entity.get((w.singular(m.group(1)),))
            if key:
                return key, None
        if toks and toks[0].text == "as" and len(toks) > 3:
            p = s.next_phrase(0)
            if p is not None and p.start <= 2 and p.end < len(toks) and toks[p.end].text == ",":
                key, role = self.entity_of(p)
                if key:
                    return key, None
        if k < len(toks) and toks[k].text in ("we", "i") and self.block_topic.get(s.block) and not s.first:
            # "A rental is made by … The car is picked up … We record the pick-up date": the speaker
            # records facts about what the paragraph is about, not about the last thing named
            return self.block_topic[s.block], None
        if k < len(toks) and toks[k].text in ("it", "they", "each", "we", "its", "their", "i") or \
                (k > 0 and toks[k - 1].text == "each"):
            return previous, None
        return None, None

    def _sentence(self, s, previous):
        subject, subject_phrase = self._subject(s, previous)
        if subject and s.block not in self.block_topic:
            self.block_topic[s.block] = subject
        subject = self._read_lists(s, subject, subject_phrase, previous)
        self._status_sentence(s, subject)
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
        # "For each pet: its name, ..." / "- farms: name, location" / "Donors (first name, ...)"
        for i, t in enumerate(toks):
            if t.text in (":", "(") and subject and subject_phrase and i == subject_phrase.end:
                self._attributes(subject, s, i + 1, closing=")" if t.text == "(" else None)
                rest = self._skip_paren(toks, i) if t.text == "(" else 0
                self._relations(s, subject, len(toks), start=rest)
                return subject
        # "it logs metrics: the metric name, ...", "a source: the person ..., with their name"
        for p in s.phrases:
            if p.end < len(toks) and toks[p.end].text in (":", "-") and p.start > 0:
                key, role = self.entity_of(p)
                if key and not role and key != subject:
                    k = p.start - 1
                    while k >= 0 and tags[k] in (tx.DET, tx.ADJ, tx.QUANT):
                        k -= 1
                    if k >= 0 and tags[k] == tx.PREP:     # "upload episodes to a show: title, ..."
                        obj = next((q for q in reversed(s.phrases) if q.end <= k and q.plural
                                    and self.entity_of(q)[0]), None)
                        if obj is not None:
                            self._relate(self.entity_of(obj)[0], key)
                            key = self.entity_of(obj)[0]
                    self._relations(s, subject, p.start + 1)
                    self._attributes(key, s, p.end + 1)
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
            if subject and p.start >= 2 and toks[p.start - 1].text in ("each", "every") and toks[p.start - 2].text == "for":
                key, _ = self.entity_of(p)
                if key and key != subject:
                    self._relate(subject, key)
        self._nominalizations(s)
        for p in s.phrases:
            if p.end + 1 < len(toks) and toks[p.end].text == "(":
                key, _ = self.entity_of(p)
                inner = toks[p.end + 1:self._skip_paren(toks, p.end) - 1]
                names = [t for t in inner if t.kind == "word"]
                if not key or not names or ATTRIBUTE_WORDS & {t.text for t in inner}:
                    continue
                if all(t.orig[:1].isupper() for t in names[:2]):
                    if "name" not in self.spec.entities[key].attributes:
                        self.spec.entities[key].attribute("name").unique = True   # "(Technology, Comedy, ...)"
                elif p.plural and any(t.text == "or" for t in inner) and "type" not in self.spec.entities[key].attributes:
                    values, _ = self._value_list(s, [], 0, [i for i in range(p.end + 1, p.end + 1 + len(inner))])
                    values = _clean_values(values)
                    if len(values) >= 2:                                          # "accounts (checking, savings or credit card)"
                        self.spec.entities[key].attribute("type").values = tuple(values)
                elif "," in {t.text for t in inner} and "name" not in self.spec.entities[key].attributes:
                    self.spec.entities[key].attribute("name").unique = True
        colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
        if subject and colon is not None and colon + 1 < len(toks) and tags[colon + 1] in (tx.DET, tx.NOUN, tx.ADJ):
            first_item = []
            for t, g in zip(toks[colon + 1:], tags[colon + 1:]):
                if t.text == ",":
                    break
                first_item.append(g)
            if tx.VERB not in first_item and tx.AUX not in first_item:
                self._relations(s, subject, colon)
                self._attributes(subject, s, colon + 1)
                return subject
        # storage: freezers (name, ...) hold boxes (label, ...)
        for p in s.phrases:
            if p.end < len(toks) and toks[p.end].text == "(" and p.plural:
                key, role = self.entity_of(p)
                inside = {t.text for t in toks[p.end + 1:self._skip_paren(toks, p.end)]}
                if key and not role and ATTRIBUTE_WORDS & inside:
                    self._attributes(key, s, p.end + 1, closing=")")
        if subject is None and toks and toks[0].text in ("when", "whenever", "while", "if", "during"):
            subject = previous
        self._relations(s, subject, len(toks))
        self._attribute_clauses(s, subject)
        if subject and _rx(r"\bat (?:a|an|the) (?:given |specific |certain |set |particular )?date and time\b").search(s.text()):
            self.spec.entities[subject].attribute("starts_at").hint = "timestamp"
        if subject and _rx(r"\bhow many (?:were|are|was|is|get|got|have been) \w+").search(s.text()):
            self.spec.entities[subject].attribute("quantity").hint = "count"
        return subject

    def _nominalizations(self, s):
        """'objects are valued ...; each valuation records' -> valuations point at objects."""
        toks = s.tokens
        for i, t in enumerate(toks):
            if s.tags[i] != tx.VERB:
                continue
            stem = w.stem(t.text)
            forms = {stem + "ation", stem[:-1] + "ation", stem + "ment", stem[:-1] + "ment", stem + "al",
                     stem[:-1] + "al", stem + "ion", stem[:-1] + "ion", stem + "ing"}
            nominal = next((k for k in self.spec.entities if k.split("_")[-1] in forms), None)
            if nominal is None:
                continue
            passive = i > 0 and toks[i - 1].text in ("is", "are", "was", "were", "be", "been", "get", "gets")
            target = None
            if passive:
                p = next((q for q in reversed(s.phrases) if q.end <= i - 1), None)
                target = self.entity_of(p)[0] if p else None
            else:
                q = s.next_phrase(i + 1)
                target = self.entity_of(q)[0] if q is not None and q.start <= i + 2 else None
            if target and target != nominal:
                self._relate(nominal, target)

    @staticmethod
    def _paren_start(toks, close):
        depth = 0
        for j in range(close, -1, -1):
            if toks[j].text == ")":
                depth += 1
            elif toks[j].text == "(":
                depth -= 1
                if depth == 0:
                    return j
        return 0

    @staticmethod
    def _skip_paren(toks, i):
        depth = 0
        for j in range(i, len(toks)):
            if toks[j].text == "(":
                depth += 1
            elif toks[j].text == ")":
                depth -= 1
                if depth == 0:
                    return j + 1
        return len(toks)

    # ------------------------------------------------------------ attributes
    def _attribute_clauses(self, s, subject):
        toks, tags = s.tokens, s.tags
        if AUDIT.search(s.text()):
            return                                   # "we need to track changes": an audit log, not a column
        for i, t in enumerate(toks):
            owner = subject
            follows = tags[i + 1] if i + 1 < len(toks) else None
            if follows not in (tx.DET, tx.QUANT, tx.NOUN, tx.ADJ, "NUMBER", "QUOTE"):
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
                    self._attributes(self.entity_of(p)[0], s, i + 1)
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
                    or (t.text in ("with",) and i > 0 and (tags[i - 1] in (tx.NOUN, tx.VERB) or
                                                         toks[i - 1].text in ("up", "in", "out", ")", ","))):
                if t.text == "with":
                    p = s.phrase_at(i - 1) if toks[i - 1].text != ")" else \
                        s.phrase_at(self._paren_start(toks, i - 1) - 1)
                    if toks[i - 1].text == ",":
                        # "registered as adopters, with their name, …": the fields of the phrase before
                        p = s.phrase_at(i - 2) if i + 1 < len(toks) and toks[i + 1].text in ("their", "its") else None
                    if p is not None and p.start > 1 and tags[p.start - 1] in (tx.DET,) and tags[p.start - 2] == tx.PREP:
                        p = next((q for q in reversed(s.phrases) if q.end <= p.start - 2), None)
                    if p is not None and p.start > 3 and toks[p.start - 1].text in ("are", "is") and \
                            toks[p.start - 2].text in ("which", "that") and toks[p.start - 3].text == ",":
                        p = s.phrase_at(p.start - 4) or p
                    owner, role = self.entity_of(p) if p else (subject, None)
                    if owner is None and p is not None and i > 2 and toks[p.start - 1].text in ("are", "is") or \
                            (p is not None and p.start > 1 and toks[p.start - 2].text in ("are", "is")):
                        owner = owner or subject
                    if owner is None and tags[i - 1] in (tx.VERB, tx.PREP):
                        owner = subject
                    if owner is None:
                        continue
                    nxt = s.next_phrase(i + 1)
                    if nxt and self.entity_of(nxt)[0] and nxt.start <= i + 2:
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
                self._attributes(owner, s, i + 1)
            elif tags[i] in (tx.VERB, tx.AUX) and w.verb_lemma(t.text) in ATTRIBUTE_VERBS and subject:
                if i == 0 or toks[i - 1].text in ("we", "i", "to", "also", "you", ",", "then"):
                    nxt = s.next_phrase(i + 1)
                    if nxt is not None and nxt.start <= i + 2 and nxt.det in ("a", "an") and \
                            self.entity_of(nxt)[0] and not self.entity_of(nxt)[1]:
                        continue                 # "we log a movement saying ...": the movement's own list
                    self._attributes(self._for_each(s, i) or subject, s, i + 1)

    def _sub_entity(self, phrase):
        """'subcategories' of categories: a hierarchy, not an attribute (but 'subject' is a word)."""
        word = phrase.words[-1]
        if not word.startswith("sub") or len(word) < 6:
            return False
        return self.entity_of(tx.Phrase(0, 0, (word[3:],), None, False, False))[0] is not None

    def _for_each(self, s, i):
        """'for each appearance we keep the label text': the appearance owns the list."""
        owner = None
        verbs = {w.stem(t.text) for t, g in zip(s.tokens, s.tags) if g == tx.VERB}
        for p in s.phrases:
            if p.end <= i and p.start >= 2 and s.tokens[p.start - 1].text in ("each", "every") \
                    and s.tokens[p.start - 2].text == "for" and self.entity_of(p)[0]:
                key = self.entity_of(p)[0]
                if any(key in (v + "ance", v + "ence", v + "ment", v + "ation", v + "al") for v in verbs):
                    owner = key
        return owner

    def _nearest_entity_before(self, s, i):
        end = i
        for p in reversed(s.phrases):
            if p.end > i:
                continue
            between = [s.tokens[k].text for k in range(p.end, end)]
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
        for i in range(start, len(toks)):
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
        if sum(1 for idx in items if idx and s.tokens[idx[0]].text == "then") >= 2:
            levels = _clean_values([" ".join(s.tokens[i].text for i in idx if s.tokens[i].text != "then")
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
            if idx and toks[idx[0]].text.endswith("ing") and w.verb_base(toks[idx[0]].text) and \
                    toks[idx[0]].text not in w.NOUN_FORMS:
                break                                # "..., giving trees like Clothing > Men"
            used = self._item(entity, s, idx, items, k, previous_names)
            k += used

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
        m = _rx(r"(?:and )?from (?:which|the|a|one) ([\w ]+?) to (?:which|the|a|one|another) ([\w ]+?)").fullmatch(text)
        if m:
            for role, phrase_text in (("from", m.group(1)), ("to", m.group(2))):
                key, _ = self.entity_of(tx.Phrase(0, 0, tuple(phrase_text.split()), None, False, False))
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
        if linked and toks[idx[0]].text in ("one", "a", "an"):
            return 1
        if _rx(r"(?:and )?(?:on |at )?what (?:date|day|time)|(?:and )?when").fullmatch(text) and previous_names:
            m = _rx(r"\b(?:was|were|is|are|got) (\w+)\b").search(" ".join(t.text for t in toks[:idx[0]]))
            if m:
                suffix = "_at" if text.endswith(("time", "when")) else "_on"
                name = _participle(w.stem(m.group(1))) + suffix
                entity.attribute(name).hint = "timestamp" if suffix == "_at" else "date"
                previous_names.append(name)
                return 1
        m = _rx(r"^(?:a |an |the |their |its )?(\w+) (?:who|which|that) is (?:another|a|an|also a|also an|the) (\w+)").match(text)
        if m:
            key, _ = self.entity_of(tx.Phrase(0, 0, (m.group(2),), None, False, False))
            if key:
                self._relate(entity.key, key, m.group(1) if key == entity.key or m.group(1) != key else None,
                             optional=key == entity.key)
                previous_names.append(m.group(1))
                return 1
        special = self._clause_item(entity, s, idx)
        if special:
            previous_names.append(special)
            remark = _rx(r"\(([^()]*)\)").search(text)     # "when it ended (left empty while running)"
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
        m = _rx(r"^(?:and )?(\w+ed|paid|sent|sold|made|built|born|held|given|written|done) (at|on)$").match(text)
        if m:                                        # "paid at", "born on"
            name = f"{m.group(1)}_{m.group(2)}"
            entity.attribute(name).hint = "timestamp" if m.group(2) == "at" else "date"
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
            combo = tx.Phrase(0, 0, of_tail.words + role_phrase.words, None, False, False)
            key3, role3 = self.entity_of(combo)
            if key3 and not role3:
                key, role = key3, ()
            elif key2 and key2 != entity.key and not key and role_phrase.words[-1] in ("version",):
                key, role = key2, ()
        if key and role_phrase.many:           # "each book has ... one or more authors"
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
            return 1
        name = self._attribute_name(entity, name_words, s, idx, p)
        if not name:
            return 1
        attr = entity.attribute(name)
        previous_names.append(name)
        self.last_names = previous_names
        if optional is not None:
            attr.optional = optional if attr.optional is None or optional else attr.optional
        if "unique" in words or _rx(r"\bunique\b").search(text):
            attr.unique = True
        self._modifiers(attr, s, idx, p)
        used = 1
        if enum_start is not None:
            first = idx[enum_start + 1:]
            values, used = self._value_list(s, items, k, first)
            values = _clean_values(values)
            if len(values) >= 2 and not _rx(r"\b(eg|such as|like|ie)\b").search(text):
                attr.values = tuple(values)
                return used
            used = 1
        if True:
            paren = [i for i in idx if toks[i].text == "("]
            if paren:
                inner = [i for i in idx if i > paren[0]]
                inner_text = " ".join(toks[i].text for i in inner)
                if not _rx(r"^(eg|such as|like|ie|the|a|an|we|e|in)\b").match(inner_text):
                    values, _ = self._value_list(s, [], 0, inner)
                    values = _clean_values(values)
                    if len(values) >= 2 and not _type_words(inner_text):
                        attr.values = tuple(values)
                    elif len(values) >= 2:
                        pass
                elif _rx(r"^we\b").match(inner_text):
                    vals = self._values_in_text(s, inner)
                    if len(vals) >= 2:
                        attr.values = tuple(vals)
        return used

    def _values_in_text(self, s, idx):
        """Values listed inside a remark: 'we only treat dogs, cats and birds; anything else counts as 'other''."""
        toks = s.tokens
        best, cur = [], []
        for i in idx:
            t = toks[i]
            if t.kind == "word" and s.tags[i] == tx.NOUN:
                cur.append(w.singular(t.text))
            elif t.text in (",", "and", "or") and cur:
                continue
            else:
                if len(cur) > len(best):
                    best = cur
                cur = []
        if len(cur) > len(best):
            best = cur
        best = list(best)
        for i in idx:
            if toks[i].kind == "quote":
                best.append(toks[i].text.strip("'\""))
        return _clean_values(best)

    def _of_tail(self, s, p, idx):
        """The noun phrase after 'of' following p inside the item, if any."""
        toks = s.tokens
        if p.end < len(toks) and toks[p.end].text == "of":
            q = s.next_phrase(p.end + 1)
            if q and q.end <= idx[-1] + 1:
                return q
        return None

    def _clause_item(self, entity, s, idx):
        """Items that are clauses: 'when it was paid', 'how many rows it contains'."""
        toks = s.tokens
        words = [toks[i].text for i in idx]
        text = " ".join(words)
        if not CLAUSE_HINT.search(text):
            return None
        text = _rx(r"\s*\([^()]*\)\s*").sub(" ", text).strip()
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
        if _rx(r"\bhow many (?:were|are|was|is|get|got|have been) \w+").search(text):
            entity.attribute("quantity").hint = "count"
            return "quantity"
        m = _rx(r"^when the (?:next )?(\w+) is due$").match(text)
        if m:
            name = w.singular(m.group(1)) + "_due_on"
            entity.attribute(name).hint = "date"
            return name
        m = _rx(r"^how many (\w+)(?: \w+)*? (?:it|they|we) (?:\w+)$").match(text)
        if m and m.group(1) != "times":
            name = w.singular(m.group(1)) + "_count"
            entity.attribute(name).hint = "count"
            return name
        m = _rx(r"how many times (?:it|they) (?:has been|have been|was|were|is|are)? ?(\w+)").search(text)
        if m:
            base = w.stem(m.group(1))
            name = base + "_count"
            entity.attribute(name).hint = "count"
            return name
        m = _rx(r"whether (?:it|they|he|she|the \w+) (?:is|are|has been|have been|was|were|has|have) (?:the |a |an )?(\w+(?: (?!it\b|them\b|one\b)\w+)?)").search(text)
        if m:
            name = "is_" + w.snake(m.group(1).split())
            entity.attribute(name).hint = "boolean"
            return name
        m = _rx(r"whether (?:it|they|he|she|the \w+) (\w+)").search(text)
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
        m = _rx(r"^(?:a |the )?(\w+) that says whether .* (?:has|have|is|are|was) (\w+)(?: it)?$").match(text)
        if m:
            name = "is_" + m.group(2)
            entity.attribute(name).hint = "boolean"
            return name
        return None

    def _attribute_name(self, entity, name_words, s, idx, p):
        toks = s.tokens
        words_ = [x for x in name_words if x not in ("its", "their", "which")]
        # drop the owner's own name: "the dataset name" -> name
        for alias in sorted(entity.aliases, key=len, reverse=True):
            parts = alias.split("_")
            if len(words_) == len(parts) + 1 and [w.singular(x) for x in words_[:len(parts)]] == parts \
                    and w.singular(words_[-1]) in ("name", "title", "description"):
                words_ = words_[len(parts):]
                break
        # "number of units in stock", "years of birth", "number of rows"
        if words_ and words_[-1] in ("number", "count", "year", "years", "date") and p.end < len(toks) \
                and toks[p.end].text == "of":
            q = s.next_phrase(p.end + 1)
            if q and q.end <= idx[-1] + 1:
                if words_[-1] == "number":
                    words_ = ["num"] + list(q.words) if q.end >= idx[-1] + 1 or toks[q.end].text != "in" \
                        else list(q.words)
                    if len(q.words) > 1 or q.words[-1] in ("minutes", "seconds", "hours", "days"):
                        words_ = list(q.words)
                    self.last_of = "num"
                    after_q = q.end
                    num_of = self.last_of
                    while after_q < len(toks) and s.tags[after_q] == tx.ADV:
                        after_q += 1
                    if after_q < len(toks) and toks[after_q].text == "in":
                        r = s.next_phrase(after_q + 1)
                        if r and r.end <= idx[-1] + 1:
                            words_ = list(q.words) + ["in"] + list(r.words)
                    self.last_of = num_of
                    return self._finish_name(entity, words_, s, idx, p, None)
                else:
                    words_ = [w.singular(words_[-1]), "of"] + list(q.words)
                    self.last_of = w.singular(name_words[-1])
                    return self._finish_name(entity, words_, s, idx, p, None)
        prev_of, self.last_of = self.last_of, None
        return self._finish_name(entity, words_, s, idx, p, prev_of)

    def _finish_name(self, entity, words_, s, idx, p, prev_of):
        # units: "volume in uL", "area (hectares)", "duration in seconds"
        unit = _unit_after(s, p.end, idx)
        type_word = None
        while words_ and words_[-1] in ("string", "text", "blob") and len(words_) > 1:
            type_word = words_.pop()
        while words_ and words_[0] in ("numeric", "integer", "boolean", "free-text", "short", "long",
                                       "json", "optional", "unique", "current") and len(words_) > 1:
            if words_[0] == "json":
                break
            type_word = words_.pop(0)
        if len(words_) == 2 and words_[1] == "email" and words_[0] in ("work", "personal", "contact", "primary", "main", "business", "private"):
            words_ = ["email"]
        if len(words_) == 1 and p.det is None and prev_of and previous_of_ok(s, idx):
            words_ = [prev_of, words_[0]] if prev_of == "num" else [prev_of, "of", words_[0]]
        if len(words_) >= 3 and words_[0].endswith("al") and words_[0] not in ("principal", "total", "rental", "animal", "capital", "digital", "original"):
            words_ = words_[1:]
        name = NAME_NORMALIZE.get(w.snake(words_), w.snake(words_))
        name = _rx(r"(?<=.)_(date_time|datetime)$").sub("_at", name)
        if unit and unit not in ("money",):
            name = f"{name}_{unit}"
        if not name or name in ("which", "it", "who") or name in HIERARCHY_WORDS:
            if name in HIERARCHY_WORDS:
                entity.hierarchy = True
            return None
        if name == entity.key and type_word in ("text", "string"):
            name = "body"
        name = name[:63]
        attr = entity.attribute(name)
        if unit == "money":
            attr.unit = "money"
        elif unit:
            attr.unit = unit
        if type_word in ("numeric",):
            attr.hint = "numeric"
        elif type_word in ("string", "text", "free-text"):
            attr.hint = "text"
        elif type_word == "boolean" or (type_word == "flag" and name):
            attr.hint = attr.hint or ("boolean" if type_word == "boolean" else None)
        return name

    def _modifiers(self, attr, s, idx, p):
        toks = s.tokens
        text = " ".join(toks[i].text for i in idx)
        m = _rx(r"(?:from |between |of |\()?(-?\d+)\s*(?:-|to|and|\.\.)\s*(-?\d+)\b").search(text) \
            if any(ch.isdigit() for ch in text) else None
        if m and not _rx(r"\d+,\d+").search(text):
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo < hi:
                attr.low, attr.high = lo, hi
        t = _type_words(text)
        if t:
            attr.type = t
        if _rx(r"\bjson\b").search(text) and not attr.type:
            attr.type = "jsonb"
        if _rx(r"\b(euros?|dollars?|pounds|currency|usd|eur|gbp)\b").search(text):
            attr.unit = "money"

    def _set_optional(self, entity, name):
        if name in entity.attributes:
            entity.attributes[name].optional = True
        for r in self.spec.relations:
            if r.source == entity.key and ((r.role + "_" if r.role else "") + r.target) == name:
                r.optional = True

    # ------------------------------------------------------------- relations
    def _relate(self, source, target, role=None, optional=False, owned=False, column=None):
        for r in self.spec.relations:
            if r.source == source and r.target == target and r.role == role:
                r.optional = r.optional or optional
                r.owned = r.owned or owned
                r.column = r.column or column
                return
        self.spec.relations.append(Relation(source, target, role, optional, owned, column))

    def _stated(self, source, target):
        """A reference the text states outright ('each animal is housed in a kennel'): it wins over a
        reference guessed the other way round."""
        self.spec.relations = [r for r in self.spec.relations
                               if not (r.source == target and r.target == source and not r.role)]
        if not any(r.source == source and r.target == target for r in self.spec.relations):
            self._relate(source, target)

    def _associate(self, a, b, verb):
        """Many-to-many, unless an interaction table ('likes', 'reviews') already holds the pair."""
        if verb in INTERACTIONS and self.phrase_entity.get((INTERACTIONS[verb],)):
            return
        self._many(a, b, verb)

    def _many(self, a, b, verb=None):
        pair = tuple(sorted((a, b)))
        self.pair_verbs.setdefault(pair, set()).add(verb)
        if all(tuple(sorted(x[:2])) != pair for x in self.spec.many_to_many):
            self.spec.many_to_many.append((a, b, verb))

    def _relations(self, s, subject, limit, start=0):
        """Relations stated by the tokens before limit; verbs before start are not read
        (they sat inside an attribute list already read)."""
        toks, tags = s.tokens, s.tags
        mentions = []
        for p in s.phrases:
            if p.start >= limit:
                break
            if p.start < start and p is not s.phrases[0]:
                continue
            key, role = self.entity_of(p, loose=bool(p.det in ("one", "a", "an", "which") or p.many))
            if key:
                mentions.append((p, key, role))
        for n, (p, key, role) in enumerate(mentions):
            tail = " ".join(s.words[p.end:p.end + 4])
            # "X belongs to (exactly one) Y", "each user belongs to exactly one tenant"
            if _rx(r"(?:can |must |always |also )?belongs? to\b|(?:is|are) (?:part of|owned by|linked to one|assigned to (?:a|one))").match(tail):
                later = [m for m in mentions[n + 1:]]
                if later:
                    self._relate(key, later[0][1], None)
                for prev, nxt in zip(later, later[1:]):   # "… belong to an order and a product"
                    between = [x for x in s.words[prev[0].end:nxt[0].start] if x not in ("a", "an", "the", "one", "to")]
                    if between != ["and"]:
                        break
                    self._relate(key, nxt[1], None)
        # verb-based: subject VERB quantifier object
        depth = 0
        for i, t in enumerate(toks[:limit]):
            depth += (t.text == "(") - (t.text == ")") if t.kind == "punct" else 0
            if i < start or depth > 0 or (tags[i] not in (tx.VERB, tx.AUX) and t.text not in HAVE):
                continue                             # verbs inside parentheses are values or remarks
            left = [m for m in mentions if m[0].end <= i and not self._in_pp(s, m[0])]
            right = [m for m in mentions if m[0].start > i]
            if not right:
                continue
            src = left[-1] if left else None
            if src is not None and src[0].det == "which":
                continue                             # "records which member borrowed which copy": an item list
            src_key = src[1] if src and not src[2] else subject
            if src and src[2] and src[1]:
                src_key = src[1]
            self._chained(s, src_key, right, i)
            if src_key is None:
                continue
            obj_p, obj_key, obj_role = right[0]
            between = toks[i + 1:obj_p.start]
            if any(x.text in (",", ";", ":", "(") for x in between) or any(
                    s.tags[i + 1 + k] in (tx.VERB,) for k in range(len(between))):
                continue
            base = "have" if t.text in ("has", "have", "had", "having") else (w.verb_base(t.text) or t.text)
            passive = i > 0 and toks[i - 1].text in ("is", "are", "be", "was", "were", "been")
            if base in ("is", "are", "be", "was", "were"):
                self._complement(s, src_key, right, i)
                continue
            prep = toks[obj_p.start - 1].text if obj_p.start > 0 and s.tags[obj_p.start - 1] == tx.PREP else None
            if obj_p.start > 1 and s.tags[obj_p.start - 1] in (tx.DET,) and s.tags[obj_p.start - 2] == tx.PREP:
                prep = toks[obj_p.start - 2].text
            many = obj_p.many or (obj_p.plural and obj_p.det not in ("the", "one", "a", "an", "its", "their")
                                  and (prep in (None, "with", "on", "of") or (base == "come" and prep == "in"))) \
                or (obj_p.plural and obj_p.det == "the" and prep == "with" and base in ASSOCIATION_VERBS) \
                or bool(_rx(r"or (?:a|an) (?:whole |entire |large )?(?:batch|set|group|lot|bunch|number)\b").match(" ".join(s.words[obj_p.end:obj_p.end + 5])))
            if obj_key == src_key and _rx(r"\bother\b").search(" ".join(s.words[max(0, obj_p.start - 2):obj_p.start])):
                self._associate(src_key, obj_key, base)
                continue
            if obj_key == src_key and not obj_role:
                continue
            if many:
                if base in INTERACTIONS and self.phrase_entity.get((INTERACTIONS[base],)):
                    continue                             # "members book classes": the bookings table links them
                if base in ASSOCIATION_VERBS or (t.text in ("like", "likes") and "only once" in s.text()):
                    self._associate(src_key, obj_key, base)
                elif src is not None and src[0].plural and not src[0].many and not obj_p.many and \
                        base not in CREATION_VERBS and base not in OWNING_VERBS and base != "come":
                    self._associate(src_key, obj_key, base)  # "Members borrow books", "Doctors treat patients"
                    self.weak_pairs.add(tuple(sorted((src_key, obj_key))))
                elif base == "have" and self._sub_entity(obj_p):
                    self.spec.entities[src_key].hierarchy = True
                elif base in ("include", "contain", "hold", "cover", "feature", "show") and \
                        self.spec.entities[obj_key].order < self.spec.entities[src_key].order:
                    self._many(src_key, obj_key, base)      # "a loan can include several objects"
                else:
                    self._relate(obj_key, src_key, owned=base in OWNING_VERBS)
                    self._mark_many(src_key, obj_key)
            else:
                if base in INTERACTIONS and self.phrase_entity.get((INTERACTIONS[base],)):
                    continue                             # the interaction's own table links the two
                if src[0].many if src else False:
                    self._associate(src_key, obj_key, base)
                    continue
                if base in ("have", "has") and obj_key == src_key:
                    continue
                optional = bool(_rx(r"\b(optionally|may|might|optional|can)\b").search(" ".join(s.words[max(0, i - 2):i])))
                if obj_role and obj_key == src_key:
                    self._relate(src_key, obj_key, w.snake(obj_role) or "parent", optional=True)
                elif obj_key != src_key:
                    if (obj_key, src_key) in self._many_marks:
                        continue
                    if base in CREATION_VERBS and not passive:      # "a client places an order"
                        self._relate(obj_key, src_key)
                        continue
                    self._relate(src_key, obj_key, w.snake(obj_role) if obj_role else None, optional=optional)

    def _chained(self, s, src_key, right, i):
        """'booked for one pet with one vet', 'written by one user on one post': each names one."""
        last = i
        for n, (p, key, role) in enumerate(right):
            between = range(last + 1, p.start)
            if any(s.tags[k] not in (tx.PREP, tx.DET, tx.QUANT, tx.ADJ, tx.ADV) and
                   s.tokens[k].text != "or" for k in between):
                break
            last = p.end - 1
            verb = w.verb_base(s.tokens[i].text)
            if n > 0 and p.many and verb in ASSOCIATION_VERBS and not right[0][0].many and right[0][1] != key:
                self._associate(right[0][1], key, verb)
                continue
            if n == 0 or p.many or p.det not in ("one", "a", "an", "exactly", "which", "the", "single"):
                continue
            first_p, first_key = right[0][0], right[0][1]
            passive = i > 0 and s.tokens[i - 1].text in ("is", "are", "be", "was", "were", "been")
            holder = first_key if (first_p.plural or (verb in CREATION_VERBS and not passive)) \
                and first_key != key else src_key
            if holder is not None and key != holder:
                self._relate(holder, key, w.snake(role) if role else None)

    @staticmethod
    def _in_pp(s, p):
        k = p.start - 1
        while k >= 0 and s.tags[k] in (tx.DET, tx.QUANT, tx.ADJ):
            k -= 1
        return k >= 0 and s.tags[k] == tx.PREP and s.tokens[k].text not in ("of",)

    def _complement(self, s, src_key, right, i):
        """'An experiment is one training run inside a project': the project is referenced."""
        for p, key, role in right:
            k = p.start - 1
            while k > i and s.tags[k] in (tx.DET, tx.QUANT, tx.ADJ):
                k -= 1
            if k > i and s.tags[k] == tx.PREP and s.tokens[k].text in ("inside", "in", "within", "of", "for", "under") \
                    and p.det in ("a", "an", "one", "the", "exactly") and key != src_key and not p.many:
                if any(s.tokens[j].text in (",", ";", "and", "or", "but") for j in range(i, p.start)):
                    return
                self._relate(src_key, key)
                return

    def _mark_many(self, one, many):
        self._many_marks[(one, many)] = None

    # --------------------------------------------------------- value sets etc.
    def _status_sentence(self, s, subject):
        """'A ticket is open, in_progress or resolved.' / 'An order's status is always one of ...'."""
        text = s.text()
        m = _rx(r"^(?:a |an |the |each |every )?([\w -]+?)(?: 's ([\w ]+?))? (?:is|are|can be|may be|must be) (?:always |either |currently )?(?:one of |in one of the states )?(?:a |an )?(.+)$").search(text)
        if not m or subject is None:
            return
        values_text = m.group(3)
        if not _rx(r",| or ").search(values_text):
            return
        parts = re.split(r"\s*(?:,|\bor\b|/|\|)\s*", values_text)
        values = []
        for part in parts:
            part = _rx(r"^(?:and |or |a |an |the )+").sub("", part.strip())
            if not part:
                continue
            if len(part.split()) > 3 or _rx(r"\b(it|they|we|which|that|the|has|have|is|are)\b").search(part):
                if len(values) >= 2:
                    break
                return
            values.append(part.replace(" ", "_"))
        values = _clean_values(values)
        if len(values) < 2:
            return
        attr_name = w.snake(m.group(2).split()) if m.group(2) else "status"
        entity = self.spec.entities[subject]
        entity.attribute(attr_name).values = tuple(values)

    def _flags(self, s, subject):
        text = s.text()
        m = _rx(r"\beach (\w+) is (?:listed|stored|kept|identified|known|registered) (?:once )?(?:under|by|with) (?:a |an )?(unique )?(\w+)").search(text)
        if m:
            key, _ = self.entity_of(tx.Phrase(0, 0, (m.group(1),), None, False, False))
            if key:
                attr = self.spec.entities[key].attribute(m.group(3))
                attr.unique = attr.unique or bool(m.group(2))
        for m in _rx(r"(?:^|, |and )(?:a |an |the )?([\w -]+?)(?: ,)? (?:which |that )?(?:is|are) (?:just |simply |only )?(?:a piece of |a bit of |plain |free )?(?:text|prose)\b").finditer(text):
            key, _ = self.entity_of(tx.Phrase(0, 0, tuple(m.group(1).split()[-2:]), None, False, False))
            if key:
                self.spec.entities[key].attribute("body").hint = "text"
        if _rx(r"\bsoft[- ]delet").search(text):
            self.spec.soft_delete = True
        if AUDIT.search(text):
            self.spec.audit = True
        if _rx(r"\b(multi-tenant|multitenant|multi tenant|each tenant|per tenant|tenants?)\b").search(text):
            self.spec.multi_tenant = True
        if subject and _rx(r"\b(nest|nested|parent|sub\w+|hierarch\w*|tree|trees|child)\b").search(text):
            if _rx(r"\b(nest|nested|parent-child|subcategor\w+|hierarch\w*|tree|trees|inside a parent|parent \w+)\b").search(text):
                self.spec.entities[subject].hierarchy = True
        m = _rx(r"\bhierarchy of (\w+)").search(text)
        if m:
            key, _ = self.entity_of(tx.Phrase(0, 0, (m.group(1),), None, False, False))
            if key:
                self.spec.entities[key].hierarchy = True
        m = _rx(r"^(?:the |a |an )?([\w ]+?) (?:is|are) optional\b").search(text)
        if m and subject:
            name = w.snake(m.group(1).split())
            entity = self.spec.entities[subject]
            for r in self.spec.relations:
                if r.source == subject and ((r.role + "_" if r.role else "") + r.target) == name:
                    r.optional = True
            if name in entity.attributes:
                entity.attributes[name].optional = True
        if _rx(r"\bboth(?: of)? (?:those|them|these|fields|values)? ?(?:must be|are|should be|have to be) unique").search(text):
            owner = self.spec.entities.get(self.last_owner)
            for name in self.last_names[-2:]:
                if owner and name in owner.attributes:
                    owner.attributes[name].unique = True
        for m in _rx(r"\b([\w ]+?) (?:names? |)(?:is |are |must be |has to be |have to be |should be )(?:also )?unique\b").finditer(text):
            words_ = m.group(1).split()[-2:]
            owner = subject or self.last_owner
            if owner:
                self._unique_by_words(self.spec.entities[owner], words_)
        m = _rx(r"\bone \w+ per (\w+)\b").search(text)
        if m and subject:
            self._unique_by_words(self.spec.entities[subject], [m.group(1)])
        m = _rx(r"\b(\w+) that nobody else may take\b").search(text)
        if m and subject:
            self._unique_by_words(self.spec.entities[subject], [m.group(1)])

    def _unique_by_words(self, entity, words_):
        candidates = [w.snake([w.singular(x) for x in words_[-n:]]) for n in (2, 1)]
        for c in candidates:
            for name, attr in entity.attributes.items():
                if name == c or name.endswith("_" + c) or c.endswith("_" + name):
                    attr.unique = True
                    return
        if words_ and words_[-1] in ("both", "those", "them", "these"):
            return

    # ------------------------------------------------------------ finishing
    def finish(self):
        spec = self.spec
        self._person_roles()
        # many-to-many declared both ways: "A has many B" and "B has many A"
        drop = set()
        for one, many in self._many_marks:
            if (many, one) in self._many_marks:
                self._many(one, many)
                drop |= {(many, one), (one, many)}
        for a, b, verb in list(spec.many_to_many):
            verbs = self.pair_verbs.get(tuple(sorted((a, b))), {verb})
            nominal = next((k for k in spec.entities if k not in (a, b) and any(
                v and k in (w.stem(v) + "ance", w.stem(v) + "ence", w.stem(v) + "ment", w.stem(v) + "ation",
                            w.stem(v)[:-1] + "ance", w.stem(v) + "ion") for v in verbs)), None)
            if nominal and not any(r.source == nominal for r in spec.relations):
                spec.many_to_many.remove((a, b, verb))
                self._relate(nominal, a, owned=True)
                self._relate(nominal, b, owned=True)
                spec.entities[nominal].pair_unique = True
        spec.relations = [r for r in spec.relations if not (r.target in self._associations(spec) and
                                                            r.source not in self._associations(spec) and not r.role)]
        # a guessed many-to-many yields to a stated reference ("every class has ... one trainer")
        stated = {tuple(sorted((r.source, r.target))) for r in spec.relations}
        spec.many_to_many = [(a, b, v) for a, b, v in spec.many_to_many
                             if not (tuple(sorted((a, b))) in self.weak_pairs and tuple(sorted((a, b))) in stated)]
        for a, b, _ in spec.many_to_many:
            drop |= {(a, b), (b, a)}
        spec.relations = [r for r in spec.relations if (r.source, r.target) not in drop or r.role]
        # a pair of plain references both ways is one: the later entity refers to the earlier
        plain = {(r.source, r.target) for r in spec.relations if not r.role}
        order = {k: e.order for k, e in spec.entities.items()}
        spec.relations = [r for r in spec.relations if r.role or (r.target, r.source) not in plain
                          or order[r.source] > order[r.target]]
        # a relation stated twice (once by a list, once by a verb) is one foreign key
        seen, unique = set(), []
        for r in spec.relations:
            k = (r.source, r.target, r.role)
            if k in seen:
                continue
            seen.add(k)
            unique.append(r)
        spec.relations = unique
        return spec

    def _person_roles(self):
        """'each message has a sender, a recipient' -> foreign keys to users, not text columns."""
        person = next((k for k in PERSON_ENTITIES if k in self.spec.entities), None)
        if person is None:
            return
        for entity in self.spec.entities.values():
            if entity.key == person:
                continue
            for name in [n for n in entity.attributes if n in PERSON_ROLES]:
                attr = entity.attributes.pop(name)
                self._relate(entity.key, person, name, optional=bool(attr.optional))
        # a relation with a role ("sender") makes the plain one to the same table redundant
        roles = {(r.source, r.target) for r in self.spec.relations if r.role and r.source != r.target}
        self.spec.relations = [r for r in self.spec.relations
                               if r.role or (r.source, r.target) not in roles]

    @staticmethod
    def _associations(spec):
        return {k for k, e in spec.entities.items() if e.pair_unique}


def safe_words(text):
    return w.snake(re.findall(r"[a-z0-9]+", text.lower())[:4])[:63]


def previous_of_ok(s, idx):
    """A bare noun right after 'and' continues an 'X of Y' item: 'years of birth and death'."""
    return idx and idx[0] > 0 and s.tokens[idx[0] - 1].text == "and"


def _participle(base):
    irregular = {"pay": "paid", "make": "made", "give": "given", "send": "sent", "sell": "sold",
                 "buy": "bought", "write": "written", "take": "taken", "run": "run", "begin": "begun",
                 "do": "done", "go": "gone", "hold": "held", "keep": "kept", "sow": "sown", "cut": "cut"}
    if base in irregular:
        return irregular[base]
    if base.endswith("ed"):
        return base
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


_UNITS = {"kg": "kg", "kilograms": "kg", "kilogram": "kg", "g": "g", "grams": "g", "mg": "mg",
          "ul": "ul", "µl": "ul", "microliters": "ul", "microlitres": "ul", "ml": "ml", "l": "l",
          "litres": "l", "liters": "l", "c": "c", "celsius": "c", "f": "f", "hectares": "hectares",
          "hectare": "hectares", "ha": "ha", "km": "km", "m": "m", "metres": "m", "meters": "m",
          "cm": "cm", "mm": "mm", "seconds": "seconds", "secs": "seconds", "minutes": "minutes",
          "hours": "hours", "days": "days", "bytes": "bytes", "mb": "mb", "gb": "gb",
          "percent": "percent", "%": "percent", "euros": "money", "euro": "money", "eur": "money",
          "dollars": "money", "usd": "money", "gbp": "money", "pounds": "money", "currency": "money"}


def _unit_after(s, end, idx):
    toks = s.tokens
    rest = [toks[i].text for i in idx if i >= end]
    for n, t in enumerate(rest[:4]):
        if t == "in" and n + 1 < len(rest):
            cand = rest[n + 1] if rest[n + 1] not in ("the", "a") else (rest[n + 2] if n + 2 < len(rest) else "")
            if cand in _UNITS:
                return _UNITS[cand]
            if n + 3 < len(rest) and rest[n + 2] == "'s" and rest[n + 3] in _UNITS:
                return _UNITS[rest[n + 3]]
            if "currency" in rest:
                return "money"
        if t == "(" and n + 1 < len(rest) and rest[n + 1] in _UNITS and (n + 2 >= len(rest) or rest[n + 2] == ")"):
            return _UNITS[rest[n + 1]]
    return None


_TYPE_PATTERNS = [
    (r"\b(?:decimal|numeric)\s*\(?\s*(\d+)\s*[,.]\s*(\d+)\s*\)?", lambda m: f"numeric({m.group(1)},{m.group(2)})"),
    (r"\b(?:decimal|numeric)\b", lambda m: "numeric"),
    (r"\b(?:varchar|character varying)\s*\(?\s*(\d+)\s*\)?", lambda m: f"varchar({m.group(1)})"),
    (r"\b(?:text|string) array\b|\barray of (?:text|strings?)\b|\btext\s*\[\s*\]", lambda m: "text[]"),
    (r"\b(?:integer|int) array\b|\barray of (?:integers?|ints?)\b|\bint(?:eger)?\s*\[\s*\]", lambda m: "integer[]"),
    (r"\bjsonb?\b", lambda m: "jsonb"),
    (r"\bbigint\b", lambda m: "bigint"),
    (r"\bsmallint\b", lambda m: "smallint"),
    (r"\b(?:integer|int)\b", lambda m: "integer"),
    (r"\buuid\b", lambda m: "uuid"),
    (r"\btimestamptz\b|\btimestamp\b", lambda m: "timestamptz"),
    (r"\bbool(?:ean)?\b", lambda m: "boolean"),
    (r"\bbytea\b", lambda m: "bytea"),
    (r"\binet\b", lambda m: "inet"),
]


TYPE_HINT = re.compile(r"decimal|numeric|varchar|character|text|string|array|int|json|uuid|timestamp|bool|"
                       r"bytea|inet|\[")


def _type_words(text):
    """A type stated in an item ('decimal 10,2', 'text array', 'jsonb'), or None."""
    if not TYPE_HINT.search(text):
        return None
    paren = _rx(r"\(([^()]*)\)").search(text)
    scope = paren.group(1) if paren else text
    for pattern, make in _TYPE_PATTERNS:
        m = re.search(pattern, scope)
        if m:
            if make(m) == "jsonb" and not paren and not _rx(r"\bas (?:a )?jsonb?\b|\bjsonb?\b").search(text):
                continue
            return make(m)
    return None


def _clean_values(values):
    out = []
    for v in values:
        v = _rx(r"[^\w-]+").sub("_", v.strip().lower()).strip("_")
        if v and v not in out and len(v) <= 63:
            out.append(v)
    if out and all(w.is_plural(v) for v in out if v != "other"):
        out = [w.singular(v) for v in out]
    return out


def extract(description):
    """The Spec of a description: column lists read as such (technical.py), the rest as English."""
    text, tables = technical.split(layout.flatten(description))
    ex = Extractor(text)
    ex.preset = [technical.lemma(t.name) for t in tables]
    ex.discover()
    ex.read()
    technical.apply(ex, tables, _type_words, _clean_values)
    return ex.finish()
