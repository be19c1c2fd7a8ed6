"""How a sentence treats a noun phrase — acted on, described with fields, listed among others,
coordinated — the shapes entity discovery (discovery.py) weighs before voting a phrase a thing."""

from . import fragments, lexicon
from . import text as tx
from . import words as w
from .cues import ATTRIBUTE_WORDS, CLAUSE_BREAKS, LIGHT_VERBS

# verbs whose object does the next verb: "the platform lets landlords list apartments"
_CAUSING = frozenset("lets let allows allow enables enable helps help".split())
# verbs after which a list gives the subject's fields ("an application includes the income, …")
_DESCRIBING = frozenset("has have gets get includes include contains contain records holds lists stores".split())


def _past_manner(s, k):
    """The index after 'by the hour', 'per month', 'each week' at k (k itself when none is there)."""
    if s.words[k:k + 1] in (["by"], ["per"], ["each"], ["every"]):
        j = k + 1 + (s.words[k + 1:k + 2] in (["the"], ["a"]))
        if j < len(s.words) and w.singular(s.words[j]) in lexicon.measure_nouns():
            return j + 1
    return k


def _speakers(s, k):
    """Is the verb at k the speaker's: 'I want to borrow tools', 'we can rent out boats' (in a story the
    speaker is one of the text's people)?"""
    j = k - 1 - (s.words[k - 1:k] == ["to"])
    while j >= 0 and (s.words[j] in w.MODALS or s.words[j] in _WISHING or s.tags[j] == tx.ADV):
        j -= 1
    return j >= 0 and s.words[j] in ("i", "we")


_WISHING = frozenset("want wants need needs like would also".split())


