"""Technical column lists: 'Table: boxes - columns: id, freezer_id (FK -> freezers.id), barcode (unique)'.

A person who writes tables and columns has already made the design; reading those lines as
English (where 'grid_rows' looks like a plural noun and '->' like punctuation) loses it. Lines
that list columns are taken out of the text and read here, item by item: the column's name, a
type it states, `(unique)`, a closed set of values, and foreign keys (`FK -> t.c`, `references
t(c)`, `-> t`, or `<entity>_id` naming a table). The rest of the text is read as usual.
"""

import re
from dataclasses import dataclass, field

from . import lexicon, words as w
from .cues import PERSON_ENTITIES
from .field_names import type_words

_LINE = re.compile(
    r"^(?P<lead>\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?)(?:[A-Za-z][\w ]{0,30}:\s*(?=[a-z_][a-z0-9_]*\())?"   # ("Service
    r"(?P<table>(?:create\s+)?table\b\s*:?\s*(?:if\s+not\s+exists\s+)?|(?:entity|model|class|object|record)\s*:\s*)?[`\"']?(?P<name>[A-Za-z_][A-Za-z0-9_]*(?: [A-Za-z][a-z0-9]*(?=\s*\())?)"   # catalogue:
    r"[`\"']?\s*"                                                  # services(…)"; "Library branch (code PK, …)")
    r"(?:[-–—:]\s*|\(\s*)(?:(?P<cols>columns|fields|attributes)\s*:\s*)?(?P<items>.+)$", re.I)
_HEADER = re.compile(r"^\s*(?:[-*+]\s+)?(?:table\s*:|[A-Za-z_]\w*\s*[-–—:(]\s*(?:columns|fields)\s*:)", re.I)
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")
_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
_NAMED = re.compile(r"^\s*(?:[-*+]\s+)?(?:the\s+)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+table"
                    r"(?:\s+(?:with|has|having|holds|containing)\s+|\s*:\s*)(?:columns?\s*:?\s*)?(?P<items>.+)$", re.I)
_SNAKE = re.compile(r"^[a-z][a-z0-9]*_[a-z0-9_]+$")
_FK = re.compile(r"(?:\bfk\b\s*(?:->|→|to|references)?|->|→|\breferences\b|\breferencing\b|\brefers to\b|"
                 r"\bpoints? to\b|\brefs?\b)\s*\(?\s*"
                 r"(?P<table>[A-Za-z_][A-Za-z0-9_]*)(?:\s*[.(]\s*(?P<column>[A-Za-z_][A-Za-z0-9_]*)\)?)?", re.I)
_KEYWORDS = frozenset("primary unique foreign key index constraint check".split())
_NAMES_TOO = frozenset("key index check".split())      # keywords that are column names too: an API key, a check
_CONSTRAINT_REST = re.compile(r"^\s*(?:\w+\s*)?\((?P<inner>[^()]*)\)")
# a type written right after the name: "numeric(10,2)", "varchar(20)", "text[]", "timestamptz"
_TYPE_HEAD = re.compile(r"^\s*[a-z][a-z ]*?(?:\s*\(\s*\d+\s*(?:,\s*\d+\s*)?\))?(?:\s*\[\s*\])?(?=\s*(?:\(|,|$|not\b|null\b|"
                        r"unique\b|primary\b|pk\b|default\b|references\b|check\b|-?\d+\s*(?:-|\.\.|to)\s*-?\d+\b))", re.I)
_RANGE = re.compile(r"(?<![\w.])(-?\d+)\s*(?:-|\.\.|to)\s*(-?\d+)(?![\w.])")                   # "stars int 1-5"
# "shift: day/night", "draft | sent | paid" (each choice ends in a letter: one way to read the spaces)
CHOICES = re.compile(r"\w(?:[\w -]{0,29}\w)?(?:[ \t]*[|/][ \t]*\w(?:[\w -]{0,29}\w)?)+")
_DOTTED = re.compile(r"^\s*(?:[-*+]\s+)?(?P<table>[A-Za-z_]\w*)\.(?P<column>[A-Za-z_]\w*)\s*(?:->|→|=>|\breferences\b|"
                     r"\brefers to\b)\s*(?P<target>[A-Za-z_]\w*)(?:\.\w+)?\s*[.;,]?\s*$", re.I)
