"""Text made plain before it is cut into sentences: Markdown emphasis and definition items, chat
spellings, answers to a designer's questions, technical table headers, value lists written as
arrows or slashes — each rewritten into the plain sentence the reader knows ("Vehicles? yes,
plate and model" -> "Vehicles: plate and model").
"""

import re

from . import blocks, fields_of_last, lexicon
from .cues import INTERACTIONS
from . import words as w
from ..ddl.naming import STATUS_NAME
from . import value_spellings as vs
from .value_spellings import sub as _sub
from .chat_notes import chat
from .answers import KINDS_OF, QA_INLINE, QA_LABEL, answers, kinds_of, said_of, third_person
from .rephrasing import rephrased
from .note_labels import note_labels
from .field_phrasings import rephrased_fields

# Markdown emphasis (**Name**, __Name__, `name`) carries no meaning for the model.
_EMPHASIS = re.compile(r"(\*\*|__|`)(.+?)\1")
# A definition list: "- Name - fields" or "* Name (aside) – fields", as people write entity lists.
_RANGE_DOTS = re.compile(r"(?<=\d)\s*\.\.\.?\s*(?=\d)")
_DEFINITION = re.compile(r"^(?P<bullet>\s*(?:[-*+]|\d+[.)])\s+)(?P<name>[A-Za-z][\w' ]{0,48}?)"
                         r"(?P<aside>\s*\([^)\n]*\))?(?P<dash>[ \t]+-[ \t]+|[ \t]*\n[ \t]+-[ \t]+)"
                         r"(?:(?P<says>(?:every|each|any|all|one) [^:;()\n]{1,60}?):\s+)?", re.M)


# "I want every employee to belong to one department and have a job title": what is wanted of each
# is said of each ("every employee belongs to one department and has a job title")
# "each pontoon has a letter and each berth (has) a number, a length …": two things, two lists (the verb
# may be said once for both)
_GAPPED_HAS = re.compile(r"(?P<first>\b(?:[Ee]ach|[Ee]very) [a-z]+(?: [a-z]+)? (?:has|have)\b[^.;:\n]*?)"
                         r"(?P<sep>,? and |; )(?P<each>(?:each|every) [a-z]+(?: [a-z]+)?) (?:(?:has|have) )?"
                         r"(?=(?:a|an|its|their|one)\b)")
_WANT_EACH = re.compile(r"(?:\bAs (?:an? |the )?[A-Za-z][\w -]{0,40}?,\s+)?\b(?:I|we) (?:want|need|would like|'d like) (?P<det>each|every) (?P<noun>[a-z]+(?: [a-z]+)?)(?P<rel> (?:we|I|they|you) [a-z]+)? to "
                        r"(?P<verb>[a-z]+)\b(?P<rest>[^.;\n]*)", re.I)


def _each_does(m):
    if lexicon.verb_lemma(m.group("verb").lower()) != m.group("verb").lower():
        return m.group(0)
    rest = re.sub(r"\b(and|or) ([a-z]+)\b", lambda x: f"{x.group(1)} {third_person(x.group(2))}"
                  if lexicon.only_verb(x.group(2)) or x.group(2) in ("have", "be") else x.group(0), m.group("rest"))
    det = m.group("det").capitalize() if m.group(0)[:1].isupper() else m.group("det")
    return f"{det} {m.group('noun')}{m.group('rel') or ''} {third_person(m.group('verb'))}{rest}"   # (the story's
    #                                                                   role wants it; "every part we stock")


# "Table: orders - columns: id, total", "table orders (columns: …)": a table's name and its columns,
# read as a list header ("- orders: id, total")
_TABLE_HEADER = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+)?)table\s*:?\s+(?P<name>[A-Za-z_][\w]*)\s*(?:[-–—:]\s*)?"
                           r"(?:\(?\s*)?(?:columns|fields|attributes)\s*:\s*", re.I | re.M)
# "Labels? Yes - name and colour": a noun asked about and affirmed is a thing to keep
_NOUN_QUESTION = re.compile(r"(?m)^(?P<lead>\s*(?:[-*+]\s+)?)(?P<noun>[A-Za-z][\w ]{0,30}?)\?\s*(?:yes|yep|yeah)\b"
                            r"[.!,]*\s*(?:[-–—:]\s*(?P<rest>[^\n]*))?", re.I)
# "users - username (unique), email, reputation points": a dash after a short label opening a list (or a
# line of notes) is the label's colon
_DASH_HEADER = re.compile(r"(?:\A|(?<=\n)|(?<=[.!?] ))(?P<lead>\s*(?:[-*+]\s+)?)(?P<label>[A-Za-z][\w]*(?: [\w]+){0,2})"
                          r"[ \t]+[-–—][ \t]+(?=[^\n.]*,[^\n.]*,|[a-z]+(?: [a-z]+)?(?:, | and )[a-z]+(?: [a-z]+)?[ \t]*(?:[.\n]|$))"
                          #                  (or two short items: "Authors - name, country."; not a bullet on the next line,
                          r"(?!(?:we |i )?(?:need|needs|want|wants)\b)")   # nor "small theatre - need db for …")
# "families register w/ us - name, household size, address": a dash before a list of short items
# (two commas at least) is a colon after a clause too
_DASH_LIST = re.compile(r"(?<=[a-z])[ \t]+[-–—][ \t]+(?=[a-z]+(?: [a-z]+){0,2}, [a-z]+(?: [a-z]+){0,2}, )"
                        r"(?![^.;]*\s[-–—]\s)")             # (not an aside a second dash closes)
# "plots get rented per season (spring/summer) - need plot number, size in m2, and who has it": a dash,
# a verb of keeping and a list of short items is a colon too (the fields of what the clause is about)
_DASH_NEED_LIST = re.compile(r"(?<=[a-z)])[ \t]+(?:[-–—]|--)[ \t]+(?:we |i )?(?:need|needs|keep|track|store|record)[ \t]+"
                             r"(?=[a-z0-9]+(?: [a-z0-9]+){0,3}, [a-z0-9]+(?: [a-z0-9]+){0,3}, |"
                             r"[a-z0-9]+(?: [a-z0-9]+){0,3} and [a-z0-9]+(?: [a-z0-9]+){0,3}[ \t]*(?:[.\n]|$))"
                             r"(?![^.;]*\s[-–—]\s)")       # (or two: "… to projects -- keep allocation date + volume")
# "Comments? Plain text, with the author and a timestamp.": a noun asked about and described
_NOUN_DESCRIBED = re.compile(r"(?m)(?:^|(?<=[.!?] ))(?P<lead>\s*(?:[-*+]\s+)?)(?P<noun>[A-Za-z][a-z]+s)\?\s+"
                             r"(?!(?:yes|yep|yeah|no|nope|maybe|not|we|they|i|you|it)\b)(?=[A-Za-z])", re.I)


# "Tools? We have a shed of shared tools; …", "Harvests? Members can log …": a noun asked about and answered
# with a sentence of its own heads that answer
_NOUN_HEADING = re.compile(r"(?m)(?:^|(?<=[.!?] ))(?P<lead>\s*(?:[-*+]\s+)?)(?P<noun>[A-Za-z][a-z]+s)\?\s+"
                           r"(?=(?:we|they|i|you|our|it|[a-z]+ (?:can|may|must|will|should|are|is|have|has|get|do|need))\b)",
                           re.I)


