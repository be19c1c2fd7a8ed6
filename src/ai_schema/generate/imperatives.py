"""A sentence that opens with a bare verb is the writer's own doing: "track my batches with …",
"Fishing logbook: log my trips to lakes" read as "I track my batches …", so that every reader of
clauses (a subject, a verb, its object and its 'with' list) reads it as it reads "I track …".

Only a verb the tagger reads as one, in its bare form, right at the start of the sentence or after a
short title and a dash or colon ("Home brewing log - track …"), and followed by what opens a noun
phrase; "Order items: …" (a list's label) and "Book title, author" (no verb) stay as they are."""

from . import lexicon
from . import words as w
from .retagging import tag
from .tagging import DET, NOUN, VERB

_TITLE_ENDS = frozenset("- : — –".split())
_MOST_TITLE_WORDS = 5
_LEAST_WORDS = 6
_OPENERS = frozenset("my our the a an each every all any their your".split())


def title_end(tokens):
    """The index of the dash or colon after a short title that opens the sentence ('Home brewing log - …',
    'Fishing logbook: …'), or None."""
    for k in range(1, min(len(tokens), _MOST_TITLE_WORDS + 2)):
        if tokens[k].text in _TITLE_ENDS and tokens[k].kind == "punct":
            return k if all(t.kind == "word" for t in tokens[:k]) else None
    return None


def _opening(tokens):
    """Where the sentence's clause opens: 0, or after a short title and its dash or colon."""
    end = title_end(tokens)
    return 0 if end is None else end + 1


def said_by_me(tokens):
    """The tokens with 'i' before an opening bare verb, or the tokens as they are."""
    at = _opening(tokens)
    if at + _LEAST_WORDS > len(tokens) or tokens[at].kind != "word":
        return tokens                                # ("manage my vinyl record collection": a request, read
        #                                              as one by knowledge.named_nouns)
    verb, following = tokens[at].text, tokens[at + 1].text
    if lexicon.verb_lemma(verb) != verb or verb in w.FUNCTION_WORDS or \
            any(t.text == ":" for t in tokens[at + 1:at + 4]):
        return tokens                                # ("Order items: product, quantity": a label)
    tags = tag(tokens)
    if tags[at] != VERB or not (following in _OPENERS or tags[at + 1] == DET or
                                tags[at + 1] == NOUN and w.is_plural(following)):
        return tokens
    if at > 0 and any(g == VERB for g in tags[:at - 1]):
        return tokens                                # (the part before the dash says something itself)
    return tokens[:at] + [w.Token("i", "I", "word", tokens[at].start)] + tokens[at:]
