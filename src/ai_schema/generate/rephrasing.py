"""Everyday wordings of a field, a list or a relation rewritten into the forms the readers take ('valid from
one date to another', 'the date and time it was published', 'the events they are going to', 'where they
worked (company, title, years)', a list after a clause's semicolon); used by plain.py, in its order."""

import re

from . import act_labels, lexicon
from .occasions import act_noun
from .object_relatives import participle as participle_of
from .one_reference import participle
from .tagging import irregular_participle
from . import words as w
from .value_spellings import sub as _sub
from .value_statements import state_like
from ..ddl.naming import STATUS_NAME


# "boxes sit in a freezer; shelf, rack, barcode, how many rows": a list of short items after a clause's
# semicolon or dots (or a full stop before lower case: "albums belong to an artist. title, …"), to the end of
# the line, is a colon's list too
_BREAK_LIST = re.compile(r"(?<=[a-z)])[ \t]*(?:;|\.{2,}|…|\.(?=[ \t]+[a-z]))[ \t]+(?=(?:[a-z][\w/]*(?: [\w/]+){0,3}(?: \([^)\n]*\))?, ){2,}"
                         r"[^\n.;]*$)", re.M)
# "a calendar is valid from one date to another", "passes are valid from a start date until an end date": the
# two dates it is valid between
_VALID_FROM = re.compile(r"\b(?P<be>is|are) valid from (?:a |an |the |one )?(?:[a-z]+ )?(?:date|day) (?:to|until|till|through) "
                         r"(?:a |an |the )?(?:another|[a-z]+ (?:date|day)|another (?:date|day))\b")
# "the date and time it was published": one field, the time it was done
_DATE_AND_TIME_DONE = re.compile(r"\bdate (?:and|&) time (?=(?:that |when )?(?:it|they|he|she) (?:was|were|is|are|got|get|gets) "
                                 r"(?P<done>[a-z]+)\b)")


def _time_done(m):
    done = m.group("done")
    return "time " if done.endswith("ed") or irregular_participle(done) else m.group(0)   # ("… it was taken")
# "the gas meter and the electricity meter readings": one head said twice, then shared ("the gas and
# electricity meter readings", read by text.share_heads)
_HEAD_SAID_TWICE = re.compile(r"\b(?P<det>the|our|my) (?P<a>[a-z]+) (?P<head>[a-z]+) and (?:the|our|my) (?P<b>[a-z]+) "
                              r"(?P=head) (?P<shared>[a-z]+s)\b")
# "the events they are going to": what they do, said in the progressive ("the events they go to")
_THEY_ARE_DOING = re.compile(r"\b(?P<things>[a-z]+s) (?P<who>they|we|you|I) (?:are|am) (?P<ving>[a-z]+ing)\b")


def _they_do(m):
    base = lexicon.verb_lemma(m.group("ving"))
    return m.group(0) if base is None or base == m.group("ving") else f"{m.group('things')} {m.group('who')} {base}"


# "comment on other users' photos": the photos (whose they are says nothing of the data)
_OTHERS_THINGS = re.compile(r"\b(?:other|another) [a-z]+(?:s'|'s|s’|’s) (?=[a-z])", re.I)
# "their grad year, where they worked (company, title, years)": the places they did it at, each with the rest
_WHERE_THEY = re.compile(r"\bwhere (?P<who>they|we|i|you|he|she) (?P<did>[a-z]+ed) \((?P<place>[a-z]+), ?(?P<rest>[^()\n]+)\)",
                         re.I)


# "graduates (…), the companies each one worked for with …": each one of the item before, as 'they' says
_EACH_ONE_DID = re.compile(r"\b(?P<the>the|which) (?P<things>[a-z]+s) each one (?=[a-z]+ed\b)")


def _where_they(m):
    place = m.group("place")
    if lexicon.verb_lemma(m.group("did").lower()) is None or w.field_word(place.lower()):
        return m.group(0)
    return f"the {w.plural(place)} {m.group('who')} {m.group('did')} at ({m.group('rest')})"


def _break_list(m):
    """The colon of _BREAK_LIST, but no clause in the list; in a label's line ('rooms: belong to a hotel;
    room number, …', 'consents: a donor signs forms... form version, …') the label's own list, after ';'."""
    if re.search(r"\b(?:is|are|was|were|has|have|we|i|they)\b", re.sub(r"\([^)]*\)", "", m.string[m.end():].split("\n", 1)[0])):
        return m.group(0)
    return "; " if ":" in m.string[:m.start()].rsplit("\n", 1)[-1] else ": "


# "a status, open or closed", "a type, single, double or suite": a field's values in apposition, at the end
# of a clause, as "a status (open or closed)" says (not "an episode is a draft, scheduled or published")
_FIELD_THEN_VALUES = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bbe )\b(?P<lead>(?:a|an|the|its|their) (?P<field>[a-z]+(?: [a-z]+)?)), "
                                r"(?P<values>[a-z][a-z-]*(?:, [a-z][a-z-]*)*,? or [a-z][a-z-]*)(?=\s*(?:[.;)]|$))")


def _field_then_values(m):
    values = [x.strip() for x in re.split(r",|\bor\b", m.group("values")) if x.strip()]
    field = m.group("field").split()[-1]
    if not (w.field_word(field) or STATUS_NAME.search(field) or field in lexicon.kind_nouns() or
            field in lexicon.property_nouns()) or \
            any(w.field_word(x) or w.singular(x) != x for x in values):
        return m.group(0)                        # (not "a name, email or phone": fields)
    return f"{m.group('lead')} ({', '.join(values[:-1])} or {values[-1]})"


