"""Schema references: one resolver, its kinds and its policies for plain names."""

import pytest

from ai_schema import refs
from ai_schema.errors import AiSchemaError


def test_each_kind_of_reference_is_told_apart_without_a_connection():
    ddl = refs.Reference("CREATE TABLE t (id int);")
    assert ddl.kind == "ddl" and ddl.namespace is None
    assert [t.name for t in ddl.model().tables] == ["t"] and ddl.ddl() == "CREATE TABLE t (id int);"
    live = refs.Reference(" live:app,shared ")
    assert live.kind == "live" and live.namespaces == ["app", "shared"] and live.namespace == "app"
    assert refs.Reference("shop@3").kind == "design"
    assert refs.Reference("shop").kind == "design"                          # DESIGN: a plain name is a design
    assert refs.Reference("app", plain=refs.SCHEMA).namespace == "app"      # SCHEMA: a plain name is a schema


@pytest.mark.parametrize("reference, message", [
    ("live:app", "need a database connection"),
    ("shop", 'no design named "shop"'),
])
def test_what_needs_a_database_says_so(reference, message):
    with pytest.raises(AiSchemaError, match=message):
        refs.Reference(reference).model()


def test_rows_need_a_schema_not_a_design_or_text():
    with pytest.raises(AiSchemaError, match="must name a schema of this database") as info:
        refs.Reference("CREATE TABLE t (id int);", plain=refs.SCHEMA).live_namespace()
    assert info.value.sqlstate == "42P01"
