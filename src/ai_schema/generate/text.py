"""Text -> sentences of tagged tokens and noun phrases.

A description is cut into blocks (paragraphs and list items), blocks into
sentences, and each word gets a coarse tag (tagging.py). Noun phrases are the runs of NOUN tags. A list item under a line that
ends with ":" remembers that line, so "Trips are the core table:" followed by
"- which rider and which bike" reads as trips' attributes.
"""

import bisect
import re

from . import lexicon, spelling
from . import words as w
from .blocks import blocks as _blocks
from .object_relatives import as_passive, it_named, they_named
from .pronouns import each_named, each_one_named, each_said_after, it_done
from .passive_wishes import as_statement
from .imperatives import said_by_me
from .kept_lists import one_by_one
from .shared_subjects import said_again
from .plain import plain
from .value_lists import slashed_items, slashed_values, values_in_parentheses
from .retagging import HOW_OFTEN, tag
from .tagging import (ADJ, ADV, AUX, CONJ, DET, NOUN, PREP, PRON, QUANT, VERB,
                      after_open, irregular_participle, outside_parentheses,
                      relative_clause_closed)  # noqa: F401 (the readers use tx.…)
from .tag_context import participle_like, people_gap  # noqa: F401

_ABBREVIATIONS = re.compile(r"\b(e\.g\.|i\.e\.|etc\.|vs\.|approx\.|incl\.|(?<!/)no\.)(?P<end>(?=\s+[A-Z]))?", re.I)
#                ("yes/no." is no "number"; "… a licence no. Trucks have …" ends its sentence)
_ABBR_TEXT = {"e.g.": "eg", "i.e.": "ie", "etc.": "etc", "vs.": "vs", "approx.": "approx", "incl.": "incl", "no.": "number"}

def plural_kinds(tokens):
    """Are the tokens a list of single plural nouns ('laptops, phones, monitors'): kinds of a thing,
    not its fields?"""
    items = " ".join(t.text for t in tokens).replace(" or ", " , ").replace(" and ", " , ").split(",")
    return len(items) >= 2 and all(len(x.split()) in (1, 2) and w.is_plural(x.split()[-1]) and
                                   x.strip() not in w.FIELD_NOUNS and x.split()[-1] not in w.FIELD_NOUNS
                                   for x in items if x.strip() not in ("etc", "...")) and \
        any(len(x.split()) == 1 for x in items)           # ("soup kitchens, shelters"; not "first names, …")


def person_kinds(tokens):
    """Are the tokens a list of single words most of which name people ('florist, caterer,
    photographer, band'): kinds of a person, not their fields?"""
    items = [x.strip() for x in " ".join(t.text for t in tokens).replace(" and ", " , ").replace(" or ", " , ").split(",")]
    people = sum(1 for x in items if " " not in x and w.singular(x) in lexicon.person_nouns())
    return len(items) >= 2 and all(x and " " not in x for x in items) and people * 3 >= len(items) * 2


def lowercase_fields(tokens):
    """Are the tokens a list of lower-case nouns of a word or two ('temperature, humidity, soil
    moisture'): fields, not named examples ('Thai, Pizza') or kinds ('laptops, phones')?"""
    items = " ".join(t.text for t in tokens).replace(" and ", " , ").split(",")
    return len(items) >= 2 and not plural_kinds(tokens) and \
        not any(t.orig[:1].isupper() or t.kind not in ("word", "punct") for t in tokens) and \
        all(1 <= len(x.split()) <= 2 and not any(word in w.DETERMINERS - {"any"} for word in x.split()) for x in items) and \
        (not any(len(x.split()) == 1 and (x.strip().endswith("ing") or w.is_plural(x.strip())) for x in items) or
         any(w.field_word(x.strip()) and not w.is_plural(x.strip()) for x in items)) and \
        not person_kinds(tokens) and not (
            all(len(x.split()) == 1 for x in items) and not any(w.field_word(x.strip()) for x in items))
    #   ("accounts (checking, savings)": kinds of account; "bicycles (road, mountain, gravel)": no field among them)



