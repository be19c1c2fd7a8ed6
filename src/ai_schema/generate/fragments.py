"""Lines that name a thing and its fields around a verb or none: "Maintenance jobs on each boat with
a description, cost and date", "Stock levels per bin and item (quantity, last counted at)",
"Transfers move a quantity … , with a timestamp", "a booking needs the group name, …",
"attendees register with name, company". The plural that opens such a line is a thing (a table);
the things its prepositions name are what each row refers to."""

import re

from . import lexicon
from .co_subjects import joined_first
from . import text as tx
from . import words as w
from ..ddl.naming import STATUS_NAME

_WHEN = frozenset("time timestamp when notes note".split())
_HAVING = frozenset("has have had with includes include contains contain holds hold needs need and , : ( -".split())
_PLACING = frozenset("on per for of at in from to by under within".split())


def _fields_at(s, k):
    """Do the words from k on give fields ('with a description, cost', '(quantity, …)')?"""
    toks = s.tokens
    if k >= len(toks) or toks[k].text not in ("with", "(", ":"):
        return False
    end = tx.after_parenthesis(toks, k) if toks[k].text == "(" else min(len(toks), k + 14)
    return fieldish(s.words[k + 1:end])


def fieldish(words):
    """Do these words name a field (a name, a price, a weight, a time, whether it is paid or not)?"""
    listed = set(words)
    return bool((w.FIELD_NOUNS | w.LINE_FIELDS | _WHEN) & listed) or \
        any(x in lexicon.money_nouns() or x in lexicon.property_nouns() for x in listed) or \
        " or not" in " ".join(words)


def fields_opener(s):
    """The index of 'with', '(' or ':' opening the fields of a verbless line 'Ps <preposition> Q
    [and R] … with fields', or None."""
    toks, tags = s.tokens, s.tags
    if not s.phrases:
        return None
    p = s.phrases[0]
    if not p.plural or p.start > 1 or (p.start == 1 and tags[0] != tx.DET):
        return None
    k = p.end
    placed = False
    while k + 1 < len(toks) and toks[k].text in _PLACING:
        j = k + 1
        while j < len(toks) and tags[j] in (tx.DET, tx.QUANT, tx.ADJ):
            j += 1
        q = s.next_phrase(j)
        if q is None or q.start != j:
            return None
        k, placed = q.end, True
        while k + 1 < len(toks) and toks[k].text in ("and", "or", ","):
            r = s.next_phrase(k + 1)
            if r is None or r.start != k + 1:
                break
            k = r.end                          # "per bin and item"
    k += k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text == "with"
    if placed and not any(g in (tx.VERB, tx.AUX) for g in tags[:k]) and _fields_at(s, k):
        return k
    return None


def placed_with_fields(s, vote):
    """Vote for the plural opening such a line."""
    if fields_opener(s) is not None:
        vote(s.phrases[0].lemma, 3)


def read_placed(ex, s, subject, at):
    """Such a line read: each row refers to the things its prepositions name, and has the fields."""
    for q in s.phrases[1:]:
        if q.start < at:
            key, role = ex.entity_of(q)
            if key and key != subject and not role:
                ex._relate(subject, key)
    ex._attributes(subject, s, at + 1, closing=")" if s.tokens[at].text == "(" else None)
    return subject


def next_with_fields(ex, s, start):
    """The things listed after the first one, each with its fields in parentheses: ', events (title,
    date, venue), venues (address, capacity)' gives each its own fields."""
    toks = s.tokens
    for q in s.phrases:
        if q.start < start + 1 or q.end + 1 >= len(toks) or toks[q.end].text not in ("(", "with") or \
                toks[q.start - 1].text not in (",", "and", ";"):
            continue
        key, role = ex.entity_of(q)
        if key and not role:
            ex._attributes(key, s, q.end + 1, closing=")" if toks[q.end].text == "(" else None)


def kept_each(s, p):
    """'log each sale (truck, tokens, time)': a keeping verb's 'each X' before a parenthesis lists
    what is kept of every X."""
    return p.det in ("each", "every") and p.start >= 2 and s.words[p.start - 2] in w.KEEPING_VERBS and \
        s.words[p.end:p.end + 1] == ["("]


def people_described(s, phrase):
    """In a user story ('As a librarian, I want to record each loan with the copy, the member, …'), the
    phrases naming people in the description of phrase (after 'with' or 'including'), or [] — not for what
    the speaker calls theirs ('my runs')."""
    if s.words[:1] != ["as"] or phrase.det in ("my", "our"):
        return []
    at = next((k for k in range(phrase.end, len(s.words)) if s.words[k] in ("with", "including")), None)
    persons = lexicon.person_nouns()
    return [q for q in s.phrases if q.start > at and w.singular(q.head) in persons] if at is not None else []


