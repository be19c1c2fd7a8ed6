"""'Dishes are made from ingredients', 'candles are made from waxes and scents': what each thing is made from goes
into many of them — one dish has several ingredients and each ingredient is in many dishes, a pair table, not one
reference. Said with make or a verb of WordNet's verb.creation (brew, cook, build), in the passive,
then 'from' and a bare plural of things (not of acts: 'alerts are raised from abnormal readings', one each)."""

from . import lexicon


def made_from_many(s, src, obj_p, base, passive, prep, spec, obj_key):
    """Is the clause a plural made from a bare plural of things (not of people)?"""
    base = lexicon.verb_lemma(base) or base
    return passive and prep == "from" and obj_p.plural and obj_p.det is None and src is not None and \
        src[0].plural and (base == "make" or lexicon.verb_class(base) == "creation") and \
        not lexicon.holds_people(obj_key) and obj_key in spec.entities and \
        spec.entities[obj_key].words[-1] not in lexicon.act_nouns() | lexicon.occurrence_nouns()