# "suppliers just name + email", "rooms only number and floor": a label and its fields, said without a colon
_JUST_FIELDS = re.compile(r"(?:^|(?<=[.;] )|(?<=\n))(?P<label>[a-z]+s) (?:just|only) (?P<first>[a-z]+)(?= ?(?:,|\band\b|\+|&))", re.M)


def _just_fields(m):
    first = m.group("first")
    if not w.field_word(first) and lexicon.verb_lemma(first) is not None:
        return m.group(0)                        # (not "members only book classes and rooms": a clause)
    return f"{m.group('label')}: {first}"


# "batches: each batch brews one recipe, brew date, …": a label's list whose first item is a clause saying
# what each one refers to; the clause's reference is the first item
_EACH_DOES_ONE = re.compile(r"^(?P<label>[ \t]*[-*]?[ \t]*(?P<things>[a-z]+s)[ \t]*:[ \t]*)each (?P<one>[a-z]+) [a-z]+s "
                            r"(?P<ref>(?:one|a|an) [a-z]+(?: [a-z]+)?), (?=[a-z])", re.M)


def _each_does_one(m):
    return f"{m.group('label')}{m.group('ref')}, " if w.singular(m.group("things")) == m.group("one") else m.group(0)


# "Acceptance: a shift has a date, …" under a story: the criteria say what the data holds, the label nothing
_ACCEPTANCE = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?:acceptance(?: criteria)?|ac|criteria|(?:user )?story[ \t]*#?\d+)"
                         r"[ \t]*(?:\d+[ \t]*)?[:.)\u2013\u2014-][ \t]*(?=[a-z])", re.M | re.I)   # (and "Story 3: As a …")


# "REQ-08 Applicants shall pay …", "FR-3: Users can …", "US12. As a …": a requirement's number says nothing
_REQUIREMENT_ID = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)[A-Z]{1,5}[-_]?\d{1,4}(?:\.\d{1,3})*[:.)]?[ \t]+(?=[A-Z])", re.M)


# "ok so we need an app. gigs -> venue, date, fee": a label and its arrow after a sentence opens a line of its own
_ARROW_AFTER_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?=[a-z]+(?: [a-z]+)? ?(?:->|→) ?[a-z])")


# "venues -> name/city/capacity/contact email": a label's list written with slashes (three or more items)
_SLASHED_LIST = re.compile(r"^(?P<label>[ \t]*(?:[-*+][ \t]+)?[a-z]+(?: [a-z]+)?[ \t]*(?:->|→|:)[ \t]*)"
                           r"(?P<items>[a-z][a-z ]*(?:/[a-z][a-z ]*){2,})[ \t]*(?=[.\n]|$)", re.M)


# "operates aircraft, each identified by a registration": each one has that field, and no two share it
_EACH_IDENTIFIED = re.compile(r",[ \t]*each (?:one )?(?:uniquely )?(?:identified|known) by (?:a|an|its|their) ")


# "stamps by country and year of issue", "A: Christmas trees, by variety and height band": things opening a
# list or an answer, sorted by what each one has — their fields (not "paintings by local artists": who)
_SORTED_BY = re.compile(r"(?:^|(?<=[:\-] ))(?P<things>[A-Za-z][a-z]+(?: [a-z]+){0,2}),? by (?P<field>[a-z]+)\b", re.M)


def _sorted_by(m):
    field = m.group("field")
    if field in ("a", "an", "the", "one", "each", "every", "our", "my", "their", "its", "his", "her", "whom", "which",
                 "who", "phone", "email", "post", "hand") or field.endswith("ing") or \
            w.singular(field) in lexicon.person_nouns() or not w.is_plural(m.group("things").split()[-1].lower()):
        return m.group(0)                 # (who made them, or how they came: "orders by phone", "by sending …")
    return f"{m.group('things')} with {field}"


# "bottles with vintage, region, which rack they sit in", "…, and which album and page each one is kept on": in a
# list, the one thing (or two) each item is at, asked with "which", is said as "the" says it (a field of theirs)
_WHICH_ONE_AT = re.compile(r"(?<=, )(?P<and>and )?which (?P<at>[a-z]+(?: and [a-z]+)?) (?P<clause>(?:they|it|each one|each "
                           r"[a-z]+) (?:(?:is|are) )?[a-z]+ (?:in|on|at))\b")


def _which_one_at(m):
    at = m.group("at").split(" and ")
    if any(w.is_plural(x) for x in at):
        return m.group(0)                 # ("which tools each member borrows": pairs of them)
    return (m.group("and") or "") + ", ".join(f"the {x} {m.group('clause')}" for x in at)   # (each its own field)


# "Artworks - title, price; each is by one artist": by whom each one is made
_EACH_IS_BY = re.compile(r"\b(?P<who>each|each one|it|they) (?:is|are) by (?=(?:one|a|an|the|a single) [a-z])|"
                         r"(?<=, )(?P<each>each [a-z]+) by (?=(?:one|a|an|a single) [a-z])")   # (", each piece by a
#                                                                                               composer")


