"""The word lists lexicon.py reads, derived from WordNet 3.0's own files (maintained data, not a hand list).

Derived from Debian's wordnet-base (`/usr/share/wordnet`) and shipped with the package, so that
generation is the same bytes wherever it runs; `python -m ai_schema.generate.wordnet` derives the
files again, and a test checks the shipped files against the system's WordNet.

- `data/noun_plurals.tsv`: the irregular plurals of noun.exc with their singular (alumni →
  alumnus, criteria → criterion, analyses → analysis).
- `data/person_nouns.txt`: the one-word nouns whose most frequent sense is a person (WordNet's
  lexicographer file noun.person): customer, stylist, alumnus, volunteer.
- `data/kin_nouns.txt`: the one-word nouns with a sense under WordNet's 'relative' (child, kid, spouse):
  whose kin a person is.
- `data/role_nouns.txt`: the one-word nouns with a noun.person sense that is not their most frequent
  one (fan, agent, operator, moderator): the role a user story names ("As a fan, …") is a person.
- `data/occurrence_nouns.txt`: the one-word nouns whose most frequent sense is an act, a
  communication, an event or a possession (noun.act, noun.communication, noun.event,
  noun.possession): order, request, booking, payment, message — records of one occurrence.
- `data/adjectives.txt`: the one-word adjectives of index.adj that WordNet's tagged corpus uses
  as adjectives at least as often as nouns (physical, digital, first): modifiers, never a thing.
- `data/adverbs.txt`: the one-word adverbs of index.adv that are no noun, verb or adjective and
  do not end in -ly (afterwards, elsewhere, anymore): they modify a clause and never name a thing.
- `data/noun_compounds.txt`: the two-word nouns of index.noun whose second word is also a verb
  (board game, time sheet, job offer): after its first word the second is the compound's head,
  not a verb ("the board games my friends borrow").
- `data/phrasal_acts.tsv`: phrasal verbs of index.verb (check_in, turn_out, hand_over) with the noun
  of their act (check-in, turnout, handover) when WordNet's first sense of that noun is an act or an
  event: "members check in at a gym" keeps check-ins.
- `data/verb_classes.tsv`: every one-word verb with the class of its most frequent sense
  (WordNet's verb lexicographer files: creation, communication, cognition, social, stative …):
  "pick" chooses (cognition), "teach" tells (communication), "attend" is (stative).
- `data/verbs.tsv`: every one-word verb of index.verb with how often WordNet's tagged corpus
  uses it as a verb and as a noun (its `tagsense_cnt`), so the tagger knows that "borrow" and
  "upload" are verbs and "price" is mostly a noun; then verb.exc's irregular forms
  (`=went\tgo`).

WordNet 3.0 license: permission to use, copy, modify and distribute (Princeton University).
"""

import pathlib
import re
import sys

from .lexicon import PARTICLES

WORDNET = pathlib.Path("/usr/share/wordnet")


def derive(exc_text, *index_texts):
    """The plural → singular lines of noun.exc: single words, lower case, plural different from the singular.
    Given the index files, a "plural" WordNet's corpus tags more often than its singular is a word of its own
    and is left out ("dive", a plunge, not Italian for divas)."""
    tagged = dict(line.split("\t") for line in derive_words(*index_texts).splitlines()) if index_texts else {}
    pairs = {}
    for line in exc_text.splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        plural, singular = parts
        if plural == singular or not plural.isalpha() or not singular.isalpha() or not plural.islower():
            continue
        if int(tagged.get(plural, 0)) > int(tagged.get(singular, 0)):
            continue
        pairs.setdefault(plural, singular)
    return "".join(f"{p}\t{s}\n" for p, s in sorted(pairs.items()))


def _index(text):
    """{lemma: tagged sense count} of one index.<pos> file (one-word lemmas only)."""
    out = {}
    for line in text.splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        if not f[0].isalpha() or not f[0].islower():
            continue
        pointers = int(f[3])
        out[f[0]] = int(f[5 + pointers])
    return out


def derive_adjectives(index_adj, index_noun):
    """The lines of data/adjectives.txt: one-word adjectives that WordNet's tagged corpus uses as
    adjectives at least as often as nouns (physical, digital, first, domestic; not home, gas)."""
    adjectives, nouns = _index(index_adj), _index(index_noun)
    return "".join(f"{a}\n" for a, n in sorted(adjectives.items()) if n >= nouns.get(a, -1))


