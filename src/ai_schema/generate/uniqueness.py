"""Uniqueness said in words: which field no two rows of a thing share.

    "no two products share a SKU", "no two users can have the same email"
    "the ISBN uniquely identifies a book", "every vehicle is identified by its VIN",
    "customers are identified by their driving licence number", "each part is listed under a unique code"
    "operated by one aircraft, identified by its tail number"
    "duplicate emails are not allowed", "no duplicate usernames", "emails must not repeat"
    "a code which must be distinct", "usernames are unique", "an employee number that is never reused"
    "each code can be used only once", "an email address, which can only be used once",
    "a handle that nobody else can take", "one account per email", "an email that no one else uses",
    "every kennel has a different code",
    "an email address can only be used for one account", "each ISBN appears only once",
    "a room's number is unique", "a badge id that identifies them"

Each rule is one pattern over a sentence's text giving the field's words and, when the sentence
names it, its owner's; relations.py finds the owner otherwise. Every group is bounded, so a long
run of words is read in linear time.
"""

import re

from . import lexicon
from . import words as w

_OWNER = r"(?P<owner>[a-z]\w{0,40})"
_FIELD = r"(?P<field>[a-z][\w ']{0,40}?)"      # ("a room 's number is unique": the owner's, read below)
_LEAD = r"(?:^|, |\band |\b(?:a|an|the|its|their|each|every) )"
_END = r"(?= ,| and| \.| \)| \(| ;| :|$)"
RULES = tuple(re.compile(p) for p in (
    r"\bno two " + _OWNER + r" (?:can |may |should |must |will )?(?:have|share|use|get) (?:the same |a |an )"
    + _FIELD + _END,
    r"\btwo " + _OWNER + r" (?:can ?not|can't|may not|must not|should not|(?:can|may|must|should|will) "
    r"never) (?:have|share|use|get) the same " + _FIELD + _END,   # ("two accounts can never have the same IBAN")
    r"\b(?:the |a |an |its |their )" + _FIELD + r" (?:uniquely )?identifies (?:a |an |each |every |the )" + _OWNER,
    r"(?:^|\b(?:each|every|a|an|the|all) )" + _OWNER + r" (?:is|are) (?:uniquely )?identified by (?:its |their |his or her |his |her |a |an "
    r"|the )?(?:own )?(?:unique )?" + _FIELD + _END,
    r"\b" + _OWNER + r" (?:uniquely )?identified by (?:its |their |a |an |the )?(?:own )?(?:unique )?" + _FIELD + _END,   # ("owns
    #                                                                       vehicles identified by registration")
    r"\b" + _OWNER + r" , (?:uniquely )?identified by (?:its |their |his or her |his |her |a |an |the )(?:own )?(?:unique )?" + _FIELD + _END,
    r"\beach " + _OWNER + r" is (?:listed|stored|kept|known|registered) (?:once )?(?:under|by|with) (?:a |an )unique "
    + _FIELD + _END,
    r"\b(?:duplicate|repeated) " + _FIELD + r" (?:are|is) (?:not allowed|forbidden|not permitted|rejected)",
    r"\bno duplicate " + _FIELD + _END,
    _LEAD + _FIELD + r" (?:can ?not|can't|must not|may not|should not|never) (?:be duplicated|repeat|be repeated|"
    r"be reused|be shared)\b",
    _LEAD + _FIELD + r" (?:, )?(?:which|that) (?:is|are|must be|has to be|should be) (?:unique|distinct|never reused)\b",
    _LEAD + _FIELD + r" (?:, )?(?:which|that) (?:can|may) (?:only )?be used (?:only )?once\b",
    r"\b(?:each|every|a|the) " + _FIELD + r" (?:can|may|must) (?:only )?be used (?:only )?once\b",
    r"\b(?:each|every|a|the) " + _FIELD + r" (?:appears|occurs|(?:can|may) (?:only )?(?:appear|occur)) (?:only )?once\b",
    _LEAD + _FIELD + r" that (?:nobody|no one|no-one) else (?:may |can |will )?(?:take|use|have|uses|has|takes)\b",
    r"\b(?:each|every) " + _OWNER + r" (?:has|gets|carries) (?:a |an |its own )?(?:different|distinct|separate) "
    + _FIELD + _END,
    _LEAD + _FIELD + r" (?:can|may) only be used (?:for|by) (?:one|a single) \w{1,40}" + _END,
    r"\bone \w{1,40} per " + _FIELD + _END,
    _LEAD + _FIELD + r" (?:names? )?(?:is |are |must be |has to be |have to be |should be )(?:also )?(?:unique|distinct)\b",
    _LEAD + _FIELD + r" (?:, )?(?:which|that) (?:uniquely )?identifies (?:them|it|him|her|each one)\b",
    r"\b(?:each|every|a|an|the) " + _OWNER + r" (?:gets|has|is given|receives) (?:a |an )" + _FIELD +
    r" of (?:their|its|his|her) own\b",
))
# strings every match of the rule at the same position in RULES contains
_NEEDLES = (("two",), ("two",), ("identifies",), ("identified",), ("identified",), ("identified",), ("unique",), ("duplicate", "repeated"), ("duplicate",),
            ("duplicated", "repeat", "reused", "shared"), ("unique", "distinct", "reused"), ("once",), ("once",),
            ("once",), ("else",), ("different", "distinct", "separate"), ("only be used",), (" per ",),
            ("unique", "distinct"), ("identifies",), (" own",))
_NOT_FIELD = frozenset("a an the its their each every own same also which that it they".split())


_ANY = re.compile(r"uniq|two|identif|duplicat|repeat|distinct|reused|once|nobody|no one|different|only be used|per\b|"
                  r"own\b")