def _each_is_by(m):
    if m.group("each"):
        one = m.group("each").split()[1]
        if one.endswith("ed") or irregular_participle(one) or not lexicon.filed_noun(one) and lexicon.verb_lemma(one):
            return m.group(0)             # (", each led by one of our journalists": a participle already)
        return m.group("each") + " made by "
    return ("each" if m.group("who").startswith("each") else m.group("who")) + " made by "


# "* Exhibitions - title, dates, showing many artworks": after a label's fields, what each of them does to many
# other things is a sentence of its own ("Exhibitions show many artworks")
_LABEL_DOES_MANY = re.compile(r"^(?P<head>[ \t]*(?:[-*•][ \t]+)?(?P<label>[A-Z]?[a-z]+s)[ \t]*(?::|-|–|—)[^\n]*?)[,;][ \t]*"
                              r"(?:and |each )?(?P<verb>[a-z]+(?:ing|s)) (?P<many>many|several|multiple|one or more) "
                              r"(?P<things>[a-z]+s)\b", re.M)


def _label_does_many(m):
    base = lexicon.verb_lemma(m.group("verb"))
    if base is None or base in ("have", "has", "be", "include", "contain") or not w.is_plural(m.group("label").lower()):
        return m.group(0)                 # (a list's "has many …" is read as it is)
    return f"{m.group('head')}. {m.group('label').capitalize()} {base} {m.group('many')} {m.group('things')}"


# "the mileage at the start and end of each reservation": two fields, the mileage at each end of it
_AT_START_AND_END = re.compile(r"\bthe (?P<f>[a-z]+(?: [a-z]+)?) at the (?:start|beginning) and (?:at the )?(?:end|finish) "
                               r"of (?=(?:each|every|the|a|an) [a-z])")


# "we write down the launch time", "she jots down the score": the phrasal verbs of recording, said plainly
_WRITE_DOWN = re.compile(r"\b(?:write|jot|note|take|put) down\b|\b(?P<s>writes|jots|notes|takes|puts) down\b")


# "producers = farms & small companies: name, …": what the label's things are, then their fields (the way
# "applicants (companies or people): name, …" says it)
_LABEL_IS = re.compile(r"^(?P<label>[ \t]*(?:[-*+][ \t]+)?[a-z]+s)[ \t]*(?:[=:][ \t]*(?P<what>[a-z]+s?(?: [a-z]+)*? (?:&|and) "
                       r"[a-z]+(?: [a-z]+)?s)|(?: (?:that|who|which) [a-z][a-z ]{0,30}?)?[ \t]*=[ \t]*(?P<one>[a-z]+(?: [a-z]+)?s))"
                       r"[ \t]*:[ \t]*", re.M)   # ("cafes that buy from us = wholesale customers: …")
# "organic yes or no", "paid yes or no": a flag (as "paid yes/no" says it)
_YES_OR_NO = re.compile(r"(?<=[a-z]) yes or no\b")


# "each order has bags - tag number, weight, service": what a thing has, a dash, then their fields (a colon)
_HAS_THEN_DASH = re.compile(r"\b(?P<has>has|have) (?P<things>(?:several |many |multiple )?[a-z]+s)[ \t]+[-\u2013\u2014][ \t]+(?=[a-z][^\n]*,)")


# "log the mileage at the end of each booking": a value taken at a moment of each thing is that thing's, named
# by the moment ("the end mileage of each booking")
_AT_THE_END_OF = re.compile(r"\bthe (?P<field>[a-z]+(?: [a-z]+)?) at the (?P<when>start|end|beginning|close|finish) of "
                            r"(?P<det>each|every|the|a|an|their|its) (?=[a-z])", re.I)
_MOMENTS = {"beginning": "start", "close": "end", "finish": "end"}
# "we pay every consignor at the end of each month": when it recurs (each month), no thing called an end; "we
# send each shop an invoice at the end of the month", "a recital at the end of the year": only when, said of no
# thing (its with-list is the recital's)
_AT_END_OF_PERIOD = re.compile(r"[ \t](?:at|on|by) the (?:start|end|beginning|close) of (?P<det>the|each|every) "
                               r"(?P<period>day|week|month|quarter|year)\b(?! [a-z]+ing\b)", re.I)


# "members book the club's cars": the business the text is about ("an app for a car-sharing club") owns what it
# keeps — its possessive names no other thing
_BUSINESS_OWNS = re.compile(r"\b(?P<det>the|our) (?P<business>[a-z]+)'s (?=[a-z]+s\b)", re.I)


def _business_owns(m):
    opening = " ".join(re.split(r"[.!?:;\n]", m.string[:200], maxsplit=1)[0].split()[:10])   # (where the text says
    said = re.search(r"\b(?:a|an|our|my|the)\s+(?:[\w-]+\s+){0,3}" + re.escape(m.group("business")) + r"\b", opening,
                     re.I)                                                                 # what it is for)
    return "the " if said is not None and said.start() < m.start() else m.group(0)


# "Talks given by speakers have a title": a subject with its doer in a reduced relative clause, then what it
# has — two statements ("Talks are given by speakers. Talks have a title"), each read by its own rule
_SUBJECT_DONE_BY = re.compile(r"(?:(?<=[.!?;] )|(?<=^)|(?<=\n))(?P<subject>(?:[A-Za-z]+ ){0,2}[A-Za-z][a-z]*s) (?P<done>[a-z]+) by "
                              r"(?P<agent>(?:(?:a|an|the|one|our|their) )?(?:[a-z]+ ){0,2}[a-z]+) "
                              r"(?P<verb>have|has|are|is|can|must|should|need|get|include|contain)\b", re.M)