# "Change history / audit log? Not for now.": a noun asked about and declined is nothing to keep
_NOUN_DECLINED = re.compile(r"(?m)(?:^|(?<=[.!?] ))(?P<lead>\s*(?:[-*+]\s+)?)(?!(?:can|may|does|do|will|should|is|are)\b)"
                            r"[A-Za-z][\w /&-]{0,40}?\?\s*(?:no|nope|none|not (?:for "
                            r"now|yet|now|needed|required|really|in v1))\b[^\n.!]*[.!]?", re.I)
def _noun_question(m):
    noun = m.group("noun").strip()
    if len(noun.split()) > 3 or noun.split()[0].lower() in w.AUXILIARIES or noun.split()[0].lower() in w.MODALS:
        return m.group(0)
    rest = m.group("rest")
    return f"{m.group('lead')}{noun}: {rest}" if rest else f"{m.group('lead')}We track {noun.lower()}. "


# "As a teacher I can …": the story's role, set off as it usually is ("As a teacher, I can …")
_STORY_ROLE = re.compile(r"\b(As an? [A-Za-z][\w -]{0,40}?)\s+(I|we)\b(?=\s+(?:want|would|can|need|should|must|'d|am|"
                         r"wish|expect|like|have|get|see|create|add))", re.I)


# "games with min/max players", "a minimum and maximum number of guests": two bounds of one count
_BOUND_PAIR = re.compile(r"\b(?:(?:a|the) )?min(?:imum|\.)? ?(?:and|or|/|&|-) ?(?:(?:a|the) )?max(?:imum|\.)?"
                         r"(?: number| no\.?)?(?: of)? (?P<things>[a-z]+s)\b", re.I)


# "has a licence plate - no two cars can share a plate - plus a make": an aside between dashes is
# a parenthesis on what precedes it, and the list goes on after it
_DASH_ASIDE = re.compile(r"(?<=\w) [-–—] (?P<aside>[^-–—\n.;:(),]{3,80}?) [-–—] (?=\w)")
# "a species - dog, cat, rabbit or other - a breed": a field's values as an aside between dashes
_DASH_VALUES = re.compile(r"(?<=\w) [-–—] (?P<aside>[a-z][\w-]*(?: [\w-]+)?(?:, [a-z][\w-]*(?: [\w-]+)?)+,? (?:or|and) "
                          r"[a-z][\w-]*(?: [\w-]+)?) [-–—] (?=\w)", re.I)


# "sensors report temperature, humidity and soil moisture every five minutes": values measured again
# and again are rows of their own, readings of the thing that reports them
_PERIODIC = re.compile(r"\b(?P<verb>(?:report|send|measure|record|transmit|log|collect|capture)s?)\s+"
                       r"(?P<list>[a-z][a-z /-]{1,40}(?:,\s*[a-z][a-z /-]{1,40}){0,8}(?:,?\s+and\s+[a-z][a-z /-]{1,40})?)"
                       r"\s+(?P<when>every\s+(?:[a-z0-9]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b|"
                       r"(?:hourly|daily|weekly|monthly)\b)", re.I)


def _periodic(m):
    items = re.split(r",|\band\b", m.group("list"))
    if len(items) < 2 or re.search(r"\b(?:a|an|the|each|every|our|my|their|its|readings?|measurements?)\b",
                                   m.group("list"), re.I) or any(
            len(x.split()) > 3 or set(x.lower().split()) & w.PREPOSITIONS for x in items):
        return m.group(0)                # ("log hours against projects and tasks, managers approve …": a clause)
    verb = "sends" if m.group("verb").lower().endswith("s") else "send"     # (a verb that is no noun too)
    return f"{verb} readings ({', '.join(x.strip() for x in items if x.strip())}) {m.group('when')}"


# "led by a desk editor, who is one of our journalists", "each bike has an owner, who is a courier": the agent
# (the one had) is one of those people, in that role
# ("by a journalist as desk editor"; in a list, "a conductor, who is also a musician" is read by items.py)
# "each member picks a plan: free, team or enterprise": what one chooses among named values is a field
_CHOOSES = re.compile(r"\b(picks?|chooses?|selects?)\s+((?:a|an|one|their|his|her|its) [a-z]+)(?=\s*[:(])")
_WHO_IS_ONE_OF = re.compile(r"(?:(?<=\bby )|(?<=\bto )|(?<=\bhas )|(?<=\bhave ))(?P<head>(?:a|an|the|one) [a-z]+(?: [a-z]+)?), (?:who|which) (?:is|are) "
                            r"(?:(?:one|each) of (?:our|the|its|their) (?P<many>[a-z]+)|(?:also |themselves |itself )?"
                            r"(?:a|an) (?P<one>[a-z]+))\b")   # ("belongs to a parent station, which is itself a stop")


def _who_is_one_of(m):
    person = w.singular(m.group("many")) if m.group("many") else m.group("one")
    det, role = m.group("head").split(" ", 1)
    had = m.string[max(0, m.start() - 5):m.start()].strip().lower() in ("has", "have")
    if had and (" also " in m.group(0) or re.search(rf"\b(?:each|every|an?) {person}\b", m.string[:m.start()], re.I)):
        return m.group(0)                # ("each employee has a manager, who is also an employee": a role of its own)
    det = ("an" if person[:1] in "aeiou" else "a") if det in ("a", "an") else det
    return f"{det} {person} as {role}"


# "each time a learner answers an exercise we store the answer they gave, …": every such act is a row, as
# in "we keep a log of answers: which learner, which exercise, …" (the act named by WordNet's noun of it)
_EACH_TIME = re.compile(r"(?P<pre>,? and )?\b(?:[Ee]ach|[Ee]very) time (?:that )?(?:a|an|the) (?P<x>[a-z]+(?: [a-z]+)?) (?P<v>[a-z]+s) "
                        r"(?:a|an|the) (?P<y>[a-z]+(?: [a-z]+)?),? (?:we|i) (?:store|record|log|keep|note|save|track) "
                        r"(?P<rest>[^.;\n]{3,300})")


def _each_time(m):
    verb = lexicon.verb_lemma(m.group("v"))
    act = next((a for a in ((INTERACTIONS.get(verb), lexicon.verb_act(verb), verb) if verb else ())
                if a in lexicon.occurrence_nouns()), None)   # ("each time a guest books a pitch": a booking)
    if not act or act in (m.group("x").split()[-1], m.group("y").split()[-1]):
        return m.group(0)                        # (no noun names the act: "solve" gives "solvent", a substance)
    log = f"we keep a log of {w.plural(act)}: which {m.group('x')}, which {m.group('y')}, {m.group('rest')}"
    return f". W{log[1:]}" if m.group("pre") else log   # ("runners get a bib number, and each time …": a sentence
    #                                                     of its own, so the clause before is read too)


