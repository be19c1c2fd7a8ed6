"""English words: tokens, closed word classes, singular/plural, snake_case names.

The generator has no statistical tagger (it must be deterministic, fast and
small inside a backend), so it leans on what is closed in English: articles,
pronouns, prepositions, auxiliaries, quantifiers and a list of common verbs and
adjectives. Anything else is taken for a noun.
"""

import re
import unicodedata
from functools import lru_cache

import inflection

from . import lexicon

DETERMINERS = frozenset("""a an the each every any all some no this that these those its their his her
our my your which whose what either neither another such""".split())
SINGULAR_DETERMINERS = frozenset("a an each every this that another either neither one".split())
# verbs of needing ("the puppets each show needs", "can require several skills"): what is needed is shared
REQUIRING = frozenset("need require".split())
QUANTIFIERS = frozenset("""many several multiple numerous various more most few lots plenty one two three
four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
twenty thirty forty fifty sixty seventy eighty ninety
hundred zero dozen dozens hundreds thousands millions billions""".split())     # ("about forty plots")
PRONOUNS = frozenset("""it they them we us i you he she someone somebody who whom itself themselves
ourselves anything everything something nothing anyone everyone one's whoever me him""".split())
# heads of a table whose rows are kinds ("ticket types: standard, VIP, …" names the rows); owned, a
# field whose values follow ("its connector type (CCS, Type 2)")
KIND_HEADS = frozenset("type kind category class tier level plan grade package".split())
PREPOSITIONS = frozenset("""of in on at for with by from to into onto under over per about as between
within without through across via after before during like than inside around up down out off upon
among against along behind beside besides beyond near toward towards""".split())
CONJUNCTIONS = frozenset("""and or but nor so because while when whenever whether if then plus
though although since until unless where wherever once""".split())
AUXILIARIES = frozenset("""is are was were be been being am has have had having do does did can could
may might must shall should will would need needs needed get gets got""".split())
ADVERBS = frozenset("""also only always usually often just simply exactly currently optionally really
too very now already still even never sometimes typically normally regularly again later soon
generally mostly mainly roughly literally internally finally else both not n't here there how why
precisely directly separately respectively together automatically""".split())
MODALS = frozenset("can could may might must shall should will would".split())
# the words that make a sentence's frame, never a thing's name ('from a source: …' is no label)
FUNCTION_WORDS = DETERMINERS | PRONOUNS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES
SUBJECT_PRONOUNS = frozenset("we they i you".split())
# nouns that are a field by themselves ("name and email address" is not "name address")
FIELD_NOUNS = frozenset("""name names title label date number code email description type status
price amount quantity value address phone""".split())
# verbs that say what an application keeps ("track matches", "log my runs"): at the start of a
# request they are imperatives, not the first word of a compound noun
KEEPING_VERBS = frozenset("track log record manage store organize organise list catalog catalogue support "
                          "handle".split())
# those and the verbs of writing a value down at an occasion ("at each visit the vet notes the weight")
NOTING_VERBS = KEEPING_VERBS | frozenset("keep note write measure check take".split())
# words after which "to" starts an infinitive ("want to save", "able to see"), not a destination
INFINITIVE_TAKERS = frozenset("""want wants wanted need needs needed have has had like likes able wish wishes
try tries going plan plans hope hopes allowed""".split())
# Words that say something about an attribute or relation but are not part of its name.
FLAG_ADJECTIVES = frozenset("""unique optional required mandatory nullable empty other own proper
certain given specific particular whole entire single separate same different new existing
possible actual real exact short long full free-text small big large simple main core
reusable logged-in top-level mid-sized fixed standard private public""".split()) - {"standard", "free-text"}
# verbs whose object the subject brings into being ("customers place orders", "clients book appointments")
CREATION_VERBS = frozenset("""open create log write file issue raise place make submit book record add post
publish upload send leave start keep maintain own buy purchase report fill offer attach order do""".split())
# Common verbs (base forms); their inflections are recognised by _verb_base.
VERBS = frozenset("""have belong contain include hold keep record store track log need want register
sign write leave label share live place make give review send publish follow like upload list see
create invite collaborate use start end open report attend enroll enrol book carry do run train
log sit cover qualify invoice receive assign move lend go come bring buy sell pay charge own manage
host join post comment tag rate vote buy order ship deliver cancel complete fail pass return
approve reject request inspect examine value appraise show display appear view watch reference point refer
link connect relate associate tie map consist compose split reuse spread dock ride park nest
subscribe upgrade accumulate meter consume measure fetch download play listen treat vaccinate
administer carry out perform sow harvest cut spray fertilise fertilize work employ hire teach
learn study enrol read mark flag assign tell say call mean count organise organize group sort
allow let support raise donate attend collect split validate describe identify matter
capture mention hold form break group cover translate speak choose pick take lose hold sit
""".split())
# -ing/-ed words that are nouns or attribute names rather than verbs in a data description.
NOUN_FORMS = frozenset("""planting plantings sowing sowings booking bookings listing listings building
buildings setting settings meeting meetings rating ratings posting postings shipping billing
pricing heading training learning funding clothing housing parking marketing recording recordings
filing routing spending earnings savings offering offerings warning warnings painting paintings
drawing drawings reading readings seed""".split())

