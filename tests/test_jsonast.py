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
    try:
        return Parser().run(text, sqlparser.parse(text, builder=builder))
    except AiSchemaError as exc:
        return str(exc)


@pytest.mark.parametrize("path", sorted((FIXTURES / "ddl").glob("*.sql")), ids=lambda p: p.name)
def test_models_are_the_same(path):
    text = path.read_text()
    assert _model(text, "json") == _model(text, "pglast")


def test_the_bench_schema_gives_the_same_model():
    from run import schema_ddl
    text = schema_ddl(40)
    assert parse_ddl(text) == Parser().run(text, sqlparser.parse(text, builder="pglast"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schemas())
def test_generated_schemas_give_the_same_model(schema):
    ddl = render(schema)
    assert _model(ddl, "json") == _model(ddl, "pglast") == schema


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
