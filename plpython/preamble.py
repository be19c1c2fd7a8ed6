# Set up once per backend: the versioned library first on sys.path, version checked.
_ai = GD.get("ai_schema")
if _ai is None:
    try:
        import sys
        _dir = "{{ libdir }}"
        if sys.path[:1] != [_dir]:
            sys.path.insert(0, _dir)
        import ai_schema.server as _ai
        _ai.check_version("{{ version }}")
    except Exception as _exc:
        return {"ok": False, "value": None, "sqlstate": getattr(_exc, "sqlstate", "58P01"),
                "message": "ai_schema: cannot load the library from {{ libdir }}: " + str(getattr(_exc, "message", _exc)),
                "hint": getattr(_exc, "hint", None) or "Run make install.", "detail": None}
    GD["ai_schema"] = _ai
