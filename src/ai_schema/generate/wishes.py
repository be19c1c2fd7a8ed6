"""What a user says they want of a thing, in a story or a request: 'I want each job to have a
paper size, …', 'I want every guest to have a meal choice', 'I want families to be registered
with their household size'. The thing after the wishing verb is what the rest of the clause is
about: it has the fields (attributes.py reads them), so it is a thing of its own."""

from . import lexicon
from . import text as tx
from . import words as w
from .cues import ENROLLING_VERBS, LIGHT_VERBS

# verbs of wishing whose object is what the rest of the clause is about
WANTING = frozenset("want wants need needs like expect expects require requires".split())


def wanted_to_have(s, vote):
    """'I want each job to have …', 'we need families to be registered with …': the object has fields."""
    toks = s.tokens
    for p in s.phrases:
        if p.start < 1 or p.end + 2 >= len(toks) or toks[p.end].text != "to" or \
                not any(x in WANTING for x in s.words[max(0, p.start - 3):p.start]):
            continue
        verb = toks[p.end + 1].text
        if verb in ("have", "has", "include", "show", "list", "record") or (
                verb == "be" and s.tags[p.end + 2] == tx.VERB and "with" in s.words[p.end + 3:p.end + 6]):
            vote(p.lemma, 3)


# what the speaker keeps of a thing ("we need name, email and phone")
NEEDING = frozenset("need needs record keep store track capture collect want".split())


def fields_needed(previous, s, vote):
    """'The customers are businesses and walk-in people; we need name, email and phone': a list the
    speaker needs, right after a sentence that opens with a plural, is that plural's fields."""
    words = s.words
    k = 2 if words[1:2] in (["also"], ["only"], ["just"], ["will"], ["must"], ["should"]) else 1
    if previous is None or previous.block != s.block or words[:1] not in (["we"], ["i"]) or \
            len(words) < k + 4 or words[k] not in NEEDING or "," not in words[k + 1:] or \
            any(g in (tx.VERB, tx.AUX) for g in s.tags[k + 1:]):
        return
    first = previous.phrases[0] if previous.phrases else None
    if first is not None and first.plural and first.start <= 1 and (first.end == len(previous.tags) or
                                                                   previous.tags[first.end] in (tx.VERB, tx.AUX)):
        vote(first.lemma, 3)                      # (or an answer of one plural: "Guides. We need their name")


# wishes that only look at things or run the app ("see", "manage"): they make no record of the role's
LOOKING = frozenset("see view manage browse search find know check get read use access log sign".split())


def has_story_role(s):
    """Does the sentence open a user story with a person's role ('As a candidate, …', or a group's: 'As a
    household, …'; not 'As the front desk, …')?"""
    return s.words[:1] == ["as"] and bool(s.phrases) and s.phrases[0].start <= 2 and (
        lexicon.story_person(s.phrases[0].head) or s.phrases[0].det in ("a", "an") and
        s.phrases[0].head in lexicon.group_nouns())   # ("As a household, I want to sign up with my address")


def story_role_acting(s):
    """'As a candidate, I want to apply to an opening': the role of a story acts on a thing (a
    record will name it: the candidate is a table too). The role's phrase, or None."""
    words = s.words
    if not has_story_role(s):                              # (not "as the front desk, …")
        return None
    k = next((j for j in range(s.phrases[0].end, min(len(words) - 2, s.phrases[0].end + 6)) if words[j] == "to" and
              any(x in WANTING for x in words[max(0, j - 2):j]) or
              words[j] in ("can", "could", "should", "must", "will") and words[j - 1] in ("i", "we")), None)
    if k is None or k + 2 >= len(words) or s.tags[k + 1] != tx.VERB or words[k + 1] in LOOKING:
        return None                                         # ("… I want to apply", "… I can join clubs")
    q = s.next_phrase(k + 2)
    if q is None or q.start > k + 4 or q.det in ("my", "our") or \
            any(s.tags[j] not in (tx.PREP, tx.DET, tx.QUANT, tx.ADJ) for j in range(k + 2, q.start)):
        return None
    return s.phrases[0]


def story_acts(s):
    """The positions of the verbs a story's role does ('I want to assign …', 'I can sell … and
    refund …'), up to the story's reason ('so that …'), but not the ones that only look or think."""
    words, tags = s.words, s.tags
    acting, out = False, []
    for j in range(s.phrases[0].end, len(words) - 1):
        if words[j] in ("so", "because", ";", ".") or words[j] == "," and words[j + 1] in ("so", "because"):
            break
        wish = words[j] == "to" and any(x in WANTING for x in words[max(0, j - 2):j]) or \
            words[j] in w.MODALS and words[j - 1] in ("i", "we")
        acting = acting or wish
        if acting and (wish or words[j] in ("and", "or")) and tags[j + 1] == tx.VERB:
            verb = lexicon.verb_lemma(words[j + 1]) or words[j + 1]
            if verb not in LOOKING and verb not in LIGHT_VERBS and lexicon.verb_class(verb) != "perception":
                out.append(j + 1)                # ("approve or reject claims": reject is WordNet's cognition)
    return out


