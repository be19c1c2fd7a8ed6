"""Approvals that cannot be bypassed: each way around them that was found, with the README's
grants (tests/test_lifecycle.py's fixtures), now refused."""

import json

import pytest

from ai_schema.interfaces import client
from ai_schema.designs.store import Store
from test_lifecycle import V1, V2, apply, error_of, roles, shop, status, submit  # noqa: F401  (fixtures)


def test_authors_cannot_switch_approval_off_or_edit_others_designs(shop):
    author, admin, other = shop("ai_author"), shop("ai_admin"), shop("ai_rev3")
    shop().execute("GRANT INSERT, UPDATE ON ai_schema_designs TO ai_rev3")      # a second author
    e = error_of(author, "UPDATE ai_schema_designs SET ddl = %s, requires_approval = false WHERE name = 'shop'",
                 (V2 + " CREATE TABLE backdoor (id int);",))
    assert e.sqlstate == "42501" and "only an ai_schema_admin turns approval off" in str(e)
    e = error_of(other, "UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V2,))
    assert e.sqlstate == "42501" and 'design "shop" belongs to ai_author' in str(e)
    assert error_of(other, "DELETE FROM ai_schema_designs WHERE name = 'shop'").sqlstate == "42501"
    # nobody can pretend to be someone else when creating one
    other.execute("INSERT INTO ai_schema_designs (name, ddl, created_by) VALUES ('mine', %s, 'ai_author')", (V1,))
    assert shop().execute("SELECT created_by FROM ai_schema_designs WHERE name = 'mine'").fetchone() == ("ai_rev3",)
    e = error_of(admin, "SELECT ai_apply_schema('shop', false, '{\"target_schema\": \"app\"}')")
    assert e.sqlstate == "55000"
    admin.execute("UPDATE ai_schema_designs SET requires_approval = false WHERE name = 'shop'")   # an admin may


def test_only_the_owner_submits_and_branches_keep_review(shop):
    author = shop("ai_author")
    shop().execute("GRANT SELECT, INSERT, UPDATE ON ai_schema_designs TO ai_rev3; "
                   "GRANT INSERT ON ai_schema_approval_requests TO ai_rev3")
    submit(author, ["ai_rev1", "ai_rev2"])
    e = error_of(shop("ai_rev3"), "SELECT ai_submit_for_approval('shop', ARRAY['ai_rev1'], 'one friendly approver', 1, 'app')")
    assert e.sqlstate == "42501" and "does not own design \"shop\"" in str(e)
    assert status(author)[1] == 2                                   # the two-approver request still counts
    author.execute("SELECT ai_create_schema_branch('shop', 'shop_branch', 'try')")
    assert shop().execute("SELECT requires_approval FROM ai_schema_designs WHERE name = 'shop_branch'"
                          ).fetchone() == (True,)
    e = error_of(shop("ai_admin"), "SELECT ai_apply_schema('shop_branch', false, '{\"target_schema\": \"app\"}')")
    assert e.sqlstate == "55000" and "requires approval" in str(e)


def test_emails_are_bound_by_an_admin_not_first_come(shop):
    author, rev1, rev2, admin = shop("ai_author"), shop("ai_rev1"), shop("ai_rev2"), shop("ai_admin")
    shop().execute("GRANT INSERT ON ai_schema_approver_emails TO ai_rev2")      # as 0.1.0's README did
    e = error_of(rev2, "INSERT INTO ai_schema_approver_emails (email, role) VALUES ('lead@example.com', 'ai_rev2')")
    assert e.sqlstate == "42501" and "bound to roles by an ai_schema_admin" in str(e)
    admin.execute("INSERT INTO ai_schema_approver_emails (email, role) VALUES ('lead@example.com', 'ai_rev1')")
    submit(author, ["lead@example.com"])
    e = error_of(rev2, "SELECT ai_approve_schema('shop', 'lead@example.com', 'me')")
    assert e.sqlstate == "42501"
    done = rev1.execute("SELECT ai_approve_schema('shop', 'lead@example.com', 'ok')").fetchone()[0]
    assert done["status"] == "approved"


def test_the_last_editor_cannot_approve(shop):
    author, rev1 = shop("ai_author"), shop("ai_rev1")
    shop().execute("GRANT UPDATE ON ai_schema_designs TO ai_rev1; GRANT ai_author TO ai_rev1")   # in the owning team
    submit(author, ["ai_rev1", "ai_rev2"], required=1)
    rev1.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V2,))
    e = error_of(rev1, "SELECT ai_approve_schema('shop', 'my own edit')")
    assert e.sqlstate == "42501" and "wrote the current DDL" in str(e)
    shop().execute("REVOKE ai_author FROM ai_rev1")


