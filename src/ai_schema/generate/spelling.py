"""Typos in messy texts ('custmers', 'vehciles', 'adress'): a word WordNet does not know, in any of its
regular forms, one edit (a letter left out, added, changed or two swapped) away from words it does know, is
read as the one of them (same first letter) the text itself uses ('vehciles' where 'vehicle' is said too);
with no such word it is left as written (a word WordNet lacks is as often a name or a term: 'backend',
'bigint'). Names are left alone: a capitalised word inside a sentence, a word with capitals inside, digits or
underscores."""

import functools

from . import lexicon
from . import words as w

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_FUNCTION_WORDS = w.FUNCTION_WORDS | \
    frozenset("mine yours hers ours theirs dont doesnt didnt wont cant isnt arent wasnt werent shouldnt "
              "couldnt wouldnt hasnt havent".split())    # (contractions written without their apostrophe)


def _edits(word):
    """Every string one edit away from the word."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} | \
        {a + c + b[1:] for a, b in splits if b for c in _LETTERS} | {a + c + b for a, b in splits for c in _LETTERS}


def _bases(word):
    """The word and the bases it would be a regular form of ('boxes': box, 'cities': city, 'used': use)."""
    yield word
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh", "o")):
        yield word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]
    for suffix in ("ed", "ing"):
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            yield from (stem, stem + "e") + ((stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ())
    if word.endswith("ied"):
        yield word[:-3] + "y"
    for suffix in ("er", "ers"):
        if word.endswith(suffix):
            yield word[:-len(suffix)]            # ("groomer", "funders": who does a verb WordNet knows)
            yield word[:-len(suffix)] + "e"


@functools.lru_cache(maxsize=16384)
def _usage(word):
    """How often WordNet's corpus tags the senses of the word's base, or None for no word it knows (an
    irregular form counts as its base: 'took', 'loaves')."""
    known = lexicon.all_words()
    found = [known[x] for x in _bases(word) if x in known]
    irregular = None if found else lexicon.verb_lemma(word) or lexicon.irregular_plurals().get(word)
    return max(found) if found else known.get(irregular, 0) if irregular else None


def _named(tokens, k):
    """Is the word at k a name rather than a word (capitalised inside a sentence, 'ConfDesk', 'v2')?"""
    orig = tokens[k].orig
    return not orig.isalpha() or orig[1:] != orig[1:].lower() or \
        orig[0].isupper() and k > 0 and tokens[k - 1].text not in (".", "!", "?", ":", "-", "(", "*")


def corrections(tokens):
    """{typo: word} over the tokens of a whole text."""
    words = {t.text for t in tokens if t.kind == "word"}
    known = lexicon.all_words()
    doubtful = {x for x in words if len(x) >= 4 and x not in known and x.isalpha() and x not in _FUNCTION_WORDS and
                x not in w.IRREGULAR_PLURALS and _usage(x) is None}
    unknown = sorted({t.text for k, t in enumerate(tokens) if t.text in doubtful and not _named(tokens, k)})
    if not unknown:
        return {}
    said = {w.singular(x) for x in words if x not in unknown}
    out = {}
    for typo in unknown:
        found = sorted(c for c in _edits(typo) if c[:1] == typo[:1] and _usage(c) is not None)
        used = [c for c in found if w.singular(c) in said]
        if used and len({w.singular(c) for c in used}) == 1:    # ("orderz": orders, as the text says)
            out[typo] = next((c for c in used if len(c) == len(typo)), used[0])
    return out
