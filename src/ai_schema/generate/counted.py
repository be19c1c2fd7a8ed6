"""Words that alone name no thing — generic heads ('application', 'game', 'list'), words that mostly
name a field ('entry', 'note', 'address') — that this text counts as things: listed among things, said to
be between two, given fields of their own, moved through states. Mixed into
:class:`.discovery.EntityDiscovery` (it reads ``self.sentences`` and the phrase shapes)."""

from . import fragments, lexicon, logged, relative, title_lists
from . import text as tx
from . import words as w
from .cues import ATTRIBUTE_VERBS, GENERIC_HEADS, NOT_ENTITY, OBJECT_VERBS, STRUCTURE_WORDS, rx
from .one_reference import one_reference


# what is kept of each one, said of it ("every answer … is saved: the answer, whether it was right, when")
KEPT_WITH = rx(r"\b(?:is|are) (?:saved|recorded|logged|stored|kept|tracked) (?::|with\b)")


class CountedHeads:
    """``_counted_heads``: the heads this text counts (``entity_names.entity_lemma``'s ``counted``)."""

    def _counted_heads(self):
        counted = frozenset(p.head for s in self.sentences for p in s.phrases
                            if p.head in GENERIC_HEADS and p.head not in STRUCTURE_WORDS and (p.plural and
                            (self._listed_among(s, p) or fragments.heading_shape(s) or
                             tx.between_at(s, p.end) is not None or
                             any(x.start == p.start for x in title_lists.title_list(s))) or
                             rx(r"^(?:moves?|goes|go|pass(?:es)?|progress(?:es)?) (?:from|through|into) ").match(
                                 " ".join(s.words[p.end:p.end + 2]) + " ")))   # "ingredients,
        #                      suppliers, recipes, batches"; "Tools." heading a paragraph; "Orchard: trees (variety, …), …";
        #                      "pieces go into a firing";
        #                      "games (are played) between two teams"; "an application moves from draft to …"
        counted |= frozenset(group.head for s in self.sentences for group, _ in fragments.counted_members(s))
        #                      ("batches of 25 wafers": a group said to be so many of its members)
        counted |= frozenset(p.head for s in self.sentences for p in s.phrases
                            if p.head in GENERIC_HEADS and (self._acted_on(s, p) or (
                                p.head not in STRUCTURE_WORDS and
                                (p.many or p.det in ("each", "every") or self._described(s, p) or _said_passively(s, p))) or (
                                p.plural and (len(p.lemma) == 1 or p.head in ("list", "lists")) and
                                self._described(s, p)))) | frozenset(      # ("Reading lists have a name")
            p.head for s in self.sentences for p in s.phrases
            if p.head in NOT_ENTITY and len(p.lemma) == 1 and (
                p.plural and (self._listed_fields(s, p) or self._fields_follow(s, p)) or
                p.plural and not w.field_word(p.head) and w.singular(p.head) != "person" and   # (_vote_owner's)
                any(x.start == p.start for x in title_lists.title_list(s)) or      # ("…: recipes with …, steps, …")
                self._each_listed_fields(s, p) or p.det in ("a", "an", "each", "every") and self._described(s, p) and
                (p.head not in lexicon.measure_nouns() or _dated_after_has(s, p)) or
                p.plural and p.start == 0 and s.words[p.end:p.end + 1] == [":"] and
                sum(w.field_word(x) for x in s.words[p.end + 1:]) >= 2 or       # ("Phones: serial number, brand, …")
                p.det in ("each", "every") and (s.words[p.end:p.end + 2] in (["belongs", "to"], ["is", "assigned"]) or
                                                s.words[p.end:p.end + 1] in (["references"], ["refers"]) or
                                                s.words[p.end:p.end + 1] in (["is"], ["gets"]) and
                                                s.words[p.end + 2:p.end + 3] == ["by"]) or   # ("every phone is inspected
                #                                                                               by …")
                p.plural and p.det is None and p.start >= 1 and s.tags[p.start - 1] == tx.VERB and
                (w.verb_base(s.words[p.start - 1]) or s.words[p.start - 1]) in OBJECT_VERBS - ATTRIBUTE_VERBS -
                w.KEEPING_VERBS and w.singular(p.head) in lexicon.thing_nouns() or   # ("owners borrow phones")
                _said_passively(s, p) and w.singular(p.head) in lexicon.thing_nouns() or   # ("phones are stored in …")
                p.many and p.plural and p.start >= 2 and s.words[p.start - 2] in ("have", "has") and
                p.head not in lexicon.measure_nouns() and w.singular(p.head) != "person" or   # ("some have 2 addresses")
                p.det in ("each", "every") and p.start >= 2 and p.head not in lexicon.measure_nouns() and not p.possessive and
                p.head not in w.WHEN_FIELDS and (s.words[p.start - 2] == "for" or s.tags[p.start - 2] == tx.VERB))) | \
            frozenset(
            p.lemma[-2] for s in self.sentences for p in s.phrases      # "each service entry has a date"
            if len(p.lemma) > 1 and p.head in ("entry", "record", "row", "item") and p.det in ("each", "every")) | \
            frozenset(p.head for s in self.sentences for p in s.phrases   # ", each table with a number and …"
                      if p.head == "table" and (p.det in ("each", "every") and s.words[p.end:p.end + 1] in (
                          ["with"], ["has"], ["seats"]) or
                                                p.plural and s.words[p.end:p.end + 3] == [",", "each", "with"])) | \
            frozenset(p.head for s in self.sentences if "with" in s.words    # "gets services …, logged with …"
                      for p in (logged.logged_object(s, i) for i, x in enumerate(s.words) if x == "with")
                      if p is not None) | frozenset(p.head for s in self.sentences for p in logged.kept_per_each(s))
        counted |= frozenset(p.head for s in self.sentences for p in s.phrases
                             if p.head in w.FIELD_NOUNS and p.head in lexicon.thing_nouns() and p.plural and
                             self._listed_among(s, p) and self._among_things(s, p))   # "laptops, monitors and
        #                                                       phones": made things listed with made things
        counted |= frozenset(p.head for s in self.sentences for p in s.phrases[:1]    # "- Applications: applicant,
                             if p.head in GENERIC_HEADS and p.head not in STRUCTURE_WORDS and len(p.lemma) == 1 and
                             p.start == 0 and s.words[p.end:p.end + 1] == [":"] and
                             s.words[p.end + 1:].count(",") >= 1 and (s.item or s.first))   # programme, …": records
        counted |= frozenset(p.head for s in self.sentences for p in s.phrases[:1]    # "Tour dates: tour, date, …"
                             if p.head == "date" and p.plural and len(p.lemma) > 1 and p.start <= 1 and
                             s.words[p.end:p.end + 1] == [":"] and s.words[p.end + 1:].count(",") >= 2)
        counted |= frozenset(x.head for s in self.sentences if "which" in s.words
                             for p, _, q in relative.which_does_which(s) for x in (p, q))   # "which of my games"
        counted |= frozenset(p.head for s in self.sentences if "each" in s.words or "every" in s.words
                             for p, _, _ in relative.each_ones(s))      # "the pieces each student is learning"
        counted |= frozenset(p.head for s in self.sentences if len(s.phrases) == 1 and fragments.heading_shape(s)
                             for p in s.phrases if p.head in NOT_ENTITY and p.plural and len(p.lemma) == 1 and
                             any(q.head == p.head for x in self.sentences if x.block == s.block and x is not s
                                 for q in x.phrases))       # "Notes. Adjusters add notes to claims: …"
        referred = {t.head for s in self.sentences for p in s.phrases if (t := one_reference(s, p)) is not None}
        counted |= frozenset(p.head for s in self.sentences for p in s.phrases[:1]   # "every answer given by a learner
                             if p.head in NOT_ENTITY | GENERIC_HEADS and p.head not in STRUCTURE_WORDS and   # … is saved:
                             p.det in ("each", "every") and p.start <= 1 and not p.possessive and   # the answer, …"
                             KEPT_WITH.search(s.text()))
        counted |= frozenset(p.head for s in self.sentences for p in s.phrases     # "the story is assigned to one desk":
                             if p.head in GENERIC_HEADS and p.head not in STRUCTURE_WORDS and   # a thing placed in another
                             p.det in ("the", "each", "every") and not p.possessive and one_reference(s, p) is not None)
        counted |= frozenset(p.head for s in self.sentences for p in s.phrases[:1]
                             if p.head in referred and p.head in NOT_ENTITY and p.start == 0 and p.plural and
                             s.words[p.end:p.end + 1] in (["have"], ["has"]))
        #                                    ("a shipment goes to one address. Addresses have a city": a thing
        #                                     referred to and described)
        referred |= {h for s in self.sentences if "part" in s.words for h in _whole_of(s)}
        counted |= frozenset(h for h in referred if h in GENERIC_HEADS and h not in STRUCTURE_WORDS)   # ("every
        #                                     parcel is linked to one shop": what one refers to is a thing)
        counted |= frozenset(p.head for s in self.sentences for p in s.phrases[:1]
                             if p.head in GENERIC_HEADS and p.head not in STRUCTURE_WORDS and (p.plural or
                                                                                            p.det in ("a", "an", "each", "every")) and
                             s.words[p.end:p.end + 1] in (["has"], ["have"], ["contain"], ["contains"]) and
                             (q := s.next_phrase(p.end + 1)) is not None and q.many and q.plural)   # ("a shop has many
        #                                     parcels": the one the many are of)
        #                                    ("Tables have a number and seats": a restaurant's tables;
        #                                     "Addresses have a street and a city": addresses)
        counted |= frozenset(p.head for s in self.sentences if "each" in s.words or "every" in s.words
                             for p in s.phrases if p.head in NOT_ENTITY and _fields_added_to(s, p))
        return counted