_TOKEN = re.compile(r"""
    (?P<quote>"[^"\n]{0,200}"|'[^'\n]{1,200}'(?![a-z]))
  | (?P<number>\d+(?:[.,]\d+)*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*(?:[-'][A-Za-z0-9_]+)*(?:(?<=[sS])'(?![\w']))?)
  | (?P<punct>[^\sA-Za-z0-9_])
""", re.X)


class Token:
    """One token: its lower-case text, its original text and a coarse kind."""

    __slots__ = ("text", "orig", "kind", "start")

    def __init__(self, text, orig, kind, start):
        self.text, self.orig, self.kind, self.start = text, orig, kind, start

    def __repr__(self):
        return f"{self.kind}:{self.orig}"


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff"
                      "\ud800-\udfff\ue000-\uf8ff]")


def clean(text):
    """NFKC, ASCII quotes and dashes; control characters become spaces; Latin letters lose their accents
    ('Cafés' is cafes: a word, not 'Caf' and a sign)."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = unicodedata.normalize("NFKC", text)
    table = {0x2018: "'", 0x2019: "'", 0x201c: '"', 0x201d: '"', 0x2013: "-", 0x2014: " - ",
             0x2022: "-", 0x2192: ">", 0x00d7: "x"}
    return _CONTROL.sub(" ", text.translate(table))


def tokenize(text):
    tokens = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        orig = m.group(kind)
        if kind != "word" or "'" not in orig:         # (most words: no possessive to split off)
            tokens.append(Token(orig.lower(), orig, kind, m.start()))
            continue
        if orig.lower().endswith("'s") and len(orig) > 2:
            tokens.append(Token(orig[:-2].lower(), orig[:-2], "word", m.start()))
            tokens.append(Token("'s", "'s", "punct", m.start() + len(orig) - 2))
            continue
        if orig.lower().endswith("s'") and len(orig) > 2:    # "members' details": each
            one = singular(orig[:-1].lower())                                        # member's, as written of one
            tokens.append(Token(one, orig[:len(one)], "word", m.start()))
            tokens.append(Token("'s", "'", "punct", m.start() + len(orig) - 1))
            continue
        tokens.append(Token(orig.lower(), orig, kind, m.start()))
    return tokens


# verbs of writing something down on a record: what "is recorded on each loan" the loan names
WRITTEN_ON = frozenset("record log note store list enter register".split())

# words that open a clause of when something happens, before what is then kept ("When a member borrows
# a tool, we log …", "Once …", "After …")
WHEN_OPENERS = frozenset(("when", "whenever", "once", "after"))

# heads that name the rows kept over time of something ("a job history (company, title, …)")
RECORD_HEADS = frozenset("history log record diary journal timeline".split())

# words for what is known about a thing ("with contact details", "a member's details are …"): its fields
DETAILS = frozenset("detail details info information data particulars".split())

MASS_NOUNS_IN_S = frozenset("""physics mathematics economics politics ethics athletics analytics
statistics genetics electronics logistics linguistics aerobics gymnastics acoustics optics robotics
semantics diagnostics""".split())
# The plurals a table name takes for these (WordNet's exception list, lexicon.py, recognises every
# irregular plural; it also gives learned plurals such as fora and schemata, so it names tables
# only when inflection knows no plural at all).
IRREGULAR_PLURALS = {"people": "person", "children": "child", "men": "man", "women": "woman",
                     "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
                     "criteria": "criterion", "phenomena": "phenomenon", "staff": "staff",
                     "leaves": "leaf", "shelves": "shelf", "halves": "half", "knives": "knife",
                     "lives": "life", "heroes": "hero", "potatoes": "potato", "echoes": "echo",
                     # "-ch" said /k/ takes -s: "techs", "stomachs", "epochs", "monarchs"
                     "techs": "tech", "stomachs": "stomach", "epochs": "epoch", "monarchs": "monarch"}
IRREGULAR_SINGULARS = {v: k for k, v in IRREGULAR_PLURALS.items() if k != v}
# Words a schema keeps as they are although they look plural (or WordNet gives an old singular).
# Count nouns whose plural is the singular, read as plurals without a singular determiner before them ("the
# fish in each tank", "sheep, fields"); not "species" or "series", most often one field ("species (dog, cat)")
SAME_IN_PLURAL = frozenset("""staff personnel livestock deer sheep fish aircraft spacecraft offspring salmon
trout moose bison swine""".split())
KEEP_AS_IS = frozenset("""series species news data media metadata lens canvas gas alias bias atlas status
plus bonus census campus corpus""".split())


# a final stressed consonant-vowel-consonant doubles before -ing ("repot": repotting); an unstressed
# last syllable does not ("water", "visit", "open")
_DOUBLED = re.compile(r"(?:^|[^aeiou])[aeiou][bdgmnpt]$")
_UNSTRESSED = ("er", "en", "on", "el", "it", "et", "om", "al")


def gerund(verb):
    """A verb's -ing form ('water': watering, 'repot': repotting, 'charge': charging)."""
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if _DOUBLED.search(verb) and not verb.endswith(_UNSTRESSED):
        return verb + verb[-1] + "ing"
    return verb + "ing"


