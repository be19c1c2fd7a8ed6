"""Relative clauses without a relative pronoun: "events they can RSVP to", "each patient we treat",
"the station it is based at". What such a clause acts on is a thing of the text."""

import re

from . import constructions, lexicon, verb_roles
from .answers import third_person
from .units import unit_nouns
from . import cues
from . import text as tx
from . import words as w

_CLAUSE_SUBJECTS = w.SUBJECT_PRONOUNS | {"he", "she", "it"}


def relative_object(s, vote):
    """'events they can RSVP to', 'each patient we treat', 'the station it is based at': a noun
    phrase that a pronoun's clause acts on."""
    toks, tags = s.tokens, s.tags
    for p in s.phrases:
        k = p.end
        if k + 1 >= len(toks) or toks[k].text not in _CLAUSE_SUBJECTS or s.words[p.start - 2:p.start] == ["how", "many"] \
                or p.head in ("order", "sequence", "way", "manner") and s.words[p.start - 2:p.start - 1] == ["in"]:
            continue                          # ("how many guests it takes": a count; "in the order they are sung")
        if not p.plural and p.det not in ("each", "every") and not (
                p.det == "the" and toks[k].text in ("it", "they") and k + 2 < len(toks) and
                toks[k + 1].text in ("is", "are") and constructions.participle(toks[k + 2].text)):
            continue                          # "the station it is based at": a passive with its preposition
        if p.det in ("each", "every") and p.head in lexicon.measure_nouns() and len(p.words) == 1 and \
                (p.start == 1 or s.words[p.start - 2] in (",", ";", ":", "and", "-")):
            continue                          # "each sunday we schedule volunteers": when, no thing acted on
        k += 1
        while k < len(toks) and (toks[k].text in w.MODALS or tags[k] == tx.ADV or
                                 toks[k].text in ("is", "are", "was", "were", "be", "been")):
            k += 1
        if k < len(toks) and (tags[k] == tx.VERB or constructions.participle(toks[k].text)):
            vote(p.lemma, 3)


def owned_doer(s):
    """'the vaccinations my pet has had', 'the trips our boats make': (things, doer) pairs — a plural
    that a possessed thing's clause acts on, with no relative pronoun between."""
    toks, tags, out = s.tokens, s.tags, []
    for p in s.phrases:
        k = p.end
        if not p.plural or k + 2 >= len(toks) or toks[k].text not in ("my", "our", "their"):
            continue
        q = s.next_phrase(k + 1)
        if q is None or q.start != k + 1 or q.possessive or q.end >= len(toks):
            continue
        j = q.end
        while j < len(toks) and (toks[j].text in w.MODALS or tags[j] == tx.AUX and j + 1 < len(toks) and
                                 tags[j + 1] in (tx.AUX, tx.VERB)):
            j += 1
        if j < len(toks) and (tags[j] == tx.VERB or toks[j].text in ("had", "has", "have")) and \
                (j + 1 == len(toks) or tags[j + 1] not in (tx.DET, tx.NOUN, tx.QUANT)):
            out.append((p, q))
    return out


def owned_doer_things(s, vote):
    """Each plural of owned_doer is a thing."""
    for p, _ in owned_doer(s):
        vote(p.lemma, 3)


def read_owned_doer(ex, s):
    """'the vaccinations my pet has had': each is one pet's."""
    for p, q in owned_doer(s):
        a, b = ex.entity_of(p)[0], ex.entity_of(q)[0]
        if a is not None and b is not None and a != b and not q.plural:
            ex._relate(a, b)


def people_act_on(s, vote):
    """'the charters customers book', 'the routes members climb': a plural that people named right
    after it act on (the chunker keeps the two apart) is a thing."""
    toks, tags = s.tokens, s.tags
    for p, q in zip(s.phrases, s.phrases[1:]):
        if p.plural and q.start == p.end and q.plural and q.end < len(toks) and tags[q.end] == tx.VERB and \
                q.head in lexicon.person_nouns() and p.head not in lexicon.person_nouns():
            vote(p.lemma, 3)


