"""A title, a colon and a list of things: 'Hospital: doctors, patients, appointments (date, reason)',
'Gym app: members with their plan, classes they can book, and trainers who teach the classes' —
each item starts with a plural noun phrase, a thing the application keeps, and may go on with what
describes it."""

import functools

from . import lexicon
from .tagging import irregular_participle
from . import text as tx
from . import words as w
from .verb_objects import kept_noun

# headers of a list of fields, not of things: "columns: id, name", "fields - title, body"
# headers of a list of numbers kept: "player stats per game: points, rebounds, assists"
NUMBER_HEADERS = frozenset("stats statistics metrics figures totals".split())
FIELD_HEADERS = frozenset("column columns field fields attribute attributes property properties detail details "
                          "info information table tables key keys".split()) | NUMBER_HEADERS


# "…, every find with the spot and how many I picked": a count of the find, closing its fields
_COUNTED = (["how", "many", "i"], ["how", "many", "we"])


def title_list(s):
    """The plural noun phrases listed after a title and a colon, or []: each item of the list
    starts with a noun phrase and may go on with what describes it ("Gym app: members with their
    plan, classes they can book, and trainers who teach the classes")."""
    return _title_list(s)[0]


def is_title(s, p):
    """Is phrase p the title of a list of things ('Track my investments: accounts at brokers, holdings
    per account, …'), which names the application, not a thing it keeps?"""
    return p.end < len(s.tokens) and s.tokens[p.end].text in (":", "-") and len(title_list(s)) >= 2 and \
        all(x.start > p.end for x in title_list(s))


def title_item_end(s, i):
    """Where the title-list item holding token i ends (what describes one item stops there), or None."""
    listed, items = _title_list(s)
    return next((end for start, end in items if start <= i < end), None) if listed else None


def described_items(s):
    """The items of a title list that the parts after their comma describe ('people, their parents,
    birth/death dates, and marriages …': the people), or []."""
    if "," not in s.words:
        return []
    return [p for p in title_list(s) if s.words[p.end:p.end + 1] == [","] and
            (title_item_end(s, p.start) or 0) > p.end + 1]


def _kept_of_theirs(word):
    """'clients, their dogs, walkers': people, things or kinds of the item before (WordNet's noun.person,
    noun.animal/artifact/object and kinds, plural, no field of a line), listed as an item of their own;
    'my medications, their doses' describe the item."""
    one = w.singular(word)
    return word != one and (one in lexicon.person_nouns() or one in lexicon.thing_nouns() or kind_of(one)) and \
        one not in w.FIELD_NOUNS and one not in w.LINE_FIELDS


def _named_again(s, word, after):
    """'customers, their properties, jobs at a property': the plural is named again later as one thing
    ('a property'), so it is an item of its own, not a field of the item before."""
    one = w.singular(word)
    return one != word and any(s.words[j] == one and s.words[j - 1] in ("a", "an", "each", "every", "one")
                               for j in range(after + 1, len(s.words)))


def one_each_with(s, p):
    """'…, and every outing with the date, …', 'every sweep I do with the date': an item that names one of them
    at a time (what the speaker does, maybe), then what each holds."""
    k = p.end + 2 * (s.words[p.end:p.end + 1] in (["i"], ["we"]) and s.tags[p.end + 1:p.end + 2] in ([tx.VERB], [tx.AUX]))
    return p.det in ("every", "each") and s.words[k:k + 1] == ["with"]


def _field_head(p):
    """A field's noun, maybe with the participle that says which value it is ('the price quoted')."""
    return w.field_word(p.head) or len(p.words) >= 2 and w.field_word(p.words[-2]) and (
        tx.participle_like(p.head) or irregular_participle(p.head))


def _said_after(s, j, end):
    """'the price quoted', 'the alteration wanted': a participle after a field's noun, ending the item, says
    which value it is — no verb of a clause of its own."""
    return s.tags[j - 1] == tx.NOUN and (tx.participle_like(s.words[j]) or irregular_participle(s.words[j])) and \
        (j + 1 == end or s.words[j + 1] in ("and", "or"))


