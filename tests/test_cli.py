"""The ai-schema command against a database WITHOUT the extension: generate -> lint -> apply ->
migrate -> rollback, with designs and versions in the plain-SQL bootstrap tables; exit codes,
SARIF and JSON output; the committed bootstrap equals what sql/ builds."""

import json
import re
import pathlib
import subprocess
import sys

import pytest

import ai_schema
from ai_schema import sdk
from ai_schema.interfaces import cli

ROOT = pathlib.Path(__file__).resolve().parent.parent
COMMAND = pathlib.Path(sys.executable).parent / "ai-schema"
BAD = "CREATE TABLE things (id int, name varchar(20));\nCREATE INDEX things_name_idx ON things (name);\n"


@pytest.fixture
def plain(dbs, cluster):
    """(dsn, connection) of a fresh database without the extension."""
    name = dbs.new(with_extension=False)
    with dbs.connect(name) as conn:
        yield cluster.conninfo(name), conn


def run(dsn, *args, stdin=None):
    """The installed console script, as CI would run it."""
    result = subprocess.run([str(COMMAND), "--dsn", dsn, *args], capture_output=True, text=True, input=stdin,
                            timeout=120)
    return result.returncode, result.stdout, result.stderr


def test_generate_lint_apply_migrate_rollback_without_the_extension(plain, tmp_path):
    dsn, conn = plain
    code, out, err = run(dsn, "generate", "a blog with users, posts and comments", "--save", "blog")
    assert code == 0 and "CREATE TABLE" in out, err
    assert "created the design and approval tables in schema ai_schema" in err
    assert conn.execute("SELECT count(*) FROM pg_extension WHERE extname IN ('ai_schema', 'plpython3u')"
                        ).fetchone() == (0,)
    assert conn.execute("SELECT version_number, model IS NOT NULL FROM ai_schema.ai_schema_versions "
                        "WHERE design_name = 'blog'").fetchall() == [(1, True)]

    code, out, _ = run(dsn, "lint", "blog", "--format", "json")
    assert code == 0 and all(f["severity"] != "error" for f in json.loads(out))

    conn.execute("CREATE SCHEMA app")
    code, out, err = run(dsn, "apply", "blog", "--target", "app", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["dry_run"] is True
    assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'app'").fetchone() == (0,)
    code, out, err = run(dsn, "apply", "blog", "--target", "app")
    assert code == 0 and "apply of blog on app: ok" in out, err
    tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'app' ORDER BY 1").fetchall()
    assert {"comments", "posts", "users"} <= {t for t, in tables}

    # a new version adds a column: diff shows it, apply makes it, rollback takes it away again
    v1 = conn.execute("SELECT ddl FROM ai_schema.ai_schema_designs WHERE name = 'blog'").fetchone()[0]
    v2 = tmp_path / "v2.sql"
    v2.write_text(v1 + "\nALTER TABLE posts ADD COLUMN subtitle text;\n")
    assert run(dsn, "design", "save", "blog", str(v2))[0] == 0
    code, out, _ = run(dsn, "diff", "live:app", "blog")
    assert code == 0 and "ADD COLUMN subtitle text" in out
    code, out, _ = run(dsn, "diff", "live:app", "blog", "--output-dir", str(tmp_path / "m"))
    assert code == 0 and "subtitle" in (tmp_path / "m" / "up.sql").read_text()
    assert "DROP COLUMN subtitle" in (tmp_path / "m" / "down.sql").read_text()
    column = "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'app' AND column_name = 'subtitle'"
    conn.execute("SET search_path = app")                     # the written scripts run on the server, both ways
    conn.execute((tmp_path / "m" / "up.sql").read_text())
    assert conn.execute(column).fetchone() == (1,)
    conn.execute((tmp_path / "m" / "down.sql").read_text())
    assert conn.execute(column).fetchone() == (0,)
    conn.execute("RESET search_path")
    assert run(dsn, "apply", "blog", "--target", "app")[0] == 0
    assert conn.execute(column).fetchone() == (1,)
    code, out, err = run(dsn, "rollback", "blog", "1", "--reason", "not needed", "--json")
    assert code == 0 and json.loads(out)["applied"] is True, err
    assert conn.execute(column).fetchone() == (0,)
    versions = conn.execute("SELECT version_number, description FROM ai_schema.ai_schema_versions "
                            "WHERE design_name = 'blog' ORDER BY 1").fetchall()
    assert [v for v, _ in versions] == [1, 2, 3] and "rollback to version 1: not needed" in versions[-1][1]
    actions = [a for a, in conn.execute("SELECT action FROM ai_schema.ai_schema_audit_log ORDER BY id")]
    assert actions == ["dry_run", "apply", "apply", "rollback"]
    code, out, _ = run(dsn, "design", "list")
    assert code == 0 and out.startswith("blog") and "v3" in out


def test_lint_exit_codes_and_sarif(tmp_path):
    bad = tmp_path / "bad.sql"
    bad.write_text(BAD)
    code, out, _ = run("", "lint", str(bad), "--format", "sarif")
    assert code == 1                                           # no primary key is an error
    log = json.loads(out)
    assert log["version"] == "2.1.0" and log["runs"][0]["tool"]["driver"]["name"] == "ai-schema"
    rules = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    results = log["runs"][0]["results"]
    assert results and all(r["ruleId"] == rules[r["ruleIndex"]] for r in results)
    assert all(r["level"] in ("error", "warning", "note") for r in results)
    located = {r["properties"]["object"]: r["locations"][0]["physicalLocation"] for r in results}
    assert all(p["artifactLocation"]["uri"] == str(bad) for p in located.values())
    assert located["things"]["region"]["startLine"] == 1
    good = tmp_path / "good.sql"
    good.write_text("CREATE TABLE things (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);")
    assert run("", "lint", str(good))[0] == 0
    assert run("", "validate", str(bad))[0] == 1
    code, out, _ = run("", "lint", "-", "--format", "json", stdin=BAD)
    assert code == 1 and any(f["rule_id"] == "table-without-primary-key" for f in json.loads(out))


def test_offline_commands_need_no_database(tmp_path, conn):
    code, out, err = run("", "generate", "a shop with customers and orders", "--platform", "mysql")
    assert code == 0 and "ENGINE=InnoDB" in out and "connecting" not in err
    code, out, _ = run("", "diff", "CREATE TABLE t (id int PRIMARY KEY);",
                       "CREATE TABLE t (id int PRIMARY KEY, n int);")
    assert code == 0 and "ALTER TABLE t ADD COLUMN n integer;" in out
    conn.execute("CREATE TABLE t (id int PRIMARY KEY)")        # made without a database, run on one
    conn.execute(out)
    assert conn.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'n'"
                        ).fetchone() == (1,)