class PhraseShapes:
    """Mixed into :class:`.discovery.EntityDiscovery` (reads its sentences)."""

    @staticmethod
    def _acted_on(s, p):
        """'subscribers join lists', 'we send campaigns to lists', 'guests book tables': a plural list or
        table a verb acts on (not 'a list of …') is a record."""
        k = p.start - 1
        while k >= 0 and s.tags[k] in (tx.DET, tx.ADJ, tx.PREP) and s.words[k] not in ("of",):
            k -= 1
        if not (p.plural and k >= 0 and s.tags[k] == tx.VERB and w.verb_base(s.words[k]) not in LIGHT_VERBS and
                s.words[p.end:p.end + 1] != ["of"]):
            return False
        doer = s.phrase_at(k - 1)               # ("prospective tenants send applications for apartments",
        return p.head in ("list", "table") or (doer is not None and doer.plural and doer.end == k and   # "staff
                                               (doer.head in lexicon.person_nouns() or       # log items that …")
                                                doer.head in lexicon.group_nouns())) or _speakers(s, k)

    @staticmethod
    def _verbs_alike(s, obj):
        """The plural objects of the verbs that go on the subject's list after obj (', book stays and
        leave reviews'; 'book desks and meeting rooms by the hour and pay monthly invoices'): a verb (no
        light one) right after a comma or 'and', its plural object right after; the objects joined to
        obj and a short phrase of manner ('by the hour') are passed over."""
        out, k = [], obj.end
        while True:
            joined = PhraseShapes._coordinated(s, obj)
            k = _past_manner(s, joined[-1].end if joined else k)
            if not (k + 2 < len(s.words) and s.words[k] in (",", "and")):
                break
            v = k + 1 + (s.words[k] == "," and s.words[k + 1] == "and")
            q = s.next_phrase(v + 1)
            if s.tags[v] != tx.VERB or q is None or not q.plural or w.verb_base(s.words[v]) in LIGHT_VERBS or \
                    any(s.tags[j] not in (tx.DET, tx.ADJ, tx.QUANT) for j in range(v + 1, q.start)):
                break
            out.append(q)
            obj, k = q, q.end
        return out

    @staticmethod
    def _described(s, p):
        """'a piece has a title, a composer and a duration': a phrase that opens its sentence and has
        fields is counted like 'each piece' (generic heads are things then)."""
        k = p.end
        rest = s.words[k + 1:]
        if p.start == 0 and fragments.participle_label(s) is not None:
            return True                                   # ("batches brewed from a recipe, brew date, volume")
        if p.start <= 1 and p.plural and s.words[k:k + 1] in (["are"], ["were"]) and s.tags[k + 1:k + 2] == [tx.VERB] and \
                s.words[k + 2:k + 3] == ["with"] and ("," in rest or "and" in rest):
            return True                                   # ("tools are logged with a capacity and a rating")
        if p.start <= 1 and p.plural and s.words[k:k + 1] == ["("]:
            close = tx.after_parenthesis(s.tokens, k) - 1
            inside = s.words[k + 1:close]
            if "," in inside and any(w.field_word(x) or x in ATTRIBUTE_WORDS for x in inside) and \
                    tx.lowercase_fields(s.tokens[k + 1:close]):
                return True                               # ("tools (capacity, rating) are stored in rooms")
        if p.start > 1 or k + 1 >= len(s.words) or (s.words[k] not in _DESCRIBING and not (
                s.words[k] in (":", "-") and p.plural)):  # ("- Tools: name, brand, serial number")
            return False
        if s.words[k] in ("has", "have") and p.plural and (q := s.next_phrase(k + 1)) is not None and \
                q.start <= k + 2 and q.end == len(s.words) and (w.field_word(w.singular(q.head)) or (
                    q.head in lexicon.kind_nouns() and q.head not in lexicon.thing_nouns())):
            return True                                   # "Games have a score", "games have scores": one field
        return bool(ATTRIBUTE_WORDS & set(rest)) or (s.words[k] in ("has", "have", "gets", "get") and rest[:1] != ["to"]
                                                     and ("," in rest or "and" in rest))   # ("the app stores books";
        #                                                  "every entry gets a placement and a score")

    @staticmethod
    def _listed_among(s, p):
        """Is the plural p one item of a list of three or more plurals ('ingredients, suppliers, recipes,
        batches', 'customers, tools and rentals')?"""
        k = p.start - 1
        while k >= 0 and s.tags[k] in (tx.DET, tx.ADJ):
            k -= 1
        if k < 1 or s.words[k] not in (",", "and", "or"):
            return False
        before = [q for q in s.phrases if q.end <= k and q.plural]
        if before and all(s.words[j] in (",", "and", "or") for j in range(before[-1].end, k + 1)) and \
                tx.joined_to(s, p, plural=True):
            return True                      # ("customers, tools and rentals": one before, one after)
        return len(before) >= 2 and all(s.words[j] in (",", "and", "or") or s.tags[j] in (tx.DET, tx.ADJ)
                                        for j in range(before[-2].end, before[-1].start)) and \
            before[-1].end <= k and all(s.words[j] in (",", "and", "or") for j in range(before[-1].end, k + 1))

    @staticmethod
    def _among_things(s, p):
        """Are the two plurals listed before p no fields, one a made thing at least (WordNet's artifacts:
        'laptops, monitors and phones'; not 'names, emails and phones')?"""
        before = [q for q in s.phrases if q.end < p.start and q.plural][-2:]
        return len(before) == 2 and any(q.head in lexicon.thing_nouns() for q in before) and \
            not any(q.head in w.FIELD_NOUNS for q in before)

    @staticmethod
    def _coordinated(s, p):
        """The plural phrases joined to p by 'and', 'or' or commas, in order ('day passes or memberships')."""
        return tx.joined_to(s, p, plural=True)

    @staticmethod
    def _fields_follow(s, p):
        """'its own labels (name and colour)', 'defines labels with a name and a colour': a plural with its
        fields in parentheses or after 'with' is described like a thing (even a word that is mostly a field)."""
        k = p.end + 2 if s.words[p.end:p.end + 1] == ["per"] and s.tags[p.end + 1:p.end + 2] == [tx.NOUN] else p.end
        #                                       ("labels per project (name, colour)")
        if k + 2 < len(s.words) and s.words[k] == "with" and p.start > 0 and s.tags[p.start - 1] == tx.VERB:
            listed = s.words[k + 1:k + 10]          # "each project defines labels with a name and a colour"
            return bool(ATTRIBUTE_WORDS & set(listed)) and ("and" in listed or "," in listed)
        return k < len(s.words) and s.words[k] == "(" and \
            bool(ATTRIBUTE_WORDS & set(s.words[k + 1:tx.after_parenthesis(s.tokens, k)]))

    def _each_listed_fields(self, s, p):
        """'each step has a position and the instruction text': a word that is mostly a field, said of
        each one of them with two or more things it has, is a thing — not a unit of time ('each day has
        …'), nor the head of a compound said elsewhere ('a voucher code …; each code has …': the compound's)."""
        return p.det in ("each", "every") and p.start == 1 and p.head not in lexicon.measure_nouns() and \
            self._listed_fields(s, p, first=1) and \
            not any(len(q.lemma) > 1 and q.lemma[-1] == p.head for x in self.sentences for q in x.phrases)

    @staticmethod
    def _listed_fields(s, p, first=0):
        """'Addresses have a street, a city and a postcode', 'phones are logged with a colour and a size': a plural
        opening its sentence and having two or more things listed is described like a thing (even a word that is
        mostly a field)."""
        k = p.end
        rest = s.words[k + 1:]
        if all(s.tags[j] in (tx.DET, tx.ADJ) for j in range(first, p.start)) and s.words[k:k + 1] in (["are"], ["were"]) and s.tags[k + 1:k + 2] == [tx.VERB] and \
                tx.participle_like(s.words[k + 1]) and s.words[k + 2:k + 3] == ["with"]:
            rest = s.words[k + 3:]                  # "phones are logged with a colour and a size"
            return "," in rest or "and" in rest
        return p.start == first and k < len(s.words) and s.words[k] in ("has", "have") and \
            rest[:1] != ["to"] and ("," in rest or "and" in rest)

    @staticmethod
    def _clause_initial(s, start):
        """Only articles, adjectives, adverbs and quantifiers between a clause boundary and start?"""
        k = start - 1
        while k >= 0 and (s.tags[k] in (tx.DET, tx.ADJ, tx.QUANT, tx.ADV) or s.tokens[k].text == "course"):
            if s.tokens[k].text == "course" and k > 0 and s.tokens[k - 1].text == "of":
                k -= 1
            k -= 1
        return k < 0 or s.tokens[k].text in CLAUSE_BREAKS or s.tokens[k].text in _CAUSING

    @staticmethod
    def _clause_after(s, index):
        """'Fleet maintenance: trucks have a VIN, …': a clause of its own after a singular label (the label
        titles it; a plural one, 'VOTES: people can upvote …', names the thing the clause is about)."""
        p = s.next_phrase(index)
        return p is not None and p.start == index and p.plural and p.end < len(s.tokens) and \
            s.tokens[p.end].text in ("have", "are", "can", "must", "may")


def listed_in_parentheses(toks, start):
    """Is the phrase at start an item of a list in parentheses ('(photos, receipts, police reports)')?"""
    depth, comma = 0, False
    for t in toks[:start]:
        if t.text == "(":
            depth, comma = depth + 1, False
        elif t.text == ")":
            depth -= 1
        elif t.text == "," and depth > 0:
            comma = True
    return depth > 0 and comma


def short_items(s, k):
    """Does a list of two or more short items, no verb among them, run from k to the end ('from warehouse, to
    warehouse, weight')?"""
    items, n = [], 0
    for j in range(k, len(s.tokens)):
        if s.tokens[j].text in (",", "and"):
            items.append(n)
            n = 0
        elif s.tags[j] == tx.VERB or s.tokens[j].kind not in ("word", "number"):
            return False
        else:
            n += 1
    return len(items) >= 1 and all(1 <= x <= 3 for x in items + [n])


def after_with(s, k):
    """Is position k in what a 'with' says an item has ('orders with items and quantities')?"""
    for j in range(k - 1, -1, -1):
        if s.words[j] in (",", ":", ";", "("):
            return False
        if s.words[j] == "with":
            return True
    return False
