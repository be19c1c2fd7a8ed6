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
{% if not plain %}
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_test_data', '');
{% endif %}
