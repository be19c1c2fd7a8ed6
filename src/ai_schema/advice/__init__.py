"""Advice on a schema: indexes, partitioning and denormalization, each proven on the server
(hypothetical indexes, partition pruning in EXPLAIN, triggers that keep copies right)."""

import json


def explain(executor, query):
    """EXPLAIN (FORMAT JSON) of a query, as Python (plpy gives the json as text, psycopg as a list)."""
    value = next(iter(executor.query("EXPLAIN (FORMAT JSON) " + query)[0].values()))
    return value if isinstance(value, list) else json.loads(value)


def total_cost(executor, query):
    return float(explain(executor, query)[0]["Plan"]["Total Cost"])
