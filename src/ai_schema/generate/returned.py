"""'Members borrow tools and return them later', 'As a member, I want to borrow a club boat for a trip and return it
afterwards', 'guests rent kayaks and bring them back': taking a thing and giving it back is one act that lasts —
a record of each time (the borrowing, the rental) between the person and the thing, with when it came back —
not a pair kept once (member_tools) nor the person's one thing (members.boat_id)."""

from . import lexicon
from . import text as tx
from .occasions import act_noun, wordnet_act

# what is given back, and how ("return it", "bring them back", "give it back", "hand them back")
_BACK = ("return", "bring", "give", "hand", "take")


def returned_act(s, i, base):
    """{verb: its act's noun} when the verb at i takes a thing that a later verb of the clause gives back
    ('… and return it', '… and bring them back'), or None."""
    obj = s.next_phrase(i + 1)
    if obj is None or obj.start > i + 3 or lexicon.holds_people(obj.head) or base in _BACK or \
            obj.head in lexicon.person_nouns() or lexicon.verb_class(base) in ("creation", "communication"):
        return None
    for j in range(obj.end, min(len(s.tokens) - 1, obj.end + 8)):
        if s.words[j] in (".", ";", ":", "but", "when", "if"):
            return None
        if s.words[j] == "and" and s.tags[j + 1:j + 2] == [tx.VERB]:
            verb = lexicon.verb_lemma(s.words[j + 1]) or s.words[j + 1]
            back = verb == "return" or verb in _BACK and "back" in s.words[j + 2:j + 5]
            if back and s.words[j + 2:j + 3] in (["it"], ["them"], ["back"]):
                return {base: wordnet_act(base) or act_noun(base)}
            return None
    return None
