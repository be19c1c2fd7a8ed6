"""Apply, dry run, rollback, branches and merges, and multi-approver review with real roles
on separate connections."""

import threading

import psycopg
import pytest
from psycopg.types.json import Jsonb

from ai_schema import catalog
from ai_schema.db import PsycopgExecutor
from ai_schema.diff import compare

# The grants README documents for each kind of user (tested here as written there).
PRIVILEGES = """
GRANT SELECT ON ai_schema_designs, ai_schema_versions, ai_schema_approval_requests, ai_schema_approval_status,
    ai_schema_audit_log, ai_schema_protected_targets TO {author}, {reviewers}, {admin};
GRANT INSERT, UPDATE, DELETE ON ai_schema_designs TO {author};
GRANT INSERT ON ai_schema_approval_requests TO {author};
GRANT SELECT, INSERT, UPDATE ON ai_schema_branches TO {author};
GRANT SELECT, INSERT ON ai_schema_approvals TO {reviewers};
GRANT SELECT ON ai_schema_approver_emails TO {reviewers};
GRANT ai_schema_admin TO {admin};
GRANT UPDATE ON ai_schema_designs TO {admin};
GRANT SELECT ON ai_schema_approvals, ai_schema_deployments TO {admin};
GRANT INSERT ON ai_schema_deployments TO {admin};
GRANT SELECT, INSERT, UPDATE, DELETE ON ai_schema_approver_emails, ai_schema_protected_targets TO {admin};
GRANT CREATE ON DATABASE {database} TO {admin};
"""
ROLES = ("ai_author", "ai_rev1", "ai_rev2", "ai_rev3", "ai_outsider", "ai_admin")
V1 = "CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL);"
V2 = "CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL, price numeric CHECK (price >= 0));"
V3 = V2 + " CREATE TABLE tags (id int PRIMARY KEY, label text UNIQUE);"


@pytest.fixture(scope="session")
def roles(cluster):
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        for role in ROLES:
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                conn.execute(f"CREATE ROLE {role} LOGIN")
    return ROLES


@pytest.fixture
def shop(dbs, roles, cluster):
    """A fresh database with schema app (owned by ai_admin), the documented grants, and design shop."""
    name = dbs.new()
    with dbs.connect(name) as conn:
        conn.execute("CREATE SCHEMA app AUTHORIZATION ai_admin")
        conn.execute(PRIVILEGES.format(author="ai_author", reviewers="ai_rev1, ai_rev2, ai_rev3",
                                       admin="ai_admin", database=name))
    connections = {}

    def connect(role="postgres"):
        if role not in connections:
            connections[role] = psycopg.connect(cluster.conninfo(name, user=role), autocommit=True)
        return connections[role]

    connect("ai_author").execute(
        "INSERT INTO ai_schema_designs (name, ddl, requires_approval) VALUES ('shop', %s, true)", (V1,))
    yield connect
    for c in connections.values():
        c.close()


def catalog_of(conn, schema="app"):
    return catalog.introspect(PsycopgExecutor(conn), [schema])


def built(conn, ddl):
    """The catalog a DDL gives, read in a transaction that is rolled back."""
    with conn.transaction(force_rollback=True):
        conn.execute("CREATE SCHEMA scratch_expected")
        conn.execute("SET LOCAL search_path = scratch_expected")
        conn.execute(ddl)
        return catalog_of(conn, "scratch_expected")


def apply(conn, design="shop", dry_run=False, **options):
    return conn.execute("SELECT ai_apply_schema(%s, %s, %s)",
                        (design, dry_run, Jsonb({"target_schema": "app", **options}))).fetchone()[0]


def error_of(conn, sql, params=()):
    with pytest.raises(psycopg.Error) as info:
        conn.execute(sql, params)
    assert "Traceback" not in str(info.value)
    return info.value


def submit(conn, approvers, required=None, design="shop"):
    return conn.execute("SELECT ai_submit_for_approval(%s, %s, 'release', %s, 'app')",
                        (design, approvers, required)).fetchone()[0]