def derive_adverbs(index_adv, index_noun, index_verb, index_adj):
    """The lines of data/adverbs.txt: one-word adverbs WordNet knows as no other part of speech, nor
    as a form of another word's (needs, faster, closest); the -ly ones are told by their ending."""
    other = _index(index_noun).keys() | _index(index_verb).keys() | _index(index_adj).keys()
    return "".join(f"{a}\n" for a in sorted(_index(index_adv))
                   if a not in other and not a.endswith("ly") and not any(
                       a.endswith(end) and (a[:-len(end)] in other or a[:-len(end)] + "e" in other) for end in ("s", "er", "est")))


def derive_measured(index_adj, data_adj, data_noun):
    """The lines of data/measured.tsv: `adjective<TAB>noun`, the attribute WordNet says the adjective's most
    frequent sense that has one is a value of (far: distance, old: age, heavy: weight) — what "how far they
    went", "how old it is" keep."""
    adjectives, nouns = data_lines(data_adj), data_lines(data_noun)
    out = []
    for word, offsets in sorted(lemma_offsets(index_adj).items()):
        noun = next((n for n in (_attribute_noun(adjectives[o], nouns, word) for o in offsets) if n), None) or \
            next((n for n in (_attribute_noun(adjectives[o], nouns, word, "+") for o in offsets) if n), None)
        if noun is not None and noun.isalpha():   # (no attribute: the noun the word is derived with, "how
            out.append(f"{word}\t{noun}\n")       # urgent it is": urgency)
    return "".join(out)


def _attribute_noun(line, nouns, word, pointer="="):
    """The noun a data.adj line points to from the word ('=': the attribute the synset is a value of; '+': the
    word's derivationally related noun), or None."""
    f = line.split("|")[0].split()
    lemmas = synset_words(line)
    at = 4 + 2 * int(f[3], 16)
    for k in range(int(f[at])):
        symbol, offset, pos, st = f[at + 1 + 4 * k:at + 5 + 4 * k]
        source, target = int(st[:2], 16), int(st[2:], 16)
        if symbol == pointer and pos == "n" and (source == 0 or lemmas[source - 1] == word):
            g = nouns[offset].split()
            return g[4 + 2 * (target - 1)].lower() if target else g[4].lower()
    return None


def derive_verbs(index_verb, index_noun, verb_exc):
    """The lines of data/verbs.tsv: `verb<TAB>uses as verb<TAB>uses as noun`, then `=form<TAB>base`."""
    verbs, nouns = _index(index_verb), _index(index_noun)
    lines = [f"{v}\t{n}\t{nouns.get(v, -1)}\n" for v, n in sorted(verbs.items())]
    forms = {}
    for line in verb_exc.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].isalpha() and parts[1] in verbs and parts[0] != parts[1]:
            forms.setdefault(parts[0], parts[1])
    lines += [f"={f}\t{b}\n" for f, b in sorted(forms.items())]
    return "".join(lines)


# WordNet's lexicographer files by number (its `lexnames` list, which Debian's package leaves out)
NOUN_PERSON = ("18",)                            # noun.person


# noun.act, noun.communication, noun.event, noun.possession: what happens, is said or changes hands
NOUN_OCCURRENCE = ("04", "10", "11", "21")


NOUN_ACT = ("04", "10", "11")                    # the occurrences that are no possession: done, said, happened


NOUN_MEASURE = ("23", "28")                      # noun.quantity, noun.time: units one counts or prices by


NOUN_POSSESSION = "21"                           # noun.possession


# noun.animal, noun.artifact, noun.location, noun.object, noun.plant: things one can hand over or point at
NOUN_THING = ("05", "06", "15", "17", "20")


# noun.attribute, noun.cognition, noun.communication, noun.food, noun.group, noun.state, noun.substance:
# kinds, ideas and words one files things under (a colour, a skill, a tag, a cuisine, a category)
NOUN_PROPERTY = ("07",)                           # noun.attribute: weight, price, colour, size, score


NOUN_KIND = ("07", "09", "10", "13", "14", "26", "27")


NOUN_GROUP = ("14",)                             # noun.group


# a noun.possession gloss that speaks of money ("a sum of money paid", "amounts paid for goods")
MONEY_GLOSS = re.compile(r"\b(money|paid|pay|payment|payments|sum|amount|amounts|cost|costs|price|charge|financial|"
                         r"remunerat\w*|fund|funds|earn\w*)\b")


