"""List items that are clauses and name a field: 'when it was paid' (paid_at), 'the date it was made',
'how many hours' (hours), 'how many individuals' (num_individuals), 'whether access was granted'
(is_granted), 'a link to their CV' (cv_url). Mixed into :class:`.items.ItemReading`."""

import re

from .cues import CLAUSE_HINT, LIGHT_VERBS, rx
from . import lexicon
from . import text as tx
from . import words as w
from .field_names import _participle, _UNITS, clean_values, type_words
from .object_relatives import irregular, participle as participle_of
from .tagging import irregular_participle


# light verbs' past forms, whose noun names the act ("who did the check", "who made the repair")
LIGHT_PASTS = frozenset("did made carried performed ran".split())


class ClauseItemReading:
    """One item of a list read as a clause (``_clause_item``), or None when it is none."""

    def _clause_item(self, entity, s, idx):
        """Items that are clauses: 'when it was paid', 'how many rows it contains'."""
        toks = s.tokens
        words = [toks[i].text for i in idx]
        text = " ".join(words)
        k = idx[0] if len(idx) == 1 else 0
        when = next((j for j in range(k - 3, max(-1, k - 7), -1) if s.words[j] == "when"), None) if k >= 3 else None
        if when is not None and s.words[k - 1] == "and" and s.tags[k] == s.tags[k - 2] == tx.VERB and \
                all(g in (tx.DET, tx.NOUN, tx.PRON, tx.AUX) for g in s.tags[when + 1:k - 2]):
            text = " ".join(s.words[when:k - 2] + [text])   # "when they arrived and left", "when it was borrowed
            #                                                 and returned": when they left, when it was returned
        stored = rx(r"^(?:and )?(?:stored|kept|saved|recorded|held) as (?:an? )?[a-z].*$").match(text)
        typed = type_words(text) if stored and entity.attributes else None
        if typed:
            name = next(reversed(entity.attributes))   # "a balance in cents, stored as an integer": its type
            entity.attributes[name].type = typed
            return name
        pair = _which_does_which(self, entity, text) or _which_were_in(self, entity, text)
        if pair is not None:
            return pair
        if rx(r"^(?:and |plus )?what (?:it|they) (?:is|are)$").match(text) and "type" not in entity.attributes:
            entity.attribute("type")           # "each item has a code + what it is + daily rate": its kind
            return "type"
        if not CLAUSE_HINT.search(text):
            return None
        remark = rx(r"\(([^()]*)\)").search(text)
        text = rx(r"\s*\([^()]*\)\s*").sub(" ", text).strip()
        if text.startswith(("whether ", "and whether ", "if ", "and if ")):
            text = rx(r" (?:yet|already|still|now|currently|so far|right now)$").sub("", text)   # ("whether it has
            #                                                                    shipped yet": has_shipped)
        if rx(r"^(?:and |plus )?the (?:time|amount of time) (?:it|they|he|she) (?:takes?|took|needs?)(?: to \w+)?$").match(text):
            text = "how long it takes"         # "the time it takes to prepare": how long, no moment
        m = rx(r"^(?:and |plus )?(?:a |the )?flag for (?:a |an |the )?((?:\w+ ){0,2}\w+)$").match(text)
        if m and not set(m.group(1).split()) & w.DETERMINERS:   # "a flag for floodlights": whether it has them
            name = "has_" + w.snake(m.group(1).split())
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"^(?:and |plus )?who (\w+) (?:it|them|this|that|(?:each|every) \w+|the (\w+))$").match(text)
        if m and (m.group(1).endswith("ed") or m.group(1) in LIGHT_PASTS or irregular_participle(m.group(1))):
            base = lexicon.verb_lemma(m.group(1)) if m.group(1) not in LIGHT_PASTS or not m.group(2) else \
                lexicon.verb_lemma(m.group(2))           # ("who did the check": who checked it; "who made it")
            if base:
                name = _participle(base) + "_by"            # "who approved it", "who made each puppet": approved_by,
                #                                             made_by, the person's name
                entity.attribute(name)
                return name
        m = rx(r"^(?:and |plus )?how (\w+)\b(?: (?:it|they|we|i|(?:the|each|every) \w+) \w+(?: it| them)?)?(?: in (\w+))?$").match(text)
        if m and w.asks_measure(m.group(1)):
            #                                  "how long it took in hours", "how often we clean (weekly/…)", "how
            #                                  far they went" (the attribute an adjective measures, WordNet's)
            name = {"often": "frequency", "much": "amount"}.get(m.group(1)) or lexicon.measured()[m.group(1)]
            unit = _UNITS.get(m.group(2) or "") if m.group(2) else None
            name = f"{name}_{unit}" if unit and unit != "money" else name
            attr = entity.attribute(name)
            values = clean_values(rx(r"\s*[/,|]\s*|\s+or\s+").split(remark.group(1))) if remark else []
            if len(values) >= 2:                         # ("how often (weekly/…)", "how urgent it is (low, …)")
                attr.values = tuple(values)
            elif name != "frequency":
                attr.hint = "numeric"
            return name
        m = rx(r"^(?:and |plus )?(?:if|whether) (?:it|they|he|she|the \w+|each \w+|every \w+) "
               r"(?:was |were |is |are |has been |have been )?(\w+)(?: it| them)?$").match(text)   # ("whether the
        #                                                                     client selected it": is_selected)
        said = None if m else rx(r"^(?:and |plus )?(?:if|whether) ([a-z]+) (?:was|were|is|are|has been|have been) (\w+ed)$").match(text)
        if said and said.group(1) not in w.DETERMINERS:
            name = f"is_{said.group(1)}_{said.group(2)}"   # "if breakfast is included", "whether access was granted"
            entity.attribute(name).hint = "boolean"
            return name
        if m and m.group(1).endswith("ed") or m and m.group(1) in ("paid", "done", "sent", "open", "active", "free"):
            name = "is_" + m.group(1)          # "if the client paid", "whether it was approved"
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"^(?:and )?(?:(?:can|may|will|must|should) )?(?:be |is |are |gets? )?(?:marked|flagged) as (\w+)(?: (?:when|once|after|if) .*)?$").match(text)
        if m and m.group(1) not in w.DETERMINERS:     # "can be marked as cleaned": whether it is
            name = "is_" + m.group(1)
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"^(?:and )?(?:the |a )?(time|date|day|moment) of (?:its |their |the )?(\w+)$").match(text)
        act = w.act_verb(m.group(2)) if m and m.group(2) in lexicon.act_nouns() else None
        if act:                                        # "the time of publication": published_at
            name = _participle(act) + ("_on" if m.group(1) in ("date", "day") else "_at")
            entity.attribute(name).hint = "date" if name.endswith("_on") else "timestamp"
            return name
        if rx(r"^(?:and )?when (?:it|they|(?:each|every|the) \w+) (?:is|are|was|were|falls?|fell) due(?: back)?$").match(text):
            entity.attribute("due_on").hint = "date"   # "when it is due": the due date
            return "due_on"
        m = re.match(r"^(?:and )?(?:when|the date|the moment|the time|the day|a (?:date|time|day)(?= (?:it|they|he|she|we|i) ))"
                     r"\s+(?:(?:it|they|he|she|we|i|the \w+|this|"
                     r"each one|each \w+|every \w+|(?:my|our|their|its|his|her) \w+)\s+)?"
                     r"(?:(?:was|were|is|are|has been|had been|got|gets|(?:will|would|should|must) be)\s+)?"
                     r"(?:(?:first|last|next)\s+)?(\w+)"
                     r"(?:\s+(?:it|them|each one|each \w+))?(?:\s+(?P<particle>up|out|off|back|down|away|in))?(?:\s+it)?"
                     r"(?P<where>\s+(?:on|at|in|to|from|the)\s+(?:the\s+)?[a-z]+|\s+(?P<object>[a-z]+))?$", text)   # ("when it arrived on
        if m and m.group("where") and not rx(r"^(?:and )?(?:when|the (?:date|day|time)) (?:it|they|he|she) ").match(text):   # scene", "when it
            m = None                                                     # left the depot"; not "the time spent in minutes")
        if m and m.group("object") and (m.group("object") in lexicon.adverbs() or m.group("object") in lexicon.adjectives() or
                                   not lexicon.verb_lemma(m.group(1))):
            m = None                   # ("the date it entered service": entered_service_on; not "… arrived early")
        if m:
            verb = m.group(1)
            base = w.verb_base(verb) or lexicon.verb_lemma(verb) or verb
            said = verb != base and not verb.endswith(("s", "ing"))   # "the time seen", "when it was chosen"
            participle = _moment_word(verb, base, said)
            if rx(r"\b(?:will|would|should|must) be \w+$").search(text.split(" " + verb)[0] + " " + verb) and \
                    verb in lexicon.adjectives() and not tx.participle_like(verb):
                participle = verb              # "the date it will be ready": ready_on
            suffix = "_on" if rx(r"^(?:the|a) (?:date|day)\b").match(text) else "_at"   # ("a date they joined")
            if base == "happen":
                participle = "occurred"
            if m.group("particle"):                # "when it was picked up", "when I picked each one up": picked_up_at
                participle += "_" + m.group("particle")
            if m.group("object"):
                participle += "_" + m.group("object")
            name = participle + suffix
            entity.attribute(name).hint = "date" if suffix == "_on" else "timestamp"
            return name
        m = rx(r"^(?:and )?how many ([a-z]+(?: [a-z]+)?)$").match(text)
        if m and w.is_plural(m.group(1).split()[-1]):   # "how many individuals": a count of them; "how many
            unit = len(m.group(1).split()) == 1 and w.singular(m.group(1)) in lexicon.measure_nouns()   # hours": hours
            name = ("" if unit else "num_") + w.snake(m.group(1).split())
            entity.attribute(name).hint = "count"
            return name
        m = rx(r"^(?:and )?how many ([a-z]+) (?:came|come|went|go|got|get) (?:out|in|back|off|through)$").match(text)
        if m and w.is_plural(m.group(1)):       # "how many loaves came out": a count of them
            name = "num_" + m.group(1)
            entity.attribute(name).hint = "count"
            return name
        m = rx(r"^(?:and )?how many ([a-z]+) (?:were|are|have been|had been) ([a-z]+)$").match(text)
        done = m and lexicon.verb_lemma(m.group(2))
        if m and w.is_plural(m.group(1)) and done and (m.group(2).endswith("ed") or participle_of(done) == m.group(2)):
            #                                    "how many hours were spent": hours_spent; "… seeds were sown"
            name = w.snake([m.group(1), m.group(2)])
            entity.attribute(name).hint = "count"
            return name
        if rx(r"\bhow many (?:were|are|was|is|get|got|have been) \w+|^(?:and )?how many$|"
              r"^(?:and )?how many (?:i|we|you|they) \w+(?: up| in| out)?$").search(text):   # ("how many I picked")
            entity.attribute("quantity").hint = "count"
            return "quantity"
        m = rx(r"^(?:and )?(?:a |the )?(link|url|pointer) to (?:the |their |its |a |an )?(\w+(?: \w+)?)$").match(text)
        if m:                                        # "a link to their CV": its address
            name = w.snake(m.group(2).split()) + "_url"
            entity.attribute(name).hint = "text"
            return name
        m = rx(r"^(?:and )?where (?:it|they|he|she|(?:the|each|every) [a-z]+) (?:lives?|is|are|is based|are based|is located|"
               r"are located|is kept|are kept|is stored|are stored)(?: now| currently| right now| at the moment)?$").match(text)
        if m:                                        # "where they live", "where the keg is now"
            name = "address" if "live" in text else "location"
            entity.attribute(name)
            return name
        m = rx(r"^(?:and )?where (?:it|they|(?:the|each|every) [a-z]+) (?:was|were|got|is|are|has been|have been) (\w+)$").match(text)
        verb = m and lexicon.verb_lemma(m.group(1))
        if verb and verb != m.group(1) and participle_of(verb) == m.group(1):   # "where they were found", "where it
            name = m.group(1) + "_location"                                      # was bought": found_location
            entity.attribute(name)
            return name
        m = rx(r"^when the (?:next )?(\w+) is due$").match(text)
        if m:
            name = w.singular(m.group(1)) + "_due_on"
            entity.attribute(name).hint = "date"
            return name
        m = rx(r"^(?:and )?how many of (?:each|every) (\w+(?: \w+)?) (?:were|was|is|are|get|gets|got|it|they|we) "
               r"\w+(?: \w+)?$").match(text)
        if m and remark is None:                 # "we record how many of each part were used": the pair's count
            key, role = self.entity_of_words(tuple(w.singular(x) for x in m.group(1).split()))
            if key and not role and key != entity.key:
                self.spec.entities[self._pair_table(entity.key, key)].attribute("quantity").hint = "count"
                return "quantity"
        m = rx(r"^(?:and )?how many ([a-z]+) (?:each|every) ([a-z]+) (?:\w+ ){0,1}\w+$").match(text)
        key, role = self.entity_of_words((w.singular(m.group(2)),)) if m and w.is_plural(m.group(1)) else (None, None)
        if key and not role and key != entity.key and not self.entity_of_words((w.singular(m.group(1)),))[0] and \
                not any(r.source == entity.key and r.target == key for r in self.spec.relations) and \
                entity.key not in self.pair_tables:     # (not "runners enter races; for each race …": the entry's)
            name = m.group(1) if w.singular(m.group(1)) in lexicon.measure_nouns() else \
                w.singular(m.group(1)) + "_count"        # "after each pick we log how many bags each volunteer
            pair = next((other for other in self.spec.entities if other not in (entity.key, key) and   # filled": the
                         {entity.key, key} <= {r.target for r in self.spec.relations if r.source == other}), None) or \
                self._pair_table(entity.key, key)       # pair's count (one per volunteer at each pick: the sign-up's
            self.spec.entities[pair].attribute(name).hint = "count"   # when one is kept already)
            return name
        m = rx(r"^(?:and )?how many (\w+)(?: \w+){0,3}? (?:it|they|we|he|she|(?:each|every|the|a) \w+) (?:\w+ ){0,2}\w+$").match(text)
        if m and m.group(1) != "times":
            lasted = words[-1] in ("lasted", "lasts", "last", "took", "takes", "take", "ran", "runs")
            name = f"duration_{m.group(1)}" if lasted and w.singular(m.group(1)) in lexicon.measure_nouns() else \
                w.singular(m.group(1)) + "_count"  # ("how many minutes it lasted": how long, in minutes)
            entity.attribute(name).hint = "count"
            return name
        m = rx(r"^(?:and )?whether (?:it |they )?(?:is |are |was |were |has been |have been )?(\w+)$").match(text)
        if m and m.group(1) not in w.DETERMINERS:      # "amount and whether paid"
            name = "is_" + m.group(1)
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"^(?:and )?whether there (?:is|are|was|were|has been|have been) (?:a |an |any )?((?:\w+ ){0,2}\w+)$").match(text)
        if m:                                          # "whether there was an adverse reaction": had one
            name = "has_" + w.snake(m.group(1).split())
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"how many times (?:it|they) (?:has been|have been|was|were|is|are)? ?(\w+)").search(text)
        if m:
            base = w.stem(m.group(1))
            name = base + "_count"
            entity.attribute(name).hint = "count"
            return name
        m = rx(r"whether (?:it|they|he|she|the \w+) (is|are|has been|have been|was|were|has|have) (?:the |a |an )?"
               r"(\w+ of (?:a |an |the )?\w+|\w+(?: (?!it\b|them\b|one\b)\w+)?)").search(text)   # ("out of print")
        if m:                                # "whether it was approved", "whether it has shore power"
            words = [x for x in m.group(2).split() if x not in ("a", "an", "the")]
            words = words[:1] if words[-1] in w.PREPOSITIONS or words[-1] in ("or", "and") else words
            #                                  ("sent to the client", "whether it is indoor or outdoor": is_indoor)
            name = ("has_" if m.group(1) in ("has", "have") else "is_") + w.snake(words)
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"whether (?:it|they|he|she|the \w+) (\w+)").search(text)
        if m:
            rest = [t for t in words[words.index(m.group(1)) + 1:] if t not in w.DETERMINERS and t not in ("to",)]
            present = m.group(1).endswith("s") and w.verb_base(m.group(1)) not in (None, m.group(1))
            light = (lexicon.verb_lemma(m.group(1)) or m.group(1)) in LIGHT_VERBS and rest and not present and \
                m.group(1) not in w.MODALS and lexicon.verb_lemma(m.group(1)) != m.group(1)   # (a past form only)
            name = ("" if m.group(1) in w.MODALS or present else "has_") + \
                w.snake(([] if light else [m.group(1)]) + rest[-2:])   # ("whether they gave consent": has_consent)
            #                                   ("whether they can drive": can_drive; "whether the gardener wants a
            #                                    compost bin": wants_compost_bin; "whether they paid": has_paid)
            entity.attribute(name[:63]).hint = "boolean"
            return name[:63]
        quoted = [toks[i].text.strip("'\"") for i in idx if toks[i].kind == "quote"]
        if quoted and words[-1] == "flag":
            name = "is_" + w.snake(quoted[0].split())
            entity.attribute(name).hint = "boolean"
            return name
        m = rx(r"^(?:a |the )?(\w+) that says whether .* (?:has|have|is|are|was) (\w+)(?: it)?$").match(text)
        if m:
            name = "is_" + m.group(2)
            entity.attribute(name).hint = "boolean"
            return name
        return None


