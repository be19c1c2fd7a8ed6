"""Votes for the subject of a clause and what its verb reaches: "products have …", "each vet has …",
"customers place orders", "patients come in for appointments", "books are written by authors" —
the largest of discovery's readings, kept apart so each module stays one construction wide."""

from . import clauses, fragments, lexicon, relative
from .cues import HAVE, INTERACTIONS, JOINING_VERBS, LIGHT_VERBS, VERSION_WORDS, rx
from . import text as tx
from . import words as w
from .phrase_shapes import listed_in_parentheses


_TEXT_WORDS = frozenset("document page spec specification brief text description section note request".split())

# what is said of a field, not of a thing: "usernames are unique", "emails must be distinct"
FIELD_SAID = rx(r"(?:are|is|must be|should be|have to be|has to be) (?:also )?(?:unique|distinct|required|optional|"
                r"mandatory)\b|(?:appears?|occurs?|is used|(?:can|may) (?:only )?(?:be used|appear|occur)) "
                r"(?:only )?once\b")          # ("each ISBN appears only once": a field no two share)

# verbs of joining an application, said with the fields one joins with ("signs up with an email")
_JOINING_WITH = JOINING_VERBS | {"sign", "subscribe", "apply"}

_PASSIVE_PREPOSITIONS = ("by", "to", "against", "from", "into", "in", "under", "on")


def _passive_after_of(s, p, k):
    """'valuations of paintings are stored with …', 'every movement of an object is logged': a thing of
    another, done to in a passive (not 'the name of the product is …', 'a list of items is …')."""
    q = s.next_phrase(k + 1) if s.words[k] == "of" else None
    return q is not None and q.start <= k + 2 and s.words[q.end:q.end + 1] in (["is"], ["are"], ["get"], ["gets"]) and \
        s.tags[q.end + 1:q.end + 2] == [tx.VERB] and tx.participle_like(s.words[q.end + 1]) and \
        not w.field_word(p.head) and p.head not in lexicon.group_nouns() | lexicon.measure_nouns() and \
        p.head not in ("kind", "type", "sort", "list", "set")