def after_parenthesis(tokens, i):
    """The index after the parenthesis that opens at i (the end when it never closes)."""
    depth = 0
    for j in range(i, len(tokens)):
        if tokens[j].text == "(":
            depth += 1
        elif tokens[j].text == ")":
            depth -= 1
            if depth == 0:
                return j + 1
    return len(tokens)


class Phrase:
    """A noun phrase: token span [start, end) and its lower-case words."""

    __slots__ = ("start", "end", "words", "det", "many", "possessive", "head", "lemma", "plural")

    def __init__(self, start, end, words, det, many, possessive):
        self.start, self.end, self.words = start, end, words
        self.det, self.many, self.possessive = det, many, possessive
        last = words[-1]                             # (read thousands of times per text: plain attributes)
        self.head = w.singular(last)
        self.lemma = words[:-1] + (self.head,)
        self.plural = self.head != last or last in w.SAME_IN_PLURAL and det not in w.SINGULAR_DETERMINERS

    def __repr__(self):
        return f"NP({' '.join(self.words)}{'*' if self.many else ''})"


class Sentence:
    """Tagged tokens of one sentence, its noun phrases, and the block it came from."""

    joined = False                      # split from the sentence before at a semicolon ("…; we record …")

    def __init__(self, tokens, block, first_in_block, context, item=False):
        self.tokens = tokens
        self.block = block
        self.first = first_in_block
        self.item = item                # the block is a list item ("- Loans: …")
        self.context = context          # the sentence a list item hangs under, or None
        self.tags = tag(tokens)
        tokens, self.tags = values_in_parentheses(*slashed_items(*slashed_values(tokens, self.tags)))
        self.tokens, self.tags, self.kinds = share_heads(tokens, self.tags)
        self.words = [t.text for t in self.tokens]
        self.phrases = chunk(self.tokens, self.tags)
        self._text = None
        self._read = {}                 # what a reader found in the sentence, asked for by several passes
        # the phrase at each token and the first phrase from each token on: the readers ask for them
        # at every word, and scanning the phrases each time was a tenth of the generator's time
        n = len(self.tokens)
        self._at, self._next, starts = [None] * n, [None] * (n + 1), {}
        for p in reversed(self.phrases):         # (reversed: the first phrase covering or starting at i wins)
            starts[p.start] = p
            for i in range(max(0, p.start), min(p.end, n)):
                self._at[i] = p
        following = None
        for i in range(n, -1, -1):
            following = starts.get(i, following)
            self._next[i] = following

    def text(self, start=0, end=None):
        if start == 0 and end is None:
            if self._text is None:
                self._text = " ".join(self.words)
            return self._text
        return " ".join(self.words[start:end])

    def once(self, reader):
        """reader(self), read once: the passes that find the things ask what the ones that relate them ask."""
        if reader not in self._read:
            self._read[reader] = reader(self)
        return self._read[reader]

    def phrase_at(self, index):
        return self._at[index] if 0 <= index < len(self._at) else None

    def next_phrase(self, index):
        if index < 0:
            index = 0
        return self._next[index] if index < len(self._next) else None

    def __repr__(self):
        return " ".join(f"{t.orig}/{g}" for t, g in zip(self.tokens, self.tags))


# No sentence a person writes is this long; the per-sentence readers scan a sentence from every
# word, so a run-on "and and and …" of 50 KB made them quadratic (minutes, uninterruptible).
# Longer runs are cut at a comma or a conjunction (else anywhere) into bounded pieces.
MAX_SENTENCE_TOKENS = 120


