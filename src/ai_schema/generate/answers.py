"""Answers to a designer's questions, read as the statements they make ("What do we store about a user?
Name, email." -> "Each user has name, email."), and the kinds of a thing said as a statement ("There are
three types of policy: …"). Used by plain.py before the sentences are read."""

import re

from . import lexicon
from . import words as w
from .retagging import tag
from .tagging import VERB
from .value_spellings import sub as _sub


def _we_track(m):
    """'what does the clinic need to track?' -> 'We track ' (not said of a person: 'what does the doctor
    record?' asks what the doctor writes down)."""
    return m.group(0) if m.group(1).split()[-1].lower() in lexicon.person_nouns() else "We track "


def _what_does(m):
    """'what does a landlord own?' -> 'Each landlord owns ', 'what do members borrow?' -> 'members
    borrow ' (a verb WordNet knows in its base form)."""
    subject, verb = m.group(2), m.group(3).lower()
    if lexicon.verb_lemma(verb) != verb or verb in ("do", "be", "mean", "look") or \
            subject.split()[0].lower() in ("we", "you", "i") and len(subject.split()) > 1:
        return m.group(0)                                   # ("what do you need to store?" asks for a list)
    if subject.lower() in ("we", "you", "i"):
        return f"We {verb} "                                # "What do you teach? Instruments …"
    if m.group(1).lower() == "do":
        return f"{subject} {verb} "
    return f"Each {subject} {third_person(verb)} "


# "There are three types of policy: home, auto and travel.": the kinds of a thing, said as a statement
KINDS_OF = re.compile(r"\b(?:there are|we (?:have|offer|sell|support|handle|run|rent)) (?:(?:two|three|four|five|six|"
                       r"\d+|a few|several|different) )?(?:kinds|types|sorts|categories) of ([a-z][\w ]{0,40}?)\s*"
                       r"[:\u2013\u2014-]\s*([\w-]+(?: [\w-]+){0,2}(?:(?:\s*,\s*|\s+(?:and|or)\s+)[\w-]+(?: [\w-]+){0,2})+)"
                       r"(?=\s*(?:[.\n]|$))", re.I)


def kinds_of(m):
    """What a question or a statement gives as the kinds of a thing, said of the things ('the policies
    are home or auto or travel'), which closes their type."""
    return f"The {_plural_phrase(m.group(1))} are {re.sub(r' and ', ' or ', m.group(2).lower())}"


def _plural_phrase(phrase):
    """'policy' -> 'policies', 'rooms' as said: the things whose kinds a question asks for."""
    *rest, head = phrase.split()
    return " ".join(rest + [head if w.is_plural(head) else w.plural(head)])


def _one(phrase):
    """'dogs' -> 'dog', 'staff members' -> 'staff member': what 'each' is said of."""
    *rest, head = phrase.split()
    return " ".join(rest + [w.singular(head)])


def third_person(verb):
    """'have' -> 'has', 'belong to' -> 'belongs to', 'work at' -> 'works at', 'carry' -> 'carries', 'fix' -> 'fixes'."""
    first, _, rest = verb.lower().partition(" ")
    first = "has" if first in ("have", "has") else "is" if first == "be" else \
        first + "es" if first.endswith(("s", "sh", "ch", "x", "o")) else \
        first[:-1] + "ies" if first.endswith("y") and first[-2:-1] not in "aeiou" else first + "s"
    return f"{first} {rest}".strip()


