"""Where a thing done by someone is held, said after its doer: 'talks given by speakers in rooms', 'classes
taught by coaches at venues'. The participle clause describes the thing before it, and so does the place
after its agent: each talk is in one room (not the speakers')."""

from . import constructions, lexicon


def held_where(s):
    """[(thing phrase, place phrase)] of '<things> <participle> by <doers> in|at <places>'."""
    out = []
    for p in s.phrases if "by" in s.words else ():
        k = p.end
        if k + 3 >= len(s.tokens) or s.words[k + 1] != "by" or not constructions.participle(s.words[k]):
            continue
        agent = s.next_phrase(k + 2)
        if agent is None or agent.start > k + 3 or agent.end + 1 >= len(s.tokens) or s.words[agent.end] not in ("in", "at"):
            continue
        place = s.next_phrase(agent.end + 1)
        if place is not None and place.start <= agent.end + 2 and place.head not in lexicon.person_nouns() and \
                place.head in lexicon.thing_nouns():
            out.append((p, place))
    return out


def link(s, key_of, relate, retract):
    for thing, place in held_where(s):
        a, b = key_of(thing), key_of(place)
        if a is not None and b is not None and a != b:
            relate(a, b)                      # "talks given by speakers in rooms": each talk's room
            for q in s.phrases:
                if q.start > thing.end and q.end <= place.start and key_of(q) not in (None, a, b):
                    retract(key_of(q), b)     # (not the speakers')
