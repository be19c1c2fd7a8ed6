"""Partitioning advice for one table: strategy, key, the DDL that gets there and the pruning it buys.

The key is a creation-time column (RANGE, one partition per year/quarter/month/week/day, sized to
hold at most PARTITION_ROWS rows), else a tenant column (HASH), else the primary key (HASH). A table
other tables reference keeps its foreign keys only when partitioned by its primary key (every unique
key of a partitioned table must contain the partition key), so such tables get HASH on the key.
For a live table the DDL is a migration: the partitioned table is built beside the old one under a
lock that lets reads go on, the rows are copied, then names are swapped and dependents (referencing
foreign keys, views, triggers, policies, grants) move to the new table; the old table is kept for
the DBA to drop. For a design it is the CREATE TABLE. The benefit is shown, not guessed: the new
table is built in a rolled-back scratch schema and EXPLAIN counts the partitions a typical query scans.
"""

import dataclasses
import datetime
import json
import re

from .. import model as m
from ..ddl.naming import TENANT_COLUMNS, _clip, comment_safe, make_object_name, qualified, quote_ident, quote_literal
from ..ddl.render import foreign_key_clause, identity_past_values, render_postgresql, serial_sequence
from ..ddl.types import base_type
from ..diff.verify import Scratch
from ..errors import AiSchemaError, NOT_SUPPORTED, NULL_VALUE, UNDEFINED_OBJECT
from ..options import json_object, reject_unknown
from . import explain

OPTIONS = ("key", "strategy", "start", "periods_ahead")
MIN_ROWS = 5_000_000            # below this, partitioning costs more (planning, key rules) than it gives
PARTITION_ROWS = 5_000_000      # rows a partition should hold at most
MAX_PARTITIONS = 120
TIME_TYPES = ("timestamp with time zone", "timestamp without time zone", "date")
TIME_NAMES = ("created_at", "occurred_at", "recorded_at", "logged_at", "event_time", "event_at", "timestamp",
              "sent_at", "published_at", "ordered_at", "placed_at", "posted_at", "measured_at", "happened_at")
PERIODS = {"year": 365.25, "quarter": 91.31, "month": 30.44, "week": 7.0, "day": 1.0}
SAMPLE_VALUES = {"uuid": "'00000000-0000-0000-0000-000000000001'", "text": "'a'", "character varying": "'a'"}

SPAN = ("SELECT (s.histogram_bounds::text::text[])[1]::date AS lo, "
        "(s.histogram_bounds::text::text[])[array_length(s.histogram_bounds::text::text[], 1)]::date AS hi "
        "FROM pg_catalog.pg_stats s WHERE s.schemaname = %s AND s.tablename = %s AND s.attname = %s")


@dataclasses.dataclass
class Choice:
    strategy: str           # range | hash | none | existing
    key: str | None
    why: str


def _referencing(model, table):
    """Foreign keys of other tables that point at this one: [(child table, fk)]."""
    return [(t, fk) for t in model.tables if t.name != table.name or t.schema != table.schema
            for fk in t.foreign_keys if fk.ref_table.name == table.name and fk.ref_table.schema == table.schema]


def _time_column(table):
    found = [c for c in table.columns if base_type(c.type) in TIME_TYPES and c.name in TIME_NAMES]
    found.sort(key=lambda c: (c.nullable, TIME_NAMES.index(c.name)))
    return found[0] if found else None