def said_to_be(s, p):
    """'each batch is one recipe (…)', 'citizens file a request (category, location)': a single thing
    named with its fields (not one that a thing has, 'a family has a primary contact (name, email)': a
    field made of fields)."""
    return p.det in ("a", "an", "one") and p.start >= 2 and s.words[p.start - 2] not in _HAVING


def parenthesized(s, vote):
    """'freezers (name, set temperature in C, room) hold boxes (label, …)', 'log each sale (truck,
    tokens, time)': a thing with its fields in parentheses; 'one cuisine (Italian, Mexican, …)': a
    kind of thing with named examples."""
    toks, tags = s.tokens, s.tags
    for p in s.phrases:
        k = p.end + 2 * (p.plural and s.words[p.end:p.end + 1] in (["we"], ["i"]) and tags[p.end + 1:p.end + 2] == [tx.VERB])
        if k == p.end and p.plural and p.end + 1 < len(toks) and tags[p.end] in (tx.VERB, tx.ADJ) and toks[p.end + 1].text == "(" \
                and tx.participle_like(toks[p.end].text):
            k += 1                                          # ("vaccinations given (which vaccine, …)")
        if k + 2 >= len(toks) or toks[k].text != "(":      # ("books we read (title, author, pages)")
            continue
        if k > p.end:
            inside = s.words[k + 1:k + 40]
            if inside.count(",") >= 1 and ")" in inside:
                vote(p.lemma, 3)
            continue
        if (p.plural or p.det in ("each", "every") or said_to_be(s, p)) and not (
                p.head in lexicon.measure_nouns() and not p.plural):   # ("is one recipe (name, style, abv)";
            inside = []                                               # not "for a period (start date, end date)")
            for t in toks[p.end + 1:p.end + 40]:
                if t.text == ")":
                    break
                inside.append(t.text)
            if inside.count(",") >= 1 and (w.FIELD_NOUNS & set(inside) or kept_each(s, p)):
                vote(p.lemma, 3)
        if toks[p.end + 1].orig[:1].isupper() and toks[p.end + 2].text == "," and tags[p.end + 1] == tx.NOUN:
            vote(p.lemma, 2 if p.plural else 1)   # as kinds_named: "cuisines (Thai, Pizza, …)"


def when_done(s, i):
    """'When the ride ends we store the distance, …': the thing the opening clause is about keeps what
    the speaker records at i (its phrase), or None."""
    toks, tags = s.tokens, s.tags
    if not toks or toks[0].text not in w.WHEN_OPENERS or i < 4 or not s.phrases or \
            s.phrases[0].start > 2 and toks[1].text not in ("we", "i"):
        return None
    doer = s.phrase_at(i - 1)
    if toks[i - 1].text in ("we", "i"):
        at = i - 1
    elif doer is not None and doer.end == i and doer.det == "the" and doer.head in lexicon.person_nouns() and \
            toks[doer.start - 2].text == ",":
        at = doer.start - 1                 # ("…, the sommelier records the date": as the speaker does)
    else:
        return None
    if toks[1].text in ("we", "i"):
        done = made_happen(s)               # "When we ring a peal we record the date, …": the peal's
        return done if done is not None and done.end in (at, at - 1) else None
    p = s.phrases[0]
    verb = p.end
    done = s.next_phrase(verb + 1) if verb < at and tags[verb] == tx.VERB else None
    if done is not None and done.start <= verb + 2 and done.end == at - 1 and toks[done.end].text == "," and \
            not done.plural and done.head in lexicon.occurrence_nouns():
        return done                         # "When a voter casts a ballot, we record the time": the ballot's
    return p if verb < at and tags[verb] in (tx.VERB, tx.AUX) and all(
        tags[k] in (tx.VERB, tx.AUX, tx.ADV) or toks[k].text in (",", "up", "out", "off") for k in range(verb, at)) else None


def made_happen(s):
    """'When we ring a peal, we record …', 'When we hold a concert we note …': the occurrence (WordNet's) the
    speaker makes happen in an opening clause — a thing of its own that keeps what is recorded next (not
    'when we service a van': the van is no occurrence, the service is, occasions.py) — or None."""
    toks, tags = s.tokens, s.tags
    if len(toks) < 6 or toks[0].text not in w.WHEN_OPENERS or toks[1].text not in ("we", "i") or tags[2] != tx.VERB:
        return None
    done = s.next_phrase(3)
    if done is None or done.start > 4 or done.plural or done.head not in lexicon.occurrence_nouns() or \
            done.end + 2 >= len(toks) or toks[done.end + (toks[done.end].text == ",")].text not in ("we", "i") or \
            tags[done.end + 1 + (toks[done.end].text == ",")] != tx.VERB:
        return None
    return done


def opening_each(s, openers):
    """The phrase of 'at/on/… each (every) X' when the sentence opens with one of `openers` and it, else None."""
    p = s.next_phrase(2) if s.words[:1] and s.words[0] in openers and s.words[1:2] in (["each"], ["every"]) else None
    return p if p is not None and p.start == 2 else None


