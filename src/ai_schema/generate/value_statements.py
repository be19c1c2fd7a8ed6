"""What a sentence says about the values of a whole entity's fields: its statuses and kinds ('a
ticket is open, in progress or resolved', 'mark a delivery as picked up or delivered', a life told in
steps) and its yes/no flags. Mixed into :class:`.extract.Extractor`."""

import re

from .field_names import clean_values, type_words
from .cues import AUDIT, rx
from . import decided
from . import lexicon
from ..ddl.naming import STATUS_NAME
from . import text as tx
from . import words as w


# a state set by marking: "mark a delivery as picked up, in transit or delivered", "tasks can be flagged as …"
MARKED_AS = rx(r"\b(?:(?:mark|marks|flag|flags|set|sets|tag|tags|label|labels) (?:(?:a|an|the|each|every|my|their|its|"
               r"this|that) )?(?P<active>\w+(?: \w+)?)|(?P<passive>\w+(?: \w+)?) (?:is|are|can be|may be|must be|gets|get) "
               r"(?:marked|flagged|set|tagged|labelled|labeled)) as (?:either )?(?P<values>[\w ,-]+ or [\w -]+?)"
               r"(?: ,? (?:with|because|so|when|once|after)\b[^,]*)?$")   # ("…, with a photo as proof")


# how a value is said to be kept: "the result of every game is recorded as a win, loss or draw"
_SAID_AS = r"(?:recorded|logged|stored|kept|entered|noted|written|given|shown|graded|scored|rated|classed|classified)"


# "is (recorded as) a win, a loss or a draw": a closed set said of what comes before
_CLOSED_AFTER = rx(r"^(?:is|are|can be|may be|must be) (?:always |either |currently )?(?:" + _SAID_AS +
                   r" as )?(?:either |one of )?:? ?(?:(?:a |an )?[\w-]+(?: [\w-]+)? , )*(?:a |an )?[\w-]+(?: [\w-]+)?"
                   r"(?: ,)? or (?:a |an )?[\w-]+(?: [\w-]+)?(?: [.;]|$)")


def closed_field_of(s, p):
    """Is p the thing of 'the F of each p is (recorded as) a, b or c' — a thing with a closed field
    ('the result of every game is recorded as a win, loss or draw')?"""
    k = p.start
    return k >= 4 and s.words[k - 2] == "of" and s.words[k - 4] == "the" and s.tags[k - 3] == tx.NOUN and \
        bool(_CLOSED_AFTER.match(" ".join(s.words[p.end:])))


# what an 'it' stands for: the thing said with 'each' before, else with an article
_ONE_EACH = (("each", "every"), ("a", "an", "the"))


# adjectives that say which state a thing is in (the rest of a closed set's words say which kind it is)
_STATE_WORDS = frozenset("""open closed active inactive pending available unavailable draft live done new
ready complete incomplete valid invalid enabled disabled public private online offline due overdue paid unpaid
current expired lost free busy full empty late pending processing progress waiting running review hold""".split())


# a thing's life told in steps: "starts as pending, becomes active …, and ends as repaid or defaulted"
_LIFE_START = rx(r"^(?:a|an|the|each|every) (\w+(?: \w+)?) (?:starts?|begins?) (?:out |off )?as \w+")
_LIFE_STEP = rx(r"\b(?:starts?|begins?) (?:out |off )?as (?:an? )?([\w-]+)|\b(?:becomes?|turns?|ends?(?: up)?(?: as)?|"
                r"then is|is then) (?:an? )?([\w-]+(?: (?:or|and) [\w-]+)*)")


# "billed monthly or yearly", "paid weekly, monthly or yearly": a participle, then how often
_FREQUENCY = re.compile(r"(?:hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually|biannually)", re.I)
_PARTICIPLE_HOW_OFTEN = re.compile(r"^(?:either )?(\w+(?:ed|id|t|n)) (?=" + _FREQUENCY.pattern + r"\b)", re.I)


# "graded A, B or C", "rated high, medium or low": a participle of judging, then the values it gives
_JUDGED = rx(r"^(?:either )?(\w+ed) (?!(?:as|by|to|in|on|at|for|with|from|into|and|or)\b)[\w-]+ ?(?:,|or)\s")
_JUDGING = ("cognition", "communication", "competition")
# "we grade each phone A, B or C", "judges rate it high, medium or low": the same, said of what is judged (by a verb
# of cognition or competition: 'report a pet lost or found' says its state)
_JUDGING_ACTIVE = ("cognition", "competition")
_JUDGES = rx(r"\b(?P<verb>\w+) (?:(?:a|an|the|each|every|my|their|its|our|this|that) )?(?P<active>\w+(?: \w+)?) "
             r"(?:either )?(?P<values>[\w-]+(?: , [\w-]+)* or [\w-]+)(?: ,? (?:and|with|by|when|once|after)\b.*)?$")