def choose(model, table, opts):
    """The strategy and key, from the options or the table's shape."""
    if table.partition_by:
        return Choice("existing", table.partition_by, f"{table.name} is already partitioned by {table.partition_by}")
    referenced = _referencing(model, table)
    pk = table.primary_key.columns if table.primary_key else ()
    key = opts.get("key")
    if key is not None:
        column = table.column(key) if isinstance(key, str) else None
        if column is None:
            raise AiSchemaError(f'option key: table {table.name} has no column "{str(key)[:63]}"',
                                sqlstate=UNDEFINED_OBJECT, hint="Name one of its columns.")
        strategy = opts.get("strategy") or ("range" if base_type(column.type) in TIME_TYPES else "hash")
        if strategy not in ("range", "hash", "list"):
            raise AiSchemaError(f"unknown strategy {str(strategy)[:20]!r}", hint="range, hash or list.")
        if strategy == "range" and base_type(column.type) not in TIME_TYPES:
            raise AiSchemaError(f"RANGE partitions are made by time here; {key} is {column.type}",
                                sqlstate=NOT_SUPPORTED, hint="Use a timestamp or date column, or hash.")
        if strategy == "list":
            raise AiSchemaError("LIST partitioning needs the values of each partition",
                                sqlstate=NOT_SUPPORTED, hint="Use range (by time) or hash.")
        if referenced and key not in pk:
            names = ", ".join(f"{t.name}.{fk.name}" for t, fk in referenced)
            raise AiSchemaError(f"{table.name} is referenced by foreign keys ({names}); every unique key of a "
                                f"partitioned table must contain the partition key, so they could not be kept",
                                sqlstate=NOT_SUPPORTED,
                                hint=f"Partition by its primary key ({', '.join(pk)}), or first add {key} to "
                                     "the referencing tables and their foreign keys.")
        return Choice(strategy, key, "chosen in the options")
    time = _time_column(table)
    if referenced and len(pk) == 1:
        by = ", ".join(sorted({t.name for t, _ in referenced}))
        why = (f"{by} reference{'s' if len(referenced) == 1 else ''} {table.name}({pk[0]}); HASH on the primary "
               "key keeps those foreign keys valid")
        if time is not None:
            why += f" (RANGE on {time.name} would need them to carry {time.name} too)"
        return Choice("hash", pk[0], why)
    if time is not None and not referenced:
        return Choice("range", time.name, f"{time.name} is when a row was made: time-range queries prune to a "
                                          "few partitions and old periods are detached instead of deleted")
    tenant = next((c for c in table.columns if c.name in TENANT_COLUMNS), None)
    if tenant is not None and not referenced:
        return Choice("hash", tenant.name, f"{tenant.name} is in most queries of a multi-tenant table: each "
                                           "tenant's rows sit in one partition")
    if len(pk) == 1:
        return Choice("hash", pk[0], "no creation-time or tenant column: HASH on the primary key spreads rows "
                                     "evenly and keeps lookups by key on one partition")
    return Choice("none", None, f"{table.name} has no creation-time column and no single-column primary key "
                                "to partition by")


def period_for(rows, span_days):
    """The coarsest period whose partitions hold at most PARTITION_ROWS rows."""
    per_day = rows / max(span_days, 1.0)
    for name, days in PERIODS.items():
        if per_day * days <= PARTITION_ROWS:
            return name
    return "day"


def _truncate(day, period):
    if period == "year":
        return day.replace(month=1, day=1)
    if period == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    if period == "month":
        return day.replace(day=1)
    if period == "week":
        return day - datetime.timedelta(days=day.weekday())
    return day


