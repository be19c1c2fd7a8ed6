"""A file's parse runs ahead (sqlparser.parse_ahead): the command starts libpg_query on the text it
has read, in a thread, while it imports the linter; what the command prints is what the library
gives for the same text, errors included, and the output is whole when the process leaves without
the interpreter's teardown (cli.run)."""

import json
import pathlib
import subprocess
import sys

import pytest

from ai_schema import sqlparser
from ai_schema.errors import AiSchemaError
from ai_schema.lint import lint_text

ROOT = pathlib.Path(__file__).resolve().parent.parent
COMMAND = pathlib.Path(sys.executable).parent / "ai-schema"
sys.path.insert(0, str(ROOT / "bench"))


def _command(*args, stdin=None):
    result = subprocess.run([str(COMMAND), "-q", *args], capture_output=True, text=True, input=stdin, timeout=120)
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize("name", ["bench", "35_non_ascii_text.sql"])
def test_a_file_parsed_ahead_gets_the_findings_of_its_text(tmp_path, name):
    from run import schema_ddl
    text = schema_ddl(300) if name == "bench" else (ROOT / "tests" / "fixtures" / "ddl" / name).read_text()
    path = tmp_path / "schema.sql"
    path.write_text(text)
    expected = [f.row() for f in lint_text(text)]
    code, out, err = _command("lint", str(path), "--format", "json")
    assert json.loads(out) == expected and len(expected) > 5, err
    assert code == (1 if any(f["severity"] == "error" for f in expected) else 0)
    assert _command("lint", "-", "--format", "json", stdin=text)[1] == out


def test_a_syntax_error_found_ahead_is_the_one_found_without(tmp_path):
    text = "CREATE TABLE a (id bigint PRIMARY KEY);\n-- Größe\nCREATE TABLE b (id bigint PRIMARY KEY,, x int);\n"
    with pytest.raises(AiSchemaError) as without:
        sqlparser.parse(text)
    path = tmp_path / "broken.sql"
    path.write_text(text)
    code, out, err = _command("lint", str(path))
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.splitlines()[0] == f"ai-schema: {without.value.message}" and "line 3" in err


def test_the_parse_ahead_is_taken_once_by_the_same_text():
    text = "CREATE TABLE t (id bigint PRIMARY KEY);\nCREATE INDEX t_id ON t (id);\n"
    sqlparser.parse_ahead(text)
    assert sqlparser.parsed_pieces(text) == [(0, text, sqlparser.parse_sql_json(text))]
    assert not sqlparser._ahead                                  # taken: the next parse parses again
    sqlparser.parse_ahead(text)
    other = "".join(list(text))                                  # equal, but another object: parsed itself
    assert other is not text and [s.text for s in sqlparser.parse(other)] == [s.text for s in sqlparser.parse(text)]
    broken = "CREATE TABLE (id int);"
    sqlparser.parse_ahead(broken)
    with pytest.raises(AiSchemaError) as caught:
        sqlparser.each_statement(broken)
    assert "syntax error" in caught.value.message and caught.value.sqlstate == "42601"
    for n in range(5):                                           # a long-lived process keeps at most two
        sqlparser.parse_ahead(f"CREATE TABLE t{n} (id int);")
    assert len(sqlparser._ahead) <= 2


# Semicolons at ends of lines that end no statement: in strings, dollar quotes, comments, a rule's
# actions and a BEGIN ATOMIC body. A piece cut there fails to parse, and the rest is parsed whole.
TRICKY = """
CREATE TABLE notes (id bigint PRIMARY KEY, body text DEFAULT 'one;
two;
three');
COMMENT ON TABLE notes IS 'Größe;
 — 日本;
';
CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  RETURN 1;
END;
$$;
/* a block comment;
   over lines;
*/
CREATE TABLE tags (id bigint PRIMARY KEY, -- a line comment;
  name text);
CREATE FUNCTION g() RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT 1;
  SELECT 2;
END;
CREATE RULE r AS ON INSERT TO tags DO ALSO (
  NOTIFY tags;
  NOTIFY notes;
);
"""


@pytest.mark.parametrize("size", [1, 7, 20, 45, 90, 200, 10 ** 6])
def test_a_text_parsed_in_pieces_gives_the_statements_of_the_whole(size):
    text = TRICKY * 3
    expected = [(s.kind, s.text, s.offset, s.raw) for s in sqlparser.each_statement(text)]
    for early in (False, True):
        sqlparser.parse_ahead(text, size)
        assert [(s.kind, s.text, s.offset, s.raw) for s in sqlparser.each_statement(text, early=early)] == expected
        sqlparser.parse_ahead(text, size)
        assert [(s.kind, s.text, s.offset) for s in sqlparser.parse(text)] == [e[:3] for e in expected]
    assert len(sqlparser._pieces(text, size)) > (1 if size < 200 else 0)


@pytest.mark.parametrize("size", [7, 45, 200])
def test_a_syntax_error_in_a_later_piece_is_the_whole_texts(size):
    simple = "".join(f"CREATE TABLE t{n} (id bigint PRIMARY KEY);\n" for n in range(12))
    text = simple + TRICKY * 2 + "CREATE TABLE broken (id int,, x int);\n" + TRICKY
    with pytest.raises(AiSchemaError) as whole:
        sqlparser.parse(text)
    assert f"line {text[:text.index('broken')].count(chr(10)) + 1}," in whole.value.message
    sqlparser.parse_ahead(text, size)
    with pytest.raises(AiSchemaError) as before_the_first:      # not early: before the first statement
        sqlparser.each_statement(text)
    sqlparser.parse_ahead(text, size)
    read = []
    with pytest.raises(AiSchemaError) as while_read:
        for statement in sqlparser.each_statement(text, early=True):
            read.append(statement)
    assert str(before_the_first.value) == str(while_read.value) == str(whole.value)
    assert 0 < len(read) <= 12 + 18                             # some of the statements before the error
