"""Rules read from clauses (clauses.py): which way the reference between two things points.

Light verbs (be, have, get …) and verbs of keeping (record, store, track …) introduce fields, not
references, and are left to the other rules.
- A person who does something to an occurrence — an act, a message, an event, a transfer in
  WordNet's classes (order, request, booking, payment, inspection) — or who tells, touches, makes
  or moves a thing (WordNet's communication, contact, creation and motion verbs: "trainers teach
  the classes", "drivers drive buses") is who that record names (but "members borrow books", plural
  things in general, stay a many-to-many):
  "a customer places an order" → orders.customer_id; what the clause adds with a preposition is
  the occurrence's too ("submits a request for a unit", "sends a message to a member").
  Other objects ("a customer chooses a plan", "people attend a conference"), and verbs that choose,
  see or feel rather than make or change ("each learner picks their native language"; WordNet's
  cognition, perception, emotion and stative verbs), say nothing here.
- "each X … a Y" distributes: every X has its one Y ("link each call to an incident"); so does a
  relative clause on X ("record each patient we treat at an incident").
- "Xs they can V" after people: the people and the Xs, many to many ("members with their plan,
  classes they can book").
- A passive names what its subject refers to: "each session is chaired by a person", "a paper is
  submitted to exactly one track", "rooms are defined per conference"; one thing "divided into"
  many names its parts ("a conference is divided into tracks").
- A verb with no object and a place or owner after a preposition does too: "each session takes
  place in one room", "an employee works at a hospital".
- One thing handed to each of many: "dispatchers assign a truck and a driver to each load", "we
  issue a laptop to every student" — every load has its truck (loads.truck_id); a made thing, an
  animal, a place or a person handed out so is a thing itself (see handed_out).
"""

import re

from .one_reference import asked_for
from . import fragments, lexicon
from . import words as w
from . import text as tx
from .clauses import clauses
from .occasions import wordnet_act
from .interactions import ranged
from .cues import ATTRIBUTE_VERBS, BROWSING_VERBS, INTERACTIONS, JOINING_VERBS, LIGHT_VERBS

# verbs by which each of the things goes to one of the people ("assign rooms to housekeepers")
_ASSIGNING = frozenset("assign allocate allot".split())
_LOGGING = frozenset("log record note enter".split())    # a story's role that logs each act: the one who did it
# prepositions that name what a thing belongs to, happens at, or is for
REFERRING = frozenset("to in at on for per from with under into within against by about".split())
PLACE = frozenset("in at on per under within into from for".split())
# WordNet's verb classes: choosing, perceiving, feeling and being make no record of their object;
# telling, touching, making and moving something are done by one person to each thing
STATE = frozenset(("cognition", "perception", "emotion", "stative"))
DOING = frozenset(("communication", "contact", "creation", "motion"))
PRONOUNS = frozenset("i he she they it who".split())
_CHARGING = frozenset("pay charge bill price rate tax".split())      # "paid per walk": how much, per unit
PARTICLES = frozenset("in on up out off down over".split())      # "bring in", "take on", "sign up"


def _related(clause):
    """The verb names a relation between things (not a light or a keeping verb)."""
    if clause.verb == "take" and clause.direct is None and any(prep in PLACE for prep, _ in clause.objects):
        return True                                  # "takes place in" ("place" is no phrase): happens at
    if clause.passive and any(prep == "by" for prep, _ in clause.objects):
        return clause.verb not in ("be", "have")     # "is given by a speaker"
    if clause.verb in ATTRIBUTE_VERBS and _one_does_each(clause) and clause.subject.head in lexicon.person_nouns():
        return True                                  # "a beekeeper collects each swarm": a person's act on a thing
    if clause.verb in SUPPORT_VERBS and clause.direct is not None and clause.direct.det in ("a", "an", "each", "every") and \
            clause.direct.head in lexicon.occurrence_nouns():
        return True                                  # "a nurse makes a referral": the act the noun names
    return clause.verb not in LIGHT_VERBS and clause.verb not in ATTRIBUTE_VERBS and len(clause.verb) > 2


# light verbs whose object names the act they do ("make a booking", "do a check", "take a reading", "give a talk")
SUPPORT_VERBS = frozenset("make do take give".split())


