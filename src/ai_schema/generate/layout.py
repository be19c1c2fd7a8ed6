"""Markdown layout read as the lists it stands for.

People write a data model as headings with bullet fields, bullets with indented sub-bullets, or
markdown tables. Each becomes the one-line form the extractor reads ("Products: SKU (unique);
name; weight in kg", "Table: books - columns: id, title"), so the meaning of the layout is not
lost in line breaks:

    ### Products          - Vehicles                    | table | columns      |
    - SKU (unique)          - registration number        |-------|--------------|
    - name                  - model                      | books | id, title    |
"""

import re

from . import lexicon
from . import words as w

# "### Products", or a line that is all bold ("**Products**", "__Products:__"): a heading
_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s+(?P<title>.+?)\s*#*|(?:\*\*|__)(?P<bold>[^*_\n]{1,60}?)(?:\*\*|__):?)\s*$")
_BULLET = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d{1,2}[.)])\s+(?P<text>.*\S)\s*$")
_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _cells(line):
    return [c.strip() for c in _ROW.match(line).group("cells").split("|")]


def _title(line):
    """The table name a heading line gives ('### users', 'Orders:'), or None."""
    m = re.fullmatch(r"\s*(?:#{1,6}\s+)?(?:table\s*:?\s*)?`?(?P<name>[A-Za-z_]\w*)`?\s*:?\s*", line, re.I)
    return m.group("name") if m else None


_TABLE_WORDS = ("table", "entity", "name", "object", "model")


def _long_rows(header, rows):
    """A table with one row per column ('| table | column | type | notes |'): one 'Table: x -
    columns: …' line per table, in the order the tables first appear, each column with its type and
    its other cells as notes."""
    typed, grouped = header.index("type") if "type" in header else None, {}
    for r in rows:
        if len(r) > (typed or 1) and r[0] and r[1]:
            notes = "".join(f" ({c})" for k, c in enumerate(r) if c and k not in (0, 1, typed))
            grouped.setdefault(r[0], []).append(f"{r[1]} {r[typed] if typed else ''}{notes}".strip().replace("  ", " "))
    return [f"Table: {t} - columns: " + ", ".join(cols) for t, cols in grouped.items()]


def _tables(lines):
    """Markdown tables: a (table, columns) table becomes 'Table: x - columns: …' lines; a table of
    fields (name, type, notes…) becomes one list under the heading or line before it."""
    out, i = [], 0
    while i < len(lines):
        if i + 1 < len(lines) and _ROW.match(lines[i]) and _RULE.match(lines[i + 1]):
            header = [c.lower() for c in _cells(lines[i])]
            rows = []
            j = i + 2
            while j < len(lines) and _ROW.match(lines[j]):
                rows.append(_cells(lines[j]))
                j += 1
            if len(header) >= 3 and header[0] in _TABLE_WORDS and re.search(r"column|field|attribute", header[1]) \
                    and ("type" in header[2:] or not header[1].endswith("s")):
                out += _long_rows(header, rows)             # one row per column: "| vehicles | vin | text | unique |",
                #                                             "| tasks | project_id | references projects |"
            elif len(header) >= 2 and header[0] in _TABLE_WORDS and \
                    re.search(r"column|field|attribute", header[1]):
                out += [f"Table: {r[0]} - columns: {r[1]}" for r in rows if len(r) >= 2 and r[0]]
            elif "type" in header[1:] and out and _title(out[-1]):   # "| column | type | notes |" under "### users"
                typed = header.index("type")
                cols = [f"{r[0]} {r[typed]}" + "".join(f" ({c})" for k, c in enumerate(r) if c and k not in (0, typed))
                        for r in rows if r and r[0]]
                out[-1] = f"Table: {_title(out[-1])} - columns: " + ", ".join(cols)
            else:                                    # a field table: "name | type | notes"
                items = ["; ".join(" ".join(c for c in r if c).split("; ")) for r in rows if any(r)]
                if out and out[-1].strip():
                    out[-1] = out[-1].rstrip().rstrip(":") + ": " + "; ".join(items)
                else:
                    out.append("Fields: " + "; ".join(items))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def _headings(lines):
    """'### Products' followed by bullets: 'Products: SKU (unique); name; …'."""
    out, i = [], 0
    while i < len(lines):
        m = _HEADING.match(lines[i])
        if m:
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            items = []
            while j < len(lines) and _BULLET.match(lines[j]) and not _BULLET.match(lines[j]).group("indent"):
                items.append(_BULLET.match(lines[j]).group("text").rstrip(".;"))
                j += 1
            heading = m.group("title") or m.group("bold")
            title = heading.rstrip(":")
            fields, said = _fields_and_clauses(title, items)
            if fields and all(len(x.split()) <= 8 and ":" not in x for x in fields):
                out.append(f"{title}: " + "; ".join(fields) + ".")
                out += said
                i = j
                continue
            out += ["", heading + ("" if heading.endswith((":", ".")) else ".")]   # (its own paragraph)
            i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


