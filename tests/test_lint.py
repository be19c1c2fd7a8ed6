"""ai_lint / ai_validate_schema: every rule flags its bad example and stays quiet on the good one."""

import psycopg
import pytest

from ai_schema.ddl.parse import parse_ddl
from ai_schema.generate import generate
from ai_schema.lint import RULES, lint, lint_text

from test_generate import CASES

# rule id -> (DDL it must flag, DDL in the safe/recommended form it must not flag)
EXAMPLES = {
    "table-without-primary-key": ("CREATE TABLE t (a int);",
                                  "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"),
    "foreign-key-without-index": (
        "CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a);",
        "CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a);"
        " CREATE INDEX ON b (a_id);"),
    "foreign-key-type-mismatch": (
        "CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY, a_id integer REFERENCES a);",
        "CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a);"),
    "duplicate-index": ("CREATE TABLE t (id bigint PRIMARY KEY, a int); CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t (a);",
                        "CREATE TABLE t (id bigint PRIMARY KEY, a int); CREATE INDEX i1 ON t (a); "
                        "CREATE INDEX i2 ON t (a) WHERE a > 0;"),
    "redundant-prefix-index": ("CREATE TABLE t (id bigint PRIMARY KEY, a int, b int); CREATE INDEX i1 ON t (a); "
                               "CREATE INDEX i2 ON t (a, b);",
                               "CREATE TABLE t (id bigint PRIMARY KEY, a int, b int); CREATE INDEX i1 ON t (b); "
                               "CREATE INDEX i2 ON t (a, b);"),
    "nullable-column-in-unique": ("CREATE TABLE t (id bigint PRIMARY KEY, email text UNIQUE);",
                                  "CREATE TABLE t (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);"),
    "junction-table-without-foreign-keys": (
        "CREATE TABLE post_tags (post_id bigint, tag_id bigint, PRIMARY KEY (post_id, tag_id));",
        "CREATE TABLE posts (id bigint PRIMARY KEY); CREATE TABLE tags (id bigint PRIMARY KEY); "
        "CREATE TABLE post_tags (post_id bigint REFERENCES posts, tag_id bigint REFERENCES tags, "
        "PRIMARY KEY (post_id, tag_id)); CREATE INDEX ON post_tags (tag_id);"),
    "timestamp-without-time-zone": ("CREATE TABLE t (id bigint PRIMARY KEY, at timestamp);",
                                    "CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz);"),
    "prefer-text-to-varchar": ("CREATE TABLE t (id bigint PRIMARY KEY, name varchar(80));",
                               "CREATE TABLE t (id bigint PRIMARY KEY, name text CHECK (char_length(name) <= 80));"),
    "char-type": ("CREATE TABLE t (id bigint PRIMARY KEY, code char(3));",
                  "CREATE TABLE t (id bigint PRIMARY KEY, code text);"),
    "money-type": ("CREATE TABLE t (id bigint PRIMARY KEY, total money);",
                   "CREATE TABLE t (id bigint PRIMARY KEY, total numeric(12,2) CHECK (total >= 0));"),
    "prefer-jsonb": ("CREATE TABLE t (id bigint PRIMARY KEY, doc json);",
                     "CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb);"),
    "prefer-identity": ("CREATE TABLE t (id bigserial PRIMARY KEY);",
                        "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"),
    "integer-primary-key": ("CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY);",
                            "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"),
    "prefer-bigint": ("CREATE TABLE t (id bigint PRIMARY KEY, hits int);",
                      "CREATE TABLE t (id bigint PRIMARY KEY, hits bigint);"),
    "float-for-money": ("CREATE TABLE t (id bigint PRIMARY KEY, price double precision);",
                        "CREATE TABLE t (id bigint PRIMARY KEY, weight double precision);"),
    "quoted-identifier": ('CREATE TABLE t (id bigint PRIMARY KEY, "UserName" text);',
                          "CREATE TABLE t (id bigint PRIMARY KEY, user_name text);"),
    "reserved-word-identifier": ('CREATE TABLE "order" (id bigint PRIMARY KEY);',
                                 "CREATE TABLE orders (id bigint PRIMARY KEY);"),
    "inconsistent-key-naming": ("CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (b_id bigint PRIMARY KEY);",
                                "CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY);"),
    "status-without-check": ("CREATE TABLE t (id bigint PRIMARY KEY, status text);",
                             "CREATE TABLE t (id bigint PRIMARY KEY, status text CHECK (status IN ('a', 'b')), "
                             "content_type text);"),
    "quantity-without-check": ("CREATE TABLE t (id bigint PRIMARY KEY, quantity int);",
                               "CREATE TABLE t (id bigint PRIMARY KEY, quantity int CHECK (quantity >= 0));"),
    "tenant-table-without-rls": ("CREATE TABLE t (id bigint PRIMARY KEY, tenant_id bigint);",
                                 "CREATE TABLE t (id bigint PRIMARY KEY, tenant_id bigint); "
                                 "ALTER TABLE t ENABLE ROW LEVEL SECURITY;"),
    "grant-to-public": ("CREATE TABLE t (id bigint PRIMARY KEY); GRANT SELECT ON t TO PUBLIC;",
                        "CREATE TABLE t (id bigint PRIMARY KEY); GRANT SELECT ON t TO reporting;"),
    "short-varchar-for-free-text": ("CREATE TABLE t (id bigint PRIMARY KEY, last_name varchar(20));",
                                    "CREATE TABLE t (id bigint PRIMARY KEY, last_name text, code varchar(8));"),
    "security-definer-without-search-path": (
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ SELECT 1 $$;",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp "
        "AS $$ SELECT 1 $$;"),
}