_PRIMARY = re.compile(r"\bpk\b|\bprimary key\b", re.I)
_LISTED = re.compile(r"^\s*(?:enum|one of)\b", re.I)
_SAID = re.compile(r"\((?:an?|the|one of the)\s+([a-z]+)\)", re.I)                # "reviewer_id (an author)"
_KEY_NOTE = re.compile(r"\b(?:pk|fk|primary key|unique|references)\b", re.I)
_NOTED_KEY = re.compile(r"\b(?:fk|foreign key|references?|refs?)\b", re.I)
_NOTES = frozenset("unique optional required nullable null not null pk fk".split())
_PLAIN_WORD = re.compile(r"^[a-z]+$")
_SQL_WORDS = frozenset("in not as is of with and or any all between like exists".split())
# words after a column's name that say something about it rather than continue its name
_NOT_NAME = _NOTES | _KEYWORDS | frozenset("enum array list indexed auto increment default references ref refs "
                                           "to from serial identity generated".split())


@dataclass
class Column:
    name: str
    rest: str = ""                      # what follows the name: type words and parenthetical notes
    target: str | None = None           # the table a foreign key names
    type: str | None = None             # the exact SQL type, when the source is a schema (schema_sources.py)
    spoken: bool = False                # a name of words ("holder name"), not written as an identifier


@dataclass
class Table:
    name: str
    columns: list = field(default_factory=list)
    whole: bool = True                  # all its columns are listed (not only a key: "voyage.ship -> ship")
    exact: bool = False                 # written in a schema language: its value lists are kept as written
    unique_pairs: list = field(default_factory=list)   # ("member", "class"): "one booking per member per class"


# "one booking per member per class", "unique (member_id, class_id)", "(member_id, class_id) unique", "PK (order_id,
# ticket_type_id)"
_ONE_PER_PAIR = re.compile(r"^(?:one|a single|only one) [a-z]+(?: [a-z]+)? per ([a-z]+) (?:per|and|for each) ([a-z]+)$|"
                           r"^(?:unique|pk|primary key) ?\(\s*([a-z]\w*?)(?:_id)?\s*,\s*([a-z]\w*?)(?:_id)?\s*\)$|"
                           r"^\(\s*([a-z]\w*?)(?:_id)?\s*,\s*([a-z]\w*?)(?:_id)?\s*\) unique$", re.I)


