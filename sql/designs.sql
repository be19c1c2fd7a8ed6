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

{% if not plain %}SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_designs', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_versions', '');
{% endif %}