def story_objects(s):
    """'As a dispatcher, I can assign a crew and a truck to each move', 'As a brewer I want to log each
    batch': what a story's role acts on is a thing the app keeps, as what a plural subject acts on is
    ('customers place orders') — a made thing, a person or an occurrence, not a value ('leave a
    deposit', 'add a note') nor what is the role's own ('my designs')."""
    words, tags = s.words, s.tags
    if not has_story_role(s):
        return []
    out = []
    for i in story_acts(s):
        if words[i + 1:i + 2] in (["and"], ["or"]) and tags[i + 2:i + 3] == [tx.VERB]:
            i += 2                               # ("approve or reject expense claims": one object)
        k = i + 1 + (i + 1 < len(words) and words[i + 1] in w.PARTICLES and tags[i + 1] != tx.DET)
        q = s.next_phrase(k)
        if q is None or any(tags[x] not in (tx.DET, tx.QUANT, tx.ADJ) for x in range(k, q.start)):
            continue
        for p in [q] + tx.joined_to(s, q):
            if p.det in ("my", "our", "their", "his", "her", "its") or p.possessive or w.field_word(p.head) or \
                    words[p.end:p.end + 1] == ["of"] or p.det in ("a", "an") and _recording_story(s, i):
                continue                         # ("the library of songs": the songs; "record a grade")
            if p not in out and (p.head in lexicon.handed_nouns() or p.head in lexicon.group_nouns() or
                                 p.head in lexicon.occurrence_nouns() and (p.plural or p.det in ("each", "every", "the"))):
                out.append(p)                    # (not "record a grade and a comment": what it has; once, though
                #                                  both verbs of "approve or reject claims" reach it)
    return out


def registering_role(s):
    """'As a donor, I want to register with my blood type and contact details', 'As a member I can sign
    up with my name and email': the story's role signs itself up, and what follows 'with my' are its
    own fields. (The role's phrase, the index the fields start at), or None."""
    words = s.words
    if not has_story_role(s):
        return None
    for j in range(s.phrases[0].end + 2, len(words) - 2):
        if words[j] not in ("with", "using", "giving") or words[j + 1] not in ("my", "our"):
            continue
        verb = j - 1 - (words[j - 1] == "up")
        if s.tags[verb] == tx.VERB and (lexicon.verb_lemma(words[verb]) or words[verb]) in ENROLLING_VERBS | {"join"}:
            return s.phrases[0], j + 1
        return None
    for j in (j for j in range(s.phrases[0].end + 2, len(words) - 1) if words[j] == "my"):
        verb = j - 1 - (words[j - 1] in ("you", "us"))
        said = s.next_phrase(j + 1)
        told = lexicon.verb_class(lexicon.verb_lemma(words[verb]) or "")
        if s.tags[verb] == tx.VERB and said is not None and said.start <= j + 2 and (
                verb < j - 1 and told in ("communication", "possession") or told == "communication" and
                not said.plural) and (w.field_word(said.head) or not any(said.head in found() for found in (
                    lexicon.thing_nouns, lexicon.person_nouns, lexicon.occurrence_nouns))):
            return s.phrases[0], j + 1           # "As a guest, I want to tell you my dietary requirements": the
    return None                                  # guest's own, told to someone (not "list my breads": things)


def story_records(s):
    """'As a contractor I want to upload the invoice for a repair', '… approve their quote': a record
    (WordNet's occurrence nouns: an invoice, a quote, a report) a story's role makes or handles is a
    thing, whatever its determiner (not one it only looks at: 'see the history')."""
    words, out = s.words, []
    if words[:1] != ["as"]:
        return out
    wanted = False
    for j in range(1, len(words) - 2):
        wanted = wanted or words[j] == "to" and any(x in WANTING for x in words[max(0, j - 2):j])
        if not wanted or words[j] not in ("to", "and") or s.tags[j + 1] != tx.VERB:
            continue                             # ("… to mark a repair as completed and upload the invoice")
        verb = lexicon.verb_lemma(words[j + 1]) or words[j + 1]
        q = s.next_phrase(j + 2)
        if q is not None and q.start <= j + 3 and q.head in lexicon.occurrence_nouns() and verb not in LOOKING and \
                lexicon.verb_class(verb) not in ("perception", "cognition") and q.det in ("the", "their", "its", "my", "each"):
            out.append(q)
    return out


_ON = frozenset(("on", "for", "in", "against", "to", "at"))
_RECORDING = frozenset("record log note enter track store keep capture file".split())


def _recording_story(s, i):
    """Is the verb at i a story role's act of recording ('As a vet, I want to log …')?"""
    return s.words[:1] == ["as"] and bool(s.phrases) and s.phrases[0].start <= 2 and \
        (lexicon.verb_lemma(s.words[i]) or s.words[i]) in _RECORDING


def acted_on(s, i, key_of):
    """'As a contractor, I can log the hours I worked on a request and the materials cost': what a
    story's role records is about the thing its act (the verb at ``i``) is on — the request — not about
    the role. For an act of recording (log, record, note, track …), the key of the first thing in the
    clause after on/for/in/against … (not the role itself, nor something 'my'), or None; see
    object_thing for an act whose object is a thing."""
    words = s.words
    if not _recording_story(s, i):
        return None                          # ("save songs to a playlist": the songs go into it)
    role = key_of(s.phrases[0])[0]
    for q in s.phrases:
        if q.start <= i + 1:
            continue
        if any(x in (".", ";", "so", "because") for x in words[i + 1:q.start]):
            return None
        before = tx.governor(s, q)
        if before > i and words[before] in _ON and s.tags[before] == tx.PREP and q.det not in ("my", "our"):
            key, its_role = key_of(q)
            if key is not None and not its_role and key != role:
                return key
    return None


def object_thing(s, i, key_of):
    """'As a coach, I want to note injuries for an athlete with a start date …': the object of a story
    role's act (the verb at ``i``) is a thing, which the fields that follow describe (read where its
    'with' is), not the role. Is it?"""
    if not _recording_story(s, i):
        return False                         # ("list the sports I teach and my hourly rate": mine too)
    q = s.next_phrase(i + 1)
    if q is None or q.start > i + 2 or q.det in ("my", "our") or q.possessive:
        return False                         # ("I record each trail's length": the trail's)
    key, role = key_of(q)
    return key is not None and not role and key != key_of(s.phrases[0])[0]