def occasion_opened(s, i):
    """'At each visit, the vet records the weight …', 'After the appointment, the dentist records the treatments
    performed', '…, and for each visit the carer notes …': the occasion an opening 'at/during/after each (the) X'
    or 'for each X' names owns what a person (or the speaker) records at i, or None."""
    toks = s.tokens
    if len(toks) < 6 or (lexicon.verb_lemma(toks[i].text) or "") not in w.NOTING_VERBS:
        return None
    doer = s.phrase_at(i - 1)
    said = toks[i - 1].text in ("we", "i") or doer is not None and doer.end == i and lexicon.doer_noun(doer.head)
    if not said:
        return None
    before = doer.start - (s.tags[doer.start - 1] == tx.DET) if toks[i - 1].text not in ("we", "i") else i - 1
    before -= s.words[before - 1:before] == [","]
    p = s.phrase_at(before - 1)
    if p is None or p.end != before or p.start < 2 or p.possessive:
        return None
    opener, det = toks[p.start - 2].text, toks[p.start - 1].text
    opened = det in ("each", "every") and opener in ("at", "during", "after", "for") or \
        det == "the" and opener in ("at", "during", "after") or det in ("a", "an") and opener == "during"
    first = p.start == 2 or toks[p.start - 3].text in ("and", ",", ";") and p.start - 2 > 0
    return p if opened and first and (p.start > 2 or before < i - 1 or toks[i - 1].text not in ("we", "i") or
                                      s.words[p.end:p.end + 1] == [","]) else None


def participle_label(s):
    """'Vaccinations given during a visit: vaccine name, batch number, …': (the colon's index, the phrase
    the participle places the thing in) of a label that says where each one belongs, or None."""
    toks, tags = s.tokens, s.tags
    if not s.phrases or s.phrases[0].start > 0 or (":" not in s.words and "," not in s.words):
        return None
    k = s.phrases[0].end
    if k + 2 >= len(toks) or tags[k] not in (tx.VERB, tx.ADJ) or not tx.participle_like(toks[k].text) or tags[k + 1] != tx.PREP:
        return None
    place = s.next_phrase(k + 2)
    if place is None or place.end >= len(toks) or toks[place.end].text not in (":", ",") or \
            any(tags[j] not in (tx.DET, tx.ADJ, tx.QUANT) for j in range(k + 2, place.start)):
        return None
    if toks[place.end].text == "," and not (s.phrases[0].plural and _fields_to_the_end(s, place.end + 1)):
        return None               # ("batches brewed from a recipe, brew date, volume in liters": a note's line)
    return place.end, place


def _fields_to_the_end(s, start):
    """Is the rest of a sentence from ``start`` a list of fields (noun phrases, or a where/when question),
    one of them at least headed by a field word?"""
    toks, tags = s.tokens, s.tags
    items, depth, begin = [], 0, start
    for j in range(start, len(toks) + 1):
        if j < len(toks):
            depth += {"(": 1, ")": -1}.get(toks[j].text, 0)
        if j == len(toks) or depth == 0 and toks[j].text in (",", "and", "."):
            if j > begin:
                items.append((begin, j))
            begin = j + 1
    fielded = False
    for a, b in items:
        if toks[a].text in ("where", "when", "which", "how"):
            continue
        p = s.next_phrase(a)
        if p is None or p.start != a and tags[a] not in (tx.DET, tx.ADJ, tx.QUANT) or \
                tx.VERB in tags[a:b] or tx.AUX in tags[a:b]:
            return False
        fielded = fielded or w.field_word(p.head)
    return fielded


def participle_labelled(s, vote):
    """The thing a participle label heads is a thing with fields."""
    if participle_label(s) is not None:
        vote(s.phrases[0].lemma, 3)


def possessed_subject(s):
    """'A customer's orders have a total and a status': the possessed plural that opens the sentence and
    has fields (the possessor's are its own: 'a customer's name'), or None."""
    owned = _opening_possession(s)
    if owned is None or not owned.plural or owned.head in w.DETAILS:
        return None                             # ("a member's details are …": the member's own fields)
    return owned if owned.end < len(s.tokens) and s.words[owned.end] in ("have", "are", "include", "contain") else None


def _opening_possession(s):
    """The phrase possessed by the one that opens the sentence ('a customer's orders …', 'a member's
    details …'), or None."""
    ps = s.phrases
    return ps[1] if len(ps) >= 2 and ps[0].possessive and ps[0].start <= 1 and ps[1].start == ps[0].end + 1 else None


def possessed_things(s, vote):
    """The possessed plural that opens a sentence with fields is a thing, and so is its possessor; a
    possessor whose details the sentence lists ('a member's details are …') is a thing with fields."""
    if (p := possessed_subject(s)) is not None:
        vote(p.lemma, 3)
        vote(s.phrases[0].lemma, 2)
    if (owner := details_owner(s)) is not None:
        vote(owner.lemma, 3)