def _subject_done_by(m):
    if not participle(m.group("done")) or m.group("subject").split()[0].lower() in ("we", "i", "they"):
        return m.group(0)
    subject = m.group("subject")
    return f"{subject} are {m.group('done')} by {m.group('agent')}. {subject[:1].upper()}{subject[1:]} {m.group('verb')}"


# "record the saddle height and reach set at each fitting", "log the weight lifted at each session": what is noted
# at each of a thing is that thing's — said the way the readers take it ("record for each fitting the saddle height
# and reach"), the participle that says which value dropped
_NOTED_AT_EACH = re.compile(r"\b(?P<verb>record|records|log|logs|note|notes|keep|keeps|store|stores|track|tracks|capture|"
                            r"captures) (?P<fields>the [a-z][a-z ,]{0,70}?) (?P<done>[a-z]+) (?:at|on|during|after|in) "
                            r"(?P<each>each|every) (?P<thing>[a-z]+)(?=[.;]|$| and |, (?!with))", re.M)


_SAME_PARTICIPLES = frozenset("set cut put hit let shut spread cast".split())   # (English's own: "the reach set")


def _noted_at_each(m):
    done = m.group("done")
    if not (participle(done) or irregular_participle(done) or done in _SAME_PARTICIPLES) or any(
            w.is_plural(x.split()[-1]) for x in re.split(r",|\band\b", m.group("fields")) if x.strip()):
        return m.group(0)                        # (a participle after fields: "the weight lifted"; not things,
    #                                              "the parts used on each phone": a pair of its own)
    return f"{m.group('verb')} for {m.group('each')} {m.group('thing')} {m.group('fields')}"


# "each repair ticket has a price, and each pair on it gets a job": 'it' is the thing the clause before is about —
# said again by name, in a sentence of its own ("… . Each pair on a repair ticket gets a job")
_EACH_ON_IT = re.compile(r"\b(?P<det>[Ee]ach|[Ee]very|[Aa]n?) (?P<thing>(?:[a-z]+ )?[a-z]+) (?P<verb>has|have|gets|is|holds|"
                         r"lists|carries|covers)\b(?P<rest>[^.;:\n]*?), and (?P<each>each|every) (?P<part>[a-z]+) "
                         r"(?P<prep>on|in) it\b(?= [a-z]+)")


def _each_on_it(m):
    thing = m.group("thing")
    if w.field_word(thing.split()[-1]) or thing.split()[0] in ("each", "every", "one"):
        return m.group(0)
    article = "an" if thing[0] in "aeiou" else "a"
    return (f"{m.group('det')} {thing} {m.group('verb')}{m.group('rest')}. {m.group('each').capitalize()} "
            f"{m.group('part')} {m.group('prep')} {article} {thing}")


# "each run is scored out of 100 by a judge", "essays are marked from 0 to 20": a thing graded on a scale has
# the grade as a field of its own ("each run is scored by a judge, with a score (0 to 100)")
_GRADED_ON_A_SCALE = re.compile(r"\b(?P<subject>(?:[Ee]ach|[Ee]very|[Aa]n?|[Tt]he) [a-z]+(?: [a-z]+)?|[A-Z]?[a-z]+s) "
                                r"(?P<be>is|are) (?P<verb>scored|marked|graded|rated|ranked) (?:(?:out of (?P<top>\d+))|"
                                r"(?:on a scale )?(?:from|of) (?P<low>\d+) (?:to|-) (?P<high>\d+))(?P<by> by (?:a|an|the|one) [a-z]+)?")
_GRADE_NOUNS = {"scored": "score", "marked": "mark", "graded": "grade", "rated": "rating", "ranked": "rank"}   # (the
#                                                                   grade given: a rate is a speed)


def _graded_on_a_scale(m):
    low, high = (m.group("low"), m.group("high")) if m.group("top") is None else ("0", m.group("top"))
    grade = f"a {_GRADE_NOUNS[m.group('verb')]} ({low} to {high})"
    if m.group("by"):
        return f"{m.group('subject')} {m.group('be')} {m.group('verb')}{m.group('by')}, with {grade}"
    return f"{m.group('subject')} {'has' if m.group('be') == 'is' else 'have'} {grade}"


# "know how much of each product is left in its dispenser", "how many are left of each size": what is left of each
# one, a quantity of its own ("the quantity of each product left …")
_HOW_MUCH_LEFT = re.compile(r"\bhow (?:much|many) (?:of (?P<each>(?:each|every|the|a|an|our) [a-z]+(?: [a-z]+)?) (?:is|are) "
                            r"|(?:is|are) (?=(?:left|remaining)\b))"
                            r"(?P<left>left|remaining)\b")


def _how_much_left(m):
    return f"the quantity of {m.group('each')} {m.group('left')}" if m.group("each") else f"the quantity {m.group('left')}"


# "- Panels: three judges each", "Teams: 5 players each": a label's line that counts what each one has ("Panels have
# three judges each")
_LABEL_COUNTS_EACH = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<label>[A-Za-z][a-z]+(?: [a-z]+)?s)[ \t]*:[ \t]*"
                                r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|multiple) "
                                r"(?P<things>[a-z]+s) each[ \t]*\.?[ \t]*$", re.M)