def _same_in_plural(p):
    """'Plant nursery: species, pots by size, …': a bare noun whose plural is itself, among plurals."""
    last = p.words[-1]
    return p.det is None and last.endswith("s") and w.singular(last) == last and w.plural(last) == last


def kind_of(noun):
    """'dogs, their breeds': a kind many of them share (WordNet's kind nouns that are no property, nor
    something said or done — a breed, a genre, a category; not a colour, a size, an album or a chapter),
    listed as an item of its own."""
    return noun in lexicon.kind_nouns() and noun not in lexicon.property_nouns() and noun not in lexicon.act_nouns()


@functools.lru_cache(maxsize=256)
def _title_list(s):
    """(plural phrases, item spans) of a title list, or ([], [])."""
    toks, tags = s.tokens, s.tags
    colon = next((i for i, t in enumerate(toks[:12]) if t.text in (":", "-")), None)
    headless = colon is None and _headless(s)
    if headless:
        colon = -1                                         # "bikes (brand, model), parts w/ stock count, repairs …"
    elif colon is None or colon == 0 or any(toks[i].text in FIELD_HEADERS for i in range(colon)) or \
            toks[0].text in ("each", "every"):
        return [], []                                      # ("each feeding: date, flour grams, …": fields)
    ordered = tx.VERB in tags[:colon] or tx.AUX in tags[:colon]   # "Track my investments: accounts at brokers, …",
    #                                    "I need a database for my record shop: records with artist, …"
    while colon + 1 < len(toks) and toks[colon + 1].text == "-":
        colon += 1                                         # ("brewery tracking -- recipes w/ style & …")
    items, depth, start = [], 0, colon + 1
    for k in range(colon + 1, len(toks) + 1):
        if k < len(toks):
            depth += {"(": 1, ")": -1}.get(toks[k].text, 0)
        if k == len(toks) or (depth == 0 and toks[k].text in (",", ";")):
            items.append((start, k))
            start = k + 1
    listed, described, spans, grown = [], False, [], False
    for start, end in items:
        k = start
        while k < end and (toks[k].text in ("and", "or", "plus") or (tags[k] == tx.ADV and k + 1 < end and
                                                                       toks[k + 1].text == "with")):
            k += 1                                  # (", optionally with a vehicle (plate, length)")
        their = k + 1 < end and toks[k].text in ("their", "its") and toks[k + 1].text not in lexicon.act_nouns() \
            and w.singular(toks[k + 1].text) not in lexicon.act_nouns() and (
                not _kept_of_theirs(toks[k + 1].text) or s.words[k + 2:k + 4] == ["(", "also"]) and \
            not _named_again(s, toks[k + 1].text, end)
        #                                   ("employees, their managers (also employees)": a role of theirs)
        their = their or k + 1 < end and toks[k].text == "their" and listed and listed[-1].head in ("person", "people") \
            and w.singular(toks[k + 1].text) in lexicon.person_nouns()   # ("people, their parents": people too)
        q = s.next_phrase(k + (k < end and toks[k].text == "their"))
        field = q is not None and q.start <= k + 1 and q.end <= end and (q.det == "their" or q.det is None and
                                                                          grown) and \
            w.field_word(w.singular(q.head)) and not _kept_of_theirs(q.head) and \
            w.singular(q.head) not in w.RECORD_HEADS   # ("members, their emails", then (not "their work history")
        #                                                      "phone numbers"; "people, their parents, birth dates")
        grown = False
        if spans and k < end and (toks[k].text == "with" or their or field or (tx.participle_like(toks[k].text) and
                                                                             k + 2 < end and tags[k + 1] == tx.PREP)):
            spans[-1] = (spans[-1][0], end)         # ", stored in racks, with tasting notes", "my medications,
            described = grown = True                # their doses": more about the last item
            continue
        last = s.phrase_at(end - 1) if end > k else None
        counted = next((j for j in range(max(k, end - 4), end - 2) if s.words[j:j + 3] in _COUNTED), end)
        if spans and {"with", "has", "have"} & set(s.words[spans[-1][0]:spans[-1][1]]) and k < end and \
                (p := s.next_phrase(k)) is not None and all(toks[j].text in ("a", "an") or toks[j].text == "the" and
                                                            not p.plural and (_field_head(p) or any(
                                                                w.singular(q.head) == p.head for q in listed))
                                                            for j in range(k, p.start)) and \
                p.start < end and all(tags[j] != tx.VERB or _said_after(s, j, end) for j in range(k, counted)) and \
                (not p.plural or w.field_word(p.head) or last is not None and last is not p and not last.plural and
                 w.field_word(last.head) and s.words[p.end] in ("and", "or")) and \
                (not p.plural or "with" not in s.words[p.end:end]):
            #                ("dishes with a name, allergens and a price"; "hives with a location, inspections
            #                 of each hive with a date …": a thing described in turn is an item of its own)
            spans[-1] = (spans[-1][0], end)         # "albums with artist, title, pressing year and condition":
            continue                                # the with-list goes on
        if spans and k + 1 < end and s.words[k] == "how" and end - k <= 10 and w.asks_measure(s.words[k + 1]):
            spans[-1] = (spans[-1][0], end)         # "…, each walk with the date, how far they went": a measure
            continue                                # of the walk
        if spans and k < end and (toks[k].text in ("where", "when") or toks[k].text == "the" and (
                q := s.next_phrase(k + 1)) is not None and q.start == k + 1 and not q.plural and
                s.words[q.end:q.end + 1] in (["they"], ["it"], ["each"])) and \
                "with" in s.words[spans[-1][0]:spans[-1][1]]:   # (", the depot they are based at": where each is)
            spans[-1] = (spans[-1][0], end)         # "animals with the species, where they were found, …": a
            continue                                # field of the animals
        if spans and end - k <= 5 and s.words[k:k + 3] in _COUNTED:
            spans[-1] = (spans[-1][0], end)         # "…, every find with the spot and how many I picked": a
            continue                                # count of the find
        if k < end and (len(listed) >= 2 and toks[k].text in ("how", "which", "who") or listed and toks[k].text in (
                "how", "which") and (described or "with" in s.words[spans[-1][0]:spans[-1][1]])):
            spans.append((start, end))              # "…, and how many of each product each warehouse holds",
            continue                                # "bottles with …, which rack they sit in": a question about
            #                                         the things listed, no thing itself
        spans.append((start, end))
        while True:
            p = s.next_phrase(k)
            if p is None or p.start >= end or any(tags[j] not in (tx.DET, tx.ADJ, tx.QUANT) for j in range(k, p.start)):
                return [], []                               # every item names a thing first
            listed.append(p)
            k = p.end
            if k < end and toks[k].text == "(":
                k = tx.after_parenthesis(toks, k)
            q = s.next_phrase(k + 1) if k + 1 < end and toks[k].text == "of" else None
            if q is not None and q.start == k + 1 and q.end < end and toks[q.end].text == "and":
                k = q.end                                   # "classes of students and weekly lessons"
            if k + 1 < end and toks[k].text in ("and", "or") and s.next_phrase(k + 1) is not None and \
                    s.next_phrase(k + 1).start <= k + 2:
                k += 1                                      # "classes and trainers"
                continue
            break
    if len(listed) >= 3 and not listed[0].plural and s.words[listed[0].end:listed[0].end + 1] == ["with"] and \
            (q := s.next_phrase(listed[0].end + 1)) is not None and q.start == listed[0].end + 1 and q.plural and \
            q.end <= spans[0][1] and all(p.plural for p in listed[1:]):
        listed[0] = q                               # "tool: a football league with teams, coaches, players …":
        #                                             the league is the title, its teams the first item
    items = spans
    listed = [p for p in listed if (len(p.lemma) < 2 or p.lemma[-1] not in lexicon.measure_nouns()) and
              not lexicon.only_verb(p.lemma[-1])]      # ("…, purchased on, expires on": dates named by a verb)
    if headless and sum(p.plural for p in listed) < 3:
        return [], []
    if not headless and sum(not p.plural for p in listed) >= 2 and \
            w.singular(toks[colon - 1].text) != toks[colon - 1].text:
        bare = {(a, b) for a, b in items if b - a <= 2}
        if items[0] in bare and not listed[0].plural:
            return [], []                   # ("orders: customer name, phone, plants and quantities": the label's
            #                                 fields first, then what each holds many of)
        listed = [p for p in listed if not any(a <= p.start and p.end == b for a, b in bare)]
        #          ("Listings: address, asking price, bedrooms, bathrooms": fields of the listings, and counts)
    #                                                             ("flour grams": a number of them)
    undescribed = all(b - a <= 2 or any(a <= p.start < b and p.end >= b for p in listed) for a, b in items)
    if ordered and (not listed or not listed[0].plural or listed[0].start != colon + 1 or undescribed or
                    sum(p.plural and not w.field_word(p.head) for p in listed) < 2 and not (
                        s.words[listed[0].end:listed[0].end + 1] == ["with"] and not w.field_word(listed[0].head))):
        return [], []                   # ("write condition reports: the object, the condition, notes and photos";
        #                                 "we record: dates, amounts and notes": fields; "guests rent bikes:
        #                                 tandems, cruisers, scooters": kinds, no item described)
    listed_things = [p for p in listed if p.plural or _same_in_plural(p) or one_each_with(s, p)]
    if len(listed_things) >= 2:
        return listed_things, items
    if listed and listed[0].plural and sum(p.plural for p in listed) == 1 and (described or (
            listed[0].end < len(toks) and toks[listed[0].end].text in ("with", "by"))):
        return listed[:1], items        # "recipe box: recipes with ingredients and quantities"
    return [], []