HUGE = "-- filler\n" + "x" * (10 * 1024 * 1024)
MALICIOUS = ("DROP TABLE victim; DO $$ BEGIN EXECUTE 'DROP TABLE victim'; END $$; "
             "COPY victim FROM PROGRAM 'cat /etc/passwd'; DELETE FROM victim;")
TIMEOUTS = "SET lock_timeout = '2s'; SET statement_timeout = '5min';\n"
# statement rules: (migration it must flag, the safe way to do the same thing)
STATEMENT_EXAMPLES = {
    "require-concurrent-index-creation": ("CREATE INDEX i ON t (a);",
                                          TIMEOUTS + "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);"),
    "require-concurrent-index-deletion": ("DROP INDEX i;", TIMEOUTS + "DROP INDEX CONCURRENTLY IF EXISTS i;"),
    "concurrently-in-transaction": ("BEGIN; CREATE INDEX CONCURRENTLY i ON t (a); COMMIT;",
                                    "CREATE INDEX CONCURRENTLY i ON t (a);"),
    "adding-field-with-volatile-default": ("ALTER TABLE t ADD COLUMN k uuid DEFAULT gen_random_uuid();",
                                           "ALTER TABLE t ADD COLUMN created_at timestamptz DEFAULT now();"),
    "adding-required-field": ("ALTER TABLE t ADD COLUMN n bigint NOT NULL;",
                              "ALTER TABLE t ADD COLUMN n bigint NOT NULL DEFAULT 0;"),
    "setting-not-nullable-field": (
        "ALTER TABLE t ALTER COLUMN a SET NOT NULL;",
        "ALTER TABLE t ADD CONSTRAINT a_nn CHECK (a IS NOT NULL) NOT VALID; ALTER TABLE t VALIDATE CONSTRAINT a_nn; "
        "ALTER TABLE t ALTER COLUMN a SET NOT NULL;"),
    "adding-foreign-key-constraint": ("ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (u_id) REFERENCES u (id);",
                                      "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID; "
                                      "ALTER TABLE t VALIDATE CONSTRAINT f;"),
    "constraint-missing-not-valid": ("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);",
                                     "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID; "
                                     "ALTER TABLE t VALIDATE CONSTRAINT c;"),
    "changing-column-type": ("ALTER TABLE t ALTER COLUMN a TYPE bigint;", "ALTER TABLE t ADD COLUMN a2 bigint;"),
    "ban-drop-column": ("ALTER TABLE t DROP COLUMN a;", "ALTER TABLE t ADD COLUMN b text;"),
    "ban-drop-table": ("DROP TABLE t;", "CREATE TABLE t (id bigint PRIMARY KEY); DROP TABLE t;"),
    "renaming-column-or-table": ("ALTER TABLE t RENAME COLUMN a TO b;",
                                 "CREATE TABLE t (a text); ALTER TABLE t RENAME COLUMN a TO b;"),
    "disallowed-unique-constraint": ("ALTER TABLE t ADD CONSTRAINT k UNIQUE (a);",
                                     "CREATE UNIQUE INDEX CONCURRENTLY i ON t (a); "
                                     "ALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX i;"),
    "require-lock-timeout": ("ALTER TABLE t ADD COLUMN b text;", TIMEOUTS + "ALTER TABLE t ADD COLUMN b text;"),
    "require-statement-timeout": ("ALTER TABLE t ADD COLUMN b text;", TIMEOUTS + "ALTER TABLE t ADD COLUMN b text;"),
    "ban-vacuum-full-and-cluster": ("VACUUM FULL t;", "VACUUM (ANALYZE) t;"),
    "prefer-robust-statements": ("CREATE TABLE t (id bigint PRIMARY KEY);",
                                 "CREATE TABLE IF NOT EXISTS t (id bigint PRIMARY KEY);"),
    "ban-drop-constraint": ("ALTER TABLE t DROP CONSTRAINT c;", "ALTER TABLE t ADD COLUMN b text;"),
    "ban-create-domain-with-constraint": ("CREATE DOMAIN pos AS int CHECK (VALUE > 0);", "CREATE DOMAIN name AS text;"),
    "require-enum-value-ordering": ("ALTER TYPE mood ADD VALUE 'meh';", "ALTER TYPE mood ADD VALUE 'meh' AFTER 'ok';"),
    "require-concurrent-reindex": ("REINDEX TABLE t;", "REINDEX TABLE CONCURRENTLY t;"),
    "ban-explicit-lock-table": ("BEGIN; LOCK TABLE t; UPDATE t SET a = 1; COMMIT;",
                                "BEGIN; SELECT * FROM t WHERE id = 1 FOR UPDATE; UPDATE t SET a = 1 WHERE id = 1; COMMIT;"),
    "enum-value-used-in-same-transaction": (
        "BEGIN; ALTER TYPE mood ADD VALUE 'meh' AFTER 'ok'; UPDATE people SET m = 'meh' WHERE id = 1; COMMIT;",
        "ALTER TYPE mood ADD VALUE 'meh' AFTER 'ok'; BEGIN; UPDATE people SET m = 'meh' WHERE id = 1; COMMIT;"),
    "identifier-too-long": ("CREATE TABLE t (id bigint PRIMARY KEY, " + "a" * 64 + " text);",
                            "CREATE TABLE t (id bigint PRIMARY KEY, " + "a" * 63 + " text);"),
    "ban-alter-identity": ("ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;",
                           "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"),
}