def _noun_described(m):
    """'Comments? Plain text, with …' -> 'Comments: Plain text, with …'; but 'Keycards? A keycard has a card
    number …' is a sentence about the keycards already (the question goes)."""
    noun = w.singular(m.group("noun").lower())
    if said_of(m.string[m.end():], noun) or re.match(rf"an? list of {re.escape(noun)}s?\b", m.string[m.end():], re.I):
        return m.group("lead")                   # ("Languages? A list of languages with a name and …")
    return f"{m.group('lead')}{m.group('noun')}: "


# a run of blank lines is one paragraph break: the line patterns below start with "^\\s*" and would
# scan the whole run again from each of its lines
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


_LABEL_AHEAD = re.compile(r"[A-Za-z][\w ]{0,40}:")


def _definition(m):
    """'- Name - fields' -> '- Name: fields'. The dash may be the next line's bullet, but not when
    that bullet is a definition of its own ('- each application is assigned to one examiner' over
    '- office actions: an examiner issues …')."""
    if "\n" in m.group("dash") and _LABEL_AHEAD.match(m.string, m.end()):
        return m.group(0)
    return f"{m.group('bullet')}{m.group('name')}{m.group('aside') or ''}" \
           f"{' (' + m.group('says') + ')' if m.group('says') else ''}: "


_DASHES = (" - ", " – ", " — ", "\t-", "-\t")
# "we brew beers (…) in batches - each batch is one beer, …": a dash before a clause of its own ends a sentence
_DASH_CLAUSE = re.compile(r"(?<=[a-z)]) [-–—] (?=(?:(?:each|every) [a-z]+(?: [a-z]+)?|(?:the |a |an )?(?!(?:and|or|but|which|who|that|it|they|he|she|we|this|there|also|then|so|one)\b)[a-z]+) (?:is|has|are|have|can|gets|belongs|"
                          r"goes|needs)\b)")


# "films are shown in screenings: a screening is one film …": a colon before a clause of its own ends a sentence
_COLON_CLAUSE = re.compile(r"(?:(?<=^)|(?<=[.!?\n]))(?P<lead>[ \t]*[A-Za-z][^\n.:!?;]*?[a-z)]):[ \t]+(?=(?:a|an|each|every) [a-z]+"
                           r"(?: [a-z]+)? (?:is|has|are|have|can|gets|belongs|goes|needs)\b)")


def _colon_clause(m):
    """A sentence of four words or more before the colon (not a header: '- harvests: a planting can …')."""
    return m.group("lead") + ". " if len(m.group("lead").split()) >= 4 else m.group(0)


