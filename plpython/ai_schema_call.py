return _ai.dispatch(plpy, "@extschema@", fn, argv)
