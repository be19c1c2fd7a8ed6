"""Denormalization advice: copies that save joins and counts, each with the DDL that keeps it right.

Two kinds, both kept correct by the database rather than by application code:
- an ancestor's tenant or owner key copied down one level (tasks.organization_id from
  projects.organization_id through tasks.project_id): a composite foreign key
  (project_id, organization_id) -> projects (id, organization_id) ON UPDATE CASCADE makes a wrong
  copy impossible and follows changes, and a BEFORE trigger fills it so inserts need not name it;
- a child counter on the parent (posts.comments_count), kept by an AFTER trigger on the child for
  INSERT, DELETE, UPDATE of the key and TRUNCATE. Counters serialise concurrent inserts of one
  parent's children on the parent's row, so they are offered for read-heavy goals only.
For a live schema each suggestion is measured: inside a rolled-back subtransaction the DDL runs on
the real rows and the EXPLAIN cost of the query it serves is taken before and after.
"""

import dataclasses

from .. import catalog
from ..ddl.naming import TENANT_COLUMNS, make_object_name, qualified, quote_ident, quote_literal
from ..errors import AiSchemaError
from ..options import json_object, reject_unknown
from ..workload.queries import sample_values
from . import total_cost

GOALS = ("read_heavy", "balanced", "write_heavy")
OPTIONS = ("max", "measure_max_rows")
KEYS = TENANT_COLUMNS + ("customer_id", "user_id", "owner_id")
MEASURE_MAX_ROWS = 1_000_000


@dataclasses.dataclass
class Suggestion:
    table: str
    column: str
    source: str
    benefit: str
    cost: str
    ddl: list
    before: str            # the query it serves, as written today
    after: str             # the same query with the copy
    tables: tuple = ()     # tables the DDL changes
    value_from: tuple = () # (table, column) a sample value for the queries' %s comes from


def _single_fks(table):
    return [fk for fk in table.foreign_keys if len(fk.columns) == 1 and len(fk.ref_columns) == 1]


def ancestor_keys(model, namespace, fill=True):
    """tasks.organization_id from projects.organization_id through tasks.project_id."""
    tables = {t.name: t for t in model.tables if t.partition_of is None}
    out = []
    for child in tables.values():
        for fk in _single_fks(child):
            parent = tables.get(fk.ref_table.name)
            if parent is None or parent.name == child.name:
                continue
            for up in _single_fks(parent):
                key = up.columns[0]
                if key not in KEYS or child.column(key) is not None or up.ref_table.name == child.name:
                    continue
                out.append(_ancestor(child, fk, parent, up, namespace, fill))
    return out


