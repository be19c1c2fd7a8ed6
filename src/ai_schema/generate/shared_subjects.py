"""A second predicate of the same subject after a list of what it has: "Each show has a name and a genre,
and is hosted by one or more presenters" reads as "Each show has a name and a genre. Each show is hosted by
one or more presenters." The list reader had taken "is hosted by …" for the end of the fields and read
nothing of it (said as a sentence of its own, the passive relates shows and presenters). Only for several
doers: one ("… and is led by a desk editor, who is one of our journalists") the list reader reads."""

from . import words as w
from .retagging import tag
from .tagging import NOUN, VERB, irregular_participle, participle_like

_HAVING = frozenset("has have".split())
_BEING = frozenset("is are can must may should will".split())
_OPENING = frozenset("each every a an the".split())
_MOST_SUBJECT_WORDS = 4
_PARTICLES = frozenset("after up out over on".split())


def _subject_end(tokens, tags):
    """The index of 'has'/'have' right after the sentence's subject ('Each show', 'A camp', 'Courses'), or None."""
    k = 1 if tokens[0].text in _OPENING else 0
    end = k
    while end < len(tokens) and end - k < _MOST_SUBJECT_WORDS and tags[end] == NOUN:
        end += 1
    return end if end > k and end < len(tokens) and tokens[end].text in _HAVING else None


def _several(tokens, k):
    """Do the words at k name several doers ('one or more presenters', 'several judges', 'volunteers')? One
    doer ('a desk editor, who is one of our journalists', 'another employee') the list reader reads itself."""
    words = [t.text for t in tokens[k:k + 4]]
    if words[:3] == ["one", "or", "more"] or words[:1] and words[0] in ("several", "many", "multiple", "two", "three"):
        return True
    return bool(words) and w.is_plural(words[0]) and words[0] not in ("its", "his", "this")


def said_again(tokens):
    """[tokens] as they are, or the two sentences: what the subject has, and what else is said of it."""
    if len(tokens) < 8 or not any(t.text == "and" and u.text in _BEING for t, u in zip(tokens, tokens[1:])) or \
            not any(t.text in _HAVING for t in tokens[:_MOST_SUBJECT_WORDS + 2]):
        return [tokens]                         # (tagging is a tenth of the reading: only where _subject_end can
        #                                         find 'has' after at most an article and four nouns)
    tags = tag(tokens)
    have = _subject_end(tokens, tags)
    if have is None:
        return [tokens]
    depth = 0
    for i in range(have + 2, len(tokens) - 2):
        t = tokens[i].text
        depth += (t in "([") - (t in ")]") if tokens[i].kind == "punct" else 0
        if depth or t != "and" or tokens[i + 1].text not in _BEING:
            continue
        j = i + 2 + (tokens[i + 1].text not in ("is", "are") and tokens[i + 2].text == "be")   # ("can be booked")
        if j + 2 < len(tokens) and (participle_like(tokens[j].text) or irregular_participle(tokens[j].text)) and \
                (tags[j] == VERB or w.verb_base(tokens[j].text)) and \
                (by := j + 1 + (tokens[j + 1].text in _PARTICLES)) + 1 < len(tokens) and tokens[by].text == "by" and \
                _several(tokens, by + 1):               # ("is looked after by volunteers")
            cut = i - (tokens[i - 1].text == ",")
            return [tokens[:cut], tokens[:have] + tokens[i + 1:]]
    return [tokens]
