"""`make bench`, lint part: linting a 1,000-table schema against the time to parse it (target <= 2x).

Both baselines come from the same run: pglast's raw parse of the text, and ai_schema's parse of
the text into the model (what every other feature starts from).
"""

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from ai_schema import sqlparser# noqa: E402
from ai_schema.ddl.parse import parse_ddl  # noqa: E402
from ai_schema.lint import lint_text  # noqa: E402
from run import median_times, schema_ddl  # noqa: E402

TABLES = 1000


def main():
    text = schema_ddl(TABLES)
    findings = lint_text(text)
    raw, model, linted = median_times(lambda: sqlparser.parse_sql(text), lambda: parse_ddl(text),
                                      lambda: lint_text(text), runs=5)
    print(f"lint: {TABLES} tables, {len(text) / 1024:.0f} KiB, {len(findings)} findings")
    print(f"pglast raw parse (baseline)      {raw * 1000:8.1f} ms")
    print(f"parse -> IR (baseline)           {model * 1000:8.1f} ms")
    print(f"ai_lint of the text              {linted * 1000:8.1f} ms   {linted / model:5.2f}x parse -> IR "
          f"(target <= 2x), {linted / raw:5.2f}x pglast")


if __name__ == "__main__":
    main()