def _next(day, period):
    if period in ("year", "quarter", "month"):
        months = {"year": 12, "quarter": 3, "month": 1}[period]
        index = day.year * 12 + day.month - 1 + months
        return datetime.date(index // 12, index % 12 + 1, 1)
    return day + datetime.timedelta(days=7 if period == "week" else 1)


def _suffix(day, period):
    if period == "year":
        return f"{day.year}"
    if period == "quarter":
        return f"{day.year}_q{(day.month - 1) // 3 + 1}"
    if period == "month":
        return f"{day.year}_{day.month:02d}"
    if period == "week":
        return f"{day.isocalendar().year}_w{day.isocalendar().week:02d}"
    return day.strftime("%Y_%m_%d")


def range_bounds(first, last, period):
    """[(suffix, from, to)] covering first..last, at most MAX_PARTITIONS (the newest ones)."""
    out, day = [], _truncate(first, period)
    while day <= last:
        following = _next(day, period)
        out.append((_suffix(day, period), day, following))
        day = following
    return out[-MAX_PARTITIONS:]


def _with_key(key, column):
    """A unique key of a partitioned table must contain the partition key."""
    return key if key is None or column in key.columns else dataclasses.replace(key, columns=key.columns + (column,))


def partitioned(table, choice, rows, first, last, period):
    """(the partitioned table, its partitions, notes)."""
    notes = []
    keyed = [k for k in (table.primary_key, *table.uniques) if k is not None and choice.key not in k.columns]
    if keyed:
        notes.append(f"{choice.key} is added to {', '.join(k.name for k in keyed)}: a partitioned table's unique "
                     "keys must contain the partition key, so uniqueness then holds per partition key value")
    if table.exclusions:
        raise AiSchemaError(f"{table.name} has exclusion constraints, which a partitioned table keeps only when "
                            "they compare the partition key with =", sqlstate=NOT_SUPPORTED,
                            hint="Drop or rewrite them first.")
    parent = dataclasses.replace(
        table, partition_by=f"{choice.strategy.upper()} ({quote_ident(choice.key)})",
        primary_key=_with_key(table.primary_key, choice.key),
        uniques=tuple(_with_key(u, choice.key) for u in table.uniques))
    ref = m.Ref(table.name, table.schema)
    children = []
    if choice.strategy == "range":
        bounds = range_bounds(first, last, period)
        for suffix, start, end in bounds:
            bound = f"FOR VALUES FROM ({quote_literal(start.isoformat())}) TO ({quote_literal(end.isoformat())})"
            children.append(m.Table(make_object_name(table.name, suffix, ""), table.schema, partition_of=ref,
                                    partition_bound=bound))
        children.append(m.Table(make_object_name(table.name, "default", ""), table.schema, partition_of=ref,
                                partition_bound="DEFAULT"))
        notes.append(f"rows outside {bounds[0][1].isoformat()} .. {bounds[-1][2].isoformat()} go to "
                     f"{children[-1].name}; create each next {period}'s partition ahead of time "
                     "(e.g. monthly from cron or pg_partman)")
    else:
        modulus = 4
        while modulus < 64 and rows / modulus > PARTITION_ROWS:
            modulus *= 2
        for remainder in range(modulus):
            bound = f"FOR VALUES WITH (modulus {modulus}, remainder {remainder})"
            children.append(m.Table(make_object_name(table.name, f"p{remainder}", ""), table.schema,
                                    partition_of=ref, partition_bound=bound))
    return parent, children, notes


def _renamed(name, taken):
    out = _clip(name, 59) + "_new"
    while out in taken:
        out = "x" + out[:-1]
    taken.add(out)
    return out


def _constraint_names(table):
    return [k.name for k in (table.primary_key, *table.uniques) if k is not None] + [e.name for e in table.exclusions]


def migration(model, table, parent, children, namespace):
    """A script that moves a live table's rows into the partitioned table and swaps the names."""
    name, old = table.name, make_object_name(table.name, "unpartitioned", "")
    staging = make_object_name(table.name, "partitioned", "")
    taken = set()
    temp = {n: _renamed(n, taken) for n in _constraint_names(table) + [i.name for i in table.indexes]}
    staged = dataclasses.replace(
        parent, name=staging,
        primary_key=dataclasses.replace(parent.primary_key, name=temp[parent.primary_key.name])
        if parent.primary_key else None,
        uniques=tuple(dataclasses.replace(u, name=temp[u.name]) for u in parent.uniques),
        indexes=tuple(dataclasses.replace(i, name=temp[i.name]) for i in parent.indexes),
        row_security=False, force_row_security=False)        # enabled after the copy, with the policies
    staged_children = tuple(dataclasses.replace(c, partition_of=m.Ref(staging, table.schema)) for c in children)
    q, qold, qstaging = qualified(name, table.schema), qualified(old, table.schema), qualified(staging, table.schema)
    copied = [c for c in table.columns if c.generated is None]
    columns = ", ".join(quote_ident(c.name) for c in copied)
    out = ["BEGIN;"]
    if namespace:
        out.append(f"SET LOCAL search_path TO {quote_ident(namespace)};")
    out += ["SET LOCAL lock_timeout = '5s';",
            comment_safe(f"-- writes to {name} wait until COMMIT; reads go on while the rows are copied"),
            f"LOCK TABLE {q} IN SHARE ROW EXCLUSIVE MODE;",
            render_postgresql(m.Schema(tables=(staged, *staged_children))).strip(),
            f"INSERT INTO {qstaging} ({columns}) OVERRIDING SYSTEM VALUE SELECT {columns} FROM {q};",
            f"ALTER TABLE {q} RENAME TO {quote_ident(old)};"]
    for constraint in _constraint_names(table):
        out.append(f"ALTER TABLE {qold} RENAME CONSTRAINT {quote_ident(constraint)} TO "
                   f"{quote_ident(make_object_name(constraint, 'old', ''))};")
    for index in table.indexes:
        out.append(f"ALTER INDEX {qualified(index.name, table.schema)} RENAME TO "
                   f"{quote_ident(make_object_name(index.name, 'old', ''))};")
    out.append(f"ALTER TABLE {qstaging} RENAME TO {quote_ident(name)};")
    for constraint in _constraint_names(table):
        out.append(f"ALTER TABLE {q} RENAME CONSTRAINT {quote_ident(temp[constraint])} TO {quote_ident(constraint)};")
    for index in table.indexes:
        out.append(f"ALTER INDEX {qualified(temp[index.name], table.schema)} RENAME TO {quote_ident(index.name)};")
    for column in table.columns:
        if column.identity:
            out.append(identity_past_values(q, column.name) + ";")
        sequence = serial_sequence(column.default)
        if sequence:
            out.append(f"ALTER SEQUENCE {sequence} OWNED BY {q}.{quote_ident(column.name)};")
    validate = []
    for child, fk in _referencing(model, table):
        qchild = qualified(child.name, child.schema)
        out.append(f"ALTER TABLE {qchild} DROP CONSTRAINT {quote_ident(fk.name)};")
        out.append(f"ALTER TABLE {qchild} ADD {foreign_key_clause(dataclasses.replace(fk, not_valid=True))} NOT VALID;")
        after = qualified(child.name, child.schema or namespace)       # after COMMIT the search_path is back
        validate.append(f"ALTER TABLE {after} VALIDATE CONSTRAINT {quote_ident(fk.name)};")
    out.append(_dependents(model, table))
    out.append("COMMIT;")
    out += validate
    out.append(comment_safe(f"-- when {name} has been checked: DROP TABLE {qualified(old, table.schema or namespace)};"))
    return "\n".join(line for line in out if line)


def _dependents(model, table):
    """Views (rebound by CREATE OR REPLACE), triggers, policies, grants and row security of the table."""
    q = qualified(table.name, table.schema)
    grant = re.compile(rf"TABLE {re.escape(q)} TO ")
    opaques = []
    for o in model.opaques:
        if o.kind == "view" and (table.name in o.depends_on or q in o.depends_on):
            opaques.append(dataclasses.replace(o, sql=re.sub(r"^CREATE VIEW", "CREATE OR REPLACE VIEW", o.sql)))
        elif (o.kind in ("trigger", "policy") and o.name.startswith(f"{table.name}.")) or \
                (o.kind == "grant" and grant.match(o.name)):
            opaques.append(o)
    out = [f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY;"] if table.row_security else []
    out += [f"ALTER TABLE {q} FORCE ROW LEVEL SECURITY;"] if table.force_row_security else []
    return "\n".join(out + [render_postgresql(m.Schema(opaques=tuple(opaques))).strip()])


def _span(executor, table, namespace, column, rows):
    """(first day, last day) of the key's values: pg_stats' histogram, else min/max of a small table."""
    found = executor.query(SPAN, (namespace, table.name, column))
    if found and found[0]["lo"] is not None:
        return found[0]["lo"], found[0]["hi"]
    if rows <= 1_000_000:
        q = quote_ident(column)
        found = executor.query(f"SELECT min({q})::date AS lo, max({q})::date AS hi FROM "
                               f"{qualified(table.name, namespace)}")
        if found and found[0]["lo"] is not None:
            return found[0]["lo"], found[0]["hi"]
    return None


def _as_date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value)[:10])


