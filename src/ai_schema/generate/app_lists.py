"""Lists of what an application keeps, read in pass 1 of the extractor (mixed into it; its state lives there):
'a blog with users, posts, comments and tags', 'we track projects, issues and users', 'a fleet tool to track
vehicles, drivers, trips and fuel purchases': each listed plural is a thing to keep."""

from . import constructions, lexicon, title_lists
from .cues import ATTRIBUTE_WORDS, GENERIC_HEADS, HAVE, LIGHT_VERBS, rx
from . import text as tx
from . import words as w
from .phrase_shapes import after_with
from .one_reference import IDENTIFYING
from .tagging import APPS

# what comes before examples of a thing or a count of it, not another thing kept
_EXAMPLE_OR_COUNT = rx(r"(?:\b(?:like|such as|e\.?g\.?|including)(?: [\w-]+)?(?: ,| or| and)?(?: [\w-]+)?|"
                       r"\b(?:number|count|amount) of|\b\d+ (?:to|-) \d+)$")      # ("rate them from 1 to 5 stars")


class ListedThings:
    """``_listed_things`` of :class:`.extract.Extractor`."""

    def _speaker_does(self, s, i, phrases, depth=0):
        """Is the word at i done by the speaker ("we also sell gift cards", "I want to schedule
        inspections") or by the application the first sentence names ("a recycling centre that weighs
        drop-offs by material and pays households per kilo")? What they do names what they keep."""
        toks = s.tokens
        if i > 0 and (toks[i - 1].text in ("we", "i") or
                      i > 1 and (s.tags[i - 1] == tx.ADV or toks[i - 1].text in w.MODALS) and
                      toks[i - 2].text in ("we", "i") or
                      i > 2 and toks[i - 1].text == "to" and toks[i - 2].text in w.INFINITIVE_TAKERS and
                      toks[i - 3].text in ("we", "i")):
            return True
        if i < 2 or s.tags[i] != tx.VERB:
            return False
        if toks[i - 1].text in ("that", "which"):
            app = phrases[0] if phrases else None
            return s is self.sentences[0] and app is not None and s.phrase_at(i - 2) is app and \
                app.det in ("a", "an") and not app.plural
        if toks[i - 1].text == "to":                          # "a site to order parts from suppliers": what
            app = phrases[0] if phrases else None             # the application the text opens with is for
            return s is self.sentences[0] and app is not None and s.phrase_at(i - 2) is app and \
                app.head in APPS and not app.plural
        if toks[i - 1].text == "and" and depth < 3:          # a second verb of the same subject
            j = max((k for k in range(i - 1) if s.tags[k] == tx.VERB), default=None)
            return j is not None and all(s.tags[k] != tx.PRON for k in range(j + 1, i)) and \
                self._speaker_does(s, j, phrases, depth + 1)
        return False

    def _listed_things(self, s):
        """Votes for the things an application, or the speaker, lists."""
        toks, tags, phrases = s.tokens, s.tags, s.phrases
        # "a blog with users, posts, comments and tags", "a library with books and authors",
        # "the app stores books and authors": a list of the things an app has
        for i, t in enumerate(toks):
            owner = s.phrase_at(i - 1) if i > 0 else None
            app = owner is not None and owner.head not in ("number", "count", "amount", "total") and (
                owner.head in GENERIC_HEADS or (s is self.sentences[0] and owner is phrases[0] and
                                                owner.det in ("a", "an") and not owner.plural))   # (not "the
            #                                  number of adults and children": a count of each)
            # "we track projects, issues and users": the speaker lists what the application keeps
            speaker = i > 0 and toks[i - 1].text in ("we", "i") and t.text in HAVE
            if tags[i] == tx.VERB and self._speaker_does(s, i, phrases) and w.verb_base(t.text) not in LIGHT_VERBS and t.text not in HAVE:
                done = s.next_phrase(i + 1)      # "we send campaigns to lists", "we hire contractors"
                if done is not None and done.plural and all(tags[k] == tx.ADJ or toks[k].text in ("the", "our", "my", "all")
                                                            for k in range(i + 1, done.start)) and \
                        done.head != "one":      # ("cancel upcoming ones": the bookings again)
                    #                            ("weighs incoming drop-offs": its adjectives are no words of it)
                    self._vote(done.lemma[-1:], 2)   # its head: "we sell concert tickets" names tickets
                    if i >= 2 and toks[i - 2].text == "where" and s.phrase_at(i - 3) is not None and \
                            s.phrase_at(i - 3).head in GENERIC_HEADS:
                        self._vote(done.lemma[-1:], 1)   # "a tracker where we enter the meter readings": what it keeps
                        of = s.next_phrase(done.end + 1) if s.words[done.end:done.end + 1] == ["of"] else None
                        if of is not None and of.start == done.end + 1 and of.plural:
                            self._vote(of.lemma[-1:], 3)     # ("… the readings of gas meters and …": what they are of)
                to = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k].text == "to"), None)
                whom = s.next_phrase(to + 1) if to is not None and tags[to] == tx.PREP else None
                if whom is not None and whom.start == to + 1 and whom.plural and whom.head in lexicon.person_nouns() \
                        and not any(tags[k] == tx.VERB for k in range(i + 1, to)):
                    self._vote(whom.lemma, 3)    # "… sells them to students", "lends seed packets to gardeners":
                    #                              the people it deals with are kept too
            # "a fleet tool to track vehicles, drivers, trips and fuel purchases", "Track my books, …"
            purpose = tags[i] == tx.VERB and t.text.endswith("ing") and i > 1 and s.words[i - 1] == "for" and \
                s.phrase_at(i - 2) is not None and s.phrase_at(i - 2).head in APPS   # ("an app for
            #                                                                              renting kayaks")
            speaker = speaker or purpose or (tags[i] == tx.VERB and t.text in w.KEEPING_VERBS and
                                             (i == 0 or toks[i - 1].text in ("to", "we", "i", ":", "-") or
                                              (i > 1 and s.words[i - 2:i] == [",", "and"])))   # ("…, and record
            #                                                                                   deposits")
            # "a ticketing system for a theatre - shows, performances, seats and tickets"
            app = app or (i > 0 and t.text == "-" and s is self.sentences[0] and owner is not None)
            if speaker or app and (t.text in ("with", ":", "for", "of", "-") or
                                   (t.text in HAVE and owner.head in GENERIC_HEADS) or
                                   (tags[i] == tx.VERB and t.text.endswith("ing") and owner.head in GENERIC_HEADS)):
                #                                  ("a platform connecting tutors with students")
                outside = set(tx.outside_parentheses(toks, i + 1, len(toks)))   # "products (SKU, name), categories,
                #                                                                  …": the items, not their fields
                titled = title_lists.title_list(s)   # (what describes a title list's item: "people, their parents,
                described = {p.start for p in phrases for x in titled   # birth/death dates, …")
                             if x.start < p.start < (title_lists.title_item_end(s, x.start) or 0) and p not in titled
                             and s.words[p.start - 1] in (",", "their")}   # (not "orders with products")
                outside -= described
                listed = [p for p in phrases if p.start > i and p.start in outside and not (   # ("my medications,
                    p.start > 1 and s.words[p.start - 2:p.start] in ([",", "their"], [",", "its"]) and  # their doses")
                    p.head not in lexicon.act_nouns()) and p.lemma[-1] not in constructions.DETAILS and \
                    not (p.lemma[-1] in w.LINE_FIELDS and after_with(s, p.start)) and not (   # ("orders with
                    #                                   items and quantities": the order's lines, no thing)
                    _EXAMPLE_OR_COUNT.search(" ".join(s.words[max(0, p.start - 6):p.start]))) and
                    not _identifies(s, p)]   # ("number of kids", "vehicles identified by registration",
                #                                                          "add-ons like cake or balloons")
                if listed and listed[0].end < len(toks) and (toks[listed[0].end].text == ":" or (
                        toks[listed[0].end].text == "with" and not listed[0].plural and t.text == "for")):
                    listed = listed[1:]            # "Track my reading: books, authors, …": a title first; "an
                    #                                inventory system for a brewery with kegs, batches …": whose
                header = next((n for n, p in enumerate(listed) if p.words[-1] in title_lists.NUMBER_HEADERS), None)
                listed = listed[:header] if header is not None else listed   # ("we keep player stats per game -
                #                                  points, rebounds, assists": the numbers kept, no things)
                if any(p.words[-1] in title_lists.NUMBER_HEADERS for p in phrases if i - 4 <= p.end <= i):
                    listed = []                    # ("player stats per game: points, rebounds, assists")
                listed = [p for n, p in enumerate(listed) if p.plural or p.end + 1 >= len(toks) or
                          toks[p.end].text != "of" or n + 1 == len(listed) or listed[n + 1].start != p.end + 1
                          or not listed[n + 1].plural or (g := tx.governor(s, p)) not in (i, p.start - 1) or
                          toks[g].text not in (t.text, ",", "and")]   # "our fleet of boats, …": the
                #                                                   boats (not "… as an array of strings")
                if t.text in ("-", ":") and listed and toks[listed[-1].start - 1].text == "or":
                    listed = []                    # ("each pair gets a job - heels, soles or stitching": one of
                    #                                them, the values a field takes)
                if len(listed) >= 2 and all(p.plural for p in listed[:2]):
                    for p in listed:
                        if p.plural and not (p.head in lexicon.measure_nouns() and "with" in s.words[i + 1:p.start]):
                            #              ("log fuel sales with the litres and the price": units they are kept with)
                            self._vote(p.lemma, 3)
                    self.lists.append(tuple(p.lemma for p in listed if p.plural))
                elif speaker and listed and listed[0].plural and listed[0].start == i + 1 and \
                        listed[0].head not in ATTRIBUTE_WORDS and \
                        (listed[0].head not in lexicon.kind_nouns() or listed[0].head in lexicon.act_nouns() or
                         purpose) and \
                        listed[0].head not in lexicon.measure_nouns():
                    self._vote(listed[0].lemma, 3)   # "we track check-ins", "track expenses by category":
                    #                                  what the speaker keeps
                    #                                  (not "we record temperatures": a kind of value)


def _identifies(s, p):
    """Does the phrase p say what identifies the thing before ('vehicles identified by (a) registration')?"""
    k = p.start - (s.words[p.start - 1:p.start] in (["a"], ["an"], ["the"], ["its"], ["their"]))
    return k >= 2 and s.words[k - 1] == "by" and s.words[k - 2] in IDENTIFYING
