"""Pass 1's last step: the phrases voted things become entities — spellings of one thing merged into a
group (suffixes, synonyms), each group named by its best-voted spelling ('order items' said outright
beats 'each item'; the application's users keep that name). Mixed into :class:`.extract.Extractor`."""

import re

from . import lexicon
from . import text as tx
from . import words as w
from .spec import Entity


def _qualified(lemma):
    """'the original case', 'the previous booking': an adjective WordNet knows (not one of its compounds)
    picks one of the things, it names no other kind of thing."""
    return len(lemma) == 2 and lemma[0] in lexicon.adjectives() and not lexicon.compound_noun(*lemma)


_SPELLINGS = tuple((re.compile(a), b) for a, b in (
    (r"ll", "l"), (r"isation$", "ization"), (r"ise$", "ize"), (r"our$", "or"), (r"ogue$", "og"), (r"ence$", "ense"),
    (r"tre$", "ter")))


def _spelling(lemma):
    """The lemma in one spelling of British and American English and of doubled consonants ('enrolment',
    'enrollment': enrolment) — two lemmas alike here are one word."""
    out = []
    for word in lemma:
        for pattern, repl in _SPELLINGS:
            word = pattern.sub(repl, word)
        out.append(word)
    return tuple(out)


# the values a kind takes: "a product type (car or home)", "a room type: single, double or suite"
_KIND_VALUES = re.compile(r"\b(?:type|kind|category|sort) (?:\(|:) ((?:[a-z]+ ){1,2}(?:(?:,|or|and|/) (?:[a-z]+ ){1,2})+)")


def _kind_word(s, p):
    """The word that opens 'group lessons' or 'private lessons' at the head of a sentence (or after an article),
    naming which kind of them, or None."""
    if len(p.lemma) == 2:
        return p.lemma[0]
    k = p.start - 1
    if k >= 0 and s.tags[k] == tx.ADJ and (k == 0 or s.tags[k - 1] == tx.DET):
        return s.words[k]
    return None


class CandidateMerging:
    """Voted lemmas (``self.candidates``) to ``spec.entities``, ``phrase_entity`` and ``head_entities``."""

    def _merge_candidates(self):
        self.mentions = {}
        chosen = {lemma: ev for lemma, ev in self.candidates.items() if ev >= 3}
        groups = {}
        preset = set(self.preset)
        for lemma in sorted(chosen, key=lambda x: (len(x), x)):
            # shorter lemmas come first, so a group's key is never longer than the lemma joining it;
            # tables a column list names are each their own entity ("tracks", "playlist_tracks")
            target = None if lemma in preset else next(
                (lemma[-k:] for k in range(1, len(lemma)) if lemma[-k:] in groups and lemma[-k:] not in preset and
                 not self._said_apart(lemma[-k:], lemma)), None)
            groups.setdefault(target or lemma, []).append(lemma)
        spelled = {}
        for key in sorted(groups, key=lambda x: (len(x), x)):   # "enrolment" and "enrollment", "colour" and
            spelled.setdefault(_spelling(key), []).append(key)   # "color": one thing, spelled two ways
        for keys in spelled.values():
            for other in keys[1:]:
                groups[keys[0]].extend(groups.pop(other))
        for key in [k for k in sorted(groups) if len(k) == 1 and k not in preset and self._the_whole_group(k[0])]:
            member = (key[0], "member")
            if member in groups:                 # "Staff. Each staff member works at one hotel": the staff
                groups[member].extend(groups.pop(key))   # are the staff members, one table
        for key in [k for k in sorted(groups) if _qualified(k) and k not in preset]:
            named = [k for k in sorted(groups) if k != key and k[-1] == key[-1] and not _qualified(k) and len(k) > 1]
            if len(named) == 1:                  # "meter readings … bills come from consecutive readings": the
                groups[named[0]].extend(groups.pop(key))   # adjective picks some of the one kind of reading
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
            best = max(members, key=lambda m: (self.raw.get(m, 0), not _qualified(m), len(m), m))
            if ("user",) in members:
                best = ("user",)                     # the application's users keep that name
            longer = [m for m in members if len(m) > len(best) and m[-len(best):] == best and self.raw.get(m, 0) >= 3
                      and not _qualified(m)]
            longer = [m for m in longer if not self._kind_of_it(m) and not (
                len(m) >= 3 and len(best) == 1 and self.raw.get(best, 0) >= 3)]   # ("the park's mountain bike trails
            #                                  …; a trail has a name": three words said once, then the trail)
            kinds = {_kind_word(x, p) for x in self.sentences for p in x.phrases if p.plural and p.lemma[-len(best):] == best
                     and len(p.lemma) <= len(best) + 1} - {None} if longer else ()
            kinds = {k for k in kinds if self.raw.get((k,), 0) < 3}   # (not "order items" beside "orders")
            if len(kinds) >= 2:
                longer = []                      # "group lessons have several clients; private lessons have one":
                #                                  two kinds of lesson, the lessons keep their name
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

    def _said_apart(self, short, long):
        """'members log their runs with distance and time, and we organise group runs that members sign up for':
        the bare word, voted on its own and given fields of its own, names other things than the compound (both
        voted) — two tables, not the group runs twice."""
        return self.raw.get(short, 0) >= 3 and self.raw.get(long, 0) >= 3 and any(
            p.lemma == short and p.plural and s.words[p.end:p.end + 1] == ["with"] and
            (p.start == 0 or s.words[p.start - 1] != long[0]) for s in self.sentences for p in s.phrases)

    def _the_whole_group(self, word):
        """Is the word a group (WordNet's noun.group: staff, crew) the text only ever names as the one whole,
        never one of several ('a staff', 'each crew', 'crews')?"""
        return word in lexicon.group_nouns() and not any(
            p.head == word and (p.det in ("a", "an", "each", "every", "one") or w.plural(word) in p.words and
                                w.plural(word) != word)
            for x in self.sentences for p in x.phrases)

    def _kind_of_it(self, lemma):
        """'a car policy' where a policy has 'a product type (car or home)': its first word is one of the
        values its kind takes, so it is one kind of the thing, which keeps its own name."""
        if self._kind_values is None:
            self._kind_values = frozenset(
                w.singular(x.strip().split()[-1]) for s in self.sentences
                for m in _KIND_VALUES.finditer(s.text()) for x in re.split(r",|\bor\b|\band\b|/", m.group(1))
                if x.strip())
        return len(lemma) > 1 and lemma[0] in self._kind_values

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