def _one_does_each(c):
    """'a plumber fixes each leak', 'a beekeeper collects each swarm': one person does it to each one, whatever the
    verb, so each one has its one doer."""
    return c.direct is not None and c.direct.det in ("each", "every") and not c.direct.plural and \
        c.subject is not None and not c.subject.plural and c.subject.det in ("a", "an", "one")


def _single(phrase):
    return not phrase.many and (not phrase.plural or phrase.det in ("each", "every"))


def _for_others_in_story(s, phrase):
    """'As a librarian, I want to add new books with their title, ISBN and authors', '… when I return a
    book late': in a user story, a thing described with other people, or acted on in a clause of when or
    if, is not the speaker's own (not 'my runs')."""
    if s.words[:1] != ["as"] or phrase.det in ("my", "our"):
        return False
    return bool(fragments.people_described(s, phrase)) or \
        any(x in ("when", "if", "whenever", "after", "before") for x in s.words[max(0, phrase.start - 5):phrase.start])


# verbs by which a story's role keeps a catalogue for others ("add books", "define rooms")
CATALOGUING = frozenset("add register define enter set configure maintain manage catalog catalogue".split())


def catalogued(sentences, s, phrase, thing, role, verb, key_of):
    """'As a librarian, I want to add books …' beside 'As a member, I want to reserve a book': what one
    story role adds or defines for other roles to use is the app's catalogue, not that role's."""
    if s.words[:1] != ["as"] or verb not in CATALOGUING or phrase.det in ("my", "our"):
        return False
    return any(x.words[:1] == ["as"] and x.phrases and key_of(x.phrases[0])[0] not in (None, role) and
               any(key_of(q)[0] == thing for q in x.phrases[1:]) for x in sentences)