def _fields_added_to(s, p):
    """'add a photo and a grid reference to each problem', 'attach a note to every issue': fields put on each one of
    a word that names no thing alone (a problem) make it one — a record with those fields (WordNet's verb.contact
    verb.possession or verb.change before them: attach, give, add)."""
    if p.det not in ("each", "every") or p.start < 4 or s.words[p.start - 2] not in ("to", "on") or \
            p.head in lexicon.measure_nouns():
        return False
    verb = next((k for k in range(p.start - 3, max(-1, p.start - 10), -1) if s.tags[k] == tx.VERB), None)
    if verb is None or lexicon.verb_class(lexicon.verb_lemma(s.words[verb]) or "") not in ("contact", "possession", "change"):
        return False
    return any(w.field_word(x) for x in s.words[verb + 1:p.start - 2])


_PLACING = frozenset("in at on to into by from under with".split())


def _said_passively(s, p):
    """'Phones are stored in warehouses', 'each phone is kept in one warehouse', 'tools are assigned to tenants': a
    thing a passive says is put somewhere or given to someone (whatever WordNet says the word mostly is)."""
    k = p.end
    return (p.plural and p.start <= 1 or p.det in ("each", "every")) and \
        s.words[k:k + 1] in (["are"], ["is"], ["get"], ["gets"]) and (
            s.tags[k + 1:k + 2] == [tx.VERB] and s.words[k + 2:k + 3] != [] and s.words[k + 2] in _PLACING and
            tx.participle_like(s.words[k + 1]) or s.words[k + 1:k + 3] == ["part", "of"])   # ("phones are part of …")


def _whole_of(s):
    """The heads 'part of' names ('tools are part of a depot', 'parcels are part of a shop'): the wholes."""
    for k in range(len(s.words) - 3):
        if s.words[k:k + 2] == ["part", "of"] and (q := s.next_phrase(k + 2)) is not None and q.start <= k + 3:
            yield q.head


def _dated_after_has(s, p):
    """'each count has a date, the weather and …': a word of measure that has a date among its fields is a record
    of an occasion (a count made on a day), not a number."""
    return p.det in ("each", "every") and p.head not in w.WHEN_FIELDS and s.words[p.end:p.end + 1] in (["has"], ["have"]) and \
        any(x in w.WHEN_FIELDS for x in s.words[p.end + 1:p.end + 6])
