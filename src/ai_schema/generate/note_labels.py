"""Labels of lines of notes written other ways than 'label: fields' — at a comma among labelled lines
('rehearsals, date and location'), after what we do with the things ('equipment we lend out: …'), or over
a clause that says what happens before the fields ('scores: archer shoots a round on a date, total score') —
rewritten as the plain 'label: fields' the readers know."""

import re

from . import lexicon
from . import words as w
from .value_spellings import sub as _sub


# "rehearsals, date and location": a line of notes whose label ends at a comma (its neighbours' at a colon)
_LABELLED_LINE = re.compile(r"^\s*(?:[-*+]\s+)?[a-z][\w-]*(?: [a-z][\w-]*){0,2}:", re.M)
_COMMA_LABEL = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+)?)(?P<label>[a-z][\w-]*(?: [a-z][\w-]*)?s), "
                          r"(?P<first>[a-z][\w-]*(?: (?!and )[a-z][\w-]*){0,2})(?=,| and )(?P<rest>[^:\n]*)$", re.M)


# "equipment we lend out: serial number, …", "pieces we sing -> title, …": what we do with them says nothing
# the label needs
_LABEL_WE = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?[a-z][a-z -]{0,30}?) (?:we|i) [a-z]+"
                       r"(?: (?:out|in|up|off|away|back|on|over))?:(?=[ \t])", re.M)


# "scores: archer shoots a round on a date, total score, golds": a label's line that says what happens, then
# fields — the one who does it and what it is done to are the record's references
_LABEL_CLAUSE = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?[a-z][\w -]{0,30}s: )(?P<subj>[a-z]+) (?P<verb>[a-z]+s) "
                           r"(?:a|an|the|one) (?P<obj>[a-z]+(?: [a-z]+)?)(?P<when> (?:on|at) (?:a|an|the) (?:date|time|day))?"
                           r"(?=, [a-z])", re.M)


def _label_clause(m):
    subj, verb = m.group("subj"), m.group("verb")
    if subj in w.FUNCTION_WORDS or lexicon.verb_lemma(verb) in (None, verb) or lexicon.verb_lemma(subj) == subj or \
            w.field_word(subj):
        return m.group(0)
    when = m.group("when").split()[-1] if m.group("when") else None
    return f"{m.group('lead')}{subj}, {m.group('obj')}" + (f", {when}" if when else "")


# "rowers + coaches (coaches are also members)" among lines of "boats - name, type", "outings: date, boat": a line
# of two bare plurals names two things to keep ("we keep rowers and coaches")
_ANY_LABEL = re.compile(r"^\s*(?:[-*+]\s+)?[a-z][\w-]*(?: [a-z][\w-]*){0,2}\s*(?::| -+>? | – | — )", re.M)
_BARE_PAIR = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+)?)(?P<a>[a-z]+s) (?:\+|and|&) (?P<b>[a-z]+s)(?P<rest>\s*\([^()\n]*\))?[ \t]*$",
                        re.M)


def _bare_pair(m):
    if not all(w.is_plural(x) and not w.field_word(w.singular(x)) and lexicon.verb_lemma(x) in (None, w.singular(x))
               for x in (m.group("a"), m.group("b"))):
        return m.group(0)
    return f"{m.group('lead')}we keep {m.group('a')} and {m.group('b')}{m.group('rest') or ''}"


def _bare_pairs(text):
    """Each block of notes (two labelled lines or more) with its bare pairs said as kept."""
    return "\n\n".join(_BARE_PAIR.sub(_bare_pair, block) if len(_ANY_LABEL.findall(block)) >= 2 else block
                         for block in text.split("\n\n"))


def _comma_labels(text):
    """'rehearsals, date and location' among lines of 'concerts: title, venue, date': the plural that
    opens the line is its label when the words after its comma name a field."""
    out = []
    for block in text.split("\n\n"):
        if len(_LABELLED_LINE.findall(block)) >= 2:
            block = _COMMA_LABEL.sub(lambda m: f"{m.group('lead')}{m.group('label')}: {m.group('first')}{m.group('rest')}"
                                     if w.field_word(m.group("first").split()[-1]) else m.group(0), block)
        out.append(block)
    return "\n\n".join(out)


# "Venues: cafés and libraries mostly: name, address, …": what the label's things are, between two colons,
# is an aside (their kinds), then the fields
_TWO_COLONS = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?[A-Za-z][\w -]{0,30}): (?P<aside>[^:\n,().;]{3,60}):(?=[ \t]\S)",
                         re.M)


