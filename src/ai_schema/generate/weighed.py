"""What an act finds out about a thing: 'fleeces, which we weigh and grade when they arrive', 'we weigh every
parcel', 'each animal is weighed', 'carers weigh every hedgehog daily'. A verb spelled as a property WordNet
files under noun.attribute and uses more as a noun (size, colour, age, number, price), or that property less its
last letter (weight: weigh), keeps that property: a field of the thing — or of the act's record when the act is
one (a weighing's weight)."""

from . import lexicon
from . import text as tx


def property_of(verb):
    """The attribute noun a verb finds out ('weigh': weight, 'size': size), or None."""
    for noun in (verb, verb + "t"):
        if noun in lexicon.property_nouns() and lexicon.verb_lemma(noun) in (verb, noun, None) and \
                not (noun == verb and lexicon.mostly_verb(verb)):
            return noun                  # (not 'look', 'build', 'raise': verbs first, their attribute a homonym)
    return None


def _verbs_at(s, i):
    """The verbs joined at i ('weigh and grade', 'weighed and measured'): [(index, property)] of those that keep
    a property, and the index past them."""
    out, k = [], i
    while k < len(s.tokens) and s.tags[k] == tx.VERB:
        noun = property_of(lexicon.verb_lemma(s.words[k]) or s.words[k])
        if noun is not None:
            out.append((k, noun))
        if s.words[k + 1:k + 2] in (["and"], ["or"]) and s.tags[k + 2:k + 3] == [tx.VERB]:
            k += 2
        else:
            break
    return out, k + 1


def weighed(s):
    """[(the thing's phrase, [properties], the verb's index)] of each 'X, which we weigh', 'we weigh each X', 'X
    are weighed'."""
    out = []
    for i, word in enumerate(s.words):
        if s.tags[i] != tx.VERB or i >= 2 and s.words[i - 1] in ("and", "or") and s.tags[i - 2] == tx.VERB:
            continue                                      # (a verb joined to the one before: read with it)
        found, past = _verbs_at(s, i)
        if not found:
            continue
        thing = None
        if i >= 3 and s.words[i - 1] in ("we", "i") and s.words[i - 2] == "which" and s.words[i - 3] == ",":
            thing = s.phrase_at(i - 4)                    # "fleeces, which we weigh and grade"
        elif i >= 1 and s.words[i - 1] in ("we", "i"):
            p = s.next_phrase(past)                       # "we weigh every parcel"
            thing = p if p is not None and p.start <= past + 1 and p.det in ("each", "every", "the", "all") or \
                p is not None and p.start == past and p.plural else None
        elif i >= 2 and s.words[i - 1] in ("is", "are", "was", "were", "gets", "get") and \
                (found[-1][0] != past - 1 or
                 s.words[past:past + 1] not in (["by"], ["through"], ["via"], ["for"], ["to"], ["with"], ["as"])):
            thing = s.phrase_at(i - 2)                    # "each animal is weighed" (not "… by a vet": theirs;
            #                                               not "a room is reserved through a booking")
            if s.words[i - 2] == "and" and s.phrases and s.phrases[0].start <= 1:
                thing = s.phrases[0]                      # "each suitcase has a tag and is weighed": the subject's
        if thing is not None:
            out.append((thing, [noun for _, noun in found], i))
    return out


def read_acts(ex):
    """The records of acts done again and again keep what each one found out (interactions.periodic_act)."""
    for noun, prop in ex.act_properties.items():
        key = ex.phrase_entity.get((noun,))
        if key is not None and key in ex.spec.entities and prop not in ex.spec.entities[key].attributes:
            ex.spec.entities[key].attribute(prop)


def read(ex, s):
    for thing, nouns, i in weighed(s):
        key, role = ex.entity_of(thing)
        if key is None or role or lexicon.holds_people(key) and thing.det not in ("each", "every"):
            continue
        attributes = ex.spec.entities[key].attributes
        for noun in nouns:
            if not any(a == noun or a.startswith(noun + "_") or a.endswith("_" + noun) for a in attributes):
                ex.spec.entities[key].attribute(noun)    # (not again: "… and we note the weight in kilograms")
