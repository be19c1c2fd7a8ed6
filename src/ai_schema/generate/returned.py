"""'Members borrow tools and return them later', 'As a member, I want to borrow a club boat for a trip and return it
afterwards', 'visitors hire a boat for an hour and we note when it came back', 'lend props to productions and know
when each one is due back': taking a thing and giving it back is one act that lasts — a record of each time (the
borrowing, the rental, the hire) between the person and the thing, with when it came back (or is due back) — not a
pair kept once (member_tools) nor the person's one thing (members.boat_id)."""

import re

from . import lexicon
from .cues import LIGHT_VERBS
from . import words as w
from .occasions import act_noun, wordnet_act

# what is given back, and how ("return it", "bring them back", "give it back", "hand them back")
_BACK = ("return", "bring", "give", "hand", "take")
# "… and we note when it came back", "… and know when each one is due back", "… when it was returned"
_WHEN_BACK = re.compile(r"\bwhen (?:it|they|each one|(?:each|the) (?P<thing>\w+)) (?:(?P<due>is due|are due)|came|comes|come|"
                        r"was brought|were brought|is brought|was returned|were returned|is returned|are returned)"
                        r"(?: back)?\b")


def _act(base):
    """{verb: the noun its record is named by} (WordNet's, else the -ing form)."""
    return {base: wordnet_act(base) or act_noun(base)}


def recipient(s, i):
    """'lend props to productions': the phrase the thing goes to, who holds it until it is back, or None."""
    obj = s.next_phrase(i + 1)
    to = s.next_phrase(obj.end + 1) if obj is not None and s.words[obj.end:obj.end + 1] == ["to"] else None
    return to if to is not None and to.start <= obj.end + 2 else None


def returned_act(s, i, base):
    """(verb: its act's noun, the field of the return) when the verb at i takes a thing that a later verb of
    the clause gives back ('… and return it', '… and must bring them back') or whose return it notes ('… and we
    note when it came back', 'when each one is due back'), or None."""
    obj = s.next_phrase(i + 1) if base else None
    if obj is None or obj.start > i + 3 or lexicon.holds_people(obj.head) or base in _BACK or \
            obj.head in lexicon.person_nouns() or lexicon.verb_class(base) in ("creation", "communication") or \
            base in LIGHT_VERBS or s.words[i + 1:i + 2] == ["to"] or obj.head in lexicon.money_nouns():
        return None
    rest = " ".join(s.words[obj.end:]) if "when" in s.words[obj.end:] else ""
    back = _WHEN_BACK.search(rest) if rest else None   # (read only when a 'when' follows: every verb asks)
    if back is not None and back.group("thing") not in (None, obj.head, w.singular(obj.head)):
        back = None                                # ("leave a deposit … when the gear comes back": not the deposit)
    if back is not None and not re.search(r"[.:]| but | if ", rest[:back.start()]):
        return _act(base), "due_on" if back.group("due") else "returned_on"
    for j in range(obj.end, min(len(s.tokens) - 1, obj.end + 8)):
        if s.words[j] in (".", ";", ":", "but", "when", "if"):
            return None
        if s.words[j] == "and":
            k = j + 1 + (s.words[j + 1:j + 2] != [] and s.words[j + 1] in w.MODALS)   # ("and must return them")
            verb = lexicon.verb_lemma(s.words[k]) or s.words[k] if k < len(s.words) else ""
            given = verb == "return" or verb in _BACK and "back" in s.words[k + 1:k + 4]
            if given and s.words[k + 1:k + 2] in (["it"], ["them"], ["back"]):
                return _act(base), "returned_on"
            return None
    return None
