"""Shapes of a few tokens around a word that the tagger asks about (tagging.word_tag): is a plural coming, does a
time phrase end here, does a label stand before a colon. Words only, no tags: WordNet's lexicon and words.py."""

from . import lexicon
from . import words as w

TIMES = frozenset("day night week weekend month year quarter morning evening season semester term".split())
COUNT_WORDS = frozenset("one or more several many multiple two three four five up to".split())


def one_of_before(tokens, k):
    """Does 'one of' or 'each of' (and a determiner) stand before the plural at k ('one of our porters')?"""
    j = k - 1 - (k >= 1 and tokens[k - 1].text in w.DETERMINERS)
    return j >= 1 and tokens[j].text == "of" and tokens[j - 1].text in ("one", "each", "every", "neither", "either")


def label_before_colon(tokens, k):
    """Do the tokens from k to a colon make one noun phrase ('an album', 'each show') — no verb is needed?"""
    colon = next((j for j in range(k, min(len(tokens), k + 5)) if tokens[j].text == ":"), None)
    return colon is not None and colon > k and all(x.kind == "word" and (x.text in w.DETERMINERS or (
        lexicon.verb_lemma(x.text) in (None, x.text) and w.verb_base(x.text) is None)) for x in tokens[k:colon])


def object_run(tokens, k):
    """Do up to three words from k end in a plural (what a verb acts on: 'tennis courts')?"""
    for x in tokens[k:k + 3]:
        if x.kind != "word" or x.text in w.PREPOSITIONS or x.text in w.CONJUNCTIONS:
            return False
        if w.is_plural(x.text):
            return True
    return False


def time_ends_at(tokens, k):
    """Does a time phrase like 'each week' end at token k ('each week players score points')?"""
    return k >= 1 and tokens[k].text in TIMES and tokens[k - 1].text in ("every", "each")


def plural_after_count(tokens, k):
    """Is the word at k plural, or the first after a count there ('one or more teams', 'two courts')?"""
    end = min(len(tokens), k + 4)
    while k < end - 1 and (tokens[k].text in COUNT_WORDS or tokens[k].kind == "number"):
        k += 1
    return k < len(tokens) and tokens[k].kind == "word" and w.is_plural(tokens[k].text)


def plural_object_at(tokens, k):
    """Does a plural noun (or a noun and a plural: 'home visits') start at k, not one of WordNet's compounds
    with the word before ('order items')?"""
    if k >= len(tokens) or tokens[k].kind != "word" or tokens[k].text in w.DETERMINERS or tokens[k].text in w.PREPOSITIONS:
        return False
    if w.is_plural(tokens[k].text):
        return not lexicon.compound_noun(tokens[k - 1].text, w.singular(tokens[k].text))
    return k + 1 < len(tokens) and tokens[k + 1].kind == "word" and w.is_plural(tokens[k + 1].text) and \
        tokens[k + 1].text not in w.PREPOSITIONS and not lexicon.compound_noun(tokens[k - 1].text, tokens[k].text)


def ing_compound(tokens, i):
    """'a peak reading per blast', 'a weekly cleaning for each room': after 'a' and a noun, an -ing word WordNet
    files as a noun (an occurrence, a thing, a kind) heads the compound — no participle without an object."""
    t = tokens[i].text
    return t.endswith("ing") and i >= 2 and tokens[i - 2].text in ("a", "an", "each", "every", "one") and (
        t in lexicon.occurrence_nouns() or t in lexicon.thing_nouns() or t in lexicon.kind_nouns())
