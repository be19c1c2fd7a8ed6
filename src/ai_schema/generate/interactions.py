"""Part of the extractor's first pass: records of an act between two things, named by the act's noun
("customers can review products" -> reviews between the two; "who married whom" -> marriages between
two of the people; "members book classes" -> bookings), with who does it when the subject is shared."""

import itertools
import re

from .cues import (CREATION_VERBS, ENROLLING_VERBS, INTERACTION_PREPOSITIONS, INTERACTIONS, LENDING, LIGHT_VERBS,
                   STRUCTURE_WORDS)
from . import clauses, fragments, lexicon, weighed
from . import text as tx
from . import words as w
from .logged_against import period_after
from .occasions import act_noun, wordnet_act
from .returned import recipient, returned_act
from .spec import Entity
from .synonym_acts import synonym_acts
from .tagging import APPS

# verbs that write down what came of an act done just before ('inspect a room and record a score')
_RECORDING = frozenset("record log note enter".split())


_RANGE = re.compile(r"^(?:from |on a scale (?:of|from) |\( ?)?\d+ (?:-|to) \d+\b")


def ranged(s, end):
    """Does a number range follow position end ('from 1 to 5', '1-10', '(1-5)', 'on a scale of 1 to 10')?"""
    return bool(_RANGE.match(" ".join(s.words[end:end + 8])))


def scored(s, i, base):
    """{verb: 'rating'} when people give the thing after the verb a number in a range ('reviewers score each
    talk from 1 to 5', 'judges mark every entry 1-10'): a rating, whatever the verb; else None."""
    obj = s.next_phrase(i + 1) if s.tags[i] == tx.VERB and base else None
    if obj is None or obj.start > i + 3:
        return None
    end = obj.end
    if end < len(s.tokens) and s.tags[end] == tx.PREP and s.words[end] not in ("from", "on", "between", "with") and \
            (where := s.next_phrase(end + 1)) is not None and where.start <= end + 2:
        end = where.end                          # "score the films in competition from 1 to 10": which films
    if not (ranged(s, obj.end) or criteria(s, obj.end)[0] or ranged(s, end)) or \
            {"aged", "age", "ages"} & set(s.words[max(0, end - 1):end + 1]):
        return None                              # ("sessions for children aged 8 to 16": how old, no rating)
    return {base: "rating"}


def criteria(s, at):
    """'judges score submissions on innovation, execution and presentation (1-10 each)': (the words of each
    criterion a thing is scored on at index at, before a number range, the index of the range), or ([], at); also
    after a colon ('every taster scores each coffee: aroma, acidity, body (0-10 each)')."""
    if s.words[at:at + 1] not in (["on"], [":"]):
        return [], at
    out, k = [], at + 1
    while k < len(s.tokens):
        p = s.next_phrase(k)
        if p is None or p.start != k or p.plural and len(out) == 0 and p.head not in lexicon.property_nouns():
            return [], at
        out.append(p.words)
        k = p.end
        if s.words[k:k + 1] in ([","], ["and"]):
            k += 1 + (s.words[k:k + 2] == [",", "and"])
            continue
        return (out, k) if len(out) >= 2 and ranged(s, k) else ([], at)
    return [], at


def money_to(s, i):
    """The phrase money goes to after the verb at i ("pledge money to campaigns", "donate funds to
    charities"): what the act is done to; the money is its amount. Else None."""
    money = s.next_phrase(i + 1)
    if money is None or money.start != i + 1 or money.det is not None or money.head not in lexicon.money_nouns() \
            or s.words[money.end:money.end + 1] not in (["to"], ["towards"], ["into"]):
        return None
    to = s.next_phrase(money.end + 1)
    return to if to is not None and to.start <= money.end + 2 else None