def _ancestor(child, fk, parent, up, namespace, fill):
    key, via, pid = up.columns[0], fk.columns[0], fk.ref_columns[0]
    qc, qp = qualified(child.name, namespace), qualified(parent.name, namespace)
    column = parent.column(key)
    unique = make_object_name(parent.name, f"{pid}_{key}", "key")
    composite = make_object_name(child.name, f"{via}_{key}", "fkey")
    ddl = [f"ALTER TABLE {qc} ADD COLUMN {quote_ident(key)} {column.type};",
           f"UPDATE {qc} AS c SET {quote_ident(key)} = p.{quote_ident(key)} FROM {qp} AS p "
           f"WHERE p.{quote_ident(pid)} = c.{quote_ident(via)};"]
    if not column.nullable and not child.column(via).nullable:
        ddl.append(f"ALTER TABLE {qc} ALTER COLUMN {quote_ident(key)} SET NOT NULL;")
    ddl += [f"ALTER TABLE {qp} ADD CONSTRAINT {quote_ident(unique)} UNIQUE ({quote_ident(pid)}, {quote_ident(key)});",
            f"ALTER TABLE {qc} ADD CONSTRAINT {quote_ident(composite)} FOREIGN KEY ({quote_ident(via)}, "
            f"{quote_ident(key)}) REFERENCES {qp} ({quote_ident(pid)}, {quote_ident(key)}) ON UPDATE CASCADE;",
            f"CREATE INDEX {quote_ident(make_object_name(child.name, key, 'idx'))} ON {qc} ({quote_ident(key)});"]
    if fill:
        function = qualified(make_object_name(child.name, key, "fill"), namespace)
        ddl += [f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                f"    IF TG_OP = 'UPDATE' OR NEW.{quote_ident(key)} IS NULL THEN\n"
                f"        SELECT p.{quote_ident(key)} INTO NEW.{quote_ident(key)} FROM {qp} AS p "
                f"WHERE p.{quote_ident(pid)} = NEW.{quote_ident(via)};\n    END IF;\n    RETURN NEW;\nEND\n$$;",
                f"CREATE TRIGGER {quote_ident(make_object_name(child.name, key, 'fill'))} BEFORE INSERT OR UPDATE "
                f"OF {quote_ident(via)} ON {qc} FOR EACH ROW EXECUTE FUNCTION {function}();"]
    filled = "a BEFORE trigger fills it from the parent" if fill else "inserts must name it (no trigger: write-heavy)"
    return Suggestion(
        child.name, f"{key} {column.type}", f"{parent.name}.{key} through {child.name}.{via}",
        f"queries on {child.name} by {key} (tenant filters, row-level security) use an index on {child.name} "
        f"instead of joining {parent.name}",
        f"one more column and index on {child.name} and a UNIQUE ({pid}, {key}) index on {parent.name}; "
        f"the composite foreign key keeps the copy equal to the parent's (ON UPDATE CASCADE follows changes); "
        f"{filled}",
        ddl,
        f"SELECT count(*) FROM {qc} AS c JOIN {qp} AS p ON p.{quote_ident(pid)} = c.{quote_ident(via)} "
        f"WHERE p.{quote_ident(key)} = %s",
        f"SELECT count(*) FROM {qc} AS c WHERE c.{quote_ident(key)} = %s",
        (child.name, parent.name), (parent.name, key))


def counters(model, namespace):
    """posts.comments_count, kept by a trigger on comments."""
    tables = {t.name: t for t in model.tables if t.partition_of is None}
    out = []
    for child in tables.values():
        fks = _single_fks(child)
        for fk in fks:
            parent = tables.get(fk.ref_table.name)
            if parent is None or parent.name == child.name:
                continue
            via, pid = fk.columns[0], fk.ref_columns[0]
            twins = [f for f in fks if f.ref_table.name == parent.name]
            name = f"{child.name}_count" if len(twins) == 1 else f"{child.name}_by_{via.removesuffix('_id')}_count"
            name = make_object_name(name, "", "")
            if parent.column(name) is not None:
                continue
            out.append(_counter(child, via, parent, pid, name, namespace))
    return out


def _counter(child, via, parent, pid, name, namespace):
    qc, qp = qualified(child.name, namespace), qualified(parent.name, namespace)
    n, v, p = quote_ident(name), quote_ident(via), quote_ident(pid)
    function = qualified(make_object_name(parent.name, name, "maintain"), namespace)
    body = (f"BEGIN\n    IF TG_OP = 'TRUNCATE' THEN\n        UPDATE {qp} SET {n} = 0 WHERE {n} <> 0;\n        RETURN NULL;\n"
            f"    END IF;\n    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.{v} IS NOT NULL THEN\n"
            f"        UPDATE {qp} SET {n} = {n} + 1 WHERE {p} = NEW.{v};\n    END IF;\n"
            f"    IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.{v} IS NOT NULL THEN\n"
            f"        UPDATE {qp} SET {n} = {n} - 1 WHERE {p} = OLD.{v};\n    END IF;\n    RETURN NULL;\nEND")
    trigger = make_object_name(child.name, name, "trg")
    ddl = [f"ALTER TABLE {qp} ADD COLUMN {n} integer NOT NULL DEFAULT 0;",
           f"UPDATE {qp} AS p SET {n} = c.n FROM (SELECT {v}, count(*) AS n FROM {qc} WHERE {v} IS NOT NULL "
           f"GROUP BY {v}) AS c WHERE p.{p} = c.{v};",
           f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\n{body}\n$$;",
           f"CREATE TRIGGER {quote_ident(trigger)} AFTER INSERT OR DELETE OR UPDATE OF {v} ON {qc} "
           f"FOR EACH ROW EXECUTE FUNCTION {function}();",
           f"CREATE TRIGGER {quote_ident(make_object_name(trigger, 'truncate', ''))} AFTER TRUNCATE ON {qc} "
           f"FOR EACH STATEMENT EXECUTE FUNCTION {function}();"]
    return Suggestion(
        parent.name, f"{name} integer", f"count(*) of {child.name} per {child.name}.{via}",
        f"listing {parent.name} with their number of {child.name} reads one column instead of counting {child.name}",
        f"every insert and delete on {child.name} also updates its {parent.name} row: concurrent inserts for one "
        f"{parent.name} row wait on each other, and {parent.name} gets an update (HOT, the column is not indexed) "
        "per change",
        ddl,
        f"SELECT p.*, (SELECT count(*) FROM {qc} AS c WHERE c.{v} = p.{p}) AS n FROM {qp} AS p ORDER BY p.{p} LIMIT 50",
        f"SELECT p.*, p.{n} AS n FROM {qp} AS p ORDER BY p.{p} LIMIT 50", (child.name, parent.name))