def _affirmed(modal, question, many=None):
    """'Can a tenant rent more than one unit? Yes' -> 'a tenant can rent more than one unit': the
    modal goes back after the subject, before the first verb in its base form ('do' is dropped). 'Do pilots
    take exams? Yes, many' -> 'pilots take many exams': how many, said of the plural object."""
    words = question.split()
    first = 1 if words[0].lower() in ("a", "an", "the", "each", "every", "one", "our", "my") else 0
    verb = next((j + 1 for j in range(first, min(first + 3, len(words) - 1))
                 if lexicon.verb_lemma(words[j + 1].lower()) == words[j + 1].lower()), None)
    if many and verb is not None and verb + 1 < len(words) and w.is_plural(words[-1].lower()) and \
            words[verb + 1].lower() not in w.PREPOSITIONS and words[verb + 1].lower() not in w.DETERMINERS:
        words = words[:verb + 1] + ["many"] + words[verb + 1:]
        question = " ".join(words)
    if modal.lower() == "do" and words[0].lower() == "you" and verb == 1:
        return " ".join(["We"] + words[1:])      # "Do you need stock levels? Yes, per candle": we need them so
    if verb is None or modal.lower() == "do":
        return question
    if modal.lower() == "does":                  # "Does every session belong to one therapist? Yes": it belongs
        return " ".join(words[:verb] + [third_person(words[verb])] + words[verb + 1:])
    return " ".join(words[:verb] + [modal.lower()] + words[verb:])


_ADDING = frozenset("for in at from on to".split())     # an answer's phrase after its comma that goes on the verb


def _who_does(m):
    """'Who rents equipment? Members of our tool library' -> 'Members of our tool library rent equipment'; 'Who
    raises requests? Any employee, for their cost centre.' -> 'Any employee raises requests for their cost centre'."""
    verb = lexicon.verb_lemma(m.group(1).lower())
    if verb is None or verb in ("is", "be", "does", "do", "has", "have", "uses", "use", "works"):
        return m.group(0)
    who, said = m.group(3), ""
    if VERB in tag(w.tokenize(who)):
        return m.group(0)                                    # ("Who rents them? Members rent a locker …": said)
    at = re.search(r" (?:for|with|in|at|from|on|to|by|who|that|when)\b", who)
    if at:                                                   # "Who comes in? Patients for eye tests with …":
        who, said = who[:at.start()], who[at.start():]       # the people, then what the answer adds to the verb
    if who.split()[0].lower() in ("any", "each", "every", "a", "an", "one") and not who.lower().endswith("s"):
        verb = third_person(verb)                            # ("any employee raises …")
    rest = m.group("rest")
    return f"{who} {verb} {m.group(2)}{said}" + ((" " if rest.split()[0] in _ADDING else ", ") + rest if rest else "")


# Answers to a designer's questions, read as the statement they make. The question names the
# entity ("What do we store about a user?"), the answer lists its fields; a yes/no answer affirms
# or drops the question's own clause ("Can users belong to several projects? Yes.").
_DET = r"(?:(?:a|an|the|each|every|one)\s+)?"
# an answer that lists (a first item of a few words, then a comma or 'and'): "Name and breed.", "The adopter's
# name and address, the dog and the date.", "Part number (unique), name, unit price."
_LISTED = r"(?=(?:(?:A|An|The) [a-z]|[A-Z])[\w'-]*(?: [\w()'-]+){0,3}(?:,| and ))"
def _what_is(m):
    """'What is a print job? A job belongs to one customer and has …': an answer that is a sentence about the
    thing asked of says it (the question goes); otherwise it lists the thing's fields ('What is a booking?
    Date, time, …')."""
    if m.group("it"):
        return f"A {m.group(1)} "                # ("What is a ticket? It belongs to one event.")
    return _each_has(m, m.group(1))


def _each_has(m, noun):
    """'Each <noun> has ' before an answer that lists fields, or nothing before one that is a sentence about
    the noun already ('Each unit has a unit code, …', 'A job belongs to one customer and has …')."""
    return "" if said_of(m.string[m.end():], noun) else f"Each {noun} has "