# "Also add a reviews table: book, rating", "Reviews table: …": the table's name heads its fields
_NAME_TABLE = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[.!?] ))(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?:(?:also |then |and )?(?:add|create|make|"
                         r"we need|i need|need|have) )?(?:(?:a|an|the|one more|another) )?(?P<name>[A-Za-z_]\w*) table[ \t]*:[ \t]*",
                         re.I)


# "keep track of gigs: venue, date": the phrasal verb is "track"
_KEEP_TRACK = re.compile(r"\b(keep|keeps|keeping) (?:track of|tabs on)\b", re.I)
_TRACK_FORMS = {"keep": "track", "keeps": "tracks", "keeping": "tracking"}


# "a supervisor is in charge of each shift": responsible for it (links.py reads that)
_IN_CHARGE = re.compile(r"\b(is|are|was|were|be) in charge of\b")
# "every bottle is given a barcode", "each new member is assigned a locker": what one is given, one has
_IS_GIVEN = re.compile(r"\b(?P<be>is|are) (?:given|assigned|issued|allocated|awarded) (?=(?:a|an|one|its|their) [a-z])")


# "fills in a feedback form", "fill out the form": the phrasal verb is "fill" (a form made, not a place)
_FILL_IN = re.compile(r"\b(fill|fills|filled|filling) (?:in|out) (?=(?:a|an|the|one|their|his|her|my|our|your) )", re.I)


# "members (name email phone)": field words in parentheses with no commas are still a list
_SPACED_FIELDS = re.compile(r"\(([a-z]+(?: [a-z]+){1,7})\)")


def _spaced_fields(m):
    """'(name phone email)': fields without their commas — every word a field word, or one WordNet does not
    know at all (a typo of one: '(name phone email adress)')."""
    words = m.group(1).split()
    fields = [x for x in words if w.field_word(x)]
    return f"({', '.join(words)})" if len(fields) >= 2 and all(
        x in fields or x not in lexicon.all_words() and not w.is_plural(x) for x in words) else m.group(0)


# "clients + their dogs", "bath, nail trim, full groom each w/ a price": the joins chat leaves out
_PLUS = re.compile(r"(?<=[a-z]) \+ (?=[a-z])")
# "which carer has which dog and from when to when": the dates it starts and ends
_FROM_WHEN = re.compile(r"\bfrom when (?:to|until|till) when\b", re.I)
_EACH_WITH = re.compile(r"(?<=[a-z]) each with ")          # ("w/" is "with" by now: _chat)
# "several performances, each on a date at a venue": when and where each one is, its fields
_EACH_ON_AT = re.compile(r"(?<=[a-z]), each (?:on|at) (?P<a>an? [a-z]+) (?:at|in|on) (?P<b>an? [a-z]+)(?=[.;,\n]|$)")


# "tickets are rated by severity: minor, major or critical": each has a severity, one of those
_RATED_BY = re.compile(r"\b(are|is) (?:rated|classified|graded|categori[sz]ed|ranked|grouped|sorted) by (?:their |its )?"
                       r"(\w+)(?=:)")


def _tracks(m):
    """'keeps track of' -> 'tracks', 'Keep track of' -> 'Track' (the form and the capital kept)."""
    form = _TRACK_FORMS[m.group(1).lower()]
    return form.capitalize() if m.group(1)[0].isupper() else form


# "brewed by one of our brewers": the agent is one of them, "by one brewer"
_BY_ONE_OF = re.compile(r"\bby one of (?:our|the|their|its|your|my) ((?:[a-z]+ )?[a-z]+s)\b")


# "An applicant, usually a company, names one or more inventors": an aside between the subject and its verb
# (an -s form before its object's first word) says what the subject often is; the clause reads without it
_SUBJECT_ASIDE = re.compile(r"(?:^|(?<=[.;!?:]\s)|(?<=\n))(?P<subject>(?:A|An|The|Each|Every|One) [a-z]+(?: [a-z]+)?), "
                            r"[a-z]+ly (?:a|an|the) [a-z]+(?: [a-z]+)?, (?P<verb>[a-z]+s) (?=(?P<next>[a-z]+|\d+)\b)")
_OBJECT_OPENERS = frozenset("a an the one each every its their his her several many".split())


def _subject_aside(m):
    verb, after = m.group("verb"), m.group("next")
    if lexicon.verb_lemma(verb) in (None, verb) or \
            not (after in _OBJECT_OPENERS or after.isdigit() or w.is_plural(after)):
        return m.group(0)
    return f"{m.group('subject')} {verb} "


# "customers rent tools; track which tool, who rented it, the start date …": the list is of the act's
# record (rentals), which names the thing and the one who did it (the renter)
_WHICH_WHO = re.compile(r"\b(?P<verb>track|record|log|store|keep|note)\s+which (?P<thing>[a-z]+), who (?P<did>[a-z]+ed) "
                        r"(?:it|them)(?P<sep>,| and)", re.I)


def _which_who(m):
    verb = lexicon.verb_lemma(m.group("did").lower())
    if verb is None:
        return m.group(0)
    acts = lexicon.act_nouns() | lexicon.occurrence_nouns()
    act = lexicon.verb_act(verb) or next((n for n in sorted(w.nominalizations(verb), key=lambda n: (n.endswith("ing"), n))
                                          if n.startswith(verb) and n in acts), None)
    doer = next((x for x in (verb + "er", verb + "r", verb + "or") if x in lexicon.person_nouns()), None)
    if act is None or doer is None:
        return m.group(0)
    return f"{m.group('verb')} {w.plural(act)}: {m.group('thing')}, {doer}{m.group('sep')}"


# "Each book has its ISBN. Also title and publication year.": a list with no verb after "Also" goes on
# with the sentence before
_ALSO_LIST = re.compile(r"(?<=\w)\. Also (?=[a-z][a-z ]{0,40}(?:,|\band\b)[a-z ,]{0,80}\.)")
# "Also equipment checks: …", "Plus, gear rental: …": a label opening its sentence, after a word of adding
_ALSO_LABEL = re.compile(r"(?:(?<=[.!?]\s)|(?<=^)|(?<=\n))(?:also|plus|and also)[ \t]*,?[ \t]+(?=[a-z][a-z ]{0,40}:)",
                         re.I | re.M)


# "each piece of equipment", "an item of clothing": the partitive names one of the mass noun's things
_PARTITIVE = re.compile(r"\b(pieces|piece|items|item|articles|article) of ([a-z]+)\b(?! of\b)", re.I)


def _partitive(m, text):
    """The mass noun alone ('each piece of equipment': the equipment) — unless the text names the pieces on their
    own elsewhere ('What is a piece of music? … which pieces were performed'): then the pieces are the things."""
    word = m.group(1).lower().rstrip("s")
    alone = re.search(r"\b" + word + r"s?\b(?! of\b)", text[:m.start()] + text[m.end():], re.I)
    return m.group(2) if alone is None else m.group(1)


# "…, so that I have a place to eat": why someone wants something is no data to keep
_SO_THAT = re.compile(r"(?<=[a-z0-9)]),?[ \t]+so(?: that[ \t]+(?:i|we|they|he|she|you|it|the|our|my|everyone|nobody|no one|"
                      r"people)\b|[ \t]+(?:i|we|they|you|(?:the|my|our) \w+|[a-z]+s)[ \t]+(?:can|could|will|know)\b|"
                      r" that[ \t]+(?:[a-z]+[ \t]+){1,3}(?:is|are|gets?|stays?)[ \t]+(?:always[ \t]+)?[a-z]+ed\b)"   # ("so that
                      r"[^.;!?\n]*", re.I)                     # stock levels are updated": why, no data)


def _so_that(m):
    """Why someone wants something is no data — but 'a system so members can book bikes' says what the app is for."""
    before = m.string[max(0, m.start() - 30):m.start()].lower().split()
    if before and before[-1] in ("system", "app", "application", "database", "platform", "tool", "site", "website",
                                 "portal", "service"):
        rest = re.sub(r"^,?\s*so(?: that)?\s+", "", m.group(0), flags=re.I)
        return " where " + rest
    return ""


# "an app for a bike repair shop to track customers, their bikes, repair jobs …", "a ski rental shop
# tracking customers, equipment items, …": what an app or a business is to keep, listed (two commas at
# least), is a title list ("App: customers, their bikes, …")
_APP_WORDS = r"app|application|system|database|tool|platform|site|website|tracker"
_APP_TO_KEEP = re.compile(r"\A\s*(?:(?:a|an|the|our|my)\s+)?(?:[\w-]+\s+){0,3}?(?P<app>" + _APP_WORDS +
                          r"|[a-z]+(?=\s+(?:that|which|tracking|managing|recording)\b))"
                          r"(?:\s+for\s+[^,.:;()]{1,60}?)?\s+(?:(?:to|that|which|where we)\s+"
                          r"(?:can\s+|will\s+)?(?:track|tracks|manage|manages|keep track of|keeps track of|store|stores|"
                          r"record|records|organi[sz]e|organi[sz]es|log|logs|handle|handles)|tracking|managing|recording)"
                          r"\s+(?=[^.;:\n]*,[^.;:\n]*(?:,|\band\b))", re.I)


# "participants are enrolled at a site; store the enrollment date, …": a clause that starts with a
# keeping verb is what we keep
_KEEP_CLAUSE = re.compile(r"(?<=;)[ \t]+(?=(?:store|record|track|log|capture|keep|save|note)[ \t]+(?!of\b|track\b)[a-z])")


# "bins identified by an aisle, a shelf and a level": what identifies a thing, listed, is its fields
_LIST_AHEAD = r"(?=(?:an? |the |its |their )?[a-z][\w-]*(?: [a-z][\w-]*){0,2}(?:, | and (?:an? |the |its |their )))"
_IDENTIFIED_BY_LIST = re.compile(r"\b(?:(?P<are>is|are) (?:identified|described|characteri[sz]ed|defined) by|(?<=[a-z]s) "
                                 r"(?:identified|described|characteri[sz]ed|defined) by) " + _LIST_AHEAD)


# "A person booking a vaccination gives their NHS number, full name, …", "each donor provides their name and …": what
# someone gives of theirs is their fields
_GIVES_THEIR = re.compile(r"\b(?P<v>gives|give|provides|provide|supplies|supply|states|state) (?:their|his|her) "
                          r"(?=[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}(?: \([^)\n]*\))?(?:, | and ))")


# "As a volunteer, I want to update my profile with my name, phone number and …", "… I want my profile to show my
# name, …": the speaker's own fields
_OWN_FIELDS = re.compile(r"\b[Aa]s (?:an? |the )?(?P<role>[a-z][\w-]*(?: [a-z][\w-]*)?),? (?:I|we) (?:want|need|would like)"
                         r"(?: to (?:update|edit|set|change|enter|provide|fill in|give) (?:my|our) "
                         r"(?:(?:own )?(?:profile|account|details|information|info|record)(?: with| by adding| by giving)?"
                         r" (?:my |our )?)?| (?:my|our) (?:own )?(?:profile|account|details|record) to (?:show|hold|have|"
                         r"include|list|contain|store|keep) (?:my |our )?)(?P<fields>[a-z][^.;:!?\n()]{0,160})(?=[.;!?\n]|$)")


def _own_fields(m):
    fields = re.sub(r"\b(?:my|our) ", "", m.group("fields"))
    fields = re.sub(r"\b(?:I|we) (?:am|are)\b", "they are", fields)
    fields = re.sub(r"\b(?:I|we)\b", "they", fields)    # ("whether I can drive": whether they can)
    first = re.split(r",| and ", fields)[0].split()
    if not first or not (w.field_word(first[-1]) or m.group(0).count(" profile ") or " account " in m.group(0)):
        return m.group(0)
    return f"Each {m.group('role')} has {fields}"


# "a leave request …, covering a start date and an end date": a participle that lists fields is 'with'
_LISTING_PARTICIPLE = re.compile(r",[ \t]+(?:covering|listing|stating|specifying|giving|showing)[ \t]+(?=(?:an?|the|its|their)[ \t])")
# "The approving manager and the decision date are recorded.": what a passive says is kept, said by us
_PASSIVE_KEPT = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<what>(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?) [a-z][\w -]{0,60}?"
                           r"(?:,| and) [\w -]{0,60}?) (?:is|are) (?:also )?(?P<verb>recorded|stored|kept|logged|tracked|"
                           r"captured|noted|saved)(?=[ \t]*[.;]|$)", re.M)