def _headless(s):
    """Does the sentence list things without a title: three or more items at its top level, each of
    the first two a plural noun phrase with what describes it and no verb ('bikes (brand, model),
    parts w/ stock count, repairs that a mechanic does')?"""
    toks, tags = s.tokens, s.tags
    first = s.phrases[0] if s.phrases else None
    if first is None or not first.plural or any(tags[j] not in (tx.DET, tx.ADJ) for j in range(first.start)):
        return False
    cuts, depth = [], 0
    for k, t in enumerate(toks):
        depth += {"(": 1, ")": -1}.get(t.text, 0)
        if depth == 0 and t.text in (",", ";"):
            cuts.append(k)
    return len(cuts) >= 2 and not any(tags[j] in (tx.VERB, tx.AUX) for j in range(cuts[1]))


def titled_list(s, vote):
    """'Hospital: doctors, patients, appointments (date, reason), prescriptions (drug, dose)': a title,
    a colon, then a list of plural noun phrases - each one a thing the application keeps."""
    listed = title_list(s)
    for p in listed:
        vote(p.lemma, 3)
        q = s.next_phrase(p.end + 1) if p.end + 1 < len(s.tokens) and s.words[p.end] in ("in", "at", "on") else None
        if q is not None and q.start == p.end + 1 and q.plural and q not in listed and \
                kept_noun(q.head, events=False) and (title_item_end(s, p.start) or len(s.tokens)) >= q.end:
            vote(q.lemma, 3)            # "screenings in venues at times": where each one is, kept too


def coordinated_objects(s, right, record):
    """The verb's object and the things joined to it by 'and', 'or' or commas ('authors write books,
    articles and poems'): each is the verb's object alike (not for a header's record)."""
    out = [right[0]]
    end = title_item_end(s, right[0][0].start)    # ("… - vans with …, drivers assigned to vans, and fuel
    for mention in right[1:] if record is None else ():   # purchases with …": another item of the list)
        if end is not None and mention[0].start >= end:
            break
        k = out[-1][0].end
        if k < mention[0].start and s.tokens[k].text == "(":
            k = min(tx.after_parenthesis(s.tokens, k), mention[0].start)   # "hosts (people) and episodes"
        if any(x not in ("and", "or", ",") and s.tags[j] not in (tx.DET, tx.ADJ)
               for j, x in enumerate(s.words[k:mention[0].start], k)) or \
                not mention[0].plural or mention[0].start == out[-1][0].end or \
                (mention[0].end < len(s.tokens) and s.tags[mention[0].end] in (tx.VERB, tx.AUX)):
            break                                # ("hosts list properties and guests book stays")
        out.append(mention)
    return out