class InteractionDiscovery:
    """Mixed into :class:`.extract.Extractor` with EntityDiscovery (its votes and state live there)."""

    def _who_whom(self, s):
        """'who married whom and when', 'who nominated whom': the act (WordNet's noun of the verb:
        marriage, nomination) is a record between two of the people the sentence is about."""
        toks = s.tokens
        for i in range(1, len(toks) - 1):
            if toks[i - 1].text != "who" or toks[i + 1].text != "whom" or s.tags[i] != tx.VERB:
                continue
            base = lexicon.verb_lemma(toks[i].text)
            noun = lexicon.verb_act(base) if base else None
            people = next((p for p in s.phrases if p.end <= i and p.plural and
                           (p.head in lexicon.person_nouns() or p.head in ("people", "person"))), None)
            if noun is None or people is None:
                continue
            lemma = ("person",) if people.head == "people" else people.lemma
            self._vote((noun,), 3)
            self.interactions.append((noun, base, lemma, lemma, s))
            if toks[i + 2:i + 4] and [t.text for t in toks[i + 2:i + 4]] == ["and", "when"]:
                self.act_dates.append((noun, toks[i].text))    # "… and when": married_on

    def _interactions(self, s):
        """'customers can review products' -> a reviews table between the two."""
        toks, tags = s.tokens, s.tags
        self._who_whom(s)
        self._done_on_what_was_named(s)
        for i, t in enumerate(toks):
            if tags[i] != tx.VERB:
                continue
            base = w.verb_base(t.text) or t.text.endswith(("ing", "ed")) and lexicon.verb_lemma(t.text) or t.text
            #                                           ("upvote" is no WordNet verb; "an app for booking courts")
            if _we_do_to_each(s, i, base):
                obj = s.next_phrase(i + 1)
                self._vote((base,), 3)               # "we invoice each booking": an invoice per booking
                self.interactions.append((base, base, None, obj.lemma, s))
                self.charges.add((base, id(s)))
                continue
            own_words = base not in INTERACTIONS or base in LENDING   # (a loan in its own words: "we note the
            with_fields = self._act_with_fields(s, i) if own_words else None   # date it went out …")
            kept = _act_kept_when(s, i, self._sentence_after(s)) if own_words and not with_fields else None
            if kept:
                self.noted_acts.add((kept[next(iter(kept))], id(s)))
            returned, back = (returned_act(s, i, base) or (None, None)) if own_words and not with_fields else (None, None)
            if returned:                              # "borrow tools and return them": each time, until it is back
                self.act_dates.append((returned[base], back[:-3]))
            held_by = recipient(s, i) if returned else None   # ("lend props to productions": they hold them)
            for end_p in (held_by, s.next_phrase(i + 1)) if returned else ():
                if end_p is not None:
                    self._vote(end_p.lemma, 3)        # (both ends are things kept: the library lends books)
            acts = INTERACTIONS if base in INTERACTIONS and not (with_fields or kept) else with_fields or kept or returned or \
                scored(s, i, base) or self._act_named_elsewhere(s, i, base) or self._periodic(s, i, base)
            listed = s.phrase_at(i - 1) if tags[i - 1] == tx.NOUN and tx.participle_like(t.text) else None
            if listed is not None and listed.end == i and s.words[listed.start - 1] in ("and", "or") and \
                    tx.listed_with(s, listed):
                continue                              # ("projectors, tablets and phones lent to teachers": each
                #                                       kind its own, no one record of them all)
            if base in ("hire", "rent") and listed is not None and s.words[i + 1:i + 2] in ([], [","], ["and"], ["."]):
                continue                              # ("date, the skipper hired and any extras booked": a field)
            if base == "rent" and (s.words[i - 1:i] in (["is"], ["are"], ["be"], ["been"], ["was"], ["were"], ["get"],
                                                         ["gets"], ["got"]) or
                                   i >= 2 and s.words[i - 1] in ("we", "i", "they") and s.tags[i - 2] == tx.NOUN or
                                   "through" in s.words or "via" in s.words or "from" in s.words[i + 1:i + 5]):
                continue                              # ("each plot is rented by one gardener", "the vehicles we rent
                #                                       out": whose it is; "through leases": the text names the act;
                #                                       "rent drills from owners": the owners' things, a pair)
            if base == "pay" and _paid_with_act(s, i):
                continue                              # ("students enrol in courses and pay a fee": the enrolment's fee)
            if base in INTERACTION_PREPOSITIONS and s.words[i + 1:i + 2] and \
                    s.words[i + 1] not in INTERACTION_PREPOSITIONS[base]:
                continue                              # ("apply a voucher code at checkout": no application)
            if acts is None or acts.get(base) in STRUCTURE_WORDS or acts.get(base) in w.FIELD_NOUNS:
                continue                              # ("musicians are booked for concerts": bookings too; "list
                #                                       our plots" after "a list of crops": no table of lists;
                #                                       "a patient may name an emergency contact": no names)
            first = i                                 # "others can like and comment": one subject, two verbs
            while first >= 2 and toks[first - 1].text in ("and", "or") and tags[first - 2] == tx.VERB:
                first -= 2
            end = first
            if end > 0 and toks[end - 1].text == ")":         # "sites (hospital name, city) enroll …"
                end = next((j for j in range(end - 2, -1, -1) if toks[j].text == "("), end)
            subj = next((p for p in reversed(s.phrases) if p.end <= end), None)
            if subj is not None and any(s.tags[k] in (tx.PRON, tx.CONJ) or toks[k].text in (",", ";")
                                        for k in range(subj.end, first)):
                subj = self._shared_subject(s, first)
                if subj is None and toks[first - 1].text == "they":     # "members (…), they sign up for trips"
                    subj = next((p for p in reversed(s.phrases) if p.end < first - 1 and p.plural), None)
            if subj is not None and subj.head in APPS and toks[first - 1].text == "for":
                subj = None                           # ("an app for booking courts": whoever uses it)
            if subj is not None and subj.lemma[-1] in ("other", "people", "person", "everyone", "anyone"):
                subj = tx.Phrase(subj.start, subj.end, ("users",), subj.det, subj.many, False)   # people: users
            obj = money_to(s, i)
            if obj is not None and obj.plural:
                self._vote(obj.lemma, 3)              # (where money goes is kept: campaigns, charities)
            obj = obj or s.next_phrase(i + 1)
            k = subj.start - 1 if subj is not None and subj.start >= 2 and s.words[subj.start - 1] in ("that", "which") \
                else None
            if k is not None and s.words[k - 1] == ")":     # ("tools (laser cutter, …) that members reserve")
                k = tx.after_open(toks, k - 1)
            relative = s.phrase_at(k - 1) if k else None
            if relative is not None and relative.plural and relative.end == k and subj.plural and \
                    subj.head in lexicon.person_nouns() and subj.end >= i - 2 and \
                    (obj is None or obj.start > i + 1 or tags[i + 1] == tx.PREP):
                noun = acts[base]                     # "machines that members can book": the members book them
                self.counted = self.counted | {noun, relative.head}   # (even "tools" people reserve are things)
                self._vote((noun,), 3)
                self._vote(relative.lemma, 3)
                self.doers.append((subj.lemma, 3))   # (the members who book are named by each booking)
                self.interactions.append((noun, base, subj.lemma, relative.lemma, s))
                continue
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
                obj = tx.them_stands_for(s, i, lambda p: p is not subj and self._entity_lemma(p.lemma) is not None
                                         and p.lemma[-1] not in ("person", "people"))
                if obj is not None:
                    noun = acts[base]
                    self._vote((noun,), 3)
                    self.interactions.append((noun, base, subj.lemma if subj else None, obj.lemma, s))
                    continue
            if subj is not None and subj.plural and subj.head in lexicon.person_nouns() and subj.end >= i - 2 and \
                    (obj is None or tags[i + 1] == tx.PREP) and self._act_named_elsewhere(s, i, base):
                self.doers.append((subj.lemma, 2))   # "customers can order for pickup; each order has …": who
                #                                      orders is named by each order
            if obj is None or obj.start > i + 4 or any(toks[k].text in ("as", "with", "up") for k in range(i + 1, obj.start)):
                continue                             # "register as users", "register with an email"
            if obj.det == "their" and base in ENROLLING_VERBS and subj is not None and \
                    subj.head in lexicon.person_nouns() and obj.head in lexicon.person_nouns():
                continue                             # "parents register their children": theirs, no act between
            if obj.head in w.FIELD_NOUNS and obj.end < len(toks) and toks[obj.end].text == "of":
                continue                             # "follow the status of my reports": no follow record
            if obj.head in lexicon.person_nouns() and obj.end < len(toks) and toks[obj.end].text == "with" or \
                    base == "register" and obj.start <= i + 2 and tags[i + 1] != tx.PREP and (
                        toks[i - 1].text == "to" or (obj.end < len(toks) and toks[obj.end].text == "with")):
                continue                             # "register volunteers with their name, phone …", "I want to
                #                                      register every laptop", "a librarian registers new books
                #                                      with ISBN, title …": what is kept, no act between two
            if obj is None or obj.start > i + 4:
                continue
            if any(toks[k].text in (",", ";", ":") for k in range(i + 1, obj.start)) or \
                    clauses.verb_between(s, i + 1, obj.start):
                continue                             # ("students enroll and leave reviews": the reviews are left)
            noun = acts[base]
            occasion = fragments.opening_each(s, ("at", "during", "on"))
            if occasion is not None and occasion.end < i and occasion.head in lexicon.occurrence_nouns():
                continue                             # "At each consultation, a vet examines one pet and records
                #                                      …": the consultation is the examination's record
            passive = i > 0 and toks[i - 1].text in ("is", "are", "be", "was", "were", "been") or (
                subj is not None and subj.end == i and tx.participle_like(toks[i].text) and i + 1 < len(toks) and
                tags[i + 1] == tx.PREP)
            #                                          ("students booked into lessons": a participle, passive)
            made = subj if passive else obj          # "musicians are booked for concerts": the musicians
            if passive and subj is not None and subj.plural and subj.end <= i and "by" in s.words[i + 1:obj.start] and \
                    (obj.head in lexicon.person_nouns() or lexicon.doer_noun(obj.head)):
                subj, obj = obj, subj                # "which sets are borrowed by which child": the child does it
                #                                      (not "each claim is reviewed by an adjuster": its one adjuster)
            if base in CREATION_VERBS and made is not None and made.head in lexicon.occurrence_nouns() and \
                    not self._has_room(made.head):
                continue                             # "clients book appointments": the appointment is the booking
                #                                      (not "sessions have a number of spaces": many book each)
            if base == "order" and subj is not None and not subj.plural and subj.det in ("the", "our") and \
                    subj.head not in lexicon.person_nouns():
                continue                             # "the clinic orders vaccines from distributors": what the
                #                                      business buys in, no order record of its customers
            #                                          ("members book classes", "guests book rooms": bookings)
            timed = obj.end + 1 < len(toks) and toks[obj.end].text in ("for", "on", "from") and \
                ({"slot", "time", "session"} & set(s.words[obj.end + 1:obj.end + 5]) or
                 (q := s.next_phrase(obj.end + 1)) is not None and q.start <= obj.end + 3 and _a_period(q))
            #                                          "a member books a machine for a time slot", "students rent a
            #                                          locker for a school year" (WordNet's noun.time)
            per = s.words[obj.end:obj.end + 1] == ["per"] or s.words[obj.end:obj.end + 2] in (["for", "each"],
                                                                                                ["for", "every"])
            recorded = with_fields is not None and self._recorded_act(s, i, lexicon.verb_lemma(t.text)) is not None
            if recorded or kept or obj.plural or obj.many or toks[0].text == "as" or timed or per and obj.det in ("a", "an", "one") or \
                    obj.det is None and (obj.head in lexicon.money_nouns() or not obj.plural and obj.start == i + 1 and
                                         obj.head not in lexicon.person_nouns() and not w.field_word(obj.head) and
                                         base != "like" and s.words[obj.end:obj.end + 1] not in (["or"], [","], [">"])) and \
                    subj is not None and subj.plural or \
                    subj is not None and (subj.plural or subj.det in ("a", "an", "each", "every") and
                                          subj.head in lexicon.person_nouns()) and \
                    (obj.det in ("a", "an", "each", "every") or obj.det == "the" and subj.plural and (
                        self.candidates.get(obj.lemma, 0) >= 3 or any(p.plural and p.lemma == obj.lemma and
                                                                      p.end < i for p in s.phrases))) and \
                    toks[i - 1].text != "to":   # ("a user rates a
                #                                      recipe": any user; "reviewers rate each talk")
                #                                      ("customers book a slot", "tenants pay rent", "each team pays
                #                                      a fee per season", "cafes order bread": one each time; not "… register
                #                                      to attend a …"; "members rate the book" after books are
                #                                      said to be things: any book)
                #                                      ("volunteers check the fridge twice a day and log the
                #                                      temperature": each check is a record, of the one fridge too)
                self.counted = self.counted | {noun}     # (an act's record, even "applications", is a thing)
                self._vote((noun,), 3)               # ("As a volunteer, I can register for a shift")
                if with_fields and obj.det in ("a", "an") and subj is not None and subj.plural:
                    self._vote(obj.lemma, 3)         # "families rent a cabin for a week": a rental of one cabin
                    self._vote(subj.lemma, 3)        # by one family each time, both kept
                elif kept and not w.field_word(obj.head):
                    self._vote(obj.lemma, 3)         # ("when a member borrows a tool, we log …": what is lent)
                elif obj.start > i + 1 and tags[i + 1] == tx.PREP and not passive and (
                        toks[0].text == "as" or subj is not None and subj.head in lexicon.person_nouns()) and \
                        (not w.field_word(obj.head) or _an_occasion(obj)) and obj.head not in lexicon.person_nouns():
                    self._vote(obj.lemma, 3)         # (and what the act is for: the shift, the internship, "players
                    #                                  register for a tournament")
                if subj is not None and (subj.plural or subj.det in ("a", "an", "each", "every")) and \
                        (subj.head in lexicon.person_nouns() or subj.plural and subj.head in lexicon.group_nouns()):
                    self.doers.append((subj.lemma, 2))   # the members who book are named by each booking ("a
                    #                                      member registers for a class": any member)
                role = s.phrases[0] if toks[0].text == "as" and s.phrases[0].start <= 2 else None
                if role is not None and lexicon.story_person(role.head) and role is not obj and \
                        toks[i - 1].text != "who":     # ("I want to see who signed up": someone else)
                    self._vote(role.lemma, 2)            # the story's role is who does it: each record names one
                    subj = subj if subj is not None and subj.head in lexicon.person_nouns() else role
            subj = held_by or subj
            if toks[i - 1].text == "who" and tags[i - 2] == tx.VERB and obj.det in ("each", "every"):
                self._vote((noun,), 3)               # "we mark who attended each session": a record per person
            self.interactions.append((noun, base, subj.lemma if subj else None, obj.lemma, s))

    def _done_on_what_was_named(self, s):
        """'users create polls and vote', 'landlords list flats and tenants apply': a verb of an act
        (WordNet's noun of it) that people do with no object of its own, closing its clause, is done
        on the thing the sentence's earlier verb acted on (a vote on a poll, an application for a flat)."""
        toks, tags = s.tokens, s.tags
        for i in range(2, len(toks)):
            base = lexicon.verb_lemma(toks[i].text) if tags[i] == tx.VERB else None
            noun = INTERACTIONS.get(base) or (lexicon.verb_act(base) if base else None)
            done = i + 1 + 2 * (tags[i + 1:i + 2] == [tx.PREP] and s.words[i + 2:i + 3] in (["them"], ["it"]))
            if noun is None or noun not in lexicon.occurrence_nouns() or \
                    (done < len(toks) and toks[done].text not in (".", ",", ";", "and")):
                continue                             # ("… and students apply for them": the same)
            subj = next((p for p in reversed(s.phrases) if p.end <= i), None)
            if subj is not None and subj.end != i:
                subj = self._shared_subject(s, i) if toks[i - 1].text == "and" else None
            obj = next((p for p in reversed(s.phrases) if p.end <= i and p is not subj and p.plural and
                        p.start > 0 and tags[p.start - 1] == tx.VERB and p.head not in lexicon.person_nouns()), None)
            if subj is None or obj is None or not subj.plural or subj.head not in lexicon.person_nouns() or \
                    noun in (obj.head, subj.head):
                continue
            self.counted = self.counted | {noun}    # (an act's record, even "applications", is a thing)
            self._vote((noun,), 3)
            self.doers.append((subj.lemma, 2))      # (the people who do it are named by each record)
            self.interactions.append((noun, base, subj.lemma, obj.lemma, s))

    def _periodic(self, s, i, base):
        """{verb: its act's noun} of periodic_act, with both ends kept (the doers and the things each record names),
        the period each record is for and what the act finds out; else None."""
        found = periodic_act(s, i, base)
        if found is None:
            return None
        noun, obj, end = found
        self._vote(s.phrase_at(i - 1).lemma, 3)
        self._vote(obj.lemma, 3)
        period = period_after(s, end)
        if period is not None:
            self.periods.setdefault((noun,), period)      # ("daily": the day each one is for)
        found_out = weighed.property_of(base)
        if found_out is not None:
            self.act_properties[noun] = found_out          # (a weighing's weight)
        return {base: noun}

    def _act_named_elsewhere(self, s, i, base):
        """{verb: its act's noun} when the text also names the act as a thing ("Backers pledge money to
        campaigns; a pledge can pick one reward tier", "Donors donate to charities. Each donation has a
        date"; "Customers buy products. Each purchase …": a synonym's act, synonym_acts.py): each act is a record
        between the doer and what it is done to."""
        noun = lexicon.verb_act(base)
        if noun is None and base not in LIGHT_VERBS and synonym_acts().get(base) in self._each_named():
            noun = synonym_acts()[base]    # (a synonym's act the text says each of: "each purchase …")
        if noun not in lexicon.occurrence_nouns() or s.tags[i] != tx.VERB or base in w.NOTING_VERBS:
            return None                    # (WordNet's own noun of the act, no homonym: not "sets" of a "set"; not
            #                                the speaker's "record" under a title "Flock records")
        if self.things_named is None:      # (once per text: a long one has many verbs)
            self.things_named = frozenset(p.head for other in self.sentences for p in other.phrases
                                          if p.det in ("a", "an", "each", "every") or p.plural)
        return {base: noun} if noun in self.things_named else None

    def _synonym_act_named(self, s, i, base):
        """{verb: its act} when a synonym names the act and the text says each of it ("Customers buy products. Each
        purchase …"), else None."""
        return self._act_named_elsewhere(s, i, base) if lexicon.verb_act(base) is None else None

    def _each_named(self):
        """The heads the text says 'each' or 'every' of, once."""
        if self._each_heads is None:
            self._each_heads = frozenset(p.head for s in self.sentences for p in s.phrases if p.det in ("each", "every"))
        return self._each_heads

    @staticmethod
    def _act_with_fields(s, i):
        """{verb: its act's noun} when people do it to a thing and the act has fields of its own
        ('candidates apply to jobs with a CV and a cover letter': applications, WordNet's noun of
        'apply'), else None."""
        toks = s.tokens
        base = lexicon.verb_lemma(toks[i].text)
        recorded = InteractionDiscovery._recorded_act(s, i, base)
        if recorded is not None:
            return recorded
        noun = lexicon.verb_act(base) if base else None
        subj = next((p for p in reversed(s.phrases) if p.end <= i), None)
        if subj is None or subj.end != i or not subj.plural or i + 2 >= len(toks) or \
                subj.head not in lexicon.person_nouns() and subj.head not in lexicon.group_nouns():
            #                                         (a group acts as people do: "families rent cabins by the hour")
            return None
        if toks[i + 1].text not in ("to", "for", "on", "in"):
            timed = InteractionDiscovery._timed_object(s, i, base)
            return {w.verb_base(toks[i].text) or toks[i].text: timed} if timed else None
        obj = s.next_phrase(i + 2)
        if noun is None or obj is None or obj.start > i + 3 or obj.end >= len(toks) or toks[obj.end].text != "with":
            return None
        return {w.verb_base(toks[i].text) or toks[i].text: noun}

    @staticmethod
    def _timed_object(s, i, base):
        """The act's noun when people do it to a thing and say when or for how long ('members borrow tools,
        with a due date', 'customers rent bikes with a start time', 'rent berths by the season'): a borrowing, a
        rental — dates belong to acts, not to tools or bikes — else None."""
        obj = s.next_phrase(i + 1)
        if obj is None or obj.start > i + 2 or obj.end + 1 >= len(s.tokens) or \
                obj.head in lexicon.person_nouns() or obj.head in lexicon.verb_act_nouns() and \
                obj.head in lexicon.occurrence_nouns():
            return None                          # (not "book appointments for a day": the act itself; but a
            #                                      berth, WordNet's first sense a job, is rented)
        last = (tx.joined_to(s, obj) or [obj])[-1]   # ("rent skis and boots for a week")
        at = last.end + (last.end < len(s.words) and s.words[last.end] == ",")
        field = s.next_phrase(at + 1) if s.words[at:at + 1] in (["with"], ["for"]) else None
        unit = field
        if field is not None and field.head == "number" and s.words[field.end:field.end + 1] == ["of"]:
            unit = s.next_phrase(field.end + 1)    # ("for a number of days")
        by = s.words[at:at + 2] == ["by", "the"] and s.words[at + 2:at + 3] and s.words[at + 2] in lexicon.measure_nouns() or \
            s.words[at:at + 1] == ["per"] and s.words[at + 1:at + 2] and s.words[at + 1] in lexicon.measure_nouns()
        timed = field is not None and unit is not None and field.start <= at + 3 and (
            s.words[at] == "with" and field.lemma[-1] in w.WHEN_FIELDS or
            s.words[at] == "for" and _a_period(unit))
        noun = wordnet_act(base) if (obj.plural or obj.many or obj.det == "one" and by) and (by or timed) else \
            lexicon.verb_act(base) if obj.det in ("a", "an") and timed and s.words[at] == "for" else None
        #                                          ("boat owners rent berths by the season", "one mooring per
        #                                          season": a rental each time;
        #                                          "students rent a locker for a school year": one each year)
        if noun is None:
            return None
        if noun == base + "ing":                 # (a bare -ing form names an act only when WordNet files it so)
            return noun if base in lexicon.verbs()[0] and noun in lexicon.act_nouns() else None
        return noun if noun != obj.head else None

    def _has_room(self, head):
        """Does the text give the thing a capacity ('each session has a date and a number of spaces', 'classes
        have a capacity')? Then many people take part in each: their bookings are rows of their own."""
        return any(_ROOM & set(s.words) and head in (w.singular(x) for x in s.words) for s in self.sentences)

    @staticmethod
    def _recorded_act(s, i, base):
        """{verb: its act's noun} when a person does it to one thing and then records what came of it
        ('As a supervisor I want to inspect a cleaned room and record a score …', 'vets examine each
        animal and note its weight'): the inspection, the examination — a record of its own that the
        recorded fields belong to (field_owners._act_before), made by the person, about the thing."""
        toks, tags = s.tokens, s.tags
        if base is None or base in CREATION_VERBS or base in _RECORDING or tags[i] != tx.VERB:
            return None
        obj = s.next_phrase(i + 1)
        end = _past_frequency(s, obj.end) if obj is not None else None   # ("check the fridge twice a day and log …")
        if obj is None or obj.start > i + 4 or any(tags[j] not in (tx.DET, tx.ADJ, tx.QUANT) and s.words[j] != "of" and
                                                   not tx.participle_like(s.words[j]) for j in range(i + 1, obj.start)) or \
                s.words[end:end + 1] != ["and"] or end + 1 >= len(toks) or \
                lexicon.verb_lemma(toks[end + 1].text) not in _RECORDING or obj.head in lexicon.person_nouns() or \
                obj.head in lexicon.occurrence_nouns():
            return None                            # ("guides lead tours and note the number of visitors": the
            #                                        tour is the occasion, and has them; "inspects some of the
            #                                        cleaned rooms and records …": some of them, each inspected)
        story = toks[0].text == "as" and s.phrases and s.phrases[0].start <= 2 and \
            s.phrases[0].head in lexicon.person_nouns()
        subj = next((p for p in reversed(s.phrases) if p.end <= i), None)
        if not story and (subj is None or subj.end != i or subj.head not in lexicon.person_nouns()):
            return None
        noun = wordnet_act(base) or (base if base in lexicon.act_nouns() | lexicon.occurrence_nouns() else None)
        #                                                                  ("audit a store": an audit)
        return {w.verb_base(toks[i].text) or toks[i].text: noun} if noun and noun != obj.head and \
            not noun.endswith("ship") else None   # (not "lead patrols and record …": a leadership is no act)

    @staticmethod
    def _shared_subject(s, i):
        """'members book classes taught by trainers and pay fees', 'users upload photos, like photos and …':
        the verb after 'and' (or a comma between verbs) shares the subject of the clause's earlier verb (a
        participle with 'by' is no clause of its own)."""
        toks, tags = s.tokens, s.tags
        while i > 2 and toks[i - 1].text in ("can", "may", "also", "will", "must", "then"):
            i -= 1                                 # ("… leave reviews on items and can follow …")
        if i < 2 or toks[i - 1].text not in ("and", ","):
            return None
        for j in range(i - 2, 0, -1):
            if toks[j].text == "," and (tags[j + 1] == tx.VERB or j + 2 == i and toks[j + 1].text == "and"):
                continue                           # ("owners find sitters, book stays and leave reviews"; "users
                #                                    upload photos, and can comment on them")
            if toks[j].text in ("them", "it") and tags[j - 1] == tx.VERB:
                continue                           # ("users upload them, and can like …": an object)
            if toks[j].text in (",", ";", ":") or tags[j] == tx.PRON:
                return None
            if tags[j] != tx.VERB or (j + 1 < len(toks) and toks[j + 1].text == "by"):
                continue
            k = j - 1
            while k >= 0 and (tags[k] == tx.ADV or toks[k].text in ("can", "may", "also", "will", "must")):
                k -= 1
            p = s.phrase_at(k) if k >= 0 else None
            return p if p is not None and p.end == k + 1 else None
        return None

    def _act_entity(self, act):
        """The act's own table (made once): 'ownership', 'borrowing'."""
        if act not in self.spec.entities:
            self.spec.entities[act] = Entity(act, (act,), len(self.spec.entities), evidence=3)
            self.phrase_entity[(act,)] = act
        return self.spec.entities[act]

    def _verb_fields_to_act(self, entity, verbs):
        """'members borrow tools and bring them back; we keep the borrow date and the return date': a
        field of either side named by the verb that pairs them — and the dates listed with it — are the
        act's (a borrowing), a table of its own that the pair's many-to-many becomes."""
        for verb in sorted(v for v in verbs if v):
            names = list(entity.attributes)
            first = next((k for k, n in enumerate(names) if n.startswith(verb + "_") and
                          n not in (verb + "_on", verb + "_at")), None)   # (not "the date set": set_on, the thing's)
            act = (INTERACTIONS.get(verb) or wordnet_act(verb)) if first is not None else None
            if act is None:
                continue
            moved = [names[first]] + list(itertools.takewhile(
                lambda n: n.endswith(("_date", "_on", "_at", "_time")), names[first + 1:]))
            record = self._act_entity(act)
            for name in moved:
                record.attributes.setdefault(name, entity.attributes.pop(name))

    def _act_of_related_pair(self):
        """'each couple can hire many vendors; for each hire we track the agreed price, …': a thing named
        by the verb that relates two others (hire: hire, rent: rental), with fields of its own, is the
        act between them — it refers to both, and they no longer refer to each other."""
        spec = self.spec
        paired = {tuple(sorted((a, b))) for a, b, _ in spec.many_to_many}
        for (a, b), verbs in sorted(self.pair_verbs.items()):
            if (a, b) in paired or a == b:
                continue
            act = next((k for k in spec.entities if k not in (a, b) and spec.entities[k].attributes and any(
                v and (k == v or k in w.nominalizations(v)) for v in verbs)), None)
            if act is None or any(r.source == act for r in spec.relations):
                continue
            spec.relations = [r for r in spec.relations if {r.source, r.target} != {a, b}]
            self._relate(act, a, owned=True)
            self._relate(act, b, owned=True)

    def _record_of_pair(self):
        """'members borrow tools … loans have a due date': the one record of an act (WordNet) or of a
        tie ('-ship': a membership) that refers to nothing but the two ends of a many-to-many pair is
        what that pair is kept in — when no other pair could be kept in it ('users can belong to several
        projects … each membership has a role in that project', beside issues and their labels)."""
        spec = self.spec
        pairs = [(a, b, v) for a, b, v in spec.many_to_many if a != b]
        records = [k for k, e in spec.entities.items() if e.attributes and
                   (e.words[-1] in lexicon.occurrence_nouns() or e.words[-1].endswith("ship")) and not any(
                       n.rsplit("_", 1)[-1] in lexicon.money_nouns() for n in e.attributes) and   # (a payment)
                   "name" not in e.attributes and "title" not in e.attributes and   # (a project is its own)
                   not any(r.target == k for r in spec.relations)]      # (orders that parcels belong to)
        many = {frozenset((a, b)) for a, b, _ in pairs}
        fits = {(a, b): [k for k in records if k not in (a, b) and
                         {r.target for r in spec.relations if r.source == k} <= {a, b} and
                         frozenset((k, a)) not in many and frozenset((k, b)) not in many] for a, b, _ in pairs}
        #                                    (a walk that "can include several dogs" is no one walker-dog pair)
        for a, b, v in pairs:
            if tuple(sorted((a, b))) in self.said_pairs or len(fits[(a, b)]) != 1 or v in ("be", "have"):
                continue                         # ("the languages they speak": the pair as said, no record;
                #                                  "an artwork can be in many exhibitions": a state, no act)
            record = fits[(a, b)][0]
            stem = self.spec.entities[record].words[-1].removesuffix("ship")    # (a membership: the members')
            if sum(record in found for found in fits.values()) != 1 and \
                    stem not in (self.spec.entities[a].words[-1], self.spec.entities[b].words[-1]):
                continue
            spec.many_to_many.remove((a, b, v))
            self._relate(record, a, owned=True)
            self._relate(record, b, owned=True)

    def _record_of_doer(self, s, i, nominal):
        """'Crew members can report fatigue; each report has a date, …': the record a person's verb at i
        names (WordNet's noun of the verb), described by the next sentence, is that person's."""
        doer = next((self.entity_of(p)[0] for p in reversed(s.phrases) if p.end <= i), None)
        n = self.position.get(id(s), -1) + 1
        after = self.sentences[n] if 0 < n < len(self.sentences) else None
        if doer and doer != nominal and lexicon.holds_people(doer) and after is not None and after.phrases and \
                after.phrases[0].det in ("each", "every", "a", "the") and self.entity_of(after.phrases[0])[0] == nominal:
            self._relate(nominal, doer)