# the verbs' lexicographer files, numbered as in WordNet's lexnames
VERB_CLASSES = {"29": "body", "30": "change", "31": "cognition", "32": "communication", "33": "competition",
                "34": "consumption", "35": "contact", "36": "creation", "37": "emotion", "38": "motion",
                "39": "perception", "40": "possession", "41": "social", "42": "stative", "43": "weather"}


def data_lines(data_text):
    """{synset offset: its line} of a data.* file."""
    return {line.split(" ", 1)[0]: line for line in data_text.splitlines() if line[:1].isdigit()}


def lemma_offsets(index_text, unranked=None):
    """{one-word lower-case lemma: the offsets of its synsets, most frequent sense first} of an index.* file.
    A lemma the tagged corpus never saw ('colour': its tagsense_cnt is 0, its senses in no order) takes the
    order of a spelling with the very same senses that it saw ('color'), so both name an attribute first;
    the lemmas left in no order are added to `unranked`, when given."""
    out, untagged, ranked = {}, [], {}
    for line in index_text.splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n = int(f[2])
        if f[0].isalpha() and f[0].islower():
            out[f[0]] = f[-n:]
            if n > 1 and f[-n - 1] == "0":
                untagged.append(f[0])
        if n > 1 and f[-n - 1] != "0":
            ranked.setdefault(frozenset(f[-n:]), f[-n:])
    for word in untagged:
        if unranked is not None and frozenset(out[word]) not in ranked:
            unranked.add(word)
        out[word] = ranked.get(frozenset(out[word]), out[word])
    return out


def synset_words(line):
    """The lower-case words of a data line's synset, in WordNet's order (an adjective's '(a)', '(p)' marker dropped)."""
    f = line.split("|")[0].split()
    return [f[4 + 2 * k].split("(")[0].lower() for k in range(int(f[3], 16))]


def hypernyms(line):
    """The offsets of the noun synsets a data line's synset is a kind or an instance of ('@', '@i' pointers)."""
    fields = line.split("|")[0].split()
    at = 4 + 2 * int(fields[3], 16)
    return [fields[at + 2 + 4 * k] for k in range(int(fields[at]))
            if fields[at + 1 + 4 * k] in ("@", "@i") and fields[at + 3 + 4 * k] == "n"]


def _file_of(line):
    """The lexicographer file number of a data line (None for no line)."""
    return line.split(" ", 2)[1] if line else None


def _ranked_offsets(index_text, lines, demoted=()):
    """{lemma: its synsets' offsets, most frequent sense first}. A lemma the corpus never saw has no most frequent
    sense, only WordNet's order: one whose first sense lies in a `demoted` file (a person) that fewer than half of
    its senses share is read by its first other sense ('referral': an act and a message before the person
    referred; 'printer', 'scanner', 'router' and 'voucher' are machines and papers before people). `lines`: the
    data file's lines by offset (data_lines)."""
    unranked = set()
    offsets = lemma_offsets(index_text, unranked)
    for word in unranked if demoted else ():
        files = [_file_of(lines.get(o)) for o in offsets[word]]
        if files[0] in demoted and 2 * sum(f in demoted for f in files) < len(files):
            offsets[word] = sorted(offsets[word], key=lambda o: _file_of(lines.get(o)) in demoted)   # (stable)
    return offsets


def _first_senses(index_text, data_text, demoted=()):
    """{one-word lower-case lemma: the data line of its most frequent sense, or None}."""
    lines = data_lines(data_text)
    return {word: lines.get(offsets[0]) for word, offsets in _ranked_offsets(index_text, lines, demoted).items()}


def _first_sense_files(index_text, data_text, demoted=()):
    """{one-word lower-case lemma: lexicographer file number of its most frequent sense}."""
    return {word: _file_of(line) for word, line in _first_senses(index_text, data_text, demoted).items()}


def derive_nouns(index_noun, data_noun, lexfiles):
    """One-word nouns whose most frequent sense lies in one of WordNet's lexicographer files, one per line."""
    return "".join(f"{word}\n" for word, filenum in sorted(_first_sense_files(index_noun, data_noun, NOUN_PERSON).items())
                   if filenum in lexfiles)


def derive_person_nouns(index_noun, data_noun):
    """The lines of data/person_nouns.txt (noun.person)."""
    return derive_nouns(index_noun, data_noun, NOUN_PERSON)


