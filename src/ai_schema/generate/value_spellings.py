"""Values spelled in ways the readers do not take — after a question, a label, slashes, arrows, 'comes in
three sizes:', 'a list of' — rewritten into the one they do: the field, then its values in parentheses
('a size (small, medium, large)'). Used by :func:`.plain.plain`, in its order."""

import re

from ..ddl.naming import STATUS_NAME
from . import lexicon
from . import words as w


def sub(pattern, repl, text, *needles):
    """pattern.sub(repl, text), skipped when the text holds none of the needles (strings that every
    match contains; lower case for patterns that ignore case): most rewrites concern text most
    descriptions do not have, and each pass over the text costs tens of microseconds."""
    if needles:
        scope = text.lower() if pattern.flags & re.I else text
        if not any(x in scope for x in needles):
            return text
    return pattern.sub(repl, text)


# "Statuses? open, in progress, resolved, closed.": a noun asked about and answered with values (no
# field words among them) is a field of what the answers are about
NOUN_VALUES = re.compile(r"(?m)(?:^|(?<=[.!?] ))(?P<lead>\s*(?:[-*+]\s+)?)(?P<noun>[A-Za-z][a-z]{2,30})\?\s*(?P<values>[a-z0-9][\w ]{0,30}"
                         r"(?:,\s*[a-z0-9][\w ]{0,30}){2,})(?P<tail>[^\n.!?]*)")


# "Priority: low | medium | high.": a status-like field and its values on a line of their own
FIELD_VALUES = re.compile(r"(?m)(?:^|(?<=[.!?] ))(?P<lead>\s*(?:[-*+]\s+)?)(?P<noun>[A-Za-z][a-z]{2,30}):\s*"
                          r"(?P<values>[a-z0-9][\w -]{0,30}(?:\s*[|/,]\s*[a-z0-9][\w -]{0,30}){2,})(?P<tail>[^\n.!?]*)")
# "work orders have status: draft, scheduled, done": a state's values after its name, in a sentence
HAS_FIELD_VALUES = re.compile(r"\b(?P<verb>has|have|with) (?:a |an |the )?(?P<noun>(?:[a-z]{3,30} )?[a-z]{3,30}):[ \t]*"
                              r"(?P<values>[A-Za-z0-9][\w -]{0,30}(?:[ \t]*,[ \t]*[A-Za-z0-9][\w -]{0,30}){2,}|"
                              r"[A-Za-z0-9][\w -]{0,30}(?:[ \t]*\|[ \t]*[A-Za-z0-9][\w -]{0,30}){1,})"   # ("Active | …")
                              r"(?P<tail>[^\n.!?;]*)")
# "(allowed values: draft, sent, paid)", "(one of: a, b)": the label says nothing the list does not
# "a status with the values requested, approved and repaid": the values in parentheses after the field
WITH_VALUES = re.compile(r"\b(?:with|having|taking) (?:the )?(?:possible |allowed |valid )?values?\s*:?\s+"
                         r"(?P<list>[a-z0-9][^.;\n()]{2,200})", re.I)
VALUES_LABEL = re.compile(r"\((?:allowed |possible |valid )?(?:values?|one of|enum|enumeration|choices?)\s*:?\s*"
                          r"(?=[a-z0-9'\"])", re.I)
# "placed → packed → shipped": a chain of arrows between plain words lists the steps (not "x_id -> t")
ARROWS = re.compile(r"\b[a-z]+(?: [a-z]+)?(?:\s*(?:→|->|>)\s*[a-z]+(?: [a-z]+)?\b){2,}")


def field_values(m):
    if not STATUS_NAME.search(m.group("noun").lower()):
        return m.group(0)
    return noun_values(m, re.split(r"\s*[|/,]\s*", m.group("values")))