# the words of how many a thing has room for ("a capacity", "a number of spaces", "max 8 people")
_ROOM = frozenset("capacity spaces places spots max maximum".split())

_HOW_OFTEN = re.compile(r"(?:(?:once|twice|\d+ times|two times|three times) (?:a|per|each|every)|every|each) "
                        r"(?:day|morning|evening|night|week|month|year|season|term|hour|shift|visit)|"
                        r"daily|weekly|monthly|yearly|annually|hourly|nightly|"
                        r"every (?:other|\d+|two|three|four|six|few) (?:days?|weeks?|months?|hours?)")   # ("every two weeks")


def _an_occasion(p):
    """Does the phrase name a day that is an occasion ('a planting day', 'a cleanup day', 'an open evening': a
    stretch of time, WordNet's, named by what happens in it), which people sign up for?"""
    return len(p.lemma) >= 2 and p.head in lexicon.measure_nouns() and not w.field_word(p.lemma[-2]) and \
        (p.lemma[-2].endswith("ing") or p.lemma[-2] in lexicon.act_nouns() or p.lemma[-2] in lexicon.occurrence_nouns())


def _a_period(p):
    """Does the phrase name a stretch of time ('a school year', 'a week': WordNet's noun.time and noun.quantity),
    not an amount of money?"""
    return p.head in lexicon.measure_nouns() and p.head not in lexicon.money_nouns()


