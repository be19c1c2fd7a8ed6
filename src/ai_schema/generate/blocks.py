"""A description cut into blocks: paragraphs and list items, each with whether it is a list item.
A line joins the one before it unless a bullet, a heading, a label, the end of a label's list or an
unwrapped line (longer than any hard wrap) starts something of its own."""

import re

from . import words as w

BULLET = re.compile(r"^\s*(?:[-*+>]|\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[a-z][)])\s+")
_LABEL = r"^\s*[A-Za-z][\w \-']{0,40}:"        # "Dishes:", "contact person:"
_NOTE_LABEL = re.compile(r"^\s*[a-z][a-z\-]*(?: [a-z][a-z\-]*){0,2}: ")   # a note's label: "vet exams: date, …"


def blocks(text):
    """(text of one paragraph or list item, whether it is a list item) in order."""
    found, current, previous = [], None, ""
    rows = [x.rstrip() for x in text.split("\n") if x.strip()]
    notes = len(rows) >= 4 and sum(bool(_SENTENCE_END.search(x)) for x in rows) * 4 < len(rows) and \
        sorted(len(x) for x in rows)[len(rows) // 2] <= 100   # ("band stuff" over lines of notes with no full
    #                                                         stops; most of them short, a few may run on)
    for raw in text.split("\n"):
        if not raw.strip():
            current = None
            continue
        indent = len(raw) - len(raw.lstrip())
        bullet = BULLET.match(raw)
        label = re.match(_LABEL + r"\s", raw) and not raw.rstrip().endswith(":") and \
            (not previous or previous.rstrip()[-1:] in ".:;!?" or current is not None and current[1] or   # (after an item)
             _note(previous) or _note_label(raw) and (not wrapped(previous) or notes or
                                                      _NOTE_LABEL.match(previous)))   # (or a
        #          note; or a note's label in lower case, "vet exams: one animal, date", under any line that ends
        #          or under another label's line: "… valid from, valid to" over "calendar exceptions: a date …";
        #          in notes, under any line: "… the order they are sung in" over "rehearsals: date, …")
        # "1. Berths and docks" over "The marina is split into docks …": a short line with no stop,
        # then a capitalised one: a heading, not a sentence wrapped in two
        heading = current is not None and len(current[0]) == 1 and previous.rstrip()[-1:].isalnum() and \
            not BULLET.match(raw) and (raw.lstrip()[:1].isupper() and len(previous.split()) <= 6 or
                                       len(found) == 1 and (len(previous.split()) <= 3 and _note(raw) or
                                                            " - " in previous and "," not in previous and
                                                            len(previous.split()) <= 6))
        #   ("bakery notes" over "suppliers -> deliveries", "dental lab - quick notes" over "dentists send
        #   us cases.": the text's title, then its first note)
        # "dishes: name, veg?, allergens" over "staff assigned to events": a label's list that does not
        # end in a comma or a conjunction is whole; the next line starts something of its own
        listed = re.match(_LABEL + r"\s*(?:\S[^,]*,|(?:\S+\s+){0,3}\S+\s*$)", previous) is not None and \
            _note(previous)                  # (or a few words: "receipts per sale: printed or not")
        previous = raw
        if bullet or current is None or heading or listed or (label and indent <= (current[2] if current else 0)):
            current = [[raw[bullet.end():] if bullet else raw], bool(bullet), indent]
            found.append(current)
        else:
            current[0].append(raw)
    return [(text, item) for lines, item, _ in found for text in _joined(lines, notes)]


def _note_label(line):
    """Does the line open with a note's label in lower case ('vet exams: one animal, date'), one to three
    words none of which is a function word (not a wrapped 'from a source: the person …')?"""
    m = _NOTE_LABEL.match(line)
    return m is not None and not any(x in w.FUNCTION_WORDS and x != "per" for x in m.group(0).rstrip(": ").split())
    #                                                              ("payments per order: amount, …" is a label)


def _note(line):
    """Is a line a whole note: short (prose is wrapped at 72-80 characters), its parentheses closed, not
    ending in a comma or a word that goes on ('and', 'or', 'with')?"""
    line = line.rstrip()
    return len(line) < 60 and line.count("(") == line.count(")") and line[-1:] not in ",(" and \
        not line.endswith((" and", " or", " with"))


def _joined(lines, notes=False):
    """The texts of one block. Three or more lines all shorter than 60 characters are notes, one per
    line. Lines longer than any hard wrap (100 characters) say the writer did not wrap them, or wrapped
    them wider: each line is a paragraph of its own ('plots get rented … who has it' over 'we lend tools,
    …'), unless it stops inside a sentence ('… has a number,', '… a contact person, an') or two lines or more
    of prose (sentences starting with capitals inside them) are as long, wrapped at one width, and the next goes
    on in lower case. Lines of notes
    (``_noted``) end their note when they are shorter than a wrap, or all do when most are or the text's
    lines are notes (``notes``), but after a label's colon. Otherwise the lines are one wrapped paragraph."""
    longest = max(len(x) for x in lines)
    if len(lines) >= 3 and longest < 60:
        return [x.strip() for x in lines]
    if len(lines) > 1 and longest > 100:
        even = sum(len(x) >= 0.88 * longest and _PROSE.search(x) is not None for x in lines[:-1]) >= 2
        ends = [not (wrapped(x) or even and len(x) >= 0.88 * longest and nxt[:1].islower()) or
                _NOTE_LABEL.match(nxt) is not None   # (prose wrapped at one width: "… is divided into" over
                for x, nxt in zip(lines[:-1], lines[1:])]   # "stands with …"; "… uploaded by" over "comments: …")
    elif _noted(lines, notes):
        short = [notes or len(x.rstrip()) < 0.75 * longest for x in lines[:-1]]
        most = 2 * sum(short) > len(short)
        ends = [(one or most) and x.rstrip()[-1:] != ":" for one, x in zip(short, lines)]
    else:
        ends = [False] * (len(lines) - 1)
    out = [lines[0].strip()]
    for line, ended in zip(lines[1:], ends):
        if ended:
            out.append(line.strip())
        else:
            out[-1] += " " + line.strip()
    return out


def _noted(lines, notes):
    """Are a block's lines notes: no line ends or holds a sentence, none stops mid-phrase, none is
    indented under another as a wrapped list item's lines are (three lines at least, or two in a text
    whose lines are notes)?"""
    ends = _NOTES_END if notes else _SENTENCE_END   # (in notes, "customers?? name + phone" holds no two sentences)
    return (len(lines) >= 3 or notes) and \
        not any(ends.search(x.rstrip()) or wrapped(x) for x in lines[:-1]) and \
        (notes or not _SENTENCE_END.search(lines[-1].rstrip()[:-1])) and len({len(x) - len(x.lstrip()) for x in lines}) == 1


# a sentence of prose ends inside the line and the next one starts with a capital ("… a VAT number. The show …")
_PROSE = re.compile(r"[a-z][.!?]\s+[A-Z][a-z]")
# a sentence ends on the line, or inside it ("… in stock. Products are …")
_SENTENCE_END = re.compile(r"[.!?]$|[.!?]\s+[A-Za-z]")
_NOTES_END = re.compile(r"[.!]$|[.!?]\s+[A-Z]")   # (a note may ask: "customers??")


def wrapped(line):
    """Does a line stop inside a sentence (the next line goes on with it)?"""
    return _WRAPPED.search(line.rstrip()) is not None


# a line that stops inside a sentence: after a comma, an article, a conjunction or a preposition
_WRAPPED = re.compile(r"(?:,|\b(?:a|an|the|and|or|of|with|to|for|in|on|at|by|from|per|its|their|is|are|has|have|into|"
                      r"onto|about|between|during|than|that|which|who|whose))$",
                      re.IGNORECASE)