def _passive_kept(m):
    what = m.group("what")
    verb = lexicon.verb_lemma(m.group("verb"))
    what = re.sub(r"\b[Tt]he ", "its ", what)           # ("the decision date": the last thing's, as "its")
    return f"We {verb} {what[0].lower()}{what[1:]}"


# "customers belong to an organization; fields: name, billing_email": a clause, then its subject's fields
_CLAUSE_THEN_FIELDS = re.compile(r"(?m)^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<subject>[A-Za-z][a-z]+s) (?P<clause>[a-z][^;:\n]{0,80}?)"
                                 r"[ \t]*[;,][ \t]*(?:fields|columns|attributes)[ \t]*:[ \t]*")


# "- Attendance per singer per rehearsal": a line that only names a record kept per pair of things
_PER_PAIR_LINE = re.compile(r"(?m)^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<x>[A-Za-z][a-z-]+(?: [a-z-]+)?) (?:per|for each|for every) "
                            r"(?P<a>[a-z-]+) (?:per|and|and per|for each|and each) (?P<b>[a-z-]+)[ \t]*\.?[ \t]*$")


# "invoices per move, paid or not": a note's line naming a record kept per thing, then its fields
_PER_ONE_LINE = re.compile(r"(?m)^(?P<head>[ \t]*(?:[-*+][ \t]+)?[A-Za-z][a-z-]+s(?: [a-z-]+s)? per [a-z-]+)[ \t]*,[ \t]*"
                           r"(?=(?:(?!\b(?:we|i|they|you|he|she|it|has|have|is|are)\b)[^\n:;.]){1,60}$)")


# "…, fragile y/n, and if something breaks we file a damage claim with …": what the speaker does then is
# a sentence of its own, not one more item of the list before
_AND_IF_WE = re.compile(r",[ \t]+and (?P<c>if|when|whenever) (?=[^.\n;]{0,40}\b(?:we|i|they|you)\b)")


# "a committee of examiners is appointed for each thesis": a group the text names once is several of its
# members ("several examiners are appointed …"); a group spoken of again ("each batch has …") is a thing
_GROUP_OF = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Ee]ach|[Tt]he) (?P<group>[a-z]+) of (?P<members>[a-z]+s) (?P<verb>[a-z]+)\b")
_PLURAL_VERBS = {"is": "are", "was": "were", "has": "have"}


def _group_of(m, text):
    group, verb = m.group("group"), m.group("verb")
    plural = _PLURAL_VERBS.get(verb) or (lexicon.verb_lemma(verb) if verb.endswith("s") else None)
    if group not in lexicon.group_nouns() or plural in (None, verb) or \
            len(re.findall(rf"\b{group}(?:s|es)?\b", text, re.I)) != 1:
        return m.group(0)
    return f"{'Several' if m.group(0)[0].isupper() else 'several'} {m.group('members')} {plural}"


def _per_pair_line(m):
    x = m.group("x")
    return f"{m.group('lead')}Each {x[0].lower()}{x[1:]} belongs to one {m.group('a')} and one {m.group('b')}."


# "forty plots, each rented by a gardener for a season": what is said of each one is a sentence of its own
_EACH_DONE = re.compile(r"\b(?P<noun>[a-z]{3,}s), each (?P<done>[a-z]{3,}(?:ed|en|t)) (?P<prep>by|to) ")


# "…, each line item is one service with qty and agreed price": what each one is, after a comma, is a
# sentence of its own (not "…, each one is …": that one is the thing before)
_EACH_CLAUSE = re.compile(r",[ \t]+(?P<each>each|every) (?P<noun>(?!one\b)[a-z]+(?: [a-z]+)?) is (?=one |a |an )")


def _each_done(m):
    if lexicon.verb_lemma(m.group("done")) is None:
        return m.group(0)
    return f"{m.group('noun')}. Each {w.singular(m.group('noun'))} is {m.group('done')} {m.group('prep')} "


# "clients -> events (date, venue)": one arrow between two plurals at a line's start says the first have the second
_ONE_ARROW = re.compile(r"(?m)^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<a>[a-z]+(?: [a-z]+)?)[ \t]*(?:->|→|=>)[ \t]*"
                        r"(?P<b>[a-z][a-z ]{0,30}?s)(?=[ \t]*(?:\(|$|,|;))")   # ("lesson -> exercises")


# "lessons in order (title, position)": the fields in parentheses are the lessons', said after how they are kept
_IN_ORDER_FIELDS = re.compile(r"\b(?P<things>[a-z]+s) in (?P<how>order|sequence) (?P<fields>\([^()\n]*,[^()\n]*\))")


# "the branch where the car is picked up": the branch in that role ("the pick-up branch")
_WHERE_ROLE = re.compile(r"\bthe (?P<thing>[a-z]+) where (?:the [a-z]+|it|they) (?:is|are|gets|get) "
                         r"(?P<done>[a-z]+(?:ed|en))(?: (?P<particle>up|off|out|in|down|back))?\b")


def _where_role(m):
    base = lexicon.verb_lemma(m.group("done"))
    if base is None or base == m.group("done"):
        return m.group(0)
    return f"the {base}{'-' + m.group('particle') if m.group('particle') else ''} {m.group('thing')}"


# "priority low/medium/high" opening a note: a field and its values, written without a colon
_FIELD_SLASHED = re.compile(r"(?:(?<=[.;,] )|(?<=^))(?P<field>[a-z]+) (?P<values>[a-z]+(?: [a-z]+)?(?:[/|][a-z]+(?: [a-z]+)?){1,8})"
                            r"(?=[ \t]*(?:[.;,]|$))", re.M)


def _field_slashed(m):
    if not (w.field_word(m.group("field")) or STATUS_NAME.search(m.group("field"))):
        return m.group(0)
    values = re.split(r"[/|]", m.group("values"))
    return f"{m.group('field')} ({', '.join(values[:-1])} or {values[-1]})"


# "labels are per project (name, colour)": one project's labels, said as "labels per project (…)"
_ARE_PER = re.compile(r"\b(?P<things>[a-z]+s) are per (?=[a-z]+ \()")
# "name like 2.4.0, release date": an example after a field, said in passing
_FIELD_LIKE = re.compile(r"\b(?P<field>[a-z]+) like (?P<example>(?=[\w.\-]*[\dA-Z])[\w.\-]+)(?=[ \t]*(?:,|;|$))", re.M)