# "- Offers: made to applicants - accepted, declined or waiting", "Offers: accepted, declined or waiting": states a
# label's things end in, at the end of its line, are the things' status ("…, with a status (accepted, …)")
_LABEL_THEN_STATES = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?[A-Za-z][a-z]+(?: [a-z]+)?s[ \t]*:)(?:(?P<mid>[^\n:()]*?)"
                                r"[ \t]+[-–—][ \t]+|[ \t]*)(?P<values>[a-z][a-z-]*(?:, [a-z][a-z-]*)*,? or [a-z][a-z-]*)"
                                r"[ \t]*\.?[ \t]*$", re.M)


def _label_then_states(m):
    values = [x.strip() for x in re.split(r",|\bor\b", m.group("values")) if x.strip()]
    if not all(map(state_like, values)):
        return m.group(0)
    if m.group("mid"):
        return f"{m.group('lead')}{m.group('mid')}, with a status ({m.group('values')})"
    return f"{m.group('lead')} status ({m.group('values')})"


# "- Transcripts: written by volunteers, one per recording": a label's things made by people the text names
# nowhere else — said again as the sentence it stands for ("Transcripts are written by volunteers."), whose
# passive makes the people a table and each thing theirs
_LABEL_DONE_BY = re.compile(r"^(?P<line>(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<label>[A-Z]?[a-z]+s)[ \t]*:[ \t]*"
                            r"(?P<done>[a-z]+) by (?P<who>[a-z]+s)\b(?P<rest>[^\n]*?))[ \t]*\.?[ \t]*$", re.M)


def _label_done_by(m):
    who, done = m.group("who"), m.group("done")
    if w.singular(who) not in lexicon.person_nouns() or not (participle(done) or irregular_participle(done)):
        return m.group(0)
    return f"{m.group('line')}. {m.group('label')[:1].upper()}{m.group('label')[1:]} are {done} by {who}."


# "each bill (electric/gas/internet/water) has an amount": alternatives after the thing a clause opens with are
# the kinds it comes in, said before what it has ("each bill has a type (electric/…). Each bill has an amount")
_THING_THEN_KINDS = re.compile(r"\b(?P<det>[Ee]ach|[Ee]very|[Aa]n?|[Tt]he) (?P<thing>[a-z]+) \((?P<kinds>[a-z]+(?:[ \t]*/[ \t]*[a-z]+)+)\) "
                               r"(?P<verb>has|have|gets|comes|is|are)\b")


def _thing_then_kinds(m):
    det, thing = m.group("det"), m.group("thing")
    if w.field_word(thing) or w.is_plural(thing):
        return m.group(0)
    return f"{det} {thing} has a type ({m.group('kinds')}). {det[:1].upper()}{det[1:].lower()} {thing} {m.group('verb')}"


# "we record who found each hedgehog, where and when": where and when it was done, each asked of the same act
_WHO_WHERE_WHEN = re.compile(r"\bwho (?P<did>[a-z]+) (?P<what>it|them|(?:each|every) [a-z]+)(?P<sep>,? (?:and )?)"
                             r"(?P<asks>where,? and when|when,? and where|where|when)\b"
                             r"(?! (?:it|they|he|she|the|each|every|we|i|you|[a-z]+ed)\b)")


def _who_where_when(m):
    did = m.group("did")
    base = lexicon.verb_lemma(did)
    if base is None or base == did or not (did.endswith("ed") or irregular_participle(did)):
        return m.group(0)                # (not "who owns it, when": a present, no act done)
    done = f"{'they were' if m.group('what') == 'them' else 'it was'} {participle_of(base)}"
    asks = ", ".join(f"{ask} {done}" for ask in re.findall(r"where|when", m.group("asks")))
    return f"who {did} {m.group('what')}, {asks}"


# "a crew is assigned to each street": said as the act it is ("we assign a crew to each street"), which
# clause_rules.read_handed_out reads — each street has its crew
_ASSIGNED_TO_EACH = re.compile(r"\b(?P<a>an?|one) (?P<thing>[a-z]+(?: [a-z]+)?) (?:is|gets|will be) "
                               r"(?P<verb>assigned|allocated|allotted) to (?P<each>each|every) (?=[a-z])"
                               r"(?:(?P<target>[a-z]+(?: [a-z]+)?) and (?P<then>[a-z]+s) )?", re.I)


def _assigned_to_each(m):
    """… and the thing's own next act after the one it undergoes ('a driver is assigned to each route and
    collects bins'): a sentence of its own, the thing its subject (not 'we', whose act the first one is)."""
    said = f"we {lexicon.verb_lemma(m.group('verb').lower())} {m.group('a')} {m.group('thing')} to {m.group('each')} "
    then = m.group("then")
    if then is None:
        return said
    if lexicon.verb_lemma(then.lower()) in (None, then.lower()):
        return f"{said}{m.group('target')} and {then} "
    return f"{said}{m.group('target')}. The {m.group('thing')} {then} "


# "Two teams play a match", "two players play each game": the thing done is between two of the doers, said
# as sides.py reads it ("each match is between two teams": a first and a second team)
_TWO_DO_ONE = re.compile(r"(?:^|(?<=[.;:!?] )|(?<=\n))(?:[Tt]wo|2) (?P<doers>[a-z]+s) (?P<verb>[a-z]+) "
                         r"(?:a|an|each|every|one) (?P<done>[a-z]+)\b(?! of\b)")


