-- ai_schema 0.1.0: install script (built from sql/ai_schema.sql.j2 by the Makefile).
\echo Use "CREATE EXTENSION ai_schema" to load this file. \quit

-- Envelope returned by the PL/Python dispatcher; the wrappers below raise from it.
CREATE TYPE @extschema@.ai_schema_result AS (
    ok boolean, value text, sqlstate text, message text, hint text, detail text);

CREATE FUNCTION @extschema@._ai_schema_call(fn text, argv text[])
RETURNS @extschema@.ai_schema_result
LANGUAGE plpython3u VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $py$
# Set up once per backend: the versioned library first on sys.path, version checked.
_ai = GD.get("ai_schema")
if _ai is None:
    try:
        import sys
        _dir = "/usr/local/lib/ai_schema/0.1.0"
        if sys.path[:1] != [_dir]:
            sys.path.insert(0, _dir)
        import ai_schema.server as _ai
        _ai.check_version("0.1.0")
    except Exception as _exc:
        return {"ok": False, "value": None, "sqlstate": getattr(_exc, "sqlstate", "58P01"),
                "message": "ai_schema: cannot load the library from /usr/local/lib/ai_schema/0.1.0: " + str(getattr(_exc, "message", _exc)),
                "hint": getattr(_exc, "hint", None) or "Run make install.", "detail": None}
    GD["ai_schema"] = _ai
return _ai.dispatch(plpy, "@extschema@", fn, argv)

$py$;

CREATE FUNCTION @extschema@._ai_schema_unwrap(r @extschema@.ai_schema_result)
RETURNS text
LANGUAGE plpgsql IMMUTABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF r.ok THEN
        RETURN r.value;
    END IF;
    IF r.hint IS NOT NULL AND r.detail IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = coalesce(r.sqlstate, 'XX000'), MESSAGE = r.message,
            HINT = r.hint, DETAIL = r.detail;
    ELSIF r.hint IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = coalesce(r.sqlstate, 'XX000'), MESSAGE = r.message, HINT = r.hint;
    ELSIF r.detail IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = coalesce(r.sqlstate, 'XX000'), MESSAGE = r.message, DETAIL = r.detail;
    END IF;
    RAISE EXCEPTION USING ERRCODE = coalesce(r.sqlstate, 'XX000'), MESSAGE = coalesce(r.message, 'ai_schema: failed');
END;
$$;


CREATE FUNCTION @extschema@.ai_schema_version()
RETURNS text
LANGUAGE plpgsql STABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('version', ARRAY[]::text[]));
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_schema_version() IS 'Version of the ai_schema library in use.';

CREATE FUNCTION @extschema@.ai_parse_schema(schema_name text)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('parse_schema', ARRAY[$1]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_parse_schema(text) IS 'The schema model (IR) of a design name, design@version, live:<schema> or DDL text.';

CREATE FUNCTION @extschema@.ai_render_schema(schema_name text, platform text DEFAULT 'postgresql', options jsonb DEFAULT '{}')
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('render_schema', ARRAY[$1, $2, $3::text]::text[]));
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_render_schema(text, text, jsonb) IS 'DDL of a design, live:<schema> or DDL text for a platform: postgresql (canonical, dependency-ordered), mysql, sqlite, snowflake, citus (options: engine, charset, collation, use_clustering, use_streams, distribution_column, distribution_table).';

CREATE FUNCTION @extschema@.ai_generate_schema(description text, platform text DEFAULT 'postgresql', options jsonb DEFAULT '{}')
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('generate_schema', ARRAY[$1, $2, $3::text]::text[]));
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_generate_schema(text, text, jsonb) IS 'PostgreSQL DDL for a plain-language description of an application''s data (offline generator; options: id_style, timestamps, use_jsonb, use_arrays, enable_partitioning, soft_delete, audit, output ddl|json|mermaid, save_as).';

CREATE FUNCTION @extschema@.ai_lint(schema_name text, options jsonb DEFAULT '{}')
RETURNS TABLE(rule_id text, severity text, object_name text, message text, fix text, hazard text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('lint', ARRAY[$1, $2::text]::text[]))::jsonb)
        AS r(rule_id text, severity text, object_name text, message text, fix text, hazard text);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_lint(text, jsonb) IS 'Lint findings for a design, design@version, live:<schema> or DDL text (options: disable, only; -- ai_schema:disable=<rule-id> comments in DDL).';

CREATE FUNCTION @extschema@.ai_validate_schema(schema_name text)
RETURNS TABLE(is_valid boolean, issues text[], warnings text[], recommendations text[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('validate_schema', ARRAY[$1]::text[]))::jsonb)
        AS r(is_valid boolean, issues text[], warnings text[], recommendations text[]);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_validate_schema(text) IS 'Whether a schema has no lint errors, with its issues (errors), warnings and recommendations.';