def ident(name):
    """A written identifier in snake_case: 'PurchaseOrder' -> purchase_order, 'manuscriptId' -> manuscript_id
    (a word's capitals alone, 'NHSNumber', stay one word)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.replace(" ", "_")).lower()


def trim_end(text, *ends):
    """text without its trailing whitespace and, in order, each of ends with the whitespace before it
    ('a, b ) .' without '.' and ')' is 'a, b '). The line patterns take the rest of the line and
    trim here: a lazy item group followed by optional spaces and marks rescanned a run of spaces
    from every position (minutes on one long line)."""
    out = text.rstrip()
    for end in ends:
        if out.endswith(end) and len(out) > len(end):
            out = out[:-len(end)]
            out = out.rstrip() if end != ends[-1] else out
    return out


def _items(text):
    """Comma-separated items of a column list, commas inside parentheses kept."""
    out, depth, current = [], 0, ""
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch in ",;" and depth == 0:
            out.append(current.strip())
            current = ""
        else:
            current += ch
    out.append(current.strip())
    return [x for x in out if x]


def read_columns(items):
    """The Columns of a list's items; where most items give a type ("full_name text, dob date"), a last
    'date' or 'time' is one too (not "due date", a name, in a list of names)."""
    typed = sum(1 for x in items if len(x.split()) >= 2 and x.split()[1].lower() not in ("date", "time") and
                type_words(f"({x.split()[1].lower()})")) * 2 >= len(items)
    return [c for c in (column(x, typed) for x in items) if c is not None]


def _constraint(rest):
    """Does what follows 'key', 'index' or 'check' make it a constraint ('key (a, b)', 'index by_date (a)',
    'check (a > b)'), not a column with a note ('key (unique)', 'check (bool)')?"""
    m = _CONSTRAINT_REST.match(rest[0]) if rest else None
    inner = m.group("inner").strip().lower() if m else ""
    return bool(m) and inner not in _NOTES and not type_words(f"({inner})")


def column(item, typed=False):
    """The Column of one list item ("stars int 1-5", "holder name", "owner_id -> users.id"), or None."""
    head = item.split()[0].strip("`\"'").rstrip(":") if item.split() else ""     # ("shift: day/night")
    head = ident(head)                                                          # ("manuscriptId")
    if not _IDENT.match(head) or head in _KEYWORDS and (head not in _NAMES_TOO or _constraint(item.split(None, 1)[1:])):
        return None                     # ("PRIMARY KEY (a, b)", "index idx (a)"; not the column "key text unique")
    rest = item[len(item.split()[0]):].strip().replace("`", "")      # ("(→ `users.id`)")
    more = rest.split()
    if 1 <= len(more) <= 2 and all(_PLAIN_WORD.match(x) for x in more) and not set(more) & _NOT_NAME and \
            (not type_words(rest.lower()) and not type_words(f"({rest.lower()})") or (
                more in (["date"], ["time"]) and "_" not in head and not typed)):
        return Column("_".join([head, *more]), spoken=True)        # "holder name", "returned at", "due date"
    fk = _FK.search(rest)
    return Column(head, rest, ident(fk.group("table")) if fk else None)


def _logical_lines(description):
    """Physical lines, with the lines that continue a column list joined to it: indented ones, and
    any after a line that ends in a comma or inside an open parenthesis."""
    out = []
    for line in description.split("\n"):
        wrapped = out and line.strip() and (out[-1].rstrip().endswith(",") or out[-1].count("(") > out[-1].count(")"))
        if out and (line[:1] in (" ", "\t") or wrapped) and line.strip() and not _BULLET.match(line) and \
                not _HEADER.match(line) and _HEADER.match(out[-1]) and not out[-1].rstrip().endswith((".", ":")):
            out[-1] = out[-1].rstrip() + " " + line.strip()     # (a list wrapped after a comma or inside "( … )")
        else:
            out.append(line)
    return out


_GROUP = re.compile(r"(?P<name>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2})\s*\((?P<items>[^()]*)\)")
_GROUP_LABEL = re.compile(r"^\s*(?:[-*+]\s+)?(?:(?P<label>[A-Za-z][\w ]{0,30}):\s*)?")


def _groups(line):
    """Tables of a line that is only names with their fields ('Entities: Tournament (name, start
    date), Team (name, coach)'), or []: two or more, each capitalised unless a label leads."""
    lead = _GROUP_LABEL.match(line)
    at, found = lead.end(), []
    for m in _GROUP.finditer(line, at):
        between = line[at:m.start()]
        if not re.fullmatch(r"\s*(?:[,;]\s*)?(?:and\s+)?", between) or not (lead.group("label") or m.group(1)[0].isupper()):
            return []
        items = _items(m.group("items"))
        if items and all(len(x.split()) <= 4 and type_words(f"({x})") for x in items):
            return []                   # ("Readings: value (decimal), recorded at (timestamptz)": typed fields)
        columns = read_columns(items)
        if not columns:
            return []
        found.append(Table(w.snake(ident(m.group("name")).split()), columns))
        at = m.end()
    return found if len(found) >= 2 and re.fullmatch(r"\s*[.;]?\s*", line[at:]) else []


_SECTION_NAME = re.compile(r"^\s*(?:[-*+]\s+)?(?:entity|table|model|object|class)\s*:\s*(?P<name>[A-Za-z][\w ]{0,40}?)\s*$", re.I)
_SECTION_PART = re.compile(r"^\s*(?:[-*+]\s+)?(?P<part>attributes|fields|columns|properties|relations|relationships|"
                           r"associations)\s*:\s*(?P<items>\S.*)$", re.I)


def _sections(lines):
    """'Entity: Grant' over 'Attributes: title, amount (numeric)' and 'Relations: belongs to Funder;
    has many Budget Lines' lines: a Table of the attributes, and each relation a sentence of its own
    ('Grant belongs to Funder.') for the prose reader. (lines, [Table])."""
    out, tables, name = [], [], None
    for line in lines:
        head = _SECTION_NAME.match(line)
        part = _SECTION_PART.match(line) if name else None
        if head:
            name = head.group("name")
            out.append("")
        elif part and part.group("part").lower().startswith(("rel", "assoc")):
            said = [x.strip() for x in re.split(r"[;,]", trim_end(part.group("items"), ".")) if x.strip()]
            out.append(" ".join(f"{name} {x}." for x in said))
        elif part:
            columns = read_columns(_items(trim_end(part.group("items"), ".")))
            tables.append(Table(w.snake(ident(name).split()), columns))
            out.append("")
        else:
            name = name if not line.strip() or _SECTION_PART.match(line) else None
            out.append(line)
    return out, tables


