"""Nothing silently lost, read as a table where it can be one: a noun phrase a verb relates to a thing
the text keeps ("neighbours lend their tools to each other", "a child is registered by a parent",
"a session takes place in a room") that became neither a table nor a field is a thing of its own
when WordNet knows its head as a thing, a person (first, or as one who does a verb: 'builders', a detergent's
builder first), an occurrence, or a group work is handed to ('given to a repair crew'), and the text speaks of
several of it (a plural, "a", "each", "every", or "their" — a person even after "from" or "to"). The text is then
read again with it known as a thing, so every construction relates it as it relates the others.

What stays a mention: a field word or a word of a closed set of values ("a time slot", "rated 1 to 5
stars", "dogs or cats"); the business the writer runs ("we run a small hair salon"); a role of a
thing that has its reference ("reports to a manager, who is another employee"); a thing said to be
another ("sailings are scheduled trips"); "in a fixed order"; the topic of something said ("a complaint
about a neighbour"); the object of a phrasal verb ("fill in a form"); a person where the text keeps users
(another person is one of them, in a role); and anything at all when the text
writes its tables out (those are all the tables it asks for)."""

from . import lexicon
from . import text as tx
from . import words as w
from .cues import ATTRIBUTE_WORDS, JOINING_VERBS

_BEING_OURS = frozenset("run runs are am own owns operate operates manage manages".split())
_OPENING = frozenset("a an the our my".split())
_SEVERAL = frozenset("a an each every any".split())
# the days and nights an event is held on, named after it ("market days", "quiz nights")
_DAYS = frozenset("day night evening weekend".split())


def kept(ex):
    """Lemmas of the mentions of a read text (ex.spec.unmodelled) that are things of their own."""
    spec = ex.spec
    values = {w.singular(v) for e in spec.entities.values() for a in e.attributes.values() for v in a.values or ()}
    roles = {r.role for r in spec.relations if r.role} | {r.column[:-3] for r in spec.relations
                                                          if r.column and r.column.endswith("_id")}
    users = "user" in spec.entities
    out = []
    for name in spec.unmodelled or ():
        words = name.split()
        head = w.singular(words[-1])
        day = head in _DAYS and len(words) >= 2 and not any(w.field_word(x) for x in words[:-1])
        joined = head in lexicon.group_nouns() and (_joined(ex.sentences, head) or _handed_to(ex.sentences, head))
        if not day and (any(w.field_word(x) for x in words + [head]) or head in ATTRIBUTE_WORDS or head in values or
                        head in roles or not (head in lexicon.thing_nouns() or lexicon.agent_noun(head) or
                                              head in lexicon.occurrence_nouns() or joined)):
            continue                                   # ("market days", "race nights": days of an event, each one
            #                                            a row with its date; not "days" or "delivery dates")
        said = [(p, s) for s in ex.sentences for p in s.phrases if p.lemma[-1:] == (head,)]
        if any(_unit(s, p) or _ours(s, p) or _title(s, p) or _defined(s, p) or tx.in_order_at(s, _opened(s, p) - 1) or
               _phrasal_object(s, p) or s.words[_opened(s, p) - 1:_opened(s, p)] == ["about"] for p, s in said):
            continue
        if users and lexicon.agent_noun(head) and head not in lexicon.thing_nouns():
            continue                                   # ("users write posts; an editor approves a post": a user)
        if any(p.plural or p.det in _SEVERAL or p.det == "their" and (s.words[p.start - 2:p.start - 1] not in (["from"], ["to"])
                                                                    or lexicon.agent_noun(head)) or
               p.det == "one" and s.words[p.start - 2:p.start - 1] == ["by"]
               for p, s in said):                  # ("… for their child": each one's; not "from their home": a place;
            #                                        "a plan from their orthodontist": a person; "each session is run
            #                                        by one tutor": one each, so several)
            out.append(ex._entity_lemma(tuple(words[:-1]) + (head,)) or (head,))
    return out


_JOINING = JOINING_VERBS | {"belong"}


def _joined(sentences, head):
    """Do people join the group or belong to it ('employees join a team', 'an agent, who belongs to a team'): a
    group (WordNet's noun.group) with members is a thing of its own."""
    for s in sentences:
        for p in s.phrases:
            if p.head == head and p.start >= 2 and not p.plural and (
                    lexicon.verb_lemma(s.words[p.start - 2]) in _JOINING or
                    s.words[p.start - 2] == "to" and lexicon.verb_lemma(s.words[p.start - 3]) == "belong"):
                return True
    return False


def _handed_to(sentences, head):
    """Is work handed to the group or done by it ('a job, which is given to a repair crew', 'handled by a support
    team'): a group (WordNet's noun.group) that acts for the business is a thing of its own, like a person."""
    for s in sentences:
        for p in s.phrases:
            k = p.start - 1 - (p.det is not None)
            if p.head == head and k >= 1 and s.words[k] in ("to", "by") and s.words[k - 1].endswith(("ed", "en")) and \
                    s.words[k - 2:k - 1] in (["is"], ["are"], ["was"], ["were"], ["be"], ["been"]):
                return True
    return False


def _opened(s, p):
    """Where p's words open, before its article, adjectives and participles ('a small hair salon',
    'scheduled trips')."""
    k = p.start
    while k > 0 and (s.tags[k - 1] == tx.ADJ or s.words[k - 1] in _OPENING or tx.participle_like(s.words[k - 1])):
        k -= 1
    return k


def _phrasal_object(s, p):
    """'fill in a form', 'hand over the keys': the object of a verb and its particle is what the act uses."""
    k = _opened(s, p)
    return k >= 2 and s.words[k - 1] in lexicon.PARTICLES and s.tags[k - 2] == tx.VERB


def _unit(s, p):
    """'5 stars', 'a weekly target in kilometres': a number's unit, or a quantity in one."""
    return p.start > 0 and s.tags[p.start - 1] == "NUMBER" or \
        s.words[p.end:p.end + 1] == ["in"] and (q := s.next_phrase(p.end + 1)) is not None and q.start == p.end + 1 and \
        q.head in lexicon.measure_nouns()


def _ours(s, p):
    """Is p what the writer is or runs ('we run a small hair salon', 'we are an animal shelter')?"""
    k = _opened(s, p)
    return k >= 2 and s.words[k - 1] in _BEING_OURS and s.words[k - 2] in w.SUBJECT_PRONOUNS


def _title(s, p):
    """'A public library.': a sentence that is only the phrase names what the text is about."""
    return _opened(s, p) == 0 and p.end >= len(s.tokens) - (s.words[-1:] in ([":"], ["-"]))


def _defined(s, p):
    """'sailings are scheduled trips': what a thing is said to be is that thing."""
    k = _opened(s, p)
    return k >= 2 and s.words[k - 1] in ("is", "are") and (q := s.phrase_at(k - 2)) is not None and q.end == k - 1
