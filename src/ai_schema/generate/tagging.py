"""Each word's coarse tag (NOUN, VERB, ADJ …) from its neighbours, the closed word classes in
words.py and WordNet's lexicon: the rules that tell a noun from a verb where English spells both alike
("members book classes", "the board games my friends borrow", "gas meters are read monthly")."""

from .token_shapes import (COUNT_WORDS, ing_compound, label_before_colon, object_run, one_of_before,
                           plural_after_count, plural_object_at, time_ends_at)
from . import lexicon
from . import words as w
from .units import unit_nouns
from .tag_context import (clause_start, compound, infinitive_before, only_reduced_relatives, participle_like,
                          same_acts_before, singular_head_before)
from .tags import ADJ, ADV, AUX, CONJ, DET, NOUN, PREP, PRON, QUANT, VERB

NOT_ADVERBS = frozenset("""monthly weekly daily yearly quarterly hourly nightly family supply assembly reply
anomaly italy fly rally early only""".split()) - {"only"}


def after_open(tokens, close):
    """The index of the '(' that the ')' at close closes (0 when none)."""
    depth = 0
    for j in range(close, -1, -1):
        depth += {")": 1, "(": -1}.get(tokens[j].text, 0)
        if depth == 0:
            return j
    return 0


# Before "<noun> <word>s", these make a compound ("our gas meters", "electricity and gas meters");
# "each customer orders …" makes a clause.
_OWNING = frozenset("our their my your his her its and or".split())
# words that open a clause whose subject comes next ("where horses win prizes")
CLAUSE_OPENERS = frozenset("where when whenever while because if".split())


# verbs whose participle is their base form: after "has" they are verbs ("has set up", "has run")
SAME_PARTICIPLE = frozenset("set put cut run come become hit let read shut spread cost hurt quit split".split())


# words that name the application itself ("a platform connecting tutors with students")
APPS = frozenset("app application platform site website system tool service marketplace portal network".split())


def _examples_after(tokens, tags, i):
    """'add extras like eggs or bread': after the object of an earlier verb, 'like' and bare words joined by
    'or' are examples of it, not a verb ('users like photos or videos' opens its sentence)."""
    return i >= 2 and tags[i - 2] in (VERB, DET) and w.is_plural(tokens[i - 1].text) and \
        i + 1 < len(tokens) and tokens[i + 1].text not in w.DETERMINERS and \
        any(x.text == "or" for x in tokens[i + 2:i + 4])


def irregular_participle(word):
    """'fought', 'held', 'sung': an irregular form WordNet lists for a verb, not its -s or -ing form (after
    'is'/'are' a participle)."""
    return word in lexicon.verbs()[1] and lexicon.verb_lemma(word) not in (None, word) and \
        not word.endswith(("s", "ing"))


def _verb_before_preposition(tokens, tags, i):
    """The clause's first verb between its subject noun and a preposition that opens a phrase: a base
    form after a plural ('volunteers help at performances'), an -s form after a singular ('the
    theatre puts on several productions')."""
    start = max((k + 1 for k in range(i) if tokens[k].text in (";", ":") or
                 (tokens[k].text in ("and", "but") and k and tokens[k - 1].text == ",")), default=0)
    if VERB in tags[start:] or AUX in tags[start:] or i + 2 >= len(tokens) or tokens[i + 1].text not in w.PREPOSITIONS \
            or tokens[i + 1].text == "of" or (i >= 2 and tags[i - 2] == PREP):
        return False                       # (each clause has its verb: "each gym has walls, and our setters put up …")
    j = i - 1
    while j >= start and tags[j] == NOUN:
        j -= 1
    if j >= start and tags[j] != DET:
        return False                       # the subject opens the clause ("…, treatment plans with a …": a list)
    third, fourth = tokens[i + 2].text, tokens[i + 3].text if i + 3 < len(tokens) else ""   # ("air in weekly slots")
    if not (third in w.DETERMINERS or third in w.QUANTIFIERS or tokens[i + 2].kind == "word" and w.is_plural(third)
            or fourth and w.is_plural(fourth) and (third.endswith("ly") or third in lexicon.adjectives())):
        return False
    t, lemma = tokens[i].text, lexicon.verb_lemma(tokens[i].text)
    if lemma == t and lexicon.only_verb(t):
        return True                        # "tasks with a due date and a priority belong to each project": a
        #                                    word WordNet knows only as a verb, after a list the subject has
    if w.is_plural(tokens[i - 1].text):
        return lemma == t and lexicon.verbs()[0].get(t, (0, 0))[0] > 0
    if j < start and not lexicon.mostly_verb(lemma or ""):
        return False                       # "Maintenance jobs on each boat with …": a bare singular is no subject
    return t.endswith("s") and lemma not in (None, t)


def _after_relative_clause(tokens, tags, comma):
    """Does the comma at ``comma`` close ', who …' / ', which …' after a plural noun (its verb comes next)?"""
    for j in range(comma - 1, 1, -1):
        if tokens[j].text in (",", ";", ":", "."):
            return False
        if tokens[j].text in ("who", "which") and tokens[j - 1].text == ",":
            return tags[j - 2] == NOUN and w.is_plural(tokens[j - 2].text)
    return False


def _in_noun_list(tokens, tags, i):
    """Is position i inside a list of things after a colon (no verb since the colon but in parentheses:
    'daily locations (where the truck parks each day), orders with …'), after a title's 'with'
    ('a laundry service with customers, pickup orders, bags …'), or from a plural that opens the sentence?"""
    colon = next((j for j in range(i - 1, -1, -1) if tokens[j].text == ":"), None)
    if colon is None:
        colon = next((j for j in range(1, min(i, 8)) if tokens[j].text == "with" and tags[j - 1] == NOUN
                      and all(tags[k] in (NOUN, ADJ, DET) for k in range(j))), None)
    if colon is None and tags[0] == NOUN and w.is_plural(tokens[0].text):
        colon = -1                         # "bikes (brand, model), parts w/ stock, repairs that …": no title
    if colon is None or colon > 8:
        return False
    return all(tags[j] in (NOUN, ADJ, DET, PREP, CONJ, "PUNCT") for j in outside_parentheses(tokens, colon + 1, i)
               if tokens[j].text != ")")


def _open_parenthesis(tokens, i):
    """Is position i inside a parenthesis opened before it ('cars (plate number, make, model)')?"""
    depth = 0
    for t in tokens[i - 1::-1]:
        depth += {")": 1, "(": -1}.get(t.text, 0)
        if depth < 0:
            return True
    return False


def outside_parentheses(tokens, start, end):
    """The positions from start to end that no parenthesis opened there encloses (a closing one is
    outside)."""
    depth, outside = 0, []
    for j in range(start, end):
        depth += {"(": 1, ")": -1}.get(tokens[j].text, 0)
        if depth == 0:
            outside.append(j)
    return outside


def relative_clause_closed(s, comma):
    """Does the comma at ``comma`` close a relative clause (', who …,') after a plural?"""
    return _after_relative_clause(s.tokens, s.tags, comma)


def _opens_clause(tokens, tags, k):
    """Does the noun at k end a run of nouns and adjectives that opens a clause ('production companies …')?"""
    j = k
    while j > 0 and tags[j - 1] in (NOUN, ADJ):
        j -= 1
    return j == 0 or tokens[j - 1].text in CLAUSE_OPENERS


# words a verb's base form follows ("to assign", "can assign")
_BEFORE_A_VERB = frozenset(("to", "can", "could", "will", "would", "should", "must", "may", "might"))


