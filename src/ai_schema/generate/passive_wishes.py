"""A story's role wishing for what is done to it: 'As a volunteer I want to be assigned to a water station'
says what 'Each volunteer is assigned to a water station' says, and 'I want each branch stored with its
name, …' what 'each branch is stored with its name, …' says; both are read so (before tagging), so that
every reader of stated references, passives and participles reads the story too."""

from . import lexicon
from . import words as w
from .tagging import irregular_participle
from .tag_context import participle_like

_WISH = (("i", "want", "to", "be"), ("i", "need", "to", "be"), ("i", "would", "like", "to", "be"),
         ("i", "'d", "like", "to", "be"), ("i", "wish", "to", "be"))
_MOST_ROLE_WORDS = 3


def as_statement(tokens):
    """The tokens of 'As a volunteer(,) I want to be assigned to …' as 'Each volunteer is assigned to …',
    of '… I want each branch stored with …' as '… each branch is stored with …'; others as they are."""
    tokens = _own_values_logged(_wished_done(tokens))
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


_WANTING = (("i", "want"), ("i", "need"), ("we", "want"), ("we", "need"), ("i", "would", "like"), ("i", "'d", "like"),
            ("we", "would", "like"))
_OPENING = frozenset("each every the all our my a an".split())
_AFTER_DONE = frozenset("with by at in on under to for from into".split())
_MOST_OBJECT_WORDS = 7
_NOT_IN_A_NAME = w.FUNCTION_WORDS | w.MODALS
_OF = frozenset(("of", "a", "an", "the", "each", "every"))     # ("every movement of an object logged")


def _wished_done(tokens):
    """'I want each branch stored with its name' -> 'each branch is stored with its name' (and 'are' after a
    plural: 'we need all returns logged by the clerk'; 'I want every movement of an object logged: which
    object, …'): an object, a participle and a preposition or a colon after a wish say what is done to
    the object."""
    words = [t.text for t in tokens]
    for k in range(len(words) - 4):
        wish = next((x for x in _WANTING if tuple(words[k:k + len(x)]) == x), None)
        if wish is None:
            continue
        start = k + len(wish)
        for end in range(start + 1, min(len(words) - 1, start + 1 + _MOST_OBJECT_WORDS)):
            verb = words[end]
            if participle_like(verb) and (verb.endswith(("ed", "en")) or irregular_participle(verb)) and \
                    (words[end + 1] in _AFTER_DONE or words[end + 1] == ":") and \
                    end - start >= 1 + (words[start] in _OPENING):
                thing = words[start:end]
                of = thing.index("of") if "of" in thing[1:-1] else len(thing)
                if not all(tokens[j].kind == "word" for j in range(start, end)) or \
                        any(x in _NOT_IN_A_NAME and x not in _OPENING for x in thing[1:of] + thing[:1]) or \
                        any(x in _NOT_IN_A_NAME and x not in _OF for x in thing[of:]) or \
                        of == len(thing) and len(thing) > 4:
                    return tokens
                be = "are" if w.is_plural(thing[-1]) and words[start] not in ("each", "every", "a", "an") else "is"
                return tokens[:k] + tokens[start:end] + [w.Token(be, be, "word", tokens[end].start)] + tokens[end:]
        return tokens
    return tokens


_LOGGING = frozenset("log record track note enter".split())


def _own_values_logged(tokens):
    """'As a mechanic, I want to log the hours I spend on each job' -> 'Each mechanic logs the hours they spend on
    each job': what the role keeps of what it does itself, in units one counts (WordNet's noun.time and
    noun.quantity: the hours I spend, the miles I drive), is kept per person, as the statement says it
    (logged_against.py reads that)."""
    words = [t.text for t in tokens]
    if len(words) < 10 or words[0] != "as" or words[1] not in ("a", "an"):
        return tokens
    for end in range(3, min(len(words) - 6, 3 + _MOST_ROLE_WORDS)):
        k = end + (words[end] == ",")
        if words[k:k + 3] != ["i", "want", "to"] or words[k + 3] not in _LOGGING or words[k + 4] not in ("the", "my"):
            continue
        mine = next((j for j in range(k + 5, min(len(words) - 1, k + 9)) if words[j] == "i"), None)
        if mine is None or not all(t.kind == "word" for t in tokens[2:end]) or \
                w.singular(words[mine - 1]) not in lexicon.measure_nouns():
            return tokens                # (units one counts — hours, miles — not "the dose I gave": the thing's)
        verb = words[k + 3]
        said = [w.Token("each", "Each", "word", tokens[0].start)] + tokens[2:end] + \
            [w.Token(verb + "s", verb + "s", "word", tokens[k].start)] + tokens[k + 4:]
        return [w.Token("they", "they", "word", t.start) if t.text == "i" else t for t in said]
    return tokens
