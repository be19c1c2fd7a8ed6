"""Other platforms, each checked by its real tool: MariaDB applies the mysql DDL, SQLite (foreign
keys on) applies the sqlite DDL, sqlglot parses the snowflake DDL. Every dev-set description
passes every target."""

import itertools
import pathlib
import sqlite3

import pytest
import sqlglot
from sqlglot import exp

from ai_schema.ddl.parse import parse_ddl
from ai_schema.errors import AiSchemaError
from ai_schema.generate.pipeline import check_options, generate_model
from ai_schema.targets import render
from mariadb import ScratchMariaDB
from test_generate import CASES

_db = itertools.count()
OPTIONS = {"audit": True, "soft_delete": True}


@pytest.fixture(scope="module")
def mariadb():
    server = ScratchMariaDB().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def models():
    return {name: generate_model(text, check_options(OPTIONS))[0] for name, text in CASES.items()}


@pytest.mark.parametrize("case", sorted(CASES))
def test_mysql_ddl_applies_on_mariadb(mariadb, models, case):
    ddl = render(models[case], "mysql")
    name = f"case{next(_db)}"
    assert mariadb.run(f"CREATE DATABASE {name}")[0] == 0
    code, output = mariadb.run(ddl + "\nSHOW TABLES;", name)
    assert code == 0, output
    tables = sorted(t.name for t in models[case].tables if t.partition_of is None)
    assert sorted(output.split()[1:]) == tables


@pytest.mark.parametrize("case", sorted(CASES))
def test_sqlite_ddl_applies_with_foreign_keys_on(models, case):
    ddl = render(models[case], "sqlite")
    db = sqlite3.connect(":memory:")
    db.executescript(ddl)
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    created = sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                               "AND name NOT LIKE 'sqlite_%'"))
    assert created == sorted(t.name for t in models[case].tables if t.partition_of is None)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_snowflake_ddl_parses_with_sqlglot(models, case):
    ddl = render(models[case], "snowflake", {"use_clustering": True})
    statements = sqlglot.parse(ddl, read="snowflake", error_level=sqlglot.ErrorLevel.RAISE)
    creates = [s for s in statements if isinstance(s, exp.Create)]
    assert len(creates) == sum(1 for t in models[case].tables if t.partition_of is None)
    assert all(s.args["kind"] == "TABLE" for s in creates)


def test_lossy_mappings_are_said_in_the_ddl():
    model = parse_ddl("CREATE TYPE order_status AS ENUM ('pending', 'paid'); CREATE TABLE customers (id int "
                      "PRIMARY KEY); CREATE TABLE orders (id int PRIMARY KEY, status order_status NOT NULL, "
                      "tags text[], customer_id int REFERENCES customers (id));")
    lite = render(model, "sqlite")
    assert "-- WARNING: orders.status: enum order_status becomes text with a CHECK" in lite
    assert "-- WARNING: orders.tags: array of text becomes JSON text" in lite
    assert "CHECK (\"status\" IN ('pending', 'paid'))" in lite
    my = render(model, "mysql")
    assert "ENUM('pending', 'paid')" in my and "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" in my
    snow = render(model, "snowflake", {"use_streams": True})
    assert "not enforced by Snowflake" in snow and 'CREATE STREAM "orders_stream" ON TABLE "orders"' in snow


def test_mysql_options(mariadb):
    model = generate_model("customers place orders", check_options({}))[0]
    ddl = render(model, "mysql", {"engine": "InnoDB", "charset": "utf8mb4", "collation": "utf8mb4_bin"})
    assert "COLLATE=utf8mb4_bin" in ddl
    assert mariadb.run("CREATE DATABASE opts")[0] == 0
    assert mariadb.run(ddl, "opts")[0] == 0


def test_render_in_sql_for_designs_and_live_schemas(conn):
    conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('shop', "
                 "'CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL UNIQUE)')")
    assert "`name` VARCHAR(255) NOT NULL" in conn.execute("SELECT ai_render_schema('shop', 'mysql')").fetchone()[0]
    conn.execute("CREATE TABLE live_t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz)")
    lite = conn.execute("SELECT ai_render_schema('live:public', 'sqlite')").fetchone()[0]
    assert '"id" INTEGER PRIMARY KEY AUTOINCREMENT' in lite
    ddl = conn.execute("SELECT ai_generate_schema('customers place orders', 'snowflake')").fetchone()[0]
    assert 'CREATE TABLE "customers"' in ddl and "AUTOINCREMENT" in ddl