_BEING = frozenset("is are was were belongs belong goes go sits sit lives live stays stay".split())


def held_in(s):
    """'the stage each deal is in', 'which room they are in', 'the team each player belongs to': pairs
    (what it is in, who is in it) — the second None when a pronoun says it (the plural before)."""
    return s.once(_held_in)


def _held_in(s):
    toks, out = s.tokens, []
    for p in s.phrases:
        k = p.end
        if p.plural or p.det not in ("the", "which", "what") or k + 2 >= len(toks):
            continue
        holder = None
        if toks[k].text in ("each", "every"):
            holder = s.next_phrase(k + 1)
            if holder is None or holder.start != k + 1:
                continue
            k = holder.end
        elif toks[k].text in ("they", "it"):
            first = s.phrases[0] if s.phrases else None
            one = first is not None and first.start <= 1 and first.det in ("each", "every", "a", "an") and \
                first.end < p.start
            holder = first if one and (toks[k].text == "it" and not lexicon.story_person(first.head) or
                                       toks[k].text == "they" and lexicon.story_person(first.head)) \
                else next((q for q in reversed(s.phrases) if q.end <= p.start and q.plural), None)
            k += 1                               # ("each member has …, the languages they want to practise, and
            #                                      the city they live in": the member's, as 'they' says of one;
            #                                      "each van has … the depot it belongs to": the van's)
        else:
            continue
        if holder is None or k >= len(toks) or toks[k].text not in _BEING:
            continue
        k += 1 + (k + 1 < len(toks) and toks[k + 1].text in w.PREPOSITIONS)
        if k == len(toks) or toks[k].kind != "word" or toks[k].text in ("and", "or"):
            out.append((p, holder))
    return out


def read_held_in(ex, s):
    """Each holder refers to the thing it is in, or has it as a field ('the stage each deal is in')."""
    for p, holder in held_in(s):
        key, role = ex.entity_of(holder)
        if key is None or role:
            continue
        target = ex.entity_of(p)[0]
        if target is not None and target != key:
            ex._relate(key, target)
        elif target is None:
            ex.spec.entities[key].attribute(w.snake(p.lemma))


def each_ones(s):
    """'the kegs each batch fills', 'the seats each booking holds', 'the pieces each student is learning':
    (things, the one each acts on them, the verb's index) — a plural, then 'each' and one thing with its verb
    (after 'is' or 'has' too) and no object of its own."""
    return s.once(_each_ones)


def _each_ones(s):
    toks, out = s.tokens, []
    for p in s.phrases:
        k = p.end
        if not p.plural or k + 3 > len(toks) or toks[k].text not in ("each", "every") or \
                p.head in unit_nouns():
            continue                             # ("the hours each volunteer worked": how long, a field)
        one, them = s.next_phrase(k + 1), s.words[k:k + 3] == ["each", "of", "them"]
        if them:                                 # "family members, the vaccines each of them got": the plural
            one = next((q for q in reversed(s.phrases) if q.end < p.start and q.plural), None)   # before
            one = tx.Phrase(k + 1, k + 3, one.words[:-1] + (w.singular(one.words[-1]),), "each", False, False) \
                if one is not None else None     # (as 'each family member')
        v = one.end if one is not None else k
        done = v + 1 < len(toks) and toks[v].text in ("is", "are", "has", "have", "was") and \
            toks[v + 1].text.endswith(("ing", "ed")) and lexicon.verb_lemma(toks[v + 1].text) is not None
        v += done                                # ("the pieces each student is learning", "… has borrowed")
        needed = v < len(toks) and toks[v].text in ("needs", "need", "got", "gets", "get") and \
            (v + 1 == len(toks) or s.tags[v + 1] != tx.VERB)   # ("needs", "got": main verbs, no modal or auxiliary)
        if one is None or one.start != k + 1 or one.plural or v >= len(toks) or \
                not done and not needed and (s.tags[v] != tx.VERB and toks[v].text not in ("does", "do", "did") or
                                             toks[v].text in _BEING):
            continue
        after = v + 1
        if after == len(toks) or toks[after].kind != "word" or toks[after].text in ("and", "or") or \
                toks[after].text in w.PREPOSITIONS and (s.next_phrase(after) is None or after + 1 < len(toks) and (
                    toks[after + 1].kind != "word" or toks[after + 1].text in ("and", "with"))) or \
                _where_done(s, after) is not None:
            out.append((p, one, v))              # ("the companies each graduate worked for, …": stranded; "every
            #                                      lap each driver does in a heat": where they do it)
    return out