def _which_does_which(ex, entity, text):
    """'When we ring a peal we record the date and which ringer rang which bell', 'for each match: the score and
    which player played which position': an item naming two kept things paired at the record is a table of its
    own, named after the record and the first (peal_ringers), referring to the record and to both — one record
    has many such pairs. The name, or None."""
    m = rx(r"^(?:and )?which ([a-z]+) ([a-z]+) which ([a-z]+)$").match(text)
    if m is None:
        return None
    a, role_a = ex.entity_of_words((w.singular(m.group(1)),))
    b, role_b = ex.entity_of_words((w.singular(m.group(3)),))
    if a is None or b is None or role_a or role_b or len({a, b, entity.key}) < 3:
        return None
    name = f"{entity.key}_{a}"
    ex._pair_table(entity.key, a)
    ex.spec.entities[name].pair_unique = False
    ex._relate(name, b, owned=True)
    return name


def _which_were_in(ex, entity, text):
    """'the kiln, the date and which pots went in', '… and which pupils came': a set of kept things asked of each
    record — each record has many, each thing is in many records (a pair). The pair's name, or None."""
    m = rx(r"^(?:and )?which ([a-z]+) (?:were |was |are |have been )?([a-z]+)(?: in| out| up| along| there)?$").match(text)
    if m is None or not w.is_plural(m.group(1)) or lexicon.verb_lemma(m.group(2)) is None and \
            m.group(2) not in ("there", "present"):             # ("which singers were there")
        return None
    key, role = ex.entity_of_words((w.singular(m.group(1)),))
    if key is None or role or key == entity.key:
        return None
    ex._many(entity.key, key)
    return "_".join(sorted((entity.key, key)))


def _moment_word(verb, base, said):
    """The word a 'when …' field is named by: a past form said is the participle ('when they took it': taken_at,
    not 'took'); a present form names a moment to come ('when it expires': expires_at, as starts_at); else the
    verb's regular participle ('when I water it': watered_at)."""
    if said:
        return participle_of(base) if irregular(base) and participle_of(base).endswith("n") else verb
    if verb != base and verb.endswith("s") and not verb.endswith("ss"):
        return verb
    return _participle(base)
