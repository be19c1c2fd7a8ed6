"""The PL/Python side: one dispatcher that never raises.

Each SQL function is a PL/pgSQL wrapper around ``_ai_schema_call``; the
PL/Python body calls :func:`dispatch`, which returns an envelope (ok, value,
sqlstate, message, hint, detail). The wrapper raises the error itself, so users
see ``ERROR: ai_schema: …`` with a proper SQLSTATE and hint, never a Python
traceback in the error context.
"""

import inspect
import json

from ..db import PlpyExecutor
from ..errors import AiSchemaError, INTERNAL, TOO_COMPLEX
from ..model import Schema
from ..options import json_object
from .service import Service, check_version  # noqa: F401  (check_version: called by the preamble)

# What SQL may call by name: the calls of sql/functions.toml, and the designs trigger's (rules.sql).
# Nothing else of the service is reachable through _ai_schema_call (tests/test_defaults.py compares).
SQL_CALLS = frozenset("""analyze_schema_impact apply_schema approve_schema approve_schema_as benchmark_schema
compare_schemas create_schema_branch generate_from_template generate_migration generate_sample_data generate_schema
glue_catalog kafka_schemas lint load_test_schema merge_schema_branch parse_schema recommend_denormalization
recommend_indexes recommend_partitioning reject_schema render_schema rollback_schema sample_rows schema_tables
submit_for_approval test_llm_connection validate_schema version normalize_design""".split())

# SQL functions that return one row: the service returns the row, SQL gets a set of one
ONE_ROW = {"validate_schema", "compare_schemas", "generate_migration", "analyze_schema_impact",
           "recommend_partitioning", "load_test_schema"}


def _argument(value, kind):
    """One text argument from SQL as the Python value the service's annotation names."""
    if value is None or kind in (str, inspect.Parameter.empty):
        return value
    if kind is bool:
        return value == "true"
    if kind in (int, float):
        return kind(value) if value.strip() else None
    if kind is dict:
        return json_object(value)
    return json.loads(value)                 # list: arrays arrive as JSON


def _result(function, value):
    """A service result as the text the SQL wrapper unpacks."""
    if isinstance(value, str):
        return value
    if isinstance(value, Schema):
        return value.dumps()
    return json.dumps([value] if function in ONE_ROW else value, default=str)


_KINDS = {}      # function -> the annotations of its parameters, read once per backend


class Api:
    """The functions SQL can call by name: text in, text out, around :class:`.service.Service`."""

    def __init__(self, executor, extschema, llm=None):
        self.service = Service(executor, extschema, llm)

    def __getattr__(self, function):
        method = getattr(self.service, function, None) if function in SQL_CALLS else None
        if method is None:
            raise AttributeError(function)
        kinds = _KINDS.get(function)
        if kinds is None:
            kinds = _KINDS[function] = [p.annotation for p in inspect.signature(method).parameters.values()]

        def call(*args):
            return _result(function, method(*(_argument(a, k) for a, k in zip(args, kinds))))
        return call


def llm_complete(plpy, extschema, request):
    """The body of _ai_schema_llm_complete (SECURITY DEFINER): one LLM request, as JSON text."""
    from ..llm import request as llm_request
    try:
        return json.dumps(llm_request.complete(PlpyExecutor(plpy), extschema, json.loads(request)))
    except plpy.SPIError:     # a cancel or terminate request while waiting: PostgreSQL's own error
        raise
    except Exception as exc:  # never a traceback, never the key (the client scrubs what it reports)
        return json.dumps({"ok": False, "content": None, "errors": [], "outcome": "error", "cached": False,
                           "latency_ms": 0, "error": f"internal error: {type(exc).__name__}"})


def _failure(sqlstate, message, hint=None, detail=None):
    return {"ok": False, "value": None, "sqlstate": sqlstate, "message": message, "hint": hint, "detail": detail}


def dispatch(plpy, extschema, function, args):
    """Run an Api method and return the envelope the SQL wrapper unpacks."""
    executor = PlpyExecutor(plpy)
    try:
        method = getattr(Api(executor, extschema), function) if function in SQL_CALLS else None
        if method is None:
            return _failure(INTERNAL, f"ai_schema: unknown function {function}")
        return {"ok": True, "value": method(*(args or ())), "sqlstate": None, "message": None,
                "hint": None, "detail": None}
    except AiSchemaError as exc:
        return _failure(exc.sqlstate, "ai_schema: " + exc.message, exc.hint, exc.detail)
    except plpy.SPIError as exc:
        return _failure(getattr(exc, "sqlstate", None) or INTERNAL, "ai_schema: " + str(exc).split("\n")[0],
                        getattr(exc, "hint", None))
    except RecursionError:
        return _failure(TOO_COMPLEX, "ai_schema: the statement is nested too deeply",
                        "Simplify the expression.")
    except MemoryError:
        return _failure("53200", "ai_schema: out of memory while processing the input")
    except Exception as exc:  # a bug: report it plainly, without a traceback
        return _failure(INTERNAL, f"ai_schema: internal error: {type(exc).__name__}: {str(exc)[:200]}",
                        "This is a bug in ai_schema; please report it with the input that caused it.")