def details_owner(s):
    """'A member's details are name, …', 'a supplier's contact details include …': the possessor whose
    details the sentence opens on (they are its fields), or None."""
    owned = _opening_possession(s)
    if owned is not None and owned.head in w.DETAILS and s.words[owned.end:owned.end + 1] in (["are"], ["include"], [":"]):
        return s.phrases[0]
    return None


def act_with_fields_at(s):
    """'Transfers move a quantity of an item from one bin to another, with a timestamp and the
    employee who did it': a plural act opening its clause, a verb, and after a comma 'with' its
    fields. The index of that 'with', or None."""
    toks, tags = s.tokens, s.tags
    if not s.phrases or len(toks) < 5:
        return None
    p = s.phrases[0]
    if not p.plural or p.start > 1 or p.end >= len(toks) or tags[p.end] != tx.VERB or \
            p.head not in lexicon.act_nouns() and p.head not in lexicon.occurrence_nouns():
        return None
    k = next((j for j in range(p.end + 1, len(toks) - 1) if toks[j].text == "with" and toks[j - 1].text == ","), None)
    if k is None or any(g in (tx.VERB, tx.AUX) for g in tags[p.end + 1:k]) or not _fields_at(s, k):
        return None
    return k


def act_with_fields(s, vote):
    if act_with_fields_at(s) is not None:
        vote(s.phrases[0].lemma, 3)


def fields_needed(s, k):
    """'a booking needs the group name, number of players, contact phone': a list of fields needed; 'runners get
    a bib number': one field a thing is given."""
    rest = s.words[k + 1:k + 12]
    got = s.next_phrase(k + 1) if s.words[k] in ("get", "gets") else None
    if got is not None and got.start == k + 2 and s.words[k + 1] in ("a", "an") and not got.plural and \
            got.words[-1] in w.FIELD_NOUNS and s.words[got.end:got.end + 1] in ([], [","], ["and"], [";"], ["."]):
        return True
    return ("," in rest or "and" in rest) and fieldish(rest) and s.words[k + 1:k + 2] != ["to"]


def arrives_with_fields(s, k):
    """A verb with no object, then places ('come in from our website', 'sign up on the app') and
    'with' fields: the fields are the subject's."""
    toks, tags = s.tokens, s.tags
    if k + 1 < len(toks) and toks[k + 1].text == "with" and k + 2 < len(toks) and \
            toks[k + 2].text not in ("their", "its"):
        return bool(w.FIELD_NOUNS & set(s.words[k + 2:k + 12]))   # "attendees register with name, company"
    if k + 1 >= len(toks) or not (tags[k + 1] == tx.PREP or toks[k + 1].text in w.PARTICLES) or \
            toks[k + 1].text == "with":
        return False                         # ("owners register with their name": read as such elsewhere)
    for j in range(k + 1, min(len(toks), k + 9)):
        if toks[j].text == "with":
            return bool(w.FIELD_NOUNS & set(s.words[j + 1:j + 12]))
        if tags[j] not in (tx.PREP, tx.DET, tx.NOUN, tx.ADJ) and toks[j].text not in w.PARTICLES:
            return False
    return False


def values_of_a_field(s):
    """'status (open, in progress or closed)', 'priority low/medium/high': a line that is one field and its
    values, with no verb and no thing — a field of what the line before is about."""
    toks, tags = s.tokens, s.tags
    if len(toks) < 4 or tags[0] != tx.NOUN or not (w.field_word(toks[0].text) or STATUS_NAME.search(toks[0].text)) \
            or tx.VERB in tags or tx.AUX in tags:
        return False
    if toks[1].text == "(":
        return tx.after_parenthesis(toks, 1) >= len(toks) - 1 and any(t.text in (",", "or", "/") for t in toks[1:])
    return toks[2].text == "/"


def bare_fields(ex, s):
    """A list of fields with no verb (field_list) naming no thing of the text."""
    return field_list(s) and not any(ex.entity_of(p)[0] for p in s.phrases)


# what notes write after a field ("invoice number unique", "VAT no required")
_NOTED_AFTER = frozenset("unique required optional mandatory".split())


