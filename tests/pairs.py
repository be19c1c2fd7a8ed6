"""The migration corpus: before/after pairs in tests/fixtures/pairs/*.sql.

A pair is a block that starts with ``-- pair: <name>`` and has ``-- before:`` and
``-- after:`` sections, optionally ``-- options: <json>``, ``-- data:`` (rows
inserted before the up script runs, which must survive it where the change allows) and
``-- expect: <json>``: the hazards and lock levels of the up plan, plain and in safe mode, which
the round-trip test checks (``python tests/pairs.py --record`` writes them for new pairs).
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
    expect: dict = field(default_factory=dict)


def load_pairs():
    pairs = []
    for path in sorted(PAIRS_DIR.glob("*.sql")):
        for block in re.split(r"^-- pair: ", path.read_text(), flags=re.M)[1:]:
            name, _, body = block.partition("\n")
            sections, current = {}, None
            for line in body.splitlines():
                header = re.match(r"^-- (before|after|data|options|expect):\s*(.*)$", line)
                if header:
                    current = header.group(1)
                    sections[current] = header.group(2) + "\n" if header.group(2) else ""
                elif current:
                    sections[current] += line + "\n"
            pairs.append(Pair(name.strip(), path.stem, sections["before"].strip(), sections["after"].strip(),
                              sections.get("data", "").strip(), json.loads(sections.get("options") or "{}"),
                              json.loads(sections.get("expect") or "{}")))
    return pairs


def expected(impact):
    """What a pair's expect line records of an up plan: its hazards and its lock levels."""
    return {"hazards": sorted({h["hazard"] for h in impact["hazards"] if h.get("hazard")}),
            "locks": sorted({s["lock"] for s in impact["statements"] if s.get("lock")})}


def record():
    """Write the expect line of every pair from the planner as it is now (review the diff!)."""
    from ai_schema.ddl.parse import parse_ddl
    from ai_schema.diff import generate_migration
    for path in sorted(PAIRS_DIR.glob("*.sql")):
        text = re.sub(r"^-- expect: .*\n", "", path.read_text(), flags=re.M)
        out = []
        for block in re.split(r"(?=^-- pair: )", text, flags=re.M):
            if block.startswith("-- pair: "):
                name = block.partition("\n")[0][len("-- pair: "):].strip()
                pair = next(p for p in load_pairs() if p.name == name)
                values = {mode: expected(generate_migration(parse_ddl(pair.before), parse_ddl(pair.after),
                                                            {**pair.options, "safe": mode == "safe"})[2])
                          for mode in ("plain", "safe")}
                head, _, rest = block.partition("\n")
                block = f"{head}\n-- expect: {json.dumps(values, sort_keys=True)}\n{rest}"
            out.append(block)
        path.write_text("".join(out))


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--record"]:
        record()