def clause_references(s, key_of, subject_of, relate, stated, retract, associate, sentences=(), act_verbs=frozenset()):
    """References stated by a clause's voice, its verb and its objects' kinds; retract(a, b) takes
    back a reference a → b guessed from the same words, associate(a, b, verb) makes a many-to-many;
    ``act_verbs``: verbs whose doing is a table of its own ('judges score films': ratings)."""
    persons, occurrences = lexicon.person_nouns(), lexicon.occurrence_nouns()
    for c in clauses(s):
        if c.antecedent is not None and c.pronoun == "they" and c.antecedent.plural and key_of(c.antecedent) \
                and c.verb not in LIGHT_VERBS and not any(prep is None for prep, _ in c.objects):
            # "members with their plan, classes they can book": the people before book the classes
            people = next((p for p in reversed(s.phrases) if p.end <= c.antecedent.start and p.plural
                           and p.head in persons and key_of(p)), None)
            if people is not None and key_of(people) != key_of(c.antecedent) and not lexicon.owning(c.verb):
                retract(key_of(people), key_of(c.antecedent))
                associate(key_of(people), key_of(c.antecedent), c.verb)
            continue                            # (not "boats they own", "bikes they bring in": each one's)
        if c.antecedent is not None and key_of(c.antecedent) and c.verb not in ("be", "have"):
            for prep, p in c.objects:                # "each visit we make to a patient"
                target = key_of(p)
                if target and target != key_of(c.antecedent) and prep in REFERRING and _single(p) and \
                        not (prep == "to" and p.det in ("each", "every")):   # (not "I want to assign a van to each
                    #                                                           route": what goes to each, not mine)
                    stated(key_of(c.antecedent), target)
                    break
            continue
        if not _related(c):
            continue
        source = key_of(c.subject) if c.subject is not None else \
            subject_of() if c.pronoun in PRONOUNS else None
        if source is None:
            continue
        objects = [(prep, p, key_of(p)) for prep, p in c.objects]
        if c.passive:
            parts = next(((p, t) for prep, p, t in objects if prep == "into" and p.plural and t), None)
            if parts is not None and c.subject is not None and not c.subject.plural and parts[1] != source:
                stated(parts[1], source)             # "a conference is divided into tracks": its parts
                continue
            # "prescriptions are written by doctors for patients": each act is done by one, for one
            act = c.subject is not None and c.subject.head in lexicon.act_nouns() and \
                any(prep == "by" and target for prep, p, target in objects)
            for prep, p, target in objects:
                if prep == "per" and c.verb in _CHARGING:
                    continue                         # "walkers get paid per walk": a rate, no reference
                if target and target != source and prep in REFERRING and p.det in ("each", "every") and \
                        c.subject is not None and c.subject.det in ("a", "an", "one") and not c.subject.plural:
                    stated(target, source)           # "a stage manager is assigned to each performance": each has one
                elif target and target != source and prep in REFERRING and (_single(p) or act and not p.many):
                    stated(source, target)           # "is chaired by a person", "are defined per conference"
            agents = [target for prep, p, target in objects if act and prep == "by" and target]
            for prep, p, target in objects:
                if prep != "by" and target and agents:
                    retract(agents[0], target)       # the patients are the prescription's, not the doctor's
            continue
        direct = next(((p, k) for prep, p, k in objects if prep is None), None)
        if direct is not None and direct[0].det in ("each", "every") and direct[1]:
            for prep, p, target in objects:          # "dispatchers link each call to …": no dispatcher has one
                if target:
                    retract(source, target)
            for prep, p, target in objects:
                if prep in REFERRING and target and target != direct[1] and p.det in ("a", "an", "one"):
                    stated(direct[1], target)        # "link each call to an incident"
                    break
        if direct is not None:
            phrase, thing = direct
            person = lexicon.holds_people(source) or _one_does_each(c) and c.subject.head in lexicon.role_nouns()
            kind = lexicon.verb_class(c.verb)
            generic = phrase.plural and phrase.det is None and c.subject is not None and c.subject.plural
            acts = (kind in DOING or _one_does_each(c) or (phrase.head in occurrences and kind not in STATE and not generic)) and \
                c.verb not in BROWSING_VERBS and not ((generic or c.subject is not None and c.subject.plural) and
                                                      c.verb in INTERACTIONS)   # ("users can upvote a question":
            #                                        the votes link them, no question is one user's)
            #                                        ("filter books by genre": no reader's books; "listeners
            #                                        follow shows": the follows link them)
            if thing and thing != source and person and acts and not phrase.many and phrase.det not in ("one",) \
                    and not (c.verb in JOINING_VERBS and (c.subject is not None and c.subject.plural or c.pronoun == "they")
                             and not c.passive) \
                    and not lexicon.holds_people(thing) and not _for_others_in_story(s, phrase) and \
                    not (s.words[:1] == ["as"] and phrase.det in ("each", "every") and
                         any(prep == "to" and target and lexicon.holds_people(target) for prep, _, target in objects)) and \
                    not catalogued(sentences, s, phrase, thing, source, c.verb, lambda q: (key_of(q), None)) and \
                    not ranged(s, phrase.end) and c.verb not in act_verbs:   # ("score each talk from 1 to 5": the
                #                                                               ("As a supervisor, I want to assign
                #                                                               each request to one porter": no
                #                                                               supervisor's requests)
                #                                                               ratings link them, then and later)
                stated(thing, source)                # "a customer places an order", "trainers teach the classes"
                for prep, p, target in objects:
                    if prep in REFERRING and target and target not in (thing, source) and _single(p):
                        relate(thing, target)        # "… an appointment with a stylist"
            continue
        for prep, p, target in objects[:1]:
            if s.tokens[c.at + 1].text == prep and prep in PARTICLES:
                continue                             # "bring in a single object": a phrasal verb's object
            if target and target != source and prep in PLACE and _single(p) and p.det is not None and \
                    not (lexicon.holds_people(source) and asked_for(s, c.at)):   # (not "a customer asks for a quote")
                stated(source, target)               # "each session takes place in one room"