_CLOSING_PARTICLES = frozenset("in out up off back".split())
# verbs whose passive takes what was given as its object ("are assigned mentors", "are sent invoices")
_GIVING = frozenset("assign give send award offer grant allocate pay show tell teach lend sell issue".split())


def _particle_after_object(tokens, i):
    """Does a particle close the clause right after the words that follow i ('check attendees in', 'sign new
    members up')?"""
    j = i + 1
    while j < len(tokens) and tokens[j].kind == "word" and tokens[j].text not in _CLOSING_PARTICLES and j < i + 4:
        j += 1
    return i + 1 < j < len(tokens) and tokens[j].text in _CLOSING_PARTICLES and \
        (j + 1 == len(tokens) or tokens[j + 1].text in (",", ".", ";", "and"))


def _had_before(tokens, tags, i):
    """Is the noun run ending at i had or counted ('have many documents', 'has files'), not named with 'the'?"""
    k = i
    while k >= 0 and tags[k] in (NOUN, ADJ):
        k -= 1
    return k >= 0 and (tags[k] == QUANT or tokens[k].text in ("has", "have", "had", "with"))


def word_tag(tokens, tags, i):
    t = tokens[i].text
    if "-" in t and t.split("-", 1)[0] in w.QUANTIFIERS and (t.split("-", 1)[1] in unit_nouns() or
                                                             t.split("-", 1)[1] in lexicon.measure_nouns()):
        return ADJ                         # "two-hour sessions", "ten-week courses": how long, no kind of session
    if t == "place" and i and tokens[i - 1].text in ("take", "takes", "took", "taken", "taking"):
        return ADV                         # "takes place in one room": happens, no place named
    if t in w.DETERMINERS:
        return DET
    if t in w.PRONOUNS:
        return PRON
    if t in w.QUANTIFIERS and not (t.endswith("s") and i + 2 < len(tokens) and tokens[i + 1].text == "of" and
                                   tokens[i + 2].kind == "number") and \
            not (t == "lots" and (i + 1 == len(tokens) or tokens[i + 1].text != "of")):
        return QUANT                       # (but "lots of 25 wafers": so many to a lot, the lots are things; so are
        #                                    the "lots" no 'of' follows: "businesses donate lots")
    if t in w.PREPOSITIONS:
        if t in ("like", "likes") and i and (tags[i - 1] in (AUX, PRON) or w.is_plural(tokens[i - 1].text) or (
                tokens[i - 1].text in ("and", "or") and VERB in tags and i + 1 < len(tokens) and
                (w.is_plural(tokens[i + 1].text) or tokens[i + 1].text in w.DETERMINERS))) and \
                not (i + 1 < len(tokens) and tokens[i + 1].kind == "number") and not _examples_after(tokens, tags, i):
            return VERB                    # (not "we have like 12 cleaners": about twelve)
        return PREP
    if t in w.CONJUNCTIONS:
        return CONJ
    if t in ("needs", "need") and i >= 2 and tags[i - 1] in (NOUN, ADJ) and (
            i + 1 == len(tokens) or tokens[i + 1].text in (".", ",", ";", ")", "and", "or")) and \
            tokens[i - 2].text not in ("each", "every", "a", "an", "the", "which", "what", "this", "that"):
        return NOUN                        # "a breed and any medical needs": what the dog needs, a field (not
        #                                    "the puppets each show needs, with …")
    if t in ("do", "does", "did") and i and tags[i - 1] == NOUN and i + 1 < len(tokens) and \
            tokens[i + 1].kind == "word" and w.is_plural(tokens[i + 1].text) and tokens[i + 1].text not in w.AUXILIARIES:
        return VERB                        # "drivers do rounds", "contractors do repairs": what they do, kept
    if t in w.AUXILIARIES:
        return AUX
    if i and tokens[i - 1].text in ("is", "are", "was", "were", "be", "been") and irregular_participle(t) or \
            i and tokens[i - 1].text in ("get", "gets", "got") and tokens[i + 1:i + 2] and tokens[i + 1].text == "by" \
            and lexicon.verb_lemma(t) or irregular_participle(t) and tokens[i + 1:i + 2] and tokens[i + 1].text == "by" \
            and i + 2 < len(tokens) and tokens[i + 2].text in ("one", "a", "an", "the", "each", "several", "many"):
        return VERB                        # "bouts are fought between two boxers": an irregular participle;
        #                                    "routes get set by setters", "…, taught by one lecturer"
    if i and tokens[i - 1].text in ("and", "or") and t.endswith("s") and \
            (base := lexicon.verb_lemma(t)) not in (None, t) and lexicon.only_verb(base) and w.singular(t) == base:
        return VERB                        # "has a length in metres and belongs to one trail": no noun 'belong'
    if i and tags[i - 1] == NOUN and w.is_plural(tokens[i - 1].text) and t.endswith("s") and \
            (base := lexicon.verb_lemma(t)) not in (None, t) and w.singular(t) == base and (
                lexicon.only_verb(base) or one_of_before(tokens, i - 1)):
        return VERB                        # "drivers brings": a word WordNet has only as a verb is the noun's verb;
        #                                    "one of our porters carries each bag": the one's (no compound
        #                                    'porters carries')
    if i >= 3 and tokens[i - 1].text == "and" and lexicon.verb_lemma(t) == t and i + 1 < len(tokens) and \
            w.is_plural(tokens[i + 1].text) and w.singular(tokens[i + 1].text) in lexicon.person_nouns() and \
            any(tokens[j].text in ("we", "i", "they") and tags[j + 1] == VERB for j in range(max(0, i - 16), i - 2)):
        return VERB                        # "we log the mileage … and bill members monthly": our second verb, no
        #                                    'bill members'
    if t.endswith("'d") and len(t) > 3 and i and tokens[i - 1].text in w.SUBJECT_PRONOUNS:
        return VERB                        # "which events they RSVP'd to": a past form, written with an apostrophe
    if t in w.ADVERBS or t in lexicon.adverbs() or (t.endswith("ly") and len(t) > 4 and t not in NOT_ADVERBS
                          and lexicon.verb_lemma(t) is None):          # "apply", "multiply" are verbs
        return ADV
    if i and tokens[i - 1].text in ("date", "time", "day") and tags[i - 1] == NOUN and \
            (t.endswith("ed") and lexicon.verb_lemma(t) not in (None, t) or irregular_participle(t)) and \
            (i + 1 == len(tokens) or tokens[i + 1].text in (",", "and", "or", ".", ";", ")", "(")) and \
            (i < 2 or tokens[i - 2].text in (",", ":", "(", "and", "a", "the", "-")):
        return NOUN                        # "name, date joined and email": the date a member joined, a field
    if i and tags[i - 1] == NOUN and not t.endswith("ed") and participle_like(t) and (
            i + 1 == len(tokens) or tokens[i + 1].text in (",", "and", "or", ".", ";", ")")) and \
            w.singular(tokens[i - 1].text) in lexicon.person_nouns():
        return ADJ                         # "the doctor seen, …": which person (not "the distance driven")
    if t == "own" and i and (tags[i - 1] in (AUX, PRON) or tokens[i - 1].text in ("to", "that", "which") or (
            tags[i - 1] == NOUN and w.is_plural(tokens[i - 1].text))):
        return VERB                        # "owners can own several properties", "we own", "accounts that own
        #                                    vehicles" (not "its own")
    if t in w.FLAG_ADJECTIVES:
        return ADJ
    if t.endswith("ing") and lexicon.verb_lemma(t) is None and t in lexicon.adjectives() and \
            i + 1 < len(tokens) and tokens[i + 1].kind == "word" and w.is_plural(tokens[i + 1].text) and \
            tokens[i + 1].text != "ones":
        return ADJ                         # "weighs incoming drop-offs", "upcoming events": which ones, no
        #                                    verb "income" whose object they would be
    if i and tags[i - 1] == NOUN and (i + 1 == len(tokens) or tokens[i + 1].text in (",", ".", ";", ")") or
                                      tokens[i + 1].text in ("and", "or") and i + 2 < len(tokens) and
                                      lexicon.mostly_verb(tokens[i + 2].text)) and \
            t in lexicon.adjectives() and t not in w.FIELD_NOUNS and lexicon.verb_lemma(t) is None and \
            not w.is_plural(t) and tokens[i - 1].text not in w.FIELD_NOUNS and \
            (i >= 2 and tags[i - 2] in (VERB, PREP) or i >= 3 and tags[i - 2] == DET and tags[i - 3] in (VERB, PREP)):
        return ADV                         # "when I return a book late, …", "pay the invoice for my move
        #                                    online": how, not a kind of book (but "the fee due, …" is a field)
    if i and tags[i - 1] == NOUN and w.is_plural(tokens[i - 1].text) and t in lexicon.adjectives() and \
            not lexicon.filed_noun(t) and lexicon.verb_lemma(t) is None and i + 1 < len(tokens) and \
            tokens[i + 1].text in ("or", "and") and tokens[i + 2:i + 3] and tokens[i + 2].text in w.PREPOSITIONS:
        return ADV                         # "clients book appointments online or by phone": how (WordNet has
        #                                    'online' only as an adjective), no kind of appointment
    if i and tags[i - 1] == VERB and t in lexicon.adjectives() and not lexicon.filed_noun(t) and \
            lexicon.verb_lemma(t) is None and not w.is_plural(t) and \
            (i + 1 == len(tokens) or tokens[i + 1].kind != "word" or tags[i + 1:i + 2] == [PREP] or
             tokens[i + 1].text in w.PREPOSITIONS or tokens[i + 1].text in ("and", "or") and i + 2 < len(tokens) and
             lexicon.mostly_verb(tokens[i + 2].text)):   # ("order online and pay"; not "sells physical and digital …")
        return ADV                         # "visitors register online with a name", "members book online": how
    if i and tags[i - 1] == NOUN and tokens[i - 1].text in APPS and t.endswith("ing") and \
            lexicon.verb_lemma(t) not in (None, t) and i + 1 < len(tokens) and \
            tokens[i + 1].text in ("my", "our", "the", "all", "your", "their", "every", "each"):
        return VERB                        # "Home inventory app listing my rooms, …": what the app does
    if i == 1 and tags[0] == NOUN and t.endswith("s") and (i + 1 == len(tokens) or tokens[i + 1].text in
                                                           ("-", ":", "(", "\u2013", "\u2014")) and \
            w.singular(t) != t and lexicon.filed_noun(w.singular(t)):
        return NOUN                        # "Cemetery records - what we need", "Staff notes:": a title's compound
        #                                    (a verb's -s form would have its object)
    nxt_word = tokens[i + 1].text if i + 1 < len(tokens) else ""
    described = i + 2 < len(tokens) and tokens[i + 2].kind == "word" and w.is_plural(tokens[i + 2].text)
    if nxt_word in w.TYPE_NAME_WORDS and not described or (nxt_word == "as" and i + 2 < len(tokens) and (
            tokens[i + 2].text in w.TYPE_NAME_WORDS or (tokens[i + 2].text in ("a", "an") and i + 3 < len(tokens)
                                                        and tokens[i + 3].text in w.TYPE_NAME_WORDS | {"text"}))):
        return NOUN                        # "a loyalty points integer", "tags as a text array": a field and its type
    base = w.verb_base(t)
    prev_tag = tags[i - 1] if i else None
    prev = tokens[i - 1] if i else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev is not None and base is not None and t != base and t.endswith("s") and not lexicon.mostly_verb(base) and after is not None and \
            after.text in ("for", "about", "from", "to") and (
                prev.text in lexicon.adjectives() or prev.text == "," and
                any(x.text in _LISTING for x in tokens[:i])):
        return NOUN                        # "it holds a score, comments for the authors, confidential comments
        #                                    for the committee": items of a list, an adjective's noun
    if prev is not None and prev.text == "each" and i >= 2 and tokens[i - 2].text in (",", "(") and after is not None and \
            after.text in w.PREPOSITIONS and (participle_like(t) or irregular_participle(t)) and \
            lexicon.verb_lemma(t) not in (None, t):
        return VERB                        # "drones, each registered to one pilot": each one's participle
    if after is not None and after.text == "by" and participle_like(t) and lexicon.verb_lemma(t) not in (None, t) and \
            i + 2 < len(tokens) and tokens[i + 2].kind == "word":
        return VERB                        # "…, packed by one packer": a participle and its agent
    if prev_tag == NOUN and after is not None and after.text in _OWNERS and lexicon.verb_lemma(t) and \
            only_reduced_relatives(tokens, tags, clause_start(tokens, i), i):
        return VERB                        # "documents filed on a matter keep their title": no noun is followed
        #                                    by its owner's word ("send each team member their rota": a verb before)
    if prev_tag == NOUN and _verb_before_preposition(tokens, tags, i):
        return VERB                        # "actors audition for roles", "the theatre puts on several plays"
    if prev is not None and prev.text in ("and", "or") and i >= 2 and tags[i - 2] in (VERB, "PUNCT") and after is not None \
            and after.text in ("them", "it", "him", "her", "us", "me") and lexicon.verb_lemma(t):
        return VERB                        # "others rate and save them", "…, and closes it when fixed"
    if t in w.KEEPING_VERBS and (prev is None or prev.text in ("to", "-", ":", ",")) and after is not None and \
            after.kind == "word" and after.text not in w.PREPOSITIONS and after.text not in w.AUXILIARIES and \
            not (after.text in w.FIELD_NOUNS | w.LINE_FIELDS and (prev is None or prev.text != "to")):   # ("list price")
        return VERB                        # "track football matches …", "an app to log my runs"
    if prev is not None and prev.text in ("-", ":") and i >= 2 and lexicon.verb_lemma(t) == t and \
            after is not None and after.kind == "word" and (plural_object_at(tokens, i + 1) or after.text in w.DETERMINERS) and \
            (lexicon.mostly_verb(t) or tokens[i - 2].text in APPS and (
                i + 2 >= len(tokens) or tokens[i + 2].kind != "word" or tokens[i + 2].text in w.PREPOSITIONS or
                tokens[i + 2].text in ("and", "or"))):   # (not "Marina app: boat owners rent berths"; plural_object_at
        #                                    already refuses one of WordNet's compounds, 'shoe shops')
        return VERB                        # "recipe manager - save recipes with …", "farrier app - book visits …":
        #                                    what the app does
    if i == 1 and prev_tag == NOUN and w.is_plural(prev.text) and after is not None and \
            (after.kind == "number" or after.text in w.QUANTIFIERS or after.text in ("one", "a", "an", "the")) and \
            lexicon.verb_lemma(t) == t and lexicon.mostly_verb(t):
        return VERB                        # "customers rent 1 or more bikes", "tenants sign a lease"
    if (prev_tag == NOUN or prev_tag == ADJ and after is not None and w.is_plural(after.text)) and \
            after is not None and after.kind == "word" and after.text not in w.PREPOSITIONS and \
            lexicon.verb_lemma(t) == t and (lexicon.mostly_verb(t) or lexicon.only_verb(t)) and \
            i >= (start := clause_start(tokens, i)) + 4 and tokens[start + 1].text == "of" and tags[start] == NOUN and \
            w.is_plural(tokens[start].text) and VERB not in tags[start:] and AUX not in tags[start:]:   # (the clause's
        #                                    start sought only then: this runs for every word)
        return VERB                        # "members of our tool library rent equipment", "Swarms: members of
        #                                    the public report swarms": the plural's verb
    if prev is not None and prev.text in (",", "and") and VERB in tags and after is not None and after.kind == "word" and \
            (w.is_plural(after.text) or after.text in w.DETERMINERS) and lexicon.only_verb(t):
        return VERB                        # "book appointments with a groomer, choose services, …": the next act
    if prev is not None and prev.text in (",", "and") and after is not None and after.kind == "word" and \
            (w.is_plural(after.text) or after.text in w.DETERMINERS) and lexicon.verb_lemma(t) == t and \
            infinitive_before(tokens, tags, i) and not lexicon.compound_noun(t, w.singular(after.text)):
        return VERB                        # "a website to rate films and review actors": the next thing it is for
    if prev is not None and prev.text == "," and after is not None and w.is_plural(after.text) and \
            same_acts_before(tokens, tags, i) and lexicon.verb_lemma(t) == t and lexicon.verbs()[0].get(t, (0,))[0] > 0 \
            and not lexicon.compound_noun(t, w.singular(after.text)):
        return VERB                        # "customers register products by serial number, file claims with …"
    verbal = lexicon.verb_lemma(t) == t and lexicon.verbs()[0].get(t, (0, 0))[0] > 0   # a verb's base form
    if i == 0 and verbal and after is not None and after.text in ("me", "us") and lexicon.mostly_verb(t):
        return VERB                        # "Build me a schema for a food truck": an imperative
    if verbal and after is not None and after.kind == "word" and (w.is_plural(after.text) or after.text in w.DETERMINERS):
        if i == 0 and after.text in w.DETERMINERS and (lexicon.mostly_verb(t) or t in w.KEEPING_VERBS):
            return VERB                    # "Build a system for …", "Track which employees …": an imperative
        if prev is not None and prev.text == "to" and i >= 3 and tags[i - 2] == NOUN and \
                (not w.is_plural(tokens[i - 2].text) and tags[i - 3] in (DET, ADJ, NOUN) or
                 w.singular(tokens[i - 2].text) in lexicon.person_nouns() and tokens[i - 3].text == "for"):
            return VERB                    # "a dental clinic to schedule appointments": what it is for ("an app
            #                                for students to rent bikes": what they do with it)
        if prev_tag == NOUN and w.is_plural(prev.text) and VERB not in tags and AUX not in tags and (
                lexicon.mostly_verb(t) and w.is_plural(after.text) or
                w.singular(prev.text) in lexicon.person_nouns() and lexicon.verb_lemma(t) == t):
            return VERB                    # "… where dog owners find sitters": the plural's verb; "managers draft
            #                                players": people's, with a word that can be a verb (no compound holds
            #                                a plural of people first)
        if prev_tag == NOUN and w.is_plural(prev.text) and i >= 2 and tokens[i - 2].text in ("and", ",") and \
                VERB in tags and w.is_plural(after.text) and not w.is_plural(t) and (
                    i < 3 or tags[i - 3] in (VERB, NOUN, "PUNCT") or tokens[i - 3].kind == "punct"):
            return VERB                    # "…, candidates apply with a CV and recruiters schedule interviews"
        if prev is not None and prev.text == "," and _after_relative_clause(tokens, tags, i - 1):
            return VERB                    # "Our walkers, who each have a phone number, take dogs out"
        if prev is not None and prev.text == "," and w.is_plural(after.text) and VERB in tags:
            v = max(j for j, g in enumerate(tags) if g == VERB)
            if v + 1 < i - 1 and tags[v + 1] == NOUN and w.is_plural(tokens[v + 1].text) and tokens[v + 2].text == "," \
                    and i - 1 == v + 2:
                return VERB                # "find sitters, book stays and leave reviews": verbs alike (not
                #                            "track customers, their bikes, repair jobs": a list of things)
    if t.endswith("ing") and prev is not None and prev.text == "," and after is not None and after.kind == "word" and \
            (w.is_plural(after.text) or after.text in w.DETERMINERS or w.field_word(after.text)) and \
            lexicon.verb_lemma(t) not in (None, t) and not (i >= 2 and w.field_word(tokens[i - 2].text)) and \
            (t not in w.NOUN_FORMS or after.text in ("its", "their", "his", "her")) and VERB in tags and \
            ":" not in (x.text for x in tokens[:i]):
        return VERB                        # "take orders for a table, adding dishes from the menu", "track
        #                                    sales, including quantity in tonnes", "…, recording its weight" (not
        #                                    "Branches: name, address,
        #                                    opening hours", "see each branch's address, opening hours and …")
    if t.endswith("ing") and prev is not None and prev.text == "for" and i >= 2 and tokens[i - 2].text in APPS and \
            lexicon.verb_lemma(t) and object_run(tokens, i + 1) and \
            not compound(t, tokens[i + 1].text):
        return VERB                        # "an app for booking tennis courts" (not "… for parking spaces")
    if t.endswith("ing") and prev_tag == NOUN and prev.text in APPS and after is not None and \
            after.kind == "word" and w.is_plural(after.text) and lexicon.verb_lemma(t):
        return VERB                        # "a platform connecting tutors with students"
    if t.endswith("ing") and prev_tag == NOUN and not w.is_plural(prev.text) and i >= 2 and \
            tokens[i - 2].text in ("a", "an", "each", "every", "any") and after is not None and \
            after.text in ("a", "an", "the", "one", "their", "his", "her") and lexicon.verb_lemma(t):
        return VERB                        # "a person booking a vaccination gives …": a participle, no compound
    if t.endswith("ing") and prev_tag == NOUN and w.is_plural(prev.text) and after is not None and \
            after.text in ("to", "by") and lexicon.only_verb(lexicon.verb_lemma(t) or ""):
        return VERB                        # "pets belonging to owners": a participle, no compound
    if t.endswith("ing") and prev_tag == NOUN and w.is_plural(prev.text) and after is not None and \
            after.kind == "word" and (w.is_plural(after.text) or after.text in lexicon.adjectives() and
                                      i + 2 < len(tokens) and tokens[i + 2].kind == "word" and
                                      tokens[i + 2].text not in w.FUNCTION_WORDS) and \
            t not in w.NOUN_FORMS and lexicon.mostly_verb(lexicon.verb_lemma(t) or ""):
        return VERB                        # "accounts holding shares", "sessions teaching basic repairs": who does
        #                                    what, no compound
    if base is None:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if prev is not None and prev.text in ("is", "are", "was", "were", "be", "been") and (participle_like(t) and
                                                                                  lexicon.verb_lemma(t) not in (None, t) or
                                                                                  t in SAME_PARTICIPLE and nxt is not None and
                                                                                  nxt.text in w.PARTICLES | w.PREPOSITIONS):
            return VERB                    # "the exhibitions where they are shown", "pallets are put away into …"
        if prev is not None and (prev.text == "who" or i >= 2 and tokens[i - 2].text == "which" and
                                 w.is_plural(prev.text)) and t in lexicon.verbs()[1] and t not in lexicon.verbs()[0]:
            return VERB                    # "we mark who came", "which singers came": an irregular past, no noun
        if prev_tag in (AUX, PRON) and t.endswith("ed") or prev is not None and prev.text in ("is", "are", "be", "been") \
                and nxt is not None and nxt.text in w.PREPOSITIONS and lexicon.verb_lemma(t) == t and lexicon.mostly_verb(t):
            return VERB                    # ("actors are cast in plays": a participle like its base)
        if prev is not None and prev.text == ")" and lexicon.verb_lemma(t) in (t, w.singular(t)) and nxt is not None \
                and nxt.kind == "word" and (w.is_plural(nxt.text) or nxt.text in w.DETERMINERS) and \
                w.is_plural(tokens[after_open(tokens, i - 1) - 1].text if after_open(tokens, i - 1) > 0 else ""):
            return VERB                    # "walkers (name, phone) walk dogs": the list closed, the verb

        if prev is not None and (prev.text in w.MODALS or prev.text in ("not", "never") and i >= 2 and
                                 tokens[i - 2].text in w.MODALS and lexicon.verb_lemma(t) is not None):
            return VERB                    # "events they can RSVP to": after a modal comes a verb (also "could
            #                                not answer")
        if prev is not None and (prev.text == "who" or (prev.text in ("that", "which") and i >= 2 and (
                tags[i - 2] == NOUN or tokens[i - 2].text == ")"))) \
                and lexicon.verb_lemma(t) in (t, w.verb_base(t) or t, w.singular(t)) and \
                lexicon.verb_lemma(t) is not None and \
                (prev.text == "who" or   # (no noun follows "who": "volunteers who walk fixed transects")
                 nxt is None or nxt.kind != "word" or nxt.text in w.PRONOUNS or nxt.text in w.DETERMINERS or
                 nxt.text in w.QUANTIFIERS or w.is_plural(nxt.text) or nxt.text in w.PREPOSITIONS or
                 w.verb_base(t) not in (None, t) and t.endswith("s") or   # ("a subscription that renews every month")
                 prev.text == "that" and i + 2 < len(tokens) and w.is_plural(tokens[i + 2].text) and
                 (lexicon.verb_lemma(nxt.text) not in (None, nxt.text) or nxt.text in lexicon.adjectives())):
            #                                     ("… that repairs donated bicycles", "washes incoming garments")
            return VERB                    # "the skippers who sail them", "guides that lead tours"
        if prev is not None and ((lexicon.verb_lemma(t) is not None and prev.text in w.SUBJECT_PRONOUNS and (
                t == lexicon.verb_lemma(t) or not w.is_plural(t))) or (
                prev.text == "to" and i >= 2 and tokens[i - 2].text in w.INFINITIVE_TAKERS and
                not t.endswith("s"))):
            return VERB                    # "we build pumps", "I want to save addresses", "… to upvote reports"
        if prev_tag == NOUN and nxt is not None and (nxt.text in w.DETERMINERS or nxt.text in w.QUANTIFIERS):
            if t.endswith("ed") or (w.is_plural(prev.text) and not w.is_plural(t) and (
                    lexicon.verb_lemma(t) is not None or nxt.text not in ("that", "which"))) or \
                    (not w.is_plural(prev.text) and t.endswith("s") and lexicon.verb_lemma(t) not in (None, t)
                     and nxt.text not in ("such", "which", "what", "whose") and not (i >= 2 and tags[i - 2] == PREP)
                     and not (nxt.text == "that" and i >= 2 and tokens[i - 2].text in ("and", ","))):   # ("…, and
                #                                            repair jobs that use parts": a list's last item)
                return VERB                # "which member borrowed which copy", "members borrow the books",
                #                            "each work order states a due date"
        if nxt is not None and (nxt.text in w.DETERMINERS or nxt.text in w.QUANTIFIERS) and \
                nxt.text not in ("such", "which", "what", "whose", "that") and t.endswith("s") and \
                lexicon.verb_lemma(t) not in (None, t) and singular_head_before(tokens, tags, i):
            return VERB                    # "a panel of evaluators scores every bid", "an applicant, usually a
            #                                company, names one or more inventors": the head's verb
        if prev_tag == NOUN and i >= 2 and (tags[i - 2] == DET and tokens[i - 2].text not in _OWNING or
                                            i >= 3 and tags[i - 2] == NOUN and not w.is_plural(tokens[i - 2].text) and
                                            tokens[i - 3].text in ("each", "every")) and \
                not w.is_plural(prev.text) and t.endswith("s") \
                and nxt is not None and nxt.kind == "word" and (w.is_plural(nxt.text) or (
                    nxt.text in w.PREPOSITIONS and nxt.text != "of") or (
                    i + 2 < len(tokens) and tokens[i + 2].kind == "word" and w.is_plural(tokens[i + 2].text) and
                    lexicon.verb_lemma(nxt.text) is None and nxt.text not in w.PREPOSITIONS)) and \
                lexicon.verb_lemma(t) not in (None, t):
            return VERB                    # "the firm handles cases", "each course meets in one room",
            #                                "an examiner issues office actions", "each test run produces readings"
        if prev is not None and prev.text in ("and", "or") and t.endswith("s") and (VERB in tags or AUX in tags) \
                and nxt is not None and (nxt.text in w.DETERMINERS or nxt.text in w.QUANTIFIERS or
                                         nxt.text in ("them", "it")) \
                and lexicon.verb_lemma(t) != t:
            return VERB                    # "a work order is issued for a part and states the quantity", "…
            #                                repairs bicycles and sells them"
        if prev_tag == NOUN and nxt is not None and nxt.text in w.PREPOSITIONS and not t.endswith("s") and \
                lexicon.verb_lemma(t) not in (None, t) and not ing_compound(tokens, i):
            return VERB                    # "the short name shown on the vehicle", "books written by …"
        if prev_tag == NOUN and w.is_plural(prev.text) and (i == 1 or tokens[i - 2].text in CLAUSE_OPENERS or
                                                          time_ends_at(tokens, i - 2) or tokens[i - 2].text == ":" or
                                                          tokens[i - 2].text == "," and (VERB in tags[:i - 2] or
                                                                                         AUX in tags[:i - 2])) and \
                nxt is not None and \
                nxt.kind == "word" and not w.is_plural(t) and (w.is_plural(nxt.text) or (
                    lexicon.verb_lemma(t) == t and i + 2 < len(tokens) and tokens[i + 2].kind == "word" and
                    w.is_plural(tokens[i + 2].text) and nxt.text not in w.PREPOSITIONS)):
            return VERB                    # "Members borrow books", "tenants file maintenance requests",
            #                                "the races where horses win prizes", "each pattern has a needle
            #                                size, knitters save favourite patterns": a clause after a clause
        if prev_tag == NOUN and w.is_plural(prev.text) and _opens_clause(tokens, tags, i - 1) and \
                lexicon.verb_lemma(t) == t and lexicon.mostly_verb(t) and nxt is not None and nxt.kind == "word" and \
                nxt.text not in w.PREPOSITIONS and not w.is_plural(t):
            return VERB                    # "(Production) studios rent equipment": a plural names no compound's
            #                                first word, and a word said mostly as a verb is the verb (not "sales tax")
        if prev_tag == NOUN and w.is_plural(prev.text) and (i == 1 or tokens[i - 2].text in CLAUSE_OPENERS) and \
                lexicon.verb_lemma(t) == t and nxt is not None and nxt.kind == "word" and \
                nxt.text not in w.PREPOSITIONS and nxt.text not in w.DETERMINERS and not w.is_plural(nxt.text) and \
                lexicon.verb_lemma(nxt.text) != nxt.text and i + 2 < len(tokens) and \
                tokens[i + 2].text in ("to", "for", "from", "into", "onto", "towards"):
            return VERB                    # "Backers pledge money to campaigns": a plural names no compound's
            #                                first word, and the mass noun goes somewhere
        if prev_tag == NOUN and i >= 2 and tokens[i - 2].text in ("which", "what") and t.endswith("ed") and \
                lexicon.verb_lemma(t) not in (None, t) and (nxt is None or nxt.kind != "word" or nxt.text in
                                                            w.PREPOSITIONS or nxt.text in ("it", "them", "one")):
            return VERB                    # "which player scored it", "which volunteer handed it out"
        if prev is not None and prev.text in ("and", "or") and VERB in tags and nxt is not None and \
                (lexicon.verb_lemma(t) == t or lexicon.verb_lemma(t) is None and i >= 2 and tags[i - 2] == VERB and
                 not lexicon.filed_noun(t)) and (nxt.text in ("its", "their", "his", "her", "my", "our", "your") or (
                    (nxt.text in ("a", "an", "the", "each", "every") or
                     w.is_plural(nxt.text) and lexicon.mostly_verb(t)) and any(
                        tokens[j].text in _BEFORE_A_VERB and tags[j + 1] == VERB for j in range(i - 1))) or
                    nxt.text in ("a", "an", "the", "each", "every") and any(
                        tags[j] == VERB and lexicon.verb_lemma(tokens[j].text) == tokens[j].text and
                        w.is_plural(tokens[j - 1].text) for j in range(1, i - 1))):
            #                                ("inspectors visit sites and note the weather": a plural's present, then
            #                                 a second one with its object)
            return VERB                    # "vets examine an animal and note its weight": no noun before "its";
            #                                "I want to assign each issue … and set a priority", "I can assign
            #                                each request … and set a priority", "I can create a team and add
            #                                players": the infinitives
        if prev is not None and prev.text == "and" and i >= 3 and tags[i - 2] == NOUN and w.is_plural(tokens[i - 2].text) \
                and tags[i - 3] == VERB and lexicon.verb_lemma(t) == t and plural_object_at(tokens, i + 1) and \
                any(tokens[j].text in _BEFORE_A_VERB and tags[j + 1] == VERB for j in range(i - 2)):
            return VERB                    # "I can shortlist applicants and schedule interviews", "… reject
            #                                applications and schedule home visits": a second verb and its object
        if prev is not None and prev.text == "and" and i >= 2 and tokens[i - 2].text == "," and t.endswith("ed") and \
                lexicon.verb_lemma(t) not in (None, t) and nxt is not None and w.is_plural(nxt.text) and \
                i + 3 < len(tokens) and lexicon.verb_lemma(tokens[i + 2].text) == tokens[i + 2].text and \
                w.is_plural(tokens[i + 3].text):
            return ADJ                     # "…, and accepted reports earn payouts": which reports, then their verb
        if prev is not None and prev.text in ("and", "or") and i >= 2 and tags[i - 2] == VERB and \
                lexicon.verb_lemma(t) == t and lexicon.verb_lemma(tokens[i - 2].text) == tokens[i - 2].text and \
                nxt is not None and nxt.kind == "word" and nxt.text not in w.PREPOSITIONS:
            return VERB                    # "approve or decline booking requests": two verbs of one object
        if prev is not None and prev.text == "and" and VERB in tags[:i] and lexicon.verb_lemma(t) == t and \
                nxt is not None and (nxt.text in COUNT_WORDS or nxt.kind == "number") and \
                plural_after_count(tokens, i + 1):
            return VERB                    # "volunteers join the club and coach one or more teams": no noun
            #                                is followed by a count of others
        if prev_tag == NOUN and w.is_plural(prev.text) and not w.field_word(prev.text) and t.endswith("ed") and \
                lexicon.verb_lemma(t) not in (None, t) and (nxt is None or nxt.text in (",", ".", ";", ")", "and")) \
                and _had_before(tokens, tags, i - 1):
            return VERB                    # "claims can have many documents attached": which ones, no compound
            #                                (not "…, and the points awarded": a field of one record)
        if prev is not None and prev.text in (":", "-") and t.endswith("ed") and lexicon.verb_lemma(t) not in (None, t) \
                and nxt is not None and nxt.text in w.PREPOSITIONS and i + 2 < len(tokens) and \
                tokens[i + 2].text in ("a", "an", "one", "each", "the"):
            return VERB                    # "- Prescriptions: issued at an appointment; …": a participle, then what
        if prev is not None and prev.text == "to" and lexicon.verb_lemma(t) == t and _particle_after_object(tokens, i):
            return VERB                    # "… to check attendees in": a phrasal verb around its object
        if prev_tag in (DET, QUANT) and t.endswith("ed") and lexicon.verb_lemma(t) not in (None, t) and \
                nxt is not None and nxt.kind == "word" and w.is_plural(nxt.text) and \
                w.singular(nxt.text) in lexicon.thing_nouns():
            return ADJ                     # "inspects the repaired bikes": which bikes (as "returned orders"; but
            #                                "record the agreed actions": a field so named)
        return NOUN
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev is not None and nxt is not None and (nxt.text in (",", "and") or nxt.text == ")" and prev.text == ",") and (
            prev.text in ("need", "needs", ":", "-", "(") or (
                prev.text == "," and (any(x.text in ("has", "have", "with", ":") for x in tokens[max(0, i - 12):i]) or
                                      _open_parenthesis(tokens, i)))):
        return NOUN                        # (and "trucks have a VIN, plate, make, model": an item of the list)                        # "for a car I need make, model, year", "Vehicles: Make, Model",
        #                                    "activities (calls, emails, meetings)": a list
    if prev_tag == AUX and t != base and t.endswith("s") and not t.endswith("ss") and w.is_plural(t):
        return NOUN                        # "shows have hosts and episodes": no verb takes -s after "have"
    if prev is not None and prev.text in ("has", "have") and (t == base and t not in SAME_PARTICIPLE or
                                                          t.endswith("ing")) and \
            nxt is not None and (nxt.kind == "word" or nxt.text == ","):
        return NOUN                        # "a request has start and end dates", "a shop has opening hours": no
        #                                    bare verb and no -ing form of one after "has"
    if prev is not None and prev.text in ("be", "is", "are", "was", "were", "been") and t.endswith("ed") and \
            nxt is not None and nxt.kind == "word" and w.is_plural(nxt.text) and \
            w.singular(nxt.text) in lexicon.person_nouns() and base not in _GIVING:
        return ADJ                         # "drivers must be registered customers": which customers (not "are
        #                                    assigned mentors": given them)
    if prev_tag in (AUX, PRON, ADV) or (prev is not None and prev.text in ("to", "who", "that")
                                        and t == base):
        return VERB
    if prev is not None and prev.text in ("that", "which", "who") and t != base and t.endswith("s") and i >= 2 and \
            lexicon.verb_lemma(t) == base and (tokens[i - 2].text == ")" or tags[i - 2] == NOUN and nxt is not None and (
                w.is_plural(nxt.text) or nxt.text in w.DETERMINERS or nxt.text in w.QUANTIFIERS or
                lexicon.only_verb(base) or i + 2 < len(tokens) and w.is_plural(tokens[i + 2].text))):
        return VERB                        # "a subscription (basic or premium) that renews every month", "a card
        #                                    per customer that collects stamps", "a centre that weighs incoming
        #                                    drop-offs" (no noun "weigh"; a modifier before the plural)
    if prev_tag in (DET, PREP) and t.endswith("ed") and lexicon.verb_lemma(t) not in (None, t) and nxt is not None \
            and nxt.kind == "word" and w.is_plural(nxt.text) and lexicon.verb_lemma(nxt.text) != nxt.text:
        return ADJ                         # "refunds are issued against returned orders": which orders
    if prev_tag in (DET, QUANT, ADJ, "NUMBER", PREP, VERB) or (prev is not None and prev.text == "'s"):
        return NOUN
    if t.endswith("ing") and nxt is not None and (nxt.text in w.DETERMINERS or nxt.text in w.PRONOUNS):
        return VERB                        # "a movement saying which object moved"
    if nxt is not None and nxt.text in (":", "per", "of", "(") and not (
            prev_tag == NOUN and t != base and (t.endswith("ed") or t in w.IRREGULAR_VERBS)) and not (
            nxt.text == "of" and prev_tag == NOUN and lexicon.only_verb(base)):   # ("concerts consist of pieces")
        return NOUN                        # "harvests: ...", "rate per hectare" (not "courses made of lessons")
    if prev is not None and prev.text == ")" and (t == base or t.endswith("s")):
        return VERB                        # "freezers (name, ...) hold boxes"
    if prev_tag == NOUN:
        if t.endswith("ed") or t in w.IRREGULAR_VERBS or t != base and not t.endswith(("s", "ing")) and \
                lexicon.verb_lemma(t) not in (None, t) and i >= 2 and tokens[i - 2].text in ("a", "an", "the", "each") \
                and not w.field_word(prev.text) and w.singular(prev.text) not in lexicon.measure_nouns():
            return VERB                    # ("which song a singer sang": a past form WordNet knows, after a
            #                                subject; not "date withdrawn", "the hours spent": a field's words)
        if w.is_plural(prev.text) and t == base:
            return NOUN if i >= 2 and tokens[i - 2].text in ("a", "an") else VERB   # ("a servings count")
        if not w.is_plural(prev.text) and t != base and t.endswith("s"):
            if i == 1 and nxt is None and not lexicon.mostly_verb(base):
                return NOUN                # "Orchard records", "Farm notes": a title of two nouns, no clause
            before = tokens[i - 2].text if i >= 2 else None
            ends = nxt is None or nxt.kind != "word" or nxt.text in w.CONJUNCTIONS
            if nxt is not None and (nxt.text in w.AUXILIARIES or nxt.text in w.MODALS or nxt.text in ("have", "need")):
                return NOUN                # "Work orders have a due date", "gas meters are read monthly"
            run = i - 1
            while run > 0 and tags[run - 1] in (NOUN, ADJ) and tokens[run - 1].kind == "word":
                run -= 1                   # ("a bakery takes custom cake orders with …": the object's head)
            if i >= 2 and tags[i - 2] == PREP and nxt is not None and nxt.text in ("a", "an", "each", "every") and \
                    VERB not in tags[:i] and AUX not in tags[:i] and lexicon.verb_lemma(t) not in (None, t):
                return VERB                # "the officer in charge writes a report": a verb, and its object
            if run > 0 and tokens[run - 1].text in ("each", "every") and not ends and nxt.text in ("the", "a", "an"):
                return VERB                # "each race entry records the jockey": 'each' takes one head, not an -s
            if 1 < run < i - 1 and tokens[run - 2].text in ("and", ",", ";", "but") and tags[run - 1] == DET and \
                    nxt is not None and nxt.text in ("a", "an", "each", "every", "all", "one") and \
                    lexicon.verb_lemma(t) == base:
                return VERB                # "…, and the harbour master logs every time …": a clause of its own
            if (i >= 2 and tags[i - 2] in (VERB, PREP)) or (before in _OWNING and (ends or nxt.text in w.PREPOSITIONS)) \
                    or (run < i - 1 and run > 0 and tags[run - 1] in (VERB, DET) and VERB in tags[:run]) \
                    or before in (",", ":") and ends and _in_noun_list(tokens, tags, i) \
                    or (before in ("the", "a", "an", "any", "some", "all") and i >= 3 and tags[i - 3] in (VERB, PREP) and
                        nxt is not None and nxt.text in w.PREPOSITIONS) \
                    or ((before in ("the", "any", "some", "all", "no", "other") or tags[i - 2] in (QUANT, "NUMBER")) and
                        (ends or nxt.text in ("they", "we", "i", "you", "he", "she") and not (
                            i >= 3 and tokens[i - 3].text in ("when", "whenever", "once", "after", "before", "if",
                                                               "until", "while")))):   # ("any special requests",
                #                            "on several reading lists", "the XP points they have earned")
                return NOUN                # "track gas meters", "at collection points", "from our gas meters",
                #                            "electricity and gas meters", "studio: …, term passes and payments"
            if i >= 2 and tags[i - 2] == QUANT and tokens[i - 2].text not in ("each", "one", "every") and \
                    nxt.text in w.PREPOSITIONS and \
                    nxt.text not in ("to", "like"):
                return NOUN                # "file one or more damage reports against the rental": a counted compound
            if i == 1 and nxt is not None and nxt.text in ("with", "(", ":", "per", "on", "for") and \
                    not lexicon.mostly_verb(base) and w.is_plural(t):
                return NOUN                # "Maintenance jobs with a description, …": a heading's plural
            return VERB                    # "each customer orders a pizza", "the customer orders from …"
        return NOUN
    # start of a sentence or clause
    if prev is not None and prev.text == "and" and t.endswith("s") and nxt is not None and nxt.kind == "word" and \
            (w.is_plural(nxt.text) or nxt.text in w.DETERMINERS) and lexicon.verb_lemma(t) not in (None, t) and \
            any(tags[j] == AUX and tokens[j].text in ("is", "was") and tags[j + 1] == VERB for j in range(i - 1)):
        return VERB                        # "a prescription is written by a vet … and lists medicines"
    if participle_like(t) and nxt is not None and nxt.kind == "word" and w.is_plural(nxt.text) and \
            i + 2 < len(tokens) and tokens[i + 2].kind == "word" and lexicon.verb_lemma(t) not in (None, t) and \
            (i == 0 or prev.text in ("and", "or", ",") and all(
                g == NOUN and w.is_plural(x.text) or x.text in ("and", "or", ",") for x, g in zip(tokens[:i], tags))):
        return ADJ                         # "Qualified translators have a name", "chaplains and trained volunteers
    #                                        visit patients": which ones, no verb
    if prev is not None and prev.text in ("and", ",", "or") and t.endswith("s") and \
            (nxt is None or nxt.kind != "word") and any(x.text in ("has", "have", "with") for x in tokens[:i]):
        return NOUN                        # "questions have a text and points": the list's last item
    if prev is not None and prev.text == "," and t.endswith("s") and nxt is not None and \
            (nxt.text in w.PREPOSITIONS or nxt.text in w.DETERMINERS or nxt.text == "place") and \
            AUX in tags[:i] and lexicon.verb_lemma(t) not in (None, t) and \
            not w.is_plural(next((x.text for x, g in zip(tokens, tags) if g == NOUN), "s")):
        return VERB                        # "each session has a title, takes place in one room": one subject
    if prev is not None and prev.text in ("and", "or") and nxt is not None and nxt.kind == "word" and \
            (w.is_plural(nxt.text) or nxt.text in w.DETERMINERS) and lexicon.verb_lemma(t) == t and any(
                (tokens[j].text in w.MODALS or tags[j] == AUX) and tags[j + 1] == VERB
                for j in range(max(0, i - 8), i - 2)):
        return VERB                    # "listeners can subscribe to shows and download episodes"
    if prev is not None and prev.text in ("and", "or", ",") and t.endswith("ed") and nxt is not None and \
            nxt.text in w.WHEN_FIELDS and (i + 2 >= len(tokens) or tokens[i + 2].kind != "word" or
                                          tokens[i + 2].text in ("and", "or")):
        return NOUN                        # "a due date and returned date": a field named by its event
    if prev is not None and prev.text in ("and", "or") and t != base and t.endswith("s") and any(
            g == VERB and tokens[j].text.endswith("s") and w.verb_base(tokens[j].text)
            for j, g in enumerate(tags[:i - 1])):
        return VERB                        # "a vet examines a pet and writes notes": two verbs alike
    if prev is not None and prev.text == "and" and i >= 2 and tokens[i - 2].text == "," and t != base and \
            t.endswith("s") and nxt is not None and w.is_plural(nxt.text) and AUX in tags[:i] and \
            lexicon.verb_lemma(t) == base and lexicon.mostly_verb(base):
        return VERB                        # "a playlist has a name, is public or private, and contains songs"
    if prev is not None and prev.text in ("and", "or", ",") and t != base and t.endswith("s") and \
            tokens[0].text in w.SUBJECT_PRONOUNS:
        return NOUN                        # "we track issues, and comments on issues": no verb agrees with "we"
    if prev is not None and prev.text in ("and", "plus", ",") and i >= 2 and tokens[i - 2].text == "," and \
            t != base and w.is_plural(t) and (nxt is None or nxt.text in ("(", ",") or nxt.text in w.PREPOSITIONS) and \
            any(x.text in (":", "-") for x in tokens[1:min(i, 8)]):
        return NOUN                        # "garden planner - beds, …, and harvests with weights": a title's list
    if prev is not None and prev.text in ("and", "or", ",") and i >= 2 and tags[i - 2] == NOUN and \
            w.is_plural(tokens[i - 2].text) and t != base and VERB not in tags:
        return NOUN                        # "a site with users and posts": one more thing in a list
    if prev is not None and prev.text == "and" and i >= 3 and tags[i - 2] == NOUN and t == base and \
            nxt is not None and nxt.kind in ("word", "number") and plural_after_count(tokens, i + 1) and \
            w.singular(nxt.text) not in w.WHEN_FIELDS and \
            any(tokens[j].text in ("the", "a", "an", "our", "my", "their") for j in range(max(0, i - 4), i - 1)) and \
            any(g == VERB and lexicon.verb_lemma(x.text) == x.text for x, g in zip(tokens[:i - 2], tags)) and \
            ":" not in (x.text for x in tokens[:i]):
        return VERB                        # "members register with the club and book courts": the subject's second
        #                                    verb (no "the club and book courts" shares its head)
        #                                    ("… and coach one or more teams": after a count too; not "the
        #                                    start and end times": two of a field)
    if prev is not None and prev.text in ("and", "or") and t == base and nxt is not None and nxt.kind == "word" and \
            w.is_plural(nxt.text) and w.verb_base(nxt.text) is None and not lexicon.only_verb(t) and \
            (i + 2 >= len(tokens) or tokens[i + 2].kind != "word") and not (
                tags[i - 2] == VERB and lexicon.verb_lemma(tokens[i - 2].text) == tokens[i - 2].text and
                lexicon.verb_lemma(t) == t):     # (not "users rate and review films": two verbs of one object)
        return NOUN                        # "…, orders (…), and order items.": a compound closing a list
    if prev is not None and prev.text in ("and", "or") and t == base and i >= 2 and tags[i - 2] == NOUN and \
            tokens[i - 2].text == w.verb_base(tokens[i - 2].text) and i >= 3 and tags[i - 3] == DET and \
            nxt is not None and nxt.kind == "word" and nxt.text not in w.DETERMINERS and nxt.text not in w.PRONOUNS \
            and nxt.text not in w.PREPOSITIONS and (i + 2 >= len(tokens) or tokens[i + 2].kind != "word"):
        return NOUN                        # "every buy and sell trade": two kinds of one thing
    if prev is not None and prev.text == "and" and t.endswith("s") and nxt is not None and \
            w.is_plural(nxt.text) and lexicon.verb_lemma(t) not in (None, t) and VERB in tags and \
            tokens[max(j for j, g in enumerate(tags) if g == VERB)].text.endswith("s") and \
            lexicon.verb_lemma(nxt.text) != nxt.text:
        return VERB                    # "… that washes garments by fabric and pays drivers": the same
        #                                subject's second verb, in the same form
    if nxt is None and prev is not None and prev.text in ("and", "or", ",") and i >= 2 and tags[i - 2] == NOUN and \
            any(x.text in _LISTING or x.text == ":" for x in tokens[:i - 2]) and not lexicon.only_verb(t):
        return NOUN                        # "… with their weight and label": a list's last field, no verb
    if nxt is None:
        return NOUN if prev is None and t != base else VERB   # "Invoices." heads a paragraph
    if i == 0 and t != base and w.is_plural(t) and nxt.text in w.PREPOSITIONS and nxt.text != "to" and any(
            x.text in ("have", "are", "can", "must", "may", "belong", "hold", "contain", "carry")
            for x in tokens[i + 2:i + 9]):
        return NOUN                        # "Records inside a box have a title": no sentence opens on "-s" verbs
    if i == 0 and t != base and w.is_plural(t) and nxt.text in w.PREPOSITIONS and label_before_colon(tokens, i + 2):
        return NOUN                        # "tracks on an album: title, …": a label, no clause before its colon
    if prev is not None and prev.text in ("and", "or") and i >= 2 and tags[i - 2] == NOUN and \
            w.singular(nxt.text) in w.WHEN_FIELDS and (i + 2 >= len(tokens) or tokens[i + 2].kind != "word" or
                                                       tokens[i + 2].text in ("and", "or")):
        return NOUN                        # "logged with start and end time(s)": the end of a pair of times
    if prev is not None and prev.text in ("and", "or", ",") and i >= 2 and tags[i - 2] == NOUN and \
            nxt.text in ("and", "or") and i + 3 < len(tokens) and tokens[i + 2].kind == "word" and \
            w.singular(tokens[i + 3].text) in w.WHEN_FIELDS and w.is_plural(tokens[i + 3].text):
        return NOUN                        # "a policy number and start and end dates": the first of a pair of dates
    if prev is not None and prev.text in ("and", "or") and t == base and VERB in tags:
        return VERB                        # "inspect objects regularly and write condition reports"
    if prev is not None and prev.text == "," and t != base and w.is_plural(t) and _in_noun_list(tokens, tags, i):
        return NOUN                        # "a schema for a food truck: menu items …, orders with items": a list
    if nxt.text in w.DETERMINERS or nxt.text in w.PRONOUNS or nxt.text in w.QUANTIFIERS or nxt.text == "whether" \
            or nxt.text in w.PREPOSITIONS or t.endswith("ed") or nxt.kind != "word":
        return VERB
    return NOUN


_LISTING = frozenset("has have with holds hold contains contain includes include records stores".split())


_OWNERS = _OWNING - {"and", "or"}         # an owner's word alone ("… keep their title")
