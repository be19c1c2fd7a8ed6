"""Whose people are whose: people a thing has several of are shared with other things (a pair table), and
people a person registers or manages are not that person's. Read by relations.py."""

from . import lexicon
from .cues import ATTRIBUTE_VERBS


def several_people_of_a_thing(s, src_key, obj_key, obj_p):
    """'A thesis can have more than one supervisor', 'each course has several teachers': people said with
    'several', 'multiple', 'many' or 'more than one' (not a count: 'up to 12 singers') of a thing that is
    neither a person nor a group."""
    head = src_key.rsplit("_", 1)[-1]
    return lexicon.holds_people(obj_key) and not lexicon.holds_people(src_key) and head not in lexicon.group_nouns() \
        and (obj_p.det in ("several", "multiple", "many") or s.words[max(0, obj_p.start - 3):obj_p.start] ==
             ["more", "than", "one"]) and s.words[obj_p.end:obj_p.end + 2] != [",", "who"]   # (", who are also
    #                                                                                        filmmakers": a role)


def kept_people(src_key, obj_key, base):
    """'As a receptionist, I want to register pet owners', 'As a secretary, I want to add members': people
    a person registers, records or manages are not that person's (no pet_owners.receptionist_id)."""
    return lexicon.holds_people(src_key) and lexicon.holds_people(obj_key) and (base in ATTRIBUTE_VERBS or base in (
        "add", "create", "import", "remove", "delete", "edit", "update", "manage")) and \
        base not in ("have", "hold", "keep", "need", "want")