def doers(s):
    """(subject, object) where the subject is a person doing something to a record or a thing ("a pharmacist fills a
    prescription", "a game master hosts each session"): whoever does it is stored with it, so the
    person is a thing too (a choosing, seeing or being verb says nothing: "a customer likes it")."""
    persons, occurrences = lexicon.person_nouns(), lexicon.occurrence_nouns()
    for p in s.phrases:                          # "deals (…) owned by a sales rep"
        k = p.start - 2
        if k > 0 and s.words[k:k + 2] in (["by", "a"], ["by", "an"]) and p.head in persons and \
                (s.words[k - 1].endswith("ed") or tx.participle_like(s.words[k - 1])) and s.tags[k - 1] == tx.VERB and not any(
                    c.at == k - 1 for c in clauses(s)):
            yield p, None
    last = None
    for c in clauses(s):
        agent = next((p for prep, p in c.objects if prep == "by"), None) if c.passive or \
            s.words[c.at - 1:c.at] == ["and"] and s.words[c.at].endswith(("ed", "en")) else None
        done = c.subject if c.subject is not None else last   # ("… is raised by a customer and handled by an agent")
        last = c.subject or last
        if agent is not None and done is not None and agent.head in persons and not agent.plural and \
                done.head not in persons:
            yield agent, done                    # "a request … is handled by a contractor"
            continue
        direct = c.direct or next((p for prep, p in c.objects[:1] if prep in w.PARTICLES and p.start <= c.at + 3 and
                                   p.det in ("a", "an", "the", "each", "every")), None)   # ("writes up the report")
        subject = c.subject
        if subject is None and c.pronoun in ("i", "we") and s.words[:1] == ["as"] and s.phrases and \
                s.phrases[0].start <= 2:
            subject = s.phrases[0]                   # "As a tenant I want to pay rent": the story's role
        theirs = direct is not None and direct.det == "their" and direct.plural and subject is not None and \
            subject.plural and lexicon.story_person(subject.head)   # ("operators maintain their stations": an
        #                                                             operator, a person in a later sense, owns them)
        logged = subject is not None and subject is not c.subject and c.verb in _LOGGING and direct is not None and \
            not direct.plural and direct.det in ("each", "every", "a", "an") and direct.head in lexicon.act_nouns()
        if logged:
            yield subject, direct                    # "As a nurse, I want to record every session": who recorded it
            continue
        if subject is None or c.passive or direct is None or not _related(c) or \
                subject.head not in persons and not theirs and not (
                    _one_does_each(c) and subject.head in lexicon.role_nouns()) or direct.head in persons:
            continue                                 # ("an agent checks each parcel": a role WordNet knows)
        kind = lexicon.verb_class(c.verb)              # (paying, uploading, buying: changing hands)
        if kind in DOING or kind == "possession" or theirs or _one_does_each(c) or (direct.head in occurrences and
                                                               kind not in STATE - {"cognition"}):
            yield subject, direct                  # ("schedule inspections": a plan made is a record)


_HAVING = frozenset("have has record records store stores hold holds keep keeps track tracks".split())


def owners_of_lists(s):
    """Subjects that have fields in a later clause ('routes connect two ports and have a duration')
    or a passive clause's subject a field list closes ('vehicles can be added to a booking: plate,
    length, type'): things of their own."""
    toks = s.tokens
    for c in clauses(s):
        if c.subject is None or not c.subject.plural or c.subject.start > c.at:
            continue
        later = next((j for j in range(c.at + 1, len(toks) - 2) if toks[j].text in (",", ";", ":", "(")
                      or (toks[j].text == "and" and toks[j + 1].text in _HAVING)), None)
        if not c.passive and later is not None and toks[later].text == "and" and (
                toks[later + 2].text in ("a", "an", "one", "its", "their") or
                toks[later + 1].text not in ("have", "has") and (toks[later + 2].text == "the" or
                                                                 w.field_word(toks[later + 2].text))):
            yield c.subject                          # (the clause's "and have a …" shares its subject; "payments
            #                                          reference an invoice and record the amount, …")
        elif c.passive and toks[-1].text != ":" and ":" in s.words[c.at:] and \
                "," in s.words[s.words.index(":", c.at):]:
            yield c.subject


def handed_out(s):
    """(giver, things, recipient) for each clause that hands one thing — or several coordinated, each with
    "a", "an" or "one" — to or for each of many ("assign a truck and a driver to each load", "send each
    owner an invoice"), or assigns things to people or people to things ("assign rooms to housekeepers":
    each room is one housekeeper's; "assign nurses to wards")."""
    for c in clauses(s):
        if c.passive or c.verb in ("be", "have", "get") or not (_related(c) or c.verb == "give"):
            continue                                 # ("give every student a laptop")
        direct = [p for prep, p in c.objects if prep is None]
        to = next((p for prep, p in c.objects if prep in ("to", "for")), None)
        if len(direct) >= 2 and direct[0].det in ("each", "every") and to is None:
            to, direct = direct[0], direct[1:]       # "we send each owner an invoice"
        if direct and to is not None and to.det in ("each", "every") and \
                all(p.det in ("a", "an", "one") and not p.plural and (p.end <= to.start or to is c.direct)
                    for p in direct):
            yield c.subject, direct, to
        elif c.verb in _ASSIGNING and len(direct) == 1 and direct[0].plural and to is not None and to.plural and \
                (to.head not in lexicon.person_nouns() or direct[0].head not in lexicon.person_nouns()):
            yield c.subject, direct, to              # "supervisors assign rooms to housekeepers": each room one's;
            #                                          "assign nurses to wards": each nurse on one (not people to
            #                                          people: "assign mentors to students")


