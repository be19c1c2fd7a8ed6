"""English word forms from WordNet 3.0 (maintained data, not a hand list): the readers of the lists
wordnet.py derives and the package ships (data/*.txt, *.tsv), and the tests of a word built on them.

WordNet 3.0 license: permission to use, copy, modify and distribute (Princeton University).
"""

import functools
import importlib.resources
import os


@functools.lru_cache(maxsize=1)
def verbs():
    """({verb: (uses as verb, uses as noun or -1 when not a noun)}, {irregular form: base})."""
    text = importlib.resources.files("ai_schema.generate").joinpath("data/verbs.tsv").read_text()
    head, _, tail = text.partition("\n=")     # (one split per part: the first call in a backend is timed)
    it = iter(head.split())
    table = {verb: (int(as_verb), int(as_noun)) for verb, as_verb, as_noun in zip(it, it, it)}
    it = iter(tail.split())
    forms = {form.lstrip("="): base for form, base in zip(it, it)}
    return table, forms


_VERB_SUFFIXES = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
                  ("ing", "e"), ("ing", ""))


@functools.lru_cache(maxsize=16384)
def verb_lemma(word):
    """WordNet's base form of a verb form (its morphy rules and exceptions), or None."""
    table, forms = verbs()
    if word in forms and not (word in table and table[word][0] > table.get(forms[word], (0,))[0]):
        return forms[word]                     # ("rent" is rent more often than the past of rend)
    if word in table:
        return word
    for suffix, repl in _VERB_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            base = word[:-len(suffix)] + repl
            if base in table:
                return base
            if suffix in ("ed", "ing") and len(base) > 2 and base[-1] == base[-2]:
                if base[:-1] in table:                 # "shipped" -> ship, "planning" -> plan
                    return base[:-1]
    return None


def mostly_verb(base):
    """Is this word used as a verb more often than as a noun in WordNet's tagged texts ("save",
    "sell", "tag"; not "stock", "price", "book")?"""
    entry = verbs()[0].get(base)
    return entry is not None and entry[0] >= 2 and entry[0] > entry[1]


def only_verb(base):
    """Is this a verb and never a noun ("borrow", "upload", "marry"; not "pledge" or "project")?"""
    entry = verbs()[0].get(base)
    return entry is not None and entry[1] < 0


PARTICLES = ("in", "out", "up", "off", "over", "back", "down", "on")


@functools.lru_cache(maxsize=1)
def phrasal_verbs():
    """{(verb, particle)} of WordNet's two-word verbs ('bring', 'in')."""
    text = importlib.resources.files("ai_schema.generate").joinpath("data/phrasal_verbs.txt").read_text()
    return frozenset(tuple(line.split()) for line in text.splitlines())


def particle_in(verb, word, doer):
    """Is 'in' after a person's (doer's) verb its particle ('customers bring in vehicles', 'send in': WordNet's
    two-word verb of moving or handing over), not a preposition ('work in shops', 'classes run in rooms')?"""
    return word == "in" and verb_class(verb) in ("motion", "possession") and doer_noun(doer) and \
        (verb, word) in phrasal_verbs()    # (the list of two-word verbs read last: only for such a clause)


@functools.lru_cache(maxsize=1)
def phrasal_acts():
    """{(verb, particle): the noun of its act} ('check', 'in'): 'check-in'."""
    text = importlib.resources.files("ai_schema.generate").joinpath("data/phrasal_acts.tsv").read_text()
    return {tuple(a.split()): b for a, b in (line.split("\t") for line in text.splitlines())}


@functools.lru_cache(maxsize=1)
def _compounds():
    text = importlib.resources.files("ai_schema.generate").joinpath("data/noun_compounds.txt").read_text()
    return frozenset(text.splitlines())


def compound_noun(first, second):
    """Is 'first second' (second in its base form) one of WordNet's two-word nouns (board game)?"""
    return f"{first} {second}" in _compounds()


@functools.lru_cache(maxsize=1)
def all_words():
    """{word: how often its senses are tagged} of every one-word lemma WordNet knows (data/words.tsv), read
    only when a text has a word no smaller list knows."""
    text = importlib.resources.files("ai_schema.generate").joinpath("data/words.tsv").read_text()
    it = iter(text.split())
    return dict(zip(it, map(int, it)))


def _word_set(name):
    return frozenset(importlib.resources.files("ai_schema.generate").joinpath(f"data/{name}").read_text().split())


@functools.lru_cache(maxsize=1)
def person_nouns():
    """Nouns that name a person first (customer, stylist, alumnus): WordNet's noun.person, and "person"
    itself, whose synset WordNet files among its top nouns (noun.Tops) as the root of noun.person."""
    return _word_set("person_nouns.txt") | {"person"}