def field_list(s):
    """'Parts. We keep them in stock. Part number (unique), description, cost price, sell price.': a
    verbless list of three or more items, most of them headed by a field word and none a thing,
    lists the fields of what the paragraph is about (not 'projector, whiteboard, phone booth':
    examples of a thing)."""
    toks, tags = s.tokens, s.tags
    clause = {k for k in range(1, len(toks)) if tags[k] == tx.VERB and tags[k - 1] == tx.PRON}   # ("date they
    if any(g in (tx.VERB, tx.AUX) and k not in clause for k, g in enumerate(tags)) or \
            not s.phrases or s.phrases[0].start > 1:                                          # arrived")
        return False
    items, item, depth = [], [], 0
    for k, t in enumerate(toks):
        depth += {"(": 1, ")": -1}.get(t.text, 0)
        if depth == 0 and t.text in (",", "and", "&", "."):
            items.append(item)
            item = []
        elif depth == 0 and (tags[k] == tx.PRON or k in clause):
            item.append(None)                  # "date they arrived": the head is before the clause
        elif depth == 0 and t.kind == "word" and t.text not in w.PREPOSITIONS and not (item and item[-1] is None):
            item.append(t.text)
        elif depth == 0 and t.text in w.PREPOSITIONS:
            item.append(None)                  # "qty on hand": the head is before the preposition
    items = [[x for x in i if x and x not in _NOTED_AFTER] for i in items + [item]]
    items = [i for i in items if i]
    heads = sum(fieldish(i[-1:]) or len(i) <= 2 and not w.is_plural(i[-1]) and i[-1] not in lexicon.thing_nouns() and
                i[-1] not in lexicon.person_nouns() for i in items)   # ("breed, sex": no thing's name)
    return len(items) >= 3 and 2 * heads >= len(items)


_SAYING = frozenset("describing saying stating listing explaining specifying giving noting showing".split())


def said_in_participle(s, vote):
    """'tenants open a maintenance request describing the problem': what a participle of saying
    describes has fields of its own — a thing (the participle's object is its field)."""
    toks = s.tokens
    for p in s.phrases:
        k = tx.governor(s, p)
        if p.end + 1 < len(toks) and toks[p.end].text in _SAYING and p.det in ("a", "an", "each", "every") and \
                k >= 0 and s.tags[k] == tx.VERB:
            vote(p.lemma, 2)


_RECORDING = frozenset("record records keep keeps note notes log logs store stores track tracks".split())


def named_by_next_fields(prev, s):
    """'Students can sit a graded exam for a course. We record the exam date, the grade reached and
    the mark': a thing the sentence before acts on, whose name the next sentence's first recorded
    field starts with, is a thing with those fields (the phrase of prev, or None)."""
    words = s.words
    k = next((i for i, x in enumerate(words[:4]) if x in _RECORDING), None)
    if k is None or s.tags[k] != tx.VERB or k + 3 >= len(words) or words[k + 1] not in ("the", "its", "their"):
        return None
    first = s.next_phrase(k + 2)
    if first is None or first.start != k + 2 or len(first.words) < 2 or first.words[-1] not in w.FIELD_NOUNS | _WHEN or \
            words[first.end:first.end + 1] not in ([","], ["and"]):
        return None
    return next((p for p in prev.phrases if p.head == first.words[0] and not p.plural and
                 p.det in ("a", "an", "one", "each", "every") and prev.tags[tx.governor(prev, p)] == tx.VERB), None)


def defined_one(s):
    """The singular phrase opening 'A charter is one boat …' (not 'is one of'), or None."""
    if not s.phrases or len(s.tokens) < 5:
        return None
    p = s.phrases[0]
    k = p.end
    if p.plural or p.start > 1 or s.words[k:k + 2] != ["is", "one"] or s.words[k + 2:k + 3] == ["of"]:
        return None
    return p


def participle_at(s, k):
    """Is the word at k a verb in an inflected form ('taught', 'driven', 'fixed') — a participle after
    a phrase, saying what was done to it?"""
    return k < len(s.tokens) and s.tags[k] == tx.VERB and lexicon.verb_lemma(s.words[k]) not in (None, s.words[k])


def defined_as_one(s, vote):
    """'A delivery is one trip of a route by one van at a set time, with …', 'a class is one course taught
    by one teacher in a room': what is defined as one of something, in a place or by someone, is a thing
    (links.is_one reads its references)."""
    p = defined_one(s)
    if p is None:
        return
    k = p.end
    q = s.next_phrase(k + 2)
    after = q.end if q is not None else len(s.tokens)
    if after + 1 < len(s.tokens) and s.words[after + 1] in _PLACING and participle_at(s, after):
        after += 1                               # ("a class is one course taught by one teacher in a room")
    if q is not None and q.start == k + 2 and after < len(s.tokens) and s.tokens[after].text in _PLACING | {"with"}:
        vote(p.lemma, 3 if fieldish(s.words[q.end:]) else 2)


def heading_shape(s):
    """Nouns alone opening a paragraph ('Invoices.', 'Tools.')."""
    return s.first and s.phrases and all(g in (tx.NOUN, tx.ADJ) or x in ("and", ",", "&") for x, g in zip(s.words, s.tags))


def recorded_with(s, vote):
    """'everyone booked gets a refund, which we record with the amount and the date': what the speaker
    records with fields is a thing."""
    toks = s.tokens
    for p in s.phrases:
        k = p.end + (p.end < len(toks) and toks[p.end].text == ",")
        if s.words[k:k + 2] in (["which", "we"], ["that", "we"], ["which", "i"]) and k + 3 < len(toks) and \
                s.tags[k + 2] == tx.VERB and toks[k + 3].text == "with" and fieldish(s.words[k + 4:k + 14]):
            vote(p.lemma, 3)


