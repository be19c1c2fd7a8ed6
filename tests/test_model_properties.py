"""Property tests: any model with hostile identifiers renders to DDL that parses back to the
same model, and that DDL applies on the server and reads back as the same model."""

import dataclasses
import json

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_schema import model as m
from ai_schema import sqlparser
from ai_schema.ddl.expr import canonical_expression
from ai_schema.ddl.parse import parse_ddl
from ai_schema.targets import render
from ai_schema.sqlparser import ast, enums

KEYWORDS = ["select", "user", "order", "table", "from", "desc", "group", "check", "default",
            "primary", "key", "position", "value", "name", "time", "end", "all", "limit"]
identifiers = st.one_of(
    st.sampled_from(KEYWORDS),
    st.builds(lambda head, tail: head + tail, st.sampled_from("abcxyz_"),       # (built, not filtered: a digit
              st.text(alphabet="abcxyz_0123456789", max_size=11)),               # first was most draws)
    st.text(alphabet='abcXYZ _"é$9-', min_size=1, max_size=12),
)

# (type, possible raw defaults)
TYPES = [
    ("integer", ["0", "42", "-1"]), ("bigint", ["0", "-7"]), ("smallint", ["3"]),
    ("text", ["'x'", "'it''s'", "''"]), ("character varying(40)", ["'a b'"]),
    ("boolean", ["true", "false"]), ("numeric(10,2)", ["0", "1.50", "-2.25"]),
    ("timestamp with time zone", ["now()", "CURRENT_TIMESTAMP"]), ("date", ["CURRENT_DATE"]),
    ("jsonb", ["'{}'", "'[]'"]), ("uuid", ["gen_random_uuid()"]), ("text[]", ["'{}'"]),
    ("double precision", ["0.5"]), ("bytea", []), ("inet", []),
]


def key_text(name):
    return sqlparser.deparse(ast.IndexElem(name=name, ordering=enums.SortByDir.SORTBY_DEFAULT,
                                           nulls_ordering=enums.SortByNulls.SORTBY_NULLS_DEFAULT))


@st.composite
def tables(draw, name, others):
    names = draw(st.lists(identifiers, min_size=1, max_size=6, unique=True))
    columns = []
    for col in names:
        type_, defaults = draw(st.sampled_from(TYPES))
        default = draw(st.sampled_from([None] + defaults))
        columns.append(m.Column(
            name=col, type=type_, nullable=draw(st.booleans()),
            default=canonical_expression(default, top_level_literal=True) if default else None,
            comment=draw(st.one_of(st.none(), st.text(min_size=1, max_size=20).filter(lambda s: "\x00" not in s)))))
    constraint_names = iter([f"{draw(identifiers)}#{i}" for i in range(6)])
    pk = None
    if draw(st.booleans()):
        pk_cols = tuple(draw(st.lists(st.sampled_from(names), min_size=1, max_size=2, unique=True)))
        pk = m.KeyConstraint(name=f"pk {name}"[:60], columns=pk_cols)
        columns = [dataclasses.replace(c, nullable=False) if c.name in pk_cols else c for c in columns]
    uniques = ()
    if len(names) > 1 and draw(st.booleans()):
        uniques = (m.KeyConstraint(name=f"uq {name}"[:60], columns=(names[-1],)),)
    checks = ()
    if draw(st.booleans()):
        col = draw(st.sampled_from(names))
        expr = canonical_expression(f"{key_text(col)} IS NOT NULL")
        checks = (m.CheckConstraint(name=next(constraint_names), expression=expr),)
    fks = ()
    target = draw(st.sampled_from(others)) if others else None
    if target is not None and target.primary_key is not None and len(target.primary_key.columns) == 1:
        ref_col = target.column(target.primary_key.columns[0])
        fk_col = next((c for c in columns if c.type == ref_col.type), None)
        if fk_col is not None:
            fks = (m.ForeignKey(name=next(constraint_names), columns=(fk_col.name,), ref_table=target.ref,
                                ref_columns=target.primary_key.columns,
                                on_delete=draw(st.sampled_from(["NO ACTION", "CASCADE", "RESTRICT"]))),)
    indexes = ()
    if draw(st.booleans()):
        col = draw(st.sampled_from(names))
        indexes = (m.Index(name=next(constraint_names), keys=(key_text(col),),
                           unique=draw(st.booleans())),)
    return m.Table(name=name, columns=tuple(columns), primary_key=pk, uniques=uniques, checks=checks,
                   foreign_keys=fks, indexes=indexes,
                   comment=draw(st.one_of(st.none(), st.text(min_size=1, max_size=30).filter(lambda s: "\x00" not in s))))


@st.composite
def schemas(draw):
    table_names = draw(st.lists(identifiers, min_size=1, max_size=4, unique=True))
    built = []
    for name in table_names:
        built.append(draw(tables(name, list(built))))
    return _unique_relation_names(m.Schema(tables=tuple(built)))


def _unique_relation_names(schema):
    """Index and key names share the relation namespace with tables: keep them distinct."""
    seen = {t.name for t in schema.tables}
    tables_out = []
    for t in schema.tables:
        def fresh(name):
            while name in seen:
                name = name + "_"
            seen.add(name)
            return name
        pk = dataclasses.replace(t.primary_key, name=fresh(t.primary_key.name)) if t.primary_key else None
        uniques = tuple(dataclasses.replace(u, name=fresh(u.name)) for u in t.uniques)
        indexes = tuple(dataclasses.replace(i, name=fresh(i.name)) for i in t.indexes)
        checks = tuple(dataclasses.replace(c, name=fresh(c.name)) for c in t.checks)
        fks = tuple(dataclasses.replace(f, name=fresh(f.name)) for f in t.foreign_keys)
        tables_out.append(dataclasses.replace(t, primary_key=pk, uniques=uniques, indexes=indexes,
                                              checks=checks, foreign_keys=fks))
    return m.Schema(tables=tuple(tables_out))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schemas())
def test_render_then_parse_is_identity(schema):
    ddl = render(schema)
    assert parse_ddl(ddl) == schema
    assert m.Schema.from_json(schema.to_json()) == schema
    # dumps writes with json's C encoder: the same bytes as encoding to_json() (stored hashes rest on it)
    assert schema.dumps() == json.dumps(schema.to_json(), sort_keys=True, separators=(",", ":"))
    assert m.Schema.from_json(schema.dumps()) == schema


@pytest.fixture(scope="module")
def scratch(cluster, template):
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE properties TEMPLATE ai_template")
    with psycopg.connect(cluster.conninfo("properties"), autocommit=True) as conn:
        yield conn
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute("DROP DATABASE properties WITH (FORCE)")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(schema=schemas())
def test_rendered_ddl_applies_and_reads_back(scratch, schema):
    scratch.execute("DROP SCHEMA IF EXISTS prop CASCADE")
    scratch.execute("CREATE SCHEMA prop")
    scratch.execute("SET search_path = prop")
    try:
        scratch.execute(render(schema))
        live = m.Schema.from_json(scratch.execute("SELECT public.ai_parse_schema('live:prop')::text").fetchone()[0])
    finally:
        scratch.execute("RESET search_path")
    assert live == schema
