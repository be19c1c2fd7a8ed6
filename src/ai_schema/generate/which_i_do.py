"""A story's role asking which things it takes part in: 'As a puppeteer, I want to see which shows I perform in',
'As a player I want to see which matches I play in', 'As a member, I want to see which books I have borrowed'.
The role is kept (it had been dropped as only using the app): each of them takes part in many of the things
and each thing has many of them — a table of pairs; a thing the role makes ('which orders I placed') is
instead that role's."""

from . import lexicon
from . import text as tx
from .words import CREATION_VERBS

_AUX = frozenset("am have had was will do did".split())


def which_i_do(s):
    """(the role's phrase, the things' phrase, the verb's lemma) of a story's 'which <things> I <verb>'."""
    from .wishes import has_story_role   # (wishes reads the cues, which read the constructions and this module)
    return s.once(_which_i_do) if "which" in s.words and has_story_role(s) else []


def _which_i_do(s):
    out = []
    for k in range(len(s.words) - 3):
        if s.words[k] != "which":
            continue
        things = s.next_phrase(k + 1)
        if things is None or things.start > k + 2 or not things.plural or lexicon.holds_people(things.head) or \
                s.words[things.end:things.end + 1] != ["i"]:
            continue
        v = things.end + 1 + (s.words[things.end + 1:things.end + 2] != [] and s.words[things.end + 1] in _AUX)
        if v < len(s.words) and s.tags[v] == tx.VERB:
            out.append((s.phrases[0], things, lexicon.verb_lemma(s.words[v]) or s.words[v]))
    return out


def vote(s, vote):
    for role, things, _ in which_i_do(s):
        vote(role.lemma, 3)
        vote(things.lemma, 3)


def link(s, key_of, relate, associate):
    for role, things, verb in which_i_do(s):
        a, b = key_of(role), key_of(things)
        if a is None or b is None or a == b:
            continue
        if verb in CREATION_VERBS:
            relate(b, a)                         # "which orders I placed": each one's
        else:
            associate(a, b, None)                # "which shows I perform in": many of each (a pair, not
            #                                          named after the act: 'performances' are the shows' dates)