def has_field_values(m):
    """The values in parentheses after the state's name; a list item with an article ('…, and an
    assignee') ends them."""
    if not STATUS_NAME.search(m.group("noun").replace(" ", "_")) and "|" not in m.group("values"):
        return m.group(0)                   # (between bars, any field's: "a payment method: card | cash")
    values, rest = [], []
    for part in re.split(r"[ \t]*[,|][ \t]*", m.group("values")):   # (values between slashes: SLASHED_VALUES)
        word = re.sub(r"^(?:and|or) ", "", part.strip())
        if rest or re.match(r"(?:a|an|the|its|their|one) ", word):
            rest.append(part)
        else:
            values.extend(x.strip() for x in word.split(" or "))
    if len(values) < 2 or any(len(v.split()) > 3 for v in values):
        return m.group(0)
    tail = "".join(", " + x for x in rest) + m.group("tail")
    return f"{m.group('verb')} a {m.group('noun')} {one_of(values)}{tail}"


def noun_values(m, values=None):
    values = values or [v.strip() for v in m.group("values").split(",")]
    if any(len(v.split()) > 3 or set(v.split()) & w.FIELD_NOUNS for v in values):
        return m.group(0)
    noun = w.singular(m.group("noun").lower())
    return f"{m.group('lead')}It has a {noun} {one_of(values)}.{m.group('tail')}"


def one_of(values):
    """'(a, b or c)': a field's values as the readers take them."""
    return f"({', '.join(values[:-1])} or {values[-1]})"


# "start/end dates", "first/last names": two fields that share a plural head (not "good/worn/broken")
SLASHED_PAIR = re.compile(r"(?<![/\w])([a-z]+) ?/ ?([a-z]+) ([a-z]+s)\b(?! ?/)")
# "severity low/med/high" in a list, "slopes with difficulty green/blue/red", "a size S/M/L": a field, then
# three or more values between slashes (two in a list: "direction in/out"; "yes/no" is a flag, read later)
SLASHED_VALUES = re.compile(r"(?:(?P<listed>(?<=[,:] ))|(?<=\bwith )|(?<=\ba )|(?<=\ban ))(?P<field>[a-z]+(?: [a-z]+)?) "
                            r"(?P<values>[A-Za-z][A-Za-z0-9]*(?:/[A-Za-z][A-Za-z0-9]*){2,}|"
                            r"(?!(?:yes|no|y|n)/)[a-z]+/(?!(?:yes|no|y|n)\b)[a-z]+)(?=\s*(?:[,.;)]|and\b|$))", re.M)


def slashed_values(m):
    values = m.group("values").split("/")
    if len(values) == 2 and m.group("listed") is None:
        return m.group(0)                    # ("a pick/pack job"; but "…, direction in/out" in a list)
    return f"{m.group('field')} ({', '.join(values)})"


# "a concert has a venue, a date and an ordered list of pieces": in a list of what a thing has, a list of
# things is several of them (in order when it is ordered), no field
LIST_OF = re.compile(r"(?:(?<=\bhas )|(?<=\bhave )|(?<=\bwith )|(?<=, )|(?<=\band ))(?:an?|the|their|its) "
                     r"(?:(?P<ordered>ordered|sorted|ranked|numbered) )?list of (?P<noun>(?:[a-z]+ed )?[a-z]+s)\b(?! of\b)")
#                                                                     ("a list of approved adults")


def list_of(m):
    return f"several {m.group('noun')}" + (" in order" if m.group("ordered") else "")


# "compartments of three sizes: small, medium, large" (or in parentheses), "rooms come in three types: single, double and
# suite", "shirts come in sizes S, M, L and XL": the values of one field of the thing
COMES_IN = re.compile(r"\b(?P<how>comes? in|of|in) (?:(?:two|three|four|five|six|several|\d) )?"
                      r"(?:(?P<mod>[a-z]+) (?=(?:sizes|types|kinds|colou?rs|levels|categories|grades|classes|flavou?rs|"
                      r"formats|tiers)\s*[:(]))?(?P<field>sizes|types|kinds|colou?rs|levels|categories|grades|classes|flavou?rs|formats|"
                      r"tiers)\s*(?:(?P<paren>\()|(?P<colon>:))?\s*(?P<values>[\w ,/-]{3,200}?)"
                      r"(?(paren)\s*\)|(?=\s*(?:[.;\n)]|$)))", re.I)


def _listed(text, slash=False):
    """The items of 'a, b and c' / 'a or b' (and 'a/b' when ``slash``), stripped, empty ones left out."""
    return [x.strip() for x in re.split(r",|\band\b|\bor\b" + ("|/" if slash else ""), text) if x.strip()]