def _field_of_verb(participle):
    """The field a participle sorts things by ('prioritized' → priority, 'categorised' → category,
    'classified' → classification, 'ranked' → rank), or None when English gives no noun."""
    verb = lexicon.verb_lemma(participle)
    if verb is None:
        return None
    if verb.endswith(("itize", "itise")):
        return verb[:-5] + "ity"                    # prioritize: priority
    if verb.endswith(("ize", "ise")) and len(verb) > 5:
        return verb[:-3] + "y"                      # categorize: category
    if lexicon.verbs()[0].get(verb, (0, -1))[1] > 0:
        return verb                                 # rank, grade, rate: nouns too
    act = lexicon.verb_act(verb)
    return act if act is not None and act.startswith(verb[:4]) else None   # classify: classification


def state_like(value):
    """'cancelled', 'in_progress', 'open', 'pending': a state; 'single', 'suite', 'morning', 'checking': a kind."""
    words = value.split("_")
    return any(x in _STATE_WORDS or x.endswith("ed") or (x.endswith("en") and w.verb_base(x)) for x in words)


# "guard, forward or center": three or more short values, the last after "or"
_VALUE_LIST = rx(r"^(?:either )?[a-z][\w-]*(?: [a-z][\w-]*)?(?: , [a-z][\w-]*(?: [a-z][\w-]*)?)+(?:(?: ,)? (?:or|and) "
                 r"[a-z][\w-]*(?: [a-z][\w-]*)?)?$")
# "write a note for each appointment", "add a rating to every recipe": one field given to each of them
_GIVEN_FIELD = rx(r"\b(?:write|add|leave|attach|give|assign|put|enter) (?:a|an|one) ([a-z]+(?: [a-z]+)?) "
                  r"(?:for|to|on) (?:each|every|an?|the) ([a-z]+)\b")


