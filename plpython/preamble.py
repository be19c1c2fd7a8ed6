# Set up once per backend: the versioned library first on sys.path, version checked.
# After ALTER EXTENSION ai_schema UPDATE a backend may still hold the old version's modules:
# they are dropped and the new version's are imported (the key in GD names the version).
_ai = GD.get("ai_schema {{ version }}")
if _ai is None:
    try:
        import sys
        _dir = "{{ libdir }}"
        _old = sys.modules.get("ai_schema")
        if _old is not None and getattr(_old, "__version__", None) != "{{ version }}":
            for _name in [n for n in sys.modules if n == "ai_schema" or n.startswith("ai_schema.")]:
                del sys.modules[_name]
            sys.path[:] = [p for p in sys.path if not p.startswith("{{ libdir }}".rsplit("/", 1)[0] + "/")]
        if sys.path[:1] != [_dir]:
            sys.path.insert(0, _dir)
        import ai_schema.interfaces.server as _ai
        _ai.check_version("{{ version }}")
    except Exception as _exc:
        return {"ok": False, "value": None, "sqlstate": getattr(_exc, "sqlstate", "58P01"),
                "message": "ai_schema: cannot load the library from {{ libdir }}: " + str(getattr(_exc, "message", _exc)),
                "hint": getattr(_exc, "hint", None) or "Run make install.", "detail": None}
    GD["ai_schema {{ version }}"] = _ai
