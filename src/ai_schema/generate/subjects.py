"""What each sentence is about: the entity its fields and relations go to when it names none
outright ('Each one has …', 'We record the pick-up date', 'As a quartermaster, I track each truck's
mileage', 'its status is …'), and the roles at the head of user stories that are only who uses the
app. Mixed into :class:`.extract.Extractor`."""

from . import clause_rules, clauses, fragments, had_with, lexicon, wishes
from .cues import ATTRIBUTE_VERBS, BROWSING_VERBS, INTERACTIONS, LIGHT_VERBS, TRACKING, VERSION_WORDS
from . import text as tx
from . import words as w


_OCCASIONS = frozenset("after once when whenever at during following before".split())
_WANTING = frozenset("want wants need needs like".split())


def _after_of(s, p):
    """Where the phrase p ends, past an 'of' phrase ('every movement of an object')."""
    q = s.next_phrase(p.end + 1) if s.words[p.end:p.end + 1] == ["of"] else None
    return q.end if q is not None and q.start <= p.end + 2 else p.end


# verbs by which a story's role keeps the organisation's records ("keep our clients", "register owners")
_KEEPING = w.NOTING_VERBS | clause_rules.CATALOGUING
# verbs by which one of many people (a story's "a tutor", "a creator") authors a thing that stays theirs
# ("create shows", "set up a course", "post surplus food", "commission a piece")
_AUTHORING = frozenset("create post publish upload submit write commission compose design".split())
# after the object, a phrase that hands it to another party ("assign each article to a writer")
_HANDING = frozenset("to into in at on with between".split())
# verbs that do nothing to what they name: seeing, choosing, wanting, being, keeping
_IDLE = BROWSING_VERBS | LIGHT_VERBS | ATTRIBUTE_VERBS | _KEEPING | frozenset("choose know check".split())


def _acts_on_each(s, i, verb):
    """'As an inspector, I want to assess each report': the role does something (not see, keep or choose it, nor
    give, take or charge for it: 'invoice each shoot' is the business's act) to each one of a thing (not a person) —
    each one has its doer, the role."""
    q = s.next_phrase(i + 1)
    if q is None or q.end + 1 < len(s.words) and s.words[q.end] in _HANDING and (
            (to := s.next_phrase(q.end + 1)) is not None and not w.field_word(to.head)):
        return False                             # ("assign each article to a writer", "schedule each paper in a
    #                                              room": the act relates the thing to another; the role runs the app)
    return q.start == i + 2 and q.det in ("each", "every") and not q.plural and \
        verb not in _IDLE and lexicon.verb_class(verb) not in ("emotion", "stative", "possession") and \
        verb not in lexicon.money_nouns() and \
        not lexicon.holds_people(q.head) and q.head not in lexicon.person_nouns() and q.head not in lexicon.group_nouns()


def _done(noun):
    """Does a noun name something done (a visit, an order, a payment; not a language)?"""
    return noun in lexicon.occurrence_nouns() and (noun in lexicon.verb_act_nouns() or lexicon.verb_lemma(noun) is not None)