_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-Za-z])")


# "Tenant { id, name, plan (free|pro) }", over one line or several: a record type written with braces
_BRACED = re.compile(r"(?m)^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?:(?:entity|table|model|class|type|record)[ \t]+)?"
                     r"(?P<name>[A-Za-z_]\w*)[ \t]*\{(?P<body>[^{}]*)\}", re.I)


def _braced(m):
    body = ", ".join(x.strip() for x in re.split(r"[,;\n]", m.group("body")) if x.strip())
    return f"{m.group('lead')}table {m.group('name')}: columns: {body}"     # (said outright, as braces do)


# "selling_price (numeric(8,2))": a sized type in parentheses is the type said after the name (its inner
# parentheses are no list of values)
SIZED_TYPE_ASIDE = re.compile(r"\((?P<t>(?:numeric|decimal|varchar|char|character varying|float|bit|time|timestamp|"
                              r"timestamptz|interval)\s*\(\s*\d+\s*(?:,\s*\d+\s*)?\))\)", re.I)


# "status enum[available, rented]": the values in brackets, as "enum(…)" writes them
_ENUM_BRACKETS = re.compile(r"\b(enum|one of)\s*\[([^\]\n]*)\]", re.I)


def split(description):
    """(the description without its column-list lines, [Table]) - lines that list two or more
    snake_case columns, or say 'Table:' / 'columns:' outright. A paragraph's sentences are read
    one by one: 'Table trials (id, title). Sites are hospitals … arms(trial_id FK, name).'"""
    description = _BRACED.sub(_braced, description) if "{" in description else description
    description = _ENUM_BRACKETS.sub(r"\g<1>(\g<2>)", description) if "[" in description else description
    description = SIZED_TYPE_ASIDE.sub(r"\g<t>", description) if "))" in description else description
    lines, tables = _sections(_logical_lines(description))
    kept, weak = [], []
    for line in lines:
        sentences = [x for x in re.split(r"(?<=\.)\s+(?=[A-Z])", line) if _NAMED.match(x)]
        if sentences and len(sentences) == len(re.split(r"(?<=\.)\s+(?=[A-Z])", line.strip())):
            for x in sentences:                 # "Users table with user_id. Posts table with author_id …"
                n = _NAMED.match(x)
                columns = read_columns(_items(re.sub(r"\band\b", ",", trim_end(n.group("items"), "."))))
                tables.append(Table(ident(n.group("name")), columns))
            kept.append([""])
            continue
        pieces = _SENTENCE.split(line)
        kept.append([])
        for piece in pieces:
            found, strong = _line_table(piece) if len(pieces) == 1 else _line_table(piece.rstrip(".;"), sentence=True)
            if found and strong:
                tables += found
                piece = ""
            elif found:
                weak.append((len(kept) - 1, len(kept[-1]), found))
            kept[-1].append(piece)
    linked = len(weak) >= 2 and any(c.target for _, _, found in weak for t in found for c in t.columns)
    if tables or linked:        # among column lists, "ingredients: id PK, name UNIQUE" is one too, and
        #                         "Cargo: voyage, description, weight_tonnes"; lists that refer to each
        #                         other are column lists too ("Vendor(name, email)", "Invoice(…, vendor -> Vendor)")
        for at, part, found in weak:
            kept[at][part] = ""
            tables += found
    return "\n".join(" ".join(x for x in parts if x) for parts in kept), tables