def comes_in(m):
    field = w.singular(m.group("field").lower())
    field = f"{m.group('mod').lower()} {field}" if m.group("mod") else field   # ("three fuel types: …")
    values = _listed(m.group("values"), slash=True)
    if len(values) < 2 or any(len(v.split()) > 3 for v in values) or \
            not m.group("colon") and not m.group("paren") and not m.group("how").lower().startswith("come"):
        return m.group(0)                   # ("shirts come in sizes S, M, L and XL": no colon after "come in";
        #                                     "compartments of three sizes (small, medium, large)": in parentheses)
    lead = "have a" if m.group("how").lower().startswith("come") else "with a"
    return f"{lead} {field} ({', '.join(values)})"


# "a listing's state is draft | published | archived": values written with pipes (not a table's row,
# which starts with one)
PIPED_VALUES = re.compile(r"\b(?P<lead>is|are|be) (?P<values>[a-z][\w-]*(?: ?\| ?[a-z][\w-]*)+)(?=\s*(?:[.;\n)]|$))")


def piped_values(m):
    values = [v.strip() for v in m.group("values").split("|")]
    return f"{m.group('lead')} {', '.join(values[:-1])} or {values[-1]}"


# "The size of a shirt: S, M, L, XL": the values of a property of a thing (not "the address of a customer:
# street, city": fields)
PROPERTY_OF_COLON = re.compile(r"\b(?:[Tt]he |[Aa]n? )?(?P<field>[a-z]+) of (?:a|an|each|every|the) (?P<thing>[a-z]+) ?: "
                               r"(?P<values>[\w-]+(?: ?, ?[\w-]+)+)(?=\s*(?:[.;\n]|$))")


def property_of_colon(m):
    values = [v.strip() for v in m.group("values").split(",")]
    if m.group("field") not in lexicon.property_nouns() or any(w.singular(v.lower()) in w.FIELD_NOUNS for v in values):
        return m.group(0)
    return f"each {m.group('thing')} has a {m.group('field')} ({', '.join(values)})"


# "update the status of an issue (reported, scheduled, fixed)": the same, the values in parentheses (said as
# "an issue's status (…)", which the list readers know)
PROPERTY_OF_PAREN = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?P<field>[a-z]+) of (?P<det>a|an|each|every|the) "
                               r"(?P<thing>[a-z]+(?: [a-z]+)?) \((?P<values>[\w -]+(?:(?:,| or| and) ?[\w -]+)+)\)")


def property_of_paren(m):
    values = _listed(m.group("values"))
    if not (m.group("field") in lexicon.property_nouns() or STATUS_NAME.search(m.group("field"))) or len(values) < 2 \
            or any(len(v.split()) > 3 or w.singular(v.split()[-1].lower()) in w.FIELD_NOUNS for v in values):
        return m.group(0)
    return f"{m.group('det')} {m.group('thing')}'s {m.group('field')} ({m.group('values')})"


# "a status: enum [draft, sent, paid]", "status enum('a', 'b')" in prose: the field's values
ENUM_WORD = re.compile(r"\b(?P<field>[A-Za-z_]\w*) ?:? ?enum ?[\[(] ?(?P<values>[^\])\n]{1,200}?) ?[\])]", re.I)


def enum_word(m):
    values = [v.strip().strip("'\"") for v in m.group("values").split(",") if v.strip().strip("'\"")]
    return f"{m.group('field')} ({', '.join(values)})" if len(values) >= 2 else m.group(0)


# "vendors such as florists, caterers and photographers": kinds of the plural, as in parentheses
SUCH_AS_KINDS = re.compile(r"\b(?P<things>[A-Za-z][a-z]{2,}s) ,? ?(?:such as|like|e\.g\.|eg|including) (?P<kinds>[a-z]{3,}s"
                           r"(?: ?, ?[a-z]{3,}s)*,? (?:and|or) [a-z]{3,}s)\b(?! [a-z]+s\b)")


def such_as_kinds(m):
    kinds = _listed(m.group("kinds"))
    if not w.is_plural(m.group("things").lower()) or not all(w.is_plural(k) for k in kinds):
        return m.group(0)
    return f"{m.group('things')} ({', '.join(kinds)})"