def said_of(rest, noun):
    """Does the text (an answer) open with a sentence about the noun ('A job belongs to …', 'Each unit has …')?"""
    head = noun.split()[-1]
    said = re.match(rf"(?:an?|each|every|the)(?: [a-z]+)? {re.escape(head)}s? ([a-z]+)\b", rest, re.I)
    return said is not None and (said.group(1) in ("is", "are", "can", "may", "must", "will", "should") or
                                 said.group(1).endswith("s") and lexicon.verb_lemma(said.group(1)) is not None)


def _anything_about(m):
    """'Anything about volunteers? Name, phone …' -> 'Each volunteer has Name, phone …'; an answer opening with
    'The' only when a field follows ('The number of adults …')."""
    if m.group(2) is not None and not w.field_word(m.group(2).lower()) and m.group(2).lower() not in w.FIELD_NOUNS:
        return m.group(0)
    return f"Each {w.singular(m.group(1))} has "


_ANSWERS = (
    # "What does an order look like? A date, a customer and a total.": its fields; "What does a booking look like?
    # A customer books one marquee …": the answer says it
    (re.compile(r"\b[Ww]hat (?:does|do|should|would|will) (?:a|an|the|each|every|your|our) ([a-z][\w ]{0,40}?) look like"
                r"\s*\?\s*(?:(?:A|Answer)\s*\d*\s*[:.)]\s*)?" + _LISTED +
                r"(?![\w ]{0,40}\b(?:has|have|is|are|can|must|may|will|books?|gets?)\b)"),
     lambda m: f"Each {w.singular(m.group(1))} has "),
    (re.compile(r"\bwhat (?:does|do|should|would|will) (?:a|an|the|each|every|your|our) [a-z][\w ]{0,40}? look like\s*\?\s*",
                re.I), lambda m: ""),
    (re.compile(r"\bwhat (?:do|should|must|will) (?:we|you|i) (?:store|keep|record|track|know|need|hold|save)"
                r"(?: to know)? (?:about|for|on|of) " + _DET + r"([a-z][\w ]{0,40}?)\s*\?\s*", re.I),
     lambda m: _each_has(m, _one(m.group(1)))),
    (re.compile(r"\bwhat (?:is|goes|gets stored|is stored|is recorded|is kept|is tracked|is logged|is known|gets "
                r"recorded|gets tracked|do (?:we|you) (?:track|record|log|know)) (?:on|in|for|about|per) " + _DET
                + r"([a-z][\w ]{0,40}?)\s*\?\s*", re.I), lambda m: _each_has(m, _one(m.group(1)))),
    # "How are courses described? A code (unique), a title …", "What else about students? Name, …"
    (re.compile(r"\bhow (?:are|is) " + _DET + r"([a-z][\w ]{0,40}?) (?:described|identified|defined|recorded|"
                r"stored|represented)\s*\?\s*", re.I), lambda m: f"Each {w.singular(m.group(1))} has "),
    (re.compile(r"\bwhat else (?:about|for|on|do (?:we|you) (?:need|want|store|keep) (?:about|for|on)) " + _DET +
                r"([a-z][\w ]{0,40}?)\s*\?\s*", re.I), lambda m: f"Each {w.singular(m.group(1))} also has "),
    # "Who rents equipment? Members of our tool library.": the answer does what the question asks
    (re.compile(r"\b[Ww]ho ([a-z]+s) ([a-z][\w ]{0,40}?)\s*\?\s*(?!(?:Yes|No|Each|Every|The|We|They|It)\b)"
                r"([A-Z][\w ]{0,60}?)(?:,\s*(?P<rest>(?!\s|with\b)[\w '-]{1,80}))?\s*(?=[.\n]|$)"), _who_does),   # (not "Members, with a
    #                                                                                  name …": their fields)
    # "What does the clinic need to track?": the business (or its app) is "we", whatever it is called
    (re.compile(r"\bwhat (?:does|do|will|should|must) (?:the|this|our|your) ([a-z][\w-]*(?: [a-z][\w-]*)?) "
                r"(?:need to |have to |want to )?(?:store|keep|track|hold|record|manage)\s*\?\s*", re.I), _we_track),
    (re.compile(r"\bwhat does " + _DET + r"([a-z][\w ]{0,40}?) (?:hold|have|contain|store|record|include)\s*\?\s*",
                re.I), lambda m: f"Each {m.group(1)} has "),
    # "What do volunteers do? They sign up for shifts.": the answer's pronoun is the question's subject
    (re.compile(r"\bwhat (?:does|do) " + _DET + r"([a-z][\w ]{0,40}?) do\s*\?\s*(?:they|he|she|it)\s+(?=[a-z])", re.I),
     lambda m: f"{m.group(1)} "),
    # "What does a landlord own? Buildings, …": the question's subject and verb before the answer
    (re.compile(r"\bwhat (does|do) " + _DET + r"([a-z][\w ]{0,40}?) ([a-z]+)\s*\?\s*", re.I), _what_does),
    # "What can members book? Classes.": the same with its modal ("members can book classes")
    (re.compile(r"\bwhat (can|may|will|should|must) " + _DET + r"([a-z][\w ]{0,40}?) ([a-z]+)\s*\?\s*", re.I),
     lambda m: f"{m.group(2)} {m.group(1).lower()} {m.group(3)} " if lexicon.verb_lemma(m.group(3).lower()) ==
     m.group(3).lower() else m.group(0)),
    # "What kinds of accounts are there? Checking and savings.": the kinds close the accounts' type
    # ("What types of policy do you sell? Home, auto and travel.", "What kinds of rooms? Single, double.")
    (re.compile(r"\bwhat (?:kinds|types|sorts|categories) of ([a-z][\w ]{0,40}?)(?: (?:are there|exist|can there be|"
                r"(?:do|does|can|will) (?:we|you|they|i|(?:the|our|your) [a-z]+) [a-z]+))?\s*\?\s*"
                r"([\w -]+(?:,\s*[\w -]+)*)(?=[.\n]|$)", re.I),
     kinds_of),
    # "Who does the maintenance? Mechanics - name and certification level.": the answer's label heads fields
    (re.compile(r"\b[Ww]ho [a-z][^?\n]{1,60}\?\s*([A-Z][a-z]+s)\s*[-–—:]\s*"), lambda m: f"{m.group(1)}: "),
    # "What happens in a service? A mechanic services a vehicle …": what is said happens at each one
    (re.compile(r"\bwhat happens (?:in|at|during|on) (?:a|an|each|every|the) ([a-z][\w -]{0,40}?)\s*\?\s*"
                r"(a|an|the|one)?\b", re.I), lambda m: f"At each {m.group(1)}, {(m.group(2) or '').lower()}"),
    # "How do passengers join? They book seats …": 'they' are the people asked about
    (re.compile(r"\b(?:how|when|why|where|what) (?:do|can|will|should|must) (?:the |our |your )?([a-z]+s)\b[^?\n]{0,60}"
                r"\?\s*(?:(?:A|Answer)\s*\d*\s*[:.)]\s*)?They\b", re.I), lambda m: m.group(1).capitalize()),
    # "What about parts? Part number (unique), name, unit price.": the fields of one of them
    (re.compile(r"\b[Ww]hat about (?:the )?([a-z][\w ]{0,40}?)\s*\?\s*" + _LISTED +
                r"(?!(?:Each|Every|They|We|Yes|No|Not)\b)(?![\w ]{0,40}\b(?:has|have|is|are|can|must|may|will)\b)"),
     lambda m: f"Each {w.singular(m.group(1))} has "),                  # ("What about exhibitions? A title, …")
    (re.compile(r"\bwhat about (?:the )?[a-z][\w ]{0,40}?\s*\?\s*", re.I), lambda m: ""),
    # "How do exhibitions work? An exhibition has …": the question itself says nothing
    (re.compile(r"\bhow (?:do|does) (?:the |an? )?[a-z][\w ]{0,40}? work\s*\?\s*", re.I), lambda m: ""),
    # "And artists? Name, nationality, birth year.", "And for a charger? Its connector type, …": a follow-up
    # question names whose fields the answer lists
    (re.compile(r"(?:^|(?<=[.!?\n] )|(?<=\n))(?:[Aa]nd|[Aa]lso|[Nn]ow) (?:(?:for|about) )?(?:the |an? )?"
                r"([a-z][\w ]{0,30}?(?<=s)|(?<=an )[a-z][\w ]{0,30}?|(?<=a )[a-z][\w ]{0,30}?)\s*\?\s*(?!\s)"
                + _LISTED + r"(?!(?:Each|Every|They|We|Yes|No|Not)\b)"
                r"(?![\w ]{0,40}\b(?:has|have|is|are|can|must|may|will)\b)"),   # (not "And owners? Owners have …")
     lambda m: f"Each {w.singular(m.group(1))} has "),
    # "Anything about volunteers? Name, phone, …": the fields of one of them
    (re.compile(r"\b(?:is there )?(?:anything|something)(?: else)? (?:about|on|for|in) (?:the |an? )?([a-z][\w ]{0,40}?)\s*\?\s*"
                r"(?!\s)(?!(?:Each|Every|They|We|Yes|No|Not|Nothing)\b)(?=The ([a-z]+)\b|(?!The\b))"
                r"(?![\w ]{0,40}\b(?:has|have|is|are|can|must|may|will|get|gets)\b)", re.I), _anything_about),
    #                                  (not "Anything about the menu? Customers can pre-order dishes …"; "Is there
    #                                   anything else on a booking? The number of adults …": a field first)
    (re.compile(r"\b(?:anything|something)(?: else)? (?:about|on|for) (?:the )?[a-z][\w ]{0,40}?\s*\?\s*", re.I),
     lambda m: ""),
    (re.compile(r"\b(?:anything|something|is there anything) else(?: (?:to|we|you) [a-z ]{0,30})?\s*\?\s*", re.I),
     lambda m: ""),
    # "Which things? Volunteers, shifts, events.": what is kept; "How do they relate? Each event …": the answer
    (re.compile(r"\b(?:which|what) (?:things|entities|objects|records|tables)(?: (?:are there|do (?:we|you) (?:need|"
                r"track|keep|have)))?\s*\?\s*", re.I), lambda m: "We track "),
    (re.compile(r"\bhow do (?:they|these|those|(?:the|our) [a-z]+) (?:relate|connect|fit together)(?: to each other)?"
                r"\s*\?\s*", re.I), lambda m: ""),
    # "What happens on a job? An engineer visits a property and records …": what happens at each one
    (re.compile(r"\bwhat (?:happens|goes on|takes place|do (?:you|we) do) (at|on|during|in|after) (?:a|an|each|every) "
                r"([a-z][\w -]{0,30}?)\s*\?\s*(?:([A-Z])(?=[a-z]|\s))?", re.I),
     lambda m: f"{m.group(1).capitalize()} each {m.group(2)}, " + (m.group(3) or "").lower()),
    # "Who uses the system? Landlords and tenants.": the people who use it are kept
    (re.compile(r"\bwho (?:uses|will use|is using|can use|works with|logs in to|signs in to) (?:(?:the|this|our|your) "
                r"(?:app|application|system|database|platform|tool|site|service)|it)\s*\?\s*", re.I), lambda m: "We track "),
    (re.compile(r"\bwhat identifies " + _DET + r"([a-z][\w ]{0,40}?)\s*\?\s*", re.I),
     lambda m: f"Each {m.group(1)} has "),
    (re.compile(r"\bwhat (?:is|about) (?:a|an|each|every) ([a-z][\w ]{0,40}?)\s*\?\s*"
                r"(?P<it>it (?=(?:is|has|belongs|can|must|may|will|needs|goes)\b))?", re.I), _what_is),
    (re.compile(r"\bwhat (?:else )?(?:do|should|must|will) (?:we|you|i) (?:also )?(?:need to |want to )?(?:store|keep|record|"
                r"track|manage|hold|save)\s*\?\s*", re.I), lambda m: "We track "),
    (re.compile(r"\bwhat are the (?:main )?(?:things|entities|objects|records)(?: (?:that )?(?:we|you) "
                r"(?:track|store|keep|manage|need))?\s*\?\s*", re.I), lambda m: "We track "),
    (re.compile(r"\b(can|may|does|do|will|should) ([a-z][^?.!\n]{2,120}?)\?\s*(?:yes|yep|yeah|correct|right)\b"
                r"([.,!:;-]*)\s*(?:(?P<many>many|several|lots|multiple|plenty)\b[.,!:;-]*\s*)?"
                r"(?:and\s+(?=(?:we|i|they)\b))?(?=((?:with|through|via|using)\b)?)(?=(?P<listed>[^.\n]*,)?)"
                r"(?=(?P<per>(?:per|for each|for every)\b)?)",
                re.I),                                  # ("Can tickets be refunded? Yes, and we keep …")
     lambda m: _affirmed(m.group(1), m.group(2), m.group("many")) + (
         ", " if m.group(5) else " " if m.group("per") else
         ": " if m.group("listed") and set(m.group(3)) & set(":-") else ". ")),
    # "Who are the customers? Businesses and walk-in people": what they are, said of them
    (re.compile(r"\b[Ww]ho are (the|our|your) ([a-z][\w ]{0,40}?)\s*\?\s*(?:([A-Z])(?=[a-z]))?"),
     lambda m: ("We track " if m.group(2).split()[-1] in ("users", "people", "actors", "roles", "stakeholders")
                else f"The {m.group(2)} are ") + (m.group(3) or "").lower()),   # ("Who are the users? Tutors …")
    # "Can a course have more than one teacher? No, exactly one." (or "No, always exactly one.", "No."): each
    # has its one
    (re.compile(r"\b(?:can|may|does|do|will|should) (?:a|an|each|every|one) ([a-z][\w ]{0,30}?) (have|has|get|belong to|"
                r"be in|be on|be at|work at|work for|use) (?:more than one|several|many|multiple|two|2) ([a-z][\w ]{0,30}?)\s*\?"
                r"\s*(?:no|nope)\b[.,!:;-]*\s*(?:(?:always|only|just) )?(?:(?:(?:exactly|only|just) one|one only|only a "
                r"single|one)\b[.!]?)?", re.I),          # (a bare "No." says the same: one each)
     lambda m: f"Each {m.group(1)} {third_person(m.group(2))} exactly one {w.singular(m.group(3))}."),
    (re.compile(r"\b(?:can|may|does|do|will|should) [a-z][^?.!\n]{2,120}?\?\s*(?:no|nope|never|none|not (?:for now|"
                r"yet|now|needed|required|really|in v1))\b[.,!:;-]*\s*", re.I), lambda m: ""),
)


_ANSWER_START = re.compile(r"\b(Each [\w ]+? [a-z]+s|We track) ([A-Z])(?=[a-z]|\s)")


QA_LABEL = re.compile(r"(?im)^\s*(?:q|a|question|answer)\s*\d*\s*[:.)]\s+")
QA_INLINE = re.compile(r"(?<=\?)[ \t]+(?:A|Answer|ANSWER)[ \t]*:[ \t]*")   # "Q: Who? A: Landlords."


def answers(text):
    if "?" in text:
        for pattern, replace in _ANSWERS:
            text = pattern.sub(replace, text)
    return _sub(_ANSWER_START, lambda m: f"{m.group(1)} {m.group(2).lower()}", text,
                "Each ", "We track")                                   # "has A name" -> "has a name"
