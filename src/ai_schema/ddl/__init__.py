"""DDL text <-> model: parse.py (pglast AST -> model), render.py (model -> DDL)."""