# "a capacity in passengers and cars": one measure of each (a passenger capacity and a car capacity)
MEASURED_IN_TWO = re.compile(r"\b(?P<article>an? )?(?P<field>[a-z]+) in (?P<a>[a-z]{3,}s) and (?P<b>[a-z]{3,}s)\b")


def measured_in_two(m):
    field, a, b = m.group("field"), m.group("a"), m.group("b")
    if field not in lexicon.property_nouns() or not (w.is_plural(a) and w.is_plural(b)) or \
            w.singular(a) in lexicon.measure_nouns() or w.singular(b) in lexicon.measure_nouns():
        return m.group(0)                  # ("a weight in kilograms and grams": units)
    article = "a " if m.group("article") else ""
    return f"{article}{w.singular(a)} {field} and {article}{w.singular(b)} {field}"


# "ingredients are shared across recipes": many of each on both sides
SHARED_ACROSS = re.compile(r"\b(?P<x>[A-Za-z][a-z]+s) (?:are|can be) shared (?:across|between|among|by) "
                           r"(?:(?:many|several|all|different|the) )?(?P<y>[a-z]+s)\b")


def shared_across(m):
    if not (w.is_plural(m.group("x").lower()) and w.is_plural(m.group("y"))):
        return m.group(0)
    return f"{m.group('x')} can appear in many {m.group('y')}"


# ", in which case we record its …": the case is the thing just named, no field
IN_WHICH_CASE = re.compile(r", in which case\b")


# "seats come in economy, business and first class": the kinds a thing comes in (no field named: its type)
COME_IN_KINDS = re.compile(r"\b(?P<verb>comes?) in (?P<values>[a-z][\w-]*(?: [a-z][\w-]*){0,2}"
                           r"(?:, [a-z][\w-]*(?: [a-z][\w-]*){0,2})*,? (?:and|or) [a-z][\w-]*(?: [a-z][\w-]*){0,2})"
                           r"(?=\s*(?:[.;\n)]|$))")


def come_in_kinds(m):
    values = _listed(m.group("values"))
    if len(values) < 2 or any(w.singular(v.split()[-1]) in w.FIELD_NOUNS for v in values):   # ("by phone or email")
        return m.group(0)
    return f"{'has' if m.group('verb') == 'comes' else 'have'} a type ({', '.join(values)})"


# "… with a requested amount and a status that goes from draft to submitted, under review, awarded or
# declined": the states a field passes through are its values, whoever it belongs to
MOVES_FROM = re.compile(r"\b(?P<field>status|state|stage|phase)(?: ,)? (?:that|which) (?:goes|moves|passes|progresses|"
                        r"runs|changes) (?:from )?(?P<steps>[a-z][a-z_\s,-]*)")   # ("goes quoted, confirmed, …")


def moves_from(m):
    values, used = [], 0
    for part in re.finditer(r"(?:^|\s*,\s*|\s+)(?:(?:to|through|or|and|then)\s+)*([^,]+?)"
                            r"(?=\s*,|\s+(?:to|through|or|and|then)\s|$)", m.group("steps")):
        value = part.group(1).strip()
        if re.match(r"(?:a|an|the|its|their|one|each|every|we|it|they)\b", value) or len(value.split()) > 3:
            break
        values.append(value)
        used = part.end()
    if len(values) < 2:
        return m.group(0)
    return f"{m.group('field')} {one_of(values)}{m.group('steps')[used:]}"


# "status pending->approved/rejected", "jobs go queued -> printing -> ready -> collected": the states a
# field (or the things, with 'go') passes through, written with arrows
_STEP = r"[a-z]+(?: [a-z]+)?"
ARROWED_FIELD = re.compile(r"\b(?P<field>status|state|stage|phase)\s*:?\s*(?P<steps>" + _STEP +
                           r"(?:\s*(?:->|→|=>)\s*" + _STEP + r"(?:\s*/\s*" + _STEP + r")*)+)")
THINGS_GO = re.compile(r"\b(?P<things>[a-z]+s) (?:go|move|pass|flow)(?: through| from)? (?P<steps>" + _STEP +
                       r"(?:\s*(?:->|→|=>)\s*" + _STEP + r"){2,})")