def _one_arrow(m):
    a = m.group("a") if w.is_plural(m.group("a")) else w.plural(m.group("a"))
    return f"{m.group('lead')}{a} have {m.group('b')}"


# "patients -> name, dob, insurance provider", "variants of a product -> size + colour": a thing, an arrow, its
# fields (a first item that is no plural)
_ARROW_FIELDS = re.compile(r"(?m)^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<a>[a-z][a-z ]{0,30}?s(?: of (?:a|an|the|each) [a-z]+| (?:we|i) [a-z]+)?)"
                           r"[ \t]*(?:->|→|=>)[ \t]*(?=[a-z][a-z ]{0,30}?[a-rt-z](?: \([^)\n]*\))?[ \t]*(?:,|and [a-z]+[ \t]*$))"
                           r"|^(?P<lead1>[ \t]*(?:[-*+][ \t]+)?)(?P<a1>[a-z]+)[ \t]*(?:->|→|=>)[ \t]*"
                           r"(?=[a-z][a-z ]{0,30}, [a-z][a-z ]{0,30}, )")   # ("merch -> item name, size, price": a
#                                                                            singular label before three fields;
#                                                                            "pieces we sing -> title, …" too)


# "a database for my vinyl record collection with artists, albums, tracks, labels and …": what it is made of
_APP_WITH = re.compile(r"\A\s*(?:i need |we need |i want |we want )?(?:(?:a|an|the|our|my)\s+)?(?:[\w-]+\s+){0,2}?(?P<app>"
                       + _APP_WORDS + r"|db)(?:\s+for\s+[^,.:;()]{1,60}?)?"
                       r"\s+with\s+(?=[a-z]+s\b[^.;:\n]*,[^.;:\n]*,)", re.I)


