"""The fast path (pglast's AST built from libpg_query's JSON) gives the trees and models pglast's
own builder gives: attribute by attribute on every SQL fixture, model by model on every DDL fixture
and on hypothesis-generated schemas."""

import pathlib
import sys

import pytest
from hypothesis import HealthCheck, given, settings

from ai_schema import jsonast, sqlparser
from ai_schema.ddl.parse import Parser, parse_ddl
from ai_schema.errors import AiSchemaError
from ai_schema.sqlparser import ast
from ai_schema.targets import render
from test_model_properties import schemas

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
SQL_FILES = sorted(FIXTURES.rglob("*.sql"))
sys.path.insert(0, str(pathlib.Path(__file__).parent.parent / "bench"))


def differences(fast, reference, path="", found=None):
    """Where two trees differ: node classes by name, every attribute, values and their types."""
    found = [] if found is None else found
    if isinstance(reference, ast.Node):
        if not isinstance(fast, ast.Node) or type(fast).__name__ != type(reference).__name__:
            found.append((path, fast, reference))
            return found
        for name, slot in type(reference).__slots__.items():
            if name == "location" and slot.c_type == "ParseLoc":   # positions are not read (jsonast)
                assert getattr(fast, name) is None
                continue
            differences(getattr(fast, name), getattr(reference, name), f"{path}.{name}", found)
    elif isinstance(reference, tuple):
        if not isinstance(fast, tuple) or len(fast) != len(reference):
            found.append((path, fast, reference))
            return found
        for i, (a, b) in enumerate(zip(fast, reference)):
            differences(a, b, f"{path}[{i}]", found)
    elif type(fast) is not type(reference) or fast != reference:
        found.append((path, fast, reference))
    return found


def _statements(text, builder):
    try:
        return sqlparser.parse(text, long_names="allow", builder=builder)
    except AiSchemaError:
        return None