_SAYING = frozenset("has have can may must is are belongs belong".split())
_VALUES = re.compile(r"^(?P<field>[^:]{1,40}):\s*(?P<values>[^:]+?(?:\s*[/|,]\s*[^:/|,]+)+)$")


def _fields_and_clauses(title, items):
    """A heading's bullets split into its fields and what is said of it: '- belong to one owner' is
    'Dogs belong to one owner.', '- a dog stays in one kennel from …' a sentence of its own, and
    '- vaccination status: up to date / overdue' the field with its values in parentheses."""
    fields, said = [], []
    for x in items:
        words = x.split()
        first = words[0].lower()
        if first in _SAYING or lexicon.only_verb(first):
            said.append(f"{title} {x}.")
        elif first in ("a", "an", "each", "every", "the") and len(words) > 4 or (
                len(words) > 3 and w.is_plural(first) and (words[1].lower() in _SAYING or
                                                         lexicon.verb_lemma(words[1].lower()) == words[1].lower())):
            said.append(x[:1].upper() + x[1:] + ".")   # ("- crews have a leader and several pickers")
        else:
            m = _VALUES.match(x)
            fields.append(f"{m.group('field')} ({', '.join(v.strip() for v in re.split(r'[/|,]', m.group('values')))})"
                          if m else x)
    return fields, said


def _nested(lines):
    """'- Vehicles' with indented sub-bullets of fields: '- Vehicles: registration number; model'."""
    out, i = [], 0
    while i < len(lines):
        m = _BULLET.match(lines[i])
        if m and not m.group("text").rstrip().endswith(":") and ":" not in m.group("text"):
            depth = len(m.group("indent").expandtabs(4))
            j, items = i + 1, []
            while j < len(lines):
                c = _BULLET.match(lines[j])
                if not c or len(c.group("indent").expandtabs(4)) <= depth:
                    break
                items.append(c.group("text").rstrip(".;"))
                j += 1
            if items and all(len(x.split()) <= 8 for x in items):
                out.append(f"{m.group('indent')}- {m.group('text').rstrip('.')}: " + "; ".join(items))
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


_LETTERED = re.compile(r"^(?P<indent>[ \t]*)[a-z]\)[ \t]+(?=\S)", re.M)


def bullets(text):
    """Lettered items ('a) Researchers - name, email', 'b) …') are bullets, when two or more lines
    are lettered in order; YAML-like table lists ('- name: rooms' over 'columns: […]') are column lists; a
    schema word before each item's name ('Entity Quiz: …') is left out."""
    text = _NAMED_ITEM.sub(_named_item, text) if "name" in text or "table" in text else text
    words = [m.group("word").lower() for m in _KEYWORD_ITEM.finditer(text)]
    if any(words.count(x) >= 2 for x in words):   # "Entity Quiz: title, …" / "Entity Teacher: name, …"
        text = _KEYWORD_ITEM.sub(lambda m: f"{m.group('lead') or '- '}{m.group('name')}", text)
    if "b)" not in text:
        return text
    letters = [m.group(0).strip()[0] for m in _LETTERED.finditer(text)]
    if letters[:2] != ["a", "b"]:
        return text
    return _LETTERED.sub(lambda m: f"{m.group('indent')}- ", text)


# a schema's word before each item's name, on two lines or more: "Entity Quiz: title, …", "Model Teacher - name, …"
_KEYWORD_ITEM = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?P<word>entity|model|object|record|resource|collection)"
                           r"[ \t]+(?P<name>[A-Za-z_]\w*)(?=[ \t]*(?::|[-–—][ \t]))", re.I | re.M)
# YAML-like table lists: "- name: courses" and its "columns: [id, code]" (or a bulleted "columns:" list)
_NAMED_ITEM = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+(?:name|table)[ \t]*:[ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*\n"
                         r"[ \t]+(?:columns|fields|attributes)[ \t]*:[ \t]*(?:\[(?P<inline>[^\]\n]*)\]|"
                         r"\n(?P<listed>(?:[ \t]+-[ \t]+(?!(?:name|table)[ \t]*:)[^\n]+(?:\n|$))+))", re.M | re.I)


def _named_item(m):
    listed = m.group("inline") if m.group("inline") is not None else \
        ", ".join(x.strip()[1:].strip() for x in m.group("listed").splitlines() if x.strip())
    return f"{m.group('indent')}Table: {m.group('name')} - columns: {listed}\n"


def flatten(text):
    """The text with its markdown tables, headed bullet lists and nested bullets made one-line lists."""
    lines = text.split("\n")
    if not any(_ROW.match(x) or _HEADING.match(x) or (_BULLET.match(x) and _BULLET.match(x).group("indent"))
               for x in lines):
        return text
    return "\n".join(_nested(_headings(_tables(lines))))
