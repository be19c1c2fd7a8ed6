"""The closed word classes and patterns the extractor's passes share (kept short: words that open
or close a construction, not nouns of any domain), and names made from free text."""

import re
from functools import lru_cache

from . import constructions
from . import words as w

rx = lru_cache(maxsize=None)(re.compile)      # the patterns below are compiled once, not looked up per call

# verbs by which a thing lists what it holds ("a prescription names a drug, the dose …")
LISTING_VERBS = frozenset("specifies specify states lists names says".split())
HAVE = frozenset("has have carries carry keeps keep records record stores store holds hold tracks "
                 "track contains contain includes include needs need gets get logs log shows show displays "
                 "display".split()) | LISTING_VERBS

# verbs of recording: what follows them are the fields kept ("for every animal we note its name …")
ATTRIBUTE_VERBS = frozenset("record keep store need track log want capture note collect save enter register "
                            "require hold list know".split())

GENERIC_HEADS = frozenset("""table tables entity entities thing things list lists row rows
kind kinds side way world system app application database data platform
backend schema heart core blog website shop portal service tool game marketplace
crm erp lms piece bit lot number set batch whole hierarchy tree
catalogue catalog field? spreadsheet spreadsheets relationship relationships relation relations column columns
constraint constraints story stories requirement requirements feature features
management tracker tracking""".split()) - {"field?"}   # ("a fitness tracker app")

# generic heads that only ever name the structure of data, never records of it
STRUCTURE_WORDS = frozenset("table tables entity entities row rows field list lists data schema database".split())

NOT_ENTITY = frozenset("""name names time date type status id email phone address description
title value amount price note notes flag count number code label reason
someone anyone people person text problem problems work example eg ie etc city currency moment step
minute minutes second seconds hour hours day days year years month months week weeks
percent kg hectare hectares everything anything nothing us stat stats entry entries timestamp timestamps
datetime quantity qty""".split())

ASSOCIATION_VERBS = frozenset("""follow like enroll enrol attend join tag label list subscribe
favorite favourite bookmark collaborate qualify cover appear work link connect associate share
speak teach visit vote star watch participate""".split())

OWNING_VERBS = frozenset("have contain include consist make hold own comprise".split())

# verbs by which people bring their own people into the application ("parents register their children")
ENROLLING_VERBS = frozenset("register enroll enrol add sign".split())
# verbs of becoming one of many in something ("patients join a trial"): no trial is one patient's
JOINING_VERBS = frozenset("join enrol enroll register".split())
# verbs of putting an act forward ("make an offer on an item", "place a bid"): the act's noun is a record
PUTTING_VERBS = frozenset("make place submit".split())

OPTIONAL_CUES = re.compile(r"\b(optional(ly)?|(?:may|might|can) (?:be )?(?:empty|blank|null|missing|unknown|absent)|"
                           r"may have (?:no|one)|if (?:known|any|available|applicable|we know)|when known|"
                           r"empty|null|blank|not every|not all|not always|some \w+ don't|"
                           r"stays empty|left empty|or none)\b")

PERSON_ROLES = frozenset("""sender recipient receiver author owner creator assignee reviewer approver
buyer seller organizer organiser host manager supervisor mentor requester reporter""".split())

PERSON_ENTITIES = ("user", "member", "account", "person", "employee", "staff_member", "customer")

NAME_NORMALIZE = {"email_address": "email", "e_mail": "email", "e_mail_address": "email",
                  "mail_address": "email", "telephone_number": "phone", "mobile_number": "phone",
                  "mobile_phone": "phone", "web_address": "website", "home_page": "homepage",
                  "start": "starts_at", "end": "ends_at"}       # "a start, an end and a purpose"