class SubjectVotes:
    """Mixed into :class:`.discovery.EntityDiscovery` (its votes and state live there)."""

    def _subject_votes(self, s):
        """Vote for each phrase that opens a clause (or a relative clause) by what its verb says of it;
        returns which phrases open a clause, asked again by later readings."""
        toks, tags, phrases = s.tokens, s.tags, s.phrases
        initials, parenthesized = {}, "(" in s.words   # (asked again below, per phrase)
        for p in phrases:
            initial = initials[p.start] = self._clause_initial(s, p.start)
            clause_verb = None if initial else relative.relative_verb(s, p)
            if not initial and clause_verb is None or p.possessive or \
                    p.det == "this" and p.head in _TEXT_WORDS or parenthesized and listed_in_parentheses(s.tokens, p.start):
                continue                           # ("This document describes what … must store": the text;
                #                                    "documents (photos, police reports) are uploaded": an example)
            if p.end + 1 < len(toks) and toks[p.end].text == "of" and p.head in VERSION_WORDS or \
                    s.words[p.start - 2:p.start] == ["how", "many"]:
                continue                           # "each version of a dataset": the dataset; "how many loaves came
                #                                    out": a count
            k = p.end if clause_verb is None else clause_verb
            if k + 1 < len(toks) and toks[k].text == "(" and p.plural:
                k = tx.after_parenthesis(toks, k)  # "walkers (name, phone) walk dogs"
            joined = tx.joined_to(s, p, plural=True) if p.plural and toks[k:k + 1] and toks[k].text in (",", "and") \
                else []
            after = joined[-1].end + (s.words[joined[-1].end:joined[-1].end + 1] in (["each"], ["all"], ["both"])) \
                if joined else 0                   # ("waiters and chefs each have an hourly rate")
            if joined and after < len(toks) and tags[after] in (tx.VERB, tx.AUX) and not (
                    tx.participle_like(toks[after].text) and s.words[after + 1:after + 2]
                    in ([], [","], ["and"])):      # (not "a description, labour hours and parts used")
                k = after                          # "baptisms, weddings and funerals are recorded with …": each
                self._vote(p.lemma, 2)             # as the last one ("doctors and nurses are staff with …")
                for q in joined if after > joined[-1].end else ():
                    self._vote(q.lemma, 2)         # (past "each", the last one is no clause's subject either)
            if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text in ("who", "which") and p.plural:
                k = next((j + 1 for j in range(k + 2, len(toks)) if toks[j].text == "," and
                          tx.relative_clause_closed(s, j)), k)   # "riders, who each have a licence, take horses"
            if k + 2 < len(toks) and toks[k].text in ("who", "that") and p.plural and tags[k + 1] == tx.VERB:
                j = k + 2 + (toks[k + 2].text in w.PARTICLES)
                while j < len(toks) and tags[j] == tx.ADV:
                    j += 1
                k = j if j < len(toks) and toks[j].text in ("have", "has") else k   # ("members who dig have a name")
            if k + 2 < len(toks) and tags[k] == tx.PREP and (toks[k].text not in ("of", "as", "with") or (
                    toks[k].text == "of" and p.plural and toks[k + 1].text in ("our", "my")) or
                                                       _passive_after_of(s, p, k)):   # ("members of our
                #               tool library rent equipment"; "valuations of paintings are stored with …")
                q = s.next_phrase(k + 1)
                if q is not None and all(tags[j] in (tx.DET, tx.ADJ, tx.QUANT) for j in range(k + 1, q.start)):
                    k = q.end                      # "every treatment line on an appointment records"
            while k < len(toks) and (tags[k] == tx.ADV or toks[k].text in ("can", "also", "may", "must", "will", "should", "might")):
                k += 1
            if k >= len(toks):
                continue
            told = tags[k] == tx.VERB and lexicon.tells(toks[k].text) and not lexicon.holds_people(p.head) and \
                not tx.participle_like(toks[k].text)
            acting = told and p.plural and p.head in lexicon.group_nouns()   # ("teams submit projects", "the
            #                                        branch staff file a report": a group acts as people do)
            if toks[k].text in HAVE and (toks[k].text not in ("need", "needs", "get", "gets") or fragments.fields_needed(s, k)) \
                    and not (toks[k].text in ("get", "gets") and tags[k + 1:k + 2] == [tx.VERB]) \
                    and (k + 1 >= len(toks) or toks[k + 1].text not in ("been", "to")) or \
                    told and not acting and tags[k + 1:k + 2] != [tx.PREP]:   # ("vessels call at berths": no list)
                self._vote(p.lemma, 3)             # "products have …", "each work order states …" (not "energy
                #                                    delivered in kWh": a participle tells nothing)
            elif tags[k] in (tx.VERB, tx.AUX):
                if FIELD_SAID.match(" ".join(s.words[k:k + 5])):
                    continue                       # "usernames are unique": a field of something
                alone = k + 1 >= len(toks) or tags[k + 1] == tx.ADV or toks[k + 1].kind != "word" or \
                    toks[k + 1].text in _ALONE_PARTICLES and (
                        k + 2 >= len(toks) or toks[k + 2].kind != "word" or
                        toks[k + 2].text in ("and", "but"))   # ("customers phone in, …")
                if p.head in lexicon.person_nouns() and s.words[k + 1:k + 3] == ["responsible", "for"]:
                    self._vote(p.lemma, 1 if p.plural else 3)   # "teachers are responsible for bikes", "a manager
                    #                                            is in charge of each store": each one's person
                if p.plural and p.head in lexicon.person_nouns() and tags[k] == tx.VERB:
                    self.acting.add(p.lemma)
                self._vote(p.lemma, 3 if told or p.plural and p.head in lexicon.person_nouns() and p.det is None and
                           p.start == 0 and alone else 2 if p.plural else 1)   # (told: "pubs order from us";
                #                                       "members pay monthly,": people who do something, no object)
                j = k + 1 + (s.words[k + 1:k + 2] in (["in"], ["back"], ["out"], ["over"], ["off"]))   # ("come in from")
                if p.plural and j + 1 < len(toks) and toks[j].text in ("from", "to", "into") and \
                        (q := s.next_phrase(j + 1)) is not None and q.plural and q.start <= j + 2 and \
                        q.head not in lexicon.measure_nouns():
                    self._vote(p.lemma, 1)         # "products come from local suppliers", "animals go to
                    self._vote(q.lemma, 3)         # rescues": where the things come from or go is kept too
                if p.plural and w.verb_lemma(toks[k].text) in ("happen", "occur", "recur"):
                    self._vote(p.lemma, 1)         # "work days happen once a month": events kept
                particle = k + 2 < len(toks) and toks[k + 1].text in w.PARTICLES
                if p.plural and s.words[k + 1:k + 3] in (["in", "for"], ["by", "for"], ["over", "for"], ["back", "for"]) and \
                        (q := s.next_phrase(k + 3)) is not None and q.plural and q.start <= k + 4:
                    self._vote(q.lemma, 3)         # "patients come in for appointments": what they come for
                    self._vote(p.lemma, 1)
                both = 2 * (tags[k] == tx.VERB and s.words[k + 1:k + 2] in (["and"], ["or"]) and
                            tags[k + 2:k + 3] == [tx.VERB] and not particle)
                #                                    ("drivers deliver and collect the skips": one doing)
                the = s.words[k + 1 + particle + both:k + 2 + particle + both] in (["the"], ["their"]) and \
                    (q := s.next_phrase(k + 2 + particle + both)) is not None and \
                    q.start == k + 2 + particle + both and q.plural
                #                                    ("engineers inspect the turbines"; not "… share the credit")
                if p.plural and k + 1 < len(toks) and ((tags[k] == tx.VERB and
                                                        clauses.noun_after_count(s, k + 1 + particle + both + the)) or
                                                       (toks[k].text in ("are", "get") and tags[k + 1] == tx.VERB)):
                    self._vote(p.lemma, 1)         # "customers open tickets", "agents are assigned to tickets"
                second = clauses.second_verb(s, k + 3) if p.plural and tags[k] == tx.VERB else None
                if p.plural and tags[k] == tx.VERB and (rx(r"\band (?:also )?have\b").search(" ".join(s.words[k + 1:])) or
                                                        second is not None):
                    self._vote(p.lemma, 1)         # "productions run for a season and have performances", "families
                    #                                register with the food bank and receive parcels": a second verb
                    done = s.next_phrase(second + 1) if second is not None else None
                    if done is not None and done.plural and done.start <= clauses.past_count(s, second + 1) + 1 and \
                            w.verb_base(toks[second].text) not in LIGHT_VERBS and done.head not in lexicon.money_nouns():
                        self._vote(done.lemma, 2)  # (and what it is done to, as after a first verb)
                if p.plural and tags[k] == tx.VERB and (joined := clauses.second_verb_at(s, k + 3)) is not None:
                    self._vote(joined.lemma, 3)    # "attendees buy tickets and (can) register for workshops":
                    #                                where the second verb is done, as after a first verb
                if p.plural and fragments.arrives_with_fields(s, k) or p.plural and tags[k] == tx.VERB and \
                        tags[k + 1:k + 2] == [tx.PREP] and s.words[k + 2:k + 3] in (["one"], ["exactly"]):
                    self._vote(p.lemma, 1)         # "leads come in from our website with a name, phone, …",
                    #                                "dogs stay in one kennel": each one's
                elif p.det in ("a", "an", "each", "every") and w.verb_base(toks[k].text) in _JOINING_WITH and \
                        fragments.arrives_with_fields(s, k):
                    self._vote(p.lemma, 2)         # "a customer signs up with an email and a phone number"
                base = w.verb_lemma(toks[k].text)
                obj = s.next_phrase(k + 1)
                between = range(k + 1, obj.start) if obj is not None else ()
                owned = obj is not None and obj.possessive and (q := s.next_phrase(obj.end + 1)) is not None and \
                    q.start == obj.end + 1 and q.plural and not w.field_word(q.head)
                if owned:
                    obj = q                        # "members borrow the library's books": the books, kept things
                    #                                of an owner the text names
                prepositions = [j for j in between if tags[j] == tx.PREP and  # ("technicians pick up tickets")
                                not (j == k + 1 and toks[j].text in w.PARTICLES)]
                # any verb but the light ones ("members suggest books", not "members have names"; people who
                # take or do things take courses or medications and do rounds or repairs, not "turns running …")
                if p.plural and tags[k] == tx.VERB and obj is not None and obj.plural and base is not None and \
                        (base not in LIGHT_VERBS or base in ("take", "do") and p.head in lexicon.person_nouns() and
                         tags[obj.end:obj.end + 1] != [tx.VERB]) and \
                        all(tags[j] in (tx.DET, tx.ADJ, tx.QUANT, tx.PREP) or obj.many and (
                            toks[j].text == "or" or tags[j] == "NUMBER")                       # ("rent 1 or 2 plots")
                            or toks[j].text in ("and", "or") and tags[j + 1] == tx.VERB or    # ("users rate and
                            tags[j] == tx.VERB and toks[j - 1].text in ("and", "or")          # review books")
                            for j in between) and \
                        (not prepositions or (len(prepositions) == 1 and (
                            toks[prepositions[0]].text in ("in", "at", "on", "for") or   # (or "work out of depots")
                            [t.text for t in toks[prepositions[0] - 1:prepositions[0] + 1]] == ["out", "of"]))):
                    # "customers place orders", "employees work in departments" (no other cue after a preposition)
                    self._vote(obj.lemma, 3 if prepositions or owned or _their_things(s, obj) else 2)
                    for other in self._coordinated(s, obj):
                        self._vote(other.lemma, 3 if prepositions else 2)   # "buy day passes or memberships"
                    if prepositions:
                        self._vote(p.lemma, 1)
                    for q in self._verbs_alike(s, obj):
                        self._vote(q.lemma, 2)     # "owners find sitters, book stays and leave reviews"
                    if (of := _plural_of(s, obj)) is not None:
                        self._vote(of.lemma, 3)    # "members borrow copies of books": the books are things too
                elif not p.plural and p.det in ("a", "an", "each", "every") and p.head in lexicon.person_nouns() and \
                        tags[k] == tx.VERB and base is not None and base not in LIGHT_VERBS and base in INTERACTIONS and \
                        obj is not None and obj.start == k + 2 and not obj.plural and \
                        toks[k + 1].text in ("a", "an", "one") and obj.head not in lexicon.person_nouns() and \
                        not w.field_word(obj.head):
                    self._vote(obj.lemma, 2)       # "a student books a workshop": what one books, as "students book
                    #                                workshops" (an interaction's other side)
                elif p.plural and base in LIGHT_VERBS and obj is not None and obj.plural and obj.start <= k + 2 and \
                        obj.head in lexicon.occurrence_nouns() and s.words[obj.end:obj.end + 1] in (["to"], ["for"]) \
                        and (to := s.next_phrase(obj.end + 1)) is not None and to.plural and \
                        to.head in lexicon.person_nouns():
                    self._vote(obj.lemma, 2)       # "coaches give lessons to members": held, each with both
                if p.plural and toks[k].text in ("are", "get", "be") and tags[k + 1:k + 2] == [tx.VERB]:
                    # "books are written by authors", "tickets are opened by customers and assigned to
                    # agents", "claims are filed against policies": the agents and targets of the passives
                    # are entities too (not units: "sold in litres")
                    for j in range(k + 1, len(toks) - 2):
                        if tags[j] != tx.VERB or toks[j + 1].text not in _PASSIVE_PREPOSITIONS or \
                                (j > k + 1 and toks[j - 1].text != "and"):
                            continue
                        agent = s.next_phrase(j + 2)
                        if agent is not None and not agent.plural and toks[j + 1].text == "to" and \
                                agent.start == j + 3 and toks[j + 2].text in ("a", "an", "each", "every", "one"):
                            self._vote(p.lemma, 1)     # "photos can be attached to a sighting": each one's
                        if agent is not None and agent.plural and \
                                all(tags[x] in (tx.DET, tx.ADJ, tx.QUANT) for x in range(j + 2, agent.start)) and \
                                (toks[j + 1].text in ("by", "to") or agent.head not in lexicon.measure_nouns()):
                            self._vote(agent.lemma, 3)
                            if toks[j + 1].text == "by" and agent.head in lexicon.person_nouns():
                                self._vote(p.lemma, 1)     # what people make: "requests can be filed by tenants"
                            doer = s.next_phrase(agent.end + 1) if s.words[agent.end:agent.end + 1] == ["by"] else None
                            if doer is not None and doer.plural and doer.head in lexicon.person_nouns() and \
                                    all(tags[x] in (tx.DET, tx.ADJ) for x in range(agent.end + 1, doer.start)):
                                self._vote(doer.lemma, 3)  # "tests are run on samples by technicians"
                if not p.plural and p.head in lexicon.person_nouns() and s.words[k:k + 1] == ["is"] and \
                        tags[k + 1:k + 2] == [tx.VERB] and s.words[k + 2:k + 4] in (["to", "each"], ["to", "every"]):
                    self._vote(p.lemma, 2)         # "a stage manager is assigned to each performance": someone
        return initials