def _past_frequency(s, k):
    """The index past a 'how often' phrase at k ('twice a day', 'every morning', 'daily'), else k."""
    m = _HOW_OFTEN.match(" ".join(s.words[k:k + 4]))
    return k + len(m.group(0).split()) if m is not None else k


def periodic_act(s, i, base):
    """(the act's noun, the thing's phrase, the index past it) when people do the verb at i to each one of a kind
    again and again ('carers weigh every hedgehog daily', 'vets inspect each horse every week'): a record per thing
    each time (a weighing, an inspection), which names the doer and the thing — not a field of either; else None."""
    subj = s.phrase_at(i - 1)
    obj, end = _periodic_object(s, i)
    if subj is None or subj.end != i or obj is None or \
            not (subj.plural or subj.det in ("a", "an", "each", "every")) or \
            not (subj.head in lexicon.person_nouns() or lexicon.doer_noun(subj.head)) or \
            obj.head in lexicon.occurrence_nouns() or \
            base in CREATION_VERBS or base in w.NOTING_VERBS or \
            lexicon.verb_lemma(s.words[i]) != base:
        return None
    noun = wordnet_act(base) or (w.gerund(base) if w.gerund(base) in lexicon.act_nouns() else act_noun(base))
    return (noun, obj, end) if noun != obj.head else None  # ("tune them": tunings, not tunes)