def read_each_ones(ex, s):
    """Each of the things refers to the one that acts on it ('the kegs each batch fills': a keg's batch);
    things a person acts on are shared among people ('the pieces each student is learning': many each), and
    so are the things used or needed ('the ingredients each recipe uses', 'the puppets each show needs')."""
    for p, one, v in each_ones(s):
        a, b = ex.entity_of(p), ex.entity_of(one)
        if a[0] and b[0] and a[0] != b[0] and not a[1] and not b[1]:
            verb = lexicon.verb_lemma(s.words[v])
            at = v + 1 + (s.words[v + 1:v + 2] == [","])
            fields = s.words[at:at + 1] == ["with"]   # ("…, with the date and the clinic": whose, below)
            holder = a[0]
            if (lexicon.holds_people(b[0]) and not lexicon.holds_people(a[0]) or
                    (lexicon.verb_class(verb) == "consumption" or verb in w.REQUIRING) and not lexicon.holds_people(a[0])) \
                    and not (fields and a[0].split("_")[-1] in lexicon.verb_act_nouns()):
                ex._retract(a[0], b[0])         # ("the ingredients each recipe uses": what is used is shared,
                ex._many(b[0], a[0], verb)      # WordNet's verb.consumption; "the kegs each batch fills": one's)
                ex.said_pairs.add(tuple(sorted((a[0], b[0]))))   # (said: no lesson or visit record replaces it)
                if fields and lexicon.holds_people(b[0]):   # "the vaccines each of them got, with the date and
                    ex._unpair(a[0], b[0])      # the clinic": each pair's (but "the puppets each show needs, with
                    holder = ex._pair_table(b[0], a[0])   # who made each puppet": the puppets')
            else:
                ex._relate(a[0], b[0])          # (and "the vaccinations each dog got, with the date": each one's)
            if fields:
                ex._attributes(holder, s, at + 1)
                for name in ex.spec.entities[holder].attributes:
                    for other in {a[0], b[0]} - {holder}:
                        ex.spec.entities[other].attributes.pop(name, None)   # (not the vaccines', the members')
            place = _where_done(s, v + 1)
            c = ex.entity_of(place)[0] if place is not None else None
            if c is not None and c not in (a[0], b[0]):
                ex._relate(a[0], c)             # "every lap each driver does in a heat": the lap's heat
                ex._retract(b[0], c)            # (not the driver's)


def _where_done(s, k):
    """The phrase of 'in/at/on/during a|an|each|the <place or occasion>' at k, or None."""
    if k + 2 > len(s.words) or s.words[k] not in ("in", "at", "on", "during") or \
            s.words[k + 1] not in ("a", "an", "each", "every", "the", "one"):
        return None
    q = s.next_phrase(k + 1)
    return q if q is not None and q.start == k + 2 and not q.plural else None