def test_every_rule_has_examples_and_a_doc():
    assert set(EXAMPLES) | set(STATEMENT_EXAMPLES) == set(RULES)
    assert {r.id for r in RULES.values() if r.kind == "statement"} == set(STATEMENT_EXAMPLES)
    for r in RULES.values():
        assert len(r.doc) > 80 and r.id == r.id.lower()


@pytest.mark.parametrize("rule_id", sorted(EXAMPLES))
def test_rule_flags_the_bad_example(rule_id):
    flagged = [f for f in lint(parse_ddl(EXAMPLES[rule_id][0]), {"only": [rule_id]})]
    assert flagged and all(f.rule_id == rule_id for f in flagged)


@pytest.mark.parametrize("rule_id", sorted(EXAMPLES))
def test_rule_is_quiet_on_the_good_example(rule_id):
    assert lint(parse_ddl(EXAMPLES[rule_id][1]), {"only": [rule_id]}) == []


@pytest.mark.parametrize("rule_id", sorted(STATEMENT_EXAMPLES))
def test_statement_rule_flags_the_unsafe_migration(rule_id):
    flagged = lint_text(STATEMENT_EXAMPLES[rule_id][0], {"only": [rule_id]})
    assert flagged and all(f.rule_id == rule_id for f in flagged)