def test_rollback_goes_through_the_gate_and_works_with_admin_grants(shop):
    author, rev1, admin = shop("ai_author"), shop("ai_rev1"), shop("ai_admin")
    submit(author, ["ai_rev1"])
    rev1.execute("SELECT ai_approve_schema('shop')")
    assert apply(admin)["applied"] is True
    e = error_of(admin, "SELECT ai_rollback_schema('shop', 'CREATE TABLE products (id int PRIMARY KEY); "
                        "CREATE TABLE backdoor (id int);', 'oops')")
    assert e.sqlstate == "55000"
    assert shop().execute("SELECT to_regclass('app.backdoor')").fetchone() == (None,)
    author.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V2,))
    submit(author, ["ai_rev1"])
    rev1.execute("SELECT ai_approve_schema('shop')")
    assert apply(admin)["applied"] is True
    e = error_of(admin, "SELECT ai_rollback_schema('shop', '1', 'back to v1, unreviewed')")
    assert e.sqlstate == "55000"
    # the approved way back: the owner puts version 1's DDL up, a reviewer approves, the admin rolls back
    author.execute("UPDATE ai_schema_designs SET ddl = %s WHERE name = 'shop'", (V1,))
    submit(author, ["ai_rev1"])
    rev1.execute("SELECT ai_approve_schema('shop')")
    report = admin.execute("SELECT ai_rollback_schema('shop', '1', 'back')").fetchone()[0]
    assert report["applied"] is True


def test_the_audit_log_is_written_only_by_ai_schema(shop):
    author = shop("ai_author")
    shop().execute("GRANT INSERT ON ai_schema_audit_log TO ai_author")          # even with the privilege
    e = error_of(author, "INSERT INTO ai_schema_audit_log (action, design_name) VALUES ('approve', 'shop')")
    assert e.sqlstate == "42501" and "written only by ai_schema" in str(e)
    submit(author, ["ai_rev1"])
    shop("ai_rev1").execute("SELECT ai_approve_schema('shop', 'fine')")
    rows = shop().execute("SELECT action, actor, details->>'comments' FROM ai_schema_audit_log ORDER BY id").fetchall()
    assert rows == [("submit", "ai_author", None), ("approve", "ai_rev1", "fine")]


def test_a_protected_target_needs_approval_whatever_the_design_says(shop):
    admin, author = shop("ai_admin"), shop("ai_author")
    e = error_of(author, "INSERT INTO ai_schema_protected_targets (target_schema) VALUES ('app')")
    assert e.sqlstate == "42501"
    admin.execute("INSERT INTO ai_schema_protected_targets (target_schema, min_approvals) VALUES ('app', 2)")
    author.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('quick', %s)", (V1,))
    e = error_of(admin, "SELECT ai_apply_schema('quick', false, '{\"target_schema\": \"app\"}')")
    assert e.sqlstate == "55000" and "requires approval" in str(e)
    submit(author, ["ai_rev1", "ai_rev2"], required=1, design="quick")
    shop("ai_rev1").execute("SELECT ai_approve_schema('quick')")
    e = error_of(admin, "SELECT ai_apply_schema('quick', false, '{\"target_schema\": \"app\"}')")
    assert "needs at least 2 approvals" in str(e)


def test_a_name_that_is_both_a_design_and_a_schema_is_an_error(shop):
    owner = shop()
    owner.execute("CREATE SCHEMA shop; CREATE TABLE shop.items (id int PRIMARY KEY)")
    for sql in ("SELECT * FROM ai_schema_tables('shop')", "SELECT generate_sample_data('shop', 'items', 3)",
                "SELECT * FROM ai_recommend_indexes('shop')"):
        e = error_of(owner, sql)
        assert e.sqlstate == "42725" and "names both a stored design and a schema" in str(e), sql
    assert owner.execute("SELECT count(*) FROM ai_schema_tables('live:shop')").fetchone()[0] == 1
    assert owner.execute("SELECT count(*) FROM ai_schema_tables('shop@1')").fetchone()[0] == 1


def test_without_the_extension_a_model_that_differs_from_the_ddl_is_refused(dbs):
    name = dbs.new(with_extension=False)
    with dbs.connect(name) as conn:
        engine = client.service(conn)
        Store(engine.executor, engine.extschema).create_design("shop", V1, None)
        other = json.dumps(json.loads(conn.execute("SELECT model::text FROM ai_schema.ai_schema_designs").fetchone()[0]))
        # someone writes the DDL of a bigger design beside the small design's model
        conn.execute("UPDATE ai_schema.ai_schema_designs SET ddl = %s, model = %s::jsonb WHERE name = 'shop'",
                     (V2 + " CREATE TABLE backdoor (id int);", other.replace("products", "items")))
        with pytest.raises(Exception) as info:
            client.service(conn).apply_schema("shop", True, {}, "public")
        assert "does not match its DDL" in str(info.value)