def which_does_which(s):
    """'which supplier sells which ingredient at what price', 'which member borrowed which copy and
    when': (first phrase, verb index, second phrase) for each such clause."""
    toks, tags, out = s.tokens, s.tags, []
    if "which" not in s.words and "what" not in s.words:
        return out

    def asked(k, each=False):                     # "which member", "which of my friends" (and after the verb
        if k >= len(toks) or toks[k].text not in ("which", "what") + (("each", "every") if each else ()):
            return None                           # "each rehearsal": "which singers attend each rehearsal")
        k += 1 + 2 * (s.words[k + 1:k + 2] == ["of"] and s.words[k + 2:k + 3] in (["my"], ["our"], ["the"], ["their"]))
        p = s.next_phrase(k)
        return p if p is not None and p.start == k else None
    for i in range(len(toks) - 4):
        p = asked(i)
        doer = _gap_subject(s, p) if p is not None else None
        if doer is not None:                                # "which books my friends borrow": who does it
            out.append((doer, doer.end, p))
            continue
        v = p.end if p is not None else len(toks)
        while v < len(toks) - 2 and tags[v] == tx.AUX and toks[v + 1].text not in ("which", "what"):
            v += 1                                          # "which drivers were assigned to which routes"
        if p is not None and p.end < v < len(toks) - 2 and tags[v] == tx.PREP and \
                toks[v - 1].text in ("is", "are", "was", "were") and toks[v + 1].text in ("which", "what"):
            v -= 1                                          # "which pieces are in which concert"
        elif v + 2 >= len(toks) or tags[v] != tx.VERB and not (tags[v] == tx.AUX and toks[v + 1].text in ("which", "what")):
            continue                                        # ("which family got which parcel")
        k = v + 1                                           # "came to which session", "signed up for which course"
        while k < min(len(toks), v + 3) and tags[k] in (tx.PREP, tx.ADV) and toks[k].text not in ("which", "what"):
            k += 1
        q = asked(k, each=True)
        if q is not None and p is not None:
            out.append((p, v, q))
    return out


def _gap_subject(s, p):
    """'which books my friends borrow', 'what parts (that) the machines use': the phrase right after
    the asked one whose verb acts on it, or None."""
    each = s.words[p.end:p.end + 1] in (["each"], ["every"])      # ("which tools each member borrows")
    k = p.end + (each or s.words[p.end:p.end + 1] in (["my"], ["our"], ["the"], ["their"], ["that"]))
    q = s.next_phrase(k)
    if q is None or q.start != k or not (q.plural or each) or q.end >= len(s.tags) or s.tags[q.end] != tx.VERB:
        return None
    return q


# "and when it's due back", "and when they were returned": the date the clause names
# "which employees have which certifications and when they expire": the date of what the pair does next
_WHEN_DONE = re.compile(r",? ?and when (?:it|they) ([a-z]+)$")
_WHEN_SAID = re.compile(r"^,? ?and when (?:it|its|it's|they|they're|it ' s)? ?(?:is |are |was |were |gets |get )?"
                        r"((?:due|[a-z]+ed)(?: back| out| in)?)\s*(?:[.;]|$)")