def _two_do_one(m):
    """(Only when the doers' word is a plural noun, the verb a base form and the thing done a singular noun.)"""
    doers, verb, done = m.group("doers"), m.group("verb"), m.group("done")
    if lexicon.verb_lemma(verb) != verb or not w.is_plural(doers) or w.is_plural(done) or lexicon.only_verb(done):
        return m.group(0)
    return f"Each {done} is between two {doers}"


# "we count every ingredient … and record deliveries from suppliers": the second act is ours too, said so
# ("… and we record deliveries …"), so that what we record is read as it is after 'we'
_WE_DO_AND_KEEP = re.compile(r"\b(?P<who>[Ww]e|I) (?P<first>[a-z]+) (?P<mid>[^.;:!?\n]{3,120}?) and "
                             r"(?P<then>[a-z]+) (?=[a-z]+s\b)")


def _we_do_and_keep(m):
    first, then, mid = m.group("first"), m.group("then"), f" {m.group('mid')} "
    if then not in w.NOTING_VERBS or lexicon.verb_lemma(first) is None or first in w.AUXILIARIES or \
            first in ("want", "need", "would", "like", "also") or \
            re.search(r" (?:we|i|they|you|he|she|who|which|that|when|if|and|or|to) ", mid, re.I):
        return m.group(0)
    who = m.group("who")
    return f"{who} {first} {m.group('mid')} and {'I' if who == 'I' else 'we'} {then} "


# "buyers book viewings, which one of our agents conducts": the relative clause's own subject does it to the
# thing before, said in the passive the readers take ("viewings, which are conducted by one of our agents")
_WHICH_ONE_DOES = re.compile(r"\b(?P<before>[a-z]+),[ \t]+which (?P<who>(?:a|an|the|one of (?:our|the|their)) [a-z]+"
                             r"(?: [a-z]+)?) (?P<verb>[a-z]+)(?=[ \t]*(?:[.;,\n]|$))")


def _which_one_does(m):
    verb = m.group("verb")
    base = lexicon.verb_lemma(verb)
    if base is None or base in ("be", "have", "do") or verb not in (base + "s", base + "es") or \
            not w.is_plural(m.group("before")):
        return m.group(0)
    return f"{m.group('before')}, which are {participle_of(base)} by {m.group('who')}"


# "Each morning the head housekeeper assigns …": a time (WordNet's measure nouns: morning, week) opening a
# clause says when it happens, set off by its comma ("Each morning, the …"), not a thing ("Each morning has …")
_EACH_TIME_THEN = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n))(?P<each>[Ee]ach|[Ee]very) (?P<time>[a-z]+) "
                             r"(?=(?:the|our|my)\b)")


# "a supervisor then inspects some of the rooms": 'then' between the doer and its verb says when, and the
# readers take a doer right before its verb ("a supervisor inspects …")
_DOER_THEN_DOES = re.compile(r"\b(?P<doer>[a-z]+) then (?P<verb>[a-z]+)\b")


def _doer_then_does(m):
    doer, verb = m.group("doer"), m.group("verb")
    base = lexicon.verb_lemma(verb) or ""
    agrees = verb != base and verb in (base + "s", base + "es") if not w.is_plural(doer) else verb == base
    if not base or base in ("be", "have", "do") or not agrees or doer in w.CONJUNCTIONS or \
            lexicon.verb_lemma(doer) == doer and not w.is_plural(doer):
        return m.group(0)
    return f"{doer} {verb}"


# "inspectors record a pass or a fail", "we record a win, a loss or a draw": what is recorded is one of the
# alternatives 'or' joins — a closed set of values of one field, said as the readers take it ("a result (pass or
# fail)"), not a field per alternative
_RECORD_ONE_OF = re.compile(r"\b(?P<verb>(?:record|log|note|mark|store|track)s?) (?P<alts>(?:(?:a|an) )?[a-z]+"
                            r"(?:, (?:(?:a|an) )?[a-z]+)* or (?:(?:a|an) )?[a-z]+)(?=[ \t]*(?:[.;,\n]|$))")


def _record_one_of(m):
    said = re.split(r", | or ", m.group("alts"))
    items = [x.split()[-1] for x in said]
    if any(w.field_word(x) or w.is_plural(x) or x in lexicon.person_nouns() or x in w.DETERMINERS for x in items) or \
            any(len(x.split()) == 1 and lexicon.verb_lemma(x) == x and lexicon.mostly_verb(x) for x in said) or \
            len(set(items)) < len(items):
        return m.group(0)                # ("record the date or the time", "log calls or emails": fields, things)
    return f"{m.group('verb')} a result ({', '.join(items[:-1])} or {items[-1]})"


# "Boilers are serviced by an engineer every year; we record the date and the cost": an act done again and again
# to each thing, then what is kept of it — each time is a row of its own ("…; for each service we record …")
_RECURRING = re.compile(r"\b(?P<things>[A-Za-z]+s) (?:are|get) (?:[a-z]+ly )?(?P<done>[a-z]+(?:ed|en))\b(?P<rest>[^.;\n]*?\b"
                        r"(?:(?:every|each) (?:day|week|fortnight|month|quarter|year|season|term|spring|summer|autumn|winter)|"
                        r"(?:once|twice|\d+ times|two times|three times) a (?:day|week|month|year)|"
                        r"daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b[^.;\n]*?)"
                        r"(?P<sep>;|, and|\.) (?P<who>(?:[Ww]e|I) )?(?=(?:record|keep|log|note|store|track)\b)")


