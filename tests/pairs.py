"""The migration corpus: before/after pairs in tests/fixtures/pairs/*.sql.

A pair is a block that starts with ``-- pair: <name>`` and has ``-- before:`` and
``-- after:`` sections, optionally ``-- options: <json>`` and ``-- data:`` (rows
inserted before the up script runs, which must survive it where the change allows).
"""

import json
import pathlib
import re
from dataclasses import dataclass, field

PAIRS_DIR = pathlib.Path(__file__).parent / "fixtures" / "pairs"


@dataclass
class Pair:
    name: str
    group: str
    before: str
    after: str
    data: str = ""
    options: dict = field(default_factory=dict)


def load_pairs():
    pairs = []
    for path in sorted(PAIRS_DIR.glob("*.sql")):
        for block in re.split(r"^-- pair: ", path.read_text(), flags=re.M)[1:]:
            name, _, body = block.partition("\n")
            sections, current = {}, None
            for line in body.splitlines():
                header = re.match(r"^-- (before|after|data|options):\s*(.*)$", line)
                if header:
                    current = header.group(1)
                    sections[current] = header.group(2) + "\n" if header.group(2) else ""
                elif current:
                    sections[current] += line + "\n"
            pairs.append(Pair(name.strip(), path.stem, sections["before"].strip(), sections["after"].strip(),
                              sections.get("data", "").strip(), json.loads(sections.get("options") or "{}")))
    return pairs
