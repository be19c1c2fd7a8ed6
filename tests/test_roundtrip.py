"""Every corpus file: parse -> render -> parse is a fixed point, and the rendering applied to
a fresh database reads back (through the extension, in the server) as the same model."""

import pathlib

import pytest

from ai_schema.ddl.parse import parse_ddl
from ai_schema.targets import render
from ai_schema.model import Schema

CORPUS = sorted((pathlib.Path(__file__).parent / "fixtures" / "ddl").glob("*.sql"))


def test_corpus_is_large_enough():
    assert len(CORPUS) >= 30


def structured(schema):
    """The model with opaque objects reduced to their identity.

    The server re-prints view, function and policy bodies in its own style, so across a
    DDL -> catalog trip opaque objects are compared by identity; their text is compared
    on the catalog -> DDL -> catalog trip below."""
    return (schema.namespaces, schema.extensions, schema.enums, schema.sequences, schema.tables,
            sorted((o.kind, o.schema or "", o.name) for o in schema.opaques))


def namespaces(schema):
    return ",".join(["public"] + [n.name for n in schema.namespaces])


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_parse_render_parse(path):
    model = parse_ddl(path.read_text())
    assert model.tables, "every corpus file defines tables"
    ddl = render(model)
    assert parse_ddl(ddl) == model
    assert render(parse_ddl(ddl)) == ddl, "rendering is deterministic"
    assert Schema.from_json(model.to_json()) == model


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_render_applies_and_reads_back(path, dbs):
    model = parse_ddl(path.read_text())
    ddl = render(model)
    first = dbs.new()
    with dbs.connect(first) as conn:
        conn.execute(ddl)
        live_json = conn.execute("SELECT ai_parse_schema(%s)::text", ("live:" + namespaces(model),)).fetchone()[0]
    live = Schema.from_json(live_json)
    assert structured(live) == structured(model)

    # catalog -> DDL -> catalog is a fixed point, opaque text included.
    second = dbs.new()
    with dbs.connect(second) as conn:
        conn.execute(render(live))
        again = Schema.from_json(conn.execute("SELECT ai_parse_schema(%s)::text",
                                              ("live:" + namespaces(model),)).fetchone()[0])
    assert again == live