@lru_cache(maxsize=1024)
def past_participle(verb):
    """A verb's past participle ('approve': approved, 'reject': rejected, 'cancel': cancelled, 'write': written)."""
    forms = sorted(form for form, base in lexicon.verbs()[1].items()
                   if base == verb and not form.endswith(("s", "ing")))
    if forms:
        return next((f for f in reversed(forms) if f.endswith("n")), forms[-1])   # (write: wrote, written)
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if _DOUBLED.search(verb) and not verb.endswith(_UNSTRESSED) or verb.endswith("el"):
        return verb + verb[-1] + "ed"
    return verb + "ed"


@lru_cache(maxsize=8192)
def singular(word):
    """The singular of an English noun; words that only look plural stay as they are."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in KEEP_AS_IS or word in MASS_NOUNS_IN_S:
        return word
    irregular = lexicon.irregular_plurals().get(word)
    if irregular:
        return irregular
    if word.endswith("men") and len(word) > 4 and (word[:-3] + "man") in lexicon.all_words() and \
            not lexicon.filed_noun(word):
        return word[:-3] + "man"         # "firemen", "fishermen", "linesmen": WordNet's morphy rule, men -> man
    if len(word) == 3 and word.endswith("s") and not set(word[:2]) & set("aeiouy"):
        return word[:2]                  # "GPs", "CDs", "TVs": an abbreviation's plural
    if word.endswith("us") and not word.endswith("ous") and lexicon.filed_noun(word[:-1]) and \
            not lexicon.filed_noun(word):
        return word[:-1]                 # "menus", "gurus" (WordNet files menu, not menus; "bonus" stays)
    if word.endswith("is") and len(word) >= 4 and lexicon.filed_noun(word[:-1]) and not lexicon.filed_noun(word):
        return word[:-1]                 # "skis", "kiwis", "bikinis" (not "analysis", "tennis": WordNet's nouns)
    if word.endswith("uses") and lexicon.filed_noun(word[:-2]) and not lexicon.filed_noun(word[:-1]):
        return word[:-2]                 # "campuses", "viruses", "bonuses" (not "houses", "causes")
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ous")) or \
            word.endswith("sms") and not word.endswith(("isms", "asms", "ysms")):
        return word
    one = inflection.singularize(word)
    if one == word and word.endswith("series") and len(word) > 6:   # "nurseries", "brasseries" (inflection
        one = next((x for x in (word[:-3] + "y", word[:-1]) if x in lexicon.all_words()), word)   # keeps "…series")
    if word.endswith("ves") and one.endswith(("f", "fe")):
        return word[:-1]                 # "gloves", "curves" (WordNet's noun.exc, read above, lists knives, wolves)
    if word.endswith("oes") and one == word[:-2] and lexicon.filed_noun(word[:-1]) and not lexicon.filed_noun(one):
        return word[:-1]                 # "canoes", "shoes" (WordNet files canoe, not cano)
    if one != word and not word.endswith("ings") and lexicon.filed_noun(word) and not lexicon.filed_noun(one) and \
            one not in lexicon.verbs()[0] and one not in lexicon.all_words():
        return word                      # "christmas", "lens" (WordNet files them; "christma" is no word; but
        #                                  "earnings", "winnings" are the plurals of what is earned, won)
    if word.endswith("ies") and one == word[:-3] + "y" and one not in lexicon.all_words() and \
            word[:-1] in lexicon.all_words():
        return word[:-1]                 # "brownies", "goalies", "calories": WordNet knows brownie, not browny
    return one


@lru_cache(maxsize=8192)
def plural(word):
    """The plural of a singular noun (or of the last word of a snake_case name)."""
    head, _, last = word.rpartition("_")
    if last in SAME_IN_PLURAL or last in ("data", "metadata", "media", "news", "series", "species", "info", "information",
                                          "equipment", "feedback", "inventory", "furniture", "luggage", "baggage",
                                          "clothing", "machinery") or last.endswith(("ware", "craft")):
        return word                      # (the same in the plural: "aircraft", "software", "furniture")
    last_plural = IRREGULAR_SINGULARS.get(last) or inflection.pluralize(last)
    wordnet = lexicon.irregular_singulars().get(last)
    if last_plural == last or last_plural.endswith("fs") and wordnet and wordnet.endswith("ves"):
        last_plural = wordnet or last    # inflection knows no plural (alumnus), or spells "loafs": WordNet's
    if last_plural == last and last.endswith("men") and last not in ("men", "women") and not wordnet:
        last_plural = last + "s"         # "specimens", "abdomens" (inflection reads "-men" as a plural of "-man")
    if not wordnet and last not in IRREGULAR_SINGULARS and not last_plural.startswith(last[:2]):
        last_plural = last + "s"         # "cows" (inflection's archaic "kine", which WordNet does not list)
    if last.endswith("us") and not wordnet and (last_plural == last or last_plural.endswith("i")):
        last_plural = last + "es"        # "campuses", "viruses", "bonuses" (inflection: "campus", "viri")
    if last_plural == last and not wordnet and last.endswith("a"):
        last_plural = last + "s"         # "regattas", "quotas" (inflection reads "-ta" as a Latin plural of "-tum")
    elif last_plural.endswith("ves") and last.endswith("fe") and not (wordnet or "").endswith("ves"):
        last_plural = last + "s"         # "cafes", "safes" (inflection says "caves"; WordNet lists knives, wives)
    return (head + "_" if head else "") + last_plural


def asks_measure(word):
    """Does 'how <word>' ask for a measure of the thing ('how long', 'how often', 'how much', 'how far': an adjective
    WordNet says measures an attribute), not for a count ('how many')?"""
    return word in ("long", "often", "much") or word in lexicon.measured() and word not in ("many", "few")


def is_plural(word):
    return singular(word) != word or word in SAME_IN_PLURAL


IRREGULAR_VERBS = {"made": "make", "wrote": "write", "written": "write", "kept": "keep", "held": "hold",
                   "left": "leave", "gave": "give", "given": "give", "sent": "send", "sold": "sell",
                   "bought": "buy", "paid": "pay", "brought": "bring", "taken": "take", "took": "take",
                   "went": "go", "gone": "go", "done": "do", "chosen": "choose", "spoken": "speak",
                   "sat": "sit", "split": "split", "lent": "lend", "ran": "run", "told": "tell",
                   "said": "say", "meant": "mean", "cut": "cut", "spread": "spread", "sown": "sow",
                   "lost": "lose", "broken": "break", "read": "read", "taught": "teach"}


@lru_cache(maxsize=8192)
def verb_base(word):
    """The base form if word is an inflection of a common verb, else None."""
    if word in NOUN_FORMS:
        return None
    if word in VERBS:
        return word
    candidates = []
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("s"):
        candidates.append(word[:-1])
    if word.endswith("ied"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ed"):
        candidates += [word[:-2], word[:-1], word[:-3]]
    if word.endswith("ing"):
        candidates += [word[:-3], word[:-3] + "e", word[:-4]]
    if word in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[word]
    for c in candidates:
        if c in VERBS:
            return c
    # any other verb WordNet knows that is never a noun ("borrow", "upload", "marry"); participles
    # stay out: in a description they are mostly states ("status: reserved, depleted, destroyed")
    base = lexicon.verb_lemma(word)
    if word.endswith(("ed", "en")) and base != word:
        base = None                          # ("happen" and "listen" are base forms)
    if base is not None and lexicon.only_verb(base) and base not in NOUN_FORMS:
        return base
    return None


def verb_lemma(word):
    """The base form of a word already read as a verb: the common verbs, else WordNet's forms
    ('notes' -> note, which alone is also a noun)."""
    return verb_base(word) or lexicon.verb_lemma(word)


def stem(word):
    """Base form of a verb, also of verbs the list does not know ('viewed' -> 'view')."""
    base = verb_base(word)
    if base:
        return base
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("ed") and len(word) > 4:
        root = word[:-2]
        if len(root) > 2 and root[-1] == root[-2] and root[-1] not in "ls":
            return root[:-1]
        return root
    return word


def nominalizations(verb):
    """The nouns that name a verb's act: value → valuation, enrol → enrolment, apply → application,
    book → booking, rent → rental, accept → acceptance, exist → existence."""
    base = stem(verb)
    forms = {base + x for x in ("ation", "ment", "al", "ion", "ing", "ance", "ence")} | \
        {base[:-1] + x for x in ("ation", "ment", "al", "ion", "ance")}
    if base.endswith("y"):
        forms.add(base[:-1] + "ication")
    forms |= {base + "ership", base + "ship"}                  # own → ownership, sponsor → sponsorship
    return forms


def act_verb(noun):
    """The verb whose act the noun names (examination → examine, inspection → inspect, delivery → deliver),
    or None: WordNet's own pairs first (publication → publish), else the inverse of nominalizations, checked
    against WordNet's verbs."""
    if noun in lexicon.act_verbs():
        return lexicon.act_verbs()[noun]
    for suffix in ("ation", "ition", "ment", "ion", "al", "ance", "ence", "ing", "y"):
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            root = noun[:-len(suffix)]
            for verb in (root, root + "e", root[:-1] if root[-1:] == root[-2:-1] else root):
                if lexicon.verb_lemma(verb) == verb and noun in nominalizations(verb) | {verb + "y", root + "y"}:
                    return verb
    return None