def read_handed_out(ex, s):
    """Who holds what each handing clause of a sentence hands out (handed_out), and, when it is done
    for each of a third thing ('assign rooms to housekeepers for each shift'), the act's own record
    (an assignment) that refers to all three."""
    def key_of(p):
        return ex.entity_of(p)[0]
    for giver, handed, recipient in handed_out(s):
        made = {key_of(p): p.head in lexicon.occurrence_nouns() for p in handed}
        per = s.next_phrase(recipient.end + 2) if s.words[recipient.end:recipient.end + 2] in (
            ["for", "each"], ["for", "every"]) else None
        act = _act_per(ex, s, recipient, per) if recipient.plural else None
        for thing in filter(None, made):
            if key_of(recipient) in (None, thing):
                continue
            if act is not None:                    # "… to housekeepers for each shift": the assignment's
                for other in (key_of(recipient), key_of(per)):
                    ex._retract(thing, other)
                    ex._retract(other, thing)
                    ex._relate(act, other, owned=True)
                ex._retract(key_of(recipient), key_of(per))
                ex._relate(act, thing, owned=True)
            elif made[thing] or recipient.plural or _attached(s, recipient, handed) or _made_for(s, recipient, handed):
                ex._stated(thing, key_of(recipient))   # "send each owner an invoice": each invoice is for one owner;
                #                                        "assign rooms to housekeepers": one's; "attach an audio track
                #                                        to each stop": the stop's; "write an estimate for each clock"
            else:
                ex._stated(key_of(recipient), thing)   # every load has its truck,
            if giver is not None and key_of(giver):
                ex._retract(key_of(giver), thing)      # not the school that issues them
                ex._unpair(key_of(giver), thing)


def _handing_verb(s, handed):
    """The base of the verb that hands the things out: the last verb before them, or None."""
    k = max((k for k in range(min(p.start for p in handed)) if s.tags[k] == tx.VERB), default=None)
    return lexicon.verb_lemma(s.words[k]) or s.words[k] if k is not None else None


def _attached(s, recipient, handed):
    """Is the verb that hands the things out one of putting a thing onto another (WordNet's verb.contact: attach,
    pin, tie), so that what is put is the recipient's (not one given to many, as what is assigned; not 'we open a
    job and assign a plumber to it', where 'open' is another clause's)?"""
    verb = _handing_verb(s, handed)
    return verb is not None and lexicon.verb_class(verb) == "contact"


def _made_for(s, recipient, handed):
    """Is the thing made for the recipient ('write an estimate for each clock', 'draft a plan for every site': a verb
    of WordNet's verb.creation before 'for'), so that each one made is that recipient's?"""
    verb = _handing_verb(s, handed)
    return s.words[recipient.start - 1:recipient.start] in (["each"], ["every"]) and \
        s.words[recipient.start - 2:recipient.start - 1] == ["for"] and verb is not None and \
        lexicon.verb_class(verb) == "creation"


def _act_per(ex, s, recipient, per):
    """The record of a handing act done for each of a third thing (WordNet's noun of the verb), or None."""
    if per is None or per.start != recipient.end + 2 or ex.entity_of(per)[0] in (None, ex.entity_of(recipient)[0]):
        return None
    verb = next((lexicon.verb_lemma(x) for x, g in zip(s.words[:recipient.start], s.tags) if g == tx.VERB and
                 lexicon.verb_lemma(x) in _ASSIGNING), None)
    noun = wordnet_act(verb) if verb else None
    return ex._act_entity(noun).key if noun else None


def one_each(s):
    """The object of each clause that gives each of many exactly one thing ('each driver drives one
    vehicle at a time', 'every dog stays in one kennel'): the one is a thing of its own, shared."""
    for c in clauses(s):
        if c.passive or c.verb in ("be", "have", "get") or c.subject is None or c.subject.det not in ("each", "every"):
            continue
        for prep, p in c.objects:
            if prep in (None, "in", "at", "on", "to", "with", "from") and not p.plural and \
                    s.words[p.start - 1:p.start] == ["one"] and not w.field_word(p.head):
                yield p