def who_does_which(s):
    """'track who came to which rehearsal', '… rehearsals and who showed up to each one', '… rehearsals and
    who attended': (index of 'who', verb index, phrase asked) of each clause. After 'each' (or at the end)
    only going, joining or being there ('who came', 'who showed up'): each one has many ('who approved each
    request' names one)."""
    toks, tags, out = s.tokens, s.tags, []
    for i in (i for i, x in enumerate(s.words[:-1]) if x == "who" and tags[i + 1] == tx.VERB):
        k = i + 2
        while k < min(len(toks), i + 4) and tags[k] in (tx.PREP, tx.ADV) and toks[k].text not in ("which", "what", "each"):
            k += 1
        q = s.next_phrase(k + 1) if s.words[k:k + 1] in (["which"], ["each"]) else None
        if s.words[k:k + 1] == ["each"]:
            verb = lexicon.verb_lemma(s.words[i + 1]) or ""
            if lexicon.verb_class(verb) not in ("motion", "stative", "social") and s.words[i + 2:i + 3] != ["up"] or \
                    verb in w.CREATION_VERBS:
                continue                          # ("who made each puppet": one maker, made_by)
            if s.words[k + 1:k + 2] == ["one"] and (q is None or q.start != k + 1 or q.lemma == ("one",)):
                #                                         "each one": the last things named before
                q = next((p for p in reversed(s.phrases) if p.end <= i and p.plural), None)
                if q is not None:
                    out.append((i, i + 1, q))
                continue
        if q is not None and q.start == k + 1:
            out.append((i, i + 1, q))
        elif i >= 2 and s.words[i - 1] == "and" and (k == len(toks) or toks[k].text in (",", ".", ";")) and \
                lexicon.verb_class(lexicon.verb_lemma(s.words[i + 1]) or "") in ("motion", "stative", "social"):
            end = i - 1 if s.words[i - 2] != ")" else tx.after_open(toks, i - 2)   # ("meetings (date, host) and
            #                                                                          who came")
            q = s.phrase_at(end - 1) if end > 0 else None
            if q is not None and q.end == end and q.plural:
                out.append((i, i + 1, q))        # "musicians, rehearsals and who attended": of each rehearsal
    return out


def _asked_pairs(ex, s):
    """(entity of the first, verb index, second phrase) of each 'which X … which Y' clause, and of each
    'who … which Y' when the text has one kind of person besides Y (the one who does it)."""
    for p, v, q in which_does_which(s):
        yield ex.entity_of(p)[0], v, q, p.plural
    for _, v, q in who_does_which(s):
        people = [k for k in ex.spec.entities if lexicon.holds_people(k) and k != ex.entity_of(q)[0]]
        if len(people) > 1:
            people = [k for k in people if k in _doers_on(ex, ex.entity_of(q)[0])]
        if len(people) == 1:
            yield people[0], v, q, False


def asked_doer(ex, s, said, key):
    """'we mark who attended each session': who does the act, asked after a verb of noting, is the one kind of
    people who act on the thing or its whole (_doers_on); None when not so."""
    if key is None or s.words[said:said + 1] != ["who"] or said < 1 or s.tags[said - 1] != tx.VERB or \
            lexicon.holds_people(key):
        return None
    people = [k for k in _doers_on(ex, key) if k is not None and k != key]
    return people[0] if len(people) == 1 else None


def _doers_on(ex, key):
    """The people who do an act on the thing or on the whole it is part of ('students sign up for a course',
    then '… who attended each session' of the course: the students, not the tutors who run it)."""
    wholes = {key} | {r.target for r in ex.spec.relations if r.source == key}
    return {ex.entity_of_words(subj)[0] for _, _, subj, obj, _ in ex.interactions
            if subj and obj and ex.entity_of_words(obj)[0] in wholes}


# verbs by which a record says what it is of ("a placement records which family took which animal")
_RECORDING = frozenset("record log store track say show note capture".split())


def _listing_owner(ex, s, v):
    """The thing whose with-list a 'which … which' clause ending a list belongs to ('every fill-up with the
    litres, … and which driver filled up which vehicle': the fill-up), or None."""
    p = next((p for p in reversed(s.phrases) if p.end < v - 2 and p.det in ("each", "every") and
              s.words[p.end:p.end + 1] == ["with"]), None)
    if p is None or any(x in (";", ":", ".") for x in s.words[p.end:v]) or ex.entity_of(p)[1]:
        return None
    return ex.entity_of(p)[0]