INTERACTIONS = {"collaborate": "collaboration", "register": "registration", "review": "review", "rate": "rating", "like": "like", "follow": "follow",
                "comment": "comment", "upvote": "vote", "downvote": "vote",
                "enroll": "enrollment", "enrol": "enrolment", "attend": "attendance", "book": "booking",
                "vote": "vote", "bookmark": "bookmark", "favorite": "favorite", "favourite": "favourite",
                "pay": "payment", "reserve": "reservation", "subscribe": "subscription", "apply": "application",
                "order": "order", "borrow": "loan", "lend": "loan", "hire": "hire", "rent": "rental"}

# verbs of lending: the record of each time is a loan, said in the text's own words when it has them ("we note
# the date it went out and came back")
LENDING = frozenset("borrow lend hire rent".split())   # (hiring, renting: lending for a price)
LENT_ACTS = frozenset(INTERACTIONS[v] for v in LENDING)   # their records: loan, hire, rental

# interaction verbs that are one only before their preposition ("apply for a licence", "apply to jobs", not "apply a code")
INTERACTION_PREPOSITIONS = {"apply": ("for", "to")}

AGENT_ROLES = {"follow": ("follower", "followed"), "like": ("liker", "liked"), "review": ("reviewer", "reviewed"),
               "rate": ("rater", "rated"), "vote": ("voter", "voted"), "book": ("booker", "booked")}

CLAUSE_BREAKS = frozenset(", ; : - and but so while when whenever because then ( ) also where".split())

VERSION_WORDS, LOOSE_HEADS = w.VERSION_WORDS, w.LOOSE_HEADS

TRACKING = re.compile(r"\b(?:want|need|add|keep|do|with) (?:\w+ )?(?!(?:a|an|the|its|their)\b)(\w+) "
                      r"(?:tracking|logging|history|auditing)\b")      # (not "with a tracking number")

ATTRIBUTE_WORDS = w.FIELD_NOUNS

CREATION_VERBS = constructions.CREATION_VERBS

# verbs of holding an event for others ("give lessons", "run tours", "lead workshops"): each event is one giver's
GIVING_VERBS = frozenset("give hold run conduct lead deliver host".split())

# verbs of looking through what is kept ("browse items by category"): who does it owns none of them
BROWSING_VERBS = frozenset("browse filter search sort view see find compare explore".split())

# verbs that carry no relation of their own: their plural objects are not for that reason things
LIGHT_VERBS = frozenset("be have get make do go come become seem need want like see use include contain "
                        "mean say tell know think give take put".split())

# verbs whose plural subject and plural object ("drivers deliver packages") are both things to store
OBJECT_VERBS = CREATION_VERBS | ASSOCIATION_VERBS | frozenset(INTERACTIONS) | frozenset("""deliver ship sell buy rent
borrow lend manage supervise host organize organise run drive treat serve handle process receive request approve
assign""".split())

AUDIT = re.compile(r"\b(?:(?:track|record|log|keep|audit) (?:all |every |each )?(?:the )?(?:changes|edits|modifications)"
                   r"|change history|version history|audit (?:trail|log)|history of (?:all )?changes)\b")

WE_RECORD = re.compile(r"\bwe (log|record|keep|store|track|note|collect|save|enter|register|know)\b")

# "who approved it", "who did the check", "who found each one": who did it, a field (not "who was on board";
# a past form that is not -ed is told by what follows it, and clause_items checks WordNet lists it)
WHO_DID = r"who (?:\w+ed|did|made|ran|[a-z]+(?= (?:it|them|each|every)\b))"
CLAUSE_HINT = re.compile(r"\b(when|where|link to|url to|the date|the moment|the time|the day|how [a-z]+|whether|if|"
                         r"flag|says|due|(?:time|date|day) of|marked as|flagged as|" + WHO_DID + r"|a (?:date|time|day) (?:it|they|he|she|we|i))\b|'|\"")

KIND_HEADS = w.KIND_HEADS
# of those, the words that say the rows are kinds of the word before them ("ticket types")
KIND_NAMES = frozenset("type kind category class sort".split())

HIERARCHY_WORDS = frozenset("parent_child parent children child hierarchy tree subcategories".split())

def safe_words(text):
    return w.snake(re.findall(r"[a-z0-9]+", text.lower())[:4])[:63]
