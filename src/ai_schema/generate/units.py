"""Units of measurement, from WordNet 3.0 (maintained data, not a hand list): the one-word nouns whose most
frequent sense lies under WordNet's 'unit of measurement' or 'time unit' (hour, minute, mile, kilo, litre, byte).
A plural of one counts how much or how long — 'the hours each volunteer worked', 'the miles each walker
covered' are a field — where a container or a thing is kept ('the kegs each batch fills': a keg is first the
quantity it holds, a containerful, no unit).

`data/unit_nouns.txt` is derived from Debian's wordnet-base and shipped with the package, so that generation
is the same bytes wherever it runs; `python -m ai_schema.generate.units` derives it again, and a test checks the
shipped file against the system's WordNet."""

import functools
import importlib.resources
import pathlib

from . import wordnet

# WordNet's unit_of_measurement (a definite magnitude: mile, kilo, litre) and time_unit (hour, minute, day), which
# WordNet files under 'measure' beside it
UNITS = frozenset(("13583724", "15154774"))


def derive_unit_nouns(index_noun, data_noun):
    """The lines of data/unit_nouns.txt: one-word nouns whose most frequent sense has 'unit of measurement' or
    'time unit' among its hypernyms."""
    lines = wordnet.data_lines(data_noun)

    @functools.lru_cache(maxsize=None)
    def under(offset, depth=0):
        if offset in UNITS:
            return True
        line = lines.get(offset)
        if line is None or depth > 12:
            return False
        return any(under(up, depth + 1) for up in wordnet.hypernyms(line))
    return "".join(f"{word}\n" for word, offsets in sorted(wordnet.lemma_offsets(index_noun).items())
                   if under(offsets[0]))


@functools.lru_cache(maxsize=1)
def unit_nouns():
    """The nouns of data/unit_nouns.txt (hour, mile, kilo)."""
    text = importlib.resources.files("ai_schema.generate").joinpath("data/unit_nouns.txt").read_text()
    return frozenset(text.split())


if __name__ == "__main__":
    target = pathlib.Path(__file__).parent / "data" / "unit_nouns.txt"
    target.write_text(derive_unit_nouns(*((wordnet.WORDNET / x).read_text() for x in ("index.noun", "data.noun"))))
    print(f"wrote {target}")