_RELATIVE = "10235549"                            # WordNet's relative, relation: a person related by blood or marriage


def derive_kin_nouns(index_noun, data_noun):
    """The lines of data/kin_nouns.txt: one-word nouns with a sense under 'relative' within five hypernyms (child,
    son, spouse, parent, grandchild): whose kin a person is ('my child' in a parent's story is the parent's)."""
    lines = data_lines(data_noun)

    def kin(offset, depth=0):
        return offset == _RELATIVE or depth < 5 and any(kin(up, depth + 1) for up in hypernyms(lines[offset]))
    return "".join(f"{word}\n" for word, offsets in lemma_offsets(index_noun).items() if any(map(kin, offsets)))


def derive_role_nouns(index_noun, data_noun):
    """The lines of data/role_nouns.txt: one-word nouns with a noun.person sense that is not their most
    frequent one (fan, agent, operator, moderator): a person where a story names its role with one."""
    lines = data_lines(data_noun)
    return "".join(f"{word}\n" for word, offsets in _ranked_offsets(index_noun, lines, NOUN_PERSON).items()
                   if _file_of(lines.get(offsets[0])) not in NOUN_PERSON and
                   any(_file_of(lines.get(o)) in NOUN_PERSON for o in offsets[1:]))


def derive_occurrence_nouns(index_noun, data_noun):
    """The lines of data/occurrence_nouns.txt (noun.act, noun.communication, noun.event, noun.possession)."""
    return derive_nouns(index_noun, data_noun, NOUN_OCCURRENCE)


def derive_act_nouns(index_noun, data_noun):
    """The lines of data/act_nouns.txt (noun.act, noun.communication, noun.event)."""
    return derive_nouns(index_noun, data_noun, NOUN_ACT)


def derive_measure_nouns(index_noun, data_noun):
    """The lines of data/measure_nouns.txt (noun.quantity, noun.time)."""
    return derive_nouns(index_noun, data_noun, NOUN_MEASURE)


def derive_thing_nouns(index_noun, data_noun):
    """The lines of data/thing_nouns.txt (noun.animal, noun.artifact, noun.location, noun.object, noun.plant)."""
    return derive_nouns(index_noun, data_noun, NOUN_THING)


def derive_kind_nouns(index_noun, data_noun):
    """The lines of data/kind_nouns.txt (noun.attribute, noun.cognition, noun.communication, noun.food,
    noun.group, noun.state, noun.substance)."""
    return derive_nouns(index_noun, data_noun, NOUN_KIND)


def derive_group_nouns(index_noun, data_noun):
    """The lines of data/group_nouns.txt (noun.group: committee, panel, crew, team, jury)."""
    return derive_nouns(index_noun, data_noun, NOUN_GROUP)


def derive_property_nouns(index_noun, data_noun):
    """The lines of data/property_nouns.txt (noun.attribute)."""
    return derive_nouns(index_noun, data_noun, NOUN_PROPERTY)


def derive_money_nouns(index_noun, data_noun):
    """The lines of data/money_nouns.txt: nouns whose most frequent sense is a noun.possession whose
    gloss speaks of money (expense, fee, salary; not stock, property or share, which are owned)."""
    return "".join(f"{word}\n" for word, line in sorted(_first_senses(index_noun, data_noun, NOUN_PERSON).items())
                   if line and line.split(" ", 2)[1] == NOUN_POSSESSION and MONEY_GLOSS.search(line.split("|", 1)[-1]))


def derive_compounds(index_noun, index_verb):
    """The lines of data/noun_compounds.txt: `first second` of two-word lower-case nouns whose second
    word is a verb too."""
    verbs = _index(index_verb)
    out = []
    for line in index_noun.splitlines():
        parts = line.split(" ", 1)[0].split("_")
        if not line.startswith(" ") and len(parts) == 2 and all(x.isalpha() and x.islower() for x in parts) \
                and parts[1] in verbs:
            out.append(" ".join(parts))
    return "".join(f"{x}\n" for x in sorted(set(out)))