@pytest.mark.parametrize("rule_id", sorted(STATEMENT_EXAMPLES))
def test_statement_rule_is_quiet_on_the_safe_pattern(rule_id):
    assert lint_text(STATEMENT_EXAMPLES[rule_id][1], {"only": [rule_id]}) == []


def test_an_integer_key_is_reported_once_whoever_numbers_it():
    numbered_here = [f.rule_id for f in lint_text("CREATE TABLE t (id int PRIMARY KEY, name text);")]
    numbered_by_the_database = [f.rule_id for f in lint_text("CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY "
                                                             "PRIMARY KEY, name text);")]
    assert numbered_here.count("prefer-bigint") == 1 and "integer-primary-key" not in numbered_here
    assert numbered_by_the_database.count("integer-primary-key") == 1 and "prefer-bigint" not in numbered_by_the_database


def test_an_account_id_alone_is_no_evidence_of_tenancy():
    """A plain application's account_id is not a tenant column; with a tenants table or RLS elsewhere it is."""
    plain = "CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL);"
    assert lint(parse_ddl(plain), {"only": ["tenant-table-without-rls"]}) == []
    for evidence in ("CREATE TABLE organizations (id bigint PRIMARY KEY);",
                     "CREATE TABLE notes (id bigint PRIMARY KEY); ALTER TABLE notes ENABLE ROW LEVEL SECURITY;"):
        assert lint(parse_ddl(evidence + plain), {"only": ["tenant-table-without-rls"]})


def test_a_long_identifier_is_a_finding_with_the_rest_still_linted():
    """The linter reports what it should report and never aborts on it."""
    text = "CREATE TABLE t (id int, " + "b" * 70 + " text);\nDROP INDEX i;"
    found = {f.rule_id for f in lint_text(text)}
    assert {"identifier-too-long", "require-concurrent-index-deletion"} <= found


def test_new_table_with_its_fk_and_index_raises_no_lock_hazard():
    migration = ("BEGIN; CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES b (id)); "
                 "CREATE INDEX ON b (a_id); ALTER TABLE b ADD CONSTRAINT c CHECK (id > 0); COMMIT;")
    hazards = {f.rule_id for f in lint_text(migration)}
    assert not hazards & {"require-concurrent-index-creation", "constraint-missing-not-valid", "require-lock-timeout"}


def test_table_size_sets_the_severity(conn):
    conn.execute("CREATE TABLE small (id bigint PRIMARY KEY, a int); CREATE TABLE big (id bigint PRIMARY KEY, a int)")
    conn.execute("INSERT INTO big SELECT g, g FROM generate_series(1, 20000) g; ANALYZE big; ANALYZE small")
    rows = dict(conn.execute(
        "SELECT object_name, severity FROM ai_lint(%s, %s::jsonb) WHERE rule_id = 'require-concurrent-index-creation'",
        (TIMEOUTS + "CREATE INDEX ON small (a); CREATE INDEX ON big (a);", '{"against": "public"}')).fetchall())
    assert rows == {"small": "info", "big": "warning"}


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_generated_schemas_have_no_lint_errors_or_warnings(case_id):
    findings = lint(parse_ddl(generate(CASES[case_id])))
    assert [f for f in findings if f.severity != "info"] == []


def test_ai_lint_in_sql(conn):
    rows = conn.execute("SELECT rule_id, severity, object_name, fix, hazard FROM ai_lint(%s)",
                        ("CREATE TABLE t (a int, price real);",)).fetchall()
    assert ("float-for-money", "error", "t.price", "ALTER TABLE t ALTER COLUMN price TYPE numeric(12,2);",
            "correctness") in rows
    assert rows[0][1] == "error"                                  # most severe first


def test_suppression_by_comment_and_by_option(conn):
    ddl = ("-- ai_schema:disable=table-without-primary-key, prefer-robust-statements\n"
           "CREATE TABLE IF NOT EXISTS t (a bigint);")
    assert conn.execute("SELECT rule_id FROM ai_lint(%s)", (ddl,)).fetchall() == []
    assert conn.execute("SELECT rule_id FROM ai_lint('CREATE TABLE IF NOT EXISTS t (a bigint)', "
                        "'{\"disable\": [\"table-without-primary-key\"]}')").fetchall() == []
    assert conn.execute("SELECT count(*) FROM ai_lint('CREATE TABLE t (a int)', "
                        "'{\"only\": [\"char-type\"]}')").fetchone()[0] == 0


