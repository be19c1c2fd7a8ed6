"""'X is/are (the) Y' and 'a X or Y is' name one thing twice; so does "each monthly payment collected under
a pledge is stored as an ordinary donation" — pairs of lemmas the merger joins."""

from .cues import GENERIC_HEADS, rx
from . import text as tx
from . import words as w
from .field_names import type_words


def named_twice(s, sentences):
    """The (lemma, lemma) pairs a sentence says name one thing (the text's sentences tell whether it
    keeps users at all)."""
    toks, tags = s.tokens, s.tags
    pairs = []
    m = rx(r"^(?:the |a |an |each |every )?([\w -]+?)(?: (?:(?:\w+ed|made|taken|paid|given|sent|held) )?"
           r"(?:under|for|on|by|from) (?:a|an|the|each|one) \w+)? (?:are|is) (?:recorded|stored|kept|modelled|modeled|"
           r"tracked) as (?:an? )?(?:ordinary |normal |regular |plain |separate )?([\w -]+?)(?: :|$| ,| that\b| which\b|"
           r" \w+ed (?:to|with|by)\b| \.$)").search(s.text())   # ("… is recorded as a donation linked to the pledge")
    if m and not type_words(m.group(2)):     # ("each monthly payment collected under a pledge is stored as an
        #                                      ordinary donation that …": one thing, named twice)
        pairs.append((tuple(w.singular(x) for x in m.group(1).split()[-2:]),
                      tuple(w.singular(x) for x in m.group(2).split()[-2:])))
    m = rx(r"^as an? ([\w -]+?) , i (?:\w+ )?(?:sign up|register|log in|sign in|create an account)\b").match(s.text())
    if m and any(rx(r"\busers?\b(?! stor)").search(x.text()) for x in sentences):   # ("user stories")
        pairs.append((tuple(m.group(1).split()[-1:]), ("user",)))
    # "X is/are (the) Y" and "a X or Y is" name one thing twice (not "a fixture is a home team against …";
    # not "the author of a post is a user": the post's author)
    for i, t in enumerate(toks):
        if t.text in ("is", "are", "=") and i > 0:     # ("clients = companies we work for": notes)
            left = s.phrase_at(i - 1)
            right = s.next_phrase(i + 1)
            if left and right and left.end == i and (tx.governor(s, left) < 0 or tags[tx.governor(s, left)] != tx.PREP) \
                    and all(
                    tags[k] in (tx.DET, tx.ADV, tx.ADJ) or toks[k].text in ("simply", "itself", "themselves")
                    for k in range(i + 1, right.start)) and (
                    right.end >= len(toks) or toks[right.end].text not in (",", "or", "against", "versus", "vs")) and \
                    right.head not in GENERIC_HEADS and right.det not in ("its", "their", "his", "her", "our"):
                pairs.append((left.lemma, right.lemma))
        if t.text == "or" and 0 < i < len(toks) - 1:
            left, right = s.phrase_at(i - 1), s.phrase_at(i + 1)
            if left and right and left.det in ("a", "an", "the") and right.start == i + 1 and \
                    right.end < len(toks) and toks[right.end].text in ("is", "has", "can"):
                pairs.append((left.lemma, right.lemma))
    return pairs
