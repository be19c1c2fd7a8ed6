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
{% if plain %}    -- without the extension, the ai-schema command parses the DDL and sends the model with it
    IF (TG_OP = 'INSERT' OR NEW.ddl IS DISTINCT FROM OLD.ddl)
       AND (NEW.model IS NULL OR (TG_OP = 'UPDATE' AND NEW.model IS NOT DISTINCT FROM OLD.model)) THEN
        RAISE EXCEPTION 'ai_schema: a design needs the model of its DDL' USING ERRCODE = '22004',
            HINT = 'Without the extension, write designs with the ai-schema command, which parses the DDL.';
    END IF;
{% else %}    IF TG_OP = 'INSERT' OR NEW.ddl IS DISTINCT FROM OLD.ddl OR NEW.model IS DISTINCT FROM OLD.model THEN
        NEW.model := @extschema@._ai_schema_unwrap(
            @extschema@._ai_schema_call('normalize_design', ARRAY[NEW.ddl]))::jsonb;
    END IF;
{% endif %}
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

{% if not plain %}SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_designs', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_versions', '');
{% endif %}
