"""Things sent to each of another: 'assign movers and a truck to each job', 'allocate nurses to every ward'.
What each one is given is a thing of its own: several people (a plural) are a pair with it, many of
each over time; one thing ('a truck') is its reference. Both sides are things of the text."""

from . import lexicon
from . import text as tx
from . import words as w


def _sent(p):
    """Is the phrase something handed over (a person, a group, a made thing), not a value ('a priority')?"""
    return not w.field_word(p.head) and p.det not in ("my", "our", "their", "its") and (
        p.head in lexicon.handed_nouns() or p.head in lexicon.group_nouns())


def sent_to_each(s):
    """(sent phrases, target phrase) of each 'V <things> to each|every <target>' in the sentence."""
    if "each" not in s.words and "every" not in s.words:
        return []
    return s.once(_sent_to_each)


def _sent_to_each(s):
    toks, tags, out = s.tokens, s.tags, []
    for i in range(len(toks) - 4):
        if tags[i] != tx.VERB or lexicon.verb_class(w.verb_base(toks[i].text) or toks[i].text) in \
                ("perception", "cognition", "communication"):
            continue
        obj = s.next_phrase(i + 1)
        if obj is None or any(tags[j] not in (tx.DET, tx.ADJ, tx.QUANT) for j in range(i + 1, obj.start)):
            continue
        sent = [obj] + tx.joined_to(s, obj, plural=False)
        k = sent[-1].end
        if k + 2 >= len(toks) or toks[k].text != "to" or toks[k + 1].text not in ("each", "every"):
            continue
        target = s.next_phrase(k + 2)
        if target is None or target.start != k + 2 or not all(_sent(p) for p in sent):
            continue
        out.append((sent, target))
    return out


def vote(s, vote_for):
    for sent, target in sent_to_each(s):
        vote_for(target.lemma, 3)
        for p in sent:
            vote_for(p.lemma, 3)


def link(s, key_of, relate, associate):
    """Each target refers to one thing sent to it and pairs with the several people sent."""
    for sent, target in sent_to_each(s):
        to = key_of(target)
        for p in sent:
            key = key_of(p)
            if to is None or key is None or key == to:
                continue
            if p.plural:
                associate(to, key, None)
            else:
                relate(to, key)
