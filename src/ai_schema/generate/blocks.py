"""A description cut into blocks: paragraphs and list items, each with whether it is a list item.
A line joins the one before it unless a bullet, a heading, a label or an unwrapped line (longer than
any hard wrap) starts something of its own."""

import re

BULLET = re.compile(r"^\s*(?:[-*+>]|\d{1,2}[.)]|[a-z][)])\s+")


def blocks(text):
    """(text of one paragraph or list item, whether it is a list item) in order."""
    found, current, previous = [], None, ""
    for raw in text.split("\n"):
        if not raw.strip():
            current = None
            continue
        indent = len(raw) - len(raw.lstrip())
        bullet = BULLET.match(raw)
        label = re.match(r"^\s*[A-Za-z][\w \-']{0,40}:\s", raw) and not raw.rstrip().endswith(":") and \
            (not previous or previous.rstrip()[-1:] in ".:;!?" or current is not None and current[1])   # (after an item)
        # "1. Berths and docks" over "The marina is split into docks …": a short line with no stop,
        # then a capitalised one: a heading, not a sentence wrapped in two
        heading = current is not None and len(current[0]) == 1 and raw.lstrip()[:1].isupper() and \
            previous.rstrip()[-1:].isalnum() and len(previous.split()) <= 6 and not BULLET.match(raw)
        previous = raw
        if bullet or current is None or heading or (label and indent <= (current[2] if current else 0)):
            current = [[raw[bullet.end():] if bullet else raw], bool(bullet), indent]
            found.append(current)
        else:
            current[0].append(raw)
    return [(text, item) for lines, item, _ in found for text in _joined(lines)]


def _joined(lines):
    """The texts of one block: its lines as one. Lines longer than any hard wrap (100 characters) say
    the writer did not wrap them: each line is a paragraph of its own ('plots get rented … who has it'
    over 'we lend tools, …')."""
    if len(lines) > 1 and max(len(x) for x in lines) > 100:
        return [x.strip() for x in lines]
    return [" ".join(x.strip() for x in lines)]