def arrowed_field(m):
    return m.group("field") + " " + one_of(re.split(r"\s*(?:->|→|=>|/)\s*", m.group("steps")))


def things_go(m):
    return m.group("things") + " have a status " + one_of(re.split(r"\s*(?:->|→|=>)\s*", m.group("steps")))


# "rating its condition as excellent, good, fair or poor", "marking each ticket's priority as low, high or
# urgent": a field and its closed set, said with the act of choosing one value (not "mark each match as
# played or postponed": the thing's state, read in passive_wishes)
RATED_AS = re.compile(r"\b(?P<lead>(?:rat|mark|grad|classif|categori[sz]|label|flagg)(?:e|es|ed|ing|y|ies|ied|s)? "
                      r"(?:its |their |(?:the|each|every) (?P<owner>[a-z]+'s )))(?P<field>[a-z]+(?: [a-z]+)?) as "
                      r"(?P<values>[a-z][a-z-]*(?: [a-z-]+)?(?:, [a-z][a-z-]*(?: [a-z-]+)?)*,? or [a-z][a-z-]*(?: [a-z-]+)?)\b")


def rated_as(m):
    values = [v.strip() for v in re.split(r",|\bor\b", m.group("values")) if v.strip()]
    if len(values) < 2:
        return m.group(0)
    if m.group("owner"):
        return f"{m.group('lead')}{m.group('field')} {one_of(values)}"   # ("mark each ticket's priority (…)")
    return f"with a {m.group('field')} {one_of(values)}"                # ("…, rating its condition as …")


# "which is one of: minor, major, critical": a closed set after "one of" and a colon, with no "or" of its own
ONE_OF_COLON = re.compile(r"\b(?P<lead>(?:is|are|be) (?:always |either )?one of) ?: ?(?P<values>[a-z0-9][\w -]{0,30}"
                          r"(?:, ?[a-z0-9][\w -]{0,30}){1,12})(?=\s*(?:[.;)]|$))")


def one_of_colon(m):
    values = [v.strip() for v in m.group("values").split(",")]
    if any(len(v.split()) > 3 or " or " in f" {v} " or " and " in f" {v} " for v in values):
        return m.group(0)
    return f"{m.group('lead')} {', '.join(values[:-1])} or {values[-1]}"


# "a priority that can be low, medium or high", "a size which is small/medium/large", "a type, either personal or
# business": a field's closed set said
# in a relative clause right after it, read as "a priority (low, medium, high)"
THAT_CAN_BE = re.compile(r"\b(?P<field>[a-z]+)(?: (?:that|which) (?:can|may|must|will|is|are) (?:only )?(?:be )?(?:either |"
                         r"one of )?| ?, either )(?P<values>[a-z0-9]+(?: [a-z0-9]+)?(?:(?: ?, ?| or | ?/ ?)[a-z0-9]+(?: [a-z0-9]+)?){1,8})"
                         r"(?=\s*(?:[.;,)]|and\b|$))")


def that_can_be(m):
    values = [v.strip() for v in re.split(r"\s*(?:,|\bor\b|/)\s*", m.group("values")) if v.strip()]
    field = m.group("field")
    if len(values) < 2 or not (" or " in m.group("values") or "/" in m.group("values")) or \
            not (w.field_word(field) or STATUS_NAME.search(field)) or \
            any(v in ("unique", "required", "optional", "empty", "blank", "null") for v in values):
        return m.group(0)
    return f"{field} ({', '.join(values)})"


# "each vehicle has make/model/year": fields between slashes right after a verb of having (a field word among them)
SLASHED_FIELDS = re.compile(r"\b(?P<verb>has|have|with|records?|stores?|keeps?) (?P<fields>[a-z]+(?:/[a-z]+){1,6})\b(?!/)")


def slashed_fields(m):
    fields = m.group("fields").split("/")
    if not any(w.field_word(f) for f in fields) or any(f in ("yes", "no", "y", "n") for f in fields):
        return m.group(0)
    return f"{m.group('verb')} {', '.join(fields[:-1])} and {fields[-1]}"