def _pruning(executor, model, parent, children, choice, namespace):
    """(partitions a typical query scans, partitions) by EXPLAIN on the table built in a scratch schema."""
    column = parent.column(choice.key)
    if choice.strategy == "range":
        bound = children[min(1, len(children) - 2)].partition_bound
        low, high = re.findall(r"'([^']*)'", bound)
        where = f"{quote_ident(choice.key)} >= {quote_literal(low)} AND {quote_ident(choice.key)} < {quote_literal(high)}"
    else:
        base = base_type(column.type)
        value = SAMPLE_VALUES.get(base, "42" if base in ("integer", "bigint", "smallint", "numeric") else None)
        if value is None:
            return None
        where = f"{quote_ident(choice.key)} = {value}"
    loose = dataclasses.replace(parent, schema=None, foreign_keys=(), comment=None)
    kids = tuple(dataclasses.replace(c, schema=None, partition_of=m.Ref(parent.name)) for c in children)
    domains = tuple(o for o in model.opaques if o.kind == "domain" and o.schema == parent.schema)
    scratch = Scratch(executor)
    try:
        with executor.rolled_back():
            scratch.build(m.Schema(enums=tuple(dataclasses.replace(e, schema=None) for e in model.enums
                                               if e.schema == parent.schema),
                                   opaques=domains, tables=(loose, *kids)), also=[namespace] if namespace else [])
            plan = explain(executor, f"SELECT * FROM {quote_ident(parent.name)} WHERE {where}")
    except Exception as exc:                 # the proof is extra: say why it is missing
        return f"not shown: the partitioned table did not build in a scratch schema ({scratch.clean(str(exc))})"
    text = json.dumps(plan)
    scanned = len(set(re.findall(r'"Relation Name": "([^"]+)"', text)))
    return scanned, len(children), where