def read_which_does_which(ex, s):
    """Each pair a 'which … which' clause names is a table of its own: one row per pair, with what
    the clause asks of it ('at what price': a price; 'and when': the date, and then many rows)."""
    head = s.phrases[0] if s.phrases and s.phrases[0].start <= 1 and (s.words[s.phrases[0].end:s.phrases[0].end + 1] \
        in ([":"], ["-"]) or s.phrases[0].det in ("a", "an", "each", "every") and not s.phrases[0].plural and
        w.verb_base("".join(s.words[s.phrases[0].end:s.phrases[0].end + 1])) in _RECORDING and s.words[s.phrases[0].end + 1:s.phrases[0].end + 2]
        in (["which"], ["what"])) else None   # ("a placement records which family took which animal": the pair's)
    for a, v, q, plural in list(_asked_pairs(ex, s)):
        b = ex.entity_of(q)[0]
        if a is None or b is None or a == b:
            continue
        base = w.verb_base(s.words[v]) or lexicon.verb_lemma(s.words[v]) or s.words[v]
        if plural and not q.plural and q.det == "which" and s.words[v - 1] in ("were", "are", "get", "got") and \
                not (s.words[v + 1:v + 2] == ["by"] and base in cues.INTERACTIONS):
            ex._relate(a, b)                          # "which kegs were filled from which batch": each keg
            continue                                  # from one batch, no pair (but "which sets are borrowed by
            #                                           which child": the loans, interactions.py)
        record = (ex.entity_of(head)[0] if head is not None else None) or _listing_owner(ex, s, v)
        if record is not None and record not in (a, b):
            done_to = s.words[v - 1] in ("was", "were", "is", "are", "gets", "got") and lexicon.holds_people(a)
            role = verb_roles.patient_noun(base) if done_to else None
            ex._relate(record, a, role, column=f"{role}_id" if role else None)
            ex._relate(record, b)                     # "assignments: which employee uses which license, …": the
            if head is not None and head.start <= 1 and s.words[q.end:q.end + 1] == [","] and q.end + 1 < len(s.tokens):
                ex._attributes(record, s, q.end + 1)   # ("a placement records which family took which animal, the
                #                                          start date and the end date": the placement's)
            continue                                  # record listed is the pair ("which member was trained on
            #                                           which tool, by which instructor": the trainee)
        if q.det in ("each", "every") and base in cues.INTERACTIONS:
            continue                                  # ("which singers attend each rehearsal": the attendances)
        if q.det in ("each", "every") and not plural and not lexicon.holds_people(b) and "which" in s.words[max(0, v - 4):v]:
            ex._relate(b, a)                          # "which volunteer checked in each donation": each donation's
            continue                                  # one volunteer
        ex._retract(a, b)
        ex._retract(b, a)
        if base in cues.INTERACTIONS and ex.phrase_entity.get((cues.INTERACTIONS[base],)):
            continue                                  # ("which athletes follow which plans": the follows)
        if any({a, b} <= {r.target for r in ex.spec.relations if r.source == k} for k in ex.pair_tables):
            continue                                  # ("for each match we record which player played which
            #                                           position": the match's pairs, clause_items.py)
        pair = ex._pair_table(a, b)
        rest = " ".join(s.words[max(q.end, v + 1):max(q.end, v + 1) + 6])
        entity = ex.spec.entities[pair]
        if rest.startswith(("at what price", "for what price", "at which price", "and at what price")):
            entity.attribute("price")
        said = s.next_phrase(q.end + 2) if s.words[q.end:q.end + 2] in (["and", "the"], ["and", "its"]) else None
        if said is not None and said.start == q.end + 2 and ex.entity_of(said)[0] is None and (
                w.field_word(said.head) or tuple(said.words) == ("order",)):   # ("… and the order they are sung in")
            ex._attributes(b if q.head in lexicon.occurrence_nouns() and said.head != "order" else pair, s,
                           q.end + 1)                 # ("which pieces
            #                                           went in which kiln firing and the temperature": the firing's)
        if s.words[q.end:q.end + 2] == [",", "when"]:
            entity.pair_unique = False                # ("which neighbour borrowed which tool, when they took it and
            ex._attributes(pair, s, q.end + 1)        # when they brought it back": the act's dates, often again)
        if rest.startswith(("and when", ", and when")):
            entity.pair_unique = False                # ("which member borrowed which copy and when": often)
            verb = s.words[v]
            said = _WHEN_SAID.match(" ".join(s.words[max(q.end, v + 1):]))   # ("and when it's due back")
            later = _WHEN_DONE.match(" ".join(s.words[max(q.end, v + 1):]))   # ("and when they expire")
            name = w.snake(said.group(1).split()) + "_on" if said else \
                f"{_moment_verb(later.group(1))}_on" if later and lexicon.verb_lemma(later.group(1)) else \
                f"{verb}_on" if verb.endswith("ed") else \
                f"{w.past_participle(lexicon.verb_lemma(verb))}_on" if lexicon.verb_lemma(verb) not in (None, verb) \
                else "occurred_on"                    # ("who took which item and when": taken_on)
            entity.attribute(name).hint = "date"
        third = s.next_phrase(q.end + 2) if s.words[q.end + 1:q.end + 2] in (["which"], ["what"]) and \
            s.tags[q.end] == tx.PREP else None           # "which physio works at which clinic on which weekday"
        if third is not None and third.start == q.end + 2:
            c = ex.entity_of(third)[0]
            if c is not None and c not in (a, b):
                ex._relate(pair, c)
                for one, other in ((a, c), (c, a), (b, c), (c, b)):
                    ex._retract(one, other)           # (the three meet in the pair's rows)
            elif c is None:
                entity.attribute(w.snake(third.words))
            if s.words[q.end + 1] == "which":         # (the same pair again, on another day or shift;
                entity.pair_unique = False            # not "at what price": the pair's own)