@pytest.mark.parametrize("path", SQL_FILES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_trees_are_pglasts(path):
    text = path.read_text()
    fast, reference = _statements(text, "json"), _statements(text, "pglast")
    assert (fast is None) == (reference is None)
    for a, b in zip(fast or (), reference or ()):
        assert (a.text, a.offset) == (b.text, b.offset)
        assert not differences(a.node, b.node), (a.text[:80], differences(a.node, b.node)[:3])


def _model(text, builder):
    """The model of a text read one statement at a time (``"each"``, what parse_ddl does) or from the
    statements sqlparser.parse gives with ``builder`` (what the linter hands parse_ddl)."""
    try:
        if builder == "each":
            return Parser().run(text)
        return Parser().run(text, sqlparser.parse(text, builder=builder))
    except AiSchemaError as exc:
        return str(exc)


@pytest.mark.parametrize("path", sorted((FIXTURES / "ddl").glob("*.sql")), ids=lambda p: p.name)
def test_models_are_the_same(path):
    text = path.read_text()
    assert _model(text, "each") == _model(text, "json") == _model(text, "pglast")


def _described(statements):
    return [(s.kind, s.text, s.offset, s.raw) for s in statements]


@pytest.mark.parametrize("path", SQL_FILES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_statements_read_one_at_a_time_are_the_parsed_ones(path):
    """each_statement gives what parse gives, and refuses what parse refuses, before the first."""
    text = path.read_text()
    try:
        expected = _described(sqlparser.parse(text))
    except AiSchemaError as exc:
        with pytest.raises(AiSchemaError) as caught:
            sqlparser.each_statement(text)
        assert (str(caught.value), caught.value.sqlstate) == (str(exc), exc.sqlstate)
        return
    assert _described(sqlparser.each_statement(text)) == expected


def test_a_statement_too_deep_for_the_decoder_midway_hands_the_rest_to_pglast():
    deep = "CREATE TABLE t (x int CHECK (" + "x+" * 600 + "1 > 0))"
    text = f"CREATE TABLE a (id int PRIMARY KEY);\n{deep};\nCREATE INDEX a_id ON a (id DESC);"
    first, second, third = sqlparser.each_statement(text)
    assert first.node is not None and isinstance(second.node, ast.CreateStmt)
    assert (third.kind, third.text, third.offset) == ("IndexStmt", "CREATE INDEX a_id ON a (id DESC)",
                                                      text.index("CREATE INDEX"))


def test_the_bench_schema_gives_the_same_model():
    from run import schema_ddl
    text = schema_ddl(40)
    assert parse_ddl(text) == Parser().run(text, sqlparser.parse(text, builder="pglast"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schemas())
def test_generated_schemas_give_the_same_model(schema):
    ddl = render(schema)
    assert _model(ddl, "each") == _model(ddl, "json") == _model(ddl, "pglast") == schema


def test_nodes_print_like_pglasts():
    text = "CREATE VIEW v AS SELECT a, count(*) FILTER (WHERE b > 1) FROM t GROUP BY a HAVING sum(c) < 2.5"
    fast, = sqlparser.parse(text)
    reference, = sqlparser.parse(text, builder="pglast")
    assert isinstance(fast.node, ast.ViewStmt) and type(fast.node) is jsonast.CLASSES["ViewStmt"]
    assert sqlparser.deparse(fast.node) == sqlparser.deparse(reference.node)


def test_text_deeper_than_the_json_decoder_goes_is_parsed_by_pglast():
    """A few hundred nested levels: Python's decoder gives up, libpg_query accepted it, pglast builds it."""
    text = "CREATE TABLE t (x int CHECK (" + "x+" * 600 + "1 > 0))"
    statement, = sqlparser.parse(text)
    assert isinstance(statement.node, ast.CreateStmt)


def test_text_deeper_than_libpg_query_allows_is_refused():
    text = "CREATE TABLE t (x int CHECK (" + "x+" * 60000 + "1 > 0))"
    with pytest.raises(AiSchemaError) as caught:
        sqlparser.parse(text)
    assert caught.value.sqlstate == "54001"


def _without_zeros(value):
    """JSON with the fields that hold C's zero (and every source position) left out."""
    if isinstance(value, dict):
        return {key: _without_zeros(item) for key, item in value.items()
                if not key.endswith("location") and (isinstance(item, dict) or item not in (False, 0, None, [], ""))}
    if isinstance(value, list):
        return [_without_zeros(item) for item in value]
    return value


@pytest.mark.parametrize("path", SQL_FILES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_the_json_and_the_nodes_made_from_it_are_pglasts(path):
    """What the model is read from (the JSON) is what pglast's tree says, and the nodes made from
    it one statement at a time (to_node) are the ones the decoder makes for the whole text."""
    text = path.read_text()
    fast, reference = _statements(text, "json"), _statements(text, "pglast")
    if fast is None:
        return
    for a, b, whole in zip(fast, reference, sqlparser.parse(text, long_names="allow")):
        assert _without_zeros(a.raw) == _without_zeros(jsonast.as_json(b.node)), a.text[:80]
        alone = jsonast.to_node(a.raw)
        assert not differences(alone, b.node), (a.text[:80], differences(alone, b.node)[:3])
        assert not differences(whole.node, b.node)


def test_reading_the_model_makes_no_node_for_tables_indexes_and_comments():
    """The statements a schema is made of are read from the JSON: no node is made for them."""
    text = ("CREATE TABLE a (id int PRIMARY KEY, n numeric(12,2) DEFAULT 0 CHECK (n >= 0));\n"
            "CREATE INDEX a_n ON a (n) WHERE n > 0;\nCOMMENT ON TABLE a IS 'x';\n"
            "ALTER TABLE a ADD CONSTRAINT a_n_key UNIQUE (n);")
    statements = sqlparser.parse(text, nodes="each")
    schema = Parser().run(text, statements)
    assert [s._node for s in statements] == [None] * 4
    assert schema == parse_ddl(text) == Parser().run(text, sqlparser.parse(text, builder="pglast"))
