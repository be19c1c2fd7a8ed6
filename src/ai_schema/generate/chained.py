"""A verb's objects that each name one thing of their own: 'booked for one pet with one vet', 'written by
one user on one post' — the record (or the first object) refers to each (mixed into the relation reader)."""

from . import clauses, lexicon
from . import text as tx
from . import words as w
from .cues import ASSOCIATION_VERBS, CREATION_VERBS, GIVING_VERBS, INTERACTIONS
from .places import put_at_a_time


class ChainedOnes:
    """``_chained`` of :class:`.relations.RelationReading`."""

    def _chained(self, s, src_key, right, i):
        """'booked for one pet with one vet', 'written by one user on one post': each names one.
        (Not after a keeping verb: 'track my expenses by category with a budget' relates nothing.)"""
        if s.tokens[i].text in w.KEEPING_VERBS and s.tokens[i].text not in ASSOCIATION_VERBS:
            return                               # ("list my show under several categories" associates)
        if any(s.words[k:k + 2] == ["how", "many"] for k in range(max(0, i - 8), i + 3)):
            return                               # ("see how many members each class had": a count asked for)
        last = i
        placed = put_at_a_time(s, right[0][0]) if right else None   # ("hosts a meetup at a venue on a date": the venue)
        for n, (p, key, role) in enumerate(right):
            start = last + 1
            if start < p.start and s.tokens[start].text == "(":     # "upload documents (photos, receipts) to
                start = min(tx.after_parenthesis(s.tokens, start), p.start)   # a claim": a remark between
            between = range(start, p.start)
            if any(s.tags[k] not in (tx.PREP, tx.DET, tx.QUANT, tx.ADJ, tx.ADV) and
                   s.tokens[k].text != "or" and not self._when_between(s, k) and
                   not (s.tokens[k].text == "and" and n > 1 and p.det in ("a", "an", "one")) for k in between):
                break                            # ("assign each delivery to a driver and a van": both)
            last = p.end - 1
            verb = w.verb_base(s.tokens[i].text)
            if n > 0 and p.many and verb in ASSOCIATION_VERBS and not right[0][0].many and right[0][1] != key:
                self._associate(right[0][1], key, verb)
                continue
            if n == 1 and p.plural and p.det is None and right[0][0].plural and right[0][0].det is None and \
                    s.words[p.start - 1] == "to" and lexicon.holds_people(key) and \
                    not lexicon.holds_people(right[0][1]) and right[0][1] != key and not self._kept_by_act(s, i, verb):
                self._relate(right[0][1], key)   # "authors send manuscripts to editors": each to one (not
                continue                         # "lends books to members …, due back": each time a lending)
            if n == 1 and p.plural and p.det is None and right[0][0].plural and right[0][0].det is None and \
                    s.words[p.start - 1] in ("to", "on", "onto") and lexicon.verb_lemma(s.tokens[i].text) in CREATION_VERBS and \
                    not lexicon.holds_people(key) and not lexicon.holds_people(right[0][1]) and right[0][1] != key:
                self._relate(right[0][1], key)   # "adjusters add notes to claims", "members post photos on
                continue                         # albums": each one on one
            if n == 1 and all(s.tags[k] in (tx.DET, tx.ADJ) for k in range(right[0][0].end, p.start)) and \
                    lexicon.holds_people(right[0][1]) and not lexicon.holds_people(key) and right[0][1] != key and \
                    lexicon.verb_class(verb or "") in ("possession", "communication", "motion") and \
                    verb not in INTERACTIONS:          # (not "lend a guest a bike": a loan of it each time)
                self._relate(key, right[0][1])   # "we send each tenant a bill", "issue every member a card": what
                continue                         # is given is the recipient's (not "each tenant's bill")
            if n == 1 and self._people_to_occasion(s, i, right[0], p, key):
                self._associate(right[0][1], key, verb)   # "assign one or more cleaners to a job": a cleaner
                continue                                  # works many jobs
            one_of = clauses.one_of(s, p) and s.tokens[i].text not in ("is", "are")   # (not "a screening is one film in
            #                                                                  one of our cinemas")
            if n == 0 or p.many or p.det not in ("one", "a", "an", "exactly", "which", "the", "single", "each", "every") \
                    and not one_of:
                continue                         # ("against one of my policies": one)
            first_p, first_key = right[0][0], right[0][1]
            passive = i > 0 and s.tokens[i - 1].text in ("is", "are", "be", "was", "were", "been") or \
                self._reduced_passive(s, i)
            made = first_p.head in lexicon.occurrence_nouns() and not passive and \
                first_p.det not in ("one", "exactly", "single")   # "file a report against a rental" (not "show one
            #                                                     film in one venue": the film is no record made)
            either = "or" in s.words[right[n - 1][0].end:p.start]     # "against a deal or a contact": either
            each = first_p.det in ("each", "every") and first_key != key and not either and not passive
            made = made or verb in GIVING_VERBS and not passive and placed is not None
            holder = first_key if (first_p.plural or (verb in CREATION_VERBS and not passive) or made or each) \
                and first_key != key and not either else src_key
            role = None if each else role        # ("register every car at a home branch": each car's branch,
            #                                      as the place phrase itself says it: one reference)
            if INTERACTIONS.get(verb) in self.spec.entities and not passive and INTERACTIONS[verb] != key:
                holder = INTERACTIONS[verb]      # "book a tutor for one of my children": the booking's child
            if n == 1 and p.start == first_p.end + 2 and s.words[first_p.end] in ("on", "in", "inside") and \
                    p.det in ("a", "an") and first_p.det in ("a", "an") and first_key != key and \
                    not lexicon.holds_people(first_key) and not lexicon.holds_people(key) and \
                    not lexicon.doer_noun(first_p.head) and \
                    first_p.head not in lexicon.occurrence_nouns() and p.head not in lexicon.occurrence_nouns():
                holder = first_key               # "reserve a desk on a floor": the desk is on the floor (not the
                #                                  one who reserves it, nor the reservation)
            if (first_p.many or chosen_for_each(s, first_p)) and first_p.plural and p.det in ("each", "every") and \
                    not passive and first_key != key and verb not in CREATION_VERBS and verb not in INTERACTIONS:
                self._associate(key, first_key, verb)   # "the client picks several dishes for each event": a set
                continue                                # chosen each time from things that exist apart, a pair
            if p.det in ("each", "every") and holder == src_key:
                continue                         # ("the school issues a laptop to every student": not the school's;
                #                                  "writes a report after each visit": the report's)
            if holder is not None and key != holder:
                self._relate(holder, key, w.snake(role) if role else None)
            when = s.next_phrase(p.end + 1) if holder == first_key and placed is p else None
            if when is not None and when.start <= p.end + 3 and when.head in w.WHEN_FIELDS:
                self.spec.entities[holder].attribute(when.head)   # ("… a meetup at a venue on a date": its date)

    @staticmethod
    def _people_to_occasion(s, i, first, p, key):
        """'assign one or more cleaners to a job', 'invite classes to a trip': people (or groups of them),
        several at once, put on something that happens (WordNet's noun.act/event) — each of them takes part
        in many such over time, so the pair is many-to-many (not 'assign tickets to an agent', nor 'assign
        students to a class', a group)."""
        first_p, first_key = first[0], first[1]
        head = first_key.rsplit("_", 1)[-1]
        passive = i > 0 and s.tokens[i - 1].text in ("is", "are", "be", "was", "were", "been")
        return first_p.plural and not passive and first_key != key and \
            s.words[p.start - 1 - (p.det is not None)] in ("to", "onto") and \
            (lexicon.story_person(head) or head in lexicon.group_nouns()) and \
            p.head in lexicon.act_nouns() and not lexicon.holds_people(key) and \
            lexicon.verb_lemma(s.tokens[i].text) not in CREATION_VERBS

    def _when_between(self, s, k):
        """Is token k in 'at a time' / 'on a date' between two things named ('a lesson is on a slope at a
        time with one instructor'): when it happens, said in passing?"""
        q = s.phrase_at(k)
        return q is not None and q.start > 0 and s.tags[q.start - 1] in (tx.PREP, tx.DET) and \
            q.head in w.WHEN_FIELDS and not self.entity_of(q)[0]


def chosen_for_each(s, p):
    """'pick several dishes for each event': the plural p is chosen for each of another thing, whose pair it makes
    (_chained) — not the subject's own set of them."""
    q = s.next_phrase(p.end + 2) if s.words[p.end:p.end + 2] in (["for", "each"], ["for", "every"], ["to", "each"],
                                                                  ["to", "every"]) else None
    k = p.start - 1 - (p.start >= 1 and s.words[p.start - 1] == "the")
    chosen = k >= 0 and s.tags[k] == tx.VERB and lexicon.verb_lemma(s.words[k]) in ("pick", "choose", "select")
    return (p.many or chosen) and p.plural and q is not None and q.start == p.end + 2   # ("pick the films for each
    #                                                                                   season": a set each time)