def recommend(executor, model, table_name, estimated_rows, options, namespace=None, today=None):
    """One row: partition_strategy, partition_key, partition_ddl, benefit, notes."""
    opts = json_object(options, '{"key": "created_at"}')
    reject_unknown(opts, OPTIONS)
    table = next((t for t in model.tables if t.name == table_name and t.partition_of is None), None)
    if table is None:
        raise AiSchemaError(f'table "{str(table_name)[:63]}" does not exist in the schema', sqlstate=UNDEFINED_OBJECT,
                            hint="ai_recommend_partitioning(schema_name, table_name, estimated_rows).")
    rows = estimated_rows
    if rows is None and namespace:
        rows = executor.query("SELECT greatest(c.reltuples, 0)::bigint AS n FROM pg_catalog.pg_class c "
                              "WHERE c.oid = %s::regclass", (qualified(table.name, namespace),))[0]["n"]
    if rows is None:
        raise AiSchemaError("estimated_rows is needed for a design (it has no rows to count)", sqlstate=NULL_VALUE,
                            hint=f"ai_recommend_partitioning(design, '{table.name}', 10000000).")
    if not isinstance(rows, int) or rows < 0:
        raise AiSchemaError("estimated_rows must be a non-negative number of rows", hint="For example 10000000.")
    choice = choose(model, table, opts)
    out = {"partition_strategy": choice.strategy, "partition_key": choice.key, "partition_ddl": None,
           "benefit": choice.why, "notes": []}
    if choice.strategy in ("existing", "none"):
        return out
    if rows < MIN_ROWS and "key" not in opts:
        out.update(partition_strategy="none", benefit=(
            f"not worth it at {rows:,} rows (below {MIN_ROWS:,}): partitioning adds planning time and key rules "
            f"without pruning much. When it grows, partition by {choice.strategy.upper()} ({choice.key}): "
            f"{choice.why}."))
        return out
    # a live table: from its oldest value to today; a design: from the start (default today)
    first = last = today or datetime.date.today()
    span = _span(executor, table, namespace, choice.key, rows) if namespace and choice.strategy == "range" else None
    if span:
        first, last = _as_date(span[0]), max(_as_date(span[1]), last)
    if "start" in opts:
        try:
            first = datetime.date.fromisoformat(opts["start"])
        except (TypeError, ValueError):
            raise AiSchemaError(f"option start must be a date (YYYY-MM-DD), not {str(opts['start'])[:20]!r}") from None
        last = max(last, first) if span else first
    period = period_for(rows, (last - first).days + 1 if span else 365.25)
    ahead = opts.get("periods_ahead", 3)
    if not isinstance(ahead, int) or not 0 <= ahead <= 24:
        raise AiSchemaError("option periods_ahead must be an integer from 0 to 24", hint="For example 3.")
    for _ in range(ahead):
        last = _next(_truncate(last, period), period)
    parent, children, notes = partitioned(table, choice, rows, first, last, period)
    if namespace:
        ddl = migration(model, table, parent, children, namespace)
    else:
        ddl = render_postgresql(m.Schema(tables=(parent, *children))).strip()
    shown = _pruning(executor, model, parent, children, choice, namespace)
    if isinstance(shown, tuple):
        scanned, total, where = shown
        what = f"a query for one {period}" if choice.strategy == "range" else f"a lookup by {choice.key}"
        proof = (f"{what} scans {scanned} of {total} partitions (EXPLAIN of the partitioned table built in a "
                 f"rolled-back scratch schema, WHERE {where})")
    else:
        proof = shown or "pruning not shown for this key type"
    per = rows // max(len(children) - (1 if choice.strategy == "range" else 0), 1)
    upkeep = (f"old {period}s are detached or dropped in one statement instead of a long DELETE"
              if choice.strategy == "range" else "partitions are vacuumed and indexed in parallel")
    out.update(partition_ddl=ddl, notes=notes,
               benefit=f"{proof}; ~{per:,} rows per partition, so each index stays small and {upkeep}. "
                       f"Why {choice.key}: {choice.why}.")
    return out
