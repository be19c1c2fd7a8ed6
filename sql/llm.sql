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

SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_llm_keys', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_llm_cache', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_llm_usage', '');

-- Where LLM requests may go, chosen by an administrator (besides the endpoints keys are bound
-- to, the server's OPENAI_BASE_URL and OpenAI's public endpoint): without this list any role
-- could make the server POST to any address and read the reply.
CREATE TABLE @extschema@.ai_schema_llm_endpoints (
    endpoint text PRIMARY KEY CHECK (endpoint ~ '^https?://'),
    note text,
    added_by name NOT NULL DEFAULT session_user,
    added_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.ai_schema_llm_endpoints IS
    'ai_schema: LLM endpoints an administrator allows (no privileges for PUBLIC)';
REVOKE ALL ON @extschema@.ai_schema_llm_endpoints FROM PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ai_schema_llm_endpoints', '');

-- Only roles an administrator lets use the LLM (and its key) may call the request function.
REVOKE EXECUTE ON FUNCTION @extschema@._ai_schema_llm_complete(jsonb) FROM PUBLIC;