class SubjectReading:
    """The sentence subject of :class:`.extract.Extractor` (its state lives there)."""

    def _subject(self, s, previous):
        toks, tags = s.tokens, s.tags
        if toks and toks[0].text in _OCCASIONS and (occasion := self._occasion(s, previous)) is not None:
            return occasion, None               # "After the match we record the scores", "Once played we record …"
        k = 0
        if toks and toks[0].text in ("when", "whenever", "once", "after", "if") and "," in s.words[2:] and \
                tags[s.words.index(",", 2) + 1:s.words.index(",", 2) + 2] in ([tx.DET], [tx.NOUN]):
            k = s.words.index(",", 2) + 1        # "When a fault is reported, a work order is opened": the work order
        while k < len(toks) and (tags[k] in (tx.DET, tx.ADJ, tx.ADV, tx.QUANT, "PUNCT")
                                 or toks[k].text in ("for", "as", "then", "also")):
            k += 1
        p = s.phrase_at(k)
        if toks[k - 1:k] and toks[k - 1].text in ("a", "an") and toks[0].text == "as" and p is not None and \
                p.start == k and s.words[p.end:p.end + 2] in ([",", "i"], [",", "we"]):
            owner = self._speaker_possessive(s, p.end + 1)
            if owner is not None:                # "As a quartermaster, I track each truck's mileage": the truck's
                return owner
        if toks[k - 1:k] and toks[k - 1].text in ("a", "an") and toks[0].text == "as" and p is not None and \
                p.start == k and s.words[p.end:p.end + 1] == [","] and \
                (q := s.next_phrase(p.end + 1)) is not None and q.start <= p.end + 2 and \
                all(tags[j] == tx.DET for j in range(p.end + 1, q.start)) and \
                tags[_after_of(s, q):_after_of(s, q) + 1] in ([tx.VERB], [tx.AUX]) and \
                self.entity_of(q)[0] and not self.entity_of(q)[1]:
            return self.entity_of(q)[0], q      # "As a curator, each loan is logged: …" (a wish read as a
            #                                     statement, passive_wishes): the loan's, not the curator's
        if p is not None and p.start == k and p.head in VERSION_WORDS and p.end + 1 < len(toks) and \
                toks[p.end].text == "of":
            q = s.next_phrase(p.end + 1)
            if q is not None and q.start <= p.end + 2 and self.entity_of(q)[0]:
                return self.entity_of(q)[0], q
        if p is not None and p.start == k:
            owned = fragments.possessed_subject(s) if p.possessive else None
            if owned is not None and self.entity_of(owned)[0]:
                return self.entity_of(owned)[0], owned   # "a customer's orders have a total …": the orders
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
        if k < len(toks) and toks[k].text in ("we", "i") and self._speaker_possessive(s, k):
            return self._speaker_possessive(s, k)
        if k < len(toks) and toks[k].text in ("we", "i") and s.first and s.block > 0 and \
                self.sentences[self.position.get(id(s), 1) - 1].block != s.block and \
                not {"it", "them"} & set(s.words[k + 1:k + 4]):
            return None, None                   # a new paragraph that opens with "we lend tools": not the last thing's
        if k < len(toks) and toks[k].text in ("we", "i") and ("it" in s.words or "its" in s.words) and \
                (thing := self._thing_before(s)) is not None:
            return thing, None                  # "…; we assign it to a contractor and track its status"
        if k < len(toks) and toks[k].text in ("we", "i") and not s.first and (done := self._acted_on_before(s)):
            return done, None                   # "Tickets can be refunded. We keep the refund date": the tickets'
        if k < len(toks) and toks[k].text in ("we", "i") and (timed := self._timed_before(s)) is not None:
            return timed, None                  # "A session starts when …; we store the start and end times"
        if k < len(toks) and toks[k].text in ("we", "i") and (act := self._act_said_before(s)) is not None:
            return act, None                    # "Each team pays a fee per season; we record the amount …"
        if k < len(toks) and toks[k].text in ("we", "i") and s.joined and k == 0 and self.position.get(id(s)) and \
                (met := had_with.occasions(self.sentences[self.position[id(s)] - 1])) and self.entity_of(met[0][1])[0]:
            return self.entity_of(met[0][1])[0], None   # "A patient sees one podiatrist in an appointment; we note
            #                                             the time": the appointment's (had_with.py)
        if k < len(toks) and toks[k].text in ("we", "i") and s.joined and previous is not None and k == 0:
            return previous, None               # "Each repair can use spare parts; we record how many of each part
            #                                     were fitted": what the clause before the semicolon is about
        if k < len(toks) and toks[k].text in ("we", "i") and self.block_topic.get(s.block) and not s.first:
            # "A rental is made by … The car is picked up … We record the pick-up date": the speaker
            # records facts about what the paragraph is about, not about the last thing named
            kept = [q for q in s.phrases if q.start > k and self.entity_of(q)[0] not in (None, self.block_topic[s.block])]
            listed = kept and kept[0].plural and all(x.kind == "word" for x in toks[k:kept[0].start]) and \
                all(q.head in ("list", "set", "catalogue", "catalog") for q in s.phrases if k < q.start < kept[0].start)
            return (None if listed else self.block_topic[s.block]), None   # (not "we keep a list of suppliers")
        if k < len(toks) and toks[k].text in ("it", "its") and previous and lexicon.holds_people(previous):
            thing = self._thing_before(s)       # "A patient books an appointment …; it has a status":
            if thing is not None:                    # "it" is never the patient
                return thing, None
        if k < len(toks) and toks[k].text in ("it", "they", "each", "we", "its", "their", "i") or \
                (k > 0 and toks[k - 1].text == "each"):
            return previous, None
        return None, None

    def _occasion(self, s, previous):
        """The thing an opening 'after the match', 'at each visit' or 'once played' names, when the speaker
        records something right after it: the phrase's thing, or for a bare participle the last thing
        spoken of; else None."""
        toks, tags = s.tokens, s.tags
        at = next((j for j in range(1, min(len(toks), 6)) if toks[j].text in ("we", "i")), None)
        if at is None or at + 1 >= len(toks) or \
                (lexicon.verb_lemma(toks[at + 1].text) or toks[at + 1].text) not in w.NOTING_VERBS:
            return None
        end = at - (toks[at - 1].text == ",")
        p = s.next_phrase(1)
        if p is not None and p.end == end and all(tags[j] == tx.DET for j in range(1, p.start)):
            key, role = self.entity_of(p)
            if key and not role:
                return key
        if end == 2 and tx.participle_like(toks[1].text) and lexicon.verb_lemma(toks[1].text) not in (None, toks[1].text) \
                and previous in self.spec.entities:    # ("once judged": a participle, whatever its tag)
            return previous
        return None

    def _sentence_before(self, s):
        """The sentence just before s in its paragraph, or None."""
        n = self.position.get(id(s), 0)
        before = self.sentences[n - 1] if n else None
        return before if before is not None and before.block == s.block else None

    def _sentence_after(self, s):
        """The sentence just after s in its paragraph, or None."""
        n = self.position.get(id(s), -1) + 1
        after = self.sentences[n] if 0 < n < len(self.sentences) else None
        return after if after is not None and after.block == s.block else None

    def _timed_before(self, s):
        """The thing the sentence just before (same paragraph) says starts or ends at some point ('a session
        starts when a driver plugs in and ends when …'), or None."""
        before = self._sentence_before(s)
        if before is None or not before.phrases or before.phrases[0].start > 1 or \
                not clauses.starts_when(before, before.phrases[0]):
            return None
        key, role = self.entity_of(before.phrases[0])
        return key if key and not role else None

    def _act_said_before(self, s):
        """The record of the act the sentence just before (same paragraph, after a semicolon) names as done once
        per something ('each team pays a registration fee per season'), or None."""
        before = self._sentence_before(s)
        if before is None:
            return None
        acts = [self.phrase_entity.get((noun,)) for noun, _, _, _, x in self.interactions if x is before]
        acts = [a for a in acts if a is not None]
        return acts[0] if len(acts) == 1 and ("per" in before.words or "each" in before.words) else None

    def _acted_on_before(self, s):
        """The thing the sentence before says can be acted on ('Tickets can be refunded.'), or None."""
        before = self._sentence_before(s)
        if before is None or not before.phrases or before.phrases[0].start > 0:
            return None
        p, words = before.phrases[0], before.words
        passive = words[p.end:p.end + 2] in (["can", "be"], ["may", "be"], ["must", "be"], ["will", "be"]) and \
            before.tags[p.end + 2:p.end + 3] == [tx.VERB] and p.end + 3 == len(words)
        key, role = self.entity_of(p) if passive else (None, None)
        return key if key and not role else None

    def _speaker_possessive(self, s, k):
        """(key, phrase) of 'we keep each patient's insurance id' (k at "we"), 'I want to record the score of
        each team', '… how many hints each team used': the one each field is of, or None."""
        toks, tags = s.tokens, s.tags
        j = k + 1
        while j < len(toks) and (tags[j] in (tx.ADV, tx.AUX) or toks[j].text in w.MODALS or
                                 toks[j].text in _WANTING and s.words[j + 1:j + 2] == ["to"] or
                                 toks[j].text == "to" and s.words[j - 1:j] != ["i"]):
            j += 1
        q = s.next_phrase(j + 1) if j < len(toks) and tags[j] == tx.VERB else None
        if q is not None and q.start <= j + 2 and (q.possessive or s.words[j + 1:j + 2] == ["how"]):
            key, role = self.entity_of(q)
            if q.possessive and key and not role:
                return key, q
        if q is not None and q.start <= j + 2 and s.words[q.end:q.end + 1] == ["of"] or s.words[j + 1:j + 2] == ["how"]:
            each = next((p for p in s.phrases if p.start > j and p.det in ("each", "every")), None)
            key, role = self.entity_of(each)
            if key and not role and (each.start == q.end + 2 if s.words[j + 1:j + 2] != ["how"] else
                                     s.words[each.start - 1] != "of" and each.end < len(toks) and
                                     s.tags[each.end] == tx.VERB):   # (not "how many of each part were fitted")
                return key, each
        return None

    def _thing_before(self, s):
        """The first entity the sentence before s names that holds no people — what the person there
        acts on ('books an appointment at a clinic': the appointment) — or None."""
        n = self.position.get(id(s), 0)
        if n == 0:
            return None
        keys = [self.entity_of(p)[0] for p in self.sentences[n - 1].phrases]
        return next((k for k in keys if k and not lexicon.holds_people(k)), None)

    def _story_records(self, key, mentions):
        """The records a story's role makes ('As a patient I want to book an appointment': a noun WordNet
        files as an occurrence, or the record of an interaction — 'write a review of each book' — after a verb
        of making, not of keeping), as entity keys."""
        out = []
        for s, p in mentions:
            for i, t in enumerate(s.tokens):
                verb = w.verb_base(t.text) or t.text
                authored = p.det in ("a", "an") and (verb in _AUTHORING or verb == "set" and s.words[i + 1:i + 2] == ["up"])
                each = _acts_on_each(s, i, verb)        # ("assess each report": who assessed it)
                if s.tags[i] != tx.VERB or verb not in w.CREATION_VERBS and not authored and not each or \
                        verb in ATTRIBUTE_VERBS or clauses.story_role(s, i) is not p:   # (not "record each checkout":
                    continue                                                           # staff keep it)
                q = s.next_phrase(i + 1 + (verb == "set"))
                thing = self.entity_of(q)[0] if q is not None and q.start <= i + 2 + (verb == "set") else None
                if authored and thing not in (None, key):
                    self.authors.add(key)               # (a role that authors things is no mere user of the app)
                if thing not in (None, key) and thing not in out and \
                        (self.spec.entities[thing].words[-1] in lexicon.occurrence_nouns() or authored or each or
                         self.spec.entities[thing].words[-1] in INTERACTIONS.values()) and \
                        (authored or each or not clause_rules.catalogued(self.sentences, s, q, thing, key, verb,
                                                                        self.entity_of)):
                    out.append(thing)
        return out

    def _story_roles_records(self):
        """'As a patient, I want to book an appointment with a physiotherapist' beside other stories of the
        patient ('… set exercises for the patient'): the records a role makes refer to it, busy or idle."""
        self.authors = set()
        made = {}
        for key in [k for k in self.spec.entities if lexicon.holds_people(k)]:
            mentions = [(s, p) for s in self.sentences if s.words[:1] == ["as"] for p in s.phrases[:1]
                        if p.start <= 2 and self.entity_of(p)[0] == key]
            made[key] = self._story_records(key, mentions) if mentions else []
        for key, records in made.items():
            for record in records:
                if sum(record in other for other in made.values()) == 1 and \
                        not any(r.source == record and r.target == key for r in self.spec.relations):
                    self._relate(record, key)    # (not "As a teacher I can create assignments … As a student
                    #                              I can submit an assignment": made by one role only)

    def _idle_story_roles(self):
        """'As a receptionist, I want to register pet owners': a role named only at the head of user
        stories, that nothing refers to and that has no fields of its own, is who uses the app, no table
        (said in the header)."""
        spec = self.spec
        if not any(s.words[:1] == ["as"] for s in self.sentences):
            return                               # (no user story: no role to look for)
        for key in list(spec.entities):
            if spec.entities[key].attributes or len(spec.entities) < 3:
                continue
            mentions = [(s, p) for s in self.sentences for p in s.phrases if self.entity_of(p)[0] == key]
            if not mentions or \
                    not all(s.words[:1] == ["as"] and p.start <= 2 for s, p in mentions) or \
                    any(key in (r.source, r.target) for r in spec.relations) or \
                    any(key in m[:2] for m in spec.many_to_many):
                continue
            made = self._story_records(key, mentions)
            for record in made:                  # "As a patient I want to book an appointment": the patient's
                self._relate(record, key)
            if made:
                continue
            del spec.entities[key]
            spec.assumptions.append(f"{key.replace('_', ' ')} is a user story's role (who uses the app), no table")

    def _users_of_the_app(self):
        """'As an account manager, I want to keep our clients', '… to record each order': a role named only
        at the head of user stories that only keep the organisation's records (keeping and cataloguing
        verbs) and never speak of the role itself ('me', 'my', 'the date I registered') works the app; what
        it does is no fact of the data (a courier's 'orders assigned to me' is; a shopper's order is)."""
        spec = self.spec
        stories = [s for s in self.sentences if s.words[:1] == ["as"]]
        if len(stories) < 3:
            return
        for key in [k for k in spec.entities if lexicon.holds_people(k) and k not in self.authors]:
            mentions = [(s, p) for s in self.sentences for p in s.phrases if self.entity_of(p)[0] == key]
            if not mentions or not all(s.words[:1] == ["as"] and p.start <= 2 for s, p in mentions) or \
                    any({"me", "my", "mine", "myself"} & set(s.words) or s.words.count("i") > 1 for s, _ in mentions) or \
                    not all(acts and all((lexicon.verb_lemma(s.words[i]) or s.words[i]) in _KEEPING for i in acts)
                            for s, _ in mentions for acts in (wishes.story_acts(s),)) or \
                    spec.entities[key].attributes or any(key in m[:2] for m in spec.many_to_many) or \
                    len(spec.entities) < 4 or any(
                        r.target == key and _done(spec.entities[r.source].words[-1]) and
                        not any(x.source == r.source and x.target != key and lexicon.holds_people(x.target)
                                for x in spec.relations) for r in spec.relations):
                continue                         # (an occurrence no other person takes part in is its own: "As
                #                                  a vet, I want to record every visit of a pet")
            spec.relations = [r for r in spec.relations if key not in (r.source, r.target)]
            del spec.entities[key]

