"""Things said to be logged with fields after the clause that names them: 'each bus gets services at
a depot, logged with mileage and cost', 'members borrow tools from the shed, recorded with a due date',
'lost items found in a room are logged with a description' (a subject and its reduced relative).
The participle after the comma describes the plural object before it (not the place after it), so the
object has fields: it is a thing, and the fields are its own (attributes.py)."""

import functools

from . import lexicon
from . import text as tx
from . import words as w
from .fragments import fieldish
from .tagging import irregular_participle


_KEEPING = frozenset("log record track keep store capture register list note".split())


@functools.lru_cache(maxsize=1024)
def logged_object(s, i):
    """The phrase a ', <participle> with' at i (the 'with') describes, or None."""
    toks, tags = s.tokens, s.tags
    if i >= 3 and tags[i - 1] == tx.VERB and toks[i - 2].text in ("is", "are") and s.phrases and \
            s.phrases[0].start <= 1 and s.phrases[0].end < i - 2 and tx.participle_like(toks[i - 1].text) and \
            tx.participle_like(toks[s.phrases[0].end].text) and tags[s.phrases[0].end] == tx.VERB:
        return s.phrases[0]                       # "lost items found in a room are logged with …": the subject
    if i < 3 or tags[i - 1] != tx.VERB or not tx.participle_like(toks[i - 1].text) or toks[i - 2].text != ",":
        return None
    for p in reversed(s.phrases):
        if p.end > i - 2:
            continue
        k = tx.governor(s, p)
        if k >= 0 and tags[k] == tx.PREP:
            continue                              # ("at a depot": where, not what)
        return p if p.plural or p.det in ("one", "each", "every") or \
            p.det in ("a", "an") and s.words[i + 1:i + 2] in (["its"], ["their"]) else None
        #                                           ("may include a vehicle, recorded with its registration …";
        #                                            "each team builds one robot, recorded with a name …")
    return None


def kept_and_described(s, i):
    """'Staff log items that are found, with a description, …': the plural a keeping verb keeps, a
    relative clause after it, then the ', with' at i: the phrase, or None."""
    toks = s.tokens
    if i < 5 or toks[i - 1].text != ",":
        return None
    rel = next((j for j in range(i - 2, 0, -1) if toks[j].text in ("that", "which") or
                toks[j].text in ("they", "we", "i", "you") and s.tags[j - 1] == tx.NOUN and
                any(s.tags[x] == tx.VERB for x in range(j + 1, min(j + 4, i)))), None)
    #                                            ("… record any visitor questions they could not answer, with …")
    p = s.phrase_at(rel - 1) if rel is not None else None
    k = p.start - 1 if p is not None else 0
    k -= k > 0 and s.words[k] in ("any", "all", "the", "every")   # ("record any visitor questions …")
    if p is None or p.end != rel or not p.plural or k < 0 or s.tags[k] != tx.VERB or \
            w.verb_base(toks[k].text) not in _KEEPING or "," in s.words[rel:i - 1]:
        return None
    return p


def kept_then_done(s, i):
    """'log the vaccinations given to animals on each visit, with the vaccine and the batch number': a plural a
    keeping verb keeps, a participle and its phrases after it, then the ', with' at i — the fields are the kept
    things' (not the animals' nor the visit's). The phrase, or None."""
    toks, tags = s.tokens, s.tags
    if i < 5 or toks[i - 1].text != ",":
        return None
    for j in range(i - 2, 0, -1):
        if toks[j].text in (",", ";", ":", "and", "which", "that", "who"):
            return None
        if tags[j] in (tx.VERB, tx.ADJ) and (tx.participle_like(toks[j].text) or irregular_participle(toks[j].text)):
            p = s.phrase_at(j - 1)
            k = p.start - 1 - (p.start >= 2 and tags[p.start - 1] == tx.DET) if p is not None else -1
            if p is not None and p.end == j and p.plural and k >= 0 and tags[k] == tx.VERB and \
                    w.verb_base(toks[k].text) in _KEEPING:
                return p
            return None
    return None


def link_kept_then_done(s, key_of, relate, retract):
    """'log the vaccinations given to animals on each visit, with …': the kept things refer to each thing the
    participle's phrases name (the animal, the visit) — not the animals to the visit."""
    i = s.words.index("with") if "with" in s.words else -1
    p = kept_then_done(s, i) if i > 0 else None
    if p is None or key_of(p) is None:
        return
    ends = []
    k = p.end + 1
    while k + 1 < i and s.tags[k] == tx.PREP:
        q = s.next_phrase(k + 1)
        if q is None or q.start > k + 2 or q.end >= i or key_of(q) in (None, key_of(p)):
            break
        ends.append(key_of(q))
        k = q.end
    for n, end in enumerate(ends):
        relate(key_of(p), end)
        for before in ends[:n]:
            retract(before, end)