def status(conn, design="shop"):
    return conn.execute("SELECT status, required_approvals, current_approvals, pending_approvers "
                        "FROM ai_schema_approval_status WHERE schema_name = %s", (design,)).fetchone()


# -- apply, dry run, failure, rollback ---------------------------------------------------
def test_dry_run_changes_nothing_and_reports_the_plan(shop):
    admin = shop("ai_admin")
    shop().execute("UPDATE ai_schema_designs SET requires_approval = false")
    before = catalog_of(admin)
    report = apply(admin, dry_run=True)
    assert report["dry_run"] is True and report["applied"] is False and report["error"] is None
    assert report["create"] == ["table products"] and report["statements"][0].startswith("CREATE TABLE products")
    assert compare(catalog_of(admin), before) == []
    assert admin.execute("SELECT action, status FROM ai_schema_deployments").fetchall() == [("dry_run", "simulated")]


def test_apply_that_fails_midway_changes_nothing_and_is_recorded(shop):
    admin, owner = shop("ai_admin"), shop()
    owner.execute("UPDATE ai_schema_designs SET requires_approval = false")
    assert apply(admin)["applied"] is True
    admin.execute("INSERT INTO app.products VALUES (1, 'pen')")
    before = catalog_of(admin)
    broken = V1.replace("NOT NULL)", "NOT NULL, sku text NOT NULL)") + " CREATE TABLE tags (id int PRIMARY KEY);"
    owner.execute("UPDATE ai_schema_designs SET ddl = %s", (broken,))
    report = apply(admin)
    assert report["applied"] is False and 'column "sku"' in report["error"] and "contains null values" in report["error"]
    assert compare(catalog_of(admin), before) == []                      # tags was not left behind
    assert admin.execute("SELECT status FROM ai_schema_deployments ORDER BY id DESC LIMIT 1").fetchone() == ("failed",)
    assert owner.execute("SELECT action FROM ai_schema_audit_log ORDER BY id DESC LIMIT 1").fetchone() == \
        ("apply_failed",)


def test_rollback_to_a_version_gives_exactly_its_catalog(shop):
    admin, owner = shop("ai_admin"), shop()
    owner.execute("UPDATE ai_schema_designs SET requires_approval = false")
    for ddl in (V2, V3):
        owner.execute("UPDATE ai_schema_designs SET ddl = %s", (ddl,))
        assert apply(admin)["applied"] is True
    admin.execute("INSERT INTO app.products VALUES (1, 'pen', 2)")
    report = owner.execute("SELECT ai_rollback_schema('shop', '1', 'price column misbehaves')").fetchone()[0]
    assert report["applied"] is True and report["version"] == 4
    assert compare(catalog_of(admin), built(owner, V1)) == []
    assert owner.execute("SELECT count(*) FROM app.products").fetchone()[0] == 1
    versions = owner.execute("SELECT version_number, description, is_active FROM ai_schema_versions "
                             "ORDER BY version_number").fetchall()
    assert versions[-1] == (4, "rollback to version 1: price column misbehaves", True)
    report = owner.execute("SELECT ai_rollback_schema('shop', 'shop@3', 'back again')").fetchone()[0]
    assert report["applied"] is True and compare(catalog_of(admin), built(owner, V3)) == []


def test_rollback_of_a_design_never_applied_is_refused(shop):
    e = error_of(shop(), "SELECT ai_rollback_schema('shop', '1', 'x')")
    assert e.sqlstate == "55000" and "never been applied" in str(e)


