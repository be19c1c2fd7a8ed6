"""The lemma a noun phrase names an entity by, or None for words that never name one ('the monthly
readings' are readings, 'qualified translators' translators, 'a time entry' a time entry; a generic
head such as 'system' names none unless the text counts it or WordNet names the compound)."""

import functools

from . import lexicon
from . import text as tx
from .cues import GENERIC_HEADS, NOT_ENTITY, STRUCTURE_WORDS, rx
from .words import COLLECTIONS

# how often something happens is not part of what it is
# words before a noun that say which of them, in time or to whom, not what they are
_NOT_NAMING = frozenset("new own other past previous upcoming future current existing recent latest old".split())
PERIODIC = frozenset("hourly daily nightly weekly biweekly fortnightly monthly quarterly yearly annual".split())


def superlative(word):
    """'the best runs', 'the cheapest quotes', 'the biggest orders': an adjective's superlative (English's own
    irregular four, or -est on one of WordNet's adjectives, when WordNet has no lemma of that spelling, as it has
    'honest' and 'forest') picks some of the things by rank; it names no kind of them."""
    if word in ("best", "worst", "most", "least"):
        return True
    if not word.endswith("est") or len(word) < 6:
        return False
    stem = word[:-3]
    bases = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None,
             stem[:-1] + "y" if stem.endswith("i") else None)
    return any(b and b in lexicon.adjectives() for b in bases) and word not in lexicon.all_words()


# what is kept about a thing, named after it: the thing is the row ("member details", "venue info")
ABOUT_IT = frozenset("detail details info information".split())


@functools.lru_cache(maxsize=4096)
def entity_lemma(lemma, counted=frozenset()):
    """The lemma an entity would be named by, or None for words that never name one. A generic head
    ('application', 'service') names one when the text counts it (``counted``: 'several
    applications', 'every service')."""
    if tuple(lemma) in (("other",), ("own",)):
        return None                              # "others save them": other people, no thing called others
    lemma = tuple(x for n, x in enumerate(lemma) if x not in _NOT_NAMING and not (n < len(lemma) - 1 and superlative(x))) \
        or lemma[-1:]                            # ("my past orders", "upcoming events", "the best runs")
    if len(lemma) == 2 and lemma[0] in PERIODIC and lemma[1] in ("entry", "record"):
        return lemma[1:]                         # "daily entries": the records a journal keeps
    while len(lemma) > 1 and lemma[0] in PERIODIC:
        lemma = lemma[1:]                        # "the monthly readings" are readings
    while len(lemma) > 1 and tx.participle_like(lemma[0]):
        lemma = lemma[1:]                        # "qualified translators" are translators, "broken items" items
    while len(lemma) > 1 and lemma[-1] in lexicon.person_nouns() and lemma[-1] not in ("person", "people") and (
            lexicon.measured().get(lemma[0]) == "age" or
            "-" in lemma[0] and lemma[0].rsplit("-", 1)[-1] in lexicon.measure_nouns()):
        lemma = lemma[1:]                        # "young pianists", "a final-year mentor": how old or how far on,
        #                                          which people, no other table of them
    collected = len(lemma) > 1 and lemma[-1] in COLLECTIONS
    if collected:
        lemma = lemma[:-1]                       # "my vinyl record collection": the records are the rows
    while len(lemma) > 1 and lemma[-1] in ABOUT_IT:
        lemma = lemma[:-1]                       # "member details include …", "Venue info: …": the members'
    while not collected and len(lemma) > 1 and lemma[-1] in ("entry", "record", "row", "item") and lemma[-2] != "order" and \
            not (len(lemma) == 2 and (lemma[0] in NOT_ENTITY or lemma[0] in GENERIC_HEADS and lemma[0] not in counted)) \
            and (lemma[-1] != "item" or lemma[-2] in lexicon.person_nouns()):   # ("a service record": no generic
        #                                                                         'service' left of it)
        lemma = lemma[:-1]                       # ("a time entry" is one: "time" names none; a line item is one)
    if not lemma or (lemma[-1] in GENERIC_HEADS and lemma[-1] not in counted and not _named_kind(lemma)) or \
            any(not rx(r"^[a-z][a-z0-9_-]*$").match(x) for x in lemma):
        return None
    if lemma[-1] in ("one", "ones"):
        return None                              # "the standard ones (york, national, …)": 'ones' stands for a noun
    if lemma[-1] == "key" and len(lemma) > 1 and lemma[-2] in ("primary", "foreign", "composite", "unique"):
        return None                              # "primary key (a, b)" is a constraint, not a thing
    if (len(lemma) == 1 and lemma[0] in NOT_ENTITY and lemma[0] not in counted) or \
            lemma[-1] in ("text", "prose", "string", "blob", "format", "date", "datetime", "timestamp") and \
            not (len(lemma) > 1 and lemma[-1] in counted):   # ("Tour dates: tour, date, start time": a thing)
        return None
    return lemma[-3:]


def _named_kind(lemma):
    """'board games', 'power tools': WordNet names the compound, so a generic head is a thing here."""
    return len(lemma) > 1 and lemma[-1] not in STRUCTURE_WORDS | NOT_ENTITY and lexicon.compound_noun(*lemma[-2:])