_SNAKE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
_NOT_SNAKE = re.compile(r"[^a-z0-9]+")


def snake(words):
    """snake_case name from words: ASCII letters, digits and underscores only."""
    text = "_".join(words)
    if _SNAKE.fullmatch(text):
        return text                              # (most names are clean already: no normalizing pass)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SNAKE.sub("_", text.lower()).strip("_")


# heads that name one instance of another thing ("each version of a dataset", "one assay run")
VERSION_WORDS = frozenset("version revision instance row record".split())

# what a list of things is called ("we keep a list of vendors", "an inventory of shared equipment")
LIST_WORDS = frozenset("list catalogue catalog register directory database record log roster inventory".split())

LOOSE_HEADS = VERSION_WORDS | {"run", "entry", "line", "item", "batch", "snapshot", "release"}

# the words of a SQL type written after a field's name ("price numeric(10,2)", "is_vip boolean"):
# not part of the name, and the word before them is a noun ("run timestamp", "renewal interval" name
# a field: those words stay)
TYPE_NAME_WORDS = frozenset("""numeric decimal varchar character varying char integer int int2 int4 int8 bigint
smallint serial bigserial real double precision float4 float8 uuid timestamptz boolean bool bytea
jsonb json inet cidr tsvector tstzrange tsrange daterange int4range int8range numrange""".split())