# -- approvals ------------------------------------------------------------------------------
def test_review_flow_with_several_roles(shop):
    author, rev1, rev2, outsider, admin = (shop(r) for r in ("ai_author", "ai_rev1", "ai_rev2", "ai_outsider",
                                                              "ai_admin"))
    e = error_of(admin, "SELECT ai_apply_schema('shop', false, '{\"target_schema\": \"app\"}')")
    assert e.sqlstate == "55000" and "requires approval and has not been submitted" in str(e)
    request = submit(author, ["ai_rev1", "ai_rev2"])
    assert request["required_approvals"] == 2 and request["plan"][0].startswith("CREATE TABLE products")
    e = error_of(author, "SELECT ai_approve_schema('shop', 'my own work')")
    assert e.sqlstate == "42501" and "ai_author submitted design \"shop\" and cannot approve it" in str(e)
    e = error_of(outsider, "SELECT ai_approve_schema('shop', 'let me in')")
    assert e.sqlstate == "42501"
    e = error_of(shop("ai_rev3"), "SELECT ai_approve_schema('shop', 'not asked')")
    assert e.sqlstate == "42501" and "ai_rev3 is not an approver" in str(e)
    assert rev1.execute("SELECT ai_approve_schema('shop', 'ok')").fetchone()[0]["current_approvals"] == 1
    e = error_of(rev1, "SELECT ai_approve_schema('shop', 'again')")
    assert e.sqlstate == "23505" and "counts once" in e.diag.message_hint
    assert status(author) == ("pending", 2, 1, ["ai_rev2"])
    e = error_of(admin, "SELECT ai_apply_schema('shop', false, '{\"target_schema\": \"app\"}')")
    assert "has 1 of 2 required approvals" in str(e) and "ai_rev2" in e.diag.message_hint
    rev2.execute("SELECT ai_approve_schema('shop', 'ship it')")
    assert status(author) == ("approved", 2, 2, [])
    assert apply(admin)["applied"] is True
    actions = [r[0] for r in author.execute("SELECT action FROM ai_schema_audit_log ORDER BY id")]
    assert actions == ["submit", "approve", "approve", "apply"]
    assert author.execute("SELECT DISTINCT actor FROM ai_schema_audit_log WHERE action = 'approve' ORDER BY 1"
                          ).fetchall() == [("ai_rev1",), ("ai_rev2",)]


def test_two_approvers_at_the_same_moment_are_counted_exactly(shop):
    submit(shop("ai_author"), ["ai_rev1", "ai_rev2", "ai_rev3"], required=3)
    connections = [shop(r) for r in ("ai_rev1", "ai_rev2", "ai_rev3")]
    barrier, errors = threading.Barrier(3), []

    def approve(conn):
        barrier.wait()
        try:
            conn.execute("SELECT ai_approve_schema('shop', 'same moment')")
        except psycopg.Error as exc:
            errors.append(exc)

    threads = [threading.Thread(target=approve, args=(c,)) for c in connections]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert status(shop()) == ("approved", 3, 3, [])


def test_an_edit_after_approval_resets_it(shop):
    author, admin = shop("ai_author"), shop("ai_admin")
    submit(author, ["ai_rev1"])
    shop("ai_rev1").execute("SELECT ai_approve_schema('shop')")
    assert status(author)[0] == "approved"
    author.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V2,))
    assert status(author) == ("pending", 1, 0, ["ai_rev1"])
    e = error_of(admin, "SELECT ai_apply_schema('shop', false, '{\"target_schema\": \"app\"}')")
    assert "has 0 of 1 required approvals" in str(e)
    assert author.execute("SELECT action FROM ai_schema_audit_log ORDER BY id DESC LIMIT 1").fetchone() == ("reset",)
    shop("ai_rev1").execute("SELECT ai_approve_schema('shop', 'the new DDL is fine too')")
    assert apply(admin)["applied"] is True


def test_a_table_made_by_hand_after_approval_blocks_apply_by_name(shop):
    author, admin = shop("ai_author"), shop("ai_admin")
    submit(author, ["ai_rev1"])
    shop("ai_rev1").execute("SELECT ai_approve_schema('shop')")
    admin.execute("CREATE TABLE app.stray (id int)")
    e = error_of(admin, "SELECT ai_apply_schema('shop', false, '{\"target_schema\": \"app\"}')")
    assert e.sqlstate == "55000" and "schema app changed since design \"shop\" was approved: table stray: add" in str(e)
    assert "re-approve" in e.diag.message_hint