def test_errors_and_exit_codes(plain, capsys):
    dsn, _ = plain
    code, _, err = run("host=/nonexistent port=1 dbname=x", "design", "list")
    assert code == 3 and "could not connect" in err and "Traceback" not in err
    code, _, err = run(dsn, "apply", "nope", "--target", "public")
    assert code == 2 and 'no design named "nope"' in err and "Traceback" not in err
    code, _, err = run(dsn, "generate", "a blog", "-o", "id_style=sideways")
    assert code == 2 and "id_style" in err
    assert cli.main(["--quiet", "render", "CREATE TABLE t (id int PRIMARY KEY)", "--platform", "sqlite"]) == 0
    assert "CREATE TABLE" in capsys.readouterr().out


def test_committed_bootstrap_is_built_from_sql_sources():
    sys.path.insert(0, str(ROOT / "sql"))
    import build
    assert (ROOT / "src" / "ai_schema" / "bootstrap.sql").read_text() == build.bootstrap(ai_schema.__version__)


def test_load_test_and_exports_from_the_command(plain, tmp_path):
    dsn, conn = plain
    conn.execute("CREATE SCHEMA app; CREATE TABLE app.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                 "email text NOT NULL UNIQUE); INSERT INTO app.users (email) "
                 "SELECT 'u' || g || '@example.com' FROM generate_series(1, 500) g; ANALYZE app.users")
    code, out, err = run(dsn, "load-test", "app", "-o", "duration_seconds=1", "-o", "concurrent_users=2", "--json")
    report = json.loads(out)
    assert code == 0 and report["total"]["calls"] > 0 and report["total"]["errors"] == 0, err
    assert {q["query_name"] for q in report["queries"]} >= {"users.by_key", "users.by_email"}
    code, out, _ = run(dsn, "export", "kafka", "live:app", "--out", str(tmp_path), "-o", "topic_prefix=t")
    assert code == 0 and (tmp_path / "kafka" / "t.app.users-value.avsc").exists()
    migration = tmp_path / "up.sql"
    migration.write_text("BEGIN;\nALTER TABLE users ADD COLUMN n int;\nCREATE INDEX users_n_idx ON users (n);\nCOMMIT;\n")
    code, out, _ = run("", "lint", str(migration), "--format", "sarif")
    lines = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "require-concurrent-index-creation"}
    assert lines == {"require-concurrent-index-creation": 3}


def test_generate_draws_the_diagram(tmp_path, capsys):
    """--erd: the same design as the DDL, drawn by Graphviz as SVG or PNG; other formats are refused."""
    text = "Customers place orders. Orders have many order items. Each order item refers to one product."
    assert cli.main(["--quiet", "generate", text, "--erd", str(tmp_path / "shop.svg")]) == 0
    ddl = capsys.readouterr().out
    svg = (tmp_path / "shop.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    tables = re.findall(r"^CREATE TABLE (\w+)", ddl, re.M)
    assert tables and all(f">{name}<" in svg for name in tables)
    assert svg.count('class="edge"') == ddl.count("FOREIGN KEY")
    assert cli.main(["--quiet", "generate", text, "--erd", str(tmp_path / "shop.png")]) == 0
    assert (tmp_path / "shop.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert cli.main(["--quiet", "generate", text, "--erd", str(tmp_path / "shop.gif")]) == 2
    assert "Name the file .svg, .png or .pdf" in capsys.readouterr().err and not (tmp_path / "shop.gif").exists()


def test_the_sdk_draws_what_it_generated(tmp_path):
    schema = sdk.Architect(offline=True).generate_schema("a library with books, authors and members")
    drawn = schema.draw(tmp_path / "library.svg")
    assert "books" in drawn.read_text() and "authors" in drawn.read_text()


def test_a_command_on_files_loads_only_what_it_uses(tmp_path):
    """`ai-schema lint` on a file starts without the generator, the catalog reader, the LLM client or
    the advisers (interfaces/lazy.py): their imports were half of every start."""
    path = tmp_path / "bad.sql"
    path.write_text(BAD)
    probe = ("import sys, json; from ai_schema.interfaces import cli\n"
             "try:\n    cli.main(['-q', 'lint', sys.argv[1], '--format', 'json'])\nexcept SystemExit:\n    pass\n"
             "print(json.dumps(sorted(m for m in sys.modules if m.startswith('ai_schema.'))), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=60)
    loaded = set(json.loads(result.stderr.strip().splitlines()[-1]))
    assert "ai_schema.lint" in loaded and json.loads(result.stdout)               # it linted
    assert not {"ai_schema.generate.pipeline", "ai_schema.catalog", "ai_schema.llm.source",
                "ai_schema.advice.indexes", "ai_schema.designs.templates"} & loaded, sorted(loaded)