# the particles of phrasal verbs ("technicians pick up tickets"): part of the verb, no preposition
PARTICLES = frozenset("up out off over back down away".split())

# a whole made of the things named before it ("a record collection", "a stock portfolio")
COLLECTIONS = frozenset("collection collections library catalogue catalog archive inventory portfolio".split())
# what holds many of a plural named before it: "our parts stock", "the members list" are the parts, the members
HOLDING = COLLECTIONS | frozenset("stock list register".split())
# what one of many is picked from ("a moulding from our catalogue, each with a code": each of its mouldings)
PICKED_FROM = HOLDING | frozenset("range menu selection".split())

# what each line of a list has: so many of each, at a price, in a position ("orders have lines with a qty")
LINE_FIELDS = frozenset("quantity quantities qty amount amounts count counts price prices cost costs dose doses dosage "
                        "position positions".split())

# words a time field is named by ("a start and end date", "the departure and arrival times")
WHEN_FIELDS = frozenset("date time day year timestamp datetime".split())
# words that make a thing's noun a number about it ("max score", "total cost"), never a role of a reference
AGGREGATES = frozenset("max maximum min minimum total average avg mean".split())


def field_word(word):
    """A word that names a field (a name, a date, a price, a weight)."""
    return word in FIELD_NOUNS | LINE_FIELDS | WHEN_FIELDS or word in lexicon.property_nouns() or \
        word in lexicon.measure_nouns() or word in lexicon.money_nouns()

# what one unit of something costs: "a rate per word", "a price per night" (the unit is no thing)
UNIT_PRICES = frozenset("price rate fee cost charge tariff commission".split())