def apposed(s, p):
    """'assigned to an adjuster, an employee with a name and a region': the phrase that a phrase with an
    indefinite article right after a comma renames (what it says, fields included, is that one's), or None."""
    if p is None or p.det not in ("a", "an") or p.start < 3 or s.tokens[p.start - 2].text != ",":
        return None
    q = s.phrase_at(p.start - 3)
    return q if q is not None and q.det in ("a", "an", "one", "each", "every") and not q.plural else None


def apposed_with_fields(s, vote):
    """'… to an adjuster, an employee with a name and a region': the renamed thing has fields."""
    for p in s.phrases:
        q = apposed(s, p)
        if q is not None and s.words[p.end:p.end + 1] == ["with"] and fieldish(s.words[p.end + 1:p.end + 12]):
            vote(q.lemma, 3)


_NO_TABLE = re.compile(r"\b(?:do not|don't|dont|does not|doesn't|need not|needn't|no need to|never)\s+"
                       r"(?:need|have|get|want|require)s?\s+(?:their|its|his|her|a|an)\s+(?:own\s+)?(?:table|entity|record)s?\b")


def no_table_for(s):
    """'Admin staff too, but they do not need their own table': the phrase named before the refusal (the
    thing the text says needs no table), or None."""
    m = _NO_TABLE.search(" ".join(s.words))
    if m is None:
        return None
    at = len(" ".join(s.words)[:m.start()].split())
    return next((p for p in reversed(s.phrases) if p.end <= at and p.head not in ("table", "entity")), None)


def received_with_fields(s, vote):
    """'I want to get a refund when a sailing is cancelled, with the amount and the date': a sum of
    money or an occurrence that someone gets, described by fields later in the sentence, is a thing."""
    if "with" not in s.words:
        return
    at = next((i for i in range(1, len(s.tokens) - 1) if s.words[i] == "with" and s.words[i - 1] == ","
               and fieldish(s.words[i + 1:i + 12])), None)
    if at is None:
        return
    for p in s.phrases:
        if p.end >= at:
            break
        if p.det in ("a", "an") and not p.plural and (p.head in lexicon.money_nouns() or
                                                       p.head in lexicon.occurrence_nouns()) and p.start > 1 and \
                (s.tags[p.start - 2] == tx.VERB or s.words[p.start - 2] in ("get", "gets", "got")):
            vote(p.lemma, 3)
            return


def co_subjects(s):
    """'Doctors and technicians are staff members with a name …': the plurals joined as the subject
    of 'are'/'have' (what is said goes to each of them), or []."""
    first = joined_first(s)                      # ("customers and suppliers each have a name")
    if first is None:
        return []
    p, joined, end = first
    return [p] + joined if joined and s.words[end:end + 1] in (["are"], ["have"], ["both"]) else []


_OPENING = frozenset(". etc so on eg like".split())


def open_list(within):
    """Does a parenthesis say its list goes on ('…, etc.', 'yeast...', 'e.g. …', 'like …')?"""
    words = [t.text for t in within if t.text != ")"]
    return bool(words) and (words[-1] in (".", "etc") or words[-2:] == ["so", "on"] or words[0] in ("eg", "like"))


def _items(within, tags=None, separators=(",", ")", "or", "and", "/")):
    """The items of a parenthesis: lists of (word, tag) between the separators."""
    items, item = [], []
    for t, tag in zip(within, tags or [None] * len(within)):
        if t.text in separators:
            if item:
                items.append(item)
            item = []
        else:
            item.append((t.text, tag))
    return items + [item] if item else items


def acts_listed(within):
    """Are the items in a parenthesis after an act each one act ('activities (archery, canoeing, crafts)',
    'sports (tennis, swimming)'): kinds of it, not its fields?"""
    items = _items(within, separators=(",", ")", "or", "and"))
    words = [item[0][0] for item in items if len(item) == 1]
    return len(items) >= 2 and len(words) == len(items) and all(
        not w.field_word(w.singular(x)) and x not in lexicon.property_nouns() and (
            w.singular(x) in lexicon.act_nouns() or x.endswith("ing") and lexicon.verb_lemma(x) is not None)
        for x in words)


