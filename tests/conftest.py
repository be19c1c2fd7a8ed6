"""Fixtures: one scratch PostgreSQL 15 cluster per session (the extension comes from
`make install`), a template database with the extension, fresh databases per test."""

import itertools
import pathlib
import sys

import psycopg
import pytest

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from pgcluster import ScratchCluster  # noqa: E402

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
_counter = itertools.count()


def pytest_collection_modifyitems(items):
    """Tests that start the scratch cluster are marked `server`: `pytest -m "not server"` (make
    test-library) runs the library's own tests without PostgreSQL or make install."""
    for item in items:
        if "cluster" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.server)


@pytest.fixture(scope="session")
def cluster():
    c = ScratchCluster().start()
    try:
        yield c
    finally:
        c.stop()


@pytest.fixture(scope="session")
def template(cluster):
    """A database with CREATE EXTENSION ai_schema, cloned by every fresh database."""
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE ai_template")
    with psycopg.connect(cluster.conninfo("ai_template"), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION ai_schema CASCADE")
    return "ai_template"


class Databases:
    """Creates fresh databases on demand and drops them at the end of the test."""

    def __init__(self, cluster, template):
        self.cluster, self.template, self.created = cluster, template, []

    def new(self, with_extension=True):
        """FILE_COPY copies the template's files after a checkpoint (cheap here: fsync is off), at
        about half the cost of PostgreSQL 15's default, which writes every page to the WAL."""
        name = f"t{next(_counter)}"
        source = self.template if with_extension else "template0"
        with psycopg.connect(self.cluster.conninfo(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {source} STRATEGY FILE_COPY")
        self.created.append(name)
        return name

    def empty(self):
        """The session's one database without the extension, created on first use: DDL applied there
        is rolled back (apply_in_empty_database), so it stays as empty as a fresh one would be."""
        if getattr(self.cluster, "empty_database", None) is None:
            with psycopg.connect(self.cluster.conninfo(), autocommit=True) as conn:
                conn.execute("CREATE DATABASE ai_empty TEMPLATE template0")
            self.cluster.empty_database = "ai_empty"
        return self.cluster.empty_database

    def connect(self, name, autocommit=True):
        return psycopg.connect(self.cluster.conninfo(name), autocommit=autocommit)

    def drop_all(self):
        with psycopg.connect(self.cluster.conninfo(), autocommit=True) as conn:
            for name in self.created:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def dbs(cluster, template):
    databases = Databases(cluster, template)
    try:
        yield databases
    finally:
        databases.drop_all()


@pytest.fixture
def conn(dbs):
    """A connection to a fresh database with the extension installed."""
    with dbs.connect(dbs.new()) as connection:
        yield connection