@functools.lru_cache(maxsize=1)
def kin_nouns():
    """Nouns that name someone's kin in one sense (child, kid, spouse, parent): WordNet's 'relative'."""
    return _word_set("kin_nouns.txt")


@functools.lru_cache(maxsize=1)
def role_nouns():
    """Nouns that can name a person though they name something else first (fan, agent, operator)."""
    return _word_set("role_nouns.txt")


def _doer_stem(noun):
    """The stem of an -er or -or noun ('build' of builder, 'car' of carer), or None."""
    return next((noun[:-2] for x in ("er", "or") if noun.endswith(x)), None)


def _verb_stem(stem):
    """Is the stem a verb, as written or with an -e ('build'; 'car': care)?"""
    return any(verb_lemma(v) == v for v in (stem, stem + "e"))


def doer_noun(noun):
    """Is the noun a person: WordNet's, an -er or -or noun with a person sense ('climber'), or one WordNet does
    not know that is named by what one does ('carer': care, 'fixer', 'minder'), an -er or -or on a verb's stem?"""
    if noun in person_nouns():
        return True
    stem = _doer_stem(noun)
    if stem is not None and noun in role_nouns():
        return True                      # ("climber": a vine first, a person too)
    if filed_noun(noun):
        return False
    if stem is not None and len(stem) >= 3 and _verb_stem(stem):
        return True
    known = all_words()
    if noun.endswith("ist") and len(noun) > 6 and any(noun[:-3] + x in known for x in ("y", "ism", "e", "")):
        return True                      # ("audiologist": audiology's, "podiatrist")
    return any(noun[i:] in person_nouns() and noun[:i] in known for i in range(3, len(noun) - 3))   # ("stallholder",


def agent_noun(noun):
    """Is the noun a person named by what they do: WordNet's person nouns, and -er or -or nouns on a verb with a
    person sense that is not their first ('builder': build; a detergent's builder first; not 'beaver')?"""
    if noun in person_nouns():
        return True
    stem = _doer_stem(noun)
    return stem is not None and noun in role_nouns() and _verb_stem(stem)


def story_person(noun):
    """Can a story's role ('As a fan, …') be this noun: a person in one of its senses?"""
    return noun in person_nouns() or noun in role_nouns()


@functools.lru_cache(maxsize=1)
def act_nouns():
    """Occurrence nouns that are no possession (walk, trip, lesson, ticket, order; not stock or
    property): what someone does, says or what happens."""
    return _word_set("act_nouns.txt")


@functools.lru_cache(maxsize=1)
def measure_nouns():
    """Nouns that name a unit of quantity or time first (hour, night, mile, kilogram): WordNet's
    noun.quantity and noun.time. 'Per night' prices by a unit; 'per category' names a thing."""
    return _word_set("measure_nouns.txt")


@functools.lru_cache(maxsize=1)
def money_nouns():
    """Nouns that name money first (expense, income, fee, salary, donation, budget): WordNet's
    noun.possession senses glossed with money. Such a record has an amount."""
    return _word_set("money_nouns.txt")


@functools.lru_cache(maxsize=1)
def thing_nouns():
    """Nouns that name first a made thing, an animal, a plant or a place (truck, laptop, desk, vaccine,
    dog, room, region): what one hands over, assigns or keeps has an identity of its own; a priority,
    a deadline or a deposit (attribute, time, possession) is a value."""
    return _word_set("thing_nouns.txt")


@functools.lru_cache(maxsize=1)
def kind_nouns():
    """Nouns that name first a kind, an idea or a word one files things under (tag, label, skill, genre,
    category, colour, cuisine): a table of them with a unique name is a vocabulary many things share.
    Read only when a text has such a table."""
    return _word_set("kind_nouns.txt")


@functools.lru_cache(maxsize=1)
def group_nouns():
    """Nouns that name first a group (committee, panel, crew, team, jury): 'a committee of examiners' is
    several examiners."""
    return _word_set("group_nouns.txt")


@functools.lru_cache(maxsize=1)
def property_nouns():
    """Nouns that name first a property something has (weight, price, colour, size, score, length):
    WordNet's noun.attribute. Listed after 'with', such a word is a field, not a thing of its own."""
    return _word_set("property_nouns.txt")


@functools.lru_cache(maxsize=1)
def handed_nouns():
    """Things and people one hands over or assigns (thing_nouns and person_nouns, one set)."""
    return thing_nouns() | person_nouns()


@functools.lru_cache(maxsize=1)
def _verb_acts():
    text = importlib.resources.files("ai_schema.generate").joinpath("data/verb_acts.tsv").read_text()
    return dict(line.split("\t") for line in text.splitlines())


