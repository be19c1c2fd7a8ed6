"""The questions the relation reader (relations.py) asks of a clause and the text before it relates two things:
whether what is kept is kept for others, whether an act is held at or given by a thing, whether fields follow,
whether a participle is passive, whether the text speaks of renting. Mixed into RelationReading."""

from .cues import GIVING_VERBS, rx
from . import fragments, lexicon
from . import text as tx
from . import words as w

_LINE_FIELDS_PLURAL = frozenset(w.plural(x) for x in w.LINE_FIELDS)


class RelationTests:
    """Clause tests of :class:`.extract.Extractor` (mixed into it through RelationReading)."""

    def _kept_for_others(self, s, obj_p, speaker):
        """In a user story, is what the speaker records described with other people ('As a librarian, I
        want to record each loan with the copy, the member, …'), so kept for them, not the speaker's own
        (not 'my runs')?"""
        return any(self.entity_of(q)[0] != speaker for q in fragments.people_described(s, obj_p))

    def _record_named_after(self, p):
        """The one entity named by a mass noun and one word more ('maintenance': the maintenance jobs), or None."""
        found = [k for k, e in self.spec.entities.items() if len(e.words) == len(p.lemma) + 1 and
                 tuple(e.words[:-1]) == tuple(p.lemma)]
        return found[0] if len(found) == 1 else None

    def _only_here(self, key, s):
        """Whether no other sentence names the thing (a part known only by what it has here)."""
        return not any(x is not s and any(self.entity_of(q)[0] == key for q in x.phrases) for x in self.sentences)

    def _holds_occasions(self, src_key, obj_key):
        """'gardens organise work days', 'airlines operate flights': what happens or is done (WordNet's acts,
        events and times) at a thing that is no person is that thing's, one each."""
        head = self.spec.entities[obj_key].words[-1]
        return not lexicon.holds_people(src_key) and not lexicon.holds_people(obj_key) and \
            (head in lexicon.act_nouns() or head in lexicon.measure_nouns())

    def _gives_occasions(self, base, obj_key):
        """'coaches give lessons to members', 'guides run tours': what people give or run (WordNet's events
        and acts) is each given by one of them, not shared among them."""
        return base in GIVING_VERBS and self.spec.entities[obj_key].words[-1] in lexicon.occurrence_nouns()

    @staticmethod
    def _line_fields(s, k):
        """Fields of each line of a list after what it lists: 'with a quantity and a unit price',
        ', quantities and unit costs' (so many of each, at a price, in a position)."""
        if k >= len(s.tokens) or s.tokens[k].text not in ("with", ","):
            return False
        if s.tokens[k].text == "," and s.words[k + 1:k + 2] != ["with"]:   # in plural, so many of each ("each walk
            return bool(_LINE_FIELDS_PLURAL & set(s.words[k + 1:k + 9]))   # has one or more dogs, a date and a price":
        #                                                                    the walk's own)
        return bool(w.LINE_FIELDS & set(s.words[k + 1:k + 9]))

    def _field_after(self, s, k):
        """Is the phrase at k a field (a word of the text that names no thing)?"""
        p = s.next_phrase(k)
        return p is not None and p.start == k and not self.entity_of(p)[0]

    @staticmethod
    def _reduced_passive(s, i):
        """'activities logged against a deal', 'deals (…) owned by a rep': a participle right after the
        noun it describes is passive."""
        t = s.tokens[i].text
        return i > 0 and (s.tags[i - 1] == tx.NOUN or s.tokens[i - 1].text in (")", ":")) and \
            (t.endswith("ed") or t in w.IRREGULAR_VERBS) and w.verb_base(t) not in (None, t)

    @staticmethod
    def _in_pp(s, p):
        k = tx.governor(s, p)
        return k >= 0 and s.tags[k] == tx.PREP and s.tokens[k].text not in ("of",)

    def _renters(self):
        """Are the text's tenants people who rent (WordNet's tenant: 'someone who pays rent to use land or
        a building') rather than a SaaS product's customer accounts? They are when renting is spoken of."""
        if self._renting is None:                    # (asked for each sentence naming tenants: scan once)
            self._renting = any(rx(r"^(?:rent\w*|leas\w*|landlords?|lettings?|apartments?|flats?|neighbou?rs?)$").match(x)
                                for s in self.sentences for x in s.words)   # (where they live: people)
        return self._renting
