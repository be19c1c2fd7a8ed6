"""The act of a verb named by a synonym's noun, from WordNet 3.0 (maintained data, not a hand list): 'buy' names no
act of its own, but its most frequent sense is also 'purchase', whose act is a purchase — so 'Customers buy products.
Each purchase has a date' keeps each purchase between the customer and the product.

`data/synonym_acts.tsv` (`verb<TAB>noun`) is derived from Debian's wordnet-base and shipped with the package;
`python -m ai_schema.generate.synonym_acts` derives it again, and a test checks the shipped file against the system's
WordNet. Only verbs without an act of their own (lexicon.verb_act) are listed."""

import functools
import importlib.resources
import pathlib

from . import wordnet


def derive_synonym_acts(index_verb, data_verb, verb_acts_tsv):
    """The lines of data/synonym_acts.tsv: a verb with no act noun of its own, and the act noun of the first other
    one-word lemma of its most frequent sense that has one (buy: purchase)."""
    own = dict(line.split("\t") for line in verb_acts_tsv.splitlines() if line)
    lines = wordnet.data_lines(data_verb)
    out = []
    for verb, senses in sorted(wordnet.lemma_offsets(index_verb).items()):
        line = lines.get(senses[0])
        if verb in own or line is None:
            continue
        act = next((own[x] for x in wordnet.synset_words(line) if x != verb and x.isalpha() and x in own), None)
        if act is not None:
            out.append(f"{verb}\t{act}\n")
    return "".join(out)


@functools.lru_cache(maxsize=1)
def synonym_acts():
    """{verb: the act noun of a synonym} (data/synonym_acts.tsv)."""
    text = importlib.resources.files("ai_schema.generate").joinpath("data/synonym_acts.tsv").read_text()
    return dict(line.split("\t") for line in text.splitlines() if line)


if __name__ == "__main__":
    data = pathlib.Path(__file__).parent / "data"
    target = data / "synonym_acts.tsv"
    target.write_text(derive_synonym_acts(*((wordnet.WORDNET / x).read_text() for x in ("index.verb", "data.verb")),
                                          (data / "verb_acts.tsv").read_text()))
    print(f"wrote {target}")