def examples(within, tags):
    """Are the items in a parenthesis examples or kinds of the thing (acts: 'driving, cooking'; qualities:
    'monthly, yearly, ten-visit card'; things: 'skis, boots, helmets'), not its fields?"""
    items = _items(within, tags)
    if open_list(within):
        named = [[x for x in item if x[0] not in _OPENING] for item in items]
        return not any(x and (w.field_word(x[-1][0]) or x[-1][0] in lexicon.property_nouns()) for x in named)
        #                 "(malt, hops, yeast...)", "(e.g. …)", "(…, etc.)": examples unless fields ("(name, phone, etc.)")
    said = sum(len(x) == 1 and (x[0][0].endswith("ing") and lexicon.verb_lemma(x[0][0]) is not None or
                               x[0][1] == tx.ADJ or x[0][0] in lexicon.adjectives() or
                               w.is_plural(x[0][0]) and not w.field_word(w.singular(x[0][0])) or   # ("skis, boots")
                               x[0][0] in lexicon.thing_nouns() and not w.field_word(x[0][0]))   # ("phone, laptop,
               for x in items)                                                                  # tablet")
    return bool(items) and 2 * said > len(items)


def examples_after(s, k):
    """Do examples of the things before k follow ('several services, like a cut or a colour', 'such as …')?"""
    k += s.words[k:k + 1] == [","]
    return s.words[k:k + 2] in (["like", "a"], ["like", "an"], ["such", "as"], ["e.g.", "a"])


_NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty fifty hundred
dozen""".split())


def counted_members(s):
    """_counted_members(s), read once per sentence (discovery, the counted heads and the links all ask)."""
    return s.once(_counted_members)


def _counted_members(s):
    """'Teams of 2-5 participants', 'crews of three sailors', 'squads of up to 11 players', 'lots of 25 wafers',
    'boxes of 12 eggs': (group phrase, members phrase) where a group (WordNet's noun.group), a container (a made
    thing) or a unit one counts by (a lot, a pack) is said to be so many of its members: both are things, and
    each member belongs to a group."""
    toks, tags, out = s.tokens, s.tags, []
    for p in s.phrases:
        if s.words[p.end:p.end + 1] != ["of"] or p.head not in lexicon.group_nouns() and \
                p.head not in lexicon.thing_nouns() and p.head not in lexicon.measure_nouns():
            continue
        j = p.end + 1
        while j < len(toks) and (tags[j] in ("NUMBER", tx.QUANT) or toks[j].text in ("-", "to", "up", "or", "between",
                                                                                   "and", "at", "most", "least")):
            j += 1
        q = s.next_phrase(j)
        if j > p.end + 1 and q is not None and q.start == j and q.plural and q.head not in w.KIND_HEADS and (
                p.head in lexicon.group_nouns() or p.plural and q.head not in lexicon.measure_nouns() and
                any(tags[k] == "NUMBER" or toks[k].text in _NUMBER_WORDS for k in range(p.end + 1, j))):
            out.append((p, q))             # (not "bags of 5 kilos", "a maximum of six students", "meters of two
            #                                kinds")
    return out


def its_owners(s):
    """'join a club and see its upcoming group runs': (the one thing named before, the things after 'its')
    of each 'its' plural in a clause of its own after that thing."""
    out = []
    for q in s.phrases if "its" in s.words else ():
        owner = next((x for x in reversed(s.phrases) if x.end < q.start - 1 and not x.plural and not x.possessive),
                     None) if q.det == "its" and q.plural and q.start > 0 else None
        if owner is not None and owner.det in ("a", "an", "each", "every") and tx.VERB in s.tags[owner.end:q.start]:
            out.append((owner, q))
    return out


def described_as(s, p):
    """The plural subject whose complement p is ('our cars are dual-control hatchbacks, each with …': the cars), or p."""
    n = s.phrases.index(p) if p in s.phrases else 0
    while n > 0 and p.plural and s.phrases[n - 1].plural and s.words[s.phrases[n - 1].end:s.phrases[n].start] in (
            [","], ["and"], ["or"], [",", "and"], [",", "or"]):
        n -= 1                            # ("our customers are GP surgeries, dental practices and vets, each with …":
        #                                    the list says what kinds they are)
    first = s.phrases[n]
    if p.plural and n > 0 and first.start >= 2 and s.words[first.start - 1] in ("are", "were") and \
            s.phrases[n - 1].end == first.start - 1 and s.phrases[n - 1].plural:
        return s.phrases[n - 1]
    return p


def plural_verb_not_its(p, verb):
    """Is a singular phrase before a plural verb ('tasks with a due date and a priority belong to …') not the
    verb's subject?"""
    return verb == "belong" and not p.plural and p.det in ("a", "an", "each", "every", "one")


def described_with_fields(s, vote):
    """'Conservators are employees with a name and a specialism': the plural subject described as a kind of
    people or things, with fields, is a thing of its own (it had been lost, or the employees' table)."""
    for p in s.phrases:
        if p.plural and s.words[p.end:p.end + 1] == ["with"] and fieldish(s.words[p.end + 1:p.end + 13]):
            q = described_as(s, p)
            if q is not p and q.start == 0:
                vote(q.lemma, 3)