def test_ai_validate_schema(conn):
    ok, issues, warnings, recommendations = conn.execute(
        "SELECT * FROM ai_validate_schema('CREATE TABLE t (id serial PRIMARY KEY, at timestamp)')").fetchone()
    assert ok is True and issues == []
    assert any(w.startswith("timestamp-without-time-zone:") for w in warnings)
    assert any(r.startswith("prefer-identity:") for r in recommendations)
    ok, issues, _, _ = conn.execute("SELECT * FROM ai_validate_schema('CREATE TABLE t (a bigint)')").fetchone()
    assert ok is False and issues == ["table-without-primary-key: table t has no primary key"]


def test_lint_of_a_live_schema_and_a_design(conn):
    conn.execute("CREATE SCHEMA app; CREATE TABLE app.t (a bigint)")
    assert conn.execute("SELECT rule_id FROM ai_lint('live:app')").fetchall() == [("table-without-primary-key",)]
    conn.execute("INSERT INTO ai_schema_designs (name, ddl) VALUES ('d', 'CREATE TABLE t (id bigint PRIMARY KEY, j json)')")
    assert conn.execute("SELECT rule_id FROM ai_lint('d')").fetchall() == [("prefer-jsonb",)]
    conn.execute("UPDATE ai_schema_designs SET ddl = '-- ai_schema:disable=prefer-jsonb' || chr(10) || ddl WHERE name = 'd'")
    assert conn.execute("SELECT rule_id FROM ai_lint('d')").fetchall() == []
    # version 1 was written before the comment: its own DDL decides, not the design's current one
    assert conn.execute("SELECT rule_id FROM ai_lint('d@1')").fetchall() == [("prefer-jsonb",)]


@pytest.mark.parametrize("call, args, sqlstate, text", [
    ("SELECT * FROM ai_lint(%s)", (None,), "22004", "is NULL"),
    ("SELECT * FROM ai_lint(%s)", ("CREATE TABLE t (a int,,);",), "42601", "line 1, column"),
    ("SELECT * FROM ai_lint(%s, %s::jsonb)", ("CREATE TABLE t (a int)", '{"disable": ["nope"]}'), "22023",
     "unknown rule id 'nope'"),
    ("SELECT * FROM ai_lint(%s, %s::jsonb)", ("CREATE TABLE t (a int)", '{"colour": 1}'), "22023", "unknown option"),
    ("SELECT * FROM ai_validate_schema(%s)", ("",), "22023", "is empty"),
    ("SELECT * FROM ai_lint(%s)", ("   ",), "22023", "is empty"),
    ("SELECT * FROM ai_lint(%s)", (HUGE,), "54000", "more than the limit"),
    ("SELECT * FROM ai_validate_schema(%s)", (None,), "22004", "is NULL"),
    ("SELECT * FROM ai_validate_schema(%s)", (HUGE,), "54000", "more than the limit"),
    ("SELECT * FROM ai_compare_schemas(%s, 'CREATE TABLE t (a int)')", (None,), "22004", "is NULL"),
    ("SELECT * FROM ai_compare_schemas('CREATE TABLE t (a int)', %s)", ("",), "22023", "is empty"),
    ("SELECT * FROM ai_compare_schemas(%s, 'CREATE TABLE t (a int)')", (HUGE,), "54000", "more than the limit"),
    ("SELECT * FROM ai_compare_schemas(%s, 'CREATE TABLE t (a int)')", ("CREATE TABLE t (a int,,)",), "42601",
     "line 1, column"),
])
def test_bad_input(conn, call, args, sqlstate, text):
    with pytest.raises(psycopg.Error) as info:
        conn.execute(call, args).fetchall()
    assert info.value.diag.sqlstate == sqlstate
    assert info.value.diag.message_primary.startswith("ai_schema: ") and text in info.value.diag.message_primary