@pytest.mark.parametrize("case", sorted(CASES))
def test_sqlalchemy_models_create_the_same_tables(models, case, dbs, cluster):
    import dataclasses
    import types

    from sqlalchemy import create_engine

    from ai_schema import catalog
    from ai_schema.db import PsycopgExecutor
    from ai_schema.ddl.render import render_postgresql
    from ai_schema.diff import compare
    from ai_schema.targets import sqlalchemy_models

    model = models[case]
    module = types.ModuleType("generated_models")
    exec(compile(sqlalchemy_models(model), "generated_models.py", "exec"), module.__dict__)
    name = dbs.new(with_extension=False)
    with dbs.connect(name) as conn:
        conn.execute("CREATE SCHEMA from_models")
        conn.execute("CREATE SCHEMA from_ddl")
        engine = create_engine(f"postgresql+psycopg://postgres@/{name}?host={cluster.root}&port={cluster.port}",
                               connect_args={"options": "-csearch_path=from_models"})
        module.Base.metadata.create_all(engine)
        engine.dispose()
        conn.execute("SET search_path = from_ddl")
        conn.execute(render_postgresql(model))
        executor = PsycopgExecutor(conn)

        def tables(namespace):            # triggers, functions and row security are not SQLAlchemy's
            read = catalog.introspect(executor, [namespace])
            return dataclasses.replace(read, opaques=(), tables=tuple(
                dataclasses.replace(t, row_security=False, force_row_security=False) for t in read.tables))

        assert compare(tables("from_models"), tables("from_ddl")) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_dot_erd_renders_to_svg_with_graphviz(models, case):
    import subprocess

    from ai_schema.targets import dot
    result = subprocess.run(["dot", "-Tsvg"], input=dot(models[case]), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("<?xml") and "<svg" in result.stdout
    assert all(f">{t.name}<" in result.stdout for t in models[case].tables)


def test_target_options_and_lossy_notice_in_sql(conn):
    notices = []
    conn.add_notice_handler(lambda d: notices.append(d.message_primary))
    ddl = conn.execute("SELECT ai_generate_schema('customers have many orders', 'mysql', "
                       "'{\"engine\": \"Aria\", \"collation\": \"utf8mb4_bin\"}')").fetchone()[0]
    assert "ENGINE=Aria DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" in ddl
    assert any("do not map exactly to mysql" in n for n in notices)
    snow = conn.execute("SELECT ai_render_schema('CREATE TABLE t (id int PRIMARY KEY, created_at timestamptz)', "
                        "'snowflake', '{\"use_clustering\": true}')").fetchone()[0]
    assert 'CLUSTER BY ("created_at")' in snow
    for options in ('{"engine": "InnoDB; DROP TABLE t"}', '{"collation": "x y"}', '{"bogus": 1}'):
        with pytest.raises(Exception) as info:
            conn.execute("SELECT ai_render_schema('CREATE TABLE t (id int)', 'mysql', %s::jsonb)", (options,))
        assert info.value.sqlstate == "22023"


def test_markdown_data_dictionary_and_outputs_in_sql(conn):
    text = conn.execute("SELECT ai_generate_schema('customers have many orders; each order has a total', "
                        "'postgresql', "
                        "'{\"output\": \"markdown\"}')").fetchone()[0]
    assert text.startswith("# Data dictionary") and "## orders" in text and "FK → customers.id" in text
    for output, marker in (("dot", "digraph schema {"), ("sqlalchemy", "class Base(DeclarativeBase):")):
        produced = conn.execute("SELECT ai_generate_schema('customers place orders', 'postgresql', %s::jsonb)",
                                (f'{{"output": "{output}"}}',)).fetchone()[0]
        assert marker in produced


@pytest.mark.parametrize("case", sorted(CASES))
def test_django_models_pass_check_and_makemigrations(models, case, tmp_path):
    import os
    import subprocess
    import sys

    from ai_schema.targets import django_models
    app = tmp_path / "app"
    (app / "migrations").mkdir(parents=True)
    (app / "__init__.py").write_text("")
    (app / "migrations" / "__init__.py").write_text("")
    (app / "models.py").write_text(django_models(models[case]))
    (tmp_path / "settings.py").write_text(
        'SECRET_KEY = "test"\nINSTALLED_APPS = ["app"]\nUSE_TZ = True\n'
        'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}\n'
        'DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"\n')
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "settings", "PYTHONPATH": str(tmp_path)}
    for command in (["check", "--fail-level", "ERROR"], ["makemigrations", "app"]):
        result = subprocess.run([sys.executable, "-m", "django", *command], cwd=tmp_path, env=env,
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    migration = (app / "migrations" / "0001_initial.py").read_text()
    for table in models[case].tables:
        if table.partition_of is None:
            assert f"'db_table': '{table.name}'" in migration


PRISMA = pathlib.Path(__file__).parent / "prisma"


def test_prisma_schemas_pass_prismas_validator(models):
    import json
    import subprocess

    from ai_schema.targets import prisma_schema
    names = sorted(CASES)
    texts = [prisma_schema(models[n]) for n in names]
    texts.append(texts[0] + "\nmodel Broken {\n  x Int\n}\n")          # the validator does refuse
    result = subprocess.run(["node", "validate.js"], input="\n".join(json.dumps(t) for t in texts),
                            capture_output=True, text=True, cwd=PRISMA)
    assert result.returncode == 0, result.stderr
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [v["ok"] for v in verdicts[:-1]] == [True] * len(names), [
        (n, v["error"][:500]) for n, v in zip(names, verdicts) if not v["ok"]]
    assert verdicts[-1]["ok"] is False and "unique criteria" in verdicts[-1]["error"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_citus_ddl_parses_and_its_postgresql_part_applies(models, case, conn):
    from ai_schema import sqlparser
    text = render(models[case], "citus")
    statements = sqlparser.parse(text)
    calls = [s.text for s in statements if s.text.startswith("SELECT create_")]
    tables = [t for t in models[case].tables if t.partition_of is None]
    assert len(calls) == len(tables)
    postgresql = text.split("\n-- Citus distribution\n")[0]
    conn.execute("CREATE SCHEMA citus_part")
    conn.execute("SET search_path = citus_part")
    conn.execute(postgresql)


def test_citus_multi_tenant_keys_include_the_tenant(models):
    from ai_schema.ddl.parse import parse_ddl as parse
    text = render(models["multitenant_saas"], "citus")
    model = parse(text.split("\n-- Citus distribution\n")[0])
    users = next(t for t in model.tables if t.name == "users")
    assert users.primary_key.columns == ("tenant_id", "id")
    assert all("tenant_id" in u.columns for u in users.uniques)
    assert "SELECT create_distributed_table('tenants', 'id');" in text
    assert "SELECT create_distributed_table('users', 'tenant_id', colocate_with => 'tenants');" in text


def test_citus_distribution_can_be_named(conn):
    ddl = """CREATE TABLE organizations (id bigint PRIMARY KEY);
    CREATE TABLE projects (id bigint PRIMARY KEY, organization_id bigint NOT NULL REFERENCES organizations (id));
    CREATE TABLE tasks (id bigint PRIMARY KEY, organization_id bigint NOT NULL REFERENCES organizations (id),
                        project_id bigint REFERENCES projects (id));
    CREATE TABLE languages (id bigint PRIMARY KEY);
    CREATE TABLE translations (id bigint PRIMARY KEY, language_id bigint REFERENCES languages (id),
                               task_id bigint REFERENCES tasks (id));"""
    text = render(parse_ddl(ddl), "citus", {"distribution_column": "organization_id"})
    assert "-- distribution: organizations(id), projects(organization_id), tasks(organization_id)" in text
    conn.execute("CREATE SCHEMA by_column; SET search_path = by_column")
    conn.execute(text.split("\n-- Citus distribution\n")[0])          # the PostgreSQL part applies
    text = render(parse_ddl(ddl), "citus", {"distribution_table": "tasks"})
    assert "create_distributed_table('tasks', 'id')" in text and "translations(task_id)" in text
    conn.execute("CREATE SCHEMA by_table; SET search_path = by_table")
    conn.execute(text.split("\n-- Citus distribution\n")[0])
    with pytest.raises(AiSchemaError, match="distribution_table"):
        render(parse_ddl(ddl), "citus", {"distribution_table": "nope"})


def test_sqlite_keeps_the_updated_at_trigger():
    """The trigger that stamps updated_at becomes a SQLite trigger (not a warning): an update sets it."""
    model = parse_ddl(
        "CREATE FUNCTION set_updated_at() RETURNS trigger AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$ "
        "LANGUAGE plpgsql; CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text, "
        "updated_at timestamptz NOT NULL DEFAULT now()); CREATE TRIGGER notes_touch BEFORE UPDATE ON notes "
        "FOR EACH ROW EXECUTE FUNCTION set_updated_at();")
    ddl = render(model, "sqlite")
    assert "WARNING" not in ddl and 'CREATE TRIGGER "notes_touch" AFTER UPDATE ON "notes"' in ddl
    db = sqlite3.connect(":memory:")
    db.executescript(ddl)
    db.execute("INSERT INTO notes (body, updated_at) VALUES ('a', '2000-01-01 00:00:00')")
    db.execute("UPDATE notes SET body = 'b'")
    assert db.execute("SELECT updated_at FROM notes").fetchone()[0] > "2001"
    db.execute("UPDATE notes SET updated_at = '1999-01-01 00:00:00'")      # set by the update itself: kept
    assert db.execute("SELECT updated_at FROM notes").fetchone()[0] == "1999-01-01 00:00:00"