def derive_phrasal_acts(index_verb, index_noun, data_noun):
    """The lines of data/phrasal_acts.tsv: `verb particle<TAB>noun`."""
    offsets = {}
    for line in index_noun.splitlines():
        if not line.startswith(" "):
            f = line.split()
            offsets[f[0]] = f[-int(f[2])]
    files = {}
    for line in data_noun.splitlines():
        if line[:1].isdigit():
            offset, filenum = line.split(" ", 2)[:2]
            files[offset] = filenum
    out = []
    for line in index_verb.splitlines():
        parts = line.split(" ", 1)[0].split("_")
        if line.startswith(" ") or len(parts) != 2 or parts[1] not in PARTICLES or not parts[0].isalpha():
            continue
        noun = next((n for n in (f"{parts[0]}-{parts[1]}", parts[0] + parts[1]) if n in offsets), None)
        if noun is not None and files.get(offsets[noun]) in ("04", "11"):    # noun.act, noun.event
            out.append(f"{parts[0]} {parts[1]}\t{noun}\n")
    return "".join(sorted(out))


def derive_phrasal_verbs(index_verb):
    """The lines of data/phrasal_verbs.txt: `verb particle` of WordNet's two-word verbs with a particle
    (bring in, send in, check out)."""
    out = []
    for line in index_verb.splitlines():
        parts = line.split(" ", 1)[0].split("_")
        if not line.startswith(" ") and len(parts) == 2 and parts[1] in PARTICLES and parts[0].isalpha():
            out.append(f"{parts[0]} {parts[1]}\n")
    return "".join(sorted(out))


def derive_verb_acts(index_verb, data_verb, index_noun, data_noun):
    """The lines of data/verb_acts.tsv: `verb<TAB>noun` for verbs whose most frequent sense WordNet
    links (derivationally, '+') to a noun of the act, the event or what is said that shares the verb's
    first four letters, or three of a short verb (marry: marriage, adopt: adoption, nominate: nomination,
    review: review, enter: entry, pay: payment); of several, the one its tagged corpus uses most. A verb
    used mostly as a verb whose first sense links none asks its second and third (visit: visit, inspect:
    inspection, treat: treatment), taking only the verb's own spelling when that noun's first sense is an act
    (not 'meet', an event) or the verb with a suffix of the act (not 'passage', 'inclusion', 'requisition')."""
    nouns = data_lines(data_noun)
    used = _index(index_noun)
    verb_lines, noun_senses, uses = data_lines(data_verb), lemma_offsets(index_noun), _index(index_verb)
    out = []
    for verb, senses in sorted(lemma_offsets(index_verb).items()):
        found = _act_nouns_of(verb, verb_lines.get(senses[0]), nouns)
        if not found and uses.get(verb, 0) > used.get(verb, -1):
            for offset in senses[1:3]:
                found = [n for n in _act_nouns_of(verb, verb_lines.get(offset), nouns) if (
                    n.startswith(verb.rstrip("e")) and n.endswith(_ACT_SUFFIXES) if n != verb else
                    noun_senses.get(n) and _file_of(nouns.get(noun_senses[n][0])) == "04")]
                if found:
                    break
        if found:
            out.append(f"{verb}\t{max(found, key=lambda n: (used.get(n, 0), -len(n)))}\n")
    return "".join(out)


_ACT_SUFFIXES = ("ion", "ment", "al", "ance", "ence", "ure")


def _act_nouns_of(verb, line, nouns):
    """The nouns of the act (WordNet's noun.act, noun.communication, noun.event) one verb sense's data line links
    to derivationally, sharing the verb's first letters."""
    fields = line.split("|", 1)[0].split() if line else []
    if not fields:
        return []
    at = 4 + 2 * int(fields[3], 16)
    found = []
    for k in range(int(fields[at])):
        symbol, offset, pos, where = fields[at + 1 + 4 * k:at + 5 + 4 * k]
        source, target = int(where[:2], 16), int(where[2:], 16)
        if symbol != "+" or pos != "n" or (source and fields[4 + 2 * (source - 1)].lower() != verb):
            continue
        noun_fields = nouns[offset].split()
        noun = (noun_fields[4 + 2 * (target - 1)] if target else noun_fields[4]).lower()
        first = noun_fields[4].lower()
        if noun.endswith("ing") and first.startswith(verb) and first != verb and first[len(verb):] not in ("r", "er"):
            noun = first                    # (rent: 'renting', the synset's second word; its first is rental)
        if noun_fields[1] in NOUN_ACT and noun.isalpha() and not noun.endswith("ing") and (
                noun[:4] == verb[:4] or len(verb) <= 5 and noun[:3] == verb[:3]):   # (enter: entry, pay: payment)
            found.append(noun)
    return found