def test_approval_by_a_registered_email(shop):
    author, rev1, rev2 = shop("ai_author"), shop("ai_rev1"), shop("ai_rev2")
    shop("ai_admin").execute("INSERT INTO ai_schema_approver_emails (email, role) VALUES ('dba@example.com', 'ai_rev1')")
    submit(author, ["dba@example.com"])
    e = error_of(rev2, "SELECT ai_approve_schema(schema_name => 'shop', approver_email => 'dba@example.com', "
                       "comments => 'not mine')")
    assert e.sqlstate == "42501" and "not registered for role ai_rev2" in str(e)
    done = rev1.execute("SELECT ai_approve_schema(schema_name => 'shop', approver_email => 'dba@example.com', "
                        "comments => 'Looks good, approved')").fetchone()[0]
    assert done["status"] == "approved" and done["pending_approvers"] == []
    assert rev2.execute("SELECT count(*) FROM ai_schema_approver_emails").fetchone()[0] == 0   # others' rows hidden


def test_a_rejection_blocks_apply(shop):
    submit(shop("ai_author"), ["ai_rev1", "ai_rev2"], required=1)
    shop("ai_rev1").execute("SELECT ai_reject_schema('shop', 'no')")
    assert status(shop())[0] == "rejected"
    e = error_of(shop("ai_admin"), "SELECT ai_apply_schema('shop', false, '{\"target_schema\": \"app\"}')")
    assert "was rejected" in str(e)


def test_ordinary_roles_cannot_approve_or_edit_the_log(shop):
    author, outsider, owner = shop("ai_author"), shop("ai_outsider"), shop()
    submit(author, ["ai_rev1"])
    request = owner.execute("SELECT id FROM ai_schema_approval_requests").fetchone()[0]
    e = error_of(outsider, "INSERT INTO ai_schema_approvals (request_id, decision, as_entry, ddl_hash, plan_hash, "
                           "live_hash, live_model, hazards) VALUES (%s, 'approve', 'ai_rev1', '', '', '', '{}', '{}')",
                 (request,))
    assert e.sqlstate == "42501"
    # reviewers writing rows directly get the same checks: no impersonation, no approval unasked
    direct = ("INSERT INTO ai_schema_approvals (request_id, decision, as_entry, ddl_hash, plan_hash, live_hash, "
              "live_model, hazards) VALUES (%s, 'approve', %s, '', '', '', '{}', '{}')")
    e = error_of(shop("ai_rev3"), direct, (request, "ai_rev1"))
    assert e.sqlstate == "42501" and "ai_rev3 is not an approver" in str(e)
    e = error_of(shop("ai_rev2"), direct, (request, "ai_rev1"))
    assert e.sqlstate == "42501" and "ai_rev2 is not an approver" in str(e)
    for sql in ("UPDATE ai_schema_audit_log SET actor = 'nobody'", "DELETE FROM ai_schema_audit_log",
                "TRUNCATE ai_schema_audit_log"):
        assert error_of(outsider, sql).sqlstate == "42501"
        assert error_of(owner, sql).sqlstate == "42501"             # append-only even for its owner
    assert error_of(author, "INSERT INTO ai_schema_audit_log (action, actor) VALUES ('forged', 'ai_rev1')"
                    ).sqlstate == "42501"
    for table in ("ai_schema_approvals", "ai_schema_designs"):
        assert error_of(outsider, f"SELECT * FROM {table}").sqlstate == "42501"
    # authors write designs; only the designs trigger writes their versions, as the author
    author.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V2,))
    assert owner.execute("SELECT created_by FROM ai_schema_versions WHERE design_name = 'shop' AND is_active"
                         ).fetchone() == ("ai_author",)
    for sql in ("INSERT INTO ai_schema_versions (design_name, version_number, ddl, model) "
                "VALUES ('shop', 99, 'x', '{}')", "UPDATE ai_schema_versions SET ddl = 'x'",
                "DELETE FROM ai_schema_versions"):
        assert error_of(author, sql).sqlstate == "42501"