def _recurring(m):
    verb = lexicon.verb_lemma(m.group("done").lower())
    act = act_noun(verb) if verb is not None and verb != m.group("done").lower() else None
    if act is None or w.field_word(act) or act in lexicon.thing_nouns() or not w.is_plural(m.group("things").lower()):
        return m.group(0)
    said = m.group(0)[:m.end("rest") - m.start()]
    if m.group("sep") == ".":
        return f"{said}. For each {act} {(m.group('who') or 'we ').replace('We', 'we')}"
    return f"{said}{m.group('sep')} for each {act} {m.group('who') or 'we '}"


# "tickets at three prices: adult, child and family", "in three sizes: S, M or L": a counted property and its
# values after a colon, said as "at three prices (adult, child and family)" (value_sets.counted_property)
_COUNTED_VALUES = re.compile(r"\b(?P<lead>(?:at|in|with) (?:two|three|four|five|six|seven|eight|nine|ten|\d+|several) "
                             r"[a-z]+s): (?P<values>[\w-]+(?: [\w-]+)?(?:, [\w-]+(?: [\w-]+)?)*,? (?:and|or) [\w-]+"
                             r"(?: [\w-]+)?)(?=[ \t]*(?:[.;\n]|$))", re.M)


# "Hospitals. Name and whether it has an emergency department.": a heading sentence that is only a plural, then a
# sentence that is only its fields — the fields of the heading's things, as "Hospitals: name and …" says
_HEADING_THEN_FIELDS = re.compile(r"(?m)(?:^(?P<lead>[ \t]*(?:\d+[.)][ \t]*)?)|(?<=\. ))(?P<head>[A-Z][a-z]+s)\.[ \t]+"
                                  r"(?P<first>[A-Z][a-z]+)(?P<rest>(?:,| and| or)[^.\n]*)")


def _heading_then_fields(m):
    first = m.group("first").lower()
    if not (first in w.FIELD_NOUNS or w.field_word(first)) or not w.is_plural(m.group("head").lower()):
        return m.group(0)
    return f"{m.group('lead') or ''}{m.group('head')}: {first}{m.group('rest')}"


# "customers give us a phone number and an address", "each guest tells us their dietary needs": what someone
# gives the business about themselves is what they have
_GIVE_US = re.compile(r"\b(give|gives|tell|tells|send|sends|provide|provides) us (?=(?:a|an|their|his|her|its|some)\b)"
                      r"(?![^.;\n]*\bwith\b)")     # (not "gives us an emergency contact with a name …": a thing)


# "any rescue is logged with the time …": each one that happens is
_ANY_LOGGED = re.compile(r"\b([Aa])ny (?=[a-z]+(?: [a-z]+)? (?:is|gets|must be|should be) (?:logged|recorded|noted|kept|"
                         r"reported|entered|written down)\b)")


# "jobs go: queued > printing > ready > collected": the states a thing moves through, written as arrows
_STATE_ARROWS = re.compile(r"\b(?P<moves>go|goes|move|moves|pass|passes|progress|progresses)\s*:?\s+"
                           r"(?P<states>[a-z]+(?:[ \t]*(?:>|->|→)[ \t]*[a-z]+){2,})")


