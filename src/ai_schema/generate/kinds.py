"""Kinds of one thing: words that are values of its type, not things of their own.

"our electricity and gas meters" are meters of two kinds (meter_type); "the animals we take in are
either dogs or cats" makes dogs and cats values of the animals' type, so a later "walk the dogs" names
no table of dogs (extract.entity_of reads "the dog" as one of the animals)."""

from .cues import rx
from . import text as tx
from . import words as w


class KindReading:
    """Kind reading of :class:`.extract.Extractor` (mixed into it through EntityDiscovery)."""

    def _field_of_named(self, phrase, rest):
        """'Each payment has an amount. Payment methods are card, cash or bank transfer.': a compound
        whose first words name a thing already said to have fields, given single values (not kinds
        in the plural: 'the animals are dogs or cats'), is that thing's field."""
        values = rest.split()[1:4]
        return len(phrase.lemma) > 1 and self.candidates.get(phrase.lemma[:-1], 0) >= 3 and \
            not any(w.is_plural(x) for x in values if x not in ("either", "a", "an", "or", ","))

    def _kinds_of_one_thing(self):
        """'our electricity and gas meters' are meters of two kinds: the votes for 'electricity meter'
        and 'gas meter' go to 'meter', which gets a kind field with those values (see kind_fields)."""
        for s in self.sentences:
            for head, words in s.kinds:
                votes = sum(self.candidates.pop((word, head), 0) for word in words)
                if votes:
                    self._vote((head,), votes + 1)      # naming its kinds makes it a thing
                    self.kind_values.setdefault(head, [])
                    self.kind_values[head] += [word for word in words if word not in self.kind_values[head]]

    def _kinds_said(self):
        """The lemmas a sentence gives as the kinds a thing is ('the animals we take in are either dogs or
        cats', 'a member is a student or a teacher'): values of its type, no things of their own."""
        kinds = set()
        for s in self.sentences:
            if "or" not in s.words or not ({"are", "is"} & set(s.words)):
                continue
            m = rx(r"\b(?:are|is) (?:either |always |each )?((?:(?:a|an) )?[a-z]+(?:, (?:(?:a|an) )?[a-z]+)* or "
                   r"(?:(?:a|an) )?[a-z]+)$").search(s.text())
            if m and s.phrases and self.candidates.get(self._entity_lemma(s.phrases[0].lemma) or (), 0) >= 3:
                kinds |= {(w.singular(x.split()[-1]),) for x in rx(r", | or ").split(m.group(1))}
        return kinds

    def _kinds_then_each(self):
        """'Photos, police reports and repair estimates are uploaded to a claim; each document has a file
        name': the things listed first are the kinds of what 'each' then names, not things of their own.
        {lemma of a kind: lemma of the thing it is a kind of}"""
        kinds = {}
        for s, nxt in zip(self.sentences, self.sentences[1:] + [None]):
            listed = _listed_plurals(s)
            if len(listed) < 2:
                continue
            end, heads = listed[-1].end, {p.head for p in listed}
            each = s.next_phrase(end + 2) if s.words[end:end + 2] in (["etc", "each"], ["etc", "every"]) else None
            if each is not None and each.start == end + 2 and each.head not in heads:
                kinds.update((p.lemma, each.lemma) for p in listed)   # "tents, stoves, sleeping bags etc - each
                continue                                              # item has a code": examples up to 'etc'
            if nxt is not None and nxt.block == s.block and nxt.phrases and nxt.words[0] in ("each", "every") and \
                    nxt.phrases[0].start == 1 and end < len(s.words) and s.tags[end] in (tx.VERB, tx.AUX) and \
                    nxt.phrases[0].head not in heads and not (s.tags[end] == tx.VERB and nxt.phrases[0].head in {
                        q.head for q in s.phrases}):   # (not "Nurses and doctors treat patients. Each patient …":
                kinds.update((p.lemma, nxt.phrases[0].lemma) for p in listed)   # the one they act on; but
        return kinds                                          # "Dentists and hygienists are clinicians; each …")

    def kind_fields(self):
        """The kind field of each thing named with kinds ('electricity and gas meters': meter_type)."""
        for head, values in self.kind_values.items():
            key = self.phrase_entity.get((head,))
            if key is not None and f"{key}_type" not in self.spec.entities[key].attributes:
                self.spec.entities[key].attribute(f"{key}_type").values = tuple(values)


def _listed_plurals(s):
    """The bare plurals a sentence opens with, joined by commas or 'and' ('tents, stoves, sleeping bags')."""
    if not s.phrases or s.phrases[0].start != 0:
        return []
    listed = [s.phrases[0]]
    for p in s.phrases[1:]:
        if s.words[listed[-1].end:p.start] not in ([","], ["and"], [",", "and"], ["or"]):
            break
        listed.append(p)
    return listed if all(p.plural and p.det is None for p in listed) else []
