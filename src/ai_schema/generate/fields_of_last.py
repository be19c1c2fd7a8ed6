"""'Each log is sawn into boards: thickness, width, length, grade': a clause that ends in a plural thing, then a
colon and a list of field words — the fields are that thing's, not the clause's subject's. The line is read as the
clause and then the thing's own header ('Each log is sawn into boards. Boards: thickness, …'), as a list header
is read everywhere else. Not a list of values ('comes in sizes: small, medium'), nor of the fields of a word that
names fields or details ('customers have three fields: name, email')."""

import re

from . import lexicon
from . import words as w

# a clause of three words or more, its last word a plural, a colon, then a list to the line's or sentence's end
_CLAUSE_THEN_LIST = re.compile(r"(?m)(?P<clause>(?:^|(?<=[.!?] ))[ \t]*(?:[-*+][ \t]+)?[A-Za-z][a-z]*(?: [a-z][\w'-]*){2,14}) "
                               r"(?P<noun>[a-z]{3,}s)[ \t]*:[ \t]*(?P<items>[^\n:;.()]+?)(?P<end>[.;]?[ \t]*$|[.;] )")
# the word before the plural makes it what the clause yields or holds: 'into', 'of', a having verb's object
# (not "from", "to", "by", "for": "parcels come in from couriers: date, weight" lists the parcels' fields)
_BEFORE = frozenset("into of has have holds contains gets the their its our several many multiple".split())
# words that name a record's fields or parts, not a thing of its own
_FIELDS_WORDS = frozenset("fields details columns attributes properties data info information things items values "
                          "options types kinds sizes categories features".split())


def _fieldish(item):
    words = item.split()
    return 1 <= len(words) <= 3 and w.field_word(w.singular(words[-1]).lower())


def split(text):
    """The text with each such clause ended before its list, and the list opened by the thing's name."""
    def one(m):
        noun, items = m.group("noun"), [x.strip() for x in re.split(r",|\band\b|&|\+", m.group("items")) if x.strip()]
        one, before = w.singular(noun), m.group("clause").split()[-1].lower()
        if before not in _BEFORE or noun in _FIELDS_WORDS or w.field_word(one) or one == noun or \
                one not in lexicon.all_words() or len(items) < 2 or sum(map(_fieldish, items)) * 3 < len(items) * 2:
            return m.group(0)
        return f"{m.group('clause')} {noun}. {noun.capitalize()}: {m.group('items').strip()}{m.group('end')}"
    return _CLAUSE_THEN_LIST.sub(one, text) if ":" in text else text
