"""Index recommendations for a live schema, proven with hypothetical indexes when hypopg is there.

Candidates come from foreign keys without a leading index and from the workload: the WHERE
equalities, ranges, joins and ORDER BY of the queries given in options->'queries' or, when
pg_stat_statements is readable, of the caller's own most expensive statements (never another
role's query text, which planning could make run that role's functions as the caller). A candidate that an existing
index (or key) already covers as a prefix is dropped. With hypopg, each candidate is created as
a hypothetical index and every workload query on its table is EXPLAINed before and after; the
score is the share of estimated cost it removes, and the numbers go into the reason.
"""

from .. import catalog, sqlparser
from ..ddl.naming import key_column, make_object_name, qualified, quote_ident
from ..errors import AiSchemaError
from ..options import json_object, reject_unknown
from ..sqlparser import ast
from . import total_cost

OPTIONS = ("queries", "max")
WORKLOADS = ("oltp", "olap", "mixed")
# Only the caller's own statements: planning evaluates IMMUTABLE functions a query names, so
# EXPLAINing another role's query text would run that role's code with the caller's rights.
STATEMENTS = ("SELECT query FROM {schema}.pg_stat_statements WHERE query !~ '\\$[0-9]' AND query ~* '^\\s*select' "
              "AND userid = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user) "
              "ORDER BY total_exec_time DESC LIMIT 50")


def _columns(node, aliases, out, kind):
    """(table, column, kind) of column references in a WHERE/ORDER BY tree."""
    if isinstance(node, ast.ColumnRef):
        names = [f.sval for f in node.fields if isinstance(f, ast.String)]
        if len(names) == 2 and names[0] in aliases:
            out.append((aliases[names[0]], names[1], kind))
        elif len(names) == 1 and len(set(aliases.values())) == 1:
            out.append((next(iter(aliases.values())), names[0], kind))
        return
    if isinstance(node, ast.A_Expr):
        name = node.name[0].sval if node.name else ""
        sub = kind if kind == "join" else "eq" if name == "=" else "range" if name in ("<", ">", "<=", ">=") else kind
        _columns(node.lexpr, aliases, out, sub)
        _columns(node.rexpr, aliases, out, sub)
        return
    if isinstance(node, ast.BoolExpr):
        for arg in node.args:
            _columns(arg, aliases, out, kind)
        return
    if isinstance(node, ast.NullTest):
        _columns(node.arg, aliases, out, "eq")


def _relations(node, aliases):
    if isinstance(node, ast.RangeVar):
        aliases[node.alias.aliasname if node.alias else node.relname] = node.relname
    elif isinstance(node, ast.JoinExpr):
        _relations(node.larg, aliases)
        _relations(node.rarg, aliases)


def workload_columns(query):
    """{table: [(column, kind)]} a SELECT filters, joins or sorts on (kinds: eq, range, join, sort)."""
    found = []
    for statement in sqlparser.parse(query):
        node = statement.node
        if not isinstance(node, ast.SelectStmt):
            continue
        aliases = {}
        for item in node.fromClause or ():
            _relations(item, aliases)
            if isinstance(item, ast.JoinExpr) and item.quals is not None:
                _columns(item.quals, aliases, found, "join")
        if node.whereClause is not None:
            _columns(node.whereClause, aliases, found, "eq")
        for sort in node.sortClause or ():
            _columns(sort.node, aliases, found, "sort")
    out = {}
    for table, column, kind in found:
        out.setdefault(table, []).append((column, kind))
    return out


def _covered(table, columns):
    """Does an existing index or key start with these columns?"""
    keys = [tuple(map(key_column, i.keys)) for i in table.indexes if not i.where]
    keys += [k.columns for k in ([table.primary_key] if table.primary_key else []) + list(table.uniques)]
    return any(tuple(k[:len(columns)]) == tuple(columns) for k in keys)


