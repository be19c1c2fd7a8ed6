"""The second look at a sentence's tags: each word tagged from its left (tagging.word_tag), then the rules
that need the whole sentence correct it ("every month tenants pay rent": when, not "month tenants"; "the
routes members climb": the people's verb; "the kegs each batch fills", "a fault stays open": a verb, no
compound noun)."""

from . import lexicon
from . import words as w
from .token_shapes import TIMES
from .tagging import (ADJ, ADV, AUX, CLAUSE_OPENERS, CONJ, DET, NOUN, PREP, PRON, QUANT, VERB,
                      irregular_participle, word_tag)
from .tag_context import compound, participle_like, people_gap

# how often, said after a thing or an act ("walk them daily", "invoices monthly per owner")
HOW_OFTEN = frozenset("hourly daily nightly weekly fortnightly monthly quarterly yearly annually".split())


def tag(tokens):
    tags = []
    for i, t in enumerate(tokens):
        if t.kind == "word":
            tags.append(word_tag(tokens, tags, i))
        else:
            tags.append({"number": "NUMBER", "quote": "QUOTE"}.get(t.kind, "PUNCT"))
    for i in range(1, len(tokens) - 1):
        if tokens[i].text in TIMES and tokens[i - 1].text in ("every", "each") and tags[i + 1] == NOUN and \
                w.is_plural(tokens[i + 1].text):
            tags[i - 1] = tags[i] = ADV    # "every month tenants pay rent": when, not "month tenants"
    for i in range(2, len(tokens)):
        if tags[i] == NOUN and tags[i - 1] == NOUN and tags[i - 2] == NOUN and (i + 1 == len(tokens) or tags[i + 1] != NOUN) \
                and people_gap(tokens, i - 2, i):
            tags[i] = VERB                 # "the routes members climb": the people's verb, not a compound
    for i in range(len(tokens) - 2):
        if tags[i] == VERB and tokens[i + 1].text in ("we", "i", "they") and tags[i + 2] == VERB and \
                w.is_plural(tokens[i].text) and (i == 0 or tags[i - 1] in (DET, ADJ, "PUNCT")):
            tags[i] = NOUN                 # "books we read (title, …)": a plural and its relative clause
    for i in range(2, len(tokens)):
        if tags[i] == NOUN and tags[i - 1] == NOUN and tokens[i].text.endswith("s") and \
                not w.is_plural(tokens[i - 1].text) and lexicon.verb_lemma(tokens[i].text) not in (None, tokens[i].text) and (
                    tokens[i - 2].text in ("each", "every") and i >= 3 and tags[i - 3] == NOUN and
                    w.is_plural(tokens[i - 3].text) and (i + 1 == len(tokens) or tokens[i + 1].kind != "word" or
                                                         tokens[i + 1].text in w.PREPOSITIONS) or
                    tokens[i - 2].text in ("a", "an") and i + 1 < len(tokens) and (
                        tags[i + 1] in (ADJ, ADV, PRON) or tokens[i + 1].text in lexicon.adjectives()) and
                    not compound(tokens[i - 1].text, tokens[i].text)):
            tags[i] = VERB                 # "the kegs each batch fills": its verb, not "batch fills"; "a fault
            #                                stays open until …"
    if len(tokens) > 5 and tokens[0].text in ("each", "every") and tags[3:5] == [NOUN, NOUN] and \
            tokens[2].text in ("a", "an", "the") and tokens[5].text in ("has", "have", "with") and \
            tokens[4].text.endswith("s") and lexicon.verb_lemma(tokens[4].text) not in (None, tokens[4].text) and \
            lexicon.verb_class(lexicon.verb_lemma(tokens[4].text)) not in ("possession", "stative", "consumption"):
        tags[4] = VERB                     # "Every photo a camera takes has …", "each reading a sensor records has …":
        #                                    the relative clause's verb, not "camera takes" (what one holds or uses
        #                                    is shared: "each qualification a member holds has …" is the pair's)
    for i in range(1, len(tokens)):
        if tokens[i].text in ("do", "does", "did") and tokens[i - 1].text in ("i", "we", "they", "you") and \
                (i + 1 == len(tokens) or tags[i + 1] not in (VERB, AUX) and tokens[i + 1].text not in ("not", "n't")):
            tags[i] = VERB                 # "every sweep I do with the date": the verb itself, no auxiliary
    for i in range(1, len(tokens)):
        if tags[i] == ADJ and tokens[i - 1].text == "the" and (i + 1 == len(tokens) or tags[i + 1] in (PREP, CONJ, "PUNCT")) \
                and tokens[i].kind == "word":
            tags[i] = NOUN                 # "brought in by the public with …": an adjective with nothing after it
    for i in range(2, len(tokens) - 1):
        if tags[i] == NOUN and tags[i - 1] == NOUN and tokens[i - 2].text in ("the", "each", "every") and \
                tokens[i].text.endswith("s") and not w.is_plural(tokens[i - 1].text) and \
                tokens[i + 1].text in ("when", "which", "whether", "how", "who", "what", "where", "the", "each", "every",
                                       "their", "its") and \
                lexicon.verb_lemma(tokens[i].text) not in (None, tokens[i].text) and \
                not compound(tokens[i - 1].text, w.singular(tokens[i].text)):
            tags[i] = VERB                 # "the carer records when they arrived", "the inspector notes the score":
            #                                its verb, then what it asks or keeps
    if len(tokens) > 4 and tags[0] == NOUN and tokens[1].text == "with" and w.is_plural(tokens[0].text):
        k = next((k for k in range(3, len(tokens) - 1) if tags[k] == NOUN and tags[k - 1] == NOUN and
                  lexicon.verb_lemma(tokens[k].text) == tokens[k].text and
                  (tags[k + 1] in (DET, PRON) or tags[k + 1] in (NOUN, VERB) and w.is_plural(tokens[k + 1].text)) and
                  not compound(tokens[k - 1].text, tokens[k].text)), None)
        if k is not None and VERB not in tags[:k] and AUX not in tags[:k]:
            tags[k] = VERB                 # "Customers with an account place orders", "Growers with spare produce give
            tags[k + 1] = NOUN if tags[k + 1] == VERB else tags[k + 1]   # it to neighbours": the plural's verb,
            #                                                             past what it is with
    if len(tokens) > 2 and tags[0] == VERB and tokens[1].text in ("with", "(") and w.is_plural(tokens[0].text) and \
            tokens[0].text.endswith("s"):
        tags[0] = NOUN                     # "orders with a date, a status and a total": a plural and its fields,
        #                                    no imperative "orders"
    if len(tokens) > 1 and tags[1] == VERB and tags[0] == NOUN and w.is_plural(tokens[1].text) and \
            compound(tokens[0].text, w.singular(tokens[1].text)):
        if len(tokens) == 2 or tags[2] in (ADV, "PUNCT", CONJ, PREP):
            tags[1] = NOUN                 # "standing orders too (…)", "purchase orders to suppliers": WordNet's
            #                                compound, no verb "orders"
        elif tags[2] == NOUN and not tokens[2].text.endswith("s") and lexicon.mostly_verb(tokens[2].text) and \
                VERB not in tags[3:]:
            tags[1], tags[2] = NOUN, VERB  # "purchase orders go to suppliers": the compound, then its verb
    for i in range(1, len(tokens) - 1):
        if tags[i] == VERB and tags[i - 1] == NOUN and VERB in tags[i + 1:] and compound(tokens[i - 1].text, tokens[i].text):
            tags[i] = NOUN                 # "the board games my friends borrow": WordNet's board game
        elif tags[i] == VERB and tags[i - 1] == DET and tags[i + 1] == NOUN and \
                compound(tokens[i].text, tokens[i + 1].text):
            tags[i] = NOUN                 # "which board games my friends own"
        elif tags[i] == VERB and tokens[i - 1].text in ("which", "what") and i >= 2 and \
                (tags[i - 2] != NOUN or tokens[i - 2].text.endswith("ing")) and w.is_plural(tokens[i].text) and \
                tags[i + 1] in (DET, NOUN) and (VERB in tags[i + 2:i + 5] or AUX in tags[i + 2:i + 5]):
            tags[i] = NOUN                 # "tracking which books my friends own" (not "a shop which sells books")
        elif tags[i] == NOUN and i >= 2 and tokens[i - 1].text in ("which", "that", "who") and \
                tokens[i - 2].text == "," and lexicon.verb_lemma(tokens[i].text) == tokens[i].text and \
                lexicon.mostly_verb(tokens[i].text):
            tags[i] = VERB                 # "modules, which contain lessons": the relative clause's verb
        elif tags[i] == NOUN and tokens[i - 1].text == "who" and (tags[i + 1] in (NOUN, DET) or w.is_plural(
                tokens[i + 1].text)) and (not w.is_plural(tokens[i].text) or
                                          lexicon.verb_lemma(tokens[i].text) == w.singular(tokens[i].text)):
            tags[i] = VERB                 # "attendees who bookmark talks" (a verb WordNet lacks): no noun
            #                                follows "who"
    for i in range(1, len(tokens) - 1):
        if tags[i] == NOUN and tags[i - 1] == NOUN and w.is_plural(tokens[i - 1].text) and \
                (lexicon.verb_lemma(tokens[i].text), tokens[i + 1].text) in lexicon.phrasal_acts():
            tags[i] = VERB                 # "members check in at a gym": a phrasal verb WordNet names the act of
        elif (i == 1 or i >= 2 and (tokens[i - 2].text in CLAUSE_OPENERS or tokens[i - 2].text in (",", "-", ":", ";"))) and \
                tags[i] == NOUN and tags[i - 1] == NOUN and w.is_plural(tokens[i - 1].text) and i + 2 < len(tokens) and \
                tokens[i + 1].text in lexicon.PARTICLES and tags[i + 2] in (NOUN, DET, QUANT) and \
                lexicon.verb_lemma(tokens[i].text) == tokens[i].text and lexicon.mostly_verb(tokens[i].text):
            tags[i] = VERB                 # "donors drop off food": a plural subject, a verb and its particle
            #                                ("… where owners drop off dogs", "Bike shop - customers drop off …")
    for i in range(1, len(tokens) - 1):
        if tags[i] == NOUN and tags[i - 1] == NOUN and w.is_plural(tokens[i - 1].text) and \
                not lexicon.compound_noun(tokens[i - 1].text, tokens[i].text) and \
                (i == 1 or tokens[i - 2].text in (",", "and", ";", ":", "-", "where")) and \
                lexicon.verb_lemma(tokens[i].text) == tokens[i].text and \
                (tags[i + 1] in (PREP, DET) or tags[i + 1] == NOUN and w.is_plural(tokens[i + 1].text) or
                 tokens[i + 1].text in ("them", "it")):
            tags[i] = VERB                 # "…, agents reply with messages" ("- setters set routes on walls", "and
            #                                judges score them"): a plural opens a clause with its verb
    for i in range(2, len(tokens)):
        if tags[i] == VERB and tokens[i].text.endswith("ing") and tokens[i - 1].text in ("and", "or") and \
                tags[i - 2] == NOUN and tokens[i - 2].text.endswith("ing") and \
                (i + 1 == len(tokens) or tags[i + 1] in (PREP, "PUNCT")):
            tags[i] = NOUN                 # "record each watering and fertilising with the date": two acts
    for i in range(2, len(tokens) - 1):
        if tags[i] == NOUN and tokens[i - 1].text == "and" and tags[i + 1] == PREP and \
                (participle_like(tokens[i].text) or irregular_participle(tokens[i].text)) and \
                lexicon.verb_lemma(tokens[i].text) not in (None, tokens[i].text) and \
                any(tokens[j].text in ("is", "are", "was", "were") and tags[j + 1] == VERB for j in range(i - 2)):
            tags[i] = VERB                 # "tickets are opened by customers and closed with a note": the
            #                                passive goes on (no thing called a closed)
    for i in range(1, len(tokens) - 1):
        if tags[i] == NOUN and tags[i - 1] == NOUN and w.is_plural(tokens[i - 1].text) and \
                (i == 1 or tags[i - 2] in (DET, "PUNCT")) and irregular_participle(tokens[i].text) and \
                tags[i + 1] in (ADV, PREP) and \
                any(tokens[j].text in ("is", "are", "was", "were") and tags[j + 1] == VERB for j in range(i + 2, len(tokens) - 1)):
            tags[i] = VERB                 # "bags found elsewhere in the network are registered with …": a reduced
            #                                relative between the subject and its passive
    for i in range(2, len(tokens) - 1):
        if tags[i] == NOUN and tokens[i - 2].text in ("let", "lets", "letting", "help", "helps", "helping") and \
                tags[i - 1] == NOUN and w.is_plural(tokens[i - 1].text) and lexicon.verb_lemma(tokens[i].text) == tokens[i].text:
            tags[i] = VERB                 # "a platform that lets technicians rent devices": what they do
    for i in range(1, len(tokens) - 2):
        if tags[i] == VERB and tags[i + 1] == NOUN and tags[i - 1] == NOUN and w.is_plural(tokens[i].text) and \
                lexicon.only_verb(tokens[i + 1].text) and tokens[i + 2].text in w.DETERMINERS:
            tags[i], tags[i + 1] = NOUN, VERB   # "bike records include the model …": the records, then their verb
    for i in range(1, len(tokens) - 1):
        if tags[i] == NOUN and tokens[i - 1].text in ("is", "are", "was", "were") and \
                tokens[i].text in lexicon.adjectives() and tokens[i + 1].text in w.PREPOSITIONS and \
                not w.is_plural(tokens[i].text):
            tags[i] = ADJ                  # "teachers are responsible for bikes": what they are, no thing
    for i in range(1, len(tokens)):
        if tags[i] != VERB or tokens[i - 1].text != ":":
            continue
        after = tokens[i + 1].text if i + 1 < len(tokens) else None
        if after in ("with", ",", "(") and w.is_plural(tokens[i].text) and i < 12 or \
                i >= 2 and tags[i - 2] == NOUN and w.is_plural(tokens[i - 2].text) and after in (None, ",", "(", "and"):
            tags[i] = NOUN                 # "Blog: posts with a title, …": a title's list, no clause; "Comments:
            #                                post, author, text": a label's first field
    for i in range(2, len(tokens) - 2):
        if tokens[i - 2].text in ("which", "what") and tokens[i + 1].text in ("which", "what") and \
                w.is_plural(tokens[i - 1].text) and lexicon.verb_lemma(tokens[i].text) is not None:
            tags[i] = VERB                 # "which volunteers staff which shifts": the pair's verb
            if i + 2 < len(tokens) and tags[i + 2] == VERB and w.is_plural(tokens[i + 2].text):
                tags[i + 2] = NOUN
    for i in range(1, len(tokens)):
        if tokens[i].text in HOW_OFTEN and (tags[i - 1] in (PRON, VERB) or tags[i - 1] == NOUN and (
                                                 w.is_plural(tokens[i - 1].text) or any(
                                                     tokens[j].text in ("each", "every") and
                                                     all(tags[m] == NOUN for m in range(j + 1, i))
                                                     for j in range(max(0, i - 4), i - 1))) and (   # ("invoice each
                                                 VERB in tags[:i - 1] or tokens[i + 1:i + 2] and  # family monthly")
                                                 tokens[i + 1].text == "per")) and (
                i + 1 == len(tokens) or tags[i + 1] in (CONJ, PREP, "PUNCT")):   # (not "pay monthly invoices")
            tags[i] = ADV                  # "walk them daily", "plots rented by members yearly", "invoices
            #                                monthly per owner", "check each hotel room daily": how often, no thing
            #                                called a daily
        elif i + 3 < len(tokens) and tags[i] == NOUN and tokens[i + 1].text in ("and", "or") and \
                tokens[i + 3].text in ("them", "it") and all(
                    lexicon.verb_lemma(tokens[j].text) == tokens[j].text for j in (i, i + 2)) and \
                tags[i - 1] == NOUN and w.is_plural(tokens[i - 1].text):
            tags[i] = tags[i + 2] = VERB   # "staff feed and walk them": two verbs of one object
    for i in range(3, len(tokens) - 1):
        if tags[i] == NOUN and tokens[i - 1].text in ("and", ",") and tags[i - 2] == NOUN and \
                w.is_plural(tokens[i - 2].text) and tags[i + 1] == NOUN and (w.is_plural(tokens[i + 1].text) or
                                                             i + 2 < len(tokens) and tags[i + 2] == NOUN and
                                                             w.is_plural(tokens[i + 2].text)) and \
                lexicon.verb_lemma(tokens[i].text) == tokens[i].text and \
                not lexicon.compound_noun(tokens[i].text, w.singular(tokens[i + 1].text)) and \
                (v := next((j for j in range(i - 2, -1, -1) if tags[j] == VERB), None)) is not None and \
                tokens[v].text == lexicon.verb_lemma(tokens[v].text) and v >= 1 and (
                    tags[v - 1] == NOUN and w.is_plural(tokens[v - 1].text) or tokens[v - 1].text == ","):
            tags[i] = VERB                 # "members borrow books and reserve rooms": a second verb of the
            #                                same plural subject, in the same form as the first
    for i in range(1, len(tokens) - 2):
        if tags[i] == VERB and tokens[i - 1].text in ("has", "have") and tokens[i].text.endswith("ed") and \
                tags[i + 1] == NOUN and tokens[i + 2].text == ",":
            tags[i] = ADJ                  # "each dog has registered name, call name, …": a list, no perfect tense
    if len(tokens) > 3 and tags[0] == VERB and tokens[1].text == "," and tags[2] == NOUN and \
            w.is_plural(tokens[0].text) and w.is_plural(tokens[2].text) and lexicon.verb_lemma(tokens[0].text) != tokens[0].text:
        tags[0] = NOUN                     # "Invoices, receipts and contracts are scanned …": a list of things
    for i in range(2, len(tokens) - 1):
        if tokens[i].text != "like" or tags[i] != PREP:
            continue
        if tags[i + 1] in (NOUN, DET, QUANT) and (tokens[i - 1].text == "to" and tags[i - 2] == VERB or
                                                  tokens[i - 1].text in w.MODALS):
            tags[i] = VERB                 # "I want to like posts", "members can like a photo": the verb
        elif tokens[i - 1].text == "," and VERB in tags[:i - 1] and tags[i + 1] == NOUN and \
                w.is_plural(tokens[i + 1].text) and \
                any(tokens[j].text in ("and", ",") and tags[j + 1] == VERB for j in range(i + 2, min(len(tokens) - 1, i + 5))):
            tags[i] = VERB                 # "users upload photos, like photos and comment on photos": a verb
            #                                among the subject's verbs
    for i in range(5, len(tokens) - 1):
        if tags[i] == NOUN and tags[i - 1] == NOUN and tags[i + 1] == PREP and not tokens[i].text.endswith("s") and \
                lexicon.mostly_verb(tokens[i].text) and _reduced_relative_before(tokens, tags, i - 1):
            tags[i] = VERB                 # "the parts used on a job come from our stock": the plural's verb
    return tags


def _reduced_relative_before(tokens, tags, end):
    """Does a plural and a participle with its prepositional phrase ('the parts used on a job') end at end?"""
    j = end
    while j > 0 and tags[j] in (NOUN, DET, ADJ, QUANT):
        j -= 1
    return j >= 2 and tags[j] == PREP and tags[j - 1] == VERB and tokens[j - 1].text.endswith(("ed", "en")) and \
        tags[j - 2] == NOUN and w.is_plural(tokens[j - 2].text)