_PARTICLES = frozenset("in out off up back over".split())


def done_by_described(s, i):
    """'garments brought in by customers, with the alteration wanted', 'talks given by speakers, with a
    title': a plural, a participle and its doer, then ', with' at i — the fields are the plural's (the thing
    done), not the doer's. The phrase, or None."""
    toks, tags = s.tokens, s.tags
    doer = s.phrase_at(i - 2) if i >= 5 and toks[i - 1].text == "," else None
    if doer is None or doer.end != i - 1:
        return None
    k = doer.start - 1 - (doer.start >= 1 and tags[doer.start - 1] == tx.DET)
    if k < 2 or toks[k].text != "by":
        return None
    k -= 1 + (toks[k - 1].text in _PARTICLES)
    if tags[k] != tx.VERB or not (tx.participle_like(toks[k].text) or irregular_participle(toks[k].text)):
        return None
    k -= toks[k - 1].text in ("is", "are")
    p = s.phrase_at(k - 1)
    return p if p is not None and p.end == k and p.plural else None


def logged_with_fields(s, vote):
    """Vote for the plural a ', logged with …' (or a keeping verb, a relative clause and ', with …') describes."""
    for i, t in enumerate(s.tokens):
        if t.text == "with":
            p = logged_object(s, i) or kept_and_described(s, i) or done_by_described(s, i) or kept_then_done(s, i)
            if p is not None:
                vote(p.lemma, 3)


_PLACED = frozenset("on in at inside aboard".split())


def kept_per_each(s):
    """'record the equipment on each truck, with …', 'track the tools in every van': what a keeping verb
    keeps in or on each of a thing is a thing of its own (several per truck, each with the fields after
    it), even a mass noun (an artifact) or a generic head ("tools")."""
    toks, tags = s.tokens, s.tags
    for p in s.phrases:
        if p.start < 2 or p.end + 2 >= len(toks) or toks[p.end].text not in _PLACED or \
                toks[p.end + 1].text not in ("each", "every"):
            continue
        k = p.start - 1
        while k >= 0 and tags[k] in (tx.DET, tx.ADJ) and toks[k].text not in ("a", "an"):
            k -= 1
        if k >= 0 and tags[k] == tx.VERB and w.verb_base(toks[k].text) in _KEEPING and \
                (p.plural or p.head in lexicon.thing_nouns()):
            yield p


def repeated_for_each(s):
    """(record, thing) of 'a reading entered for each meter every month', 'a check done for every van
    each week': one of something for each thing, again every so often — rows of their own, each the
    thing's."""
    toks = s.tokens
    for p in s.phrases:
        if p.det not in ("a", "an") or p.plural:
            continue
        k = p.end + (s.words[p.end:p.end + 1] in (["is"], ["gets"]))
        k += k < len(toks) and s.tags[k] == tx.VERB and tx.participle_like(s.words[k])
        q = s.next_phrase(k + 1) if s.words[k:k + 2] in (["for", "each"], ["for", "every"]) else None
        again = q is not None and q.end + 1 < len(toks) and s.words[q.end] in ("every", "each", "once") and \
            s.next_phrase(q.end + 1) is not None and s.next_phrase(q.end + 1).head in lexicon.measure_nouns()
        if again and q.start == k + 2:
            yield p, q


def read_repeated(ex, s):
    """Each record of repeated_for_each refers to its thing."""
    for p, q in repeated_for_each(s):
        a, b = ex.entity_of(p)[0], ex.entity_of(q)[0]
        if a and b and a != b and not ex.entity_of(q)[1]:
            ex._relate(a, b)


def kept_per_each_thing(s, vote):
    for p in kept_per_each(s):
        vote(p.lemma, 3)
    for p, _ in repeated_for_each(s):
        vote(p.lemma, 3)


