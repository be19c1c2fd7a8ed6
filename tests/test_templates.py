"""Templates: each one generates DDL that applies and passes ai_lint with no errors; the ledger
refuses an unbalanced transaction at commit."""

import psycopg
import pytest

from ai_schema.designs import templates

NAMES = sorted(templates.TEMPLATES)


def test_the_catalog_lists_every_template(conn):
    rows = conn.execute("SELECT name, parameters ? 'customizations' FROM ai_schema_templates ORDER BY name").fetchall()
    assert rows == [(n, True) for n in NAMES] and len(NAMES) >= 8


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("customizations", ["{}", '{"enable_audit": true, "enable_rbac": true, "id_style": "uuid", '
                                                  '"business_entities": ["Coupons have a code (unique) and a '
                                                  'discount percentage."]}'], ids=["plain", "customized"])
def test_template_applies_and_lints_clean(conn, name, customizations):
    ddl = conn.execute("SELECT ai_generate_from_template(%s, %s::jsonb)", (name, customizations)).fetchone()[0]
    errors = conn.execute("SELECT rule_id, object_name, message FROM ai_lint(%s) WHERE severity = 'error'",
                          (ddl,)).fetchall()
    assert errors == []
    conn.execute("CREATE SCHEMA t")
    conn.execute("SET search_path = t")
    conn.execute(ddl)
    if "enable_rbac" in customizations:
        tables = {r[0] for r in conn.execute("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                             "c.relnamespace WHERE nspname = 't' AND relkind IN ('r', 'p')")}
        assert {"roles", "permissions", "role_permissions", "user_roles", "coupons", "audit_log"} <= tables


def test_the_ledger_refuses_unbalanced_transactions(conn):
    conn.execute("SET search_path = public")
    conn.execute(conn.execute("SELECT ai_generate_from_template('financial_ledger')").fetchone()[0])
    conn.execute("INSERT INTO accounts (code, name, kind) VALUES ('1000', 'Cash', 'asset'), "
                 "('4000', 'Sales', 'income')")
    conn.execute("INSERT INTO journal_transactions (description, posting_date) VALUES ('sale', current_date)")
    with conn.transaction():                                   # balanced: kept
        conn.execute("INSERT INTO journal_entries (journal_transaction_id, account_id, debit) VALUES (1, 1, 100)")
        conn.execute("INSERT INTO journal_entries (journal_transaction_id, account_id, credit) VALUES (1, 2, 100)")
    with pytest.raises(psycopg.Error) as info:
        with conn.transaction():
            conn.execute("INSERT INTO journal_entries (journal_transaction_id, account_id, debit) VALUES (1, 1, 5)")
    assert info.value.sqlstate == "23514" and "does not balance" in str(info.value)
    with pytest.raises(psycopg.Error):
        conn.execute("INSERT INTO journal_entries (journal_transaction_id, account_id, debit, credit) "
                     "VALUES (1, 1, 5, 5)")                   # one side per entry
    assert conn.execute("SELECT sum(debit), sum(credit) FROM journal_entries").fetchone() == (100, 100)


@pytest.mark.parametrize("name,customizations,sqlstate,text", [
    ("nope", "{}", "42704", 'no template named "nope"'),
    ("ecommerce", '{"business_entities": "coupons"}', "22023", "array of sentences"),
    ("ecommerce", '{"enable_rbac": "yes"}', "22023", "enable_rbac must be true or false"),
    ("ecommerce", '{"colour": "red"}', "22023", "unknown option"),
    ("ecommerce", '{"platform": "oracle"}', "0A000", "Supported platforms"),
])
def test_bad_template_input(conn, name, customizations, sqlstate, text):
    with pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT ai_generate_from_template(%s, %s::jsonb)", (name, customizations))
    assert info.value.sqlstate == sqlstate and text in str(info.value) + str(info.value.diag.message_hint)