def unmodelled(s, key_of, is_field, subject_of=lambda: None):
    """Noun phrases a verb relates to a thing that became a table, which are neither a table nor a
    field themselves: what the header lists as mentioned, not modelled ("As a member I want to reserve
    a book": the member is a table, the book is not)."""
    for c in clauses(s):
        named = [q for prep, p in c.objects if prep == "with" and not p.plural and p.det == "the"
                 for q in [p] + tx.joined_to(s, p) if q.det == "the"]
        named = named if any(key_of(q) for q in named) else []   # ("record each transplant with the donor, the
        #                                                          recipient and the organ": each one named)
        related = _related(c)
        if not related and not named:
            continue
        sides = ([c.subject] if c.subject is not None else []) + \
            [p for prep, p in c.objects if prep is None or prep in REFERRING] if related else []
        sides += named
        keys = [key_of(p) for p in sides]
        speaker = subject_of() if c.subject is None and c.pronoun in PRONOUNS else None
        if not any(keys) and not speaker:
            continue
        for p, key in zip(sides, keys):
            word = p.words[-1]
            doer = p is c.subject and p.det in ("a", "an", "each", "every") and p.head in lexicon.person_nouns()
            if key is None and not p.possessive and (doer or not is_field(p)) and (p.det is not None or p.plural) and \
                    not word.endswith("ing") and w.verb_base(word) in (None, word):   # not "takes", "incoming"
                yield p                 # (a person who does the verb is one even where another row notes them)


def kind_after_clause(s):
    """(thing, kind phrase, index of "(") for a kind the clause's direct object is in, its values in
    parentheses: 'book lessons at a level (beginner, intermediate, advanced)' — the lesson's level."""
    return s.once(_kind_after_clause) if "(" in s.words else []


def _kind_after_clause(s):
    out = []
    for c in clauses(s):
        if c.direct is None or not c.objects:
            continue
        prep, last = c.objects[-1]
        if last is c.direct or prep in (None, "with", "of") or last.plural or \
                last.end >= len(s.tokens) or s.words[last.end] != "(":
            continue
        end = next((j for j in range(last.end + 1, len(s.tokens)) if s.words[j] in ("(", ")")), len(s.tokens))
        if last.head not in w.KIND_HEADS and "or" not in s.words[last.end + 1:end]:
            continue                            # ("sell tickets at a price band (adult, concession or child)":
            #                                     one of those, as a level or a type is)
        items = [x for x in re.split(r",| and | or ", " ".join(s.words[last.end + 1:end])) if x.strip()]
        if len(items) >= 2 and not any(w.field_word(x.split()[-1]) for x in items):
            out.append((c.direct, last, last.end))
    return out


def kind_named(kind):
    """Does the phrase before a clause's values name a kind ('at a level', 'in a size'), or only a thing the values
    do not sort ('tickets for a service (adult, child or family)': the tickets' type)?"""
    return kind.head in w.KIND_HEADS or w.field_word(kind.head) or kind.head in lexicon.kind_nouns()


def typed_by_clause(s):
    """{index of '(': the clause's direct object} for values that are the kinds of that object, not of the thing
    before them."""
    return {paren: thing for thing, kind, paren in kind_after_clause(s) if not kind_named(kind)}


