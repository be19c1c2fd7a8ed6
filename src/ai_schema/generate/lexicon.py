"""English noun forms from WordNet 3.0 (maintained data, not a hand list).

`data/noun_plurals.tsv` is derived from WordNet's morphological exception list for nouns
(`/usr/share/wordnet/noun.exc`, Debian's wordnet-base): each irregular plural with its singular
(alumni → alumnus, criteria → criterion, analyses → analysis). It ships with the package so
that generation is the same bytes wherever it runs; `python -m ai_schema.generate.lexicon`
derives it again, and a test checks the shipped file against the system's WordNet.

WordNet 3.0 license: permission to use, copy, modify and distribute (Princeton University).
"""

import functools
import importlib.resources
import pathlib
import sys

WORDNET = pathlib.Path("/usr/share/wordnet")


def derive(exc_text):
    """The plural → singular lines of noun.exc: single words, lower case, plural different from the singular."""
    pairs = {}
    for line in exc_text.splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        plural, singular = parts
        if plural == singular or not plural.isalpha() or not singular.isalpha() or not plural.islower():
            continue
        pairs.setdefault(plural, singular)
    return "".join(f"{p}\t{s}\n" for p, s in sorted(pairs.items()))


@functools.lru_cache(maxsize=1)
def irregular_plurals():
    """{plural: singular} of WordNet's irregular nouns."""
    text = importlib.resources.files("ai_schema.generate").joinpath("data/noun_plurals.tsv").read_text()
    return dict(line.split("\t") for line in text.splitlines())


@functools.lru_cache(maxsize=1)
def irregular_singulars():
    """{singular: plural} of WordNet's irregular nouns (the alphabetically first plural of several)."""
    out = {}
    for plural, singular in sorted(irregular_plurals().items()):
        out.setdefault(singular, plural)
    return out


if __name__ == "__main__":
    out = pathlib.Path(__file__).parent / "data" / "noun_plurals.tsv"
    out.write_text(derive((WORDNET / "noun.exc").read_text()))
    sys.stderr.write(f"wrote {out}\n")