def test_malicious_sql_is_judged_never_run(conn):
    conn.execute("CREATE TABLE victim (id bigint PRIMARY KEY); INSERT INTO victim VALUES (1)")
    rules = {r[0] for r in conn.execute("SELECT rule_id FROM ai_lint(%s)", (MALICIOUS,))}
    assert "ban-drop-table" in rules
    ok = conn.execute("SELECT is_valid FROM ai_validate_schema(%s)", (MALICIOUS,)).fetchone()[0]
    assert ok is True                                  # no error-level finding; nothing executed either
    with pytest.raises(psycopg.Error) as info:        # a comparison needs schema definitions
        conn.execute("SELECT * FROM ai_compare_schemas(%s, 'CREATE TABLE t (a int)')", (MALICIOUS,))
    assert info.value.diag.sqlstate == "0A000"
    assert info.value.diag.message_primary.startswith("ai_schema: ")
    assert conn.execute("SELECT count(*) FROM victim").fetchone()[0] == 1


# -- one table of statement costs: the linter and the planner agree ---------------------------------
AGREEMENT = [
    # (old DDL, new DDL): every step the planner marks as no rewrite must raise no rewrite hazard in lint
    ("CREATE TABLE t (id int PRIMARY KEY, name varchar(10));", "CREATE TABLE t (id int PRIMARY KEY, name text);"),
    ("CREATE TABLE t (id int PRIMARY KEY, name varchar(10));", "CREATE TABLE t (id int PRIMARY KEY, name varchar(20));"),
    ("CREATE TABLE t (id int PRIMARY KEY);",
     "CREATE TABLE t (id int PRIMARY KEY, at timestamptz DEFAULT statement_timestamp());"),
    ("CREATE TABLE t (id int PRIMARY KEY);", "CREATE TABLE t (id int PRIMARY KEY, at timestamptz DEFAULT now());"),
    ("CREATE TABLE t (id int PRIMARY KEY);", "CREATE TABLE t (id int PRIMARY KEY, u uuid DEFAULT gen_random_uuid());"),
    ("CREATE TABLE t (id int PRIMARY KEY, n integer);", "CREATE TABLE t (id int PRIMARY KEY, n bigint);"),
    ("CREATE TABLE t (id int PRIMARY KEY, p numeric(8,2));", "CREATE TABLE t (id int PRIMARY KEY, p numeric(12,2));"),
]


@pytest.mark.parametrize("old, new", AGREEMENT)
def test_lint_and_planner_agree_on_rewrites(old, new, conn):
    from ai_schema.diff.migration import generate as plan
    up, _, report = plan(parse_ddl(old), parse_ddl(new), {})
    rewriting = any(s["rewrite"] for s in report["statements"])
    lint_says = any(h["hazard"] == "table_rewrite" for h in report["hazards"])
    assert rewriting == lint_says, (up, report["hazards"])
    with conn.transaction(force_rollback=True):                   # the planned script runs on the server
        conn.execute("CREATE SCHEMA agreement; SET LOCAL search_path = agreement")
        conn.execute(old)
        conn.execute(up.replace("BEGIN;", "").replace("COMMIT;", ""))


def test_lint_tracks_tables_with_their_schema():
    """CREATE TABLE a.t then CREATE INDEX on b.t: b.t is an existing table, a.t a new one."""
    found = {(f.rule_id, f.object_name) for f in lint_text(
        "CREATE TABLE a.t (x int); CREATE INDEX i ON b.t (x); CREATE INDEX j ON a.t (x); "
        "DROP TABLE b.u; DROP TABLE a.t;")}
    assert ("require-concurrent-index-creation", "b.t") in found
    assert ("require-concurrent-index-creation", "a.t") not in found
    assert any(rule == "ban-drop-table" and "b.u" in name for rule, name in found)


def test_findings_are_bounded_and_the_rest_counted():
    """8 MB of tiny tables gave 800,000 findings and 3 GB in one backend: past max_findings the rest
    are counted, not kept, and one last finding says so."""
    text = "".join(f"CREATE TABLE t{i} (a int);\n" for i in range(400))
    found = lint_text(text, {"max_findings": 50})
    assert len(found) == 51 and found[-1].rule_id == "findings-truncated"
    assert f"{len(lint_text(text)) - 50:,} more findings" in found[-1].message
    with pytest.raises(Exception) as info:
        lint_text(text, {"max_findings": 0})
    assert "max_findings" in str(info.value)