CREATE FUNCTION @extschema@.ai_compare_schemas(a text, b text)
RETURNS TABLE(added_tables text[], removed_tables text[], modified_tables jsonb[], added_columns jsonb[], removed_columns jsonb[], modified_columns jsonb[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('compare_schemas', ARRAY[$1, $2]::text[]))::jsonb)
        AS r(added_tables text[], removed_tables text[], modified_tables jsonb[], added_columns jsonb[], removed_columns jsonb[], modified_columns jsonb[]);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_compare_schemas(text, text) IS 'What changes from schema a to schema b (designs, design@version, live:<schema> or DDL): tables and columns added, removed or modified.';

CREATE FUNCTION @extschema@.ai_generate_migration(from_schema text, to_schema text, options jsonb DEFAULT '{}')
RETURNS TABLE(up_migration text, down_migration text, impact_analysis jsonb)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('generate_migration', ARRAY[$1, $2, $3::text]::text[]))::jsonb)
        AS r(up_migration text, down_migration text, impact_analysis jsonb);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_generate_migration(text, text, jsonb) IS 'Up and down scripts from one schema to another (designs, design@version, live:<schema> or DDL), proven on this server in a rolled-back scratch schema, with the impact (locks, rewrites, data loss, down-step classes, risk). Options: safe, renames, verify, lock_timeout, statement_timeout.';

CREATE FUNCTION @extschema@.ai_analyze_schema_impact(schema_name text, current_schema text)
RETURNS TABLE(breaking_changes jsonb[], performance_impact text, data_migration_required boolean, estimated_downtime interval, risk_level text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('analyze_schema_impact', ARRAY[$1, $2]::text[]))::jsonb)
        AS r(breaking_changes jsonb[], performance_impact text, data_migration_required boolean, estimated_downtime interval, risk_level text);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_analyze_schema_impact(text, text) IS 'What moving current_schema (usually live:<schema>) to schema_name would break, lock, rewrite and risk.';