def _periodic_object(s, i):
    """(what the verb at i is done to again and again, the index past its words): 'each hedgehog', 'every boiler',
    or the plural 'them' stands for ('volunteers tune them every month': the pianos); else (None, i)."""
    if s.words[i + 1:i + 2] in (["them"], ["it"]):
        end = i + 2
        obj = tx.them_stands_for(s, i, lambda p: not lexicon.holds_people(w.snake(p.lemma)))
    else:
        obj = s.next_phrase(i + 1)
        if obj is None or obj.start > i + 2 or obj.det not in ("each", "every"):
            return None, i
        end = obj.end
    return (obj, end) if obj is not None and _past_frequency(s, end) != end else (None, i)


def _we_do_to_each(s, i, base):
    """'we invoice each booking', 'we bill every tenant', 'we fine each late member', 'I want to invoice owners
    each month': the speaker's verb of giving or taking (WordNet's verb.possession, or a noun of money) whose
    own spelling names what it makes (an invoice, a bill, a fine), done to each one (or to all of them at each
    time), is a record of it per thing."""
    speaker = s.words[i - 1:i] in (["we"], ["i"]) or s.words[i - 1:i] == ["to"] and \
        s.words[i - 2:i - 1] in (["want"], ["need"], ["like"])          # ("as the manager I want to invoice …")
    if not speaker or lexicon.verb_lemma(s.words[i]) != base or base not in lexicon.occurrence_nouns() or \
            base in INTERACTIONS or base in w.KEEPING_VERBS or base in w.NOTING_VERBS or \
            not (lexicon.verb_class(base) == "possession" or base in lexicon.money_nouns()):
        return False
    if s.words[i - 1] == "to" and lexicon.verb_act(base) != base:
        return False                            # ("I want to rent each plot to a gardener": a rental, relations.py;
        #                                         "… to invoice each shoot": WordNet's act of invoicing, an invoice)
    if s.words[i + 1:i + 2] in (["each"], ["every"]):
        return (q := s.next_phrase(i + 2)) is not None and q.start == i + 2 and not q.possessive
    q = s.next_phrase(i + 1)                   # "we invoice owners each month for …": one per owner each time
    return q is not None and q.start <= i + 2 and q.plural and not q.possessive and \
        (s.words[q.end:q.end + 1] in (["each"], ["every"]) and s.words[q.end + 1:q.end + 2] != [] and
         s.words[q.end + 1] in lexicon.measure_nouns() or s.words[q.end:q.end + 1] in (["monthly"], ["weekly"], ["yearly"]))