@functools.lru_cache(maxsize=1)
def act_verbs():
    """noun -> the verb whose act WordNet names by it (publication: publish), the inverse of verb_act."""
    out = {}
    for verb, noun in sorted(_verb_acts().items()):   # (the verb sharing most of the noun's spelling: approval
        best = out.get(noun)                          # is approve's, not approbate's)
        if best is None or len(os.path.commonprefix((verb, noun))) > len(os.path.commonprefix((best, noun))):
            out[noun] = verb
    return out


@functools.lru_cache(maxsize=1)
def verb_act_nouns():
    """The nouns WordNet names verbs' acts by (attendance, participation, marriage)."""
    return frozenset(_verb_acts().values())


def verb_act(verb):
    """The noun of a verb's act ('marry': marriage, 'nominate': nomination), or None."""
    return _verb_acts().get(verb)


@functools.lru_cache(maxsize=4096)
def holds_people(key):
    """Does an entity (its snake_case key) hold people — is its head noun a person (customer,
    committee_member, user)? 'person' (or 'individual') itself is too: WordNet files it under
    noun.Tops, as the root the noun.person hierarchy hangs from."""
    head = key.rsplit("_", 1)[-1]
    return head in person_nouns() or head in PERSON_SYNSET


# WordNet's noun.Tops synset 00007846 ('person, individual, someone, somebody, mortal, soul'), and 'people'
PERSON_SYNSET = frozenset("person individual someone somebody mortal soul people".split())


def handed_or_met(noun):
    """Is a noun's first sense a thing one can hand over or point at, or a person (a book, a boat, a
    patient; not a session, a shift or an inspection, which one schedules into being)?"""
    return noun in thing_nouns() or noun in person_nouns()


@functools.lru_cache(maxsize=1)
def adjectives():
    """Words that are mostly adjectives (physical, digital, first, domestic): WordNet's index.adj."""
    return _word_set("adjectives.txt")


@functools.lru_cache(maxsize=1)
def adverbs():
    """Words that are only adverbs (afterwards, beforehand): WordNet's index.adv."""
    return _word_set("adverbs.txt")


@functools.lru_cache(maxsize=1)
def occurrence_nouns():
    """Nouns that name first something that happens, is said or changes hands (order, request, booking,
    payment, message, inspection): a record of one occurrence, made by whoever did it."""
    return _word_set("occurrence_nouns.txt")


@functools.lru_cache(maxsize=1)
def _verb_classes():
    text = importlib.resources.files("ai_schema.generate").joinpath("data/verb_classes.tsv").read_text()
    return dict(line.split("\t") for line in text.splitlines())


def verb_class(verb):
    """The class of a verb's most frequent sense (WordNet's verb.<class>: creation, communication,
    cognition, social, stative …), or None."""
    return _verb_classes().get(verb)


def owning(verb):
    """Are the things people do this to their own ('boats they own', 'bikes they bring in': WordNet's
    verb.possession, and bringing), not shared with others as 'the subjects I teach' are?"""
    return verb == "bring" or verb_class(verb) == "possession"


def tells(word):
    """Is a verb form one of telling (verb.communication: states, specifies, mentions)? Said of a
    record ("each invoice states the amount"), it gives the record's fields."""
    return verb_class(verb_lemma(word) or word) == "communication"


@functools.lru_cache(maxsize=1)
def irregular_plurals():
    """{plural: singular} of WordNet's irregular nouns."""
    text = importlib.resources.files("ai_schema.generate").joinpath("data/noun_plurals.tsv").read_text()
    return dict(line.split("\t") for line in text.splitlines())


@functools.lru_cache(maxsize=4096)
def filed_noun(word):
    """Is the word a noun WordNet files in one of the classes read here (a person, a thing, a kind, an act …)?"""
    return any(word in found() for found in (person_nouns, thing_nouns, kind_nouns, act_nouns, property_nouns,
                                             measure_nouns, occurrence_nouns, group_nouns, money_nouns))


@functools.lru_cache(maxsize=1)
def measured():
    """{adjective: the attribute noun it measures} (data/measured.tsv): "how far" keeps a distance."""
    text = importlib.resources.files("ai_schema.generate").joinpath("data/measured.tsv").read_text()
    return dict(line.split("\t") for line in text.splitlines())


@functools.lru_cache(maxsize=1)
def irregular_singulars():
    """{singular: plural} of WordNet's irregular nouns (the alphabetically first plural of several)."""
    out = {}
    for plural, singular in sorted(irregular_plurals().items()):
        out.setdefault(singular, plural)
    return out