# -- branches ----------------------------------------------------------------------------------
def _branch(owner, main_ddl, branch_ddl):
    owner.execute("UPDATE ai_schema_designs SET ddl = %s, requires_approval = false WHERE name = 'shop'", (V2,))
    owner.execute("SELECT ai_create_schema_branch('shop', 'feature/tags', 'tags')")
    owner.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (main_ddl,))
    owner.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'feature/tags'", (branch_ddl,))


def merge(owner, strategy):
    return owner.execute("SELECT ai_merge_schema_branch('feature/tags', 'shop', %s)", (strategy,)).fetchone()[0]


def test_merge_without_conflicts_takes_both_sides(shop):
    owner = shop()
    _branch(owner, V2.replace("price numeric", "price numeric, stock int NOT NULL DEFAULT 0"), V3)
    report = merge(owner, "auto")
    assert report["merged"] is True and report["conflicts"] == []
    expected = V3.replace("price numeric", "price numeric, stock int NOT NULL DEFAULT 0")
    ddl = owner.execute("SELECT ddl FROM ai_schema_designs WHERE name = 'shop'").fetchone()[0]
    assert compare(built(owner, ddl), built(owner, expected)) == []
    assert owner.execute("SELECT merged_into FROM ai_schema_branches").fetchone() == ("shop",)


@pytest.mark.parametrize("strategy,price", [("ours", "numeric(10,2)"), ("theirs", "numeric(12,4)")])
def test_merge_conflicts_are_refused_by_auto_and_resolved_by_strategy(shop, strategy, price):
    owner = shop()
    _branch(owner, V2.replace("price numeric", "price numeric(10,2)"),
            V3.replace("price numeric", "price numeric(12,4)"))
    e = error_of(owner, "SELECT ai_merge_schema_branch('feature/tags', 'shop', 'auto')")
    assert e.sqlstate == "55000" and "1 conflict(s)" in str(e) and "column products.price" in str(e)
    manual = merge(owner, "manual")
    assert manual["merged"] is False and manual["conflicts"] == [
        {"object": "column products.price", "ours": "changed", "theirs": "changed"}]
    report = merge(owner, strategy)
    assert report["merged"] is True
    ddl = owner.execute("SELECT ddl FROM ai_schema_designs WHERE name = 'shop'").fetchone()[0]
    assert f"price {price}" in ddl and "CREATE TABLE tags" in ddl


@pytest.mark.parametrize("sql,sqlstate,text", [
    ("SELECT ai_apply_schema('nope')", "42704", 'no design named "nope"'),
    ("SELECT ai_apply_schema('shop', true, '{\"target_schema\": \"missing\"}')", "3F000", 'schema "missing"'),
    ("SELECT ai_apply_schema('shop', true, '{\"bogus\": 1}')", "22023", "unknown option 'bogus'"),
    ("SELECT ai_merge_schema_branch('nope', 'shop')", "42704", 'no branch named "nope"'),
    ("SELECT ai_merge_schema_branch('x', 'shop', 'yolo')", "22023", "unknown strategy 'yolo'"),
    ("SELECT ai_submit_for_approval('shop', ARRAY[]::text[])", "22023", "non-empty array"),
    ("SELECT ai_submit_for_approval('shop', ARRAY['no_such_role'])", "42704", 'role "no_such_role" does not exist'),
    ("SELECT ai_submit_for_approval('shop', ARRAY['ai_rev1'], 'r', 2, 'app')", "22023", "between 1 and 1"),
    ("SELECT ai_approve_schema('shop')", "55000", "has not been submitted"),
    ("SELECT ai_create_schema_branch('nope', 'b')", "42704", 'no design named "nope"'),
    ("SELECT ai_rollback_schema('shop', '99', 'x')", "42704", "has no version 99"),
])
def test_bad_input(shop, sql, sqlstate, text):
    e = error_of(shop(), sql)
    assert e.sqlstate == sqlstate and text in str(e), str(e)
    assert e.diag.message_primary.startswith("ai_schema: ")