# "teams (each club has several teams by age group), players": a clause in parentheses that says how
# many of a thing another has
_CLAUSE_IN_PARENS = re.compile(r"[ \t]*\((?P<clause>(?:each|every) [a-z]+(?: [a-z]+)? (?:has|have|can have|holds|runs|owns) "
                               r"(?:several|many|multiple|one or more|a few|some|any number of) [a-z]+s\b[^()\n]*)\)", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n|$")


def _clause_asides(text):
    """Such a clause is a sentence of its own, said after the one it interrupts (which goes on as if it
    were not there)."""
    while (m := _CLAUSE_IN_PARENS.search(text)) is not None:
        stop = _SENTENCE_END.search(text, m.end()).start()
        closing = 1 if text[stop:stop + 1] in (".", "!", "?") else 0
        clause = m.group("clause").strip()
        text = f"{text[:m.start()]}{text[m.end():stop]}. {clause[0].upper()}{clause[1:]}.{text[stop + closing:]}"
    return text


# "products come with a SKU, a weight and dimensions", "each kit comes with a manual": what a thing has
_COMES_WITH = re.compile(r"\b(?P<verb>comes|come) (?:along )?with (?=(?:an? |the |its |their |[a-z]+ ?,))")


# "each desk belongs to a room, each room to a floor": the verb said once serves the clauses after it
_GAPPED_EACH = re.compile(r"\b(?P<lead>[Ee]ach (?P<x>[a-z]+(?: [a-z]+)?) (?P<verb>(?:is |are )?[a-z]+) "
                          r"(?P<prep>to|in|at|on|for) (?:a|an|one) [a-z]+(?: [a-z]+)?), (?P<and>and )?each "
                          r"(?P<y>[a-z]+(?: [a-z]+)?) (?P=prep) (?=(?:a|an|one) )")


def _gapped_each(text):
    at = 0
    for _ in range(12):                      # (one clause per pass: each repeats the verb for the next)
        m = _GAPPED_EACH.search(text, at)
        if m is None:
            return text
        at = m.start() + 1
        if m.group("x") == m.group("y") or m.group("y").split()[-1] == m.group("verb").split()[-1]:
            continue                         # (the clause after already has its verb)
        text = text[:m.start()] + f"{m.group('lead')}, {m.group('and') or ''}each {m.group('y')} {m.group('verb')} " \
            f"{m.group('prep')} " + text[m.end():]
    return text


# "we need dog name + breed + size": a list the speaker keeps that opens on a thing's name is that thing's
# ("for each dog we need name + breed + size")
_THING_NAME_FIRST = re.compile(r"(?P<lead>,\s*)?\b(?P<who>we|i) (?P<verb>need|keep|store|record|track|collect|save|want) "
                               r"(?P<noun>[a-z]{3,}) (?P<field>name)\b(?=\s*(?:,|\+|and\b|&))", re.I)


def _thing_name_first(m):
    noun = m.group("noun").lower()
    if noun in w.FIELD_NOUNS or noun in w.DETERMINERS or w.is_plural(noun) or lexicon.verb_lemma(noun) == noun and \
            noun not in lexicon.thing_nouns():
        return m.group(0)
    said = f"each {noun} {m.group('who').lower()} {m.group('verb')} {m.group('field')}"
    return f". For {said}" if m.group("lead") else f"for {said}"      # (after a comma: a sentence of its own)


# "a JSON blob of settings", "a JSON object with its preferences": the field is named by what it holds
_TYPED_HOLDER = re.compile(r"\b(?:an?|the) (?P<type>json|jsonb|xml) (?:blob|object|document|map|field|column|payload|"
                           r"dict|dictionary|structure|value) (?:of|for|with) (?:(?:its|their|the) )?"
                           r"(?P<name>[a-z]+(?: [a-z]+)?)\b", re.I)


# "tour, date, spots left": an item of a list counting what is left ("spots remaining"), not a verb
_LEFT_ITEM = re.compile(r"(?:(?<=, )|(?<=: ))(?P<things>[a-z]+s) left(?=\s*(?:[,.;\n]|$))")


# "hazardous? (yes/no)", "insured? y/n": a field asked as a question is a flag; the question mark goes
_ASKED_FLAG = re.compile(r"(?<=[a-z])\?(?=[ \t]*\(?[ \t]*(?:yes|y)[ \t]*/[ \t]*(?:no|n)\b)", re.I)
# "amount, paid?", "- insured?": a one-word item asked as a question in a list is a flag too
_ASKED_ITEM = re.compile(r"(?:(?<=, )|(?<=^- )|(?<=^\* )|(?<=\n- )|(?<=\n\* ))(?P<word>[a-z]+)\?(?=[ \t]*(?:$|\n|,))", re.I)


_ACRONYM = re.compile(r"\b(?P<letters>[A-Z]{2,4})(?P<s>s?)\b")
_STOP = w.DETERMINERS | w.PREPOSITIONS | w.PRONOUNS | w.AUXILIARIES | w.CONJUNCTIONS


def _spelled_out(text):
    """'PO lines' beside 'purchase orders': an abbreviation the text spells out in nouns is those nouns
    ('purchase order lines'), so both name one thing."""
    found = {m.group("letters") for m in _ACRONYM.finditer(text)}
    if not found:
        return text                          # (most texts have no abbreviation)
    words = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", text)   # (neighbours only: not "issue a ticket")
    spelled = {}
    for letters in found:
        n = len(letters)
        for i in range(len(words) - n + 1):
            run = [x.lower() for x in words[i:i + n]]
            if all(x[0] == c.lower() and len(x) >= 3 and x not in _STOP for x, c in zip(run, letters)) and \
                    lexicon.filed_noun(w.singular(run[-1])):
                spelled[letters] = run[:-1] + [w.singular(run[-1])]
                break
    if not spelled:
        return text
    return _ACRONYM.sub(lambda m: " ".join(spelled[m.group("letters")][:-1] + [
        (w.plural if m.group("s") else str)(spelled[m.group("letters")][-1])]) if m.group("letters") in spelled
        else m.group(0), text)


# "downloads: every download of an episode -> timestamp, country, …": an arrow after a label's thing opens its
# list, as "with" does (not a comma: the fields are not more things)
_ARROW_IN_LABEL = re.compile(r"(?m)^(?P<head>[ \t]*(?:[-*+][ \t]+)?[a-z][a-z ]{0,30}:[ \t]*(?:each|every|a|an|one) [a-z][a-z ]{0,40}?)"
                             r"[ \t]*(?:->|→|=>)[ \t]*(?=[a-z][^\n,]{0,30},)")
# "biobank notes (draft)", "Hotel app (v2)" over more lines: an aside on the title line is no field list
_TITLE_ASIDE = re.compile(r"\A(?P<title>[ \t]*[A-Za-z][\w' -]{0,60}?)[ \t]*\([^,/;:()\n]{1,30}\)[ \t]*"
                          r"(?=(?:[-\u2013\u2014][^\n(]*)?\n)")     # (also before "- what we need")


# a title's words for the form of a text of questions and answers ("… - questions and answers", "Q&A")
_QA_TITLE = re.compile(r"(?i)[ \t]*(?:[-\u2013\u2014:][ \t]*)?\b(?:(?:questions?|q)[ \t]*(?:and|&)[ \t]*(?:answers?|a)|faqs?)\b"
                       r"(?:[ \t]+(?:about|on|for)\b)?")


def plain(text):
    """Markdown made plain: emphasis dropped, a definition item's dash read as its colon; answers to
    a designer's questions read as statements; technical table headers read as list headers."""
    text = _spelled_out(text)
    text = _TITLE_ASIDE.sub(r"\g<title>", text)
    if len(QA_LABEL.findall(text)) >= 2:
        text = _QA_TITLE.sub("", text)     # "Thesis tracker - questions and answers": how the text is written
    text = QA_LABEL.sub("", _sub(QA_INLINE, " ", text, "?"))   # "Q: …" / "A: …": the labels say nothing
    text = _BLANK_LINES.sub("\n\n", chat(text))
    text = _sub(_ASKED_FLAG, "", text, "?")
    text = _sub(_LEFT_ITEM, r"\g<things> remaining", text, " left")
    text = _sub(_ASKED_ITEM, lambda m: f"{m.group('word')} (yes/no)", text, "?")
    text = _sub(_TYPED_HOLDER, lambda m: f"{m.group('name')} ({m.group('type').lower()})", text, "json", "xml")
    text = _sub(_THING_NAME_FIRST, _thing_name_first, text, " name")
    text = _sub(_RANGE_DOTS, " to ", text, "..")                 # "1..5 tags": a range, no full stop
    text = _sub(_ALSO_LIST, ", and also ", text, "Also ")
    text = _sub(_ALSO_LABEL, "", text, "also", "plus")
    text = _sub(_PARTITIVE, lambda m: _partitive(m, text), text, "piece", "item", "article")
    text = _sub(_GROUP_OF, lambda m: _group_of(m, text), text, " of ")
    text = _sub(_WHICH_WHO, _which_who, text, "who")
    text = _sub(_SUBJECT_ASIDE, _subject_aside, text, "ly ")
    text = _clause_asides(text) if "(" in text else text
    text = _sub(_APP_TO_KEEP, lambda m: f"{m.group('app')}: ", text, ",")
    text = _sub(_APP_WITH, lambda m: f"{m.group('app')}: ", text, " with ")
    text = _sub(_KEEP_TRACK, _tracks, text, "keep")
    text = _sub(_KEEP_CLAUSE, " we ", text, ";")
    text = _sub(_IDENTIFIED_BY_LIST, lambda m: {"is": "has ", "are": "have "}.get(m.group("are"), ", each with "),
                text, " by ")
    text = rephrased_fields(text)
    text = _sub(_FILL_IN, r"\1 ", text, "fill")
    text = _sub(_IN_CHARGE, r"\1 responsible for", text, " in charge of")
    text = _sub(_IS_GIVEN, lambda m: "has " if m.group("be") == "is" else "have ", text, "is ", "are ")
    text = _sub(_SPACED_FIELDS, _spaced_fields, text, "(")
    text = _sub(_PLUS, " and ", text, " + ")
    text = _sub(_FROM_WHEN, "the start date and the end date", text, "from when")
    text = _sub(_EACH_WITH, ", each with ", text, " each ")
    text = _sub(_EACH_ON_AT, r", each with \g<a> and \g<b>", text, ", each ")
    text = _sub(_RATED_BY, lambda m: f"{'have' if m.group(1) == 'are' else 'has'} a {m.group(2)}", text, " by ")
    text = _sub(_SO_THAT, _so_that, text, "so ")
    text = _sub(_DASH_VALUES, lambda m: f" ({m.group('aside')})" + (", " if re.match(
        r"(?:a|an|the|its|their)\s", m.string[m.end():]) and "," in m.string[max(0, m.start() - 60):m.start()] else " "),
        text, *_DASHES)                      # (the second dash went on a list: "…, a species - …, or other - a breed")
    text = _sub(_DASH_ASIDE, lambda m: f" ({m.group('aside')}) ", text, *_DASHES)
    text = _sub(_DASH_CLAUSE, ". ", text, *_DASHES)
    text = _sub(_COLON_CLAUSE, _colon_clause, text, ":")
    text = _sub(_COMES_WITH, lambda m: "has " if m.group("verb") == "comes" else "have ", text, " with ")
    text = _sub(vs.ONE_OF_COLON, vs.one_of_colon, text, "one of")
    text = _sub(vs.RATED_AS, vs.rated_as, text, " as ")
    text = _sub(vs.THAT_CAN_BE, vs.that_can_be, text, " that ", " which ", "either ")
    text = _sub(vs.SLASHED_FIELDS, vs.slashed_fields, text, "/")
    text = _sub(vs.SLASHED_VALUES, vs.slashed_values, text, "/")
    text = _sub(vs.LIST_OF, vs.list_of, text, "list of")
    text = _sub(vs.MOVES_FROM, vs.moves_from, text, "goes", "moves", "passes", "progresses", "runs", "changes")
    text = _sub(vs.SLASHED_PAIR, lambda m: m.group(0) if m.group(1) in ("yes", "y") else
                f"{m.group(1)} and {m.group(2)} {m.group(3)}", text, "/")
    text = _sub(_BOUND_PAIR, lambda m: f"a minimum number of {m.group('things')} and a maximum number of "
                f"{m.group('things')}", text, "min")
    text = _sub(_PERIODIC, _periodic, text, "every", "hourly", "daily", "weekly", "monthly")
    text = _sub(KINDS_OF, kinds_of, text, " of ")
    text = _sub(vs.COMES_IN, vs.comes_in, text, ":", "(", "come in ", "comes in ")
    text = _sub(vs.COME_IN_KINDS, vs.come_in_kinds, text, "come in ", "comes in ")
    text = _sub(vs.PIPED_VALUES, vs.piped_values, text, "|")
    text = _gapped_each(text) if "each" in text.lower() else text
    text = _sub(vs.ENUM_WORD, vs.enum_word, text, "enum")
    text = _sub(vs.MEASURED_IN_TWO, vs.measured_in_two, text, " in ")
    text = _sub(vs.IN_WHICH_CASE, ", and then", text, "in which case")
    text = _sub(vs.SHARED_ACROSS, vs.shared_across, text, " shared ")
    text = _sub(vs.SUCH_AS_KINDS, vs.such_as_kinds, text, "such as", "like", "e.g.", "eg", "including")
    text = _sub(vs.PROPERTY_OF_COLON, vs.property_of_colon, text, " of ")
    text = _sub(vs.PROPERTY_OF_PAREN, vs.property_of_paren, text, " of ")
    text = _sub(_CHOOSES, lambda m: f"{'has' if m.group(1).endswith('s') else 'have'} {m.group(2)}", text, ":", "(")
    text = _sub(_WHO_IS_ONE_OF, _who_is_one_of, text, ", who ", ", which ")
    text = _sub(_BY_ONE_OF, lambda m: "by one " + " ".join(m.group(1).split()[:-1] + [w.singular(m.group(1).split()[-1])]),
                text, "one of")
    text = _sub(_EACH_TIME, _each_time, text, " time ")
    text = _sub(_OWN_FIELDS, _own_fields, text, " my ", " our ")
    text = _sub(_GIVES_THEIR, lambda m: "has " if m.group("v").endswith("s") else "have ", text, " their ", " his ",
                " her ")
    text = _sub(_LISTING_PARTICIPLE, ", with ", text, ", ")
    text = _sub(_EACH_DONE, _each_done, text, ", each ")
    text = _sub(_EACH_CLAUSE, lambda m: f". {m.group('each').capitalize()} {m.group('noun')} is ", text,
                ", each ", ", every ")
    text = _sub(_PER_PAIR_LINE, _per_pair_line, text, " per ", " for e")
    text = _sub(_PER_ONE_LINE, r"\g<head>: ", text, " per ")
    text = _sub(_AND_IF_WE, lambda m: ". " + m.group("c").capitalize() + " ", text, ", and ")
    text = fields_of_last.split(text)
    text = _sub(_CLAUSE_THEN_FIELDS, lambda m: f"{m.group('lead')}{m.group('subject')} {m.group('clause')}.\n"
                f"{m.group('lead')}{m.group('subject')}: ", text, "fields", "columns", "attributes")
    text = _sub(_PASSIVE_KEPT, _passive_kept, text, " recorded", " stored", " kept", " logged", " tracked", " captured",
                " noted", " saved")
    text = _sub(_STORY_ROLE, lambda m: f"{m.group(1)}, {m.group(2)}", text, "as ")
    text = _sub(_WANT_EACH, _each_does, text, "want", "need", "like")
    text = _sub(_GAPPED_HAS, lambda m: f"{m.group('first')}. {m.group('each').capitalize()} has ", text, "each", "every")
    text = _sub(_TABLE_HEADER, lambda m: f"{m.group('lead') or '- '}{m.group('name')}: ", text, "table")
    text = _sub(_NAME_TABLE, lambda m: f"{m.group('lead')}{m.group('name')}: ", text, "table")
    text = _sub(_DASH_HEADER, lambda m: m.group(0) if m.start() and m.string[m.start() - 1] == "\n" and
                blocks.wrapped(m.string[:m.start() - 1].rsplit("\n", 1)[-1]) else
                f"{m.group('lead')}{m.group('label')}: ", text, "-", "–", "—")   # (not "… photographs of" over
    #                                                                   "objects as well - file path, …")
    text = _sub(_DASH_LIST, lambda m: m.group(0) if re.search(r"\b(?:as well|of \w+)$", m.string[max(0, m.start() - 20):
                                                                                           m.start()]) else ": ",
                text, "-", "–", "—")         # ("we keep photographs of objects as well - file path, …": the photos')
    text = _sub(_DASH_NEED_LIST, ": ", text, "-", "–", "—")
    text = rephrased(text)
    text = _sub(_NOUN_DECLINED, lambda m: m.group("lead"), text, "?")
    text = _sub(vs.NOUN_VALUES, vs.noun_values, text, "?")
    text = _sub(vs.FIELD_VALUES, vs.field_values, text, ":")
    text = _sub(vs.HAS_FIELD_VALUES, vs.has_field_values, text, ":")
    text = _sub(vs.VALUES_LABEL, "(", text, "(")
    text = _sub(vs.WITH_VALUES, lambda m: f"({m.group('list').strip()})", text, "value")
    text = _sub(vs.ARROWED_FIELD, vs.arrowed_field, text, ">", "→")
    text = _sub(vs.THINGS_GO, vs.things_go, text, ">", "→")
    text = _sub(_ARROW_IN_LABEL, r"\g<head>, with ", text, ">", "→")
    text = _sub(vs.ARROWS, lambda m: re.sub(r"\s*(?:→|->|>)\s*", " , ", m.group(0)), text, ">", "→")
    text = _sub(_ONE_ARROW, _one_arrow, text, ">", "→")
    text = _sub(_WHERE_ROLE, _where_role, text, " where ")
    text = _sub(_FIELD_SLASHED, _field_slashed, text, "/", "|")
    text = _sub(_ARE_PER, r"\g<things> per ", text, " are per ")
    text = _sub(_FIELD_LIKE, lambda m: f"{m.group('field')} (e.g. {m.group('example')})" if w.field_word(
        m.group("field")) or lexicon.verb_lemma(m.group("field")) is None else m.group(0), text, " like ")
    text = _sub(_IN_ORDER_FIELDS, r"\g<things> \g<fields> in \g<how>", text, " in order (", " in sequence (")
    text = _sub(_ARROW_FIELDS, lambda m: f"{m.group('lead') or m.group('lead1') or ''}{m.group('a') or m.group('a1')}: ",
                text, ">", "→")
    text = _sub(_NOUN_QUESTION, _noun_question, text, "?")
    text = _sub(_NOUN_HEADING, lambda m: f"\n\n{m.group('lead')}{m.group('noun')}.\n", text, "?")
    text = _sub(_NOUN_DESCRIBED, _noun_described, text, "?")
    text = note_labels(text)
    text = _sub(_EMPHASIS, lambda m: m.group(2), text, "**", "__", "`")
    # "- **Audit event** - every action on an envelope: event type, …": what it is, then its fields
    text = _sub(_DEFINITION, _definition, text, "-")
    return answers(text)