def each_with_fields(s, vote):
    """'I want to see the stops on my route in order, each with an address and a time window': what
    ', each with' gives fields to is the plural thing named before it (past its prepositional phrases),
    a thing of its own."""
    for k in range(1, len(s.words) - 2):
        if s.words[k:k + 3] != [",", "each", "with"] or not fieldish(s.words[k + 3:k + 15]):
            continue
        end = tx.after_open(s.tokens, k - 1) if s.words[k - 1] == ")" else k   # ("tools (drills, saws), each
        q = next((p for p in reversed(s.phrases) if p.end <= end and p.plural), None)   # with …": the tools)
        if q is not None and all(tx.after_preposition(s, p) for p in s.phrases if q.end <= p.start and p.end <= end):
            vote(described_as(s, q).lemma, 3)


def recipients(s, vote):
    """'Farmers sell crops to buyers', 'authors send manuscripts to editors': the people a thing goes to
    are kept too (the sale, the submission refers to them)."""
    if "to" not in s.words:
        return
    for i, tag in enumerate(s.tags):
        if tag != tx.VERB or i == 0:
            continue
        doer, done = s.phrase_at(i - 1), s.next_phrase(i + 1)
        if doer is None or not doer.plural or done is None or done.start > i + 2 or done.end + 1 >= len(s.tokens) or \
                s.words[done.end] != "to":
            continue
        whom = s.next_phrase(done.end + 1)
        if whom is not None and whom.start == done.end + 1 and whom.plural and whom.head in lexicon.person_nouns():
            vote(whom.lemma, 3)


def each_by(s):
    """[(things, maker)] of '…, each by a composer' ('concerts feature several pieces, each by a
    composer'): the person who made each of the plural things named before."""
    out = []
    for k in range(1, len(s.words) - 3):
        if s.words[k:k + 3] != [",", "each", "by"]:
            continue
        maker = s.next_phrase(k + 3)
        things = next((p for p in reversed(s.phrases) if p.end <= k and p.plural), None)
        if maker is not None and maker.start <= k + 4 and not maker.plural and things is not None and \
                maker.head in lexicon.person_nouns():
            out.append((things, maker))
    return out


def made_by_each(s, vote):
    """'…, each by a composer': the makers are kept (each_by)."""
    for _, maker in each_by(s):
        vote(maker.lemma, 3)


# verbs by which a thing is given a value of its own ("get a QR code per ticket")
_ISSUING = frozenset("get receive issue generate assign give send print".split())


def fields_per_thing(s):
    """[(field phrase, thing phrase)] for 'get a QR code per ticket', 'a tracking number for each parcel':
    one such value for each thing is the thing's field (not a table of codes)."""
    out = []
    for p in s.phrases:
        k = p.end
        each = s.words[k:k + 2] in (["for", "each"], ["for", "every"])
        g = tx.governor(s, p)
        if p.det not in ("a", "an", "one") or p.plural or not w.field_word(p.head) or \
                p.head in lexicon.money_nouns() or not (s.words[k:k + 1] == ["per"] or each) or \
                g < 0 or s.tags[g] not in (tx.VERB, tx.AUX) or w.verb_lemma(s.words[g]) not in _ISSUING:
            continue                             # (not "a daily price per bike", "a stock level per branch": what
            #                                      a pair has)
        q = s.next_phrase(k + 1)
        if q is not None and q.start == k + 1 + each and not q.plural:
            out.append((p, q))
    return out


def when_parties(s, end):
    """The things a clause of 'when' before end names, one each ('When a donor gives blood at a session, we
    record a donation: …': the donor and the session), or []: the record the speaker then keeps is of them."""
    if not s.words or s.words[0] not in w.WHEN_OPENERS:
        return []
    we = next((j for j in range(2, end) if s.words[j] in ("we", "i") and s.words[j - 1] == ","), None)
    if we is None:
        return []
    return [q for q in s.phrases if q.end <= we and not q.plural and q.det in ("a", "an", "the", "each", "every")]


# verbs by which someone gives themselves a value ("each learner sets a daily goal in minutes")
_CHOOSING = frozenset("set choose pick select specify declare".split())


def own_choice(s):
    """(subject phrase, index of the value) for 'Each learner sets a daily goal in minutes': one value the
    subject chooses for itself, named right after the verb, is its field; else None."""
    ps = s.phrases
    if len(ps) < 2 or ps[0].start > 1 or ps[0].det not in ("each", "every", "a", "an") or ps[0].plural:
        return None
    k = ps[0].end + (s.words[ps[0].end:ps[0].end + 1] in (["can"], ["may"], ["must"], ["also"]))
    q = s.next_phrase(k + 1)
    if k >= len(s.tokens) or s.tags[k] != tx.VERB or w.verb_lemma(s.words[k]) not in _CHOOSING or q is None or \
            q.start > k + 2 or q.plural or q.det not in ("a", "an", "their", "his", "her", "its"):
        return None
    return ps[0], q.start - (q.det is not None)