def _two_colons(m):
    words = m.group("aside").lower().split()
    if len(words) > 6 or any(x in w.FUNCTION_WORDS and x not in ("and", "or") for x in words):
        return m.group(0)                        # ("results: one row per sample per assay run: …": what it is of)
    return f"{m.group('lead')} ({m.group('aside')}):"


# "inspections twice a year: plot, date, grade": how often, between the label and its colon, says nothing the
# label needs (it is a time of the things, not a thing)
_LABEL_HOW_OFTEN = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?[a-z][a-z -]{0,30}?s) (?:(?:once|twice|three times|\d+ times) "
                              r"(?:a|per|every) |every |each )(?:day|week|month|year|season|term)(?=:[ \t])", re.M)


# "Details we keep on bikes: model, colour": what is kept on the things, as a label, is the things' label
_DETAILS_ON = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?:details|information|info|data|fields) (?:we|i) "
                         r"(?:keep|store|record|track|hold|need) (?:on|about|for|of) (?P<x>[a-z][a-z ]{0,30}?):", re.M | re.I)


# "care home stuff - residents (room, GP)", "jury mgmt: jurors (name, …)": a title opening the notes, then the
# first label with its fields — the title ends there (it had swallowed the label, whose fields were lost)
_TITLE_THEN_LABEL = re.compile(r"\A(?P<title>[ \t]*[A-Za-z][\w'-]*(?: [a-z][\w'-]*){0,3})(?::| [-–—]) +"
                               r"(?=[a-z][\w-]*s \([^()\n]*,[^()\n]*\)[ \t]*(?:[.;\n]|$))")


# "Guests: artists and writers, with a bio and signing times", "Products: shirts and hoodies, with a size": the
# kinds the label's things are, then what they have — read as "Guests (artists, writers) have a bio …", the kinds a
# type of theirs (they had become tables of their own, each guest referring to one of each)
_KINDS_WITH = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<label>[A-Za-z][a-z]+s):[ \t]+(?P<kinds>[a-z]+s(?:, [a-z]+s)*"
                         r",? (?:and|or) [a-z]+s),? with (?=\S)", re.M)


def _kinds_with(m):
    kinds = re.split(r",? (?:and|or) |, ", m.group("kinds"))
    if any(w.field_word(w.singular(k)) or w.singular(k) == k for k in kinds):
        return m.group(0)                        # ("Orders: totals and dates, with …": fields)
    return f"{m.group('lead')}{m.group('label')} ({', '.join(kinds)}) have "


# "Linen items: sheet, pillowcase, towel, gown (code, description)": examples of the label's things, then their
# fields in parentheses — read as "Linen items (sheet, …): code, description" (the fields had gone to the last
# example: 'gown_code')
_EXAMPLES_THEN_FIELDS = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<label>[A-Za-z][a-z]*(?: [a-z]+)?s):[ \t]+"
                                   r"(?P<examples>[a-z]+(?: [a-z]+)?(?:, [a-z]+(?: [a-z]+)?)+)[ \t]*\((?P<fields>[^()\n]+)\)"
                                   r"[ \t]*\.?[ \t]*$", re.M)


def _examples_then_fields(m):
    examples = [x.strip() for x in m.group("examples").split(",")]
    fields = [x.strip() for x in re.split(r",| and ", m.group("fields")) if x.strip()]
    if any(w.field_word(x.split()[-1]) for x in examples) or \
            sum(w.field_word(w.singular(x.split()[-1])) for x in fields) * 2 < len(fields):
        return m.group(0)                        # ("Sizes: S, M, L (EU)": not fields in parentheses)
    return f"{m.group('lead')}{m.group('label')} ({m.group('examples')}): {m.group('fields')}"


def note_labels(text):
    """The text with its notes' labels written 'label: fields'."""
    text = _sub(_TITLE_THEN_LABEL, lambda m: f"{m.group('title')}.\n", text, ": ", " - ", " – ", " — ")
    text = _sub(_TWO_COLONS, _two_colons, text, ": ")
    text = _sub(_KINDS_WITH, _kinds_with, text, " with ")
    text = _sub(_EXAMPLES_THEN_FIELDS, _examples_then_fields, text, ")")
    text = _comma_labels(text) if ":" in text and "," in text else text
    text = _bare_pairs(text) if ("+" in text or " and " in text or "&" in text) and "\n" in text else text
    text = _sub(_LABEL_CLAUSE, _label_clause, text, ": ")
    text = _sub(_LABEL_HOW_OFTEN, lambda m: m.group("lead"), text, " a ", " per ", "every ", "each ")
    text = _sub(_DETAILS_ON, lambda m: f"{m.group('lead')}{m.group('x')}:", text, " we ", " i ")
    return _sub(_LABEL_WE, lambda m: f"{m.group('lead')}:", text, " we ", " i ")