def _moment_verb(verb):
    """'expire' -> 'expires' (a moment to come, as expires_on says it; answers.third_person); a past form stays
    ('visited')."""
    return verb if verb.endswith(("s", "ed")) else third_person(verb)


def belonged_to_things(s, vote):
    """'the depot it belongs to', 'the team each player belongs to': what one belongs to is a thing."""
    for p, _ in held_in(s):
        if any(x in ("belongs", "belong") for x in s.words[p.end:p.end + 5]):
            vote(p.lemma, 3)


def each_ones_things(s, vote):
    """Both sides of 'the pieces each student is learning' are things."""
    for p, one, _ in each_ones(s):
        vote(p.lemma, 3)
        vote(one.lemma, 3)


def which_pair_things(s, vote):
    """Both sides of 'which X VERB which Y' are things."""
    for p, _, q in which_does_which(s):
        vote(p.lemma, 3)
        vote(q.lemma, 3)


def many_people_had(s, vote):
    """'songs have a title and one or more artists', 'a paper with several authors': people a thing
    has many of are things (people have names of their own), not a text field."""
    from .field_names import type_words       # (field_names reads the cues, which read this module)
    for p in s.phrases:
        if not (p.plural and p.many and p.head in lexicon.person_nouns()) or s.words[p.start - 2:p.start] == ["how", "many"] \
                or type_words(" ".join(s.words[max(0, p.start - 4):p.end + 2])):
            continue                           # ("and how many guests it takes": a count; "up to 80 characters": a length)
        k = max((j for j in range(p.start) if s.words[j] in ("has", "have", "with")), default=-1)
        if k >= 0 and tx.VERB not in s.tags[k + 1:p.start]:
            vote(p.lemma, 3)


def relative_verb(s, p):
    """Where the verb of a relative clause on the plural p starts ('musicians who play instruments', 'members,
    each of whom owns boats'), or None: the clause says what they do, as a sentence would."""
    k = p.end
    if not p.plural or k + 1 >= len(s.tokens):
        return None
    if s.words[k:k + 4] in ([",", "each", "of", "whom"], [",", "each", "of", "which"]):
        k += 4
    elif s.words[k] in ("who", "that") or s.words[k:k + 2] in ([",", "who"],):
        k += 1 + (s.words[k] == ",")
    else:
        return None
    return k if k < len(s.tokens) and s.tags[k] == tx.VERB else None