def measure(executor, suggestion, namespace, rows, limit):
    """EXPLAIN cost of the query before and after the DDL, on the real rows, rolled back."""
    touched = sum(rows.get(quote_ident(t), 0) for t in suggestion.tables)
    if touched > limit:
        return f"not measured: {touched:,} rows would be backfilled (limit {limit:,}, option measure_max_rows)"
    for table in suggestion.tables:           # the backfill writes rows: no other role's trigger code runs
        foreign = catalog.foreign_trigger(executor, qualified(table, namespace))
        if foreign:
            return (f"not measured: {table} has trigger {foreign['tgname']} of role {foreign['owner']}, which the "
                    "backfill would run with your rights")
    value = None
    if suggestion.value_from:
        table, key = suggestion.value_from
        found = sample_values(executor, table, key, namespace, limit=1)
        value = quote_literal(found[0]) if found else "NULL"
    before_sql = suggestion.before.replace("%s", value or "")
    after_sql = suggestion.after.replace("%s", value or "")
    try:
        with executor.rolled_back():
            before = total_cost(executor, before_sql)
            for statement in suggestion.ddl:
                executor.execute(statement)
            for table in suggestion.tables:
                executor.execute(f"ANALYZE {qualified(table, namespace)}")
            after = total_cost(executor, after_sql)
    except Exception as exc:                  # the measure is extra: say why it is missing
        return f"not measured: {str(exc).splitlines()[0][:200]}"
    return f"EXPLAIN cost {before:.1f} -> {after:.1f} on the live rows (DDL run and rolled back): {after_sql}"


def recommend(executor, model, goal="read_heavy", options=None, namespace=None, rows=None):
    """[{table_name, column_to_add, source, benefit, maintenance_cost, maintenance_ddl}]."""
    opts = json_object(options, '{"max": 10}')
    reject_unknown(opts, OPTIONS)
    goal = goal or "read_heavy"
    if goal not in GOALS:
        raise AiSchemaError(f"unknown optimization_goal {str(goal)[:20]!r}", hint="read_heavy, balanced or write_heavy.")
    limit = opts.get("measure_max_rows", MEASURE_MAX_ROWS)
    if not isinstance(limit, int) or limit < 0:
        raise AiSchemaError("option measure_max_rows must be a non-negative integer", hint="For example 1000000.")
    found = ancestor_keys(model, namespace, fill=goal != "write_heavy")
    if goal == "read_heavy":
        found += counters(model, namespace)
    most = opts.get("max")
    if isinstance(most, int) and most > 0:
        found = found[:most]                  # before measuring: each measure runs the DDL on the real rows
    out = []
    for s in found:
        benefit = s.benefit
        if namespace is not None:
            benefit += "; " + measure(executor, s, namespace, rows or {}, limit)
        out.append({"table_name": s.table, "column_to_add": s.column, "source": s.source, "benefit": benefit,
                    "maintenance_cost": s.cost, "maintenance_ddl": "\n".join(s.ddl)})
    return out
