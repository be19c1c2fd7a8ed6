"""Fields written in parentheses after the things a sentence names: 'freezers (name, …) hold boxes (label,
…)', 'schedule sessions for each team (date, start time)', 'book lessons at a level (beginner, …)' (mixed into
the extractor; its state lives there)."""

import re

from . import clause_rules, fragments, lexicon, title_lists
from . import text as tx
from . import words as w
from .cues import ATTRIBUTE_WORDS, CREATION_VERBS, HAVE, KIND_NAMES
from .field_names import clean_values


class ParenthesizedFields:
    """``_fields_in_parentheses`` of :class:`.extract.Extractor`."""

    def _fields_in_parentheses(self, s):
        """'track rooms (name, theme, …), bookings by groups (group name, …)': the fields in parentheses
        after the things a sentence names."""
        toks = s.tokens
        # "schedule sessions for each team (date, start time)": the fields of what the clause acts on
        claimed = set()
        for thing, kind, paren in clause_rules.kind_after_clause(s):
            key, role = self.entity_of(thing)
            named = clause_rules.kind_named(kind)
            if key and not role and (not self.entity_of(kind)[0] or not named):
                values = clean_values(re.split(r",|\bor\b|\band\b", " ".join(
                    t.orig for t in toks[paren + 1:self._skip_paren(toks, paren) - 1])))
                self.spec.entities[key].attribute(w.snake(kind.words) if named else "type").values = tuple(values)
                #                                   ("buy tickets for a service (adult, child or family)": no
                #                                    kind of service — the tickets' type)
                claimed.add(paren)                  # "book lessons at a level (beginner, …)": the lesson's
        for thing, paren in clause_rules.fields_after_clause(s):
            key, role = self.entity_of(thing)
            if key and not role and paren not in claimed:
                self._attributes(key, s, paren + 1, closing=")")
                claimed.add(paren)
        for p in s.phrases:                         # "the companies they worked at (title, years)": each pair's
            at = _after_their_act(s, p)
            key = self.entity_of(p)[0] if at is not None and at not in claimed else None
            if key is None:
                continue
            others = [m[1] if m[0] == key else m[0] for m in self.spec.many_to_many if key in m[:2]] or \
                [k for q in reversed(s.phrases) if q.end <= p.start and q.plural
                 for k in (self.entity_of(q)[0],) if k not in (None, key) and lexicon.holds_people(k)][:1]
            if len(others) == 1:               # (they: the people named last)
                claimed.add(at)
                self._attributes(self._pair_table(others[0], key), s, at + 1, closing=")" if s.words[at] == "(" else None)
        for subject, p, at in _pair_fields(s):      # "recipes use ingredients (amount)": each use's
            a, b = self.entity_of(subject)[0], self.entity_of(p)[0]
            if at not in claimed and a and b and a != b:
                claimed.add(at)
                self._attributes(self._pair_table(a, b), s, at + 1, closing=")")
        # storage: freezers (name, ...) hold boxes (label, ...)
        for p in s.phrases:
            at = _past_per(s, p)                    # "price bands per section (band name and price)"
            if at in claimed:
                continue
            kept = fragments.kept_each(s, p)
            history = p.det in ("a", "an") and p.head in w.RECORD_HEADS   # ("has a job history (company, …)")
            if at < len(toks) and toks[at].text == "(" and (p.plural or p.det in ("their", "its", "his", "her", "my", "our", "each",
                                                                                  "every") or kept or history or
                                                             fragments.said_to_be(s, p)):   # ("is one recipe (name, …)")
                claimed.add(at)
                key, role = self.entity_of(p)           # ("their work history (which companies, job title, …)")
                within = toks[at + 1:self._skip_paren(toks, at)]
                inside = {t.text for t in within}
                listed = p in title_lists.title_list(s) and "," in inside and \
                    not any(t.orig[:1].isupper() for t in within)   # "Hospital: …, prescriptions (drug, dose)"
                if key and not role and kinds_then_fields(s, at, within):
                    self.spec.entities[key].attribute("type").values = tuple(clean_values(re.split(
                        r",|\bor\b|\band\b", " ".join(t.orig for t in within[:-1]))))
                    continue                    # "milestones (proposal, progress review, final draft) with a due
                    #                             date": its kinds, the fields after 'with'
                kinds = fragments.examples(within, s.tags[at + 1:at + 1 + len(within)])
                if "," in inside and (not ATTRIBUTE_WORDS & inside or kinds and p.head in lexicon.thing_nouns()) and \
                        (p.head in KIND_NAMES or kinds):   # ("devices (phone, laptop, tablet)": most are things)
                    continue                    # "ticket types (day pass, weekend pass, VIP)", "my skills (first
                    #                             aid, driving, cooking)": its rows
                if key and not role and (ATTRIBUTE_WORDS & inside or listed or
                                         ((p.plural or p.det in ("each", "every") or history) and "or" not in inside and
                                          tx.lowercase_fields(within[:-1])) or (kept and "," in inside) or
                                         (p.det in ("my", "our") and "," in inside and
                                          any(w.field_word(t.text) for t in within)) or   # ("my vehicle (plate, length)",
                                         (p.det in ("their", "his", "her", "its") and tx.lowercase_fields(within[:-1]))):
                    #                           "a fitting for their car (registration, tyre size)")
                    #                           "readings (temperature, …)", "log each sale (truck, tokens, time)"
                    self._attributes(key, s, at + 1, closing=")")
                    owner = next((self.entity_of(q)[0] for q in reversed(s.phrases) if q.end <= p.start and
                                  q.plural and self.entity_of(q)[0] not in (None, key)), None)
                    if history:
                        owner = next((self.entity_of(q)[0] for q in reversed(s.phrases) if q.end <= p.start and
                                      self.entity_of(q)[0] not in (None, key)), None)
                        if owner is not None:
                            self._retract(owner, key)
                            self._relate(key, owner)     # "each alum has a job history (…)": many rows of one
                    if owner is not None and p.det in ("their", "its", "his", "her"):
                        if lexicon.holds_people(key):    # "the dogs (…) and their owners (…)": a dog's owner
                            self._relate(owner, key)
                        else:
                            self._relate(key, owner)     # the alumni's work history