def _line_table(line, sentence=False):
    """([Table], whether they surely are tables) of one line that lists columns, or ([], False); of a sentence
    in a paragraph, only a list of columns said outright ('we track vehicles (plate, make) and drivers
    (name)' is English)."""
    grouped = _groups(line) if not sentence else []
    if grouped:                                 # "Objects: Tournament (name, venue), Team (name, coach)"
        return grouped, True
    dotted = _DOTTED.match(line)
    if dotted:                                  # "voyage.ship -> ship"
        return [Table(ident(dotted.group("table")), [Column(ident(dotted.group("column")), "",
                                                            ident(dotted.group("target")))], False)], True
    m = _LINE.match(line)
    if not m or " " in m.group("name") and m.group("name").split()[1].lower() in _KEYWORDS | _NOT_NAME | _SQL_WORDS:
        return [], False                # (not "status IN ('a', 'b')")
    listed = trim_end(m.group("items"), ".", ")")
    if listed.count("(") > listed.count(")"):
        listed += ")"                   # "status enum(a, b)": the line's last parenthesis is the item's
    items = _items(listed)
    found = [(x, _ONE_PER_PAIR.match(x)) for x in items]
    pairs = [m2.groups() for _, m2 in found if m2]
    items = [x for x, m2 in found if not m2]
    columns = read_columns(items)
    snake = sum(1 for c in columns if (_SNAKE.match(c.name) and not c.spoken) or c.name == "id")
    explicit = bool(m.group("table") or m.group("cols")) or \
        (columns[:1] and columns[0].name == "id" and len(columns) >= 3)   # "rooms: id, name, capacity int"
    if (len(columns) >= 2 or columns and m.group("table") and m.group("cols")) and (explicit or snake >= 2) \
            and len(columns) >= len(items) * 0.5:   # ("Table: people - columns: email (unique)")
        return [Table(ident(m.group("name")), columns, unique_pairs=pairs)], True
    if not sentence and len(columns) >= 2 and len(columns) == len(items) and (columns[0].name == "id" or any(
            c.target or _KEY_NOTE.search(c.rest) for c in columns) or all(
            len(x.split()) <= 3 and "(" not in x for x in items)):
        return [Table(ident(m.group("name")), columns)], False
    return [], False


def lemma(table_name):
    """The entity lemma of a table name: 'sample_allocations' -> ('sample', 'allocation')."""
    parts = [p for p in table_name.split("_") if p]
    return tuple(parts[:-1]) + (w.singular(parts[-1]),) if parts else ()


def _suffix_entity(name, entity_named):
    """The entity the end of a column's name names ('departure_port' -> port), or None."""
    parts = name.split("_")
    return next((entity_named("_".join(parts[i:])) for i in range(len(parts)) if entity_named("_".join(parts[i:]))), None)


def _target(col, owner, entity_named, people):
    """The entity a column refers to, or None: the table it names ('-> users', 'FK ships'), the
    thing a note says it is ('reviewer_id (an author)'), its own name when a note says it is a key
    ('patient (FK)') or when it states no type ('ship', 'departure port': not 'total_spaces', a count),
    and a person's role
    ('author_id' with no authors table) the table of people."""
    if col.target:
        return entity_named(col.target)
    said = _SAID.search(col.rest)
    if said and entity_named(said.group(1)):
        return entity_named(said.group(1))                # "reviewer_id (an author)"
    stem = col.name[:-3] if col.name.endswith("_id") else col.name
    bare = not col.type and not _TYPE_HEAD.match(col.rest) and not CHOICES.fullmatch(col.rest.strip())
    counted = bare and "_" in stem and w.is_plural(stem.rsplit("_", 1)[-1])   # "total_spaces": a number of them
    if col.name.endswith("_id") or _NOTED_KEY.search(col.rest) or (bare and not counted):
        found = _suffix_entity(stem, entity_named)
        if found is not None and (found != owner or stem != found):
            return found
    if col.name.endswith("_id") and people and stem.rsplit("_", 1)[-1] in lexicon.person_nouns():
        return people                                     # "author_id": one of the users
    return None