def candidates(model, queries):
    """[(table, columns, why)] in a stable order."""
    tables = {t.name: t for t in model.tables}
    found = {}
    for table in model.tables:
        for fk in table.foreign_keys:
            if not _covered(table, fk.columns):
                found[(table.name, fk.columns)] = f"foreign key {table.name}({', '.join(fk.columns)}) has no index"
    for query in queries:
        for name, cols in workload_columns(query).items():
            table = tables.get(name)
            if table is None:
                continue
            eq = [c for c, k in cols if k == "eq" and table.column(c)]
            other = [c for c, k in cols if k in ("range", "sort") and table.column(c) and c not in eq]
            joins = [c for c, k in cols if k == "join" and table.column(c)]
            columns = tuple(dict.fromkeys(eq + other[:1])) or tuple(dict.fromkeys(joins[:1]))
            if columns and not _covered(table, columns):
                found.setdefault((name, columns), f"the workload filters or sorts {name} on {', '.join(columns)}")
    return [(t, c, why) for (t, c), why in sorted(found.items())]


def recommend(executor, namespace, workload="oltp", options=None):
    opts = json_object(options, '{"queries": ["SELECT …"]}')
    reject_unknown(opts, OPTIONS)
    if (workload or "oltp") not in WORKLOADS:
        raise AiSchemaError(f"unknown workload {str(workload)[:20]!r}", hint="oltp, olap or mixed.")
    queries = opts.get("queries") or []
    if not isinstance(queries, list) or not all(isinstance(q, str) for q in queries):
        raise AiSchemaError("option queries must be an array of SELECT statements")
    for q in queries:
        if not all(isinstance(s.node, ast.SelectStmt) for s in sqlparser.parse(q)):
            raise AiSchemaError("option queries may hold only SELECT statements", sqlstate="0A000",
                                hint="They are EXPLAINed, never run; DML and DDL are refused.")
    model = catalog.introspect(executor, [namespace])
    statements = catalog.extension_schema(executor, "pg_stat_statements")
    if not queries and statements:
        try:
            with executor.rolled_back():        # a failure here must not abort the caller's transaction
                queries = [r["query"] for r in executor.query(STATEMENTS.format(schema=quote_ident(statements)))]
        except Exception:                       # not preloaded or not readable: go on without it
            queries = []
    found = catalog.extension_schema(executor, "hypopg")
    hypopg = quote_ident(found) if found else None
    rows = catalog.row_estimates(executor, [namespace])
    executor.query("SELECT pg_catalog.set_config('search_path', %s, true)", (quote_ident(namespace),))
    out = []
    for table, columns, why in candidates(model, queries):
        name = make_object_name(table, "_".join(columns), "idx")
        ddl = f"CREATE INDEX {quote_ident(name)} ON {qualified(table)} ({', '.join(quote_ident(c) for c in columns)})"
        touching = [q for q in queries if table in workload_columns(q)]
        score, reason = (0.5 if why.startswith("foreign key") else 0.3), why
        if hypopg and touching:
            before = sum(total_cost(executor, q) for q in touching)
            executor.query(f"SELECT * FROM {hypopg}.hypopg_create_index(%s)", (ddl,))
            after = sum(total_cost(executor, q) for q in touching)
            executor.query(f"SELECT {hypopg}.hypopg_reset()")
            score = max(0.0, (before - after) / before) if before else 0.0
            reason += f"; EXPLAIN cost of {len(touching)} workload quer{'y' if len(touching) == 1 else 'ies'} " \
                      f"{before:.1f} -> {after:.1f} with a hypothetical index (hypopg)"
        elif not hypopg:
            reason += "; not verified: hypopg is not installed (CREATE EXTENSION hypopg)"
        n = rows.get(quote_ident(table), 0)
        cost = f"~{max(1, n * (16 + 8 * len(columns)) // 1_048_576)} MB over {n:,} rows; build with CREATE INDEX " \
               "CONCURRENTLY"
        out.append({"table_name": table, "index_name": name, "index_ddl": ddl + ";",
                    "benefit_score": round(score, 4), "cost_estimate": cost, "reason": reason})
    out.sort(key=lambda r: (-r["benefit_score"], r["table_name"], r["index_name"]))
    limit = opts.get("max")
    return out[:limit] if isinstance(limit, int) and limit > 0 else out