def rephrased(text):
    """The text with each wording above in its plain form."""
    text = _sub(_STATE_ARROWS, lambda m: f"{m.group('moves')} from " + " to ".join(
        re.split(r"\s*(?:->|>|→)\s*", m.group("states"))), text, ">", "→")
    text = _sub(_HEADING_THEN_FIELDS, _heading_then_fields, text, ". ")
    text = _sub(_ANY_LOGGED, lambda m: "Every " if m.group(1) == "A" else "every ", text, "ny ")
    text = _sub(_GIVE_US, lambda m: "has " if m.group(1).endswith("s") else "have ", text, " us ")
    text = _sub(_COUNTED_VALUES, r"\g<lead> (\g<values>)", text, ": ")
    text = _sub(_RECURRING, _recurring, text, "every", "each", "once", "twice", "times", "ly")
    text = _REQUIREMENT_ID.sub(r"\g<lead>", text) if re.search(r"^[ \t]*[A-Z]{1,5}[-_]?\d", text, re.M) else text
    text = _sub(_ACCEPTANCE, r"\g<lead>", text, "acceptance", "ac", "criteria", "story")
    text = _sub(_ARROW_AFTER_SENTENCE, "\n", text, "->", "→")
    text = _sub(_THING_THEN_KINDS, _thing_then_kinds, text, "/")
    text = _sub(_SLASHED_LIST, lambda m: m.group("label") + ", ".join(x.strip() for x in m.group("items").split("/")),
                text, "/")
    text = _sub(_BREAK_LIST, _break_list, text, ";", ".", "…")
    text = _sub(_VALID_FROM, lambda m: ("has" if m.group("be") == "is" else "have") + " a valid-from date and a valid-"
                "to date", text, "valid from")
    text = _sub(_DATE_AND_TIME_DONE, _time_done, text, "date and time", "date & time")
    text = _sub(_HEAD_SAID_TWICE, r"\g<det> \g<a> and \g<b> \g<head> \g<shared>", text, " and ")
    text = _sub(_THEY_ARE_DOING, _they_do, text, " are ", " am ")
    text = _sub(_OTHERS_THINGS, "", text, "other")
    text = _sub(_WHERE_THEY, _where_they, text, "where")
    text = _sub(_EACH_ONE_DID, r"\g<the> \g<things> they ", text, "each one")
    text = _sub(_EACH_IDENTIFIED, ", each with a unique ", text, " by ")
    text = _sub(_SORTED_BY, _sorted_by, text, " by ")
    text = _sub(_WRITE_DOWN, lambda m: "records" if m.group("s") else "record", text, " down")
    text = _sub(_AT_START_AND_END, lambda m: f"the start {m.group('f')} and the end {m.group('f')} of ", text,
                " and end of ", " and the end of ", " and finish of ")
    text = _sub(_EACH_IS_BY, _each_is_by, text, " by ")
    text = _sub(_LABEL_DOES_MANY, _label_does_many, text, "many", "several", "multiple", "one or more")
    text = _sub(_WHICH_ONE_AT, _which_one_at, text, "which")
    text = _sub(_LABEL_IS, lambda m: f"{m.group('label')} ({re.sub(r' *(?:&|,|and) +', ' or ', m.group('what') or m.group('one'))}): ",
                text, "&", " and ", "=")
    text = _sub(_YES_OR_NO, " yes/no", text, "yes or no")
    text = _sub(_JUST_FIELDS, _just_fields, text, " just ", " only ")
    text = _sub(_HAS_THEN_DASH, r"\g<has> \g<things>: ", text, " has ", " have ")
    text = _sub(_EACH_DOES_ONE, _each_does_one, text, "each")
    text = act_labels.rewritten(text) if ":" in text else text
    text = _sub(_AT_THE_END_OF, lambda m: f"the {_MOMENTS.get(m.group('when').lower(), m.group('when').lower())} "
                f"{m.group('field')} of {m.group('det')} ", text, " of ")
    text = _sub(_AT_END_OF_PERIOD, lambda m: "" if m.group("det").lower() == "the" else f" each {m.group('period').lower()}",
                text, " of the ", " of each ", " of every ")
    text = _sub(_BUSINESS_OWNS, _business_owns, text, "'s ")
    text = _sub(_SUBJECT_DONE_BY, _subject_done_by, text, " by ")
    text = _sub(_NOTED_AT_EACH, _noted_at_each, text, " each ", " every ")
    text = _sub(_EACH_ON_IT, _each_on_it, text, " on it ", " in it ")
    text = _sub(_LABEL_COUNTS_EACH, r"\g<lead>\g<label> have \g<n> \g<things> each.", text, " each")
    text = _sub(_LABEL_THEN_STATES, _label_then_states, text, " or ")
    text = _sub(_LABEL_DONE_BY, _label_done_by, text, " by ")
    text = _sub(_HOW_MUCH_LEFT, _how_much_left, text, "how much", "how many")
    text = _sub(_WHO_WHERE_WHEN, _who_where_when, text, "where", "when")
    text = _sub(_TWO_DO_ONE, _two_do_one, text, "two ", "Two ", "2 ")
    text = _sub(_ASSIGNED_TO_EACH, _assigned_to_each, text, " assigned to ", " allocated to ", " allotted to ")
    text = _sub(_EACH_TIME_THEN, lambda m: m.group(0)[:-1] + (", " if m.group("time") in lexicon.measure_nouns() else " "),
                text, "each ", "every ", "Each ", "Every ")
    text = _sub(_DOER_THEN_DOES, _doer_then_does, text, " then ")
    text = _sub(_WE_DO_AND_KEEP, _we_do_and_keep, text, " and ")
    text = _sub(_WHICH_ONE_DOES, _which_one_does, text, ", which ")
    text = _sub(_RECORD_ONE_OF, _record_one_of, text, " or ")
    text = _sub(_GRADED_ON_A_SCALE, _graded_on_a_scale, text, "scored", "marked", "graded", "rated", "ranked")
    text = _sub(_LABEL_LINES, _label_lines, text, "line", "item", "entries")
    text = _sub(_WHERE_THEN_FIELDS, r"\g<lead>\g<head> (\g<fields>) where \g<clause>", text, " where ")
    return _sub(_FIELD_THEN_VALUES, _field_then_values, text, " or ")


# "purchase orders: lines with part and qty", "invoices - line items with description, qty": a label that
# names things, then their lines with fields — the things have lines ("orders have lines with …")
_LABEL_LINES = re.compile(r"^(?P<lead>[ \t]*(?:[-*][ \t]+)?)(?P<label>[A-Za-z][a-z]*(?: [a-z]+){0,2}?s)"
                          r"(?P<to> (?:to|for|from) [a-z]+)?[ \t]*(?::|-|->|→)[ \t]*"
                          r"(?P<lines>(?:line items|lines|items|entries)[ \t]+(?:with|w/)[ \t])", re.M)


# "events where we hand out packets (date, place)": a line naming things, what happens there, then their
# fields — the fields are the things' (not the packets')
_WHERE_THEN_FIELDS = re.compile(r"^(?P<lead>[ \t]*(?:[-*][ \t]+)?)(?P<head>[a-z]+(?: [a-z]+)?s) where "
                                r"(?P<clause>[^()\n]+?) \((?P<fields>[^()\n]+)\)[ \t]*$", re.M)


def _label_lines(m):
    label = m.group("label")
    if w.field_word(w.singular(label.split()[-1])) or not w.is_plural(label.split()[-1]):
        return m.group(0)
    return f"{m.group('lead')}{label}{m.group('to') or ''} have {m.group('lines')}"