def apply(extractor, tables, type_words, clean_values):
    """Columns and foreign keys of the column lists, into the extractor's entities."""
    spec = extractor.spec
    by_name = {}
    for key, entity in spec.entities.items():
        for name in {key, *entity.aliases}:
            by_name.setdefault(name, key)
            by_name.setdefault(w.snake([w.plural(name)]), key)

    def entity_named(name):
        if name in by_name:
            return by_name[name]
        key = w.snake(lemma(name))
        return key if key in spec.entities else by_name.get(key)

    people = next((k for k in PERSON_ENTITIES if k in spec.entities), None)
    natural = {col.name: entity_named(table.name) for table in tables for col in table.columns   # "card_number PK"
               if col.name != "id" and not col.name.endswith("_id") and _PRIMARY.search(col.rest)}
    for table in tables:
        owner = entity_named(table.name)
        if owner is None:
            continue
        entity = spec.entities[owner]
        for pair in table.unique_pairs:
            ends = tuple(entity_named(x) for x in pair if x)
            if len(ends) == 2 and None not in ends and ends[0] != ends[1]:
                entity.unique_over = ends            # "one booking per member per class"
        entity.stated = entity.stated or table.whole
        for col in table.columns:
            own_key = col is table.columns[0] and col.name == f"{owner}_id" and not col.rest.strip() and \
                not any(c.name == "id" for c in table.columns)   # ("Patient(patient_id, name, dob)": its key)
            if col.name == "id" or (col.name.endswith("_id") and _PRIMARY.search(col.rest)) or own_key:
                if (col.type or "").lower() == "uuid" or re.search(r"\buuid\b", col.rest, re.I):
                    spec.uuid_keys = True            # "id: uuid": the keys are UUIDs
                continue
            target = _target(col, owner, entity_named, people)
            if target is None and _NOTED_KEY.search(col.rest) and natural.get(col.name) not in (None, owner):
                target = natural[col.name]          # "card_number FK": the table whose key it is
            if target is not None:
                stem = col.name[:-3] if col.name.endswith("_id") else col.name
                role = stem[:-len(target)].rstrip("_") if stem.endswith(target) and stem != target else \
                    (None if stem == target else stem)
                optional = bool(re.search(r"\b(null|optional|nullable)\b", col.rest, re.I))
                extractor._relate(owner, target, role or None, optional=optional,
                                  column=col.name if col.name.endswith("_id") else f"{col.name}_id" if role else None)
                continue
            attr = entity.attribute(col.name)
            if col.type:
                attr.type = col.type
            head = _TYPE_HEAD.match(col.rest)
            written = re.sub(r"[()]", " ", head.group(0)).strip().lower() if head else ""   # ("NUMERIC(10,2)")
            stated = (type_words(f"({written})") or type_words(written)) if written else None   # "valid_from date"
            notes = ", ".join(a or b for a, b in re.findall(r"\(([^()]*)\)|\[([^\[\]]+)\]",   # ("[book|dvd]")
                                                          col.rest[head.end() if head else 0:])).lower()
            noted = type_words(f"({notes})") if notes and not _LISTED.match(col.rest) else None   # ("birthday (date)":
            #                                                    a type; not "kind enum(boolean, multivariate)": values)
            stated = stated or noted
            if stated and not col.type:
                attr.type = stated
            span = _RANGE.search(col.rest[head.end() if head else 0:])
            if span and int(span.group(1)) < int(span.group(2)):
                attr.low, attr.high = int(span.group(1)), int(span.group(2))
            rest = re.sub(r"^(?:enum|one of)\s*:?\s*", "", col.rest.strip(), flags=re.I)   # ("severity enum: a/b")
            if not notes and (not stated or rest != col.rest.strip()) and CHOICES.fullmatch(rest):
                notes = rest.lower()                              # "shift: day/night"
            if re.search(r"\bunique\b", notes) or re.search(r"\bunique\b", col.rest, re.I) or _PRIMARY.search(col.rest):
                attr.unique = True                   # ("card_number PK": a natural key, kept unique beside the id)
            if re.search(r"\b(required|not null)\b", notes) or re.search(r"\bnot null\b", col.rest, re.I):
                attr.optional = False
            elif re.search(r"\b(null|optional|nullable|may be empty|if known)\b", notes):
                attr.optional = True
            listed = re.sub(r"^(?:one of|enum|(?:allowed |possible |valid )?values?)\s*:?\s*", "", notes)   # "(one of: a, b)"
            values = [v.strip().strip("'\"").strip() for v in re.split(r",|\bor\b|/|\|", listed)
                      if v.strip().strip("'\"").strip() and v.strip() not in _NOTES]       # "kind ('a', 'b')"
            closed = re.search(r"(^|_)(status|state|type|kind|sex|gender|category|level|role|mode|side|stage|"
                               r"priority|tier|plan|channel|method)$", col.name)
            if len(values) >= 2 and not (noted and not col.type) and all(re.fullmatch(r"[a-z0-9_ -]{1,30}", v) for v in values) and \
                    (closed or all(" " not in v for v in values)):
                attr.values = tuple(clean_values(values, singular=not table.exact))