def kinds_then_fields(s, at, within):
    """'phases (design, build, test) with a start date …': three or more items, none a field, in the
    parenthesis at `at`, and the fields said after it with 'with': the items are kinds of the thing."""
    words = [t.text for t in within[:-1]]
    items = [x for x in " ".join(words).replace(" or ", " , ").replace(" and ", " , ").split(" , ") if x]
    return len(items) >= 3 and s.words[at + len(within) + 1:at + len(within) + 2] == ["with"] and \
        all(t.kind == "word" or t.text == "," for t in within[:-1]) and \
        not any(x in ATTRIBUTE_WORDS for x in words) and all(len(x.split()) <= 3 for x in items) and \
        3 * sum(w.field_word(x.split()[-1]) or x.split()[-1] in lexicon.property_nouns() for x in items) <= len(items)
    #     (at most one in three may also be a field word: 'build', 'draft')


def _past_per(s, p):
    """Where what describes a phrase starts: after 'per <noun>' ('bands per section (…)' are the bands', 'lockers
    rented per stay (…)' the lockers'),
    or after a participle ('vaccinations given (which vaccine, batch no, date)')."""
    k = p.end
    if p.plural and s.words[k:k + 1] in (["are"], ["is"]) and s.tags[k + 1:k + 2] == [tx.VERB]:
        k += 1
    if p.plural and k < len(s.words) and s.tags[k] == tx.VERB and tx.participle_like(s.words[k]) and \
            s.words[k + 1:k + 2] == ["per"]:
        k += 1                                  # "lockers (are) rented per stay (locker number, deposit)"
    if s.words[k:k + 1] == ["per"]:
        q = s.next_phrase(k + 1)
        if q is not None and q.start == k + 1 and not q.plural:
            return q.end
    if p.plural and s.words[p.end + 1:p.end + 2] == ["("] and s.tags[p.end] in (tx.VERB, tx.ADJ) and \
            tx.participle_like(s.words[p.end]):
        return p.end + 1
    return p.end


def _after_their_act(s, p):
    """Where '(' (or 'with') opens after 'the companies they worked at', or None: a plural, a relative clause
    of the people's act with no pronoun, and a list describing each time they did it."""
    k = p.end
    if not p.plural or s.words[k:k + 1] not in (["they"], ["we"], ["i"], ["he"], ["she"]) or s.tags[k + 1:k + 2] != [tx.VERB]:
        return None
    k += 2 + (s.tags[k + 2:k + 3] == [tx.PREP])
    return k if s.words[k:k + 1] in (["("], ["with"]) else None



def _pair_fields(s):
    """[(subject phrase, object phrase, index of '(')] of '<things> <verb> <other things> (<fields>)' right
    after the verb, the parenthesis naming fields only ('recipe uses ingredients (amount)', 'jobs use parts
    (quantity)'): the fields of each pair the verb makes — not of what it makes ('place orders (date)') or has."""
    out = []
    for p in s.phrases:
        at = p.end
        if at >= len(s.tokens) or s.words[at] != "(" or p.start < 2 or s.tags[p.start - 1] != tx.VERB or \
                not p.plural or s.words[p.start - 1] in ("has", "have", "with") or \
                (w.verb_base(s.words[p.start - 1]) or s.words[p.start - 1]) in CREATION_VERBS | HAVE:
            continue                                # ("customers place orders (date, total)": the orders')
        subject = s.phrase_at(p.start - 2)
        end = tx.after_parenthesis(s.tokens, at)
        items = [x.strip().split() for x in " ".join(s.words[at + 1:end - 1]).replace(" and ", ",").split(",")]
        if subject is not None and subject.end == p.start - 1 and items and all(
                x and w.field_word(w.singular(x[-1])) for x in items):
            out.append((subject, p, at))
    return out