def fields_after_clause(s):
    """(thing, index of "(") for a field list closing a clause after a prepositional object: the
    fields are the direct object's ("schedule sessions for each team (date, start time, location)"),
    not those of the phrase they happen to follow ("books with authors (name, bio)" keeps its reading)."""
    toks = s.tokens
    if "(" not in s.words:
        return
    for c in clauses(s):
        direct = c.direct if c.antecedent is None else c.antecedent     # "each visit we make to a patient (…)"
        if c.antecedent is not None and not c.objects and c.at + 1 < len(toks) and toks[c.at + 1].text == "(":
            end = next((j for j in range(c.at + 2, len(toks)) if toks[j].text in ("(", ")")), len(toks))
            items = [x for x in re.split(r",| and ", " ".join(s.words[c.at + 2:end])) if x.strip()]
            if "," in s.words[c.at + 2:end] and "VERB" not in s.tags[c.at + 2:end] and \
                    any(w.field_word(x.split()[-1]) for x in items):
                yield c.antecedent, c.at + 1    # "supplies we buy (name, unit cost)"; not "the product
                #                                 categories they sell (produce, meat, dairy)": examples
            continue
        if direct is None or len(c.objects) < (2 if c.antecedent is None else 1):
            continue
        prep, last = c.objects[-1]
        if last is direct or prep in (None, "with", "of") or last.end >= len(toks) or toks[last.end].text != "(":
            continue
        end = next((j for j in range(last.end + 1, len(toks)) if toks[j].text in ("(", ")")), len(toks))
        items = [x for x in re.split(r",| and ", " ".join(s.words[last.end + 1:end])) if x.strip()]   # ("(band
        #                                                                             name and price)")
        if (last.plural or last.head in w.KIND_HEADS) and not any(w.field_word(x.split()[-1]) for x in items):
            continue                            # "score projects on criteria (innovation, design, impact)": the criteria;
            #                                     "book lessons at a level (beginner, …)": the level's values
        if last.det in ("their", "his", "her", "its", "my", "our") and not last.plural:
            continue                            # "book a fitting for their car (registration, tyre size)": the car's
        if last.plural and any(x.split()[-1] in ("name", "title") for x in items):
            continue                            # "record loans to other institutions (name, city, country)":
            #                                     things with a name of their own are described where named
        if len(items) >= 2 and all(1 <= len(x.split()) <= 3 for x in items) and \
                "VERB" not in s.tags[last.end + 1:end] and not tx.plural_kinds(toks[last.end + 1:end]):
            occurrences = lexicon.occurrence_nouns()
            record = c.subject is not None and c.antecedent is None and c.subject.head in occurrences and \
                direct.head not in occurrences      # "a contract covers one boat … for a period (start, end)"
            yield (c.subject if record else direct), last.end


# verbs whose "into" names the parts a thing is cut into, not where it is put
_PARTING = frozenset("divide split break cut separate".split())


def put_into(s, key_of, stated):
    """'log my expenses and income into categories', 'sort the books into shelves': what a verb puts
    into things (plural, after the objects) is each in one of them — whoever the verb's subject is
    (an imperative after a title has none); in the passive, the subject is what is put."""
    toks, tags = s.tokens, s.tags
    for i, t in enumerate(toks):
        if t.text != "into" or i < 2:
            continue
        where = s.next_phrase(i + 1)
        if where is None or not where.plural or where.start > i + 2 or not key_of(where):
            continue
        v = next((j for j in range(i - 1, -1, -1) if tags[j] == tx.VERB or toks[j].text in (",", ";", ":")), None)
        if v is None or tags[v] != tx.VERB or w.verb_lemma(toks[v].text) in _PARTING or \
                w.verb_lemma(toks[v].text) in INTERACTIONS:
            continue                          # ("students are booked into lessons": bookings, many of each)
        put = [p for p in s.phrases if v < p.start and p.end <= i and key_of(p) and key_of(p) != key_of(where)]
        if not put and v >= 2 and toks[v - 1].text in ("is", "are", "was", "were", "be", "been", "get", "gets"):
            put = [p for p in [s.phrase_at(v - 2)] if p is not None and key_of(p) and key_of(p) != key_of(where)]
        for p in put:                         # ("pallets are put away into storage locations": the subject)
            stated(key_of(p), key_of(where))


# verbs of keeping a copy of something somewhere ("save recipes to collections", "pin photos to boards")
_CURATING = frozenset("save pin bookmark collect".split())


def saved_to(ex, s):
    """'others save them to collections', 'users pin photos to boards': what is saved to containers is in many
    of them and they hold many (a pair of the two), and each container is its saver's."""
    toks, tags = s.tokens, s.tags
    if "to" not in s.words and "into" not in s.words and "in" not in s.words:
        return
    for i, t in enumerate(toks[:-2]):
        if tags[i] != tx.VERB or (w.verb_lemma(t.text) or t.text) not in _CURATING:
            continue
        moved = s.next_phrase(i + 1)
        k = moved.end if moved is not None and moved.start == i + 1 and moved.plural else None
        if k is None and toks[i + 1].text in ("them", "it"):
            moved = tx.them_stands_for(s, i, lambda p: ex.entity_of(p)[0])   # ("others save them": the recipes)
            k = i + 2
        if moved is None or k is None or s.words[k:k + 1] not in (["to"], ["into"], ["in"]):
            continue
        where = s.next_phrase(k + 1)
        a, b = ex.entity_of(moved)[0], ex.entity_of(where)[0] if where is not None and where.start <= k + 2 else None
        if a is None or b is None or a == b or lexicon.holds_people(b):
            continue
        ex._retract(a, b)
        ex._retract(b, a)
        ex._many(a, b, w.verb_lemma(t.text))
        ex.said_pairs.add(tuple(sorted((a, b))))   # (the pair itself, no other record's)
        saver = ex.sentence_subject.get(id(s))
        doer = next((ex.entity_of(p)[0] for p in reversed(s.phrases) if p.end <= i and ex.entity_of(p)[0] and
                     lexicon.holds_people(ex.entity_of(p)[0])), None) or saver
        if doer is not None and doer not in (a, b) and lexicon.holds_people(doer):
            ex._relate(b, doer)               # (each collection is one user's)


