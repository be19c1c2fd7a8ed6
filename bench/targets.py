"""`make bench`, targets part: rendering the 500-table schema for every platform and output,
against pglast's parse of its PostgreSQL DDL and the PostgreSQL renderer (baselines, same run)."""

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from ai_schema import sqlparser# noqa: E402
from ai_schema.ddl.parse import parse_ddl  # noqa: E402
from ai_schema.targets import DIALECTS, WRITERS, render  # noqa: E402
from run import median_time, schema_ddl  # noqa: E402


def main():
    text = schema_ddl()
    model = parse_ddl(text)
    raw = median_time(lambda: sqlparser.parse_sql(text), runs=3)
    base = median_time(lambda: render(model, "postgresql"), runs=3)
    print(f"targets: {len(model.tables)} tables")
    print(f"pglast parse of the DDL (baseline)   {raw * 1000:8.1f} ms")
    print(f"postgresql renderer (baseline)       {base * 1000:8.1f} ms")
    for platform in DIALECTS:
        t = median_time(lambda: render(model, platform), runs=3)
        print(f"{platform:36} {t * 1000:8.1f} ms   {t / raw:5.2f}x pglast")
    for output, writer in WRITERS.items():
        t = median_time(lambda: writer(model), runs=3)
        print(f"output {output:29} {t * 1000:8.1f} ms   {t / raw:5.2f}x pglast")


if __name__ == "__main__":
    main()