def _we_note(s, k):
    """Do 'we' (or 'I') and a noting verb stand at k?"""
    return s.words[k:k + 1] in (["we"], ["i"]) and k + 1 < len(s.tokens) and \
        (lexicon.verb_lemma(s.tokens[k + 1].text) or s.tokens[k + 1].text) in w.NOTING_VERBS


def _act_kept_when(s, i, after=None):
    """{verb: its act's noun} for 'When a member borrows a tool, we log the checkout time …', 'a student meets
    a supervisor, and we record …' (or '; we record …', or the paragraph's next sentence, `after`): what the
    speaker keeps when a person does something to a thing or another person is the act's record (a borrowing,
    a meeting: both take part in it), not the doer's; else None."""
    toks = s.tokens
    when = toks[0].text in w.WHEN_OPENERS
    subj, obj = s.phrase_at(i - 1), s.next_phrase(i + 1)
    listed = subj is not None and subj.start >= 3 and subj.det in ("a", "an", "each", "every") and \
        s.words[subj.start - 2] in (",", ":", ";") and not when      # (a clause among a title's items: "lawn
    start = subj.start - 1 if listed else 0                          # care: gardens …, a gardener mows …")
    if (i > 4 and not listed) or not when and s.words[start:start + 1] not in (["a"], ["an"], ["each"], ["every"]) and \
            not (s.phrases and s.phrases[0].start == 0 and s.phrases[0].plural):   # ("gardeners mow gardens …")
        return None
    if subj is None or subj.end != i or subj.start > 2 + start or obj is None or \
            subj.head not in lexicon.person_nouns() and not lexicon.doer_noun(subj.head) or \
            obj.start > i + 2 or obj.head in lexicon.occurrence_nouns() or \
            obj.head in lexicon.person_nouns() and obj.det not in ("a", "an"):
        return None
    end = obj.end
    how_long = s.next_phrase(end + 1) if s.words[end:end + 1] in (["for"], ["by"], ["per"]) else None
    if how_long is not None and how_long.start <= end + 2 and (how_long.head in lexicon.measure_nouns() or
                                                                how_long.head in lexicon.occurrence_nouns()):
        end = how_long.end                             # ("a player borrows an instrument for a term; we note …")
    often = s.next_phrase(end + 1) if s.words[end:end + 1] in (["every"], ["each"]) else None
    if often is not None and often.start == end + 1 and often.head in lexicon.measure_nouns():
        end = often.end                                # ("a gardener mows each garden every fortnight, and we …")
    k = end + (s.words[end:end + 1] in ([","], [";"]) if when else
               s.words[end:end + 1] == [";"] or s.words[end:end + 2] == [",", "and"] or
               s.words[end:end + 2] in (["and", "we"], ["and", "i"]))
    k += not when and s.words[k:k + 1] == ["and"]      # ("a student meets a supervisor, and we record the date …":
    #                                                    a meeting of the two, the fields its own)
    also = end + 1 < len(toks) and s.words[end] == "and" and s.tags[end + 1] == tx.VERB and \
        not {",", ";", ":"} & set(s.words[end:])          # ("an inspector visits a business and gives it a rating
    end = len(toks) if also and not when else end         # from 0 to 5; we keep …": the visit's, both acts one)
    plural = not when and s.words[:1] not in (["a"], ["an"], ["each"], ["every"])   # ("gardeners mow …, and we note")
    if not _we_note(s, k) and not (not when and not plural and end == len(toks) and after is not None and
                                   _we_note(after, 0)):
        return None                                    # (also when the paragraph's next sentence says it: "…; we …")
    base = lexicon.verb_lemma(toks[i].text)
    noun = (wordnet_act(base) or act_noun(base)) if base else None   # ("mows each garden": each mowing)
    return {w.verb_base(toks[i].text) or toks[i].text: noun} if noun else None


def _paid_with_act(s, i):
    """'students enrol in courses and pay a fee', 'sellers book pitches and pay a deposit': one sum paid with an
    act of the same subject is that act's field (set_values.py), no payment record of its own."""
    obj = s.next_phrase(i + 1)
    if obj is None or obj.start != i + 2 or obj.det not in ("a", "an") or obj.plural or \
            obj.head not in lexicon.money_nouns() or s.words[i - 1] != "and" or \
            s.words[obj.end:obj.end + 1] in (["for"], ["per"], ["to"]):
        return False
    for j in range(i - 2, 0, -1):
        if s.words[j] in (",", ";", ":", ".", "who", "which", "that", "when", "if"):
            return False
        if s.tags[j] == tx.VERB:
            verb = lexicon.verb_lemma(s.words[j]) or s.words[j]
            return verb != "pay" and (INTERACTIONS.get(verb) or lexicon.verb_act(verb) or "") in lexicon.occurrence_nouns()
    return False