# verbs of keeping a record of something ("record prescriptions from doctors for patients")
_KEEPING = frozenset("record log register track keep enter capture file note".split())


def kept_with_parties(s, key_of, stated, retract):
    """'I want to record prescriptions from doctors for patients', 'log calls from customers to
    agents': a record (WordNet's occurrence nouns) kept by the speaker refers to every thing the
    prepositions after it name — not those things to each other."""
    toks, tags = s.tokens, s.tags
    if "from" not in s.words and "for" not in s.words and "to" not in s.words and "at" not in s.words and \
            "against" not in s.words:
        return
    occurrences = lexicon.occurrence_nouns()
    for v, t in enumerate(toks):
        if tags[v] != tx.VERB or w.verb_lemma(t.text) not in _KEEPING:
            continue
        kept = s.next_phrase(v + 1)
        if kept is None or kept.start > v + 3 or kept.head not in occurrences or not key_of(kept):
            continue
        parties, k = [], kept.end
        while k + 1 < len(toks) and toks[k].text in ("from", "for", "to", "at", "against"):
            q = s.next_phrase(k + 1)
            if q is None or q.start > k + 3 or not key_of(q) or key_of(q) == key_of(kept):
                break
            parties.append(q)
            k = q.end
        for n, q in enumerate(parties):
            stated(key_of(kept), key_of(q))
            if n:
                retract(key_of(parties[n - 1]), key_of(q))   # (no doctor refers to a patient)


def done_by_one(s, key_of, subject, stated):
    """'Sailings are trips on a route …, operated by one vessel', 'each claim, reviewed by an adjuster':
    a participle after a comma says who or what does it to the sentence's subject — one of them each."""
    toks = s.tokens
    for i in range(1, len(toks) - 3):
        if toks[i - 1].text != "," or not toks[i].text.endswith(("ed", "en")) or toks[i + 1].text != "by" or \
                toks[i + 2].text not in ("a", "an", "one", "exactly", "a single", "single"):
            continue
        q = s.next_phrase(i + 2)
        who = s.phrases[0] if s.phrases and s.phrases[0].start <= 1 else None
        owner = key_of(who) if who is not None else subject
        if q is not None and q.start <= i + 4 and not q.plural and key_of(q) and owner and key_of(q) != owner:
            stated(owner, key_of(q))


def fields_after_object(s, key_of):
    """(the subject phrase, index after the comma) when a clause's object is followed by a comma and a
    list of fields with no verb: 'guests belong to a couple, RSVP status (yes, no, maybe), meal choice,
    table number' — the subject's fields, as bullets list them — or None. Not a list of more things
    ('members rent boats, kayaks and canoes': plural items are objects)."""
    found = clauses(s)
    if len(found) != 1 or found[0].subject is None or found[0].passive or not found[0].objects:
        return None
    c = found[0]
    last = c.objects[-1][1]
    k = last.end
    if k + 1 >= len(s.tokens) or s.words[k] != "," or any(g in (tx.VERB, tx.AUX) for g in s.tags[k + 1:]) or \
            s.tags[k + 1] not in (tx.NOUN, tx.ADJ) or key_of(last)[0] is None:
        return None                                 # (the object is a thing: "to a couple"; not "wines on aroma,
        #                                             body and finish", nor "…, with a start date")
    items, current = [], []
    for j in tx.outside_parentheses(s.tokens, k + 1, len(s.tokens)):   # the items outside parentheses
        if s.words[j] in (",", "and", ";", "."):
            items.append(current)
            current = []
        elif s.words[j] != ")":
            current.append(j)
    items = [i for i in items + [current] if i]
    phrases = [s.phrase_at(i[-1]) for i in items]
    if len(items) < 2 or any(p is None or p.plural or p.det in ("a", "an") and not w.field_word(p.head)
                             for p in phrases):
        return None
    return c.subject, k + 1
