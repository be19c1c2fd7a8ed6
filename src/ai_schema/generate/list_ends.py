"""Where a list of fields ends: an item that is another predicate of the list's subject ('takes place in one
room'), or one that opens a clause of its own ('and every walk is logged', '…, we send a volunteer …', '…, a plumber
fixes each leak'). Read by items.py item by item."""

from . import constructions, lexicon
from . import text as tx
from . import words as w
from .cues import ATTRIBUTE_VERBS

# what a note kept of things is called ("we keep a note of any deferral, with …"): the things are the rows
_KEPT_OF = frozenset("note log record list register history journal".split())


def predicate(s, idx):
    """Is a list item another predicate of the list's subject ('takes place in one room', 'and is
    chaired by a person', 'and lives in a stable', 'and is kept in a shed')?"""
    j = 1 if idx and s.tokens[idx[0]].text == "and" else 0
    if len(idx) < j + 2:
        return False
    word, after = s.tokens[idx[j]].text, s.tokens[idx[j + 1]].text
    k = idx[j] + 1 + (word in ("is", "are") and s.tags[idx[j + 1]] == tx.VERB)   # ("is kept in a stable")
    placed = (s.tags[idx[j]] == tx.VERB and word.endswith("s") or k > idx[j] + 1) and k + 1 < len(s.words) and \
        s.words[k] in ("in", "at", "on", "inside") and s.words[k + 1] in ("a", "an", "one") and \
        (j == 1 or s.words[idx[0] - 1] == "and")     # (not "title; lives in a folder; …": an item of its own)
    return (s.tags[idx[j]] == tx.VERB and word.endswith("s") and after == "place") or placed or \
        (word in ("is", "are") and s.tags[idx[j + 1]] == tx.VERB and len(idx) > j + 2 and
         s.tokens[idx[j + 2]].text == "by")


