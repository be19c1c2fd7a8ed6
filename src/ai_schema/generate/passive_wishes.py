"""A story's role wishing for what is done to it: 'As a volunteer I want to be assigned to a water station'
says what 'Each volunteer is assigned to a water station' says, and is read so (before tagging), so that
every reader of stated references, passives and participles reads the story too."""

from . import words as w
from .tagging import participle_like

_WISH = (("i", "want", "to", "be"), ("i", "need", "to", "be"), ("i", "would", "like", "to", "be"),
         ("i", "'d", "like", "to", "be"), ("i", "wish", "to", "be"))
_MOST_ROLE_WORDS = 3


def as_statement(tokens):
    """The tokens of 'As a volunteer(,) I want to be assigned to …' as 'Each volunteer is assigned to …';
    other tokens as they are."""
    words = [t.text for t in tokens]
    if len(words) < 8 or words[0] != "as" or words[1] not in ("a", "an"):
        return tokens
    for end in range(3, min(len(words), 3 + _MOST_ROLE_WORDS)):
        k = end + (words[end] == ",")
        wish = next((x for x in _WISH if tuple(words[k:k + len(x)]) == x), None)
        if wish is not None:
            at = k + len(wish)
            if at + 1 < len(words) and participle_like(words[at]) and tokens[at].kind == "word":
                head = tokens[0]
                return [w.Token("each", "Each", "word", head.start)] + tokens[2:end] + \
                    [w.Token("is", "is", "word", tokens[k].start)] + tokens[at:]
            return tokens
        if tokens[end].kind != "word":
            return tokens
    return tokens