_ALONE_PARTICLES = w.PARTICLES | {"in"}     # a verb with only these after it has no object ("phone in")


def _plural_of(s, obj):
    """'copies of books', 'photos of birds': the plural after 'of' that says what the object's things are of,
    kept things of their own (not 'lists of names', 'lots of tools', 'types of rooms', 'bags of kilos')."""
    q = s.next_phrase(obj.end + 1) if s.words[obj.end:obj.end + 1] == ["of"] else None
    if q is None or q.start != obj.end + 1 or not q.plural or q.det is not None or w.field_word(q.head) or \
            q.head in w.KIND_HEADS or q.head in lexicon.measure_nouns() or obj.head in w.KIND_HEADS or \
            obj.head in lexicon.measure_nouns() or w.field_word(obj.head):
        return None
    return q


def _their_things(s, obj):
    """'handlers enter their dogs in trials', 'owners bring their pets': things the doers call their own (no field,
    measure, sum or property word) are kept, each one theirs."""
    return s.words[obj.start - 1:obj.start] == ["their"] and not any(map(w.field_word, (obj.head, obj.words[-1]))) \
        and obj.head not in lexicon.measure_nouns() and obj.words[-1] not in lexicon.measure_nouns() and \
        obj.head not in lexicon.money_nouns() and obj.head not in lexicon.property_nouns()