def new_clause(s, idx):
    """Does a list item open a clause of its own ('and every walk is logged', 'each one holds')?"""
    j = 1 if idx and s.tokens[idx[0]].text == "and" else 0
    if len(idx) >= j + 2 and s.tokens[idx[j]].text in w.SUBJECT_PRONOUNS and s.tags[idx[j + 1]] == tx.VERB and (
            (w.verb_base(s.tokens[idx[j + 1]].text) or s.tokens[idx[j + 1]].text) not in
            w.KEEPING_VERBS | ATTRIBUTE_VERBS or any(s.words[k] in ("each", "every", "any") for k in idx[j + 2:]) or
            any(s.words[k] in w.COLLECTIONS | _KEPT_OF and s.words[k + 1:k + 2] == ["of"] for k in idx[j + 2:j + 5])):
        return True                          # "… with a location and photo, we send a volunteer …", "…, and we
        #                                      keep a note of any deferral", "and we keep a catalogue of songs" (not
        #                                      "…, we log the date and the
        #                                      cost": its fields)
    if len(idx) >= j + 3 and s.tokens[idx[j]].text in ("a", "an", "one", "the") and \
            (p := s.phrase_at(idx[j + 1])) is not None and p.end in idx and s.tags[p.end] == tx.VERB and \
            s.tokens[p.end].text.endswith("s") and (
                p.head in lexicon.person_nouns() and s.words[idx[0] - 1:idx[0]] == [","] or
                w.verb_base(s.tokens[p.end].text) in w.KEEPING_VERBS and s.words[idx[0] - 2:idx[0]] in ([",", "and"], [","])):
        return True                          # "… with a location and a photo, a plumber fixes each leak", "…, the
        #                                      host reorders the queue", "…, and a loan records who took it": what
        #                                      it records is the loan's
    if j and len(idx) >= 4 and s.tags[idx[1]] == tx.VERB and s.tokens[idx[2]].text in ("each", "every") and \
            "with" in (s.tokens[k].text for k in idx[3:]):
        return True                          # "… flight number, and describes each missing bag with colour, …":
        #                                      the list after is the bag's
    if len(idx) >= j + 2 and (s.tags[idx[j]] == tx.NOUN and w.is_plural(s.tokens[idx[j]].text) or
                              s.words[idx[j]] == "the" and (j == 1 or s.words[idx[0] - 1] == "and")):
        p = s.phrase_at(idx[j] + (s.words[idx[j]] == "the"))   # "…, and others rate and save them": a subject and
        return p is not None and p.plural and p.start <= idx[j] + 1 and p.end < len(s.tokens) and (   # its verb
            s.tags[p.end] == tx.VERB and not constructions.participle(s.tokens[p.end].text) or
            s.tokens[p.end].text in w.MODALS and (j == 1 or s.words[idx[0] - 2:idx[0]] == [",", "and"]) or
            _verb_after_participle(s, p.end))
    #                                          (", and volunteers can leave a review": after 'and')
    if len(idx) >= j + 4 and (j == 1 or s.words[idx[0] - 1] in ("and", ",")) and \
            s.words[idx[j]] in ("for", "at", "after") and s.words[idx[j + 1]] in ("each", "every") and \
            any((s.words[k] in w.SUBJECT_PRONOUNS or s.tags[k] == tx.NOUN and lexicon.doer_noun(s.words[k])) and
                s.tags[k + 1:k + 2] == [tx.VERB] for k in idx[j + 2:j + 6]):
        return True                          # "…, and for every Sunday we note the colour theme", "…, and at each
        #                                      visit the carer records …": its own clause
    if len(idx) < j + 3 or s.tokens[idx[j]].text not in ("each", "every"):
        return False
    if s.tokens[idx[j + 1]].text == "one":          # ("each one holds": a verb after "each one")
        verb = s.tokens[idx[j + 2]].text
        return s.tags[idx[j + 2]] in (tx.AUX, tx.VERB) or verb.endswith("s") and lexicon.verb_lemma(verb) is not None
    p = s.phrase_at(idx[j + 1])
    return p is not None and p.end < len(s.tokens) and (s.tags[p.end] in (tx.AUX, tx.VERB) or
                                                        s.words[p.end] == "with" and not w.field_word(p.head) or
                                                        _verb_after_place(s, p.end))


def _verb_after_place(s, k):
    """Does a verb follow the place the thing before k is in ('…, and each pair on it gets a job', '…, and every
    line on an order has a quantity')?"""
    if s.words[k:k + 1] not in (["on"], ["in"]) or k + 1 >= len(s.tokens):
        return False
    if s.words[k + 1] in ("it", "them"):
        end = k + 2
    else:
        q = s.phrase_at(k + 1) or s.next_phrase(k + 1)
        if q is None or q.start > k + 2:
            return False
        end = q.end
    return end < len(s.tokens) and s.tags[end] in (tx.AUX, tx.VERB)
    #                                          ("species with their latin name, and every sighting with the spot
    #                                          …": the next thing and its own list)


def _verb_after_participle(s, k):
    """Does a participle at k ('used on a job') describe the plural before it, a verb of its own following
    ('…, and the parts used on a job come from our stock')?"""
    if s.tags[k] != tx.VERB or not constructions.participle(s.tokens[k].text) or \
            not s.tokens[k].text.endswith(("ed", "en")) and s.tokens[k].text not in w.IRREGULAR_VERBS:
        return False
    for j in range(k + 1, min(len(s.tokens), k + 7)):
        if s.tags[j] == tx.VERB or s.tags[j] == tx.NOUN and s.tags[j - 1] == tx.NOUN and j + 1 < len(s.tokens) and \
                s.tags[j + 1] == tx.PREP and lexicon.mostly_verb(s.tokens[j].text):   # ("a job come from": a verb)
            return not constructions.participle(s.tokens[j].text) and not s.tokens[j].text.endswith("ing")
        if s.tags[j] not in (tx.PREP, tx.DET, tx.ADJ, tx.NOUN, tx.QUANT):
            return False
    return False