def derive_verb_classes(index_verb, data_verb):
    """The lines of data/verb_classes.tsv: `verb<TAB>class of its most frequent sense` (verb.<class>)."""
    return "".join(f"{verb}\t{VERB_CLASSES[filenum]}\n"
                   for verb, filenum in sorted(_first_sense_files(index_verb, data_verb).items()) if filenum)


def derive_words(*index_texts):
    """The lines of data/words.tsv: every one-word lower-case lemma of WordNet's index files (nouns, verbs,
    adjectives, adverbs) and how often its senses are tagged in WordNet's corpus, over all its parts of
    speech — what spelling.py calls a known word, and how usual it is."""
    counts = {}
    for text in index_texts:
        for line in text.splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            if f[0].isalpha() and f[0].islower():
                counts[f[0]] = counts.get(f[0], 0) + int(f[5 + int(f[3])])
    return "".join(f"{x}\t{n}\n" for x, n in sorted(counts.items()))


if __name__ == "__main__":
    data = pathlib.Path(__file__).parent / "data"
    (data / "noun_plurals.tsv").write_text(derive(*((WORDNET / x).read_text() for x in (
        "noun.exc", "index.noun", "index.verb", "index.adj", "index.adv"))))
    (data / "verbs.tsv").write_text(derive_verbs(*((WORDNET / x).read_text() for x in ("index.verb", "index.noun",
                                                                                          "verb.exc"))))
    nouns = [(WORDNET / x).read_text() for x in ("index.noun", "data.noun")]
    (data / "person_nouns.txt").write_text(derive_person_nouns(*nouns))
    (data / "role_nouns.txt").write_text(derive_role_nouns(*nouns))
    (data / "kin_nouns.txt").write_text(derive_kin_nouns(*nouns))
    (data / "occurrence_nouns.txt").write_text(derive_occurrence_nouns(*nouns))
    (data / "measure_nouns.txt").write_text(derive_measure_nouns(*nouns))
    (data / "act_nouns.txt").write_text(derive_act_nouns(*nouns))
    (data / "money_nouns.txt").write_text(derive_money_nouns(*nouns))
    (data / "thing_nouns.txt").write_text(derive_thing_nouns(*nouns))
    (data / "kind_nouns.txt").write_text(derive_kind_nouns(*nouns))
    (data / "property_nouns.txt").write_text(derive_property_nouns(*nouns))
    (data / "group_nouns.txt").write_text(derive_group_nouns(*nouns))
    (data / "adjectives.txt").write_text(derive_adjectives(*((WORDNET / x).read_text()
                                                             for x in ("index.adj", "index.noun"))))
    (data / "measured.tsv").write_text(derive_measured(*((WORDNET / x).read_text()
                                                         for x in ("index.adj", "data.adj", "data.noun"))))
    (data / "adverbs.txt").write_text(derive_adverbs(*((WORDNET / x).read_text()
                                                       for x in ("index.adv", "index.noun", "index.verb", "index.adj"))))
    (data / "noun_compounds.txt").write_text(derive_compounds(*((WORDNET / x).read_text()
                                                                for x in ("index.noun", "index.verb"))))
    (data / "phrasal_verbs.txt").write_text(derive_phrasal_verbs((WORDNET / "index.verb").read_text()))
    (data / "phrasal_acts.tsv").write_text(derive_phrasal_acts(*((WORDNET / x).read_text()
                                                                 for x in ("index.verb", "index.noun", "data.noun"))))
    (data / "verb_acts.tsv").write_text(derive_verb_acts(*((WORDNET / x).read_text() for x in (
        "index.verb", "data.verb", "index.noun", "data.noun"))))
    (data / "verb_classes.tsv").write_text(derive_verb_classes(*((WORDNET / x).read_text()
                                                                 for x in ("index.verb", "data.verb"))))
    sys.stderr.write(f"wrote {data}/noun_plurals.tsv, verbs.tsv, person_nouns.txt, role_nouns.txt, kin_nouns.txt, occurrence_nouns.txt, "
                     "measure_nouns.txt, money_nouns.txt, thing_nouns.txt, kind_nouns.txt, property_nouns.txt, group_nouns.txt, "
                     "act_nouns.txt, "
                     "adjectives.txt, measured.tsv, adverbs.txt, noun_compounds.txt, phrasal_verbs.txt, phrasal_acts.tsv, verb_acts.tsv and verb_classes.tsv\n")
