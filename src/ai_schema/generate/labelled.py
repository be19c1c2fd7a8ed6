"""'Recipes are tagged (vegan, quick, …)', 'posts can be labelled with keywords': a verb whose noun is the verb
itself, a word one files things under (WordNet: tag, label), done to things makes a list of such words — a
table of them, their names unique — and a pair table to the things (a tag is shared by many recipes, and a
recipe has many tags). The words in parentheses are its rows, not a field's values."""

from . import clauses, lexicon
from . import words as w


def labels(s):
    """[(thing phrase, the words' noun, verb)] of each passive clause of a filing verb in the sentence."""
    out = []
    for c in clauses.clauses(s):
        noun = lexicon.verb_act(c.verb)
        if not c.passive or c.subject is None or noun != c.verb or noun not in lexicon.kind_nouns() or \
                s.words[c.at + 1:c.at + 2] in (["as"], ["to"]):
            continue                             # ("bugs are labelled as P1 or P2": a field's values)
        named = next((p for prep, p in c.objects if prep == "with" and p.plural and len(p.lemma) == 1 and
                      p.start == c.at + 2 and p.det is None and p.head not in lexicon.measure_nouns()), None)
        #                                    (right after the verb's "with": not "logged with the rider and how many
        #                                     minutes it lasted")
        if named is None and s.words[c.at + 1:c.at + 2] != ["("]:
            continue                             # (the words themselves, or examples of them, say it is a list:
            #                                      "claims are filed against policies" files nothing under words)
        out.append((c.subject, named.head if named is not None else noun, c.verb))
    return out


def read(ex, s):
    """The words' table and the pairs, for each thing a filing verb is done to."""
    for thing, noun, verb in labels(s):
        key, role = ex.entity_of(thing)
        if key is None or role or key == noun or lexicon.holds_people(key):
            continue
        ex.spec.entities[key].attributes.pop(w.plural(noun), None)   # (read as a field: "with keywords")
        kind = ex.spec.entities.get(noun) or ex._act_entity(noun)
        kind.attribute("name").unique = True
        ex._many(key, noun, verb)