class ValueStatementReading:
    """Statuses, kinds and flags said of a whole entity (pass 2 of the extractor)."""

    def _status_sentence(self, s, subject):
        """'A ticket is open, in_progress or resolved.' / 'An order's status is always one of ...'."""
        decided.read(self, s)                       # "approve or reject each application": its outcome
        found = self._value_sentence(s.text(), subject, s.phrases[0].words if s.phrases else ())
        if found is None:
            return
        subject, field, values_text = found
        if field and field.split()[-1] in w.DETAILS:
            return                                  # ("a member's details are name, address and phone": fields)
        if rx(r"^(?:unique|required|mandatory|optional|nullable|not null)\b").match(values_text.strip()):
            return                                  # ("a policy number that must be unique, a type …": a key)
        if not rx(r",| or ").search(values_text) or rx(r"\b(?:one|two|\d+) or (?:more|two|three)\b").search(values_text):
            return                                  # ("is shipped in one or more parcels": a quantity)
        parts = re.split(r"\s*(?:,|\bor\b|\band\b|/|\|)\s*", values_text)
        verb = rx(r"^(?:either )?(\w+ed) as ").match(values_text.strip())
        by = rx(r"^(?:either )?(\w+) (?:by|via) ").match(values_text.strip()) if verb is None else None
        if verb and not field:                      # "bugs are prioritized as P1, P2 or P3": a priority
            field = _field_of_verb(verb.group(1))
            parts[0] = parts[0].strip()[verb.end():]
        elif not field and (often := _PARTICIPLE_HOW_OFTEN.match(values_text.strip())) and \
                lexicon.verb_lemma(often.group(1)) and all(_FREQUENCY.fullmatch(x.strip()) for x in parts[1:] if x.strip()):
            verb = lexicon.verb_lemma(often.group(1))   # "subscriptions are billed monthly or yearly": how often
            act = lexicon.verb_act(verb)
            field = (act if act and act != verb else w.gerund(verb)) + "_frequency"   # (payment_frequency,
            #                                                                             billing_frequency)
            parts[0] = parts[0].strip()[often.end(1):]
        elif by and not field and tx.participle_like(by.group(1)):
            field = "method"                        # "payments are made by card, cash or transfer": how
            parts[0] = parts[0].strip()[by.end():]
        elif not field and (judged := _JUDGED.match(values_text.strip())) and \
                lexicon.verb_class(lexicon.verb_lemma(judged.group(1)) or "") in _JUDGING and \
                (field := _field_of_verb(judged.group(1))) is not None:
            if field in lexicon.money_nouns() or field in lexicon.measure_nouns():
                field = w.gerund(field)             # "is graded A, B or C by the committee": a grade ("rated
            parts[0] = parts[0].strip()[judged.end(1):]   # high, medium or low": a rating, not a rate)
            parts[-1] = rx(r"^([\w-]+) by .*$").sub(r"\1", parts[-1].strip())
        values = []
        for part in parts:
            part = rx(r"^(in|at|on|out of|under|off) the ").sub(r"\1 ", part.strip())   # ("in the workshop")
            part = rx(r"^(?:and |or |a |an |the |then |finally |later |eventually |still |already |(?:classified|categori[sz]ed|"
                      r"set|rated|graded) (?:as|to) |(?:marked|labell?ed|flagged) (?:as |to )?)+").sub("", part.strip())
            if not part:
                continue
            if len(part.split()) > 3 or rx(r"\b(it|they|we|which|that|the|has|have|is|are|if|per|each)\b|"
                                           r"\b(?:for|at|on|in|with|by) (?:a|an|one|every)\b|^one ").search(part) or \
                    len(part.split()) > 1 and lexicon.mostly_verb(part.split()[0]) and \
                    not w.field_word(part.split()[-1]):   # ("is for one event"; "can be individuals or businesses
                #                                and give food items": a verb — but "a start time" is a field)
                if len(values) >= 2:
                    break
                return
            values.append(part.replace(" ", "_"))
        if len(values) >= 2 and all("_" not in v and tx.participle_like(v) for v in values[:-1]) and \
                tx.participle_like(values[-1].split("_")[0]):
            values[-1] = values[-1].split("_")[0]   # ("purchased or manufactured in-house": how it is had)
        kinds = all(w.is_plural(v) or v == "other" for v in values) and \
            not any(v in lexicon.adjectives() or v.endswith("ed") for v in values)
        values = clean_values(values)
        if len(values) < 2:
            return
        if field in (None, "type") and all(rx(r"^(?:a|an) ").match(x.strip()) for x in parts[1:] if x.strip()) and \
                all(w.field_word(v.rsplit("_", 1)[-1]) for v in values):
            for v in values:                        # "a slot is a weekday, a start time and a length": what
                self.spec.entities[subject].attribute(v)   # it is made of, not kinds of slot
            return
        attr_name = w.snake(field.split()) if field else "status" if sum(map(state_like, values)) * 2 >= len(values) \
            else "type"                             # ("regular, compact, electric or disabled": kinds, one state-like)
        if field == "type" and any(v.endswith("ed") for v in values):
            attr_name = "status"                    # "an episode is a draft, scheduled or published": states
        if not field and kinds:
            attr_name = f"{subject}_type"           # "the animals are either dogs or cats": kinds of animal
            values = clean_values([w.singular(v) for v in values])
        entity = self.spec.entities[subject]
        if entity.has_values(values):
            return                                  # ("has a number and is either single or double": read as an item)
        entity.attribute(attr_name).values = tuple(values)

    def _it_before(self, before):
        """The thing an 'it' after the words `before` stands for: the last one named with 'each', else with 'a' or
        'the' (not the person who acts on it), or None."""
        return next(filter(None, (self.entity_of_words(before[k + 1:k + 1 + n])[0] for dets in _ONE_EACH
                                  for k in range(len(before) - 2, -1, -1) if before[k] in dets
                                  for n in (2, 1) if k + 1 + n < len(before))), None)

    def _value_sentence(self, text, subject, first=()):
        """(owner, field words or None, the text of the values) of a sentence that closes a field's set;
        first: the words of its first noun phrase (a field named with its owner is one)."""
        moves = rx(r"^(.*?)\b(?:it |they )?(?:moves|move|goes|go|passes|pass|progresses|progress|transitions)"
                   r"(?: (?:a|an|the|each|every|my|our) (\w+))? (?:from|through) (?:the )?(.+)$").search(text) \
            if " from " in text or " through " in text else None
        if moves:                                # "follow my order as it moves from placed to accepted, … and delivered"
            before = [x for x in moves.group(1).split() if x not in ("as", "when", "while", "it", "they")] + \
                ([moves.group(2)] if moves.group(2) else [])   # ("I want to move a story through stages: …")
            owner = next(filter(None, (self.entity_of_words((x,))[0] for x in reversed(before))), None) or subject
            if before[-2:-1] in (["status"], ["state"]) and before[-1] in ("that", "which") and subject is not None:
                owner = subject          # "issues belong to a project and have … a status that moves from open
                #                          to …": the status the subject has, not the last thing named
            steps = rx(r"^(?:(?:several |these |the following |\w+ )?(?:stages|states|statuses|phases|steps)"
                       r"(?: of)?:? )").sub("", moves.group(3))       # "go through stages: a, b, c"
            steps = rx(r" (?:(?:and )?then )?(?:to|then|through|and) ").sub(" , ", steps)   # ("and then to paid")
            status = self.spec.entities[owner].attributes.get("status") if owner is not None else None
            if owner is not None and not (status is not None and status.values):
                return owner, "status", rx(r" - or ").sub(" or ", steps)     # stages passed through: states
        whether = rx(r"^(.*?)\bwhether (?:it|they|(?:the|each|every) (\w+(?: \w+)?)) (?:is|are|was|were|gets?) "
                     r"(?:either )?((?:[\w -]+ , )+[\w -]+ or [\w -]+)$").search(text) if "whether" in text else None
        if whether:                              # "an adjuster … decides whether it is approved, rejected or still
            named = whether.group(2).split() if whether.group(2) else whether.group(1).split()   # pending": the
            owner = next(filter(None, (self.entity_of_words(named[k:])[0] for k in range(len(named) - 1, -1, -1)
                                       if named[k] not in w.DETERMINERS)), None) if whether.group(2) else \
                next(filter(None, (self.entity_of_words((x,))[0] for x in reversed(named))), None)   # states of
            if owner is not None and not self.spec.entities[owner].attributes.get("status", None):   # what it is
                return owner, "status", whether.group(3)
        life = _LIFE_START.search(text) if " as " in text else None
        if life:                                 # "a loan starts as pending, becomes active when funded, and ends as
            owner = self.entity_of_words(life.group(1).split())[0]      # repaid or defaulted": its states
            states = [x for m in _LIFE_STEP.finditer(text) for x in rx(r" (?:or|and) ").split(m.group(1) or m.group(2))]
            if owner is not None and len(states) >= 3:
                return owner, "status", " , ".join(states)
        judges = _JUDGES.search(text) if " or " in text else None
        verb = lexicon.verb_lemma(judges.group("verb")) if judges and judges.group("active") not in ("as", "to") else None
        field = _field_of_verb(judges.group("verb")) if verb and lexicon.verb_class(verb) in _JUDGING_ACTIVE else None
        if field is not None and field not in lexicon.measure_nouns():   # ("we grade each phone A, B or C": its grade)
            owner = self.entity_of_words(judges.group("active").split())[0] or (
                self._it_before(text[:judges.start()].split()) if judges.group("active") in ("it", "them") else None)
            if owner is not None and field not in self.spec.entities[owner].attributes:
                return owner, field, judges.group("values")
        marked = MARKED_AS.search(text) if " as " in text else None
        if marked:                               # "mark a delivery as picked up, in transit or delivered"
            owner = self.entity_of_words((marked.group("active") or marked.group("passive")).split())[0] or (
                subject if marked.group("passive") else None)
            if owner is None and marked.group("active") in ("it", "them"):
                owner = self._it_before(text[:marked.start()].split())   # "assign each print job to a printer and
                #                             mark it as queued, printing, done or failed": the job's states; not
                #                             the one who marks: "the stylist marks it as …")
            if owner is not None and not self.spec.entities[owner].attributes.get("status", None):
                return owner, "status", marked.group("values")
        of = rx(r"(?:^|[,;] (?:and )?)(?:the |a |an |each |every )?([\w ]+?) of (?:a |an |the |each |every )?(\w+(?: \w+)?) (?:is|are|can be|"
                r"may be|must be) (?:always |either |currently )?(?:" + _SAID_AS + r" as )?(?:either |one of )?:? ?(.+)$"
                ).search(text) if " of " in text else None    # ("the result of every game is recorded as a win, …")
        if of:                                   # "the current stage of a story is always one of: pitched, …"
            owner = self.entity_of_words(of.group(2).split())[0]
            field = [x for x in of.group(1).split() if x not in lexicon.adjectives()]
            if owner and field and not self.entity_of_words(field)[0]:
                return owner, " ".join(field), of.group(3)
        m = rx(r"^(?:a |an |the |each |every )?([\w -]+?)(?: 's ([\w ]+?))? (?:is|are|can be|may be|must be) (?:always |"
               r"either |currently )?(?:one of |in one of the states )?(a |an )?(.+)$").search(text)
        if m and rx(r", and (?:its|their) ").search(m.group(4)):
            # "every application is dated, and its status is one of pending, approved or rejected"
            m = rx(r", and (?:its|their)()( [\w ]+?) (?:is|are|can be|must be) (?:always )?(?:either |one of )()(.+)$").search(text)
        if m and not m.group(2) and self.entity_of_words(m.group(1).split())[0] is None and (
                STATUS_NAME.search(w.singular(m.group(1).split()[-1])) or (
                    len(m.group(1).split()) == 1 and w.is_plural(m.group(1)) and any(
                        w.singular(m.group(1)) in e.attributes for e in self.spec.entities.values()))):
            field = w.singular(m.group(1).split()[-1])   # "… and a level; levels are beginner, …": the field's owner
            owner = subject if subject and field in self.spec.entities[subject].attributes else self.last_owner
            if owner is not None and field in self.spec.entities[owner].attributes:
                return owner, field, m.group(4)
        named = [x for x in m.group(1).split() if x not in ("allowed", "valid", "possible")] \
            if m and not m.group(2) and not m.group(3) else []
        name = w.snake(named[:-1] + [w.singular(named[-1])]) if 1 < len(named) <= 3 else None
        for owner in (subject, self.last_owner) if name and self.entity_of_words(named)[0] is None and \
                _VALUE_LIST.match(m.group(4)) else ():
            if owner is not None and name in self.spec.entities[owner].attributes:
                return owner, name, m.group(4)   # "Cars have a fuel type. (Allowed) fuel types are petrol, …"
        said = m.group(1).split() if m and not m.group(2) and not m.group(3) else []
        if len(said) == 1 and not w.is_plural(said[0]) and (said[0] in lexicon.property_nouns() or _VALUE_LIST.match(
                m.group(4))) and self.entity_of_words(said)[0] is None and (subject or self.last_owner):
            return subject or self.last_owner, said[0], m.group(4)   # "Posts have a title. Visibility is public
            #                                                          or private.": a property of theirs
        words = m.group(1).split() if m and not m.group(2) else []
        if 2 <= len(words) <= 3 and self.entity_of_words(words)[0] is None and tuple(first)[-len(words):] == \
                tuple(words) and not any(x in w.PRONOUNS or x in w.DETERMINERS or w.verb_base(x) for x in words):
            owner = next((self.entity_of_words(words[:k])[0] for k in (2, 1) if k < len(words)
                          and self.entity_of_words(words[:k])[0]), None)
            if owner is not None:                # "a payment method is card, cash or bank transfer"
                field = words[len(self.spec.entities[owner].words):]   # ("policy types are …": its type)
                return owner, " ".join(field[:-1] + [w.singular(field[-1])]) if field else None, m.group(4)
        if not m or subject is None or rx(r"(?:^|, |\band |\bor )(?:the|its|their|his|her) ").search(m.group(4)):
            return None                          # ("the order they are sung, the venue and the ticket price")
        said = m.group(1).split()
        if not m.group(2) and len(said) >= 2 and said[-1] in ("which", "that") and \
                self.entity_of_words(said[-2:-1])[0] is None:
            return subject, said[-2], m.group(4)   # "payments have a method which can be card, cash or …"
        if m.group(3) and not m.group(2):
            return subject, "type", m.group(4)   # "each room is a single, double or suite": kinds of room
        return subject, m.group(2), m.group(4)

    def _flags(self, s, subject):
        text = s.text()
        m = rx(r"\beach (\w+) is (?:listed|stored|kept|identified|known|registered) (?:once )?(?:under|by|with) (?:a |an )?(unique )?(\w+)").search(text) \
            if "each " in text and " is " in text else None       # (each pattern only where its words are)
        if m and m.group(3) not in w.DETERMINERS:      # ("identified by their card number": uniqueness.py's)
            key, _ = self.entity_of_words((m.group(1),))
            if key:
                attr = self.spec.entities[key].attribute(m.group(3))
                attr.unique = attr.unique or bool(m.group(2))
        self._uniques(text, subject)
        self._one_per(text)
        for m in rx(r"(?:^|, |and )(?:a |an |the )?([\w -]+?)(?: ,)? (?:which |that )?(?:is|are) (?:just |simply |only )?(?:a piece of |a bit of |plain |free )?(?:text|prose)\b").finditer(text) \
                if "text" in text or "prose" in text else ():
            key, _ = self.entity_of_words(m.group(1).split()[-2:])
            if key:
                self.spec.entities[key].attribute("body").hint = "text"
        for m in _GIVEN_FIELD.finditer(text) if " for " in text or " to " in text or " on " in text else ():
            field, (key, role) = m.group(1).split(), self.entity_of_words((m.group(2),))
            if key and not role and self.entity_of_words(field)[0] is None and not lexicon.holds_people(field[-1]):
                self.spec.entities[key].attribute(w.snake(field))   # "write a note for each appointment"
        for m in rx(r"\b(?:each|every|an?|the) (\w+) is (dated|timestamped)\b").finditer(text) if "dated" in text or \
                "timestamped" in text else ():
            key, _ = self.entity_of_words((m.group(1),))
            if key and not {"date", "dated_on", "recorded_at"} & set(self.spec.entities[key].attributes):
                self.spec.entities[key].attribute("date" if m.group(2) == "dated" else "recorded_at")
        m = rx(r"^(?:please )?(?:store|keep|save) (?:the |their |its )?([a-z][a-z ]{0,30}?) as (.{1,40})$|"
               r"^(?:the |their |its )?([a-z][a-z ]{0,30}?) (?:is|are|should be|will be) (?:stored|kept|saved|held) "
               r"as (.{1,40})$").match(text) if " as " in text else None
        stated = type_words(m.group(2) or m.group(4)) if m else None
        owner = subject or self.last_owner
        if stated and owner:                             # "Store the tags as an array of strings"
            words = (m.group(1) or m.group(3)).split()
            if not self.entity_of_words(words[-2:])[0] or self.entity_of_words(words[-2:])[0] == owner:
                self.spec.entities[owner].attribute(w.snake(words)).type = stated
        if "soft" in text and rx(r"\bsoft[- ]delet").search(text):
            self.spec.soft_delete = True
        if "uid" in text and rx(r"\b(?:uuids?|guids?)\b[^.;]{0,40}\b(?:primary keys?|keys|ids|identifiers)\b|"
              r"\b(?:ids?|primary keys?|keys|identifiers)\b[^.;]{0,30}\b(?:uuids?|guids?)\b").search(text):
            self.spec.uuid_keys = True                   # "ids are UUIDs", "use UUID primary keys"
        if AUDIT.search(text):
            self.spec.audit = True
        if "tenant" in text and (rx(r"\b(multi-tenant|multitenant|multi tenant)\b").search(text) or (
                rx(r"\b(each tenant|per tenant|tenants?)\b").search(text) and not self._renters())):
            self.spec.multi_tenant = True
        if subject and rx(r"\b(nest|nested|parent|sub\w+|hierarch\w*|tree|trees|child)\b").search(text):
            said = rx(r"\b(nest|nested|parent-child|subcategor\w+|hierarch\w*|tree|trees|inside a parent|parent \w+)\b"
                      ).search(text)
            if said and not (said.group(1) in ("tree", "trees") and (self.entity_of_words(("tree",))[0] or not rx(
                    r"\b(?:in|as|into|form|forms|is|are|makes?) (?:a |the )?trees?\b|\btrees? (?:of|structure)\b").search(text))) and \
                    not (said.group(1).startswith("parent ") and self.entity_of_words(("parent",))[0]):   # (not "a
                #                                     parent makes a payment" where parents are a table of their own)
                self.spec.entities[subject].hierarchy = True     # (not where trees are things: "street trees")
        m = rx(r"\bhierarchy of (\w+)").search(text) if "hierarchy" in text else None
        if m:
            key, _ = self.entity_of_words((m.group(1),))
            if key:
                self.spec.entities[key].hierarchy = True
        m = rx(r"^(?:the |a |an )?([\w ]+?) (?:is|are) optional\b").search(text) if "optional" in text else None
        if m and subject:
            name = w.snake(m.group(1).split())
            entity = self.spec.entities[subject]
            for r in self.spec.relations:
                if r.source == subject and ((r.role + "_" if r.role else "") + r.target) == name:
                    r.optional = True
            if name in entity.attributes:
                entity.attributes[name].optional = True
        if "both" in text and rx(r"\bboth(?: of)? (?:those|them|these|fields|values)? ?(?:(?:must be|are|should be|have to be) )?unique").search(text):
            owner = self.spec.entities.get(self.last_owner)
            for name in self.last_names[-2:]:
                if owner and name in owner.attributes:
                    owner.attributes[name].unique = True
