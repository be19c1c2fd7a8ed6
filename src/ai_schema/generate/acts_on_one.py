"""People who act on one thing at a time, beside a record of such acts: 'students borrow a laptop for up to 7
days; a loan has a checkout time' — the acts are the loans' (each refers to the student and the laptop), not
one laptop of each student's."""

from . import lexicon
from . import text as tx
from .cues import CREATION_VERBS, HAVE, LIGHT_VERBS, OWNING_VERBS


def acts_on_one(spec, s, src, obj_p, obj_key, base, i):
    """Do people (plural, the mention src) act with the verb at i (base) on one thing at a time (obj_p, 'a',
    'an') that the verb neither makes nor owns, while the text keeps a record of acts (WordNet's occurrence)
    that nothing refers to yet?"""
    if src is None or not src[0].plural or not lexicon.holds_people(src[1]) or obj_p.det not in ("a", "an") or \
            obj_p.plural or lexicon.holds_people(obj_key) or obj_p.head in lexicon.occurrence_nouns() or \
            base in LIGHT_VERBS or base in HAVE or base in OWNING_VERBS or base in CREATION_VERBS or \
            s.tags[i] != tx.VERB or s.words[i - 1] in ("is", "are", "be", "been", "was", "were"):
        return False
    return any(e.words[-1] in lexicon.occurrence_nouns() and len(e.words) == 1 and
               k not in (src[1], obj_key) and not any(r.source == k or r.target == k for r in spec.relations)
               for k, e in spec.entities.items())
