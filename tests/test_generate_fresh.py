"""The fresh-domain set (tests/fixtures/nl-fresh): descriptions in domains no dev case covers, with the facts
written before the generator read them. Every output applies on the server, and the set's score stays
above the floor where the generator stands (docs/nl-dev-split.md)."""

import pathlib
import subprocess
import sys

import pytest
import yaml

from ai_schema.generate.pipeline import generate
from test_generate import apply_in_empty_database

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
CASES = {p.stem: yaml.safe_load(p.read_text()) for p in sorted((FIXTURES / "nl-fresh" / "cases").glob("*.yaml"))}
DEV = {yaml.safe_load(p.read_text())["id"] for p in (FIXTURES / "nl-dev" / "cases").glob("*.yaml")}
STYLES = {"one_liner", "prose", "bullets", "technical", "user_stories", "messy", "long_spec", "requirement_answers"}
MIN_SCORE = 0.70   # (685 cases since stop 76: batches 7 to 58 scored 0.610, 0.604, 0.649, 0.663, 0.635, 0.696, 0.563, 0.640, 0.692, 0.631, 0.786, 0.551, 0.338, 0.568, 0.608, 0.534, 0.552, 0.602, 0.352, 0.653, 0.748, 0.669, 0.647, 0.654, 0.643, 0.624, 0.533, 0.508, 0.676, 0.577, 0.595, 0.668, 0.453, 0.592, 0.650, 0.547, 0.577, 0.550, 0.621, 0.575, 0.519, 0.472, 0.393, 0.419, 0.486, 0.559, 0.623, 0.688, 0.519, 0.611, 0.517 and 0.541 when added; 0.742 with batch 42 after stop 70's round 6, 0.737 with batch 43 on stop 70's code, 0.730 with batch 46 on stop 71's, 0.727 with batch 47 after stop 72's round 2, 0.723 with batch 48 after its round 5, 0.718 with batch 49 on stop 72's, 0.715 with batch 50 after stop 73's round 6, 0.712 with batch 51 after its round 11, 0.709 with batch 52 on stop 73's code, 0.710 with batch 53 after stop 74's round 6, 0.712 with batch 54 on stop 74's code, 0.709 with batch 55 after stop 75's round 2, 0.710 with batch 56 on stop 75's code, 0.708 with batch 57 after stop 76's round 3, 0.707 with batch 58 after its round 5)


@pytest.fixture(scope="module")
def fresh_outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("nl-fresh")
    for case_id, case in CASES.items():
        (out / f"{case_id}.sql").write_text(generate(case["description"]))
    return out


def test_every_fresh_case_is_well_formed():
    for case_id, case in CASES.items():
        assert case["id"] == case_id and case_id not in DEV and case["style"] in STYLES, case_id
        assert case["expected"]["entities"] and "paraphrase_of" not in case, case_id


def test_fresh_set_score(fresh_outputs):
    result = subprocess.run([sys.executable, str(FIXTURES / "nl-dev" / "score.py"), "--cases",
                             str(FIXTURES / "nl-fresh" / "cases"), "--ddl-dir", str(fresh_outputs)],
                            capture_output=True, text=True, check=True)
    print(result.stdout)
    assert float(result.stdout.strip().splitlines()[-1].split()[-1]) >= MIN_SCORE, result.stdout


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_fresh_output_applies(fresh_outputs, dbs, case_id):
    assert apply_in_empty_database(dbs, (fresh_outputs / f"{case_id}.sql").read_text())
