-- The built-in schema templates (rows written by sql/build.py from ai_schema.designs.templates).
CREATE TABLE @extschema@.ai_schema_templates (
    name text PRIMARY KEY,
    description text NOT NULL,
    parameters jsonb NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE @extschema@.ai_schema_templates IS
    'ai_schema: built-in templates for ai_generate_from_template(template_name, customizations)';
{% include "template_rows.sql.j2" %}GRANT SELECT ON @extschema@.ai_schema_templates TO PUBLIC;