def logged_mass(s, p):
    """'users log work against an issue: minutes spent, the day, …', 'we log the time spent on an issue
    in minutes with the date and who logged it': what is logged, uncounted, against one thing and
    followed by its fields, is a log of it (a work log, a time log). The noun logged, or None."""
    if p.det not in (None, "the", "my", "our", "their") or p.plural or len(p.lemma) > 2:   # ("log my labour on …")
        return None
    spent = len(p.lemma) == 2 and tx.participle_like(p.lemma[1])        # ("the time spent": time)
    verb = w.verb_base(s.words[p.start - 1 - (p.det is not None)]) if p.start >= 1 + (p.det is not None) else None
    per = s.words[p.end:p.end + 1] == ["per"]
    if len(p.lemma) != 1 + spent and not per or verb != "log" and not (verb in ("record", "track") and per):
        return None                                      # ("we track water use per bed with …": a log of it)
    k = p.end + (p.end < len(s.tokens) and s.tags[p.end] in (tx.VERB, tx.ADJ) and tx.participle_like(s.words[p.end]))
    q = s.next_phrase(k + 1) if s.words[k:k + 1] in (["against"], ["on"], ["for"], ["per"]) or \
        k > p.end and s.words[k:k + 1] == ["to"] else None     # ("logs medication given to a camper with …")
    if q is None or q.start > k + 2:
        return None
    rest = s.words[q.end:q.end + 4]
    fields = rest[:1] in ([":"], ["-"]) or "with" in rest and "," not in rest[:rest.index("with")]
    return p.lemma[0] if fields else None


def kept_log(s, p):
    """'the mechanics log their labour - who, how many hours, which day': a possessed singular a keeping
    verb logs, then a list that asks who, which or how many, is a record of its own."""
    return p.det in ("their", "our", "my", "its") and p.start >= 2 and \
        w.verb_base(s.words[p.start - 2]) in ("log", "record", "track", "keep", "note", "enter") and \
        len({"who", "which", "how", "when", "what"} & set(s.words[p.end + 1:p.end + 12])) >= 2


def each_done_with(s, vote):
    """'… and describes each missing bag with colour, brand and type', 'inspect each hive with the date and a note':
    the one thing a verb acts on each time, given fields after 'with', is a thing of its own."""
    for p in s.phrases:
        if p.det in ("each", "every") and not p.plural and p.start >= 2 and s.tags[p.start - 2] == tx.VERB and \
                p.end + 1 < len(s.words) and s.words[p.end] == "with" and fieldish(s.words[p.end + 1:p.end + 13]) and \
                not w.field_word(p.head) and p.head not in lexicon.measure_nouns():
            vote(p.lemma, 3)


_HAVING = frozenset("has have contains contain includes include holds hold".split())


def which_has_fields(s, vote):
    """'a customer may hold a swim pass, which has a pass type and an expiry date': a thing described by a
    relative clause that gives it fields is a thing of its own."""
    words = s.words
    for p in s.phrases:
        k = p.end + (words[p.end:p.end + 1] == [","])
        if words[k:k + 1] in (["which"], ["that"]) and words[k + 1:k + 2] and words[k + 1] in _HAVING and \
                (p.plural or p.det in ("a", "an", "each", "every")) and fieldish(words[k + 2:k + 12]) and \
                not w.field_word(p.head) and p.head not in lexicon.measure_nouns() and \
                p.head not in lexicon.person_nouns():
            vote(p.lemma, 3)


def things_of_theirs(s, k):
    """The plural made things (WordNet's artifacts, animals, places) listed from k after 'with their' ('owners with
    their dogs', 'farms with their fields'): things of their own, not fields."""
    q = next((x for x in s.phrases if x.start == k), None)
    return [r for r in ([q] + tx.joined_to(s, q) if q is not None else [])
            if r.plural and w.singular(r.head) in lexicon.thing_nouns() and not w.field_word(w.singular(r.head)) and
            w.singular(r.head) not in ("field", "column", "table", "entity", "attribute")]   # (a schema's own words)


_WE = frozenset("we i".split())


def came_in_then_kept(s, at=None):
    """(the plural, the index of the keeping verb) of 'Donated bikes come in and we log the donor, the bike type and
    the condition', 'parcels arrive -> we record the sender and the weight' — or None (at: only that verb)."""
    words = s.words
    p = s.phrases[0] if s.phrases else None
    if p is None or not p.plural or any(s.tags[k] not in (tx.DET, tx.ADJ, tx.NOUN) and not tx.participle_like(words[k])
                                        for k in range(p.start)) or \
            p.end >= len(words) or s.tags[p.end] != tx.VERB or w.field_word(p.head):
        return None
    for k in range(p.end + 1, len(words) - 2):
        if words[k] in _WE and (w.verb_base(words[k + 1]) or words[k + 1]) in _KEEPING and \
                words[k - 1] in ("and", "-", ">", ",", ";", "then") and fieldish(words[k + 2:k + 14]) and \
                not any(q.plural and q.start > p.end and q.end <= k and s.tags[q.start - 1] != tx.PREP for q in s.phrases) \
                and at in (None, k + 1):
            return p, k + 1
    return None


def logged_after_they_come(s, vote):
    """The plural that opens the sentence and does something, then has fields kept by the speaker, is a thing with
    those fields (came_in_then_kept)."""
    found = came_in_then_kept(s)
    if found is not None:
        vote(found[0].lemma, 3)