CREATE FUNCTION @extschema@.ai_apply_schema(schema_name text, dry_run boolean DEFAULT false, options jsonb DEFAULT '{}', caller_schema text DEFAULT current_schema())
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('apply_schema', ARRAY[$1, $2::text, $3::text, $4]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_apply_schema(text, boolean, jsonb, text) IS 'Bring a schema (options->>''target_schema'', default the caller''s current schema) to a design with the migration engine, in one subtransaction under lock_timeout; dry_run simulates and rolls back. Designs that require approval must be approved for exactly this plan and target. Recorded in ai_schema_deployments and the audit log.';

CREATE FUNCTION @extschema@.ai_rollback_schema(schema_name text, target_version text, reason text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('rollback_schema', ARRAY[$1, $2, $3]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_rollback_schema(text, text, text) IS 'Bring the schema a design was last applied to back to a version (a number of this design, or any design, design@N or DDL), and record it as the design''s newest version.';

CREATE FUNCTION @extschema@.ai_create_schema_branch(base_schema text, branch_name text, description text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('create_schema_branch', ARRAY[$1, $2, $3]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_create_schema_branch(text, text, text) IS 'A new design branch_name that starts as the base design''s active version (the branch point).';

CREATE FUNCTION @extschema@.ai_merge_schema_branch(branch_name text, target_schema text, strategy text DEFAULT 'auto')
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('merge_schema_branch', ARRAY[$1, $2, $3]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_merge_schema_branch(text, text, text) IS 'Three-way merge of a branch into a design (base = the branch point): auto refuses conflicts, ours/theirs resolve them, manual reports without merging.';

CREATE FUNCTION @extschema@.ai_submit_for_approval(schema_name text, approvers text[], reason text DEFAULT NULL, required_approvals integer DEFAULT NULL, target_schema text DEFAULT current_schema())
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('submit_for_approval', ARRAY[$1, to_jsonb($2)::text, $3, $4::text, $5]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_submit_for_approval(text, text[], text, integer, text) IS 'Ask roles (names, or e-mails they registered) to review a design for a target schema; required_approvals defaults to all of them. The submitter cannot approve.';

CREATE FUNCTION @extschema@.ai_approve_schema(schema_name text, comments text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('approve_schema', ARRAY[$1, $2]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_approve_schema(text, text) IS 'Approve the latest submission of a design as the session''s role, binding the approval to the design''s DDL, the plan and the live target as they are now.';

CREATE FUNCTION @extschema@.ai_approve_schema(schema_name text, approver_email text, comments text)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('approve_schema_as', ARRAY[$1, $2, $3]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_approve_schema(text, text, text) IS 'HeliosDB''s form: approve as the session''s role through an e-mail address that role registered in ai_schema_approver_emails.';

CREATE FUNCTION @extschema@.ai_reject_schema(schema_name text, comments text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('reject_schema', ARRAY[$1, $2]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_reject_schema(text, text) IS 'Reject the latest submission of a design as the session''s role.';

CREATE FUNCTION @extschema@.ai_test_llm_connection()
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('test_llm_connection', ARRAY[]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_test_llm_connection() IS 'One small uncached request through the configured LLM provider: provider, model, endpoint, ok, latency_ms, error (the key is never shown).';

CREATE FUNCTION @extschema@.ai_generate_from_template(template_name text, customizations jsonb DEFAULT '{}')
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('generate_from_template', ARRAY[$1, $2::text]::text[]));
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_generate_from_template(text, jsonb) IS 'A template''s schema (see ai_schema_templates) with customizations: business_entities (sentences), enable_audit, enable_rbac, platform, and every ai_generate_schema option.';

CREATE FUNCTION @extschema@.generate_sample_data(schema_name text, table_name text DEFAULT NULL, row_count integer DEFAULT 100, seed integer DEFAULT 0)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('generate_sample_data', ARRAY[$1, $2, $3::text, $4::text]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.generate_sample_data(text, text, integer, integer) IS 'Insert realistic rows into a table of a schema (all tables when table_name is NULL; empty parents first) that satisfy every constraint; the same seed gives the same rows. Returns rows inserted per table.';

CREATE FUNCTION @extschema@.generate_sample_data(table_name text, row_count integer, caller_path text DEFAULT current_setting('search_path'))
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('sample_rows', ARRAY[$1, $2::text, $3]::text[]))::jsonb;
END;
$$;
COMMENT ON FUNCTION @extschema@.generate_sample_data(text, integer, text) IS 'The rows generate_sample_data would insert into a table (schema.table, or found on the search_path), as a JSON array; nothing is kept (at most 100,000 rows).';

CREATE FUNCTION @extschema@.ai_schema_tables(schema_name text)
RETURNS TABLE(table_name text, column_count integer, estimated_rows bigint, parents text[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('schema_tables', ARRAY[$1]::text[]))::jsonb)
        AS r(table_name text, column_count integer, estimated_rows bigint, parents text[]);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_schema_tables(text) IS 'The tables of a design or live schema, parents before the tables that reference them; table_name is schema-qualified for a live schema.';

CREATE FUNCTION @extschema@.ai_recommend_indexes(schema_name text, workload text DEFAULT 'oltp', options jsonb DEFAULT '{}')
RETURNS TABLE(table_name text, index_name text, index_ddl text, benefit_score double precision, cost_estimate text, reason text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('recommend_indexes', ARRAY[$1, $2, $3::text]::text[]))::jsonb)
        AS r(table_name text, index_name text, index_ddl text, benefit_score double precision, cost_estimate text, reason text);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_recommend_indexes(text, text, jsonb) IS 'Indexes worth adding to a live schema: unindexed foreign keys and the filters, joins and sorts of the workload (options->''queries'', or pg_stat_statements), each verified with a hypothetical index (hypopg) when installed: EXPLAIN costs before and after in the reason.';

CREATE FUNCTION @extschema@.ai_recommend_partitioning(schema_name text, table_name text, estimated_rows bigint DEFAULT NULL, options jsonb DEFAULT '{}')
RETURNS TABLE(partition_strategy text, partition_key text, partition_ddl text, benefit text, notes text[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('recommend_partitioning', ARRAY[$1, $2, $3::text, $4::text]::text[]))::jsonb)
        AS r(partition_strategy text, partition_key text, partition_ddl text, benefit text, notes text[]);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_recommend_partitioning(text, text, bigint, jsonb) IS 'How to partition a table of a design or live schema (estimated_rows defaults to the live estimate): RANGE by creation time with partitions sized to the rows, else HASH by tenant or key; the DDL (for a live table a migration that copies the rows and swaps names, keeping dependents), and the partition pruning EXPLAIN shows on it (options: key, strategy, start, periods_ahead).';

CREATE FUNCTION @extschema@.ai_recommend_denormalization(schema_name text, optimization_goal text DEFAULT 'read_heavy', options jsonb DEFAULT '{}')
RETURNS TABLE(table_name text, column_to_add text, source text, benefit text, maintenance_cost text, maintenance_ddl text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('recommend_denormalization', ARRAY[$1, $2, $3::text]::text[]))::jsonb)
        AS r(table_name text, column_to_add text, source text, benefit text, maintenance_cost text, maintenance_ddl text);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_recommend_denormalization(text, text, jsonb) IS 'Columns worth copying in a design or live schema (goal read_heavy, balanced or write_heavy): an ancestor''s tenant/owner key one level down, kept right by a composite foreign key, and child counters kept by triggers; each with its DDL (backfill included) and, on a live schema, the EXPLAIN cost of the query it serves before and after, measured on the real rows and rolled back (options: max, measure_max_rows).';

CREATE FUNCTION @extschema@.ai_benchmark_schema(schema_name text, duration_seconds float8 DEFAULT 10, options jsonb DEFAULT '{}')
RETURNS TABLE(query_name text, query text, calls bigint, errors bigint, cancelled bigint, mean_ms double precision, p50_ms double precision, p95_ms double precision, p99_ms double precision, max_ms double precision, qps double precision, error_samples text[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('benchmark_schema', ARRAY[$1, $2::text, $3::text]::text[]))::jsonb)
        AS r(query_name text, query text, calls bigint, errors bigint, cancelled bigint, mean_ms double precision, p50_ms double precision, p95_ms double precision, p99_ms double precision, max_ms double precision, qps double precision, error_samples text[]);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_benchmark_schema(text, float8, jsonb) IS 'Runs the realistic queries generated for a live schema (lookups by key and unique columns, newest rows, children of a parent, joins, aggregates) with concurrent read-only connections for duration_seconds and returns per-query latency percentiles and throughput, then a row for all (options as ai_load_test_schema''s config; 2 users, mixed).';

CREATE FUNCTION @extschema@.ai_load_test_schema(schema_name text, config jsonb DEFAULT '{}')
RETURNS TABLE(requests bigint, errors bigint, cancelled bigint, throughput_rps double precision, avg_latency_ms double precision, p50_latency_ms double precision, p95_latency_ms double precision, p99_latency_ms double precision, max_latency_ms double precision, duration_seconds double precision, concurrent_users integer, error_samples text[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('load_test_schema', ARRAY[$1, $2::text]::text[]))::jsonb)
        AS r(requests bigint, errors bigint, cancelled bigint, throughput_rps double precision, avg_latency_ms double precision, p50_latency_ms double precision, p95_latency_ms double precision, p99_latency_ms double precision, max_latency_ms double precision, duration_seconds double precision, concurrent_users integer, error_samples text[]);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_load_test_schema(text, jsonb) IS 'A load test of a live schema: concurrent_users connections (as the session''s login, read-only) run its generated workload for duration_seconds, paced to rps if given, stopping on time (queries still running are cancelled). Config: duration_seconds, concurrent_users, rps, write_ratio (rolled-back updates), mix (oltp, olap, mixed), queries (your SELECTs), seed.';

CREATE FUNCTION @extschema@.ai_generate_kafka_schemas(schema_name text, schema_registry_url text DEFAULT NULL, api_key text DEFAULT NULL, options jsonb DEFAULT '{}')
RETURNS TABLE(path text, content text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('kafka_schemas', ARRAY[$1, $2, $3, $4::text]::text[]))::jsonb)
        AS r(path text, content text);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_generate_kafka_schemas(text, text, text, jsonb) IS 'Kafka files for a design or live schema: per table an Avro key schema and a Debezium-shaped change-event value schema, topics.json (compacted when keyed) and connector.json (options: topic_prefix, schema, partitions, replication_factor). api_key is refused: credentials never go into SQL text.';

CREATE FUNCTION @extschema@.ai_export_to_glue_catalog(schema_name text, database_name text DEFAULT NULL, region text DEFAULT NULL, aws_access_key text DEFAULT NULL, aws_secret_key text DEFAULT NULL, options jsonb DEFAULT '{}')
RETURNS TABLE(table_name text, create_table_request jsonb, aws_command text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- the library returns a JSON array of rows
    RETURN QUERY SELECT r.* FROM jsonb_to_recordset(
        @extschema@._ai_schema_unwrap(@extschema@._ai_schema_call('glue_catalog', ARRAY[$1, $2, $3, $4, $5, $6::text]::text[]))::jsonb)
        AS r(table_name text, create_table_request jsonb, aws_command text);
END;
$$;
COMMENT ON FUNCTION @extschema@.ai_export_to_glue_catalog(text, text, text, text, text, jsonb) IS 'One AWS Glue CreateTable request per table of a design or live schema (Hive types, Parquet on S3; options: s3_location), with the aws command that creates it (in region, when given). The AWS keys are refused: credentials never go into SQL text.';


-- Stored designs and their versions. A trigger parses every DDL with the library,
-- stores the normalised model and refuses DDL that is not schema DDL.

CREATE TABLE @extschema@.ai_schema_designs (
    name text PRIMARY KEY
        CONSTRAINT ai_schema_designs_name_check
        CHECK (name ~ '^[^\s@;()''"]+$' AND name !~* '^live:' AND length(name) <= 128),
    description text,
    ddl text NOT NULL,
    platform text NOT NULL DEFAULT 'postgresql',
    model jsonb,
    requires_approval boolean NOT NULL DEFAULT false,
    status text NOT NULL DEFAULT 'draft',
    created_by name NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.ai_schema_designs IS 'ai_schema: stored schema designs (DDL and its parsed model)';

CREATE TABLE @extschema@.ai_schema_versions (
    design_name text NOT NULL REFERENCES @extschema@.ai_schema_designs (name) ON DELETE CASCADE ON UPDATE CASCADE,
    version_number integer NOT NULL CHECK (version_number >= 1),
    ddl text NOT NULL,
    model jsonb NOT NULL,
    created_by name NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    description text,
    is_active boolean NOT NULL DEFAULT false,
    PRIMARY KEY (design_name, version_number)
);
CREATE UNIQUE INDEX ai_schema_versions_active_idx ON @extschema@.ai_schema_versions (design_name) WHERE is_active;
COMMENT ON TABLE @extschema@.ai_schema_versions IS 'ai_schema: every DDL change of every design';

CREATE FUNCTION @extschema@._ai_schema_design_parse() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.ddl IS DISTINCT FROM OLD.ddl OR NEW.model IS DISTINCT FROM OLD.model THEN
        NEW.model := @extschema@._ai_schema_unwrap(
            @extschema@._ai_schema_call('normalize_design', ARRAY[NEW.ddl]))::jsonb;
    END IF;

    IF TG_OP = 'UPDATE' THEN
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ai_schema_designs_parse BEFORE INSERT OR UPDATE ON @extschema@.ai_schema_designs
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_design_parse();

-- SECURITY DEFINER so that authors need no write privilege on the versions: the history is
-- written only here, from the design row just written, by the session's login.
CREATE FUNCTION @extschema@._ai_schema_design_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.ddl IS DISTINCT FROM OLD.ddl THEN
        UPDATE @extschema@.ai_schema_versions SET is_active = false
         WHERE design_name = NEW.name AND is_active;
        INSERT INTO @extschema@.ai_schema_versions
            (design_name, version_number, ddl, model, created_by, description, is_active)
        SELECT NEW.name, coalesce(max(v.version_number), 0) + 1, NEW.ddl, NEW.model, session_user,
               NEW.description, true
          FROM @extschema@.ai_schema_versions v WHERE v.design_name = NEW.name;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER ai_schema_designs_version AFTER INSERT OR UPDATE ON @extschema@.ai_schema_designs
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_design_version();

-- pg_restore loads designs (whose trigger writes a version row) before versions:
-- a restored version row replaces the one the trigger wrote instead of failing.
CREATE FUNCTION @extschema@._ai_schema_version_restore() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE @extschema@.ai_schema_versions
       SET ddl = NEW.ddl, model = NEW.model, created_by = NEW.created_by, created_at = NEW.created_at,
           description = NEW.description, is_active = NEW.is_active
     WHERE design_name = NEW.design_name AND version_number = NEW.version_number;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ai_schema_versions_restore BEFORE INSERT ON @extschema@.ai_schema_versions
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_version_restore();

SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_designs', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_versions', '');



-- Lifecycle: deployments (apply / rollback / dry run), branches, approvals, and the audit log.
--
-- Integrity does not depend on callers going through the functions: triggers take the
-- acting role from session_user (never from a column or an argument), refuse self-approval
-- and approvals by roles that were not asked, and keep the audit log append-only.

CREATE TABLE @extschema@.ai_schema_deployments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    design_name text NOT NULL,
    version_number integer,
    target_schema text NOT NULL,
    action text NOT NULL CHECK (action IN ('apply', 'rollback', 'dry_run')),
    status text NOT NULL CHECK (status IN ('applied', 'failed', 'simulated')),
    report jsonb NOT NULL,
    actor name NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.ai_schema_deployments IS 'ai_schema: every apply, rollback and dry run, with its report';

CREATE TABLE @extschema@.ai_schema_branches (
    name text PRIMARY KEY REFERENCES @extschema@.ai_schema_designs (name) ON DELETE CASCADE ON UPDATE CASCADE,
    base_design text NOT NULL,
    base_version integer NOT NULL,
    description text,
    created_by name NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    merged_into text,
    merged_at timestamptz
);
COMMENT ON TABLE @extschema@.ai_schema_branches IS 'ai_schema: design branches and their branch points';

CREATE TABLE @extschema@.ai_schema_approver_emails (
    email text PRIMARY KEY CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    role name NOT NULL DEFAULT session_user
);
COMMENT ON TABLE @extschema@.ai_schema_approver_emails IS
    'ai_schema: e-mail addresses a role registered for itself (approver_email in ai_approve_schema)';
ALTER TABLE @extschema@.ai_schema_approver_emails ENABLE ROW LEVEL SECURITY;
CREATE POLICY ai_schema_approver_emails_own ON @extschema@.ai_schema_approver_emails
    USING (role = session_user) WITH CHECK (role = session_user);

CREATE TABLE @extschema@.ai_schema_approval_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    design_name text NOT NULL REFERENCES @extschema@.ai_schema_designs (name) ON DELETE CASCADE ON UPDATE CASCADE,
    approvers text[] NOT NULL CHECK (cardinality(approvers) >= 1),   -- role names or registered e-mails
    required_approvals integer NOT NULL,
    reason text,
    target_schema text NOT NULL,
    ddl_hash text NOT NULL,
    submitted_by name NOT NULL DEFAULT session_user,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    CHECK (required_approvals BETWEEN 1 AND cardinality(approvers))
);
COMMENT ON TABLE @extschema@.ai_schema_approval_requests IS 'ai_schema: submissions for review (the latest per design counts)';

CREATE TABLE @extschema@.ai_schema_approvals (
    request_id bigint NOT NULL REFERENCES @extschema@.ai_schema_approval_requests (id) ON DELETE CASCADE,
    approver name NOT NULL DEFAULT session_user,
    decision text NOT NULL CHECK (decision IN ('approve', 'reject')),
    as_entry text NOT NULL,          -- the entry of the request's approvers it answers (role or e-mail)
    comments text,
    ddl_hash text NOT NULL,          -- what was reviewed: the design's DDL,
    plan_hash text NOT NULL,         -- the migration plan from the target to it,
    live_hash text NOT NULL,         -- the target schema as it was,
    live_model jsonb NOT NULL,       -- (to name what drifted later)
    hazards text[] NOT NULL,         -- and the hazards of that plan, accepted by approving it
    decided_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, approver, ddl_hash)
);
COMMENT ON TABLE @extschema@.ai_schema_approvals IS 'ai_schema: one decision per approver and reviewed DDL';

CREATE TABLE @extschema@.ai_schema_audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor name NOT NULL DEFAULT session_user,
    action text NOT NULL,
    design_name text,
    details jsonb NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE @extschema@.ai_schema_audit_log IS 'ai_schema: append-only log of submit, approve, reject, apply, rollback, branch, merge';

-- Superusers can disable triggers anyway; for them rows keep the values given, which is
-- what pg_restore needs to bring back the history as it was.
CREATE FUNCTION @extschema@._ai_schema_trusted() RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false) $$;

-- Who acts is always the session's role.
CREATE FUNCTION @extschema@._ai_schema_stamp_actor() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF @extschema@._ai_schema_trusted() THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'ai_schema_audit_log' THEN
        NEW.actor := session_user;
        NEW.at := now();
    ELSIF TG_TABLE_NAME = 'ai_schema_deployments' THEN
        NEW.actor := session_user;
        NEW.at := now();
    ELSIF TG_TABLE_NAME = 'ai_schema_approval_requests' THEN
        NEW.submitted_by := session_user;
        NEW.submitted_at := now();
    ELSIF TG_TABLE_NAME = 'ai_schema_approver_emails' THEN
        NEW.role := session_user;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ai_schema_audit_log_actor BEFORE INSERT ON @extschema@.ai_schema_audit_log
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE TRIGGER ai_schema_deployments_actor BEFORE INSERT ON @extschema@.ai_schema_deployments
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE TRIGGER ai_schema_approval_requests_actor BEFORE INSERT ON @extschema@.ai_schema_approval_requests
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();
CREATE TRIGGER ai_schema_approver_emails_actor BEFORE INSERT OR UPDATE ON @extschema@.ai_schema_approver_emails
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_stamp_actor();

-- An approval is the session's role, asked by the latest request, not its submitter, once.
CREATE FUNCTION @extschema@._ai_schema_check_approval() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    req record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'ai_schema: approvals cannot be changed or removed',
            HINT = 'Approve or reject again; a change of the design''s DDL resets the approvals.';
    END IF;
    IF @extschema@._ai_schema_trusted() THEN
        RETURN NEW;
    END IF;
    NEW.approver := session_user;
    NEW.decided_at := now();
    SELECT * INTO req FROM @extschema@.ai_schema_approval_requests WHERE id = NEW.request_id;
    IF req.id IS NULL OR req.id <> (SELECT max(id) FROM @extschema@.ai_schema_approval_requests
                                    WHERE design_name = req.design_name) THEN
        RAISE EXCEPTION USING ERRCODE = '55000', MESSAGE = 'ai_schema: this approval request is not the current one',
            HINT = 'Approve the latest submission of the design.';
    END IF;
    IF session_user = req.submitted_by THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ai_schema: %s submitted design "%s" and cannot approve it', session_user, req.design_name),
            HINT = 'Another listed approver must review it.';
    END IF;
    IF NOT (NEW.as_entry = ANY (req.approvers) AND (NEW.as_entry = session_user OR EXISTS (
            SELECT 1 FROM @extschema@.ai_schema_approver_emails e
            WHERE e.role = session_user AND e.email = NEW.as_entry))) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ai_schema: %s is not an approver of design "%s"', session_user, req.design_name),
            HINT = format('The approvers are: %s.', array_to_string(req.approvers, ', '));
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ai_schema_approvals_check BEFORE INSERT OR UPDATE ON @extschema@.ai_schema_approvals
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_check_approval();

CREATE FUNCTION @extschema@._ai_schema_append_only() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('ai_schema: %s is append-only', TG_TABLE_NAME),
        HINT = 'Its rows record what happened; add a new row instead.';
END;
$$;

CREATE TRIGGER ai_schema_audit_log_append_only BEFORE UPDATE OR DELETE ON @extschema@.ai_schema_audit_log
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_append_only();
CREATE TRIGGER ai_schema_audit_log_no_truncate BEFORE TRUNCATE ON @extschema@.ai_schema_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._ai_schema_append_only();
CREATE TRIGGER ai_schema_deployments_append_only BEFORE UPDATE OR DELETE ON @extschema@.ai_schema_deployments
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_append_only();

-- Status of the latest request of each design, computed (so concurrent approvals count exactly):
-- approvals count only while they match the design's current DDL.
CREATE VIEW @extschema@.ai_schema_approval_status AS
SELECT r.design_name AS schema_name,
       CASE WHEN x.rejections > 0 THEN 'rejected'
            WHEN x.approvals >= r.required_approvals THEN 'approved'
            ELSE 'pending' END AS status,
       r.required_approvals,
       x.approvals AS current_approvals,
       ARRAY(SELECT a FROM unnest(r.approvers) a
             WHERE a <> ALL (x.decided) ORDER BY a)::text[] AS pending_approvers,
       r.approvers,
       r.submitted_by,
       r.submitted_at,
       r.reason,
       r.target_schema,
       r.id AS request_id
FROM @extschema@.ai_schema_approval_requests r
JOIN @extschema@.ai_schema_designs d ON d.name = r.design_name
CROSS JOIN LATERAL (
    SELECT count(DISTINCT a.approver) FILTER (WHERE a.decision = 'approve')::integer AS approvals,
           count(*) FILTER (WHERE a.decision = 'reject')::integer AS rejections,
           coalesce(array_agg(DISTINCT a.as_entry), '{}') AS decided
    FROM @extschema@.ai_schema_approvals a
    WHERE a.request_id = r.id
      AND a.ddl_hash = encode(sha256(convert_to(d.ddl, 'UTF8')), 'hex')) x
WHERE r.id = (SELECT max(id) FROM @extschema@.ai_schema_approval_requests r2 WHERE r2.design_name = r.design_name);
COMMENT ON VIEW @extschema@.ai_schema_approval_status IS
    'ai_schema: review state of each design''s latest submission (approvals of an older DDL do not count)';

-- A DDL change after submission resets the approvals (they no longer match); say so in the log.
CREATE FUNCTION @extschema@._ai_schema_design_reset() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.ddl IS DISTINCT FROM OLD.ddl AND EXISTS (
            SELECT 1 FROM @extschema@.ai_schema_approval_requests WHERE design_name = NEW.name) THEN
        INSERT INTO @extschema@.ai_schema_audit_log (action, design_name, details)
        VALUES ('reset', NEW.name, jsonb_build_object('reason', 'the design''s DDL changed after submission'));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER ai_schema_designs_reset AFTER UPDATE ON @extschema@.ai_schema_designs
    FOR EACH ROW EXECUTE FUNCTION @extschema@._ai_schema_design_reset();


SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_deployments', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_branches', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_approver_emails', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_approval_requests', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_approvals', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_audit_log', '');



-- LLM access. API keys live in a table no ordinary role can read; the one function that
-- uses them is SECURITY DEFINER and does the whole call itself (cache, retries, usage log),
-- returning only the model's answer, and sends a key only to the endpoint it was stored for.

CREATE TABLE @extschema@.ai_schema_llm_keys (
    provider text PRIMARY KEY CHECK (provider IN ('openai', 'ollama')),
    endpoint text,                     -- the only endpoint this key is sent to (NULL: the provider's default)
    api_key text NOT NULL,
    set_by name NOT NULL DEFAULT session_user,
    set_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.ai_schema_llm_keys IS
    'ai_schema: LLM API keys (no privileges for PUBLIC; used only by _ai_schema_llm_complete)';
REVOKE ALL ON @extschema@.ai_schema_llm_keys FROM PUBLIC;

CREATE TABLE @extschema@.ai_schema_llm_cache (
    cache_key text PRIMARY KEY,        -- sha256 of provider, model, prompt version and messages
    provider text NOT NULL,
    model text NOT NULL,
    prompt_version text NOT NULL,
    response text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.ai_schema_llm_cache IS 'ai_schema: validated LLM answers, reused for the same request';

CREATE TABLE @extschema@.ai_schema_llm_usage (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    role name NOT NULL DEFAULT session_user,
    provider text NOT NULL,
    model text NOT NULL,
    purpose text NOT NULL,
    outcome text NOT NULL,             -- ok | cached | http_<status> | timeout | connection | error
    attempts integer NOT NULL,
    prompt_tokens integer,
    completion_tokens integer,
    latency_ms integer NOT NULL,
    error text
);
COMMENT ON TABLE @extschema@.ai_schema_llm_usage IS 'ai_schema: every LLM request: tokens, latency, outcome';

CREATE FUNCTION @extschema@._ai_schema_llm_complete(request jsonb) RETURNS jsonb
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $py$
# Set up once per backend: the versioned library first on sys.path, version checked.
_ai = GD.get("ai_schema")
if _ai is None:
    try:
        import sys
        _dir = "/usr/local/lib/ai_schema/0.1.0"
        if sys.path[:1] != [_dir]:
            sys.path.insert(0, _dir)
        import ai_schema.server as _ai
        _ai.check_version("0.1.0")
    except Exception as _exc:
        return {"ok": False, "value": None, "sqlstate": getattr(_exc, "sqlstate", "58P01"),
                "message": "ai_schema: cannot load the library from /usr/local/lib/ai_schema/0.1.0: " + str(getattr(_exc, "message", _exc)),
                "hint": getattr(_exc, "hint", None) or "Run make install.", "detail": None}
    GD["ai_schema"] = _ai
return _ai.llm_complete(plpy, "@extschema@", request)

$py$;
COMMENT ON FUNCTION @extschema@._ai_schema_llm_complete(jsonb) IS
    'ai_schema: one LLM request with the stored key (never returned), cached and logged';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_llm_keys', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_llm_cache', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_llm_usage', '');


-- The built-in schema templates (rows written by sql/build.py from ai_schema.templates).
CREATE TABLE @extschema@.ai_schema_templates (
    name text PRIMARY KEY,
    description text NOT NULL,
    parameters jsonb NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE @extschema@.ai_schema_templates IS
    'ai_schema: built-in templates for ai_generate_from_template(template_name, customizations)';
INSERT INTO @extschema@.ai_schema_templates (name, description, parameters) VALUES
    ('saas_multitenancy', 'Multi-tenant SaaS: tenants, users, plans, subscriptions, invoices, API keys', '{"customizations": {"...": "every ai_generate_schema option (id_style, soft_delete, output, save_as, \u2026)", "business_entities": "array of sentences, e.g. ''Coupons have a code (unique) and a discount.''", "enable_audit": "boolean", "enable_rbac": "boolean", "platform": "postgresql | mysql | sqlite | snowflake | citus"}, "defaults": {}}'::jsonb),
    ('ecommerce', 'Online store: customers, products, categories, orders, order items, payments, reviews', '{"customizations": {"...": "every ai_generate_schema option (id_style, soft_delete, output, save_as, \u2026)", "business_entities": "array of sentences, e.g. ''Coupons have a code (unique) and a discount.''", "enable_audit": "boolean", "enable_rbac": "boolean", "platform": "postgresql | mysql | sqlite | snowflake | citus"}, "defaults": {}}'::jsonb),
    ('cms', 'Content management: authors, articles, sections, tags, media, revisions', '{"customizations": {"...": "every ai_generate_schema option (id_style, soft_delete, output, save_as, \u2026)", "business_entities": "array of sentences, e.g. ''Coupons have a code (unique) and a discount.''", "enable_audit": "boolean", "enable_rbac": "boolean", "platform": "postgresql | mysql | sqlite | snowflake | citus"}, "defaults": {}}'::jsonb),
    ('crm', 'Customer relationships: companies, contacts, deals, activities, pipelines', '{"customizations": {"...": "every ai_generate_schema option (id_style, soft_delete, output, save_as, \u2026)", "business_entities": "array of sentences, e.g. ''Coupons have a code (unique) and a discount.''", "enable_audit": "boolean", "enable_rbac": "boolean", "platform": "postgresql | mysql | sqlite | snowflake | citus"}, "defaults": {}}'::jsonb),
    ('iot', 'Internet of things: sites, devices, sensors, readings (partitioned by time), alerts', '{"customizations": {"...": "every ai_generate_schema option (id_style, soft_delete, output, save_as, \u2026)", "business_entities": "array of sentences, e.g. ''Coupons have a code (unique) and a discount.''", "enable_audit": "boolean", "enable_rbac": "boolean", "platform": "postgresql | mysql | sqlite | snowflake | citus"}, "defaults": {"enable_partitioning": true}}'::jsonb),
    ('social_network', 'Social network: users, posts, comments, likes, follows, messages', '{"customizations": {"...": "every ai_generate_schema option (id_style, soft_delete, output, save_as, \u2026)", "business_entities": "array of sentences, e.g. ''Coupons have a code (unique) and a discount.''", "enable_audit": "boolean", "enable_rbac": "boolean", "platform": "postgresql | mysql | sqlite | snowflake | citus"}, "defaults": {}}'::jsonb),
    ('financial_ledger', 'Double-entry ledger: accounts, journal transactions and entries; every transaction balances (a deferred constraint trigger checks debits = credits at commit)', '{"customizations": {"...": "every ai_generate_schema option (id_style, soft_delete, output, save_as, \u2026)", "business_entities": "array of sentences, e.g. ''Coupons have a code (unique) and a discount.''", "enable_audit": "boolean", "enable_rbac": "boolean", "platform": "postgresql | mysql | sqlite | snowflake | citus"}, "defaults": {"plural_tables": true}}'::jsonb),
    ('healthcare_emr', 'Electronic medical records: patients, providers, encounters, diagnoses, prescriptions, allergies', '{"customizations": {"...": "every ai_generate_schema option (id_style, soft_delete, output, save_as, \u2026)", "business_entities": "array of sentences, e.g. ''Coupons have a code (unique) and a discount.''", "enable_audit": "boolean", "enable_rbac": "boolean", "platform": "postgresql | mysql | sqlite | snowflake | citus"}, "defaults": {"audit": true}}'::jsonb);
GRANT SELECT ON @extschema@.ai_schema_templates TO PUBLIC;


-- Sample rows kept for tests (the seed's pipeline:
--   INSERT INTO ai_schema_test_data (schema_name, table_name, sample_rows)
--   SELECT 'app', table_name, generate_sample_data(table_name, 1000) FROM ai_schema_tables('app');)
CREATE TABLE @extschema@.ai_schema_test_data (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schema_name text NOT NULL,
    table_name text NOT NULL,
    sample_rows jsonb NOT NULL CHECK (jsonb_typeof(sample_rows) = 'array'),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by name NOT NULL DEFAULT current_user
);
CREATE INDEX ai_schema_test_data_schema_table_idx ON @extschema@.ai_schema_test_data (schema_name, table_name);
COMMENT ON TABLE @extschema@.ai_schema_test_data IS
    'ai_schema: sample rows kept for tests, from generate_sample_data(table_name, row_count)';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_test_data', '');