# "usernames must be unique per organisation", "a bib number unique within an edition": among whose rows
_SCOPE = re.compile(r"^ (?:per|within|in|for|across) (?:each |every |a |an |the |one |its |their )?(?P<scope>[a-z]+)\b")


def unique_statements(text):
    """(owner word or None, field words, scope word or None) for each uniqueness the text states."""
    if not _ANY.search(text):
        return
    for rule, needles in zip(RULES, _NEEDLES):
        if not any(x in text for x in needles):
            continue                             # (each rule's own words first: most sentences have none)
        for m in rule.finditer(text):
            said = m.group("field").split()
            last = max((n for n, x in enumerate(said) if x in ("a", "an", "the")), default=-1)
            if not any(x.endswith("s") and lexicon.verb_lemma(x) not in (None, x) for x in said[:max(last, 0)]):
                last = -1                        # (only past a verb: not "a number painted on the door")
            words = [x for x in said[last + 1:] if x not in _NOT_FIELD]   # ("a member signs up with an email
            #                                                              that nobody else has used": the email)
            owner = m.groupdict().get("owner")
            if "'s" in words:                    # "a room's number is unique": the room's
                at = words.index("'s")
                owner, words = (owner or (words[at - 1] if at else None)), words[at + 1:]
            cut = next((n for n, x in enumerate(words) if n and (x in w.PREPOSITIONS or (
                x.endswith("ed") and lexicon.verb_lemma(x)))), None)
            words = words[:cut][-4:]             # ("a number painted on the door": the number)
            if words and re.match(r" names? ", text[m.end("field"):m.end("field") + 7]):
                words.append("name")             # "tag names are unique", "short names are unique"
            if words and " per " in m.group(0) and w.singular(words[-1]) in lexicon.measure_nouns():
                continue                         # ("plays for one club per season": a limit in time, no key)
            if words:
                scope = _SCOPE.match(text[m.end():])
                yield owner, words, scope.group("scope") if scope else None


# one of a thing for each of another: "ONE invoice per work order, never two", "each order can have at most
# one review", "every user has exactly one profile" (x: the one, y: what it is one per)
_THING = r"[a-z]\w{0,40}(?: (?!(?:can|may|will|must|has|have|gets?|only|per)\b)[a-z]\w{0,40})?"
# ("a customer can leave one review per product": the doer's, one per customer and product)
_DOER = r"(?:(?:each|every|a|an|the) (?P<z>" + _THING + r") (?:can |may |will |must |should )?(?:only )?[a-z]{2,30} )?"
ONE_PER = tuple(re.compile(p) for p in (
    r"\b" + _DOER + r"(?:only |exactly |just )?one (?P<x>" + _THING + r") per (?P<y>" + _THING + r")" + _END,
    r"\b(?:each|every|a|an) (?P<y>" + _THING + r") (?:can |may |will |must )?(?:only )?(?:have|has|get|gets) "
    r"(?:at most|only|exactly|just|no more than) one (?P<x>" + _THING + r")" + _END,
))


def one_per(text):
    """(words of the one, words of what it is one per, words of who does it or None) for each
    one-to-one the text states."""
    if "one" not in text:
        return
    for rule in ONE_PER:
        for m in rule.finditer(text):
            doer = m.groupdict().get("z")
            yield m.group("x").split(), m.group("y").split(), doer.split() if doer else None


def said_once(sentences, verb):
    """Does a sentence say the verb is done only once to a thing ('a member can only review a book
    once', 'a user rates a recipe …, once per recipe'; not 'only once per order': one per order)?"""
    for s in sentences:
        if "twice" in s.words and {"not", "never", "cannot", "can't"} & set(s.words):
            at = next((i for i, t in enumerate(s.tokens) if w.verb_lemma(t.text) == verb), None)
            if at is not None and "twice" in s.words[at:]:
                return True                       # ("a volunteer cannot sign up for the same shift twice")
        if "once" not in s.words:
            continue
        at = next((i for i, t in enumerate(s.tokens) if w.verb_lemma(t.text) == verb), None)
        once = s.words.index("once", at) if at is not None and "once" in s.words[at:] else None
        if once is None:
            continue
        if ("only" in s.words or "most" in s.words) and s.words[once + 1:once + 2] not in (["per"], ["a"], ["every"], ["each"]):
            return True
        done_to, per = s.next_phrase(at + 1), s.next_phrase(once + 2) if s.words[once + 1:once + 2] == ["per"] else None
        if done_to is not None and per is not None and per.start == once + 2 and per.head == done_to.head:
            return True                           # (once per the very thing it is done to)
    return False


# "I want to sign up with my email", "log in with a username": what one signs in with tells people apart
_SIGN_IN = re.compile(r"\b(?:log(?:s|ging)? ?in|sign(?:s|ing)? (?:in|up)|login|register(?:s|ing)?(?= (?:with|using|by)\b))\b"
                      r"[^.;]*?\b(?:with|using|by)\b(?P<said>[^.;]*)")   # (not "register pet owners with …")
_CREDENTIALS = frozenset("email email_address username user_name login handle phone phone_number".split())


def sign_in_keys(sentences):
    """The fields a text says people sign in or register with (email, username, phone): unique."""
    found = set()
    for s in sentences:
        m = _SIGN_IN.search(s.text()) if ("in" in s.words or "up" in s.words or "login" in s.words or
                                          any(x.startswith("regist") for x in s.words)) else None
        if m is not None:
            said = m.group("said").split()
            found |= {x for x in (w.snake(said[k:k + n]) for n in (1, 2) for k in range(len(said) - n + 1))
                      if x in _CREDENTIALS}
    return found
