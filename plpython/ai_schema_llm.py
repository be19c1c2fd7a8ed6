return _ai.llm_complete(plpy, "@extschema@", request)
