"""What the clause around a word says about its tag (tagging.word_tag asks): where the clause starts, which
verb and subject came before, whether two words make one of WordNet's compounds."""

from . import lexicon
from . import words as w
from .tags import ADJ, ADV, AUX, DET, NOUN, PREP, QUANT, VERB

# irregular participles that say which ones (WordNet's verb.exc forms not in -ed or -en)
_IRREGULAR_PARTICIPLES = frozenset("paid sold held built bought sent lent spent kept lost made found".split())


def participle_like(word):
    """'qualified', 'broken', 'frozen': a verb's participle that can say which ones."""
    return word.endswith("ed") and word not in ("bed", "feed", "seed", "shed", "red") or \
        word.endswith(("en", "wn")) and lexicon.verb_lemma(word) not in (None, word) or \
        word in _IRREGULAR_PARTICIPLES            # "paid online lessons", "sold items"


def same_acts_before(tokens, tags, i):
    """Did the clause before the comma at i - 1 open with a plural subject and its verb in the base form
    ('customers register products …, file …'): a list of their acts, each verb like the first?"""
    start = clause_start(tokens, i)
    v = next((j for j in range(start, i - 1) if tags[j] == VERB), None)
    return v is not None and v > start and tags[v - 1] == NOUN and w.is_plural(tokens[v - 1].text) and \
        lexicon.verb_lemma(tokens[v].text) == tokens[v].text and \
        all(tags[j] != VERB and tokens[j].text not in ("which", "who", "that") for j in range(v + 1, i - 1))


def infinitive_before(tokens, tags, i):
    """Did the clause before the 'and' or comma at i - 1 open with 'to' and a verb's base form, then only its object
    ('to rate films and …', 'to order parts from suppliers, …')? A base form at i does the same."""
    v = next((j for j in range(i - 2, clause_start(tokens, i) - 1, -1) if tags[j] in (VERB, AUX)), None)
    return v is not None and v >= 1 and tokens[v - 1].text == "to" and tags[v] == VERB and \
        lexicon.verb_lemma(tokens[v].text) == tokens[v].text and \
        all(tags[j] in (DET, ADJ, NOUN, QUANT, PREP) or tokens[j].text == "," for j in range(v + 1, i - 1))


def singular_head_before(tokens, tags, i):
    """Does a singular subject end just before i with a phrase after its head ('a panel of evaluators', 'an
    applicant, usually a company,')? A plural there is no compound's first word: the -s word at i agrees with the
    head, so it is the verb."""
    j = i - 1
    if j < 1:
        return False
    if tokens[j].text == ",":
        k = next((k for k in range(j - 1, max(-1, j - 6), -1) if tokens[k].text == ","), None)
        if k is None or k == j - 1 or any(tags[m] not in (DET, ADV, NOUN, ADJ, QUANT) for m in range(k + 1, j)):
            return False
        head = k - 1
    elif tags[j] == NOUN and w.is_plural(tokens[j].text):
        m = j
        while m > 0 and tags[m - 1] in (NOUN, ADJ, DET):
            m -= 1                         # ("the captain of the visitors")
        if m < 2 or tokens[m - 1].text != "of":
            return False
        head = m - 2
    else:
        return False
    return head >= 1 and tags[head] == NOUN and not w.is_plural(tokens[head].text) and \
        tags[head - 1] in (DET, QUANT) and \
        all(tags[m] not in (VERB, AUX) for m in range(clause_start(tokens, head), head))


def only_reduced_relatives(tokens, tags, start, i):
    """No verb between `start` and `i` but participles that open a phrase ("filed on a matter",
    "run by volunteers"): the clause's verb is still to come."""
    return all(tags[j] not in (VERB, AUX) or participle_like(tokens[j].text) and j + 1 < i and
               tokens[j + 1].text in w.PREPOSITIONS for j in range(start, i))


def clause_start(tokens, i):
    """Where the clause holding token i begins: after the last colon, semicolon or dash before it."""
    return next((k + 1 for k in range(i - 1, -1, -1) if tokens[k].text in (":", ";", "-")), 0)


def compound(first, second):
    """Do two words make one of WordNet's nouns, the second mostly a noun ("board games", not "job offers")?"""
    base = w.singular(second)
    return not w.is_plural(first) and lexicon.compound_noun(first, base) and not lexicon.mostly_verb(base)


def people_gap(tokens, i, j):
    """A plural, then people doing something to it (the word at j taken for their verb): "the routes
    members climb" is a relative clause without "that", not one compound."""
    if j - i < 2 or j >= len(tokens) or not w.is_plural(tokens[j - 2].text):
        return False
    person = tokens[j - 1].text
    if not w.is_plural(person) or w.singular(person) not in lexicon.person_nouns():
        return False
    if lexicon.verb_lemma(tokens[j].text) != tokens[j].text:
        return False                       # the people's verb agrees with a plural
    rest = tokens[j + 1:j + 3]
    return not rest or rest[0].kind != "word" or rest[0].text in ("and", "or") or rest[0].text in w.PREPOSITIONS