def _bounded(tokens):
    while len(tokens) > MAX_SENTENCE_TOKENS:
        cut = next((i for i in range(MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS // 2, -1)
                    if tokens[i].text in (",", "and", "or")), MAX_SENTENCE_TOKENS)
        yield tokens[:cut]
        tokens = tokens[cut + 1 if tokens[cut].text in (",", "and", "or") else cut:]
    if tokens:
        yield tokens


def _expanded(m):
    """An abbreviation's word; "no." before a capital ends its sentence too ("… a licence no. Trucks …")."""
    word = _ABBR_TEXT[m.group(1).lower()]
    return word + "." if m.group("end") is not None and m.group(1).lower() == "no." else word


# counts said with a noun ("a couple of suppliers", "lots of plots", "loads of items"): read as "several",
# which every reader knows (the number, the load is no thing of its own)
_SOME = re.compile(r"\b(?:a few|a couple of|a handful of|a bunch of|a lot of|lots of|plenty of|dozens of|hundreds of|"
                   r"thousands of|a load of|loads of|a heap of|heaps of|a ton of|tons of|a pile of|piles of|"
                   r"a stack of|stacks of|masses of|a good many|a great many)(?=\s+[a-z])", re.I)


def _several(m, text):
    """'several' for a count said with a noun, unless the text counts that noun itself ('sellers bring in loads of
    metal, we weigh each load': the loads are things)."""
    unit = re.search(r"\b(lot|load|pile|stack|heap|ton)s? of$", m.group(0).lower())
    if unit is not None and not m.group(0).lower().startswith("a ") and \
            re.search(rf"\b(?:each|every|the|a|per) {unit.group(1)}\b", text, re.I):
        return m.group(0)
    return "Several" if m.group(0)[0].isupper() else "several"


def sentences(text):
    """All sentences of a description, in order."""
    text = _ABBREVIATIONS.sub(_expanded, plain(w.clean(text)))
    text = _SOME.sub(lambda m: _several(m, text), text)
    out, context = [], None
    found = [(is_item, w.tokenize(block)) for block, is_item in _blocks(text)]
    fixed = spelling.corrections([t for _, tokens in found for t in tokens])   # "vehciles": typos read as meant
    for index, (is_item, tokens) in enumerate(found):
        tokens = _apostrophes([w.Token(fixed[t.text], t.orig, t.kind, t.start) if t.text in fixed else t
                               for t in tokens] if fixed else tokens)
        tokens = each_named(tokens)
        parts, start, depth = [], 0, 0
        for i, t in enumerate(tokens):
            if t.kind != "punct":
                continue
            if t.text == "," and depth == 0 and each_said_after(tokens, i):
                parts.append(tokens[start:i])     # "our cars are hatchbacks …, and each car is either manual or
                start = i + 2                     # automatic": a statement of its own about each one
                continue
            if t.text in "({[":
                depth += 1
            elif t.text in ")}]":
                depth = max(0, depth - 1)
            elif (t.text in ".;!?" or (t.text == ":" and i + 1 < len(tokens)
                                         and tokens[i + 1].text in ("each", "every"))) and depth == 0:
                parts.append(tokens[start:i])
                start = i + 1
        parts.append(tokens[start:])
        # each piece as it is meant: "track my …" is the writer's, a list of things one sentence each, a second
        # predicate of the subject its own ("As a volunteer I want to be assigned to a station": each volunteer is)
        parts = [as_statement(as_passive(each_one_named(it_done(it_named(they_named(one)))))) for p in parts if p
                 for piece in _bounded(p) for said in one_by_one(said_by_me(piece))
                 for one in said_again(said) if one]
        block_context = context if is_item else None
        header = None                         # (the sentence of the list header the part continues)
        for n, part in enumerate(parts):
            headed = len(parts) > 1 and _is_header(part)
            if header is not None and not headed and tokens[-1].text != ":" and \
                    _separator_before(tokens, part) == ";" and part[0].text not in ("each", "every", "a", "an", "the"):
                # "samples: unique barcode; type in {...}; belongs to a project" continues the list (also
                # after a sentence: "Bins have an aisle. Moves: product; quantity.")
                out.append(Sentence(part, index, True, header, is_item))
                continue
            out.append(Sentence(part, index, n == 0 or headed and n + 1 < len(parts) and
                                _separator_before(tokens, parts[n + 1]) == ";", block_context, is_item))
            out[-1].joined = n > 0 and _separator_before(tokens, part) == ";"
            header = out[-1] if headed else None
        if not is_item:
            context = out[-1] if parts and tokens and tokens[-1].text == ":" else None
    return out


_FUNCTION_WORDS = w.FUNCTION_WORDS | w.QUANTIFIERS | w.ADVERBS


def _apostrophes(tokens):
    """'each job is at a customers address': one person's thing written without its apostrophe (a
    singular determiner before a plural person) reads as "a customer's address"; 'a kids' tournament' is
    a kind of tournament (the article is the tournament's), no kid's."""
    out = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        one = w.singular(t.text)
        if t.text == "'s" and i >= 2 and tokens[i - 2].text in ("a", "an") and (t.orig == "'" or w.is_plural(
                tokens[i - 1].text)) and nxt is not None and nxt.kind == "word" and nxt.text not in _FUNCTION_WORDS:
            continue                       # "a kids' football tournament", "a women's team": a kind of it, no owner
        if i and tokens[i - 1].text in ("a", "an", "each", "every") and t.kind == "word" and one != t.text and \
                one in lexicon.person_nouns() and nxt is not None and nxt.kind == "word" and \
                nxt.text not in _FUNCTION_WORDS and w.singular(nxt.text) not in ("table", "list", "entity"):
            out += [w.Token(one, t.orig[:len(one)], "word", t.start), w.Token("'s", "'s", "punct", t.start + len(one))]
        else:
            out.append(t)
    return out


def _is_header(tokens):
    """'fields: ...', 'Envelope (a signing request): ...' - a short noun phrase (and an aside in
    parentheses) and a colon open the part."""
    for k, t in enumerate(tokens[:5]):
        if t.text == ":":
            return k > 0
        if t.text == "(" and k > 0:
            end = after_parenthesis(tokens, k)
            return end < len(tokens) and tokens[end].text == ":"
        if t.kind != "word" or t.text in w.DETERMINERS or t.text in w.AUXILIARIES:
            return False
    return False


def clause_at(s, k):
    """Does a clause start at k — a plural and its verb ('setters set routes'), no list of fields?"""
    p = s.next_phrase(k)
    return p is not None and p.start == k and p.plural and p.end < len(s.tokens) and s.tags[p.end] == VERB


def after_preposition(s, p):
    """Does the phrase hang from a preposition, itself or as the second of two ('for me and my parents')?"""
    g = governor(s, p)
    if g > 0 and s.words[g] in ("and", "or"):
        first = s.phrase_at(g - 1)
        g = g - 2 if s.tags[g - 1] == PRON else governor(s, first) if first is not None and first.end == g else -1
    return g >= 0 and s.tags[g] == PREP


def governor(s, p):
    """The index of the word a phrase hangs from: the one before its determiners, adjectives and
    quantifiers (-1 when the phrase opens the sentence). Its tag says whether the phrase is a verb's
    object, a preposition's, or a subject."""
    k = p.start - 1
    while k >= 0 and (s.tags[k] in (DET, ADJ, QUANT) or
                      k >= 1 and s.words[k] in ("or", "to") and s.tags[k - 1] == QUANT == s.tags[k + 1]):
        k -= 1                                 # ("has one or two engines": the quantity is the phrase's)
    return k - 1 if k > 0 and s.tokens[k].text in w.PARTICLES and s.tags[k - 1] == VERB else k   # ("ring up a sale")


_ORDER_WORDS = frozenset("order sequence".split())
# words that say one was chosen ("a set time", "in a fixed order", "on a given date"): no name of their own
CHOSEN = frozenset("fixed given set specific particular certain defined chosen right".split())


def in_order_at(s, k):
    """Does 'in order' (or 'in sequence', 'in a fixed order', 'in the given order', 'in drop order') start at k?"""
    words = s.words[k:k + 4]
    if words[:1] != ["in"]:
        return False
    j = 1 + (words[1:2] in (["a"], ["an"], ["the"], ["their"], ["its"]))
    j += words[j:j + 1] != [] and (words[j] in CHOSEN or words[j].isalpha() and words[j] not in ("any", "no") and
                                   words[j + 1:j + 2] != [] and words[j + 1] in _ORDER_WORDS)   # ("in drop order")
    return words[j:j + 1] != [] and words[j] in _ORDER_WORDS


def between_at(s, k):
    """Where 'between' stands after a phrase ending at k, past 'is'/'are' and a participle ('matches between
    teams', 'each match is between two players', 'games are played between two teams'), or None."""
    m = k + (s.words[k:k + 1] in (["is"], ["are"], ["was"], ["were"]))
    m += bool(m > k or s.words[k:k + 1] and s.words[k].endswith("ed")) and m < len(s.tokens) and s.tags[m] == VERB and (
        participle_like(s.words[m]) or irregular_participle(s.words[m]))   # ("fought"; "lessons booked between …")
    return m if s.words[m:m + 1] == ["between"] and (m == k or s.words[m + 1:m + 2] in (["two"], ["2"]) or
                                                   s.words[m + 1:m + 2] in (["a"], ["an"], ["one"]) and
                                                   "and" in s.words[m + 2:m + 6]) else None   # ("between a tutor and
    #                                                                                      a student")


def them_stands_for(s, i, named):
    """The plural thing a 'them' after the verb at i stands for, among those before i that named accepts: a
    verb's object before a thing in a prepositional phrase ("publish recipes with ingredients …, and others
    rate them": the recipes), else the last one named; or None."""
    found = [p for p in reversed(s.phrases) if p.end <= i and p.plural and named(p)]
    return next((p for p in found if p.start > 0 and s.tags[p.start - 1] == VERB), None) or next(iter(found), None)


# the words that tell things apart by a field ("stored in numbered folders": each folder has its number)
NUMBERED = {"numbered": "number", "labelled": "label", "labeled": "label"}


def numbered_by(s, p):
    """(the word of NUMBERED said before the plural p's head, the index of the word before it), or (None, -1):
    'numbered folders', 'labelled boxes'."""
    word, before = (p.words[0], p.start - 1) if len(p.words) >= 2 else \
        (s.words[p.start - 1], p.start - 2) if p.start >= 1 else (None, -1)
    return (word, before) if p.plural and word in NUMBERED else (None, -1)


def past_place(s, k):
    """Past a parenthesis and a preposition's phrase after an act's object, when 'with' follows them."""
    j = after_parenthesis(s.tokens, k) if s.words[k:k + 1] == ["("] else k
    if j < len(s.tokens) and s.tags[j] == PREP and s.words[j] != "with":
        q = s.next_phrase(j + 1)
        if q is not None and q.start <= j + 2 and (s.words[q.end:q.end + 1] == ["with"] or
                                                   s.words[q.end:q.end + 2] == [",", "with"]):
            return q.end                     # ("lend a guest a bike from a station, with a deposit")
    return j if s.words[j:j + 1] == ["with"] else k


def listed_with(s, p):
    """The phrases listed before p with it ('laptops, monitors and phones': laptops and monitors), bare plurals."""
    first = next((q for q in s.phrases if q.end <= p.start and q.plural and p in joined_to(s, q, plural=True)), None)
    listed = [first] + joined_to(s, first, plural=True)[:-1] if first is not None else []
    if any(q.det is not None for q in listed + [p]) or s.words[p.start - 2:p.start] == [",", "and"]:
        return []                            # ("clients, packages, and the photos delivered from …": the last)
    return listed


def joined_to(s, p, plural=None):
    """The phrases joined to p by 'and', 'or' or commas, in order ('day passes or memberships', 'a desk
    or a meeting room', 'chaplains and trained volunteers'; not 'a sofa or other furniture', its kind); with
    plural=True only plural ones, and the list stops at the first other."""
    out, k = [], p.end if p is not None else len(s.words)
    while k + 1 < len(s.words) and s.words[k] in ("and", "or", ","):
        j = k + 1 + (s.words[k + 1] in ("and", "or"))
        q = s.next_phrase(j)
        if q is None or any(s.tags[x] != DET and (s.tags[x] != ADJ or s.words[x] == "other") for x in range(j, q.start)) or \
                (plural and not q.plural) or \
                (plural is None and q.plural != p.plural):
            break
        out.append(q)
        k = q.end
    return out


def _separator_before(tokens, part):
    """The text of the token just before the part (tokens are in order of their starts)."""
    k = bisect.bisect_left(tokens, part[0].start, key=lambda t: t.start)
    return tokens[k - 1].text if k else None


_MANY = re.compile(r"(\b(many|several|multiple|numerous|various|more)( other)?|more than one"
                   r"|one or more|any number of|a number of|a set of|a list of|lots of"
                   r"|a batch of|other|\b\d+ (?:\. \. |\.\. |- |to |or )\d+|up to \d+|\b(?:[2-9]|\d\d+))$")


# the words _MANY can end with (a number aside): most phrases follow none of them, and need no search
_MANY_LAST = frozenset("many several multiple numerous various more other one of".split())


def _many_before(tokens, start):
    """Does a 'many' quantifier ('several', 'one or more', 'any number of'…) precede start?"""
    if not start or tokens[start - 1].text not in _MANY_LAST and tokens[start - 1].kind != "number" or \
            start >= 2 and tokens[start - 2].text == "how":
        return False                     # ("how many minutes it lasted": a count asked for, no many things)
    return bool(_MANY.search(" ".join(t.text for t in tokens[max(0, start - 4):start])))


def _shares_head(tokens, tags, i, end):
    """Does the word at i share the head of the noun run after 'and'/'or' (i+2 … end)? It does when
    it is an adjective ("physical and digital products", "first and last name"), or a singular
    noun before a plural head that is no field of its own ("birth and death dates", "electricity
    and gas meters"; not "name and email addresses")."""
    word = tokens[i].text
    if end - (i + 2) < 2 or w.is_plural(word) or (i > 0 and tags[i - 1] in (NOUN, ADJ, AUX) and
                                                   tokens[i - 1].text not in ("has", "have") and not (
            tags[i - 1] == ADJ and i > 1 and tags[i - 2] == DET or tokens[i - 1].text in HOW_OFTEN)):
        #                                     ("the actual departure and arrival times", "monthly gas and …")
        return False                       # ("a request has start and end dates" shares "dates")
    if word in lexicon.adjectives() and word not in w.FIELD_NOUNS:
        return True
    if i > 0 and tokens[i - 1].text in ("a", "an", "one") and w.is_plural(tokens[end - 1].text):
        return False                       # ("a manufacturer and batch numbers": one is no share of several)
    if word in lexicon.money_nouns() and i > 0 and tokens[i - 1].text == "the" and \
            w.singular(tokens[end - 1].text) not in w.FIELD_NOUNS | lexicon.money_nouns():
        return False                       # ("the fee and treatment notes": a fee is a field of its own, no note)
    if tokens[i + 2].text in lexicon.adjectives() and not lexicon.filed_noun(tokens[i + 2].text):
        return False                       # ("drug, dose and remaining refills": a noun and an adjective
        #                                    are no two kinds of one head)
    return tags[i] == NOUN and word not in w.FIELD_NOUNS and (
        w.is_plural(tokens[end - 1].text) or (i > 0 and tokens[i - 1].text in ("every", "each")) or   # "every buy
        (end == i + 4 and tokens[end - 1].text in w.WHEN_FIELDS and (i == 0 or tokens[i - 1].text != ",") and
         word not in lexicon.money_nouns() and word not in lexicon.property_nouns() and
         (word in lexicon.act_nouns() or lexicon.verb_lemma(word) is not None)))
    #                                        and sell trade", "a start and end date"; not "…, model and purchase date"
    #                                        nor "their cost and renewal date": a cost is a field of its own, nor
    #                                        "duration and release date": a word for no event dates nothing)


def share_heads(tokens, tags):
    """'birth and death dates' reads as 'birth date and death date': the head of a coordinated noun
    run is repeated after the word it is shared with. Returns (tokens, tags, kinds): kinds holds
    (head, the words before it) for heads that are things ("electricity and gas meters": meters of
    two kinds), not fields."""
    kinds = []
    i = 0
    while i + 3 < len(tokens):
        if tags[i] in (NOUN, ADJ) and tokens[i + 1].text in ("and", "or") and tags[i + 2] == NOUN:
            end = i + 2
            while end < len(tokens) and tags[end] == NOUN:
                end += 1
            if _shares_head(tokens, tags, i, end):
                head = tokens[i + 3:end]
                last = head[-1]
                if w.singular(last.text) in w.FIELD_NOUNS | w.WHEN_FIELDS:   # one of each: "their birth date and
                    #                                                          death date", "arrival and departure times"
                    head = head[:-1] + [w.Token(w.singular(last.text), w.singular(last.orig), last.kind, last.start)]
                    tokens = tokens[:end - 1] + head[-1:] + tokens[end:]
                elif len(head) == 1:
                    kinds.append((w.singular(last.text), (tokens[i].text, tokens[i + 2].text)))
                elif len(head) == 2 and w.is_plural(last.text) and not w.is_plural(head[0].text) and \
                        tags[i] == NOUN and lexicon.filed_noun(w.singular(last.text)):
                    # "gas and electricity meter readings": readings of meters of two kinds
                    kinds.append((head[0].text, (tokens[i].text, tokens[i + 2].text)))
                    of, things = w.Token("of", "of", "word", last.start), w.plural(head[0].text)
                    shared = w.Token(things, things, head[0].kind, head[0].start)
                    tokens = tokens[:i] + [last, of, tokens[i], shared, tokens[i + 1], tokens[i + 2], shared] + tokens[end:]
                    tags = tags[:i] + [NOUN, PREP, NOUN, NOUN, tags[i + 1], NOUN, NOUN] + tags[end:]
                    i = i + 7
                    continue
                tokens = tokens[:i + 1] + head + tokens[i + 1:]
                tags = tags[:i] + [NOUN] * (1 + len(head)) + tags[i + 1:]
                i = end + len(head)
                continue
        i += 1
    return tokens, tags, kinds


def _object_gap(tokens, tags, i, j):
    """A plural, then people doing something to it with no object after the verb ("the charters customers
    book", "the routes members climb on"): a relative clause without "that", not one compound."""
    return j < len(tokens) and tags[j] == VERB and (people_gap(tokens, i, j) or j - i == 2 and tokens[i].text in (
        "order", "sequence", "way", "manner") and w.singular(tokens[i + 1].text) in lexicon.person_nouns())
    #                                  ("in the order people joined it": the order, then the people acting)


# field words that take a modifier before them ("phone number", "email address", "start date")
_FIELD_HEADS = frozenset("number address date time name code type status id title amount".split())


def unspaced_fields(words, span):
    """'ppl have name phone email': field words written one after the other without commas are one field
    each — unless the second names what the first modifies ('phone number', 'email address'). The span's
    parts."""
    if len(span) < 2 or any(x not in w.FIELD_NOUNS for x in words):
        return [span]
    parts = [[span[0]]]
    for x, k in zip(words[1:], span[1:]):
        if x in _FIELD_HEADS:
            parts[-1].append(k)
        else:
            parts.append([k])
    return parts


def chunk(tokens, tags):
    phrases, i, n = [], 0, len(tokens)
    while i < n:
        if tags[i] != NOUN:
            i += 1
            continue
        j = i
        while j < n and tags[j] == NOUN:
            j += 1
        if j - i > 1 and tokens[i].text in w.FIELD_NOUNS and \
                len(parts := unspaced_fields([t.text for t in tokens[i:j]], list(range(i, j)))) > 1:
            j = parts[0][-1] + 1           # "name phone email": three fields
        if _object_gap(tokens, tags, i, j):
            j -= 1                         # "the charters customers book": two phrases, the second acting
        words = tuple(t.text for t in tokens[i:j])
        k = i - 1
        while k >= 0 and tags[k] in (ADJ, ADV):
            k -= 1
        det = tokens[k].text if k >= 0 and tags[k] in (DET, QUANT) else None
        possessive = j < n and tokens[j].text == "'s"
        phrases.append(Phrase(i, j, words, det, _many_before(tokens, i), possessive))
        i = j
    return phrases
